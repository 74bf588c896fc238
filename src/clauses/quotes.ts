import type { ActorLayer } from '../actors/types.js';
import type { Mention } from '../mentions/types.js';
import { POS, type Doc } from '../nlp/doc.js';
import type { Quote } from '../events/types.js';
import type { TextSpan } from '../schema.js';
import { lexicon } from './lexicon.js';
import type { Arg, ClauseLayer, Frame } from './types.js';

function span(doc: Doc, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * The relative pronoun that stands for an antecedent speaker right before the cue ("Smith, who said
 * ..."): the speaker's own word in the clause; -1 when there is none. The actor stays the antecedent's.
 */
function relativeSpeaker(doc: Doc, spk: Arg, f: Frame): number {
  let r = spk.tokEnd;
  if (r < f.cue.tokStart && doc.form[r] === ',') r++;
  if (r >= f.cue.tokStart || !lexicon().relativePronouns.has(doc.lower[r]!)) return -1;
  for (let t = r + 1; t < f.cue.tokStart; t++) if (doc.pos[t] !== POS.ADV && doc.pos[t] !== POS.AUX && doc.pos[t] !== POS.PART) return -1;
  return r;
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
    const rel = f.speaker !== null ? relativeSpeaker(doc, f.speaker, f) : -1;
    out.push({
      speaker: f.speakerActor,
      speaker_span: spk === null ? null : rel >= 0 ? span(doc, doc.start[rel]!, doc.end[rel]!) : span(doc, doc.start[spk.tokStart]!, doc.end[spk.tokEnd - 1]!),
      cue: span(doc, doc.start[f.cue.tokStart]!, doc.end[f.cue.tokEnd - 1]!),
      content: span(doc, f.content.start, f.content.end),
      direct: f.direct,
    });
  }
  return out;
}
