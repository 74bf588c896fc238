// Trigger lookup: verb patterns and noun triggers matched over the tokens of one sentence, then
// overlapping candidates resolved (longest span wins). Linear in the sentence length times the
// (small, constant) number of patterns per anchor word.
import { npCanStart } from '../clauses/chunk.js';
import { npPPEnd } from '../clauses/frame-ctx.js';
import { POS, type Doc } from '../nlp/doc.js';
import type { Lexicon, Pattern } from './lexicon.js';
import { participleModifier } from './phrases.js';
import { uint8s } from '../slab.js';

export interface Trigger {
  kind: 'verb' | 'noun';
  /** The anchor token (the verb, or the first word of a noun phrase). */
  anchor: number;
  /** Token span covering every matched word, [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  /** Token of the last matched word (the head of a noun phrase). */
  last: number;
  code: string | null;
  pattern: string;
}

/** Largest number of tokens a '_' gap may skip. */
const GAP = 6;

function matches(doc: Doc, t: number, words: ReadonlySet<string>): boolean {
  return words.has(doc.lemma[t]!) || words.has(doc.lower[t]!);
}

/** A token that ends the stretch a gap may cross (clause punctuation, subordinators). */
function gapStop(doc: Doc, t: number): boolean {
  const p = doc.pos[t]!;
  if (p === POS.PUNCT) {
    const f = doc.form[t]!;
    return f !== '-' && f !== '\'' && f !== '’';
  }
  if (p === POS.VERB) return !participleModifier(doc, t);
  if (p === POS.ADP) {
    // 'of', and a preposition that qualifies a number ("around $400 million", "more than 1,500"), stay inside.
    if (doc.lower[t] === 'of') return false;
    const r = t + 1 < doc.length ? doc.pos[t + 1]! : POS.PUNCT;
    return r !== POS.NUM && r !== POS.SYM;
  }
  return p === POS.SCONJ;
}

/**
 * "was returned to Egypt", "were handed over to the police": a past participle after a form of 'be'
 * (past adverbs) is a passive, whose object stands before the verb as its subject.
 */
function passiveParticiple(doc: Doc, a: number): boolean {
  const f = doc.lower[a]!;
  if (!(f.endsWith('ed') || f.endsWith('en') || f.endsWith('wn'))) return false;
  let k = a - 1;
  while (k >= 0 && doc.pos[k] === POS.ADV) k--;
  return k >= 0 && (doc.lemma[k] === 'be' || doc.lower[k] === 'been' || doc.lower[k] === 'being');
}

/** Try `p` at anchor `a`; returns the last matched token or -1. */
function tryPattern(doc: Doc, a: number, end: number, p: Pattern): number {
  let pos = a + 1;
  let last = a;
  // A '+' gap stands for the object; in a passive the object is the subject, before the verb.
  let passive: boolean | null = null;
  for (const slot of p.rest) {
    if (!slot.gap) {
      if (pos >= end || !matches(doc, pos, slot.words)) return -1;
      last = pos;
      pos++;
      continue;
    }
    let found = -1;
    let minGap = slot.minGap;
    if (minGap > 0 && (passive ??= passiveParticiple(doc, a))) {
      minGap = 0;
      // "was returned by US officials to Spanish authorities": the passive's agent comes first.
      if (doc.lower[pos] === 'by' && pos + 1 < end && npCanStart(doc, pos + 1)) {
        const e = npPPEnd(doc, pos + 1, end);
        if (e > pos + 1) pos = e;
      }
    }
    for (let k = pos; k < end && k <= pos + GAP; k++) {
      if (k - pos >= minGap && matches(doc, k, slot.words)) {
        found = k;
        break;
      }
      if (gapStop(doc, k)) break;
    }
    // Failing that, a gap may cross a whole object with its attachments, however long: "subjected the
    // positions of the army in the Kalbajar district to fire" (the defence ministries' formula).
    if (found < 0 && npCanStart(doc, pos)) {
      let e = npPPEnd(doc, pos, end, true);
      // (a verb there opens the next clause: "expelled ... after prosecutors charged")
      if (e > pos + GAP && e < end && e - pos >= minGap && doc.pos[e] !== POS.VERB && matches(doc, e, slot.words)) found = e;
      // The object may carry a parenthesis ("the Lebanese Armed Forces (LAF) with") or a participle
      // with its phrase ("a pendant engraved with the image of Peter the Great to"): both stay inside it.
      for (let n = 0; found < 0 && n < 2 && e > pos && e < end; n++) {
        const after = objectAttachmentEnd(doc, e, end);
        if (after <= e) break;
        e = after;
        if (e < end && e - pos >= minGap && doc.pos[e] !== POS.VERB && matches(doc, e, slot.words)) found = e;
      }
    }
    if (found < 0) return -1;
    last = found;
    pos = found + 1;
  }
  return last;
}

