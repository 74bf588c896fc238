import type { ActorLayer } from '../actors/types.js';
import type { Mention } from '../mentions/types.js';
import type { Doc } from '../nlp/doc.js';
import { POS } from '../nlp/doc.js';
import { wordSet } from '../kb/words.js';
import { findFrames } from './frames.js';
import { lexicon } from './lexicon.js';
import { sentenceClauses } from './predicates.js';
import { findQuoteMarks } from './quotemarks.js';
import type { Arg, Clause, ClauseLayer, Frame } from './types.js';
import { int32s, int32sOf, uint8s } from '../slab.js';

/** Clauses stage: predicates with arguments, voice, negation, modality and reporting frames. */
export function analyseClauses(doc: Doc, mentions: readonly Mention[], actors: ActorLayer): ClauseLayer {
  const clauses: Clause[] = [];
  for (let s = 0; s < doc.sentStart.length; s++) sentenceClauses(doc, s, clauses);
  const marks = findQuoteMarks(doc);
  // Tokens of mentions that stand for an actor: a cited source ("citing the ministry") is one.
  const actorTok = uint8s(doc.length);
  const personEnd = int32sOf(doc.length, -1);
  for (let m = 0; m < mentions.length; m++) {
    if (actors.actorOf[m]! < 0) continue;
    const mm = mentions[m]!;
    actorTok.fill(1, mm.tokStart, Math.min(mm.tokEnd, doc.length));
    if (mm.kind === 'person' && mm.tokStart < doc.length) personEnd[mm.tokStart] = Math.max(personEnd[mm.tokStart]!, mm.tokEnd);
  }
  const frames = findFrames(doc, clauses, marks, actorTok, personEnd);
  // Text order of cues: the order the discourse's current speaker follows.
  frames.sort((x, y) => x.cue.tokStart - y.cue.tokStart || x.content.start - y.content.start);
  fillArgs(doc, mentions, actors, clauses, frames);
  speakersSecondActs(doc, clauses, frames);
  infinitiveContentEnds(doc, clauses, frames);
  inheritSpeakers(frames);
  nestFrames(doc, frames, clauses);
  quotedFirstPerson(doc, frames);
  backshift(doc, clauses, frames);
  return { clauses, frames };
}

/**
 * Reported speech shifts tense back: under a past-tense cue ("said", "was informed") a backshifted
 * modal is the future of the original statement ("Turkey will host" -> "said Turkey would host"),
 * not a hypothesis. A conditional in the clause, or a direct quote, keeps it hypothetical.
 */
function backshift(doc: Doc, clauses: Clause[], frames: Frame[]): void {
  const lex = lexicon();
  for (const c of clauses) {
    if (c.modality !== 'hypothetical' || c.frame < 0) continue;
    const f = frames[c.frame]!;
    if (f.direct || !pastCue(doc, f)) continue;
    let shifted = false;
    for (let t = c.predStart; t < c.predEnd; t++) if (lex.backshifted.has(doc.lower[t]!)) shifted = true;
    // "would ... if talks failed": the condition may follow the clause, anywhere in its sentence.
    const sentEnd = doc.sentEnd[c.sentence]!;
    for (let t = c.tokStart; t < sentEnd && shifted; t++) if (lex.conditionals.has(doc.lower[t]!)) shifted = false;
    if (shifted) c.modality = 'future';
  }
}

/** The cue's first verb is in the past tense: its form differs from its lemma and is no present or -ing form. */
function pastCue(doc: Doc, f: Frame): boolean {
  const present = lexicon().presentIrregular;
  for (let t = f.cue.tokStart; t < f.cue.tokEnd; t++) {
    const p = doc.pos[t];
    if (p !== POS.VERB && p !== POS.AUX) continue;
    const w = doc.lower[t]!;
    const l = doc.lemma[t]!;
    return w !== l && !w.endsWith('ing') && w !== `${l}s` && w !== `${l}es` && !present.has(w);
  }
  return false;
}

