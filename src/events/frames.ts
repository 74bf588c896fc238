// Attribution: the reporting frames events sit in. The clause stage's frames are used when it gives
// any; otherwise a shallow fallback finds "X said (that) ...", "..., X said", "according to X" and the
// passives "X was informed that ..." / "It was underlined that ..." (whose informant is the story's
// current speaker).
import type { ClauseLayer } from '../clauses/types.js';
import { POS, type Doc } from '../nlp/doc.js';
import type { Stance, TextSpan } from '../schema.js';
import type { Rules } from './lexicon.js';
import { groupInfo, groupStart, npRight, subjectLeft, type Phrase } from './phrases.js';

/** A frame as the event coder uses it: content as characters, speaker as a phrase and/or actor. */
export interface EventFrame {
  /** Content character span. */
  start: number;
  end: number;
  speakerActor: number;
  speakerPhrase: Phrase | null;
  cue: TextSpan;
  /** Cue token range (events triggered by the cue itself are not inside their own frame). */
  cueStart: number;
  cueEnd: number;
  stance: Stance;
  parent: number;
  /** First token of the content, and whether the content is a direct quote. */
  contentTok: number;
  direct: boolean;
}

/** Actor of a phrase: the first actor any mention inside it refers to (-1: none). */
export type ActorOfPhrase = (ph: Phrase) => number;