/**
 * End of a parenthesis ("(LAF)") or of a participle with its prepositional phrases ("engraved with the
 * image of X", "seized from a museum in Y") that starts at `e` right after an object noun phrase; `e`
 * when there is none. A participle's 'to' or 'by' phrase is not crossed (it may be the verb's own).
 */
function objectAttachmentEnd(doc: Doc, e: number, end: number): number {
  if (doc.form[e] === '(') {
    for (let k = e + 1; k < end && k <= e + 6; k++) if (doc.form[k] === ')') return k + 1;
    return e;
  }
  const w = doc.lower[e]!;
  if (doc.pos[e] !== POS.VERB || doc.lemma[e] === w || w.endsWith('ing') || e + 1 >= end || doc.pos[e + 1] !== POS.ADP) return e;
  const prep = doc.lower[e + 1]!;
  if (prep === 'to' || prep === 'by' || !npCanStart(doc, e + 2)) return e;
  const after = npPPEnd(doc, e + 2, end, true);
  return after > e + 2 ? after : e;
}

/** verbLike: not a verb, a verb, or a verb only when a pattern of two or more words matches there. */
const NOT = 0;
const VERB = 1;
const MULTI = 2;

function verbLike(doc: Doc, t: number): number {
  return verbLikeTest(doc, t) ? VERB : headlineVerb(doc, t) ? MULTI : NOT;
}

/** Headline present tense tagged as a plural noun between a name and a noun ("Japan lifts sanctions"). */
function headlineVerb(doc: Doc, t: number): boolean {
  return t > 0 && t + 1 < doc.length && doc.pos[t] === POS.NOUN && doc.lower[t]!.endsWith('s') && doc.pos[t - 1] === POS.PROPN && doc.pos[t + 1] === POS.NOUN;
}

/** A determiner after an auxiliary or a pronoun floats off its subject ("have both indicted X", "they all signed"). */
function floating(doc: Doc, d: number): boolean {
  return d > 0 && (doc.pos[d - 1] === POS.AUX || doc.pos[d - 1] === POS.PRON);
}

