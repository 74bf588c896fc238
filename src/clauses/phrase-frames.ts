// Reporting frames cued by phrases rather than verbs: "according to X", nominal cues ("his warning
// that", "support for"), predicative adjectives ("critical of", "confident that") and headline
// attributions ("Sanders: ...").
import { P_ADJ, P_ADP, P_AUX, P_CCONJ, P_ADV, P_NOUN, P_PART, P_PRON, P_PROPN, P_PUNCT, P_VERB, npEnd, npStartBack } from './chunk.js';
import type { Ctx } from './frame-ctx.js';
import { contentEnd, frame, isComma, isQuoteTok, npPPEnd, speakerBefore } from './frame-ctx.js';
import { lexicon } from './lexicon.js';
import { makeArg } from './predicates.js';
import type { Doc } from '../nlp/doc.js';
import type { Arg } from './types.js';

/** "according to X, ..." and "..., according to X." */
export function accordingFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a; k + 2 < b; k++) {
    if (doc.lower[k] !== 'according' || doc.lower[k + 1] !== 'to') continue;
    let first = a;
    while (first < k && (doc.pos[first] === P_CCONJ || doc.pos[first] === P_ADV)) first++;
    let e = npEnd(doc, k + 2, b);
    // The source runs to the next punctuation when the tagger breaks the NP ("exit polls" with "exit"
    // a verb, "reports Mr. X filed"): after the content, or before its comma.
    if (e <= k + 2 || (e < b && doc.pos[e] !== P_PUNCT)) e = sourceEnd(doc, k + 2, b, e);
    if (e <= k + 2) continue;
    const speaker = makeArg(doc, k + 2, e);
    // "..., according to the statement": a document named with 'the' alone is one the current speaker of
    // the discourse gave ("the Turkish presidency said ... according to the statement"); the frame keeps
    // the document as its speaker phrase and inherits that speaker's actor.
    // (a lower-case noun: "according to the Post" names a newspaper)
    const bareDocument = e === k + 4 && doc.lower[k + 2] === 'the' && doc.form[k + 3] === doc.lower[k + 3] && lexicon().documents.has(doc.lower[k + 3]!);
    if (first === k) {
      let ca = e;
      if (ca < b && isComma(doc, ca)) ca++;
      frame(ctx, s, speaker, k, k + 2, ca, contentEnd(ctx, ca, b), false, 'asserted', bareDocument);
    } else {
      let cb = k;
      // (a closing parenthesis stays: "he told Sen. Jeff Flake (R-Ariz.), according to ..." attributes the
      // clause, not the words in the parenthesis)
      while (cb > a && doc.pos[cb - 1] === P_PUNCT && !isQuoteTok(ctx, cb - 1) && doc.form[cb - 1] !== ')') cb--;
      if (e < b && isComma(doc, e) && e + 2 < b) cb = contentEnd(ctx, e + 1, b); // "X, according to Y, is ..."
      frame(ctx, s, speaker, k, k + 2, cb > k ? a : postposedSourceStart(ctx, a, cb), cb, false, 'asserted', bareDocument);
    }
    k = e;
  }
}

/**
 * "In a CNN survey released Monday, 50 percent ...": an opening "in" phrase naming a poll or survey is
 * the source of a sentence that no cue verb frames; the content starts after the phrase's comma.
 */
export function pollFrames(ctx: Ctx, s: number, framed: Uint8Array): void {
  if (framed[s] === 1) return;
  const doc = ctx.doc;
  const lex = lexicon();
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a; k + 2 < b; k++) {
    if (doc.lower[k] !== 'in' || ctx.quoteOf[k]! >= 0) continue;
    const e = npEnd(doc, k + 1, b);
    let source = false;
    for (let t = k + 1; t < e && !source; t++) source = lex.sourceNouns.has(doc.lower[t]!);
    if (!source) continue;
    let first = a;
    while (first < k && (doc.pos[first] === P_CCONJ || doc.pos[first] === P_ADV)) first++;
    if (first === k) {
      // "In a poll released Monday, ...": the content follows the phrase's comma
      let c = e;
      while (c < b && c < e + 12 && !isComma(doc, c)) c++;
      if (c + 2 >= b || !isComma(doc, c)) return;
      frame(ctx, s, makeArg(doc, k + 1, e), k, k + 1, c + 1, contentEnd(ctx, c + 1, b), false, 'asserted', false);
    }
    // after the content ("X leads in the polls") it is as often a standing as a source: not taken
    return;
  }
}

/**
 * "The group reportedly spent ...", "Reportedly, he made ...": hearsay adverbs attribute their clause,
 * subject included, to unnamed others (a frame with no speaker); the clause ends at its comma.
 */
