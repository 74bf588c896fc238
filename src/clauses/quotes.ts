import type { ActorLayer } from '../actors/types.js';
import type { Mention } from '../mentions/types.js';
import type { Doc } from '../nlp/doc.js';
import type { Quote } from '../events/types.js';
import type { TextSpan } from '../schema.js';
import type { ClauseLayer } from './types.js';

function span(doc: Doc, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Quotes (direct and indirect) from the outermost reporting frames: one per frame. */
export function quotesOf(doc: Doc, mentions: readonly Mention[], actors: ActorLayer, layer: ClauseLayer): Quote[] {
  void mentions;
  void actors;
  const out: Quote[] = [];
  for (const f of layer.frames) {
    // A frame nested in another frame's content is part of that quotation, not a quotation of its own
    // ("I think we will win," she said: one quote, hers). Events still see the nesting via `parent`.
    if (f.parent >= 0) continue;
    const spk = f.speaker ?? (f.inherited >= 0 ? layer.frames[f.inherited]!.speaker : null);
    out.push({
      speaker: f.speakerActor,
      speaker_span: spk === null ? null : span(doc, doc.start[spk.tokStart]!, doc.end[spk.tokEnd - 1]!),
      cue: span(doc, doc.start[f.cue.tokStart]!, doc.end[f.cue.tokEnd - 1]!),
      content: span(doc, f.content.start, f.content.end),
      direct: f.direct,
    });
  }
  return out;
}
