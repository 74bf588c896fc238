// Shared machinery of the frame finders: the working context, frame construction, content ends,
// speaker phrases before and after a cue, and adjunct skipping between a cue and its complement.
import { POS, type Doc } from '../nlp/doc.js';
import type { Stance } from '../schema.js';
import {
  P_ADJ, P_ADP, P_ADV, P_AUX, P_CCONJ, P_DET, P_NOUN, P_NUM, P_PART, P_PRON, P_PROPN, P_PUNCT, P_SCONJ, P_VERB,
  isPossessiveMark, npCanStart, npEnd, npStartBack, parenthesisBefore,
} from './chunk.js';
import type { Cue } from './lexicon.js';
import { lexicon } from './lexicon.js';
import { makeArg, startsVerbGroup, subjectBefore } from './predicates.js';
import type { QuoteMarks } from './quotemarks.js';
import type { Arg, Clause, Frame } from './types.js';

/** Token range the frames work on, with the sentence bounds. */
export interface Ctx {
  doc: Doc;
  clauses: Clause[];
  /** Clause index by the first token of its predicate, -1 elsewhere. */
  clauseAt: Int32Array;
  /** Token i is inside (or is a mark of) direct quote number quoteOf[i], -1 outside. */
  quoteOf: Int32Array;
  marks: QuoteMarks;
  used: Uint8Array;
  out: Frame[];
  /** 1 where a token belongs to a mention of an actor. */
  actorTok: Uint8Array;
  /** End (exclusive) of the person mention of an actor that starts at each token, -1 elsewhere. */
  personEnd: Int32Array;
}

export function isComma(doc: Doc, k: number): boolean {
  return doc.form[k] === ',';
}

export function isQuoteTok(ctx: Ctx, k: number): boolean {
  const q = ctx.quoteOf[k]!;
  if (q < 0) return false;
  const qa = ctx.marks.qa[q]!;
  const qb = ctx.marks.qb[q]!;
  return k === qa || k === qb || (k === qa + 1 && ctx.doc.form[k] === ctx.doc.form[qa]) || (k === qb - 1 && ctx.doc.form[k] === ctx.doc.form[qb]);
}

/** End (exclusive) of content starting at k in the sentence ending at b: before final punctuation or ';'. */
/** Longest indirect content in tokens: keeps frame finding linear on run-on text without sentence ends. */
const MAX_CONTENT_TOKENS = 400;

export function contentEnd(ctx: Ctx, k: number, b: number): number {
  const doc = ctx.doc;
  // Content that starts inside a direct quote ends with it ("I think it was fine," he said).
  const q = ctx.quoteOf[k]!;
  if (q >= 0 && ctx.marks.qa[q]! < k && ctx.marks.qb[q]! < b) b = ctx.marks.qb[q]! - (doc.form[ctx.marks.qb[q]!] === "'" ? 1 : 0);
  if (b - k > MAX_CONTENT_TOKENS) b = k + MAX_CONTENT_TOKENS; // run-on "sentences" stay linear
  let e = k;
  while (e < b && doc.form[e] !== ';') e++;
  while (e > k && doc.pos[e - 1] === P_PUNCT && !isQuoteTok(ctx, e - 1)) e--;
  return e;
}

export function frame(
  ctx: Ctx, sentence: number, speaker: Arg | null, cueA: number, cueB: number,
  ca: number, cb: number, direct: boolean, stance: Stance, inherits: boolean,
): void {
  const doc = ctx.doc;
  if (cb <= ca) return;
  if (!direct && timeOnly(doc, ca, cb)) return;
  ctx.out.push({
    sentence,
    speaker,
    speakerActor: -1,
    cue: { tokStart: cueA, tokEnd: cueB },
    content: { start: doc.start[ca]!, end: doc.end[cb - 1]! },
    direct,
    stance,
    parent: -1,
    contentTok: { tokStart: ca, tokEnd: cb },
    inherits,
    inherited: -1,
  });
}

