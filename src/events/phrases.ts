// Shallow phrase finding over the token arrays, used when the clause stage has no clause for a
// trigger: noun-phrase extents, the subject to the left of a verb group, the object and the
// prepositional phrases to its right, passive voice, and realis cues in the verb group.
import { POS, type Doc } from '../nlp/doc.js';
import type { Rules } from './lexicon.js';
import { wordSet } from '../kb/words.js';
import { nameParticleAt } from '../clauses/chunk.js';

export interface Phrase {
  tokStart: number;
  tokEnd: number;
}

export interface PrepPhrase extends Phrase {
  prep: string;
}

const NOMINAL = new Uint8Array(32);
for (const p of [POS.NOUN, POS.PROPN, POS.PRON, POS.NUM, POS.ADJ, POS.DET]) NOMINAL[p] = 1;

/** Pronouns that open a relative clause rather than name a participant. */
const RELATIVE = wordSet('relative_words');
/** Words that qualify a number opening a phrase ("about 550", "more than 30"). */
const NUMBER_QUALIFIERS = wordSet('number_qualifiers');
/** Words that make the 'to' after them no recipient ("according to the ministry"). */
const TO_EXCEPTIONS = wordSet('not_recipient_to');

function isPossessive(doc: Doc, t: number): boolean {
  const w = doc.lower[t]!;
  return w === '\'s' || w === '’s' || w === '\'';
}

export function isNominal(doc: Doc, t: number): boolean {
  if (NOMINAL[doc.pos[t]!] === 1) return !(doc.pos[t] === POS.PRON && RELATIVE.has(doc.lower[t]!));
  if (isPossessive(doc, t)) return true;
  const f = doc.form[t]!;
  // A currency sign before its amount ("$400 million", "€60 million") opens a noun phrase.
  if (doc.pos[t] === POS.SYM && t + 1 < doc.length && doc.pos[t + 1] === POS.NUM) return true;
  return f === '-' || f === '&';
}

function isLinker(doc: Doc, t: number): boolean {
  const w = doc.lower[t]!;
  return w === 'of' || w === 'and';
}

/** Is token `h` a hyphen written without spaces between two words ("long-threatened")? */
function hyphenJoined(doc: Doc, h: number): boolean {
  return h > 0 && h + 1 < doc.length && doc.form[h] === '-' && doc.start[h] === doc.end[h - 1] && doc.start[h + 1] === doc.end[h];
}

/** Noun phrase ending just before `end` (exclusive), not starting before `min`. */
export function npLeft(doc: Doc, end: number, min: number): Phrase | null {
  let i = end - 1;
  if (i < min || !(isNominal(doc, i) || (i - 2 >= min && hyphenJoined(doc, i - 1)))) return null;
  while (i - 1 >= min) {
    // A determiner opens its phrase: "told reporters the attack ..." is two phrases.
    if (isNominal(doc, i - 1)) {
      if (doc.pos[i] === POS.DET) break;
      i--;
    } else if (i - 2 >= min && isLinker(doc, i - 1) && isNominal(doc, i - 2)) i -= 2;
    // A particle inside a name ("Lula da Silva") that wink tags as a determiner.
    else if (i - 2 >= min && nameParticleAt(doc, i - 1)) i -= 2;
    // The parts of a hyphenated compound written without spaces ("its long-threatened invasion",
    // "an open-ended strike", "al-Thani"), whatever their tags.
    else if (hyphenJoined(doc, i)) i--;
    else if (i - 2 >= min && hyphenJoined(doc, i - 2)) i -= 2;
    else break;
  }
  return { tokStart: i, tokEnd: end };
}

/** A verb-tagged word used as a noun after 'of' ("reports of torture"). */
function nominalVerb(doc: Doc, t: number): boolean {
  return doc.pos[t] === POS.VERB && doc.lower[t - 1] === 'of' && !doc.lower[t]!.endsWith('ing');
}

/** A participle between a determiner, number or adjective and its noun modifies it ("three stolen statues"). */
export function participleModifier(doc: Doc, t: number): boolean {
  if (t === 0 || t + 1 >= doc.length || doc.pos[t] !== POS.VERB) return false;
  const q = doc.pos[t - 1]!;
  const r = doc.pos[t + 1]!;
  return (q === POS.DET || q === POS.NUM || q === POS.ADJ) && (r === POS.NOUN || r === POS.PROPN || r === POS.ADJ);
}