function span(doc: Doc, a: number, b: number): TextSpan {
  const start = doc.start[a]!;
  const end = doc.end[b - 1]!;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Frames from the clause stage. */
export function framesFromClauses(doc: Doc, layer: ClauseLayer): EventFrame[] {
  const phraseOf = (i: number, depth: number): Phrase | null => {
    const f = layer.frames[i];
    if (f === undefined) return null;
    if (f.speaker !== null) return { tokStart: f.speaker.tokStart, tokEnd: f.speaker.tokEnd };
    return f.inherits && f.inherited >= 0 && f.inherited !== i && depth < 8 ? phraseOf(f.inherited, depth + 1) : null;
  };
  return layer.frames.map((f, i) => ({
    start: f.content.start,
    end: f.content.end,
    speakerActor: f.speakerActor,
    speakerPhrase: phraseOf(i, 0),
    cue: span(doc, f.cue.tokStart, f.cue.tokEnd),
    cueStart: f.cue.tokStart,
    cueEnd: f.cue.tokEnd,
    stance: f.stance,
    parent: f.parent,
    contentTok: f.contentTok.tokStart,
    direct: f.direct,
  }));
}

function cueAt(doc: Doc, t: number, e: number, rules: Rules): { stance: string; end: number } | null {
  if (t + 1 < e) {
    const two = rules.reporting.get(`${doc.lemma[t]} ${doc.lower[t + 1]}`);
    if (two !== undefined) return { stance: two, end: t + 2 };
  }
  if (doc.pos[t] !== POS.VERB) return null;
  const one = rules.reporting.get(doc.lemma[t]!);
  return one === undefined ? null : { stance: one, end: t + 1 };
}

/** Shallow frames of the whole document (used when the clause stage gives none). */
export function fallbackFrames(doc: Doc, rules: Rules, actorOf: ActorOfPhrase): EventFrame[] {
  const frames: EventFrame[] = [];
  let lastActor = -1;
  let lastPhrase: Phrase | null = null;
  for (let si = 0; si < doc.sentStart.length; si++) {
    const s = doc.sentStart[si]!;
    const e = doc.sentEnd[si]!;
    if (e <= s) continue;
    // Content never includes the sentence-final punctuation.
    const last = doc.pos[e - 1] === POS.PUNCT ? e - 1 : e;
    for (let t = s; t < e; t++) {
      const cue = cueAt(doc, t, e, rules);
      if (cue === null) continue;
      const stance = cue.stance as Stance;
      let speaker: Phrase | null = null;
      let cStart: number;
      let cEnd: number;
      let inherits = false;
      if (doc.lower[t] === 'according') {
        speaker = npRight(doc, cue.end, e);
        if (t === s || (t === s + 1 && doc.pos[s] === POS.ADV)) {
          let k = speaker?.tokEnd ?? cue.end;
          if (k < e && doc.form[k] === ',') k++;
          cStart = k;
          cEnd = last;
        } else {
          cStart = s;
          cEnd = t > s && doc.form[t - 1] === ',' ? t - 1 : t;
        }
      } else {
        const g = groupStart(doc, t, s, rules);
        const info = groupInfo(doc, g, t, rules);
        const subj = subjectLeft(doc, g, s, rules).np;
        const commaBefore = subj !== null ? subj.tokStart - 1 : g - 1;
        // Postposed ("..., the minister said." / "..., said the minister.")
        const tailShort = last - cue.end <= 8;
        if (commaBefore > s && doc.form[commaBefore] === ',' && tailShort) {
          speaker = subj ?? npRight(doc, cue.end, last);
          cStart = s;
          cEnd = commaBefore;
        } else if (g - 1 >= s && doc.form[g - 1] === ',' && subj === null && tailShort) {
          speaker = npRight(doc, cue.end, last);
          cStart = s;
          cEnd = g - 1;
        } else {
          let k = cue.end;
          if (info.passive) inherits = rules.inheritingPassives.has(doc.lemma[t]!);
          else if (subj !== null && doc.pos[subj.tokStart] !== POS.PRON) speaker = subj;
          else if (subj !== null) {
            speaker = subj;
            inherits = true;
          }
          // Addressee of tell/inform ("told reporters that").
          if (k < last && doc.lower[k] !== 'that' && (doc.lemma[t] === 'tell' || doc.lemma[t] === 'inform' || doc.lemma[t] === 'brief')) {
            const addr = npRight(doc, k, last);
            if (addr !== null) k = addr.tokEnd;
          }
          if (k < last && doc.lower[k] === 'that') k++;
          else if (k < last && (doc.form[k] === ':' || doc.form[k] === ',')) k++;
          cStart = k;
          cEnd = last;
          if (info.passive && !inherits) continue; // "it was reported that" with no speaker: not attributed here
          if (!info.passive && subj === null) continue;
        }
      }
      if (cEnd <= cStart) continue;
      let speakerActor = speaker !== null ? actorOf(speaker) : -1;
      if (inherits && speakerActor < 0) {
        speakerActor = lastActor;
        if (speaker === null || doc.pos[speaker.tokStart] === POS.PRON) speaker = lastPhrase;
      }
      if (speaker === null && speakerActor < 0) continue;
      frames.push({
        start: doc.start[cStart]!,
        end: doc.end[cEnd - 1]!,
        speakerActor,
        speakerPhrase: speaker,
        cue: span(doc, t, cue.end),
        cueStart: t,
        cueEnd: cue.end,
        stance,
        parent: -1,
        contentTok: cStart,
        direct: false,
      });
      lastActor = speakerActor;
      lastPhrase = speaker;
      t = cue.end - 1;
    }
  }
  return frames;
}

/** Index of the innermost frame whose content holds character `pos`, and not whose cue is `tok`; -1 if none. */
export function frameOf(frames: readonly EventFrame[], pos: number, tok: number): number {
  let best = -1;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    if (pos < f.start || pos >= f.end) continue;
    if (tok >= f.cueStart && tok < f.cueEnd) continue;
    if (best < 0 || f.end - f.start < frames[best]!.end - frames[best]!.start) best = i;
  }
  return best;
}



/**
 * A frame is only attribution when its cue is a pure reporting cue, or when its content is a
 * that-clause or a quote: a cue that is itself an event trigger ("condemned the attack", "refused
 * to withdraw") is an event, and its object or complement is handled by the event rules.
 */
export function isAttribution(doc: Doc, f: EventFrame, isTrigger: Uint8Array): boolean {
  let cueIsEvent = false;
  for (let t = f.cueStart; t < f.cueEnd; t++) if (isTrigger[t] === 1) cueIsEvent = true;
  if (!cueIsEvent || f.direct) return true;
  const k = f.contentTok;
  return doc.lower[k] === 'that' || (k > 0 && doc.lower[k - 1] === 'that');
}