/**
 * A content that is a time phrase with nothing of its own after it but adjuncts ('" ...," Rubio said Sunday in
 * Virginia as the crowd roared' when the quotation's opening mark was missed; "the debate on Saturday",
 * "insisted Thursday during a tour"): the time of the report, not what it reports.
 */
function timeOnly(doc: Doc, ca: number, cb: number): boolean {
  // "on Thursday" alone
  if (doc.pos[ca] === P_ADP && ca + 1 < cb && timePhraseEnd(doc, ca + 1, cb) >= cb) return true;
  const e = timePhraseEnd(doc, ca, cb);
  if (e === ca) return false;
  // ("each year of education yields ...": an 'of' phrase makes the time noun a subject's head)
  return e >= cb || (doc.pos[e] === P_ADP && doc.lower[e] !== 'of') || doc.pos[e] === P_SCONJ;
}

/** Parts of speech of a subject a quantifier may float after ("the two both", "they all"). */
const floatHost = new Set<number>([P_NOUN, P_PROPN, P_PRON, P_NUM]);

/**
 * Whether the parenthesis (o ... c) holds a party or state label ("(R-Nebr.)", "(D-N.Y.)", "(R)"): a
 * hyphen inside, or one single-letter word.
 */
function partyParenthesis(doc: Doc, o: number, c: number): boolean {
  if (c - o === 2) return doc.form[o + 1]!.length === 1;
  for (let t = o + 1; t < c; t++) if (doc.form[t] === '-') return true;
  return false;
}

/** A quantifier standing alone as a subject at k: nothing but punctuation or a conjunction before it ("Some said", "And both vowed"). */
function standingQuantifier(doc: Doc, k: number, a: number): boolean {
  if (!lexicon().quantifierSubjects.has(doc.lower[k]!)) return false;
  if (k === a) return true;
  const p = doc.pos[k - 1];
  return p === P_PUNCT || p === P_CCONJ;
}

/** Is token h inside a person mention of an actor that starts at or after a? */
function personCovers(ctx: Ctx, a: number, h: number): boolean {
  for (let t = h; t >= a; t--) if (ctx.personEnd[t]! > h) return true;
  return false;
}

/**
 * The speaker NP before a cue group at gs: skips adverbs and a time phrase ("on Tuesday"), and an
 * appositive or relative clause between commas ("Mike Smith, a strategist, said").
 */