export function hearsayFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const lex = lexicon();
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a; k + 1 < b; k++) {
    if (doc.pos[k] !== P_ADV || !lex.hearsayAdverbs.has(doc.lower[k]!)) continue;
    if (isComma(doc, k + 1)) {
      // "Reportedly, he made ..."
      if (k + 3 < b) frame(ctx, s, null, k, k + 1, k + 2, contentEnd(ctx, k + 2, b), false, 'asserted', false);
      continue;
    }
    // the clause whose verb group holds the adverb ("has reportedly been") or starts right after it
    let ci = -1;
    for (let t = k; t >= a && t >= k - 3 && ci < 0; t--) {
      const c = ctx.clauseAt[t]!;
      if (c >= 0 && ctx.clauses[c]!.predEnd > k) ci = c;
    }
    if (ci < 0 && k + 1 < b) ci = ctx.clauseAt[k + 1]!;
    if (ci < 0) continue;
    const c = ctx.clauses[ci]!;
    const ca = c.subject !== null && c.subject.tokEnd <= c.predStart && !lex.relativePronouns.has(doc.lower[c.subject.tokStart]!) ? c.subject.tokStart : c.predStart;
    let cb = contentEnd(ctx, c.predEnd, b);
    for (let t = c.predEnd; t < cb; t++) if (isComma(doc, t) && ctx.quoteOf[t]! < 0) {
      cb = t;
      break;
    }
    frame(ctx, s, null, k, k + 1, ca, cb, false, 'asserted', false);
  }
}

/**
 * Start of the content before a postposed "according to" ending at cb: the sentence's start `a`, or
 * the clause the source is attached to: after an open parenthesis or a label's colon ("(the actual number is
 * closer to 15 percent, according to ...)", "Superdelegates: Clinton is backed by 520, according to
 * ..."), or a relative clause after the last comma (", which stood at 263, according to ...").
 */
function postposedSourceStart(ctx: Ctx, a: number, cb: number): number {
  const doc = ctx.doc;
  let comma = -1;
  for (let t = cb - 1; t > a; t--) {
    if (ctx.quoteOf[t]! >= 0) continue;
    const f = doc.form[t]!;
    if (f === ')') return a;
    // a colon after a short label ("Superdelegates:"), not one that opens a quotation after its cue
    if (f === '(' || (f === ':' && t - a <= 3)) return t + 2 < cb ? t + 1 : a;
    if (comma < 0 && isComma(doc, t)) comma = t;
  }
  return comma >= 0 && comma + 2 < cb && lexicon().relativePronouns.has(doc.lower[comma + 1]!) && doc.pos[comma + 1] === P_PRON ? comma + 1 : a;
}

/** End of an "according to" source from k: to the next punctuation within 15 tokens, else `np` (the NP end). */
function sourceEnd(doc: Doc, k: number, b: number, np: number): number {
  const lim = Math.min(b, k + 15);
  let t = k;
  while (t < lim && doc.pos[t] !== P_PUNCT) t++;
  return t < b && doc.pos[t] !== P_PUNCT ? np : t;
}

/** The possessor of a noun at k: "his warning", "Azerbaijan's readiness"; null when none. */
function possessor(ctx: Ctx, k: number, a: number): Arg | null {
  const doc = ctx.doc;
  const lex = lexicon();
  let p = k - 1;
  while (p >= a && (doc.pos[p] === P_ADJ || doc.pos[p] === P_NOUN && doc.pos[p + 1] === P_NOUN)) p--;
  if (p < a) return null;
  if (doc.pos[p] === P_PRON && lex.possessives.has(doc.lower[p]!)) return makeArg(doc, p, p + 1);
  if (doc.pos[p] === P_PART && p - 1 >= a) {
    const st = npStartBack(doc, p - 1, a);
    if (st <= p - 1) return makeArg(doc, st, p);
  }
  return null;
}

/** Nominal cues with a complement: "his warning that ...", "Azerbaijan's readiness to ...". */
export function nounFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const lex = lexicon();
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a + 1; k + 2 < b; k++) {
    if (doc.pos[k] !== P_NOUN) continue;
    const lem = doc.lemma[k]!;
    const low = doc.lower[k]!;
    const stance = (lex.nounGate.may(lem) ? lex.nouns.get(lem) : undefined) ?? (lex.nounGate.may(low) ? lex.nouns.get(low) : undefined);
    if (stance === undefined) continue;
    const n = doc.lower[k + 1]!;
    const isThat = n === 'that' && k + 2 < b && (doc.pos[k + 2] !== P_AUX && doc.pos[k + 2] !== P_VERB);
    const isTo = n === 'to' && (doc.pos[k + 2] === P_VERB || doc.pos[k + 2] === P_AUX);
    if (!isThat && !isTo) continue;
    // "his warning that"; for a "to" complement also the subject of a clause that has the noun ("the
    // governor made the decision to"), not for a "that" one ("investigators examined allegations
    // that": the allegations are someone else's)
    const speaker = possessor(ctx, k, a) ?? (isTo ? holderOf(ctx, k, a) : null);
    if (speaker === null) continue;
    frame(ctx, s, speaker, k, k + 1, k + 1, contentEnd(ctx, k + 1, b), false, stance, false);
  }
}

