// Noun-phrase chunking from POS alone: DET/possessive + ADJ/NOUN/PROPN/NUM runs, possessive 's,
// and "of"-attachments ("President of the Republic of Azerbaijan Ilham Aliyev"). No allocation.
import type { Doc } from '../nlp/doc.js';
import { POS } from '../nlp/doc.js';
import { readDataJson } from '../kb/data.js';
import { lexicon as kbLexicon } from '../kb/lexicon.js';
import { lexicon } from './lexicon.js';

export const P_ADJ = POS.ADJ;
export const P_ADP = POS.ADP;
export const P_ADV = POS.ADV;
export const P_AUX = POS.AUX;
export const P_CCONJ = POS.CCONJ;
export const P_DET = POS.DET;
export const P_NOUN = POS.NOUN;
export const P_NUM = POS.NUM;
export const P_PART = POS.PART;
export const P_PRON = POS.PRON;
export const P_PROPN = POS.PROPN;
export const P_PUNCT = POS.PUNCT;
export const P_SCONJ = POS.SCONJ;
export const P_VERB = POS.VERB;
export const P_SYM = POS.SYM;

/** A token that can be the body of a noun phrase. */
export function isNomCore(p: number): boolean {
  return p === P_NOUN || p === P_PROPN || p === P_NUM || p === P_ADJ;
}

export function isPossessiveMark(lower: string): boolean {
  return lower === "'s" || lower === '’s' || lower === "'" || lower === '’';
}

/**
 * A capitalised "verb" inside a name ("the Red Cross", "Border Patrol"): a tagging slip, not a predicate.
 * An inflected cue verb is a title-case headline's verb, not a name word ("Obama Says Museum Will ...").
 */
export function capitalisedInName(doc: Doc, i: number, a: number): boolean {
  if (i === a || doc.pos[i] !== P_VERB) return false;
  const c = doc.form[i]!.charCodeAt(0);
  if (c < 65 || c > 90) return false;
  if (doc.pos[i - 1] !== P_PROPN || doc.form[i - 1]!.charCodeAt(0) > 90) return false;
  const lemma = doc.lemma[i]!;
  return lemma === doc.lower[i] || !lexicon().verbs.has(lemma);
}

/**
 * A lower-case particle inside a person's name between two capitalised proper nouns ("Lula da Silva",
 * "Mohammed bin Salman"; names.json nameParticles): wink tags some of them determiners, which would open a
 * noun phrase in the middle of the name.
 */