function verbLikeTest(doc: Doc, t: number): boolean {
  const p = doc.pos[t]!;
  // A participle between a determiner and its noun or name modifies it ("the seized weapons", "the
  // occupied West Bank"): no new event.
  // A participle in a hyphenated modifier ("government-backed troops") is not a verb either.
  if (p === POS.VERB) {
    if (t > 0 && (doc.form[t - 1] === '-' || doc.form[t - 1] === '–') && doc.start[t] === doc.end[t - 1]) return false;
    const nounAfter = t + 1 < doc.length && (doc.pos[t + 1] === POS.NOUN || doc.pos[t + 1] === POS.PROPN);
    // So is a past participle opening the object of another verb ("extradite accused criminals",
    // "release detained activists").
    const w = doc.lower[t]!;
    if (nounAfter && t > 0 && doc.pos[t - 1] === POS.VERB && w.endsWith('ed') && doc.lemma[t] !== w) return false;
    return !(t > 0 && doc.pos[t - 1] === POS.DET && !floating(doc, t - 1) && nounAfter) && !afterPrep(doc, t);
  }
  // wink tags some participles and gerunds as adjectives or nouns ("withdrawing", "seized").
  if (p === POS.NOUN || p === POS.ADJ) {
    const w = doc.lower[t]!;
    if (t === 0) return false;
    const q = doc.pos[t - 1]!;
    // Headline present tense tagged as a plural noun after a name ("Obama lifts US embargo").
    if (p === POS.NOUN && w.endsWith('s') && q === POS.PROPN && t + 1 < doc.length) {
      const r = doc.pos[t + 1]!;
      if (r === POS.DET || r === POS.PROPN || r === POS.ADJ || r === POS.NUM) return true;
    }
    if (w.endsWith('ing')) return q !== POS.DET && q !== POS.ADJ;
    // "had rescued", "were seized" mis-tagged after an auxiliary; "troops apprehended a man" between a
    // subject and an object.
    if (!w.endsWith('ed')) return false;
    if (q === POS.AUX) return true;
    const r = t + 1 < doc.length ? doc.pos[t + 1]! : POS.PUNCT;
    return (q === POS.NOUN || q === POS.PROPN || q === POS.PRON) && (r === POS.DET || r === POS.NUM || r === POS.PROPN);
  }
  return false;
}

/** Verb patterns of a token whose lemma the tagger did not give ("rescued" -> rescue, "stopped" -> stop). */
function verbPatterns(doc: Doc, t: number, verbs: ReadonlyMap<string, Pattern[]>): Pattern[] | undefined {
  const byLemma = verbs.get(doc.lemma[t]!) ?? verbs.get(doc.lower[t]!);
  if (byLemma !== undefined) return byLemma;
  const w = doc.lower[t]!;
  if (doc.lemma[t] !== w || w.length < 5) return undefined;
  if (w.endsWith('ied')) return verbs.get(w.slice(0, -3) + 'y');
  if (w.endsWith('ed')) {
    const double = w.charCodeAt(w.length - 3) === w.charCodeAt(w.length - 4);
    return verbs.get(w.slice(0, -1)) ?? verbs.get(w.slice(0, -2)) ?? (double ? verbs.get(w.slice(0, -3)) : undefined);
  }
  if (w.endsWith('ing')) return verbs.get(w.slice(0, -3)) ?? verbs.get(w.slice(0, -3) + 'e');
  return undefined;
}

function afterPrep(doc: Doc, t: number): boolean {
  return t > 0 && doc.pos[t - 1] === POS.ADP && doc.lower[t - 1] !== 'to' && !doc.lower[t]!.endsWith('ing');
}

function nounLike(doc: Doc, t: number, sentStart: number): boolean {
  const p = doc.pos[t]!;
  if (p === POS.NOUN || p === POS.ADJ || p === POS.X || p === POS.DET) return true;
  // Proper-noun tags on ordinary words happen at sentence start and in headlines; a capitalised
  // word inside a sentence is a name ("March", "Strike Force").
  if (p === POS.PROPN) return t === sentStart || doc.form[t] === doc.lower[t];
  // A determiner or adjective before a verb-tagged word makes it a noun ("the attack", "fresh talks"),
  // and so does a preposition ("reports of torture"; not "to" + infinitive, not a gerund).
  if (p === POS.VERB && t > sentStart) {
    const q = doc.pos[t - 1]!;
    return q === POS.DET || q === POS.ADJ || afterPrep(doc, t);
  }
  return false;
}

function bestAt(doc: Doc, a: number, end: number, list: readonly Pattern[] | undefined): { p: Pattern; last: number } | null {
  if (list === undefined) return null;
  for (const p of list) {
    const last = tryPattern(doc, a, end, p);
    if (last >= 0) return { p, last };
  }
  return null;
}

