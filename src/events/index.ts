// Events stage: CAMEO/PLOVER-coded, attributed events from verb patterns and noun triggers.
// Arguments come from the clause stage where it has a clause for the trigger, else from a shallow
// local search (src/events/phrases.ts); attribution from the innermost reporting frame.
import type { ActorLayer } from '../actors/types.js';
import type { ClauseLayer } from '../clauses/types.js';
import type { Mention } from '../mentions/types.js';
import type { Doc } from '../nlp/doc.js';
import type { PlaceLayer } from '../place/types.js';
import type { TimeOut } from '../schema.js';
import type { Source } from '../source/types.js';
import { analyseSentence, Ctx, type Analysis } from './analyse.js';
import { codeInfo } from './codes.js';
import { fallbackFrames, frameOf, framesFromClauses } from './frames.js';
import { eventLexicon } from './lexicon.js';
import type { Event } from './types.js';

/** Everything the event coder may read: the outputs of all earlier stages. */
export interface EventContext {
  source: Source;
  doc: Doc;
  mentions: readonly Mention[];
  actors: ActorLayer;
  clauses: ClauseLayer;
  times: readonly TimeOut[];
  places: PlaceLayer;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Events stage: CAMEO/PLOVER-coded, attributed events from clauses and nominal triggers. */
export function codeEvents(ctx: EventContext): Event[] {
  const lex = eventLexicon();
  const { doc } = ctx;
  const c = new Ctx(ctx, lex);
  const frames =
    ctx.clauses.clauses.length > 0 || ctx.clauses.frames.length > 0
      ? framesFromClauses(doc, ctx.clauses)
      : fallbackFrames(doc, lex.rules, (ph) => c.actorsOf(ph)[0] ?? -1);
  const storyDate = ctx.source.meta.date;
  const out: Event[] = [];
  for (let si = 0; si < doc.sentStart.length; si++) {
    const s = doc.sentStart[si]!;
    const e = doc.sentEnd[si]!;
    if (e <= s) continue;
    for (const a of analyseSentence(c, si, s, e)) {
      const ev = toEvent(c, a, si, frames, storyDate);
      if (ev !== null) out.push(ev);
    }
  }
  return out;
}

function toEvent(c: Ctx, a: Analysis, si: number, frames: ReturnType<typeof fallbackFrames>, storyDate: string | null): Event | null {
  const info = codeInfo(a.code);
  if (info === null) return null;
  const doc = c.doc;
  const trigStart = doc.start[a.trigger.tokStart]!;
  const trigEnd = doc.end[a.trigger.tokEnd - 1]!;
  const fi = frameOf(frames, trigStart, a.trigger.anchor);
  const f = fi >= 0 ? frames[fi]! : null;
  let realis = a.realis;
  if (f !== null && f.stance === 'denied' && realis === 'actual') realis = 'negated';
  let source = a.sourceActors;
  let confidence = a.confidence;
  // Implied agent: a passive without a by-agent, inside a frame whose speaker is a state actor
  // reporting on its own side's action ("the weapons were confiscated", said the minister).
  if (source.length === 0 && a.passiveNoAgent && f !== null && f.speakerActor >= 0 && info.quad >= 3) {
    const sp = c.ctx.actors.actors[f.speakerActor];
    if (sp !== undefined && sp.country !== null && (sp.sector === 'GOV' || sp.sector === 'MIL' || sp.sector === 'COP')) {
      const country = c.ctx.actors.actors.findIndex((x) => x.kind === 'country' && x.country === sp.country);
      source = [country >= 0 ? country : f.speakerActor];
      confidence -= 0.1;
    }
  }
  // Date: a full date in the clause, else the start of a resolved range, else the story date.
  let date = storyDate;
  for (const t of c.ctx.times) {
    if (t.start < doc.start[a.evidence.tokStart]! || t.end > doc.end[a.evidence.tokEnd - 1]!) continue;
    if (t.value !== null && FULL_DATE.test(t.value)) date = t.value;
    else if (t.from != null && FULL_DATE.test(t.from)) date = t.from;
    else continue;
    break;
  }
  const span = (ph: { tokStart: number; tokEnd: number } | null) =>
    ph === null ? null : { start: doc.start[ph.tokStart]!, end: doc.end[ph.tokEnd - 1]!, text: doc.text.slice(doc.start[ph.tokStart]!, doc.end[ph.tokEnd - 1]!) };
  return {
    sentence: si,
    trigger: { start: trigStart, end: trigEnd, text: doc.text.slice(trigStart, trigEnd) },
    cameo: info.code,
    root: info.root,
    quad: info.quad,
    goldstein: info.goldstein,
    plover: info.plover,
    source,
    target: a.targetActors.filter((t) => !source.includes(t)),
    source_span: span(a.source),
    target_span: span(a.target),
    date,
    place: c.placeIn(a.evidence.tokStart, a.evidence.tokEnd),
    attribution:
      f === null
        ? null
        : { speaker: f.speakerActor, speaker_span: f.speakerActor < 0 ? span(f.speakerPhrase) : null, cue: f.cue, stance: f.stance },
    realis,
    quantity: a.quantity,
    confidence: Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100,
    evidence: { start: doc.start[a.evidence.tokStart]!, end: doc.end[a.evidence.tokEnd - 1]! },
  };
}