/** Mentions and actors inside every argument (token -> mention map, one pass over mentions). */
function fillArgs(doc: Doc, mentions: readonly Mention[], actors: ActorLayer, clauses: Clause[], frames: Frame[]): void {
  if (mentions.length === 0) return;
  const at = int32sOf(doc.length, -1);
  for (let m = 0; m < mentions.length; m++) {
    const mm = mentions[m]!;
    for (let k = mm.tokStart; k < mm.tokEnd && k < doc.length; k++) {
      const prev = at[k]!;
      // keep the longest mention covering a token (the person over the country inside its title)
      if (prev < 0 || mentions[prev]!.tokEnd - mentions[prev]!.tokStart < mm.tokEnd - mm.tokStart) at[k] = m;
    }
  }
  const fill = (arg: Arg | null): void => {
    if (arg === null || arg.mentions.length > 0) return;
    let last = -1;
    for (let k = arg.tokStart; k < arg.tokEnd; k++) {
      const m = at[k]!;
      if (m >= 0 && m !== last && arg.mentions.indexOf(m) < 0) arg.mentions.push(m);
      last = m;
    }
    // the mention holding the head first, then the others in text order; a possessor before a head of
    // its speakers does not stand for the phrase ("his party", "Rubio's campaign": the party speaks)
    const headM = at[arg.head]!;
    const order = headM >= 0 ? [headM, ...arg.mentions.filter((m) => m !== headM)] : arg.mentions;
    for (const m of order) {
      const a = actors.actorOf[m]!;
      if (a < 0 || arg.actors.indexOf(a) >= 0) continue;
      if (m !== headM && possessorOf(doc, mentions[m]!, arg)) continue;
      arg.actors.push(a);
    }
  };
  for (const c of clauses) {
    fill(c.subject);
    fill(c.object);
    fill(c.agent);
    for (const p of c.preps) fill(p.arg);
  }
  for (const f of frames) fill(f.speaker);
}

/**
 * "Erdogan said Turkey would not back down and urged NATO allies to ...": a verb joined by "and" or
 * "but" to a reported clause took that clause's subject (predicates.ts), but when it cannot belong to
 * that clause it is the speaker's second act, coordinated with the cue: its subject is the speaker and
 * the report ends before the conjunction. Only verbs of saying and of a speaker's stance qualify
 * (clause-grammar.json speakerActVerbs: "urged", "warned", "declined"; a participle in a noun phrase,
 * "dairy and frozen vegetables", is none), in a finite past-tense form of their own, and only when they
 * cannot belong to the reported clause: its verb group has a modal or "do" they cannot share ("would
 * not back down and urged"), or is in the present tense ("is ready and urged"), or its subject names
 * no actor ("the sanctions were illegal and warned", "no date has been set and declined to comment").
 * With a person or body as the reported subject and both verbs in the simple past ("said Israel shelled
 * the crossing and urged ...") the reading stays open and the clause keeps its subject.
 */
function speakersSecondActs(doc: Doc, clauses: Clause[], frames: Frame[]): void {
  const lex = lexicon();
  for (const f of frames) {
    const sp = f.speaker;
    const from = f.contentTok.tokStart;
    if (f.direct || f.inherits || sp === null || sp.tokEnd > f.cue.tokStart || from < f.cue.tokEnd) continue;
    const sentEnd = doc.sentEnd[f.sentence]!;
    let lo = 0;
    let hi = clauses.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (clauses[mid]!.pred < from) lo = mid + 1;
      else hi = mid;
    }
    // the latest clause of the content with a subject of its own there
    let head: Clause | null = null;
    for (let i = lo; i < clauses.length && clauses[i]!.pred < sentEnd; i++) {
      const k = clauses[i]!;
      const own = k.subject !== null && k.subject.tokStart >= from && k.subject.tokEnd <= k.predStart;
      const conj = k.predStart - 1;
      const joined = head !== null && conj > head.pred && doc.pos[conj] === POS.CCONJ && (doc.lower[conj] === 'and' || doc.lower[conj] === 'but') && doc.form[conj - 1] !== ',';
      // a verb after the conjunction whose subject is no phrase of its own: none, or one of the content
      const borrowed = k.subject === null || (k.subject.tokStart >= from && k.subject.tokEnd < conj);
      if (joined && borrowed && finitePast(doc, k) && secondAct(doc, lex, head!, k)) {
        const old = k.subject;
        for (let j = i; j < clauses.length && clauses[j]!.pred < sentEnd; j++) if (clauses[j] === k || (old !== null && clauses[j]!.subject === old)) clauses[j]!.subject = sp;
        if (k.pred < f.contentTok.tokEnd) {
          let end = conj;
          while (end > from + 1 && doc.pos[end - 1] === POS.PUNCT) end--;
          f.contentTok.tokEnd = end;
          f.content.end = doc.end[end - 1]!;
        }
        break;
      }
      if (k.pred >= f.contentTok.tokEnd) break;
      if (own) head = k;
    }
  }
}