export function speakerBefore(ctx: Ctx, gs: number, a: number): Arg | null {
  const doc = ctx.doc;
  const lex = lexicon();
  let k = gs - 1;
  for (;;) {
    while (k >= a && (doc.pos[k] === P_ADV || lex.speakerAdverbs.has(doc.lower[k]!)) && !standingQuantifier(doc, k, a)) k--;
    if (k - 1 >= a && lex.timeNouns.has(doc.lower[k]!)) {
      // "on Monday", "last week", "Monday" between the speaker and the cue
      let t = k - 1;
      if (doc.pos[t] === P_DET || doc.pos[t] === P_ADJ) t--;
      if (t >= a && doc.pos[t] === P_ADP) t--;
      k = t;
      continue;
    }
    if (k - 1 >= a && lex.quantifierSubjects.has(doc.lower[k]!) && floatHost.has(doc.pos[k - 1]!)) {
      // a floating quantifier: "The two both said", "They all agreed"
      k--;
      continue;
    }
    if (k - 2 >= a && doc.form[k] === ')') {
      // "Sen. Jane Doe (D-Vt.) said"
      const t = parenthesisBefore(doc, k, a);
      if (t < k) {
        k = t;
        continue;
      }
    }
    if (k - 3 >= a && isComma(doc, k) && doc.form[k - 1] === ')') {
      // "Rep. Hal Daub (R-Nebr.), said": a stray comma after a name's party parenthesis closes no
      // appositive (after an acronym it may: "David Wood, spokesman of the General Agreement on Tariffs
      // and Trade (GATT), told")
      const t = parenthesisBefore(doc, k - 1, a);
      if (t < k - 1 && doc.pos[t] === P_PROPN && partyParenthesis(doc, t + 1, k - 1)) {
        k = t;
        continue;
      }
    }
    break;
  }
  if (k < a) return null;
  // "NP, appositive or relative clause, said", "NP — appositive or aside — said"
  const delimiter = isComma(doc, k) ? isComma : parentheticalDash(doc, k) ? parentheticalDash : null;
  if (delimiter !== null) {
    let c = k - 1;
    const lim = Math.max(a, k - 40);
    while (c >= lim && !delimiter(doc, c) && ctx.quoteOf[c] < 0) c--;
    if (c >= lim && delimiter(doc, c) && c - 1 >= a) {
      // "Sen. Roy Blunt (R-Mo.), facing a stiff challenge, noted": the name before its parenthesis
      const e = parenthesisBefore(doc, c - 1, a);
      const s = npStartBack(doc, e, a);
      // "The party's leader, Kemal Kilicdaroglu, said", "The bloc's chairman, Nigerian President Bola
      // Tinubu, said", "Dunn's mother, Charlotte Charles, said": a phrase whose head is no person's name,
      // then a person's name that makes up the whole appositive: the person speaks (not the body the role
      // belongs to, nor its possessor).
      if (s <= e && ctx.personEnd[c + 1] === k && !personCovers(ctx, s, e)) return makeArg(doc, c + 1, k);
      if (s <= e) return makeArg(doc, s, c);
    }
    return null;
  }
  // a capitalised one-word name the tagger calls a verb opens the sentence ("Cook said ...", "Lynch
  // announced ..."): nothing before it but punctuation, and the cue right after it; not a participle
  // ("Having announced ...")
  if (k === gs - 1 && (k === a || doc.pos[k - 1] === POS.PUNCT) && capitalVerb(doc, k) && !doc.lower[k]!.endsWith('ing')) return makeArg(doc, k, k + 1);
  // "Some said ...", "And both vowed ...": the quantifier is the speaker (no actor of its own)
  if (standingQuantifier(doc, k, a)) return makeArg(doc, k, k + 1);
  let subj = subjectBefore(doc, k, a);
  // a hyphenated name ("Ms. Shanklin-Hawkins said")
  while (subj !== null && subj.tokStart - 2 >= a && doc.form[subj.tokStart - 1] === '-' && doc.start[subj.tokStart] === doc.end[subj.tokStart - 1] && doc.end[subj.tokStart - 2] === doc.start[subj.tokStart - 1]) {
    const s = npStartBack(doc, subj.tokStart - 2, a);
    if (s > subj.tokStart - 2) break;
    subj = makeArg(doc, s, subj.tokEnd);
  }
  // "the health ministry in Gaza said", "a spokesman for the army said", "a study by the council found"
  while (subj !== null && subj.tokStart - 2 >= a && doc.pos[subj.tokStart - 1] === P_ADP && doc.pos[subj.tokEnd - 1] !== P_PRON) {
    if (!lex.speakerPhrasePreps.has(doc.lower[subj.tokStart - 1]!)) break;
    const s = npStartBack(doc, subj.tokStart - 2, a);
    if (s > subj.tokStart - 2) break;
    subj = makeArg(doc, s, subj.tokEnd);
  }
  if (subj !== null && subj.tokEnd - subj.tokStart === 1 && lex.relativePronouns.has(doc.lower[subj.tokStart]!)) {
    // "who said": the antecedent ("Trump, who said ...")
    let r = subj.tokStart - 1;
    if (r >= a && isComma(doc, r)) r--;
    if (r >= a) {
      const s = npStartBack(doc, r, a);
      if (s <= r) return makeArg(doc, s, r + 1);
    }
  }
  return subj;
}