/** All triggers of sentence [s, e) after overlap resolution, in text order. */
export function findTriggers(doc: Doc, s: number, e: number, lex: Lexicon): Trigger[] {
  const cands: Trigger[] = [];
  for (let t = s; t < e; t++) {
    // Only these tags can be verb-like or noun-like (see verbLike, nounLike): skip the rest unread.
    const p = doc.pos[t]!;
    // (a determiner only opens a noun phrase pattern: "no comment", "no assurance" that blocks 'assurance')
    if (p !== POS.VERB && p !== POS.NOUN && p !== POS.ADJ && p !== POS.PROPN && p !== POS.X && p !== POS.DET) continue;
    if (p === POS.PROPN && !nounLike(doc, t, s)) continue;
    // Fast path: most tokens are no anchor at all (a stem is only tried for untagged -ed/-ing forms).
    const lem = doc.lemma[t]!;
    const low = doc.lower[t]!;
    const gate = lex.anchorGate;
    if (!(gate.may(lem) && lex.anchors.has(lem)) && !(gate.may(low) && lex.anchors.has(low)) && (lem !== low || !(low.endsWith('ed') || low.endsWith('ing')))) continue;
    const vl = verbLike(doc, t);
    if (vl !== NOT) {
      const hit = bestAt(doc, t, e, verbPatterns(doc, t, lex.verbs));
      // "the king considered it inappropriate", "Mugabe was considered the founding father": a verb of
      // deliberating with a small clause states an opinion; no event, and no noun either.
      if (hit !== null && hit.p.code !== null && lex.rules.judgementVerbs.has(doc.lemma[t]!) && smallClause(doc, t, e)) continue;
      if (hit !== null && (vl === VERB || hit.p.rest.length > 0)) {
        // A pattern's last word that is a preposition ("call on", "return + to") opens the phrase of the
        // one it is aimed at: it stays outside the trigger, so that phrase is read as an argument.
        const last = hit.last > t && doc.pos[hit.last] === POS.ADP ? hit.last - 1 : hit.last;
        cands.push({ kind: 'verb', anchor: t, tokStart: t, tokEnd: last + 1, last, code: hit.p.code, pattern: hit.p.text });
        continue;
      }
    }
    if (nounLike(doc, t, s)) {
      const hit = bestAt(doc, t, e, lex.nouns.get(doc.lemma[t]!)) ?? bestAt(doc, t, e, lex.nouns.get(doc.lower[t]!));
      if (hit !== null) cands.push({ kind: 'noun', anchor: t, tokStart: t, tokEnd: hit.last + 1, last: hit.last, code: hit.p.code, pattern: hit.p.text });
    }
  }
  if (cands.length <= 1) return cands.filter((c) => c.code !== null);
  // Longest span first (then verb before noun, then more specific code); greedy non-overlapping.
  const order = cands
    .map((c, i) => i)
    .sort((i, j) => {
      const a = cands[i]!;
      const b = cands[j]!;
      return (
        b.tokEnd - b.tokStart - (a.tokEnd - a.tokStart) ||
        (a.kind === b.kind ? 0 : a.kind === 'verb' ? -1 : 1) ||
        (b.code?.length ?? 0) - (a.code?.length ?? 0) ||
        i - j
      );
    });
  const taken = uint8s(e - s);
  const keep: Trigger[] = [];
  for (const i of order) {
    const c = cands[i]!;
    let free = true;
    for (let k = c.tokStart; k < c.tokEnd && free; k++) if (taken[k - s] === 1 && (k === c.anchor || k === c.last)) free = false;
    if (!free) {
      // A more specific noun of the same root inside a verb pattern lends it its code
      // ("send _ @aidthing" 070 over "humanitarian aid" 073 -> 073).
      const w = keep.find((k) => k.kind === 'verb' && c.kind === 'noun' && c.anchor >= k.tokStart && c.last < k.tokEnd);
      if (w !== undefined && w.code !== null && c.code !== null && c.code.slice(0, 2) === w.code.slice(0, 2) && specificity(c.code) > specificity(w.code)) w.code = c.code;
      continue;
    }
    for (let k = c.tokStart; k < c.tokEnd; k++) if (k === c.anchor || k === c.last || c.tokEnd - c.tokStart <= 3) taken[k - s] = 1;
    if (c.code !== null) keep.push(c);
  }
  keep.sort((a, b) => a.anchor - b.anchor);
  return keep;
}