/**
 * "ECOWAS has threatened to use force if talks fail, and its defence chiefs met in Ghana": an infinitive
 * content ("to use force ...") cannot go on past a comma and a conjunction that open a clause with a
 * subject of its own; that clause is the story's again, not the speaker's.
 */
function infinitiveContentEnds(doc: Doc, clauses: Clause[], frames: Frame[]): void {
  for (const f of frames) {
    const from = f.contentTok.tokStart;
    if (f.direct || doc.lower[from] !== 'to' || from < f.cue.tokEnd) continue;
    for (const k of clauses) {
      // (clauses come in text order)
      if (k.pred >= f.contentTok.tokEnd) break;
      if (k.pred <= from || k.subject === null) continue;
      const conj = k.subject.tokStart - 1;
      if (conj - 1 <= from || doc.pos[conj] !== POS.CCONJ || doc.form[conj - 1] !== ',' || k.subject.tokEnd > k.predStart) continue;
      // (a finite verb: not "and to ...", not a bare participle)
      if (doc.lower[k.predStart] === 'to' || doc.lower[k.predStart - 1] === 'to') continue;
      let end = conj;
      while (end > from + 1 && doc.pos[end - 1] === POS.PUNCT) end--;
      f.contentTok.tokEnd = end;
      f.content.end = doc.end[end - 1]!;
      break;
    }
  }
}

/** The clause's verb is a finite past-tense form standing alone ("urged", not "would urge", "urges", "urging"). */
function finitePast(doc: Doc, c: Clause): boolean {
  if (c.voice !== 'active' || doc.pos[c.pred] !== POS.VERB) return false;
  for (let t = c.predStart; t < c.pred; t++) if (doc.pos[t] === POS.AUX) return false;
  const w = doc.lower[c.pred]!;
  const l = doc.lemma[c.pred]!;
  return w !== l && !w.endsWith('ing') && w !== `${l}s` && w !== `${l}es`;
}

/** Can the finite past verb of clause k, a speaker's act, not be a second verb of the reported clause `head` (see speakersSecondActs)? */
function secondAct(doc: Doc, lex: ReturnType<typeof lexicon>, head: Clause, k: Clause): boolean {
  const sp = k.lemma.indexOf(' ');
  if (!lex.speakerActVerbs.has(sp < 0 ? k.lemma : k.lemma.slice(0, sp))) return false;
  let first = -1;
  for (let t = head.predStart; t <= head.pred; t++) {
    const p = doc.pos[t];
    if (p !== POS.AUX && p !== POS.VERB) continue;
    if (first < 0) first = t;
    if (p === POS.AUX && (lex.auxiliaries.has(doc.lower[t]!) || doc.lemma[t] === 'do')) return true;
  }
  if (first >= 0) {
    const w = doc.lower[first]!;
    const l = doc.lemma[first]!;
    if (w === 'is' || w === 'are' || w === 'am' || (doc.pos[first] === POS.VERB && (w === `${l}s` || w === `${l}es`))) return true;
  }
  const subj = head.subject!;
  if (subj.actors.length > 0 || subj.mentions.length > 0) return false;
  // an expletive "there" ("said there was a lack of transparency and urged") names nobody
  return doc.lower[subj.head] === 'there' || (doc.pos[subj.head] !== POS.PRON && doc.pos[subj.head] !== POS.PROPN);
}

/**
 * Is mention m a possessor before the head h of a phrase naming those who speak for it ("his" in "his
 * party", "Rubio's" in "Rubio's campaign"; clause-grammar.json possessedSpeakers)?
 */
function possessorOf(doc: Doc, m: Mention, arg: Arg): boolean {
  const h = arg.head;
  if (m.tokEnd > h || !lexicon().possessedSpeakers.has(doc.lower[h]!)) return false;
  // (not in a phrase after a preposition: "for the rest of his party to follow" is no party speaking)
  if (arg.tokStart > 0 && (doc.pos[arg.tokStart - 1] === POS.ADP || doc.pos[arg.tokStart - 1] === POS.SCONJ)) return false;
  if (m.kind === 'pronoun') return m.tokEnd === m.tokStart + 1 && lexicon().possessives.has(doc.lower[m.tokStart]!);
  const w = doc.lower[m.tokEnd];
  return w === "'s" || w === '\u2019s' || w === "'" || w === '\u2019';
}