/** The rest of a sentence after a parenthetical cue is more content ("The plan, he said, is dead"), not an appositive. */
export function continuesClause(ctx: Ctx, k: number, b: number): boolean {
  const doc = ctx.doc;
  if (lexicon().relativePronouns.has(doc.lower[k]!)) return false;
  if (doc.pos[k] === P_VERB && doc.lower[k]!.endsWith('ing')) return false; // ", adding that ...
  // an adjunct of the report: "..., the military said, days after the North threatened ..."
  const t = doc.pos[k] === P_NUM || doc.pos[k] === P_DET ? k + 1 : k;
  if (t + 1 < b && lexicon().reportAdjunctNouns.has(doc.lower[t]!) && (doc.pos[t + 1] === P_ADP || doc.pos[t + 1] === P_SCONJ)) return false;
  const lim = Math.min(b, k + MAX_CONTENT_TOKENS);
  for (let t = k; t < lim; t++) if (doc.pos[t] === P_AUX || doc.pos[t] === P_VERB) return true;
  return false;
}

/** A capitalised word the tagger calls a verb: a name ("said Cook provided", "The Post and Courier"). */
export function capitalVerb(doc: Doc, k: number): boolean {
  const c = doc.form[k]!.charCodeAt(0);
  return doc.pos[k] === POS.VERB && c >= 65 && c <= 90;
}

/** A dash standing apart from its neighbours: one of a pair around an aside ("Sims — a teacher — says"). */
function parentheticalDash(doc: Doc, k: number): boolean {
  return lexicon().parentheticalDashes.has(doc.form[k]!) && k > 0 && doc.start[k] !== doc.end[k - 1];
}

/** Speaker NP right after a cue ("..., said Republican strategist Ryan Williams."). */
export function speakerAfter(doc: Doc, k: number, b: number): Arg | null {
  if (k >= b) return null;
  // a capitalised word the tagger calls a verb opens the speaker ('"...," said Concord resident John
  // Smith', '"...," said Cook.'): a name or a place word before a noun phrase, or a name alone
  if (capitalVerb(doc, k) && !doc.lower[k]!.endsWith('ing')) {
    if (k + 1 >= b || doc.pos[k + 1] === POS.PUNCT) return makeArg(doc, k, k + 1);
    const n = doc.pos[k + 1]!;
    if (n !== POS.NOUN && n !== POS.PROPN) return null;
    return makeArg(doc, k, Math.max(k + 1, npEnd(doc, k + 1, b)));
  }
  if (!npCanStart(doc, k)) return null;
  const e = npEnd(doc, k, b);
  if (e <= k) return null;
  // '"...," said his father, Omar Haddad, after ...': a name in apposition names the speaker; the arg
  // spans both, and its actor is the name's when the first phrase has none.
  if (e + 2 < b && doc.form[e] === ',' && doc.pos[e + 1] === POS.PROPN && doc.pos[k] !== POS.PROPN) {
    let n = e + 1;
    while (n < b && doc.pos[n] === POS.PROPN) n++;
    if (n === b || doc.pos[n] === POS.PUNCT) return makeArg(doc, k, n);
  }
  return makeArg(doc, k, e);
}

export function cueOf(c: Clause): Cue | undefined {
  return lexicon().verbs.get(c.lemma);
}

/** Speaker of the last frame of sentence s whose cue precedes token k. */
export function previousSpeaker(ctx: Ctx, s: number, k: number, finite = false): Arg | null {
  let best: Frame | null = null;
  const doc = ctx.doc;
  // All frames, not only the latest: the direct-quote frames of the whole story come first, so the
  // frame of this sentence's quote may lie far back ('"...," said Ed Rendell, referring to ...').
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const f = ctx.out[i]!;
    // with `finite`, only a frame cued by a finite verb ("said ... and said"; not "vowing", "to fight")
    const c = f.cue.tokStart;
    if (finite && ((c > 0 && doc.lower[c - 1] === 'to') || (doc.pos[c] === P_VERB && doc.lower[c]!.endsWith('ing')))) continue;
    // a direct frame belongs to the sentence its quote opens in; its cue may close a later one
    if ((f.sentence === s || doc.sentOf[c] === s) && c < k && f.speaker !== null && (best === null || c > best.cue.tokStart)) best = f;
  }
  return best === null ? null : best.speaker;
}

