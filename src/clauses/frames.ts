// Reporting frames (attribution): speaker + cue + content, from direct quotation marks, cue verbs
// with their complements ("said that", "told reporters", "vowed to", postposed ", she said"),
// "according to X", nominal cues ("his warning that") and passive frames whose speaker is the
// current speaker of the discourse ("It was underlined that", "The American side was informed that").
import type { Doc } from '../nlp/doc.js';
import type { Stance } from '../schema.js';
import {
  P_ADJ, P_ADP, P_ADV, P_AUX, P_CCONJ, P_DET, P_NOUN, P_PART, P_PRON, P_PROPN, P_PUNCT, P_VERB,
  npCanStart, npEnd, npStartBack,
} from './chunk.js';
import type { Cue } from './lexicon.js';
import { C_ADDR, C_INF, C_ING, C_NP, C_POST, C_QUOTE, C_THAT, lexicon } from './lexicon.js';
import { makeArg, startsVerbGroup, subjectBefore } from './predicates.js';
import type { QuoteMarks } from './quotemarks.js';
import type { Arg, Clause, Frame } from './types.js';

/** Token range the frames work on, with the sentence bounds. */
interface Ctx {
  doc: Doc;
  clauses: Clause[];
  /** Clause index by the first token of its predicate, -1 elsewhere. */
  clauseAt: Int32Array;
  /** Token i is inside (or is a mark of) direct quote number quoteOf[i], -1 outside. */
  quoteOf: Int32Array;
  marks: QuoteMarks;
  used: Uint8Array;
  out: Frame[];
}

function isComma(doc: Doc, k: number): boolean {
  return doc.form[k] === ',';
}

function isQuoteTok(ctx: Ctx, k: number): boolean {
  const q = ctx.quoteOf[k]!;
  if (q < 0) return false;
  const qa = ctx.marks.qa[q]!;
  const qb = ctx.marks.qb[q]!;
  return k === qa || k === qb || (k === qa + 1 && ctx.doc.form[k] === ctx.doc.form[qa]) || (k === qb - 1 && ctx.doc.form[k] === ctx.doc.form[qb]);
}

/** End (exclusive) of content starting at k in the sentence ending at b: before final punctuation or ';'. */
function contentEnd(ctx: Ctx, k: number, b: number): number {
  const doc = ctx.doc;
  // Content that starts inside a direct quote ends with it ("I think it was fine," he said).
  const q = ctx.quoteOf[k]!;
  if (q >= 0 && ctx.marks.qa[q]! < k && ctx.marks.qb[q]! < b) b = ctx.marks.qb[q]! - (doc.form[ctx.marks.qb[q]!] === "'" ? 1 : 0);
  let e = k;
  while (e < b && doc.form[e] !== ';') e++;
  while (e > k && doc.pos[e - 1] === P_PUNCT && !isQuoteTok(ctx, e - 1)) e--;
  return e;
}