/** Noun phrase starting at `start`, not running to or past `max`. */
export function npRight(doc: Doc, start: number, max: number): Phrase | null {
  let i = start;
  // A hyphenated modifier the tagger reads as a verb opens the phrase too ("aid to war-torn Mozambique").
  if (i >= max || !(isNominal(doc, i) || (i + 3 < max && hyphenJoined(doc, i + 1) && isNominal(doc, i + 3) && doc.pos[i + 3] !== POS.PRON))) return null;
  // A phrase does not continue past a pronoun subject ("they", "he") or a bare number used as a date.
  while (i + 1 < max) {
    if (isNominal(doc, i + 1) && doc.pos[i + 1] !== POS.PRON) i++;
    else if (i + 2 < max && participleModifier(doc, i + 1)) i++;
    // A hyphenated compound written without spaces ("peace-keeping force", "Syrian-backed militia").
    else if (i + 2 < max && doc.form[i] === '-' && doc.start[i] === doc.end[i - 1] && doc.start[i + 1] === doc.end[i]) i++;
    else if (i + 2 < max && isLinker(doc, i + 1) && (isNominal(doc, i + 2) || nominalVerb(doc, i + 2)) && doc.pos[i + 2] !== POS.PRON) i += 2;
    else break;
  }
  return { tokStart: start, tokEnd: i + 1 };
}

/**
 * A noun phrase from `start` with the members of a list after it ("from Seoul, Washington and Tokyo",
 * "from Britain, France, Germany and Italy"): npRight joins members with 'and' only; commas join more
 * when a last member with 'and' (or 'or') closes the list. Without one the comma opens an apposition or
 * a clause ("from Seoul, the capital"), and the phrase is npRight's.
 */
export function listRight(doc: Doc, start: number, max: number): Phrase | null {
  const np = npRight(doc, start, max);
  if (np === null) return null;
  let end = np.tokEnd;
  while (end + 1 < max && doc.form[end] === ',') {
    let k = end + 1;
    const closes = doc.lower[k] === 'and' || doc.lower[k] === 'or';
    if (closes) k++;
    const next = npRight(doc, k, max);
    if (next === null) break;
    let and = closes;
    for (let t = next.tokStart; t < next.tokEnd && !and; t++) and = doc.lower[t] === 'and';
    if (and) return { tokStart: start, tokEnd: next.tokEnd };
    end = next.tokEnd;
  }
  return np;
}

/** The head of a phrase: its last noun before an 'of' chain ("pieces of equipment" -> pieces). */
export function headOf(doc: Doc, ph: Phrase): number {
  let head = ph.tokEnd - 1;
  for (let k = ph.tokStart; k < ph.tokEnd; k++) {
    if (doc.lower[k] === 'of' || doc.lower[k] === 'and') break;
    const p = doc.pos[k]!;
    if (p === POS.NOUN || p === POS.PROPN || p === POS.PRON || p === POS.NUM) head = k;
  }
  return head;
}

function isVerbGroupWord(doc: Doc, t: number, rules: Rules): boolean {
  const p = doc.pos[t]!;
  if (p === POS.AUX || p === POS.ADV) return true;
  if (p === POS.PART) return doc.lower[t] !== 'to' && doc.lower[t] !== '\'s';
  return rules.negators.has(doc.lower[t]!) && doc.lower[t] !== 'no' && doc.lower[t] !== 'without';
}

/** First token of the verb group of the verb at `v` (auxiliaries, adverbs, negation before it). */
export function groupStart(doc: Doc, v: number, min: number, rules: Rules): number {
  let i = v;
  while (i - 1 >= min && isVerbGroupWord(doc, i - 1, rules)) i--;
  return i;
}

export interface GroupInfo {
  negated: boolean;
  modal: 'future' | 'hypothetical' | null;
  passive: boolean;
}

/** Negation, modality and voice read off the verb group [g, v]. */
export function groupInfo(doc: Doc, g: number, v: number, rules: Rules): GroupInfo {
  let negated = false;
  let modal: 'future' | 'hypothetical' | null = null;
  let be = false;
  for (let k = g; k < v; k++) {
    const w = doc.lower[k]!;
    if (rules.negators.has(w)) negated = true;
    const m = rules.modals.get(w);
    if (m !== undefined && doc.pos[k] === POS.AUX) modal = m;
    if (doc.lemma[k] === 'be' || w === 'been' || w === 'being' || w === 'get' || w === 'got') be = true;
  }
  const f = doc.lower[v]!;
  const participle = f.endsWith('ed') || f.endsWith('en') || f.endsWith('wn') || (doc.lemma[v] !== f && !f.endsWith('ing') && !f.endsWith('s'));
  return { negated, modal, passive: be && participle && !f.endsWith('ing') };
}

/**
 * The subject of the verb group starting at `g`: the noun phrase to its left, looking through a
 * 'to'-infinitive to its governing verb ("agreed to send" -> the subject of "agreed") and through
 * a relative pronoun ("forces, which attacked").
 */