/** Subject of the first clause of the sentence before clause ci (the speaker of ", saying that ..."). */
export function mainSubject(ctx: Ctx, s: number, ci: number): Arg | null {
  for (let k = ci - 1; k >= 0; k--) {
    const c = ctx.clauses[k]!;
    if (c.sentence !== s) break;
    if (c.subject !== null && c.voice === 'active') return c.subject;
  }
  return null;
}

/** End of a time phrase at k ("Tuesday", "this week", "last month", "earlier this year"), or k. */
export function timePhraseEnd(doc: Doc, k: number, b: number): number {
  const lex = lexicon();
  let t = k;
  if (t < b && doc.pos[t] === P_ADV && t + 1 < b && (doc.pos[t + 1] === P_DET || doc.pos[t + 1] === P_ADJ)) t++;
  if (t < b && (doc.pos[t] === P_DET || doc.pos[t] === P_ADJ)) t++;
  if (t >= b || !lex.timeNouns.has(doc.lower[t]!)) return k;
  // "Saturday night", "Tuesday morning": a day and its part are one phrase
  while (t + 1 < b && lex.timeNouns.has(doc.lower[t + 1]!)) t++;
  return t + 1;
}

/** A negated to-infinitive at k ("not to go", "never to return"). */
export function negatedInfinitive(doc: Doc, k: number, b: number): boolean {
  return k + 2 < b && lexicon().negators.has(doc.lower[k]!) && doc.lower[k + 1] === 'to' && (doc.pos[k + 2] === P_VERB || doc.pos[k + 2] === P_AUX);
}

/**
 * Skip short adjuncts between a cue and its complement ("said Tuesday that", "said in a statement
 * that", "told reporters on Monday that"): taken only when a complement opener follows (with
 * `infinitive`, a to-infinitive too).
 */
export function skipAdjuncts(ctx: Ctx, k: number, b: number, infinitive = false): number {
  const doc = ctx.doc;
  const lex = lexicon();
  let t = k;
  for (let round = 0; round < 3 && t < b; round++) {
    if (round > 0 && lex.whWords.has(doc.lower[t]!)) break; // "whether" tagged as a preposition
    // the programme named after an adjunct's noun ("said on NBC's “Meet the Press” that ...") is part of it
    const q = ctx.quoteOf[t]!;
    if (q >= 0 && t > k && ctx.marks.qa[q] === t && titleQuote(ctx, q)) {
      t = ctx.marks.qb[q]! + 1;
      round--;
      continue;
    }
    const te = timePhraseEnd(doc, t, b);
    if (te > t) {
      t = te;
      continue;
    }
    if (doc.pos[t] === P_ADP && doc.lower[t] !== 'to' && doc.lower[t] !== 'of' && t + 1 < b) {
      const e = npEnd(doc, t + 1, b);
      if (e > t + 1) {
        t = subjectNameInAdjunct(doc, t + 2, e, b);
        continue;
      }
    }
    if (doc.pos[t] === P_ADV) {
      t++;
      continue;
    }
    break;
  }
  if (t === k || t >= b) return k;
  if (isComma(doc, t) && t + 1 < b && (ctx.quoteOf[t + 1]! >= 0 || lex.complementizers.has(doc.lower[t + 1]!))) return t + 1;
  if (lex.complementizers.has(doc.lower[t]!) || doc.form[t] === ':' || ctx.quoteOf[t]! >= 0) return t;
  // "asked on Monday whether ...", "asked by a reporter what ..."
  if (lex.whWords.has(doc.lower[t]!) && t + 1 < b && doc.pos[t + 1] !== P_PUNCT) return t;
  if (finiteClauseAt(doc, t, b)) return t;
  // for a cue that takes one, an infinitive after a time phrase or other adjunct ("vowed on Tuesday to
  // fight on", "urged parliament Monday to pass the bill"); not after an adverb, which belongs to it
  // ("urged him not to go", "told them never to speak"), nor after a measure ("declining by one pct a
  // year to par")
  const neg = negatedInfinitive(doc, t, b) ? 1 : 0; // "vowed on Tuesday not to"
  const inf = t + neg;
  if (infinitive && doc.lower[inf] === 'to' && doc.pos[t - 1] !== P_ADV && inf + 1 < b && (doc.pos[inf + 1] === P_VERB || doc.pos[inf + 1] === P_AUX)) {
    let measure = false;
    for (let u = k; u + 1 < t && !measure; u++) measure = doc.lower[u] === 'by' && doc.pos[u + 1] === P_NUM;
    if (!measure) return t;
  }
  return k;
}