function frame(
  ctx: Ctx, sentence: number, speaker: Arg | null, cueA: number, cueB: number,
  ca: number, cb: number, direct: boolean, stance: Stance, inherits: boolean,
): void {
  const doc = ctx.doc;
  if (cb <= ca) return;
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
 * The speaker NP before a cue group at gs: skips adverbs and a time phrase ("on Tuesday"), and an
 * appositive or relative clause between commas ("Mike Smith, a strategist, said").
 */
function speakerBefore(ctx: Ctx, gs: number, a: number): Arg | null {
  const doc = ctx.doc;
  const lex = lexicon();
  let k = gs - 1;
  for (;;) {
    while (k >= a && (doc.pos[k] === P_ADV || lex.speakerAdverbs.has(doc.lower[k]!))) k--;
    if (k - 1 >= a && lex.timeNouns.has(doc.lower[k]!) && doc.pos[k - 1] === P_ADP) {
      k -= 2;
      continue;
    }
    break;
  }
  if (k < a) return null;
  if (isComma(doc, k)) {
    // "NP, appositive or relative clause, said"
    let c = k - 1;
    const lim = Math.max(a, k - 40);
    while (c >= lim && !isComma(doc, c) && ctx.quoteOf[c] < 0) c--;
    if (c >= lim && isComma(doc, c) && c - 1 >= a) {
      const s = npStartBack(doc, c - 1, a);
      if (s <= c - 1) return makeArg(doc, s, c);
    }
    return null;
  }
  const subj = subjectBefore(doc, k, a);
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
function continuesClause(ctx: Ctx, k: number, b: number): boolean {
  const doc = ctx.doc;
  if (lexicon().relativePronouns.has(doc.lower[k]!)) return false;
  if (doc.pos[k] === P_VERB && doc.lower[k]!.endsWith('ing')) return false; // ", adding that ...
  for (let t = k; t < b; t++) if (doc.pos[t] === P_AUX || doc.pos[t] === P_VERB) return true;
  return false;
}

/** Speaker NP right after a cue ("..., said Republican strategist Ryan Williams."). */
function speakerAfter(doc: Doc, k: number, b: number): Arg | null {
  if (k >= b || !npCanStart(doc, k)) return null;
  const e = npEnd(doc, k, b);
  return e > k ? makeArg(doc, k, e) : null;
}

function cueOf(c: Clause): Cue | undefined {
  return lexicon().verbs.get(c.lemma);
}

/** A clause immediately around a quote's close mark that is a cue: '"...," she said' / '"...," said X'. */
function quoteFramePost(ctx: Ctx, q: number): boolean {
  const doc = ctx.doc;
  const qb = ctx.marks.qb[q]!;
  const s = doc.sentOf[Math.min(qb + 1, doc.length - 1)]!;
  const b = doc.sentEnd[s]!;
  let t = qb + 1;
  if (t < b && isComma(doc, t)) t++;
  if (t >= b || ctx.quoteOf[t]! >= 0 || doc.newlineBefore[t] === 2 || doc.newlineBefore[qb + 1] === 2) return false;
  const lex = lexicon();
  // cue first: "said X"
  let ci = ctx.clauseAt[t]!;
  if (ci >= 0) {
    const cue = cueOf(ctx.clauses[ci]!);
    if (cue !== undefined && cue.flags & (C_QUOTE | C_POST)) {
      const c = ctx.clauses[ci]!;
      const sp = speakerAfter(doc, c.predEnd, b);
      ctx.used[ci] = 1;
      frame(ctx, s, sp, c.predStart, c.predEnd, ctx.marks.qa[q]!, qb + 1, true, cue.stance, sp === null);
      return true;
    }
  }
  // speaker first: "she said", "Mr. Smith, an aide, said"
  if (!npCanStart(doc, t)) return false;
  let e = npEnd(doc, t, b);
  if (e <= t) return false;
  if (e < b && isComma(doc, e)) {
    // appositive
    let k = e + 1;
    while (k < b && k < e + 25 && !isComma(doc, k) && doc.pos[k] !== P_VERB) k++;
    if (k < b && isComma(doc, k)) e = k + 1;
  }
  let g = e;
  while (g < b && (doc.pos[g] === P_ADV || lex.speakerAdverbs.has(doc.lower[g]!))) g++;
  ci = ctx.clauseAt[g]!;
  if (ci < 0) return false;
  const c = ctx.clauses[ci]!;
  const cue = cueOf(c);
  if (cue === undefined || (cue.flags & (C_QUOTE | C_POST)) === 0) return false;
  if (hasOwnComplement(ctx, c, b)) return false;
  ctx.used[ci] = 1;
  const np = npEnd(doc, t, b);
  frame(ctx, s, makeArg(doc, t, np), c.predStart, c.predEnd, ctx.marks.qa[q]!, qb + 1, true, cue.stance, false);
  return true;
}

/** The cue after a quote has its own complement ("... ." Smith told CNN that ...): it is not the quote's cue. */
function hasOwnComplement(ctx: Ctx, c: Clause, b: number): boolean {
  const doc = ctx.doc;
  let k = c.object !== null && c.object.tokStart >= c.predEnd ? c.object.tokEnd : c.predEnd;
  k = skipAdjuncts(ctx, k, b);
  if (k >= b) return false;
  if (lexicon().complementizers.has(doc.lower[k]!) || doc.form[k] === ':') return true;
  if (ctx.quoteOf[k]! >= 0 && ctx.marks.qa[ctx.quoteOf[k]!] === k) return true;
  return finiteClauseAt(doc, k, b) && !lexicon().relativePronouns.has(doc.lower[k]!);
}

/** A cue clause just before a quote's open mark: 'She said: "..."', 'he told reporters, "..."'. */
function quoteFramePre(ctx: Ctx, q: number): boolean {
  const doc = ctx.doc;
  const qa = ctx.marks.qa[q]!;
  if (qa === 0) return false;
  const s = doc.sentOf[qa - 1]!;
  const a = doc.sentStart[s]!;
  let t = qa - 1;
  if (doc.form[t] === ':' || isComma(doc, t)) t--;
  // find the cue clause ending within 8 tokens before t, with only NP/PP material between
  if (t < a || doc.pos[t] === P_PUNCT) return false;
  for (let k = t; k >= a && k >= t - 8; k--) {
    if (ctx.quoteOf[k]! >= 0) return false;
    const ci = ctx.clauseAt[k]!;
    if (ci < 0) {
      if (doc.pos[k] === P_VERB || doc.pos[k] === P_AUX || doc.pos[k] === P_PUNCT) return false;
      continue;
    }
    const c = ctx.clauses[ci]!;
    const cue = cueOf(c);
    if (cue === undefined || (cue.flags & C_QUOTE) === 0 || c.voice === 'passive') return false;
    ctx.used[ci] = 1;
    const sp = speakerBefore(ctx, c.predStart, a) ?? mainSubject(ctx, s, ci);
    frame(ctx, s, sp, c.predStart, c.predEnd, qa, ctx.marks.qb[q]! + 1, true, cue.stance, sp === null);
    return true;
  }
  return false;
}

/** Speaker of the last frame of sentence s whose cue precedes token k. */
function previousSpeaker(ctx: Ctx, s: number, k: number): Arg | null {
  let best: Frame | null = null;
  for (let i = ctx.out.length - 1; i >= 0 && i >= ctx.out.length - 12; i--) {
    const f = ctx.out[i]!;
    if (f.sentence === s && f.cue.tokStart < k && f.speaker !== null && (best === null || f.cue.tokStart > best.cue.tokStart)) best = f;
  }
  return best === null ? null : best.speaker;
}

/** Subject of the first clause of the sentence before clause ci (the speaker of ", saying that ..."). */
function mainSubject(ctx: Ctx, s: number, ci: number): Arg | null {
  for (let k = ci - 1; k >= 0; k--) {
    const c = ctx.clauses[k]!;
    if (c.sentence !== s) break;
    if (c.subject !== null && c.voice === 'active') return c.subject;
  }
  return null;
}

/**
 * "<content>, said the minister." / "..., said Mr. Smith, an aide.": the NP after a cue with no
 * subject of its own, after a comma or a close quote, ending the sentence or followed by a comma.
 */
function invertedSpeaker(ctx: Ctx, c: Clause, k: number, b: number): boolean {
  const doc = ctx.doc;
  const a = doc.sentStart[c.sentence]!;
  const before = c.predStart - 1;
  if (before < a || !(isComma(doc, before) || ctx.quoteOf[before]! >= 0)) return false;
  const e = npEnd(doc, k, b);
  if (e <= k) return false;
  return e >= b || doc.pos[e] === P_PUNCT;
}

/** End of a time phrase at k ("Tuesday", "this week", "last month", "earlier this year"), or k. */
function timePhraseEnd(doc: Doc, k: number, b: number): number {
  const lex = lexicon();
  let t = k;
  if (t < b && doc.pos[t] === P_ADV && t + 1 < b && (doc.pos[t + 1] === P_DET || doc.pos[t + 1] === P_ADJ)) t++;
  if (t < b && (doc.pos[t] === P_DET || doc.pos[t] === P_ADJ)) t++;
  if (t < b && lex.timeNouns.has(doc.lower[t]!)) return t + 1;
  return k;
}

/**
 * Skip short adjuncts between a cue and its complement ("said Tuesday that", "said in a statement
 * that", "told reporters on Monday that"): taken only when a complement opener follows.
 */
function skipAdjuncts(ctx: Ctx, k: number, b: number): number {
  const doc = ctx.doc;
  const lex = lexicon();
  let t = k;
  for (let round = 0; round < 3 && t < b; round++) {
    const te = timePhraseEnd(doc, t, b);
    if (te > t) {
      t = te;
      continue;
    }
    if (doc.pos[t] === P_ADP && doc.lower[t] !== 'to' && doc.lower[t] !== 'of' && t + 1 < b) {
      const e = npEnd(doc, t + 1, b);
      if (e > t + 1) {
        t = e;
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
  if (finiteClauseAt(doc, t, b)) return t;
  return k;
}

/** A finite clause starts at t (zero-that complement after an adjunct: "said on Monday the plan is dead"). */
function finiteClauseAt(doc: Doc, t: number, b: number): boolean {
  if (!npCanStart(doc, t)) return false;
  return startsVerbGroup(doc, npPPEnd(doc, t, b), b);
}

/** End of an NP with its prepositional attachments ("the language in the platform"). */
function npPPEnd(doc: Doc, k: number, b: number): number {
  let e = npEnd(doc, k, b);
  if (e <= k) return k;
  for (let n = 0; n < 4 && e + 1 < b && doc.pos[e] === P_ADP && doc.lower[e] !== 'to' && doc.lower[e] !== 'by'; n++) {
    const e2 = npEnd(doc, e + 1, b);
    if (e2 <= e + 1) break;
    e = e2;
  }
  return e;
}

/** Frames from cue verbs and their complements. */
function verbFrame(ctx: Ctx, ci: number): void {
  const doc = ctx.doc;
  const lex = lexicon();
  const c = ctx.clauses[ci]!;
  const cue = cueOf(c);
  if (cue === undefined) return;
  const s = c.sentence;
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  const pos = doc.pos;
  const lower = doc.lower;
  const passive = c.voice === 'passive';
  let stance = cue.stance;
  let cueEnd = c.predEnd;
  let k = c.predEnd;
  while (k < b && pos[k] === P_ADV) k++;
  // The addressee ("told reporters that", "warned Congress to") or a stance noun ("expressed concern over").
  if (!passive && c.object !== null && c.object.tokStart === k) {
    const head = lower[c.object.head]!;
    const st = lex.stanceObjects.get(head);
    if (st !== undefined) {
      stance = st;
      cueEnd = c.object.head + 1;
      k = cueEnd;
    } else if (cue.flags & C_ADDR) {
      k = c.object.tokEnd;
    }
  }
  k = skipAdjuncts(ctx, k, b);
  let ca = -1;
  let cb = -1;
  let direct = false;
  if (k < b) {
    const w = lower[k]!;
    if ((cue.flags & C_THAT) && (lex.complementizers.has(w) || (lex.whWords.has(w) && k + 1 < b && pos[k + 1] !== P_PUNCT))) {
      ca = k;
    } else if (doc.form[k] === ':' && k + 1 < b) {
      ca = k + 1;
    } else if (ctx.quoteOf[k]! >= 0 && ctx.marks.qa[ctx.quoteOf[k]!] === k) {
      ca = k;
      cb = ctx.marks.qb[ctx.quoteOf[k]!]! + 1;
      direct = true;
    } else if ((cue.flags & C_INF) && w === 'to' && k + 1 < b && (pos[k + 1] === P_VERB || pos[k + 1] === P_AUX || pos[k + 1] === P_ADV)) {
      ca = k;
      if (stance === 'asserted' && lex.catenatives.get(c.lemma) === 'intent') stance = 'intent';
    } else if ((cue.flags & C_ING) && pos[k] === P_VERB && w.endsWith('ing')) {
      ca = k;
    } else if (!passive && npCanStart(doc, k) && pos[k] !== P_ADV && !invertedSpeaker(ctx, c, k, b)) {
      const e = npEnd(doc, k, b);
      if (e > k) {
        if ((cue.flags & C_THAT) && startsVerbGroup(doc, npPPEnd(doc, k, b), b)) ca = k;
        else if (cue.flags & C_NP || cueEnd > c.predEnd) {
          ca = k;
          cb = e;
          // PP attachments of the content NP ("concern over the situation in the region")
          while (cb + 1 < b && pos[cb] === P_ADP && lower[cb] !== 'to' && lower[cb] !== 'by') {
            const e2 = npEnd(doc, cb + 1, b);
            if (e2 <= cb + 1) break;
            cb = e2;
          }
        }
      }
    } else if (cueEnd > c.predEnd && pos[k] === P_ADP) {
      // "expressed concern over the situation"
      const e = npEnd(doc, k + 1, b);
      if (e > k + 1) {
        ca = k;
        cb = e;
      }
    }
  }
  let speaker: Arg | null = null;
  let inherits = false;
  if (ca < 0) {
    // Postposed: "<content>, she said." / "<content>, said the minister." / "<content>, he said, <more>."
    if (passive || (cue.flags & C_POST) === 0) return;
    const subj = c.subject;
    let before = subj !== null && subj.tokEnd <= c.predStart ? subj.tokStart - 1 : c.predStart - 1;
    while (before >= a && pos[before] === P_ADV) before--;
    if (before < a + 2) return;
    const closeQuote = ctx.quoteOf[before]! >= 0;
    if (!isComma(doc, before) && !closeQuote) return;
    if (ctx.quoteOf[before - 1]! >= 0 && isComma(doc, before)) return; // handled by the quote pass
    speaker = subj !== null && subj.tokEnd <= c.predStart && subj.tokStart > before ? subj : speakerAfter(doc, c.predEnd, b);
    if (speaker === null) return;
    ca = a;
    const q = ctx.quoteOf[c.predStart]!;
    if (q >= 0 && ctx.marks.qa[q]! > a) ca = ctx.marks.qa[q]! + 1;
    while (ca < before && (pos[ca] === P_CCONJ || pos[ca] === P_PUNCT) && ctx.quoteOf[ca]! < 0) ca++;
    cb = before;
    // "<content>, he said, <more content>."
    const after = Math.max(c.predEnd, speaker.tokEnd);
    if (after < b && isComma(doc, after) && after + 2 < b && continuesClause(ctx, after + 1, b)) cb = contentEnd(ctx, after + 1, b);
  } else {
    if (cb < 0) cb = contentEnd(ctx, ca, b);
    // "X, who said the plan was vetted, said ...": the relative clause ends at its comma.
    if (!direct && c.subject !== null && c.subject.tokEnd === c.subject.tokStart + 1 && lex.relativePronouns.has(lower[c.subject.tokStart]!) && c.subject.tokStart - 1 >= a && isComma(doc, c.subject.tokStart - 1)) {
      for (let t = ca; t < cb; t++) if (isComma(doc, t) && ctx.quoteOf[t]! < 0) {
        cb = t;
        break;
      }
    }
    if (passive) {
      speaker = c.agent;
      inherits = speaker === null && (lex.complementizers.has(lower[ca]!) || lex.whWords.has(lower[ca]!) || direct);
    } else if (c.subject !== null && c.subject.tokEnd <= c.predStart) {
      speaker = speakerBefore(ctx, c.predStart, a) ?? c.subject;
    } else if (c.predStart - 1 >= a && isComma(doc, c.predStart - 1) && lower[c.pred]!.endsWith('ing')) {
      // ", saying that ...", ", adding ...": the speaker of the sentence's previous frame, or its subject
      speaker = previousSpeaker(ctx, s, c.predStart) ?? mainSubject(ctx, s, ci);
    } else {
      speaker = speakerBefore(ctx, c.predStart, a) ?? mainSubject(ctx, s, ci);
    }
    if (speaker === null && !passive) inherits = true;
  }
  ctx.used[ci] = 1;
  frame(ctx, s, speaker, c.predStart, cueEnd, ca, cb, direct, stance, inherits);
}

/** "according to X, ..." and "..., according to X." */
function accordingFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a; k + 2 < b; k++) {
    if (doc.lower[k] !== 'according' || doc.lower[k + 1] !== 'to') continue;
    const e = npEnd(doc, k + 2, b);
    if (e <= k + 2) continue;
    const speaker = makeArg(doc, k + 2, e);
    let first = a;
    while (first < k && (doc.pos[first] === P_CCONJ || doc.pos[first] === P_ADV)) first++;
    if (first === k) {
      let ca = e;
      if (ca < b && isComma(doc, ca)) ca++;
      frame(ctx, s, speaker, k, k + 2, ca, contentEnd(ctx, ca, b), false, 'asserted', false);
    } else {
      let cb = k;
      while (cb > a && doc.pos[cb - 1] === P_PUNCT && !isQuoteTok(ctx, cb - 1)) cb--;
      if (e < b && isComma(doc, e) && e + 2 < b) cb = contentEnd(ctx, e + 1, b); // "X, according to Y, is ..."
      frame(ctx, s, speaker, k, k + 2, a, cb, false, 'asserted', false);
    }
    k = e;
  }
}

/** Nominal cues with a complement: "his warning that ...", "Azerbaijan's readiness to ...". */
function nounFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const lex = lexicon();
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a + 1; k + 2 < b; k++) {
    if (doc.pos[k] !== P_NOUN) continue;
    const stance = lex.nouns.get(doc.lemma[k]!) ?? lex.nouns.get(doc.lower[k]!);
    if (stance === undefined) continue;
    const n = doc.lower[k + 1]!;
    const isThat = n === 'that' && k + 2 < b && (doc.pos[k + 2] !== P_AUX && doc.pos[k + 2] !== P_VERB);
    const isTo = n === 'to' && (doc.pos[k + 2] === P_VERB || doc.pos[k + 2] === P_AUX);
    if (!isThat && !isTo) continue;
    // the possessor: "his", "Azerbaijan's"
    let speaker: Arg | null = null;
    let p = k - 1;
    while (p >= a && (doc.pos[p] === P_NOUN || doc.pos[p] === P_PROPN ? false : doc.pos[p] === P_PART ? false : doc.pos[p] !== P_PUNCT && doc.pos[p] !== P_PRON && doc.pos[p] !== P_VERB && doc.pos[p] !== P_AUX && doc.pos[p] !== P_ADP)) p--;
    if (p >= a && doc.pos[p] === P_PRON && lex.possessives.has(doc.lower[p]!)) speaker = makeArg(doc, p, p + 1);
    else if (p >= a && doc.pos[p] === P_PART && p - 1 >= a) {
      const st = npStartBack(doc, p - 1, a);
      if (st <= p - 1) speaker = makeArg(doc, st, p);
    }
    if (speaker === null) continue;
    frame(ctx, s, speaker, k, k + 1, k + 1, contentEnd(ctx, k + 1, b), false, stance, false);
  }
}

/** All frames of the document, in no particular order. */
export function findFrames(doc: Doc, clauses: Clause[], marks: QuoteMarks): Frame[] {
  const clauseAt = new Int32Array(doc.length).fill(-1);
  for (let i = 0; i < clauses.length; i++) clauseAt[clauses[i]!.predStart] = i;
  const quoteOf = new Int32Array(doc.length).fill(-1);
  for (let q = 0; q < marks.qa.length; q++) for (let k = marks.qa[q]!; k <= marks.qb[q]!; k++) quoteOf[k] = q;
  const ctx: Ctx = { doc, clauses, clauseAt, quoteOf, marks, used: new Uint8Array(clauses.length), out: [] };
  // Direct quotes first; a cue-less quote right after a direct frame in the same paragraph continues it.
  let lastDirect = -1;
  for (let q = 0; q < marks.qa.length; q++) {
    const before = ctx.out.length;
    if (quoteFramePost(ctx, q) || quoteFramePre(ctx, q)) {
      lastDirect = ctx.out.length > before ? ctx.out.length - 1 : lastDirect;
      continue;
    }
    if (lastDirect >= 0) {
      const f = ctx.out[lastDirect]!;
      const qa = marks.qa[q]!;
      let para = false;
      for (let k = f.contentTok.tokEnd; k <= qa && k < doc.length; k++) if (doc.newlineBefore[k] === 2) para = true;
      const gapOk = qa - f.contentTok.tokEnd <= 25 && !para;
      // only when the quote opens a sentence (not a scare-quoted phrase)
      if (gapOk && doc.sentStart[doc.sentOf[qa]!] === qa) {
        f.contentTok.tokEnd = marks.qb[q]! + 1;
        f.content.end = doc.end[marks.qb[q]!]!;
      }
    }
  }
  for (let ci = 0; ci < clauses.length; ci++) if (ctx.used[ci] === 0) verbFrame(ctx, ci);
  for (let s = 0; s < doc.sentStart.length; s++) {
    accordingFrames(ctx, s);
    nounFrames(ctx, s);
  }
  untangle(ctx);
  return ctx.out;
}

function inContent(f: Frame, k: number): boolean {
  return k >= f.contentTok.tokStart && k < f.contentTok.tokEnd;
}

/**
 * Two frames of a sentence whose contents hold each other's cues ("A intends to go, B said"): the
 * preposed one's content ends before the other frame's speaker and cue.
 */
function untangle(ctx: Ctx): void {
  const doc = ctx.doc;
  const fs = ctx.out;
  const bySent = fs.map((_, i) => i).sort((x, y) => fs[x]!.sentence - fs[y]!.sentence);
  for (let i = 0; i < bySent.length; i++) {
    const f = fs[bySent[i]!]!;
    for (let j = i + 1; j < bySent.length && fs[bySent[j]!]!.sentence === f.sentence; j++) {
      const g = fs[bySent[j]!]!;
      if (!inContent(f, g.cue.tokStart) || !inContent(g, f.cue.tokStart)) continue;
      const [pre, post] = f.contentTok.tokStart >= f.cue.tokStart ? [f, g] : [g, f];
      let end = post.speaker !== null ? Math.min(post.cue.tokStart, post.speaker.tokStart) : post.cue.tokStart;
      while (end > pre.contentTok.tokStart && doc.pos[end - 1] === P_PUNCT && !isQuoteTok(ctx, end - 1)) end--;
      if (end > pre.contentTok.tokStart && end < pre.contentTok.tokEnd) {
        pre.contentTok.tokEnd = end;
        pre.content.end = doc.end[end - 1]!;
      }
    }
  }
}