export function subjectLeft(doc: Doc, g: number, min: number, rules: Rules): { np: Phrase | null; governor: number; relative: boolean } {
  let i = g;
  let governor = -1;
  for (let hop = 0; hop < 3; hop++) {
    // "prepared to resume shelling", "began firing": a gerund right after a verb is that verb's act.
    if (hop === 0 && i - 1 >= min && doc.pos[i - 1] === POS.VERB && doc.pos[g] === POS.VERB && doc.lower[g]!.endsWith('ing') && rules.gerundGovernors.has(doc.lemma[i - 1]!)) {
      governor = i - 1;
      i = groupStart(doc, i - 1, min, rules);
      continue;
    }
    if (i - 1 >= min && doc.lower[i - 1] === 'to' && doc.pos[i - 1] === POS.PART) {
      const gv = i - 2;
      if (gv >= min && (doc.pos[gv] === POS.VERB || doc.pos[gv] === POS.ADJ || doc.pos[gv] === POS.AUX)) {
        if (governor < 0) governor = gv;
        i = groupStart(doc, gv, min, rules);
        continue;
      }
      if (gv >= min && doc.pos[gv] === POS.NOUN) return { np: null, governor: gv, relative: false };
    }
    break;
  }
  let j = i - 1;
  let relative = false;
  const w = j >= min ? doc.lower[j]! : '';
  if (j >= min && (w === 'who' || w === 'which' || w === 'that') && (doc.pos[j] === POS.PRON || doc.pos[j] === POS.DET || doc.pos[j] === POS.SCONJ)) {
    j--;
    relative = true;
    if (j >= min && doc.form[j] === ',') j--;
  }
  return { np: j >= min ? npLeft(doc, j + 1, min) : null, governor, relative };
}

/** The object right after the verb (or its particle), and the prepositional phrases after that. */
/** A past participle before a noun or a name ("suspected militants", "outlawed X"), tagged as a verb. */
function openingParticiple(doc: Doc, t: number): boolean {
  const w = doc.lower[t]!;
  const next = doc.pos[t + 1];
  return doc.pos[t] === POS.VERB && w.endsWith('ed') && doc.lemma[t] !== w && (next === POS.ADJ || next === POS.NOUN || next === POS.PROPN);
}

export function argsRight(
  doc: Doc,
  after: number,
  max: number,
  limit: number,
): { object: Phrase | null; preps: PrepPhrase[]; clauseEnd: number } {
  let i = after;
  while (i < max && (doc.pos[i] === POS.ADV || doc.pos[i] === POS.PART && doc.lower[i] !== 'to')) i++;
  let object: Phrase | null = null;
  // Number qualifiers open the object ("at least 12 worshippers", "more than 30 militants").
  let q = i;
  while (q < max && q < i + 3 && (doc.pos[q] === POS.ADP || doc.pos[q] === POS.ADV || doc.pos[q] === POS.ADJ) && doc.pos[q + 1] !== POS.NOUN) q++;
  const qualified = q > i && q < max && doc.pos[q] === POS.NUM;
  const at = qualified ? q : i;
  if (at < max && doc.lower[at] !== 'that' && isNominal(doc, at)) {
    object = npRight(doc, at, max);
    if (object !== null) {
      if (qualified) object = { tokStart: i, tokEnd: object.tokEnd };
      i = object.tokEnd;
    }
  } else if (at + 1 < max && openingParticiple(doc, at)) {
    // An object opened by a participle ("extradited suspected British militant X", "freed jailed
    // journalists"): the participle modifies the noun that follows.
    const np = npRight(doc, at + 1, max);
    if (np !== null) {
      object = { tokStart: at, tokEnd: np.tokEnd };
      i = np.tokEnd;
    }
  }
  const preps: PrepPhrase[] = [];
  const stop = Math.min(max, after + limit);
  while (i < stop) {
    const p = doc.pos[i]!;
    if (p === POS.ADP || (p === POS.PART && doc.lower[i] === 'to') || doc.lower[i] === 'between') {
      let np = npRight(doc, i + 1, max);
      // A number qualifier opens the phrase as it opens an object ("to about 550 households").
      if (np === null) {
        let n = i + 1;
        while (n < max && n < i + 3 && NUMBER_QUALIFIERS.has(doc.lower[n]!)) n++;
        const num = n > i + 1 && n < max && doc.pos[n] === POS.NUM ? npRight(doc, n, max) : null;
        if (num !== null) np = { tokStart: i + 1, tokEnd: num.tokEnd };
      }
      // A past participle opens the phrase as it opens an object ("sanctions on outlawed X", "aid to
      // displaced families"): it modifies the noun that follows.
      if (np === null && i + 2 < max && openingParticiple(doc, i + 1)) {
        const rest = npRight(doc, i + 2, max);
        if (rest !== null) np = { tokStart: i + 1, tokEnd: rest.tokEnd };
      }
      if (np !== null) {
        // ("two attacks in the night according to the ministry": the source of a report, not a recipient)
        if (!(doc.lower[i] === 'to' && i > 0 && TO_EXCEPTIONS.has(doc.lower[i - 1]!))) preps.push({ prep: doc.lower[i]!, tokStart: np.tokStart, tokEnd: np.tokEnd });
        i = np.tokEnd;
        continue;
      }
      i++;
      continue;
    }
    if (p === POS.ADV || p === POS.NUM) {
      i++;
      continue;
    }
    break;
  }
  return { object, preps, clauseEnd: i };
}