/** A quotation mark or bracket, skipped before a predicate ("considered himself \"an artist\""). */
function quoteMark(doc: Doc, k: number): boolean {
  const f = doc.form[k]!;
  return f === '"' || f === '“' || f === '”' || f === '[' || f === '‘' || f === '\'';
}

/**
 * Does the verb at `v` take a small clause: an object (none in the passive) followed by a predicate
 * ('as', a 'to'-infinitive, an adjective; or a second noun phrase)? "considered it inappropriate",
 * "considered Rittenhouse a flight risk", "was considered the founding father", "are considered to be
 * major"; not "would consider charging X", "a reboot is being considered", "consider requests".
 */
function smallClause(doc: Doc, v: number, e: number): boolean {
  const predicate = (k: number): boolean => {
    while (k < e && quoteMark(doc, k)) k++;
    if (k >= e) return false;
    const w = doc.lower[k]!;
    if (w === 'as') return true;
    if (w === 'to') return k + 1 < e && (doc.pos[k + 1] === POS.VERB || doc.pos[k + 1] === POS.AUX);
    // an adjective that does not open a noun phrase ("considered controversial for women")
    const n = k + 1 < e ? doc.pos[k + 1]! : POS.PUNCT;
    if (doc.pos[k] === POS.ADJ) return n !== POS.NOUN && n !== POS.PROPN && n !== POS.ADJ;
    // a past participle closing the small clause ("considered the case closed", "deemed the matter
    // settled after talks"); with an agent it is a reduced relative ("the proposal submitted by Iran")
    return doc.pos[k] === POS.VERB && w.endsWith('ed') && (n === POS.PUNCT || (n === POS.ADP && doc.lower[k + 1] !== 'by'));
  };
  let b = v - 1;
  while (b >= 0 && (doc.pos[b] === POS.ADV || doc.pos[b] === POS.PART)) b--;
  let k = v + 1;
  while (k < e && doc.pos[k] === POS.ADV) k++;
  if (k >= e) return false;
  // (a passive, not the progressive "is considering giving money")
  if (b >= 0 && doc.lemma[b] === 'be' && !doc.lower[v]!.endsWith('ing')) {
    if (predicate(k)) return true;
    const p = doc.pos[k]!;
    return p === POS.DET || p === POS.NOUN || p === POS.ADJ;
  }
  if (predicate(k)) return true;
  // ("consider that unacceptable": a demonstrative the tagger took for a conjunction)
  if (doc.lower[k] === 'that' && k + 1 < e && doc.pos[k + 1] === POS.ADJ && predicate(k + 1)) return true;
  // (a gerund, however tagged, is the option weighed: "considering giving food vouchers")
  if (doc.pos[k] === POS.VERB || doc.lower[k]!.endsWith('ing') || !npCanStart(doc, k)) return false;
  let j = npPPEnd(doc, k, e);
  if (j <= k) return false;
  // (an adjective right after the object's head is its predicate: "considered the deal acceptable")
  for (let i = k + 1; i < j; i++) if ((doc.pos[i - 1] === POS.NOUN || doc.pos[i - 1] === POS.PROPN) && predicate(i)) return true;
  if (predicate(j)) return true;
  while (j < e && quoteMark(doc, j)) j++;
  return j < e && doc.pos[j] === POS.DET && j + 1 < e && doc.pos[j + 1] !== POS.PUNCT;
}

/** More digits, then a non-zero last digit, is more specific (073 over 070, 0871 over 087). */
function specificity(code: string): number {
  return code.length * 2 + (code.endsWith('0') ? 0 : 1);
}