/** Most tokens between the marks of a quoted name or title ("This Week With George Stephanopoulos"). */
const MAX_TITLE_TOKENS = 8;

/**
 * Quote q names a programme, book or publication: it follows a noun or a possessive with no comma or
 * colon between ("on NBC's “Meet the Press”", "on the podcast “Here's the Thing”") and its words are in
 * title case (the first and every word of four letters or more capitalised). Such a quotation belongs
 * to the noun phrase before it; it is no cue's complement.
 */
export function titleQuote(ctx: Ctx, q: number): boolean {
  const doc = ctx.doc;
  const qa = ctx.marks.qa[q]!;
  const qb = ctx.marks.qb[q]!;
  if (qa === 0) return false;
  const p = doc.pos[qa - 1]!;
  if (p !== P_NOUN && p !== P_PROPN && !(p === P_PART && isPossessiveMark(doc.lower[qa - 1]!))) return false;
  let first = qa + 1;
  while (first < qb && doc.form[first] === doc.form[qa]) first++; // the second mark of `` or ''
  let last = qb - 1;
  while (last >= first && (doc.form[last] === doc.form[qb] || doc.pos[last] === P_PUNCT)) last--;
  if (last < first || last - first + 1 > MAX_TITLE_TOKENS) return false;
  for (let t = first; t <= last; t++) {
    const f = doc.form[t]!;
    const c = f.charCodeAt(0);
    if (t === first ? !(c >= 65 && c <= 90) : f.length >= 4 && c >= 97 && c <= 122) return false;
  }
  return true;
}

/**
 * The chunker runs an adjunct's noun into the name that opens a zero-that clause after it ("said on
 * Sunday Iran had seized ...", "said in a statement Japan would ..."): the name right after a time noun
 * or a noun of the report's setting (clause-grammar.json reportSettingNouns) where a finite clause
 * starts, else the adjunct's end e.
 */
function subjectNameInAdjunct(doc: Doc, a: number, e: number, b: number): number {
  if (finiteClauseAt(doc, e, b)) return e;
  const lex = lexicon();
  for (let j = a; j < e; j++) {
    if (doc.pos[j] !== P_PROPN) continue;
    const w = doc.lower[j - 1]!;
    if (!lex.timeNouns.has(w) && !(doc.pos[j - 1] === P_NOUN && lex.reportSettingNouns.has(w))) continue;
    if (finiteClauseAt(doc, j, b)) return j;
  }
  return e;
}

/** A finite clause starts at t (zero-that complement after an adjunct: "said on Monday the plan is dead"). */
export function finiteClauseAt(doc: Doc, t: number, b: number): boolean {
  if (!npCanStart(doc, t)) return false;
  return startsVerbGroup(doc, npPPEnd(doc, t, b, true), b);
}

/**
 * End of an NP with its prepositional attachments ("support for the bill"); with `adjuncts`, also
 * locative and temporal ones ("the language in the platform", to find the verb of a subject NP).
 */
export function npPPEnd(doc: Doc, k: number, b: number, adjuncts = false, agents = false): number {
  let e = npEnd(doc, k, b);
  if (e <= k) return k;
  const stop = lexicon().adjunctPreps;
  for (let n = 0; n < 4 && e + 1 < b && doc.pos[e] === P_ADP; n++) {
    const w = doc.lower[e]!;
    if (w === 'to' || (w === 'by' && !agents) || (!adjuncts && stop.has(w))) break;
    const e2 = npEnd(doc, e + 1, b);
    if (e2 <= e + 1) break;
    e = e2;
  }
  return e;
}