/** Speaker actors; a frame without its own speaker takes the current speaker of the discourse. */
function inheritSpeakers(frames: Frame[]): void {
  let current = -1;
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i]!;
    if (f.speaker !== null && !f.inherits) {
      f.speakerActor = f.speaker.actors.length > 0 ? f.speaker.actors[0]! : -1;
      current = i;
    } else if (f.inherits && current >= 0) {
      // (not, for a cue after its content, a frame cued inside that content: "X also offered to ..., according
      // to the statement" is the statement's report of X's offer, not X's own words)
      const inside = (g: Frame): boolean => f.cue.tokStart >= f.contentTok.tokEnd && g.cue.tokStart >= f.contentTok.tokStart && g.cue.tokStart < f.contentTok.tokEnd;
      let j = current;
      while (j >= 0 && (frames[j]!.speaker === null || frames[j]!.inherits || inside(frames[j]!))) j--;
      if (j < 0) continue;
      const from = frames[j]!;
      f.inherited = from.inherited >= 0 ? from.inherited : j;
      f.speakerActor = from.speakerActor;
    }
  }
}

const FIRST_PERSON = wordSet('first_person_pronouns');

/**
 * 'He said, "I think the US should return her"': the "I" (or "we") of a frame inside a direct quote
 * is the quote's speaker, who then makes the claim, not an unknown "I".
 */
function quotedFirstPerson(doc: Doc, frames: Frame[]): void {
  for (const f of frames) {
    const sp = f.speaker;
    if (f.parent < 0 || f.speakerActor >= 0 || sp === null || sp.tokEnd - sp.tokStart !== 1 || !FIRST_PERSON.has(doc.lower[sp.tokStart]!)) continue;
    const outer = frames[f.parent]!;
    if (outer.direct && outer.speakerActor >= 0) f.speakerActor = outer.speakerActor;
  }
}

/**
 * Parent frames and the innermost frame of every clause: one sweep over content intervals sorted by
 * start, with a stack of open intervals (contents nest or are disjoint).
 */
function nestFrames(doc: Doc, frames: Frame[], clauses: Clause[]): void {
  if (frames.length === 0) return;
  const order = frames.map((_, i) => i).sort((x, y) => frames[x]!.content.start - frames[y]!.content.start || frames[y]!.content.end - frames[x]!.content.end);
  // Points to place: each frame's cue start (for its parent) and each clause's predicate start.
  const nPts = frames.length + clauses.length;
  const ptPos = int32s(nPts);
  for (let i = 0; i < frames.length; i++) ptPos[i] = doc.start[frames[i]!.cue.tokStart]!;
  for (let i = 0; i < clauses.length; i++) ptPos[frames.length + i] = doc.start[clauses[i]!.pred]!;
  const pts = byPosition(ptPos, frames.length);
  const stack: number[] = [];
  let oi = 0;
  for (const pt of pts) {
    const at = ptPos[pt]!;
    while (oi < order.length && frames[order[oi]!]!.content.start <= at) {
      const f = order[oi]!;
      while (stack.length > 0 && frames[stack[stack.length - 1]!]!.content.end <= frames[f]!.content.start) stack.pop();
      stack.push(f);
      oi++;
    }
    while (stack.length > 0 && frames[stack[stack.length - 1]!]!.content.end <= at) stack.pop();
    // innermost open interval containing `at` (skip a frame's own content for its cue)
    let inner = -1;
    for (let k = stack.length - 1; k >= 0; k--) {
      const f = stack[k]!;
      if (frames[f]!.content.end > at && f !== pt) {
        inner = f;
        break;
      }
    }
    if (pt < frames.length) frames[pt]!.parent = inner;
    else clauses[pt - frames.length]!.frame = inner;
  }
}

/**
 * Point indices ordered by position, ties in index order (a stable sort). Frames (indices below
 * `split`, sorted by cue) and clauses (in text order) are each already in order: merge them, and
 * sort only if either run is not.
 */
function byPosition(ptPos: Int32Array, split: number): Int32Array {
  const n = ptPos.length;
  const out = int32s(n);
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) if (i !== split && ptPos[i]! < ptPos[i - 1]!) sorted = false;
  if (!sorted) {
    const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => ptPos[x]! - ptPos[y]!);
    for (let i = 0; i < n; i++) out[i] = order[i]!;
    return out;
  }
  let a = 0;
  let b = split;
  for (let k = 0; k < n; k++) out[k] = b >= n || (a < split && ptPos[a]! <= ptPos[b]!) ? a++ : b++;
  return out;
}