/** The copula clause's subject before a predicative adjective at k ("Republicans are critical of ..."). */
function copulaSubject(ctx: Ctx, k: number, a: number): Arg | null {
  const doc = ctx.doc;
  let g = k - 1;
  while (g >= a && doc.pos[g] === P_ADV) g--;
  if (g < a) return null;
  if (doc.pos[g] === P_AUX || doc.pos[g] === P_VERB) {
    while (g - 1 >= a && (doc.pos[g - 1] === P_AUX || doc.pos[g - 1] === P_ADV || doc.pos[g - 1] === P_PART)) g--;
    return speakerBefore(ctx, g, a);
  }
  const s = npStartBack(doc, g, a);
  return s <= g ? makeArg(doc, s, g + 1) : null;
}

/** Predicative adjectives: "is critical of X", "remains confident that ...". */
export function adjectiveFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const lex = lexicon();
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a + 1; k + 2 < b; k++) {
    if ((doc.pos[k] !== P_ADJ && doc.pos[k] !== P_VERB) || !lex.adjectivePrefixes.has(doc.lower[k]!)) continue;
    const stance = lex.adjectives.get(doc.lower[k]! + ' ' + doc.lower[k + 1]!);
    if (stance === undefined) continue;
    let ca: number;
    let cb: number;
    if (lex.complementizers.has(doc.lower[k + 1]!)) {
      ca = k + 1;
      cb = contentEnd(ctx, ca, b);
    } else {
      ca = k + 2;
      cb = npPPEnd(doc, ca, b);
      if (cb <= ca) continue;
    }
    const speaker = copulaSubject(ctx, k, a);
    if (speaker === null) continue;
    frame(ctx, s, speaker, k, k + 2, ca, cb, false, stance, false);
  }
}

/**
 * The subject of the active clause whose object or prepositional argument holds the noun at k
 * ("Trump stepped up his attacks on ...", "She voiced support for ..."): its holder; null when none.
 */
function holderOf(ctx: Ctx, k: number, a: number): Arg | null {
  for (let t = k - 1; t >= a && t >= k - 12; t--) {
    const ci = ctx.clauseAt[t]!;
    if (ci < 0) continue;
    const c = ctx.clauses[ci]!;
    if (c.voice !== 'active' || c.subject === null) return null;
    const o = c.object;
    if (o !== null && o.tokStart <= k && k < o.tokEnd) return c.subject;
    for (const p of c.preps) if (p.arg.tokStart <= k && k < p.arg.tokEnd) return c.subject;
    return null;
  }
  return null;
}

/** Nominal cues with a prepositional content: "her support for the bill", "criticism of the plan". */
export function nounPrepFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const lex = lexicon();
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a; k + 2 < b; k++) {
    if (doc.pos[k] !== P_NOUN || doc.pos[k + 1] !== P_ADP || !lex.nounPrepPrefixes.has(doc.lower[k]!)) continue;
    const stance = lex.nounPreps.get(doc.lower[k]! + ' ' + doc.lower[k + 1]!);
    if (stance === undefined) continue;
    const cb = npPPEnd(doc, k + 2, b);
    if (cb <= k + 2) continue;
    const speaker = possessor(ctx, k, a) ?? holderOf(ctx, k, a);
    frame(ctx, s, speaker, k, k + 2, k + 2, cb, false, stance, false);
  }
}

/** Headline attributions: "Sanders: Brexit's message could help Trump", "Clinton to donors: ...". */
export function headlineFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  // a headline opens its paragraph; inside one, a name with a colon introduces a quotation
  // ('Bush: "The mission is to destroy ISIS."', transcripts and rebuttals)
  const inParagraph = a > 0 && doc.newlineBefore[a] !== 2;
  const e = npEnd(doc, a, b);
  if (e <= a || e - a > 6 || e + 2 >= b) return;
  let colon = e;
  // "Clinton to Planned Parenthood:", "CNN President on Trump:"
  if (colon < b && doc.pos[colon] === P_ADP) colon = npEnd(doc, colon + 1, b);
  if (colon >= b || doc.form[colon] !== ':' || colon - a > 10) return;
  if (inParagraph && !(ctx.quoteOf[colon + 1]! >= 0 && ctx.marks.qa[ctx.quoteOf[colon + 1]!] === colon + 1)) return;
  let hasName = false;
  for (let k = a; k < e; k++) if (doc.pos[k] === P_PROPN) hasName = true;
  if (!hasName) return;
  frame(ctx, s, makeArg(doc, a, e), colon, colon + 1, colon + 1, contentEnd(ctx, colon + 1, b), ctx.quoteOf[colon + 1]! >= 0, 'asserted', false);
}