export function nameParticleAt(doc: Doc, k: number): boolean {
  if (k < 1 || k + 1 >= doc.length || doc.pos[k - 1] !== P_PROPN || doc.pos[k + 1] !== P_PROPN) return false;
  const c = doc.form[k]!.charCodeAt(0);
  if (c < 97 || c > 122 || !kbLexicon().nameParticles.has(doc.lower[k]!)) return false;
  const a = doc.form[k - 1]!.charCodeAt(0);
  const b = doc.form[k + 1]!.charCodeAt(0);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

/** A token that can open a noun phrase. */
export function npCanStart(doc: Doc, i: number): boolean {
  const p = doc.pos[i]!;
  return isNomCore(p) || p === P_DET || p === P_PRON || describingParticiple(doc, i);
}

let attributive: ReadonlySet<string> | null = null;

/**
 * "met with visiting Vietnamese Prime Minister X", "clashed with advancing troops": after 'with', one of
 * rules.json attributiveParticiples followed by a noun phrase describes that noun (its doer), as an
 * adjective would; it is no verb of the clause.
 */
function describingParticiple(doc: Doc, i: number): boolean {
  if (doc.pos[i] !== P_VERB || i === 0 || i + 1 >= doc.length || doc.lower[i - 1] !== 'with') return false;
  if (!isNomCore(doc.pos[i + 1]!)) return false;
  attributive ??= new Set(readDataJson<{ attributiveParticiples: string[] }>('cameo/rules.json').attributiveParticiples);
  return attributive.has(doc.lower[i]!);
}

/**
 * End (exclusive) of the noun phrase starting at token i, not past `lim`; i when no NP starts there.
 * With `attachOf`, "of" + NP continues the phrase.
 */
export function npEnd(doc: Doc, i: number, lim: number, attachOf = true): number {
  const p = doc.pos;
  const lower = doc.lower;
  let j = i;
  if (j >= lim) return i;
  const poss = lexicon().possessives;
  const first = p[j]!;
  let det = false;
  if (first === P_DET || (first === P_PRON && poss.has(lower[j]!))) {
    det = true;
    j++;
  } else if (first === P_PRON) {
    return i + 1;
  } else if (describingParticiple(doc, i)) {
    j++;
  }
  let core = false;
  while (j < lim) {
    const q = p[j]!;
    if (isNomCore(q)) {
      core = true;
      j++;
      continue;
    }
    if (core && capitalisedInName(doc, j, i)) {
      j++;
      continue;
    }
    if (core && q === P_PART && isPossessiveMark(lower[j]!)) {
      j++;
      continue;
    }
    if (q === P_ADV && j + 1 < lim && p[j + 1] === P_ADJ && j + 2 < lim && isNomCore(p[j + 2]!)) {
      j++;
      continue;
    }
    // Participles inside a phrase: "the seized weapons", "an ongoing process".
    if (q === P_VERB && det && j === i + 1 && j + 1 < lim && p[j + 1] === P_NOUN) {
      j++;
      continue;
    }
    if (core && q === P_PUNCT && doc.form[j] === '-' && j + 1 < lim && isNomCore(p[j + 1]!) && doc.start[j] === doc.end[j - 1]) {
      j++;
      continue;
    }
    // A hyphenated participle modifier: "the Saudi-led coalition", "government-controlled areas".
    if (core && q === P_PUNCT && doc.form[j] === '-' && j + 2 < lim && p[j + 1] === P_VERB && isNomCore(p[j + 2]!) && doc.start[j] === doc.end[j - 1] && doc.start[j + 1] === doc.end[j]) {
      j += 2;
      continue;
    }
    break;
  }
  // "this", "that", "those" alone; "her" with no noun after it is the object pronoun ("endorsed her on
  // Tuesday"), not a possessive
  if (!core) return det && (first === P_DET || lexicon().objectPronouns.has(lower[i]!)) ? i + 1 : i;
  if (attachOf && j + 1 < lim && lower[j] === 'of' && npCanStart(doc, j + 1)) {
    const e = npEnd(doc, j + 1, lim, true);
    if (e > j + 1) j = e;
  }
  return j;
}

/**
 * Start of the noun phrase ending at token j (inclusive), not before `lo`; j + 1 when token j ends none.
 * Crosses "of" between nominals and possessive 's.
 */
export function npStartBack(doc: Doc, j: number, lo: number): number {
  const p = doc.pos;
  const lower = doc.lower;
  if (j < lo) return j + 1;
  const q = p[j]!;
  if (q === P_PRON) return lexicon().possessives.has(lower[j]!) ? j + 1 : j;
  // A capitalised verb inside a name ("Human Rights Watch") is part of the noun phrase.
  if (!isNomCore(q) && !capitalisedInName(doc, j, lo)) return j + 1;
  const poss = lexicon().possessives;
  let i = j;
  while (i - 1 >= lo) {
    const r = p[i - 1]!;
    if (isNomCore(r) || capitalisedInName(doc, i - 1, lo)) {
      i--;
      continue;
    }
    if (i - 2 >= lo && nameParticleAt(doc, i - 1)) {
      i -= 2;
      continue;
    }
    if (r === P_PART && isPossessiveMark(lower[i - 1]!) && i - 2 >= lo && (isNomCore(p[i - 2]!) || p[i - 2] === P_PRON)) {
      i--;
      continue;
    }
    if (lower[i - 1] === 'of' && i - 2 >= lo && isNomCore(p[i - 2]!)) {
      i--;
      continue;
    }
    // "a spokesman for the ministry", "a former adviser for President Trump": whom they serve is part of the phrase.
    if (lower[i - 1] === 'for' && i - 2 >= lo && kbLexicon().servingForms.has(lower[i - 2]!)) {
      i--;
      continue;
    }
    if (r === P_DET || (r === P_PRON && poss.has(lower[i - 1]!))) {
      i--;
      break;
    }
    if (r === P_PRON && i - 1 >= lo && p[i] === P_PART) {
      i--; // "his 's"? rare; a pronoun possessor
      break;
    }
    break;
  }
  return i;
}

/**
 * "at least 12 people", "more than 500 civilians": the number token after a qualifier starting at
 * token i (data/clause-grammar.json numberQualifiers), or -1.
 */
export function qualifiedNumber(doc: Doc, i: number, lim: number): number {
  const list = lexicon().numberQualifiers.get(doc.lower[i]!);
  if (list === undefined) return -1;
  for (const words of list) {
    const n = i + words.length;
    if (n >= lim || doc.pos[n] !== P_NUM) continue;
    let k = 1;
    while (k < words.length && doc.lower[i + k] === words[k]) k++;
    if (k === words.length) return n;
  }
  return -1;
}

/** Head of the NP [a, b): the last nominal before the first "of", comma or clause word. */
export function npHead(doc: Doc, a: number, b: number): number {
  const p = doc.pos;
  let head = a;
  for (let k = a; k < b; k++) {
    const q = p[k]!;
    if (doc.lower[k] === 'of' || q === P_PUNCT) break;
    // "a spokesman for the company": the serving title is the head (see npStartBack)
    if (doc.lower[k] === 'for' && k > a && kbLexicon().servingForms.has(doc.lower[k - 1]!)) break;
    if (q === P_NOUN || q === P_PROPN || q === P_PRON || q === P_NUM) head = k;
  }
  return head;
}

/** The token before a short parenthesis that ends at k ("Jane Doe (D-Vt.)" -> "Doe"); k itself when none ends there. */
export function parenthesisBefore(doc: Doc, k: number, a: number): number {
  if (k - 2 < a || doc.form[k] !== ')') return k;
  let t = k - 1;
  while (t > a && t > k - 12 && doc.form[t] !== '(') t--;
  return doc.form[t] === '(' ? t - 1 : k;
}
