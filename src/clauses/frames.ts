// Reporting frames (attribution): speaker + cue + content, from direct quotation marks, cue verbs
// with their complements ("said that", "told reporters", "vowed to", postposed ", she said"),
// "according to X", nominal cues ("his warning that") and passive frames whose speaker is the
// current speaker of the discourse ("It was underlined that", "The American side was informed that").
import type { Doc } from '../nlp/doc.js';
import { P_ADJ, P_ADP, P_ADV, P_AUX, P_CCONJ, P_DET, P_NOUN, P_NUM, P_PART, P_PRON, P_PROPN, P_PUNCT, P_SCONJ, P_VERB, capitalisedInName, npCanStart, npEnd, npStartBack, qualifiedNumber } from './chunk.js';
import type { Ctx } from './frame-ctx.js';
import {
  capitalVerb, contentEnd, continuesClause, cueOf, finiteClauseAt, frame, isComma, isQuoteTok, mainSubject, npPPEnd,
  negatedInfinitive, previousSpeaker, skipAdjuncts, speakerAfter, speakerBefore, timePhraseEnd, titleQuote,
} from './frame-ctx.js';
import { C_ADDR, C_INF, C_ING, C_NP, C_POST, C_QUOTE, C_THAT, lexicon } from './lexicon.js';
import { makeArg, startsVerbGroup } from './predicates.js';
import { accordingFrames, adjectiveFrames, headlineFrames, hearsayFrames, nounFrames, nounPrepFrames, pollFrames } from './phrase-frames.js';
import type { QuoteMarks } from './quotemarks.js';
import type { Stance } from '../schema.js';
import type { Arg, Clause, Frame } from './types.js';
import { int32sOf, uint8s } from '../slab.js';

/**
 * End of a subject at k with its prepositional phrases and coordinated members ("US and British forces",
 * "Kagame and his party"): a zero-that clause after a cue may open with a coordinated subject.
 */
function coordinatedSubjectEnd(doc: Doc, k: number, b: number): number {
  const and = lexicon().subjectConjunctions;
  let e = npPPEnd(doc, k, b, true, true);
  while (e + 1 < b && and.has(doc.lower[e]!) && npCanStart(doc, e + 1)) {
    const next = npPPEnd(doc, e + 1, b, true, true);
    if (next <= e + 1) break;
    e = next;
  }
  return e;
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
    // a participle is no inverted cue: '“founded ISIS,” saying they ...' is a report of its own
    const participle = doc.pos[ctx.clauses[ci]!.pred] === P_VERB && doc.lower[ctx.clauses[ci]!.pred]!.endsWith('ing');
    // a cue opening the sentence after a quote closed by its own stop, with a complement of its own, is a
    // new report ('"... fees." Asked if he was encouraging violence, Trump replied'), not the quote's
    const ownReport = cue !== undefined && quoteLastInner(ctx, q) === '.' && hasOwnComplement(ctx, ctx.clauses[ci]!, b);
    if (cue !== undefined && cue.flags & (C_QUOTE | C_POST) && !participle && !ownReport) {
      const c = ctx.clauses[ci]!;
      const sp = speakerAfter(doc, c.predEnd, b);
      ctx.used[ci] = 1;
      frame(ctx, s, sp, c.predStart, c.predEnd, ctx.marks.qa[q]!, qb + 1, true, cue.stance, sp === null);
      return true;
    }
    // a verb of the manner of speaking before its speaker ('"This is fantastic!" beamed a delegate.')
    if (cue === undefined && !participle && quoteEndsUtterance(ctx, q) && doc.pos[ctx.clauses[ci]!.pred] === P_VERB && ctx.clauses[ci]!.voice === 'active') {
      const c = ctx.clauses[ci]!;
      const sp = c.predEnd < b && (doc.pos[c.predEnd] === P_PROPN || doc.pos[c.predEnd] === P_DET) ? speakerAfter(doc, c.predEnd, b) : null;
      if (sp !== null && (sp.tokEnd >= b || isComma(doc, sp.tokEnd) || doc.pos[sp.tokEnd] === P_PUNCT)) {
        ctx.used[ci] = 1;
        frame(ctx, s, sp, c.predStart, c.predEnd, ctx.marks.qa[q]!, qb + 1, true, 'asserted', false);
        return true;
      }
    }
  }
  // speaker first: "she said", "Mr. Smith, an aide, said"
  // a one-word name the tagger calls a verb right before the cue ('"...," Cross wrote.')
  const nameVerb = capitalVerb(doc, t) && t + 1 < b && doc.pos[t + 1] === P_VERB;
  // a person's name whose words the tagger takes for a verb or an adjective ('"...," Josh Earnest said',
  // 'White House press secretary Josh Earnest said'): the person mention's end is the phrase's
  const person = ctx.personEnd[t]! > t + 1 && ctx.personEnd[t]! < b ? ctx.personEnd[t]! : -1;
  if (!nameVerb && person < 0 && !npCanStart(doc, t) && !hyphenated(doc, t + 1)) return false;
  const np = nameVerb ? t + 1 : Math.max(npEnd(doc, t, b), person);
  let e = np;
  if (e <= t && !hyphenated(doc, t + 1)) return false;
  if (e < b && isComma(doc, e)) {
    // appositive
    let k = e + 1;
    while (k < b && k < e + 25 && !isComma(doc, k) && doc.pos[k] !== P_VERB) k++;
    if (k < b && isComma(doc, k)) e = k + 1;
  }
  let g = e;
  while (g < b && (doc.pos[g] === P_ADV || lex.speakerAdverbs.has(doc.lower[g]!))) g++;
  ci = g < b ? ctx.clauseAt[g]! : -1;
  let speaker: Arg | null = null;
  if (ci >= 0 && g === e && e > t && mannerCue(ctx, q, ctx.clauses[ci]!, b)) {
    ctx.used[ci] = 1;
    frame(ctx, s, makeArg(doc, t, np), ctx.clauses[ci]!.predStart, ctx.clauses[ci]!.predEnd, ctx.marks.qa[q]!, qb + 1, true, 'asserted', false);
    return true;
  }
  if (ci < 0 || cueOf(ctx.clauses[ci]!) === undefined) {
    // a longer speaker: a hyphenated modifier ("Texas-based Matt Mackowiak said"), a parenthesis
    // ("Chaffetz (R-Utah) said"), appositives and relative clauses between commas ("Paris, who used
    // to work on Capitol Hill, said")
    g = postposedCueAfter(ctx, t, b);
    if (g < 0) return false;
    ci = ctx.clauseAt[g]!;
    let comma = false;
    for (let k = t; k < g && !comma; k++) comma = isComma(doc, k);
    speaker = comma ? (e > t ? makeArg(doc, t, npEnd(doc, t, b)) : null) : speakerBefore(ctx, g, t);
    if (speaker === null) return false;
  }
  const c = ctx.clauses[ci]!;
  const cue = cueOf(c);
  if (cue === undefined || (cue.flags & (C_QUOTE | C_POST)) === 0 || c.voice === 'passive') return false;
  if (hasOwnComplement(ctx, c, b)) return false;
  ctx.used[ci] = 1;
  frame(ctx, s, speaker ?? makeArg(doc, t, np), c.predStart, c.predEnd, ctx.marks.qa[q]!, qb + 1, true, cue.stance, false);
  return true;
}

/** Most tokens of a name that signs a quotation after a dash ("― Francisco Herrero"). */
const MAX_SIGNATURE_TOKENS = 6;

/**
 * A quotation introduced by a colon after a clause of its speaker's that no cue list holds ('Sanders
 * delivered a snappy retort: "No one is tearing this up."', 'Kelly responded pointedly, with a smile:
 * "..."', 'he gave the Texan a back-handed compliment: "..."'): the colon presents the quotation as
 * what the clause's subject said or wrote. The cue is the last active clause before the colon with a
 * subject of its own (not a relative pronoun or an expletive "there"/"it"), the speaker that subject.
 */
function colonQuote(ctx: Ctx, q: number): boolean {
  const doc = ctx.doc;
  const qa = ctx.marks.qa[q]!;
  if (qa < 2 || doc.form[qa - 1] !== ':') return false;
  const s = doc.sentOf[qa - 1]!;
  const a = doc.sentStart[s]!;
  const lex = lexicon();
  for (let k = qa - 2; k >= a; k--) {
    if (ctx.quoteOf[k]! >= 0) return false;
    const ci = ctx.clauseAt[k]!;
    if (ci < 0) continue;
    const c = ctx.clauses[ci]!;
    if (c.subject === null || c.voice !== 'active' || c.subject.tokEnd > c.predStart) continue;
    const w = doc.lower[c.subject.tokStart]!;
    if (lex.relativePronouns.has(w) || lex.expletiveSubjects.has(w)) continue;
    if (ctx.used[ci] !== 0 || c.predEnd >= qa) return false;
    ctx.used[ci] = 1;
    frame(ctx, s, c.subject, c.predStart, c.predEnd, qa, ctx.marks.qb[q]! + 1, true, 'asserted', false);
    return true;
  }
  return false;
}

/**
 * A quotation signed with its speaker's name after a dash ('“We need jobs.” ― Ana Ruiz', '"..." -
 * Hillary Clinton.'): the name, capitalised words only, ends at a stop, a comma, the paragraph or the
 * next quotation. The dash is the cue.
 */
function signedQuote(ctx: Ctx, q: number): boolean {
  const doc = ctx.doc;
  const qb = ctx.marks.qb[q]!;
  const t = qb + 1;
  if (t + 1 >= doc.length || !lexicon().signatureDashes.has(doc.form[t]!) || hyphenated(doc, t) || doc.newlineBefore[t] === 2) return false;
  let e = t + 1;
  while (e < doc.length && e < t + 1 + MAX_SIGNATURE_TOKENS && doc.pos[e] === P_PROPN && doc.newlineBefore[e] !== 2 && ctx.quoteOf[e]! < 0) {
    const c = doc.form[e]!.charCodeAt(0);
    if (c < 65 || c > 90) return false;
    e++;
  }
  if (e === t + 1 || e - t - 1 >= MAX_SIGNATURE_TOKENS) return false;
  if (e < doc.length && doc.newlineBefore[e] === 0 && ctx.quoteOf[e]! < 0 && doc.form[e] !== '.' && !isComma(doc, e)) return false;
  frame(ctx, doc.sentOf[t]!, makeArg(doc, t + 1, e), t, t + 1, ctx.marks.qa[q]!, qb + 1, true, 'asserted', false);
  return true;
}

/** The last token inside quote q's marks. */
function quoteLastInner(ctx: Ctx, q: number): string {
  const doc = ctx.doc;
  let last = ctx.marks.qb[q]! - 1;
  if (doc.form[last] === doc.form[last + 1] && last > ctx.marks.qa[q]!) last--; // the first mark of ''
  return doc.form[last]!;
}

/** Quote q ends in a comma, '?' or '!' inside its marks: an utterance whose report goes on after it. */
function quoteEndsUtterance(ctx: Ctx, q: number): boolean {
  const f = quoteLastInner(ctx, q);
  return f === ',' || f === '?' || f === '!';
}

/**
 * A verb of no cue list right after a quotation that ends in a comma, '?' or '!' inside its marks and
 * the quotation's speaker: a verb of the manner of speaking ('"Go back," Trump barked.', '"Mexico!" the
 * crowd screamed back.'). Active, not a participle, with only adjuncts or a conjunction after it.
 */
function mannerCue(ctx: Ctx, q: number, c: Clause, b: number): boolean {
  const doc = ctx.doc;
  if (cueOf(c) !== undefined || c.voice !== 'active' || doc.pos[c.pred] !== P_VERB || doc.lower[c.pred]!.endsWith('ing')) return false;
  if (!quoteEndsUtterance(ctx, q)) return false;
  if (c.object !== null && c.object.tokStart >= c.predEnd) return false;
  const k = c.predEnd;
  return k >= b || doc.pos[k] === P_CCONJ || postposedEnds(ctx, k, b);
}

/** Token k is a hyphen inside a word ("Texas-based", "warm-and-fuzzy"). */
function hyphenated(doc: Doc, k: number): boolean {
  return k < doc.length && (doc.form[k] === '-' || doc.form[k] === '–') && doc.start[k] === doc.end[k - 1] && doc.end[k] === doc.start[k + 1];
}

/**
 * The first predicate after a quote's close mark at t that can be the quote's cue, past a speaker
 * phrase with hyphenated words, a parenthesis, and appositives or relative clauses between commas;
 * -1 when the words after the quote hold another predicate first or no cue comes within 45 tokens.
 */
function postposedCueAfter(ctx: Ctx, t: number, b: number): number {
  const doc = ctx.doc;
  let comma = false;
  let paren = 0;
  const lim = Math.min(b, t + 45);
  for (let k = t; k < lim; k++) {
    if (ctx.quoteOf[k]! >= 0) return -1;
    const f = doc.form[k]!;
    if (f === '(') paren++;
    else if (f === ')') paren--;
    else if (isComma(doc, k)) comma = true;
    // (a stop inside a parenthesis is an abbreviation's: "Blumenauer (D-Ore.) said")
    else if (paren === 0 && (f === ';' || f === ':' || f === '.' || f === '?' || f === '!')) return -1;
    const ci = ctx.clauseAt[k]!;
    if (ci < 0 || paren > 0 || hyphenated(doc, k - 1) || hyphenated(doc, k + 1)) continue;
    const c = ctx.clauses[ci]!;
    const cue = cueOf(c);
    const opensPart = !comma || isComma(doc, k - 1) || doc.form[k - 1] === ')';
    if (opensPart && cue !== undefined && (cue.flags & (C_QUOTE | C_POST)) !== 0) return k;
    // a predicate of the speaker phrase itself before any comma ("Smith insisted ...") is no speaker
    if (!comma) return -1;
    k = c.predEnd - 1;
  }
  return -1;
}

/** The cue after a quote has its own complement ("... ." Smith told CNN that ...): it is not the quote's cue. */
function hasOwnComplement(ctx: Ctx, c: Clause, b: number): boolean {
  const doc = ctx.doc;
  const lex = lexicon();
  // a zero-'that' clause whose subject the chunker took for the cue's object ('"... Deal." Mr. Smith said
  // a smaller jet would have cost more'): the object and the verb after it are the cue's own report; not
  // after a cue whose object is its addressee ('told those gathered to watch')
  if (c.object !== null && c.object.tokStart >= c.predEnd && (cueOf(c)!.flags & (C_THAT | C_ADDR)) === C_THAT) {
    const o = skipAdjuncts(ctx, c.predEnd, b);
    if (o === c.object.tokStart && finiteClauseAt(doc, o, b) && !lex.relativePronouns.has(doc.lower[o]!)) return true;
  }
  let k = c.object !== null && c.object.tokStart >= c.predEnd ? c.object.tokEnd : c.predEnd;
  k = skipAdjuncts(ctx, k, b);
  if (k >= b) return false;
  // "told reporters after the meeting that was held ...": a 'that' with a verb right after it, past an
  // adjunct, relativises the adjunct's noun
  const start = c.object !== null && c.object.tokStart >= c.predEnd ? c.object.tokEnd : c.predEnd;
  if (k > start && doc.lower[k] === 'that' && k + 1 < b && (doc.pos[k + 1] === P_AUX || doc.pos[k + 1] === P_VERB)) return false;
  if (lex.complementizers.has(doc.lower[k]!) || doc.form[k] === ':') return true;
  if (lex.whWords.has(doc.lower[k]!) && !lex.relativePronouns.has(doc.lower[k]!)) return true;
  if ((cueOf(c)!.flags & C_INF) !== 0 && doc.lower[k] === 'to' && k + 1 < b && doc.pos[k + 1] === P_VERB) return true;
  // a quote after a comma resumes the first one ('"We tried," she said on Tuesday, "and failed."')
  if (ctx.quoteOf[k]! >= 0 && ctx.marks.qa[ctx.quoteOf[k]!] === k) return !isComma(doc, k - 1) && !quotedTitle(ctx, c, k, start);
  return finiteClauseAt(doc, k, b) && !lex.relativePronouns.has(doc.lower[k]!);
}

/**
 * A short quoted name right after a cue that takes an addressee ('Fiorina told "Fox and Friends,"'):
 * the programme addressed, not a quotation of the cue's own; its first word is capitalised.
 */
function quotedTitle(ctx: Ctx, c: Clause, k: number, start: number): boolean {
  const doc = ctx.doc;
  if (k !== start || (cueOf(c)!.flags & C_ADDR) === 0) return false;
  const qb = ctx.marks.qb[ctx.quoteOf[k]!]!;
  let first = k + 1;
  while (first < qb && doc.form[first] === doc.form[k]) first++; // the second mark of ``
  if (qb - first > 5 || first >= qb) return false;
  const ch = doc.form[first]!.charCodeAt(0);
  return ch >= 65 && ch <= 90;
}

/** A cue clause just before a quote's open mark: 'She said: "..."', 'he told reporters, "..."'. */
function quoteFramePre(ctx: Ctx, q: number): boolean {
  const doc = ctx.doc;
  const qa = ctx.marks.qa[q]!;
  // a programme or book named after a noun ('said on NBC's "Meet the Press"') is no quotation of the cue's
  if (qa === 0 || titleQuote(ctx, q)) return false;
  const s = doc.sentOf[qa - 1]!;
  const a = doc.sentStart[s]!;
  let t = qa - 1;
  if (doc.form[t] === ':' || isComma(doc, t)) t--;
  // find the cue clause ending within 12 tokens before t, with only NP/PP material between
  if (t < a || doc.pos[t] === P_PUNCT) return false;
  for (let k = t; k >= a && k >= t - 12; k--) {
    if (ctx.quoteOf[k]! >= 0) return false;
    let ci = ctx.clauseAt[k]!;
    // the main verb of a group that starts with auxiliaries ("has said:", "was asked,")
    for (let g = k - 1; ci < 0 && g >= a && g >= k - 4 && (doc.pos[g] === P_AUX || doc.pos[g] === P_ADV || doc.pos[g] === P_PART); g--) {
      const cg = ctx.clauseAt[g]!;
      if (cg >= 0 && ctx.clauses[cg]!.predEnd > k) ci = cg;
    }
    if (ci < 0) {
      if (hyphenated(doc, k) || hyphenated(doc, k - 1) || hyphenated(doc, k + 1)) continue; // "an op-ed piece"
      if (doc.pos[k] === P_VERB || doc.pos[k] === P_AUX || doc.pos[k] === P_PUNCT) return false;
      continue;
    }
    const c = ctx.clauses[ci]!;
    const cue = cueOf(c);
    if (cue === undefined || (cue.flags & C_QUOTE) === 0) return false;
    // the programme a quotation before was told to ('"...," Fiorina told "Fox and Friends,"')
    if (ctx.used[ci] !== 0 && quotedTitle(ctx, c, qa, c.object !== null && c.object.tokStart >= c.predEnd ? c.object.tokEnd : c.predEnd)) return false;
    if (c.voice === 'passive') {
      // "Trump was asked, "What ...?"", "she was told, "...": the addressee is the subject; the
      // speaker is the by-agent or unknown
      if ((cue.flags & C_ADDR) === 0) return false;
      ctx.used[ci] = 1;
      frame(ctx, s, c.agent, c.predStart, c.predEnd, qa, ctx.marks.qb[q]! + 1, true, cue.stance, false);
      return true;
    }
    ctx.used[ci] = 1;
    // '..., adding, "..."': a participle after a comma or a quotation is the sentence's speaker's
    const participle = doc.pos[c.pred] === P_VERB && doc.lower[c.pred]!.endsWith('ing') && c.predStart - 1 >= a && (isComma(doc, c.predStart - 1) || ctx.quoteOf[c.predStart - 1]! >= 0);
    const before = speakerBefore(ctx, c.predStart, a);
    // 'she released a statement saying, "..."': the document's author speaks
    const author = !participle && before !== null && documentParticiple(ctx, c, before) ? mainSubject(ctx, s, ci) : null;
    const sp = (participle ? previousSpeaker(ctx, s, c.predStart) ?? mainSubject(ctx, s, ci) : null) ?? author ?? before ?? mainSubject(ctx, s, ci);
    frame(ctx, s, sp, c.predStart, c.predEnd, qa, ctx.marks.qb[q]! + 1, true, cue.stance, sp === null);
    return true;
  }
  return false;
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
  // only a cue that can follow its content inverts ("..., said the minister"); "Blackwell, a founder,
  // endorsed Cruz" is an appositive subject and its verb's object
  if ((cueOf(c)!.flags & C_POST) === 0) return false;
  // a participle is no inverted cue: "..., referring to the two resorts" names what is referred to
  if (doc.pos[c.pred] === P_VERB && doc.lower[c.pred]!.endsWith('ing')) return false;
  const e = npEnd(doc, k, b);
  if (e <= k) return false;
  if (e >= b || doc.pos[e] === P_PUNCT) return true;
  // a prepositional phrase after the speaker (", says political scientist Dossym Satpayev in Almaty."),
  // when a clause of its own comes before the comma
  // (an inverted cue is a simple inflected verb: "says", "said", not "could reveal" or a bare "admit")
  if (doc.pos[e] !== P_ADP || c.predStart !== c.pred || doc.lower[c.pred] === c.lemma || !clauseBefore(doc, a, before)) return false;
  const f = npPPEnd(doc, k, b, true);
  return f > e && (f >= b || doc.pos[f] === P_PUNCT);
}

/**
 * The words before the comma at b open with a clause of their own: its first part (from the last ';' to
 * the first comma) holds a verb. Not a subject set off by an appositive, a participle or a relative
 * clause ("Ivanka Trump, the nominee's daughter, noted", "The poll, conducted last week, showed").
 */
function clauseBefore(doc: Doc, a: number, b: number): boolean {
  for (let t = b - 1; t > a; t--) if (doc.form[t] === ';') { a = t + 1; break; }
  let f = a;
  while (f < b && !isComma(doc, f)) f++;
  return hasVerb(doc, a, f);
}

/**
 * A complement clause with no complementizer that the NP chunker does not see as one ("said Cook
 * provided ...", "said none of them were listed", "officials said will take effect"): the words after
 * the cue hold a verb of their own before the sentence, a ';' or a comma ends, and they are no
 * postposed speaker (", said Smith, who ...").
 */
function zeroComplement(ctx: Ctx, c: Clause, k: number, b: number): boolean {
  const doc = ctx.doc;
  const p = doc.pos[k]!;
  // a qualified number opens the clause's subject ("said at least 71 people were arrested")
  if (p === P_PUNCT || (p === P_ADP && qualifiedNumber(doc, k, b) < 0) || p === P_CCONJ || doc.lower[k] === 'to' || c.voice === 'passive') return false;
  if (ctx.quoteOf[k]! >= 0 && ctx.quoteOf[c.pred]! !== ctx.quoteOf[k]) return false;
  if (invertedSpeaker(ctx, c, k, b)) return false;
  // a gap (the clause starts with its verb) only in a relative clause right before ("which officials
  // said will"), right after the cue
  const name = capitalVerb(doc, k); // "said Cook provided"
  // a gerund subject: "said legalizing it could put thousands to work"
  const gerund = p === P_VERB && doc.lower[k]!.endsWith('ing');
  if ((p === P_AUX || (p === P_VERB && !name && !gerund)) && (k !== c.predEnd || !relativeBefore(ctx, c.predStart))) return false;
  const lim = Math.min(b, k + 40);
  for (let t = k; t < lim; t++) {
    const q = doc.pos[t]!;
    if ((q === P_AUX || (q === P_VERB && !doc.lower[t]!.endsWith('ing'))) && doc.lower[t - 1] !== 'to') return true;
    if (doc.form[t] === ';' || isComma(doc, t)) return false;
  }
  return false;
}

/**
 * A verb or auxiliary among tokens [a, b), or a word the tagger misread as one: a noun in -s after a
 * noun and before a determiner, pronoun or preposition ("the Trump job marks his return", "her fate
 * hinges on"), an adjective in -ed after a noun ("the family soured on him").
 */
function hasVerb(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const p = doc.pos[t]!;
    if (p === P_VERB || p === P_AUX) return true;
    if (t === a || t + 1 >= b) continue;
    const before = doc.pos[t - 1]!;
    if (before !== P_NOUN && before !== P_PROPN) continue;
    const w = doc.lower[t]!;
    const next = doc.pos[t + 1]!;
    if (p === P_NOUN && w.endsWith('s') && !w.endsWith('ss') && (next === P_DET || next === P_PRON || next === P_ADP || next === P_PUNCT)) return true;
    if (p === P_ADJ && w.endsWith('ed')) return true;
  }
  return false;
}

/**
 * A wh-word the tagger calls an adverb opening a finite clause at k ("asked why the agency failed",
 * "explained how it works"); not one that also opens adverbial clauses ("said when he arrived that").
 */
function whAdverbAt(doc: Doc, k: number, b: number): boolean {
  const lex = lexicon();
  const w = doc.lower[k]!;
  return doc.pos[k] === P_ADV && lex.whWords.has(w) && !lex.subordinators.has(w) && finiteClauseAt(doc, k + 1, b);
}

/**
 * A fronted cue whose topic preposition comes after adjuncts ("When asked at the conference about the
 * merger, she ...", "Asked by a reporter on Monday about her role, ..."): the cue with that preposition
 * is a cue of its own ("ask about"); the topic, to its comma as for any fronted cue, is the content, and
 * the asker of a 'by' phrase right after the cue the speaker.
 */
function frontedTopic(ctx: Ctx, ci: number, k: number, b: number, stance: Stance): boolean {
  const doc = ctx.doc;
  const c = ctx.clauses[ci]!;
  const verbs = lexicon().verbs;
  let t = k;
  let asker: Arg | null = null;
  for (let round = 0; round < 4 && t + 1 < b; round++) {
    const te = timePhraseEnd(doc, t, b);
    if (te > t) {
      t = te;
      continue;
    }
    if (doc.pos[t] !== P_ADP) return false;
    const w = doc.lower[t]!;
    const gerund = doc.pos[t + 1] === P_VERB && doc.lower[t + 1]!.endsWith('ing'); // "about raising taxes"
    const e = gerund ? t + 2 : npEnd(doc, t + 1, b);
    if (e <= t + 1) return false;
    if (t > k && verbs.has(c.lemma + ' ' + w)) {
      const cb = commaEnd(ctx, t + 1, b);
      ctx.used[ci] = 1;
      frame(ctx, c.sentence, asker, c.predStart, c.predEnd, t + 1, cb, false, stance, false);
      return true;
    }
    if (w === 'by' && t === k) asker = makeArg(doc, t + 1, e);
    t = e;
  }
  return false;
}

/** A word standing for a whole reported clause at k ("said so.", "said yes,", "said no to"), before punctuation or a preposition. */
function proformAt(doc: Doc, k: number, b: number): boolean {
  if (k >= b || !lexicon().proformContents.has(doc.lower[k]!)) return false;
  return k + 1 >= b || doc.pos[k + 1] === P_PUNCT || doc.pos[k + 1] === P_ADP || doc.lower[k + 1] === 'to';
}

/** A relative pronoun opens the clause of the cue at `cue` ("which officials said", "what he said"). */
function relativeBefore(ctx: Ctx, cue: number): boolean {
  const doc = ctx.doc;
  const lex = lexicon();
  const a = doc.sentStart[doc.sentOf[cue]!]!;
  for (let t = cue - 1; t >= a && t >= cue - 6; t--) {
    const w = doc.lower[t]!;
    if (lex.relativePronouns.has(w) || w === 'what') return true;
    const p = doc.pos[t]!;
    if (p === P_VERB || p === P_AUX || p === P_PUNCT) return false;
  }
  return false;
}

/** After a postposed cue at k only adjuncts (adverbs, time and prepositional phrases, an adverbial clause) precede punctuation. */
function postposedEnds(ctx: Ctx, k: number, b: number): boolean {
  const doc = ctx.doc;
  const lex = lexicon();
  let t = k;
  for (let round = 0; round < 4 && t < b; round++) {
    if (doc.pos[t] === P_PUNCT || lex.subordinators.has(doc.lower[t]!)) return true;
    if (doc.pos[t] === P_ADV) {
      t++;
      continue;
    }
    const te = timePhraseEnd(doc, t, b);
    if (te > t) {
      t = te;
      continue;
    }
    if (doc.pos[t] === P_ADP && t + 1 < b) {
      const e = npPPEnd(doc, t + 1, b, true);
      if (e > t + 1) {
        t = e;
        continue;
      }
    }
    return false;
  }
  return t >= b || doc.pos[t] === P_PUNCT || lex.subordinators.has(doc.lower[t]!);
}

/**
 * A cue that opens its sentence with no subject ("Asked whether ..., she said", "When asked what
 * ..., he replied"): a participle clause whose content ends at its comma.
 */
function fronted(ctx: Ctx, c: Clause): boolean {
  const doc = ctx.doc;
  const a = doc.sentStart[c.sentence]!;
  if (c.subject !== null && c.subject.tokEnd <= c.predStart) return false;
  const p = c.predStart - 1 >= a ? doc.pos[c.predStart - 1]! : -1;
  return (c.predStart === a || (c.predStart - 1 === a && (p === P_ADV || p === P_SCONJ))) && doc.lower[c.pred]!.endsWith('ed');
}

/**
 * The subject of the main clause after a participle clause that opens the sentence ("Bemoaning the
 * system, Trump accused ..."): the first subject after the opener's first comma; null when the
 * participle does not open the sentence or no such subject follows.
 */
function subjectAfterOpener(ctx: Ctx, ci: number): Arg | null {
  const doc = ctx.doc;
  const c = ctx.clauses[ci]!;
  const a = doc.sentStart[c.sentence]!;
  const b = doc.sentEnd[c.sentence]!;
  let t = a;
  // also after a preposition or subordinator ("After saying he was nervous, the man ...", "In
  // announcing the plan, the mayor ...")
  while (t < c.predStart && (doc.pos[t] === P_ADV || doc.pos[t] === P_CCONJ || doc.pos[t] === P_SCONJ || doc.pos[t] === P_ADP || doc.pos[t] === P_PUNCT)) t++;
  if (t !== c.predStart) return null;
  let comma = c.predEnd;
  while (comma < b && !isComma(doc, comma)) comma++;
  if (comma >= b) return null;
  for (let j = ci + 1; j < ctx.clauses.length; j++) {
    const d = ctx.clauses[j]!;
    if (d.sentence !== c.sentence) break;
    if (d.subject !== null && d.subject.tokStart > comma && d.subject.tokEnd <= d.predStart && d.voice === 'active') return d.subject;
  }
  return null;
}

/**
 * The noun phrase right before a participle cue holds no actor, but the subject of an earlier clause of
 * the sentence is, and no comma stands between: the participle belongs to that clause ("Senator
 * Cruz spent much of his speech praising ...", "Smith released a video saying ...").
 */
function objectBeforeParticiple(ctx: Ctx, c: Clause, s: number, ci: number): boolean {
  const np = c.subject!;
  for (let t = np.tokStart; t < np.tokEnd; t++) if (ctx.actorTok[t] === 1) return false;
  const main = mainSubject(ctx, s, ci);
  if (main === null || main.tokEnd > np.tokStart) return false;
  let actor = false;
  for (let t = main.tokStart; t < main.tokEnd && !actor; t++) actor = ctx.actorTok[t] === 1;
  if (!actor) return false;
  for (let t = main.tokEnd; t < np.tokStart; t++) if (isComma(ctx.doc, t)) return false;
  return true;
}

/** A verb group at c that is a bare participle ("vowing") or an infinitive ("to fight"): not a finite clause. */
function nonFinite(ctx: Ctx, c: Clause): boolean {
  const doc = ctx.doc;
  if (c.predStart - 1 >= 0 && doc.lower[c.predStart - 1] === 'to') return true;
  return c.predStart === c.pred && doc.pos[c.pred] === P_VERB && doc.lower[c.pred]!.endsWith('ing');
}

/** Whether token t lies in the content of a report of sentence s found so far ("showing his group has received ..., but said"). */
function reported(ctx: Ctx, s: number, t: number): boolean {
  for (let i = ctx.out.length - 1; i >= 0; i--) {
    const f = ctx.out[i]!;
    if (f.sentence === s && f.contentTok.tokStart <= t && t < f.contentTok.tokEnd) return true;
  }
  return false;
}

/** Whether a finite active clause of sentence s comes before clause k. */
function hasFiniteBefore(ctx: Ctx, s: number, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const c = ctx.clauses[j]!;
    if (c.sentence !== s) return false;
    if (!nonFinite(ctx, c) && c.voice === 'active') return true;
  }
  return false;
}

/**
 * The subject of the nearest finite clause of the sentence before clause ci, past participle and infinitive
 * clauses ("Some senators vented about Sanders vowing to fight on and said": the senators), also one set
 * off by an appositive that the clause stage leaves without a subject ("Gary Emineth, a former chairman,
 * became a delegate and said").
 */
function finiteSubjectBefore(ctx: Ctx, s: number, ci: number): Arg | null {
  const doc = ctx.doc;
  const a = doc.sentStart[s]!;
  const lex = lexicon();
  const conj = ctx.clauses[ci]!.predStart - 1;
  // a comma before the conjunction closes a subordinate clause ("... his prediction that Russia would
  // recover, and blamed", "the firehouse where the families were gathering, and discovered"); without one
  // the conjunct may be the subordinate clause's own ("the only way that we can modify it and see if ...")
  const closed = conj - 1 >= a && isComma(doc, conj - 1);
  for (let k = ci - 1; k >= 0; k--) {
    const c = ctx.clauses[k]!;
    if (c.sentence !== s) break;
    if (nonFinite(ctx, c) || c.voice !== 'active' || reported(ctx, s, c.pred)) continue;
    const open = (c.subject !== null && c.subject.tokStart < c.predStart ? c.subject.tokStart : c.predStart) - 1;
    if (closed && open >= a && (lex.complementizers.has(doc.lower[open]!) || lex.subordinators.has(doc.lower[open]!) || lex.whWords.has(doc.lower[open]!))) continue;
    // an embedded question's wh-subject ("did not identify who made the offer, but said") is no conjunct's
    if (c.subject !== null && c.subject.tokEnd === c.subject.tokStart + 1 && lex.whWords.has(doc.lower[c.subject.tokStart]!) && open >= a && doc.pos[open] === P_VERB) continue;
    if (c.subject !== null) return c.subject;
    // a verb with no subject found: its own conjunct of an earlier clause ("She came to me, sat with me and
    // asked"), or the sentence's first finite verb after an appositive ("Gary Emineth, a former chairman,
    // became a delegate and said")
    if (hasFiniteBefore(ctx, s, k)) continue;
    return speakerBefore(ctx, c.predStart, a);
  }
  return null;
}

/**
 * A participle cue right after a phrase naming a document or message ("a statement saying", "a series of
 * tweets saying", "an email saying"; reporting-verbs.json documents, by lemma): the document's author speaks.
 */
function documentParticiple(ctx: Ctx, c: Clause, np: Arg): boolean {
  const doc = ctx.doc;
  if (np.tokEnd > c.predStart || !doc.lower[c.pred]!.endsWith('ing')) return false;
  // past a time phrase ("released a statement Wednesday saying", "sent a letter this week urging")
  if (np.tokEnd < c.predStart) {
    const t = doc.pos[np.tokEnd] === P_ADP ? np.tokEnd + 1 : np.tokEnd;
    const e = timePhraseEnd(doc, t, c.predStart);
    if (e === t || e !== c.predStart) return false;
  }
  // the chunker may take the time phrase into the noun phrase ("a statement Wednesday")
  let last = np.tokEnd - 1;
  for (let k = np.tokEnd - 1; k > np.tokStart; k--) if (timePhraseEnd(doc, k, np.tokEnd) === np.tokEnd) last = k - 1;
  const docs = lexicon().documents;
  return docs.has(doc.lower[last]!) || docs.has(doc.lemma[last]!) || docs.has(doc.lemma[np.head]!);
}

/**
 * The predicate of a cue's object ending at e: a participle ("found Clinton leading"), an "as" phrase
 * ("see the plan as unfair") or an adjective ("found both men largely unknown"), not a time phrase.
 */
function objectPredicateAt(doc: Doc, e: number, b: number): boolean {
  if (e + 1 >= b) return false;
  if (doc.lower[e] === 'as') return npCanStart(doc, e + 1) || doc.pos[e + 1] === P_ADJ || doc.pos[e + 1] === P_ADV;
  let t = e;
  while (t < b && t < e + 2 && doc.pos[t] === P_ADV) t++;
  if (t >= b || timePhraseEnd(doc, t, b) > t) return false;
  return (doc.pos[t] === P_VERB && doc.lower[t]!.endsWith('ing')) || (doc.pos[t] === P_ADJ && (t + 1 >= b || doc.pos[t + 1] !== P_NOUN));
}

/**
 * A comment clause opened by "as" attributes the main clause: "As the Times noted, <content>", "As
 * reported by the Daily News, <content>", "<content>, as the mayor said." The speaker is the subject
 * or the by-agent; between the cue and the clause's comma only an addressee and adjuncts.
 */
function asReport(ctx: Ctx, ci: number, stance: Stance): boolean {
  const doc = ctx.doc;
  const c = ctx.clauses[ci]!;
  const s = c.sentence;
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  let speaker: Arg | null;
  let open: number;
  let after: number;
  if (c.voice === 'active' && c.subject !== null && c.subject.tokEnd <= c.predStart) {
    speaker = speakerBefore(ctx, c.predStart, a) ?? c.subject;
    open = speaker.tokStart - 1;
    after = c.predEnd;
    if (c.object !== null && c.object.tokStart === after && (cueOf(c)!.flags & C_ADDR) !== 0) after = c.object.tokEnd; // "As he told CNN,"
  } else if (doc.lower[c.predEnd] === 'by') {
    // "As reported by the Daily News,", "as was noted by"
    speaker = speakerAfter(doc, c.predEnd + 1, b);
    open = c.predStart - 1;
    while (open > a && doc.pos[open] === P_AUX) open--;
    after = speaker === null ? c.predEnd : speaker.tokEnd;
  } else return false;
  if (speaker === null || open < a || doc.lower[open] !== 'as' || ctx.quoteOf[open]! >= 0) return false;
  // only adjuncts up to the clause's punctuation ("As the Times noted on Monday in its report,")
  let p = after;
  while (p < b && p < after + 12 && doc.pos[p] !== P_PUNCT) {
    if (doc.pos[p] === P_VERB || doc.pos[p] === P_AUX || ctx.quoteOf[p]! >= 0) return false;
    p++;
  }
  if (p < b && doc.pos[p] !== P_PUNCT) return false;
  let first = a;
  while (first < open && (doc.pos[first] === P_CCONJ || doc.pos[first] === P_ADV)) first++;
  let ca: number;
  let cb: number;
  // preposed to the whole sentence or to a clause coordinated after a comma ("..., and as Comey noted, ...")
  if (first === open || (doc.pos[open - 1] === P_CCONJ && open - 2 > first && isComma(doc, open - 2))) {
    // preposed: the content follows the comma
    if (p + 2 >= b || !isComma(doc, p)) return false;
    ca = p + 1;
    cb = contentEnd(ctx, ca, b);
  } else {
    // after the content: ", as the mayor said." (and "The plan, as he noted, is dead.")
    if (open - 1 < first + 2 || !isComma(doc, open - 1)) return false;
    ca = first;
    cb = p < b && isComma(doc, p) && p + 2 < b && continuesClause(ctx, p + 1, b) ? contentEnd(ctx, p + 1, b) : open - 1;
  }
  ctx.used[ci] = 1;
  frame(ctx, s, speaker, c.predStart, c.predEnd, ca, cb, false, stance, false);
  return true;
}

/**
 * A reported clause from ca to e ends at a comma outside quotes before an adverbial of the main clause
 * ("He claimed that X, although he refused ...", "said X, even as ...": reportEndingSubordinators).
 */
function adverbialEnd(ctx: Ctx, ca: number, e: number): number {
  const doc = ctx.doc;
  const ends = lexicon().reportEndingSubordinators;
  for (let t = ca + 2; t + 2 < e; t++) {
    if (!isComma(doc, t) || ctx.quoteOf[t]! >= 0) continue;
    if (ends.has(doc.lower[t + 1]!) || ends.has(doc.lower[t + 1]! + ' ' + doc.lower[t + 2]!)) return t;
    // a participle clause after the comma ("declined to comment, not wanting to ...")
    const v = doc.lower[t + 1] === 'not' ? t + 2 : t + 1;
    if (doc.pos[v] === P_VERB && doc.lower[v]!.endsWith('ing')) return t;
  }
  return e;
}

/** End of content from k at the first comma outside quotes, else at the sentence's end. */
function commaEnd(ctx: Ctx, k: number, b: number): number {
  const e = contentEnd(ctx, k, b);
  for (let t = k + 1; t < e; t++) if (isComma(ctx.doc, t) && ctx.quoteOf[t]! < 0) return t;
  return e;
}

/**
 * "told a town hall in Salem, New Hampshire on Monday that ...": a 'that' after a longer stretch of
 * addressee and adjuncts than skipAdjuncts takes, with no verb of its own between (a capitalised word
 * the tagger calls a verb is a name); -1 when none.
 */
function farComplementizer(ctx: Ctx, k: number, b: number): number {
  const doc = ctx.doc;
  const lim = Math.min(b - 1, k + 16);
  for (let t = k; t < lim; t++) {
    const p = doc.pos[t]!;
    if (doc.lower[t] === 'that' && p === P_SCONJ) return t;
    if (ctx.quoteOf[t]! >= 0 || doc.form[t] === ';' || doc.form[t] === ':') return -1;
    // a capitalised word the tagger calls a verb is a name ("The Post and Courier of Charleston")
    if ((p === P_VERB || p === P_AUX) && !capitalisedInName(doc, t, k) && !capitalVerb(doc, t)) return -1;
  }
  return -1;
}

/**
 * "The plan seemed to falter", "Voters appear unmoved", "It appears that ...": the writer's judgement
 * of the whole clause, subject included (of an expletive "it", only the 'that' clause); no speaker.
 */
function evidentialFrame(ctx: Ctx, ci: number): void {
  const doc = ctx.doc;
  const c = ctx.clauses[ci]!;
  const a = doc.sentStart[c.sentence]!;
  const b = doc.sentEnd[c.sentence]!;
  let k = c.predEnd;
  while (k < b && (doc.pos[k] === P_ADV || isComma(doc, k))) k++;
  if (k + 1 >= b) return;
  const w = doc.lower[k]!;
  const p = doc.pos[k]!;
  const expletive = c.subject !== null && doc.lower[c.subject.tokStart] === 'it' && c.subject.tokEnd === c.subject.tokStart + 1;
  // "seemed like a smart move", "looks like a two-man race"
  const like = w === 'like' && npCanStart(doc, k + 1);
  let ca: number;
  let nominal = false;
  if (expletive) {
    if (w !== 'that' && !(w === 'to' && doc.pos[k + 1] === P_AUX) && !like) return;
    ca = w === 'that' ? k : c.subject!.tokStart;
  } else {
    // "seemed to reflect", "seems to not grasp", "appears to either be"
    let v = k + 1;
    while (w === 'to' && v < b && v < k + 3 && (doc.pos[v] === P_ADV || doc.pos[v] === P_PART || doc.pos[v] === P_CCONJ)) v++;
    const infinitive = w === 'to' && v < b && (doc.pos[v] === P_VERB || doc.pos[v] === P_AUX);
    // a participle as predicate: "he seemed rattled by the attacks", "the memo seemed aimed at ..."
    const participle = p === P_VERB && !w.endsWith('ing');
    // a noun phrase as predicate: "the returns seemed a reminder that ...", "seemed an insult away from ..."
    nominal = p === P_DET && npEnd(doc, k, b) > k + 1;
    if (!infinitive && p !== P_ADJ && !participle && !like && !nominal) return;
    // a subject set off from its verb by an aside between commas ("The statistics, purported to be
    // gathered by ..., appear to be fabricated"; "The economy, until recently, seemed impervious")
    const subject = c.subject ?? (c.predStart - 1 > a && isComma(doc, c.predStart - 1) ? speakerBefore(ctx, c.predStart, a) : null);
    if (subject === null || subject.tokEnd > c.predStart) return;
    ca = subject.tokStart;
    if (lexicon().relativePronouns.has(doc.lower[ca]!) && ca + 1 < c.predStart) ca++; // "which ... seemed"
  }
  if (ca < a) return;
  ctx.used[ci] = 1;
  // an adjective with a complement of its own runs on with it ("seems ready to come on board", "seemed
  // hopeful that ..."), but not over a cue verb's report, whose speaker is the subject ("voters appeared
  // more likely to describe her as honest": describe's frame)
  const complement = doc.lower[k + 1] === 'that' || (doc.lower[k + 1] === 'to' && k + 2 < b && !lexicon().verbs.has(doc.lemma[k + 2]!));
  const adjective = p === P_ADJ && !expletive && !complement;
  const cb = like ? npPPEnd(doc, k + 1, b) : adjective ? npPPEnd(doc, k, b) : commaEnd(ctx, k, b);
  frame(ctx, c.sentence, null, c.predStart, c.predEnd, ca, cb, false, 'asserted', false);
}

/**
 * "Rubio is seen as the favourite", "a valley known as a clannish backwater", "He is considered a
 * moderate": a passive verb of judgement with an 'as' phrase or a predicate noun judges its subject on
 * behalf of unnamed others (or its by-agent); the content is the clause, subject included, to its comma.
 * So does a passive of praise or blame before its reason or agent ("Trump has been criticized by his
 * rivals for failing to ...", "Roof is accused of killing ...", "Ginsburg is known for speaking her mind").
 */
function perceptionFrame(ctx: Ctx, ci: number): boolean {
  const doc = ctx.doc;
  const c = ctx.clauses[ci]!;
  const a = doc.sentStart[c.sentence]!;
  const b = doc.sentEnd[c.sentence]!;
  let k = c.predEnd;
  while (k < b && doc.pos[k] === P_ADV) k++;
  if (k + 1 >= b) return false;
  const lex = lexicon();
  const as = doc.lower[k] === 'as' && npCanStart(doc, k + 1);
  const predicate = !as && lex.smallClauseCues.has(c.lemma) && (npCanStart(doc, k) || doc.pos[k] === P_ADJ) && doc.pos[k] !== P_PRON;
  // praise and blame: "was criticized for failing to ...", "is accused of killing ...", "known for"
  const judged = !as && !predicate && lex.judgementPassives.has(c.lemma) && lex.judgementPreps.has(doc.lower[k]!);
  if (!as && !predicate && !judged) return false;
  let ca = c.predStart;
  // the subject, or for a participle after its noun ("a valley known as ...") the noun phrase before it
  if (c.subject !== null && c.subject.tokEnd <= c.predStart) ca = c.subject.tokStart;
  else if (c.predStart - 1 >= a && (doc.pos[c.predStart - 1] === P_NOUN || doc.pos[c.predStart - 1] === P_PROPN)) ca = npStartBack(doc, c.predStart - 1, a);
  if (lex.relativePronouns.has(doc.lower[ca]!) && ca + 1 < c.predStart) ca++;
  if (ca < a) return false;
  ctx.used[ci] = 1;
  frame(ctx, c.sentence, c.agent, c.predStart, c.predEnd, ca, commaEnd(ctx, k, b), false, 'asserted', false);
  return true;
}

/**
 * "The party released a Web video that accuses ...": the relative pronoun of a document (reporting-verbs.json
 * documents) speaks for the document's author, the subject of the sentence, as the document's participle
 * does ("a statement saying ..."); any other speaker stays as it is.
 */
function documentAuthor(ctx: Ctx, s: number, ci: number, sp: Arg | null): Arg | null {
  if (sp === null || sp.tokEnd < 2) return sp;
  const lower = ctx.doc.lower;
  const lex = lexicon();
  // The speaker found may be the pronoun itself or the document's noun phrase before it.
  const pronoun = lex.relativePronouns.has(lower[sp.tokEnd - 1]!) ? sp.tokEnd - 1 : sp.tokEnd;
  if (!lex.relativePronouns.has(lower[pronoun]!) || !lex.documents.has(lower[pronoun - 1]!)) return sp;
  return mainSubject(ctx, s, ci) ?? sp;
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
  if (!passive && c.object !== null && ctx.actorTok[c.object.head] === 1 && lex.citingCues.has(c.lemma) && citedSource(ctx, ci, c.object)) return;
  // "quoted X as saying ...": the report is the 'saying' clause's, with X its speaker (see quotedAs)
  if (lex.citingCues.has(c.lemma) && quotesAs(ctx, ci)) return;
  // An attributive participle ("pledged delegates", "the proposed cuts") is no report.
  if (c.predStart === c.pred && c.pred + 1 < b && pos[c.pred + 1] === P_NOUN && lower[c.pred]!.endsWith('ed')) {
    const prev = c.pred - 1 >= a ? pos[c.pred - 1]! : P_PUNCT;
    if (prev === P_DET || prev === P_ADP || prev === P_ADJ || prev === P_PUNCT || (prev === P_PRON && lex.possessives.has(lower[c.pred - 1]!))) return;
  }
  let stance = cue.stance;
  let cueEnd = c.predEnd;
  let k = c.predEnd;
  // (a wh-word the tagger calls an adverb opens the content: "Asked why the agency failed, ...")
  if (!passive && fronted(ctx, c) && frontedTopic(ctx, ci, k, b, stance)) return;
  const whOpens = (cue.flags & C_THAT) !== 0;
  while (k < b && pos[k] === P_ADV && !(whOpens && whAdverbAt(doc, k, b))) k++;
  // The addressee ("told reporters that", "warned Congress to") or a stance noun ("expressed concern over").
  if (!passive && c.object !== null && c.object.tokStart === k) {
    const head = lower[c.object.head]!;
    const st = lex.stanceObjects.get(head);
    if (st !== undefined) {
      stance = st;
      cueEnd = c.object.head + 1;
      k = cueEnd;
    } else if (cue.flags & C_ADDR && !lex.whWords.has(lower[c.object.tokStart]!)) {
      k = c.object.tokEnd;
      // "asked the candidate about the merger", "urged Congress for quick action": the topic is the content
      const w = lower[k];
      // "accused him of sexism", "accused the board of hiding losses": the addressee and the charge
      let of = w === 'of' ? k : -1;
      for (let t = c.object.tokStart + 1; t < c.object.tokEnd && of < 0; t++) if (lower[t] === 'of') of = t; // the NP took "of ..."
      // past a time phrase: "accused Russia on Sunday of deliberately targeting ..."
      let timeEnd = timePhraseEnd(doc, k, b);
      if (timeEnd === k && k + 1 < b && pos[k] === P_ADP) {
        const e = timePhraseEnd(doc, k + 1, b);
        if (e > k + 1) timeEnd = e;
      }
      if (of < 0 && timeEnd > k && lower[timeEnd] === 'of') of = timeEnd;
      if (of >= 0 && (cue.flags & C_NP) && of + 1 < b) {
        // a gerund charge, also one of 'being' or 'having' ("of being influenced", "of having lied")
        const gerund = pos[of + 1] === P_VERB || (pos[of + 1] === P_AUX && lower[of + 1]!.endsWith('ing'));
        const e = gerund ? commaEnd(ctx, of + 1, b) : Math.max(k, npPPEnd(doc, of + 1, b));
        if (e > of + 1) {
          ctx.used[ci] = 1;
          frame(ctx, s, documentAuthor(ctx, s, ci, speakerBefore(ctx, c.predStart, a)) ?? mainSubject(ctx, s, ci), c.predStart, c.predEnd, c.object.tokStart, e, false, stance, false);
          return;
        }
      }
      // (past a time phrase: "asked the minister on Tuesday about the merger")
      const t = timeEnd;
      const tw = lower[t];
      if (t + 1 < b && pos[t] === P_ADP && (tw === 'about' || tw === 'for' || tw === 'on' || tw === 'over') && skipAdjuncts(ctx, t, b) === t) {
        const e = npPPEnd(doc, t + 1, b);
        if (e > t + 1) {
          ctx.used[ci] = 1;
          frame(ctx, s, speakerBefore(ctx, c.predStart, a) ?? mainSubject(ctx, s, ci), c.predStart, c.predEnd, t + 1, e, false, stance, false);
          return;
        }
      }
    }
  }
  if (!(whOpens && whAdverbAt(doc, k, b))) k = skipAdjuncts(ctx, k, b, (cue.flags & C_INF) !== 0);
  let ca = -1;
  let cb = -1;
  let direct = false;
  if (k < b) {
    const w = lower[k]!;
    if ((cue.flags & C_THAT) && (lex.complementizers.has(w) || (lex.whWords.has(w) && k + 1 < b && pos[k + 1] !== P_PUNCT))) {
      ca = k;
    } else if (doc.form[k] === ':' && k + 1 < b) {
      ca = k + 1;
    } else if ((cue.flags & C_THAT) && proformAt(doc, c.predEnd, b)) {
      // "55 percent said so in December", "everyone said yes", "said no to a debate"
      ca = c.predEnd;
      cb = lower[ca] === 'no' && lower[ca + 1] === 'to' ? Math.max(ca + 1, npEnd(doc, ca + 2, b)) : ca + 1;
    } else if (ctx.quoteOf[k]! >= 0 && ctx.marks.qa[ctx.quoteOf[k]!] === k) {
      ca = k;
      cb = ctx.marks.qb[ctx.quoteOf[k]!]! + 1;
      direct = true;
    } else if ((cue.flags & C_INF) && negatedInfinitive(doc, k, b)) {
      // "urged Obama not to close the prison", "told them never to speak of it"
      ca = k;
    } else if ((cue.flags & C_INF) && w === 'to' && k + 1 < b && (pos[k + 1] === P_VERB || pos[k + 1] === P_AUX || pos[k + 1] === P_ADV)) {
      ca = k;
      if (stance === 'asserted' && lex.catenatives.get(c.lemma) === 'intent') stance = 'intent';
    } else if ((cue.flags & C_ING) && pos[k] === P_VERB && w.endsWith('ing')) {
      ca = k;
    } else if ((cue.flags & C_NP) && c.lemma.includes(' ') && pos[k] === P_VERB && w.endsWith('ing') && k === c.predEnd) {
      // a gerund object of a prepositional cue ("talked about raising taxes", "Asked about taking a
      // tougher line, ..."): to its comma
      ca = k;
      cb = commaEnd(ctx, k, b);
    } else if (!passive && npCanStart(doc, k) && pos[k] !== P_ADV && !invertedSpeaker(ctx, c, k, b)) {
      const e = npEnd(doc, k, b);
      // a bare time phrase ("said Tuesday") is no content
      if (e > k && timePhraseEnd(doc, k, b) < e) {
        // (a 'by' phrase too: "announced the tests by a military laboratory found ...")
        if ((cue.flags & C_THAT) && startsVerbGroup(doc, coordinatedSubjectEnd(doc, k, b), b)) ca = k;
        else if (lex.objectPredicateCues.has(c.lemma) && objectPredicateAt(doc, e, b)) ca = k; // "polls show Trump leading ..."
        else if (cue.flags & C_NP || cueEnd > c.predEnd) {
          ca = k;
          cb = e;
          // PP attachments of the content NP ("concern over the situation in the region")
          while (cb + 1 < b && pos[cb] === P_ADP && !lex.adjunctPreps.has(lower[cb]!)) {
            const e2 = npEnd(doc, cb + 1, b);
            if (e2 <= cb + 1) {
              // a gerund object ("showed no sign of backing down"): to its comma
              if (pos[cb + 1] === P_VERB && lower[cb + 1]!.endsWith('ing')) cb = commaEnd(ctx, cb + 1, b);
              break;
            }
            cb = e2;
          }
          // a noun's complement clause ("denied the notion that ...", "expressed skepticism that ...";
          // 'that' + a verb is a relative clause) or a nominal cue's infinitive ("announced plans to ...")
          if (cb + 2 < b && ctx.quoteOf[cb]! < 0 && ((lower[cb] === 'that' && pos[cb + 1] !== P_VERB && pos[cb + 1] !== P_AUX && pos[cb + 1] !== P_PUNCT) || (lower[cb] === 'to' && pos[cb + 1] === P_VERB && pos[cb - 1] === P_NOUN && lex.nouns.has(doc.lemma[cb - 1]!)))) {
            cb = adverbialEnd(ctx, cb, contentEnd(ctx, cb, b));
          }
          // what the object is called ("called the plan a disgrace", "called it \"reckless\"")
          if (cb < b && lex.smallClauseCues.has(c.lemma)) {
            const q = ctx.quoteOf[cb]!;
            if (q >= 0 && ctx.marks.qa[q] === cb) cb = ctx.marks.qb[q]! + 1;
            else if (npCanStart(doc, cb) || pos[cb] === P_ADJ) cb = Math.max(cb, npPPEnd(doc, cb, b));
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
    if (ca < 0 && (cue.flags & C_THAT)) {
      // "said none of them ...": a quantifier the tagger calls an adverb starts the clause
      const z = lower[k] === 'of' && k - 1 >= c.predEnd && pos[k - 1] === P_ADV ? k - 1 : k;
      if (zeroComplement(ctx, c, z, b)) {
        ca = z;
        // a gap relative ("the rules, which officials said will apply, ..."): its clause ends at the comma
        if (pos[z] === P_AUX || (pos[z] === P_VERB && !lower[z]!.endsWith('ing'))) cb = commaEnd(ctx, z, b);
      } else ca = farComplementizer(ctx, k, b);
    }
  }
  let speaker: Arg | null = null;
  let inherits = false;
  if (ca < 0) {
    // Postposed: "<content>, she said." / "<content>, said the minister." / "<content>, he said, <more>."
    if ((cue.flags & (C_POST | C_THAT)) !== 0 && asReport(ctx, ci, stance)) return;
    if (passive || (cue.flags & C_POST) === 0) return;
    const subj = c.subject !== null ? speakerBefore(ctx, c.predStart, a) ?? c.subject : null;
    let before = subj !== null && subj.tokEnd <= c.predStart ? subj.tokStart - 1 : c.predStart - 1;
    while (before >= a && pos[before] === P_ADV) before--;
    // one word before the comma is content only when the sentence goes on after the cue ("Now, she
    // said, the two groups rarely mix"; not "Yes, he said.")
    if (before < a + 1) return;
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
    // past an addressee and a time phrase: "Instead, Trump told CNN on Sunday, his policy ..."
    let after = Math.max(c.predEnd, speaker.tokEnd);
    if ((cue.flags & C_ADDR) !== 0) {
      if (c.object !== null && c.object.tokStart === after) after = c.object.tokEnd;
      else if (after < b && pos[after] === P_PRON) after++; // "..., the president told her."
    }
    after = timePhraseEnd(doc, after, b);
    // a postposed cue has nothing of its own after it but adjuncts ("she said in a statement", "he said
    // as he left"): "..., she found herself in trouble" is no report
    if (!postposedEnds(ctx, after, b)) return;
    if (after < b && isComma(doc, after) && after + 2 < b && continuesClause(ctx, after + 1, b)) cb = contentEnd(ctx, after + 1, b);
    else if (before < a + 2) return;
    // Reported speech outside quotation marks is a clause: "Carrie Lam, the chief executive of Hong
    // Kong, announced the decision" reports no "Carrie Lam, the chief executive".
    if (ctx.quoteOf[ca]! < 0 && !hasVerb(doc, ca, cb)) return;
  } else {
    if (cb < 0) cb = fronted(ctx, c) ? commaEnd(ctx, ca, b) : adverbialEnd(ctx, ca, contentEnd(ctx, ca, b));
    // a noun phrase content of a fronted cue ends at its comma too, also one that runs on through its
    // complement clause ("Asked about the claim that it was a bomb, Clinton said ...")
    else if (!direct && fronted(ctx, c)) cb = Math.min(cb, commaEnd(ctx, ca, b));
    if (!direct) cb = frontedClauseEnd(ctx, s, c.predStart, ca, cb);
    // "X, who said the plan was vetted, said ...": the relative clause ends at its comma.
    if (!direct && c.subject !== null && c.subject.tokEnd === c.subject.tokStart + 1 && lex.relativePronouns.has(lower[c.subject.tokStart]!) && c.subject.tokStart - 1 >= a && isComma(doc, c.subject.tokStart - 1)) {
      for (let t = ca; t < cb; t++) if (isComma(doc, t) && ctx.quoteOf[t]! < 0) {
        cb = t;
        break;
      }
    }
    const quoting = lower[c.predStart - 1] === 'as' ? quotedAs(ctx, ci) : null;
    if (quoting !== null) {
      // "Interfax quoted a military source as saying ...", "Shoigu was quoted by RIA as saying ...":
      // the one quoted speaks, the agency only relays
      speaker = quoting.voice === 'passive' ? quoting.subject : quoting.object;
    } else if (passive) {
      speaker = c.agent;
      inherits = speaker === null && (lex.complementizers.has(lower[ca]!) || lex.whWords.has(lower[ca]!) || direct);
    } else if (c.predStart - 1 >= a && pos[c.predStart - 1] === P_CCONJ) {
      // "... and said that ...": the coordinated report shares the previous report's speaker; a report
      // nested in a participle or infinitive is no conjunct of it ("vented about Sanders vowing to fight on
      // and said ..."), and an earlier finite clause's subject comes before such a clause's
      // (a participle conjunct joins the participle before it: "... rejecting X and calling Y"; after ", and"
      // the clause stage has given the conjunct the sentence's first subject)
      const commaConjunct = c.predStart - 2 >= a && isComma(doc, c.predStart - 2);
      speaker = nonFinite(ctx, c)
        ? previousSpeaker(ctx, s, c.predStart) ?? c.subject ?? mainSubject(ctx, s, ci)
        : previousSpeaker(ctx, s, c.predStart, true) ?? (commaConjunct ? c.subject : null) ?? finiteSubjectBefore(ctx, s, ci) ?? c.subject ?? mainSubject(ctx, s, ci);
    } else if (c.subject !== null && c.subject.tokEnd <= c.predStart && (documentParticiple(ctx, c, c.subject) || (c.subject.tokEnd === c.predStart && lower[c.pred]!.endsWith('ing') && objectBeforeParticiple(ctx, c, s, ci)))) {
      // "The army released a statement saying ...": the author of the document speaks; so does the
      // actor whose clause holds a thing before the participle ("is making a pitch to voters saying").
      speaker = mainSubject(ctx, s, ci) ?? c.subject;
    } else if (c.predStart - 2 >= a && ctx.quoteOf[c.predStart - 1]! >= 0 && isComma(doc, c.predStart - 2) && lower[c.pred]!.endsWith('ing')) {
      // '... “messy,” adding ...': a participle after a quoted phrase's comma is the sentence's speaker's,
      // not a subject's inside the quote
      speaker = previousSpeaker(ctx, s, c.predStart) ?? mainSubject(ctx, s, ci);
    } else if (c.subject !== null && c.subject.tokEnd <= c.predStart) {
      speaker = documentAuthor(ctx, s, ci, speakerBefore(ctx, c.predStart, a) ?? c.subject);
    } else if (c.predStart - 1 >= a && isComma(doc, c.predStart - 1) && lower[c.pred]!.endsWith('ing')) {
      // ", saying that ...", ", adding ...": the speaker of the sentence's previous frame, or its subject
      speaker = previousSpeaker(ctx, s, c.predStart) ?? mainSubject(ctx, s, ci);
    } else {
      speaker = speakerBefore(ctx, c.predStart, a) ?? mainSubject(ctx, s, ci);
    }
    // "..., Smith said when asked how ...": a participle right after a subordinator, with no subject of
    // its own, is passive; the one asked is no asker (the speaker is a by-agent or none)
    if (!passive && (cue.flags & C_ADDR) !== 0 && c.predStart - 1 > a && lex.subordinators.has(lower[c.predStart - 1]!) && !lower[c.pred]!.endsWith('ing') && (c.subject === null || c.subject.tokEnd > c.predStart)) speaker = null;
    // "(When) asked by a reporter whether ...": the asker
    if (speaker === null && !passive && lower[c.predEnd] === 'by' && c.predEnd + 1 < ca) speaker = speakerAfter(doc, c.predEnd + 1, ca);
    // "Remarking upon her empathy, Starr said ...": a participle clause that opens the sentence has
    // the main clause's subject
    if (speaker === null && !passive && lower[c.pred]!.endsWith('ing')) speaker = subjectAfterOpener(ctx, ci);
    // An active cue with no subject of its own: an infinitive ("to attack") is no frame; a fragment
    // ("Asked about the vote, ...") keeps an unknown speaker.
    if (speaker === null && !passive && c.predStart - 1 >= a && lower[c.predStart - 1] === 'to') return;
  }
  // "a local official who asked not to be named": a formula, no report
  if (!direct && cb - ca <= 5 && lex.notContent.has(doc.lower.slice(ca, cb).join(' '))) return;
  ctx.used[ci] = 1;
  frame(ctx, s, speaker, c.predStart, cueEnd, ca, cb, direct, stance, inherits);
}

/**
 * "..., Trend reports citing the Ministry of Defense", "..., the agency said, quoting officials": the
 * cited actor is the speaker of the report the participle follows, and no content of its own. A report
 * of the sentence ending right before the participle takes the cited actor as its speaker (the reporter
 * only relays it); without one, the content is the clause before the reporter's comma.
 */
function citedSource(ctx: Ctx, ci: number, source: Arg): boolean {
  const doc = ctx.doc;
  const c = ctx.clauses[ci]!;
  const s = c.sentence;
  const a = doc.sentStart[s]!;
  // "citing the ministry's failures" names a reason, not a source.
  for (let t = source.tokStart; t < source.tokEnd; t++) if (doc.lower[t] === "'s" || doc.lower[t] === '\u2019s') return false;
  let relay: Frame | null = null;
  for (const f of ctx.out) {
    if (f.sentence !== s || f.direct) continue;
    let end = f.cue.tokEnd;
    if (f.speaker !== null && f.speaker.tokStart >= f.cue.tokEnd) end = Math.max(end, f.speaker.tokEnd);
    // past commas, adverbs and time phrases (", the agency said on Monday, citing ...")
    for (let round = 0; round < 4 && end < c.predStart; round++) {
      while (end < c.predStart && (isComma(doc, end) || doc.pos[end] === P_ADV)) end++;
      const at = doc.pos[end] === P_ADP ? end + 1 : end;
      const te = timePhraseEnd(doc, at, c.predStart);
      if (te > at) end = te;
    }
    if (end === c.predStart) relay = f;
  }
  ctx.used[ci] = 1;
  if (relay !== null) {
    relay.speaker = source;
    return true;
  }
  let k = c.predStart - 1;
  while (k > a && !isComma(doc, k)) k--;
  if (k <= a + 1) return true;
  frame(ctx, s, source, c.predStart, c.predEnd, a, k, false, 'asserted', false);
  return true;
}

/** The 'as' + cue clause right after citing clause ci in its sentence ("quoted a source as saying"), or -1. */
function asClauseAfter(ctx: Ctx, ci: number): number {
  const q = ctx.clauses[ci]!;
  const doc = ctx.doc;
  const b = doc.sentEnd[q.sentence]!;
  for (let k = ci + 1; k < ctx.clauses.length; k++) {
    const c = ctx.clauses[k]!;
    if (c.sentence !== q.sentence) break;
    if (c.predStart - 1 >= q.predEnd && c.predStart < b && doc.lower[c.predStart - 1] === 'as' && c.predStart - q.predEnd <= 12) return cueOf(c) !== undefined ? k : -1;
  }
  return -1;
}

/** Whether citing clause ci quotes someone "as saying": then it is no frame of its own. */
function quotesAs(ctx: Ctx, ci: number): boolean {
  return asClauseAfter(ctx, ci) >= 0;
}

/** The citing clause ("quoted", "was quoted") that the 'as' clause ci completes, or null. */
function quotedAs(ctx: Ctx, ci: number): Clause | null {
  const lex = lexicon();
  const c = ctx.clauses[ci]!;
  for (let k = ci - 1; k >= 0; k--) {
    const q = ctx.clauses[k]!;
    if (q.sentence !== c.sentence) break;
    if (lex.citingCues.has(q.lemma)) return asClauseAfter(ctx, k) === ci ? q : null;
  }
  return null;
}

/** All frames of the document, in no particular order. */
export function findFrames(doc: Doc, clauses: Clause[], marks: QuoteMarks, actorTok: Uint8Array = uint8s(doc.length), personEnd: Int32Array = int32sOf(doc.length, -1)): Frame[] {
  const clauseAt = int32sOf(doc.length, -1);
  for (let i = 0; i < clauses.length; i++) clauseAt[clauses[i]!.predStart] = i;
  const quoteOf = int32sOf(doc.length, -1);
  for (let q = 0; q < marks.qa.length; q++) for (let k = marks.qa[q]!; k <= marks.qb[q]!; k++) quoteOf[k] = q;
  const ctx: Ctx = { doc, clauses, clauseAt, quoteOf, marks, used: uint8s(clauses.length), out: [], actorTok, personEnd };
  // Direct quotes first; a cue-less quote right after a direct frame in the same paragraph continues it.
  let lastDirect = -1;
  for (let q = 0; q < marks.qa.length; q++) {
    const before = ctx.out.length;
    if (lastDirect >= 0 && resumesAfterCue(ctx, ctx.out[lastDirect]!, q)) continue;
    if (quoteFramePost(ctx, q) || quoteFramePre(ctx, q) || signedQuote(ctx, q) || colonQuote(ctx, q)) {
      lastDirect = ctx.out.length > before ? ctx.out.length - 1 : lastDirect;
      continue;
    }
    if (lastDirect >= 0) {
      const f = ctx.out[lastDirect]!;
      const qa = marks.qa[q]!;
      let gapOk = qa - f.contentTok.tokEnd <= 25;
      for (let k = f.contentTok.tokEnd; gapOk && k <= qa && k < doc.length; k++) if (doc.newlineBefore[k] === 2) gapOk = false;
      // only when the quote opens a sentence (not a scare-quoted phrase)
      if (gapOk && doc.sentStart[doc.sentOf[qa]!] === qa) {
        f.contentTok.tokEnd = marks.qb[q]! + 1;
        f.content.end = doc.end[marks.qb[q]!]!;
      }
    }
  }
  const { evidentials, perceptionPassives, judgementPassives } = lexicon();
  for (let ci = 0; ci < clauses.length; ci++) {
    if (ctx.used[ci] !== 0) continue;
    const c = clauses[ci]!;
    if (evidentials.has(c.lemma)) evidentialFrame(ctx, ci);
    else if (!(c.voice === 'passive' && (perceptionPassives.has(c.lemma) || judgementPassives.has(c.lemma)) && perceptionFrame(ctx, ci))) verbFrame(ctx, ci);
  }
  const framed = uint8s(doc.sentStart.length);
  for (const f of ctx.out) framed[f.sentence] = 1;
  for (let s = 0; s < doc.sentStart.length; s++) {
    accordingFrames(ctx, s);
    pollFrames(ctx, s, framed);
    hearsayFrames(ctx, s);
    nounFrames(ctx, s);
    nounPrepFrames(ctx, s);
    adjectiveFrames(ctx, s);
    headlineFrames(ctx, s);
  }
  untangle(ctx);
  return ctx.out;
}

/**
 * A quotation that resumes right after its cue's comma ('"The way I see it," she said, "no one ..."'):
 * the direct frame's content runs on to the end of the resumed quote, which is no frame of its own.
 */
function resumesAfterCue(ctx: Ctx, f: Frame, q: number): boolean {
  const doc = ctx.doc;
  const qa = ctx.marks.qa[q]!;
  if (f.contentTok.tokEnd > f.cue.tokStart || qa < 2 || doc.sentOf[qa] !== f.sentence || !isComma(doc, qa - 1)) return false;
  let after = f.speaker !== null ? Math.max(f.cue.tokEnd, f.speaker.tokEnd) : f.cue.tokEnd;
  // past adjuncts ("she said Tuesday, "...") and an appositive ("said Smith, an aide, "...")
  for (let round = 0; round < 4 && after < qa - 1; round++) {
    const te = timePhraseEnd(doc, after, qa);
    if (te > after) after = te;
    else if (doc.pos[after] === P_ADV) after++;
    else if (doc.pos[after] === P_ADP && npPPEnd(doc, after + 1, qa, true) > after + 1) after = npPPEnd(doc, after + 1, qa, true);
    else if (isComma(doc, after) && npCanStart(doc, after + 1) && npPPEnd(doc, after + 1, qa) === qa - 1) after = qa - 1;
    else break;
  }
  if (qa - 1 !== after) return false;
  f.contentTok.tokEnd = ctx.marks.qb[q]! + 1;
  f.content.end = doc.end[ctx.marks.qb[q]!]!;
  return true;
}

/**
 * A second report of the same sentence coordinated with the first ("X said A, noting B", "X said A
 * and said B", "..., and he railed against B"): the first content ends before it, so the second is
 * a sibling, not a report inside the first.
 */
function siblingReport(ctx: Ctx, f: Frame, g: Frame): void {
  const doc = ctx.doc;
  if (f.contentTok.tokStart < f.cue.tokStart || f.direct) return;
  const sp = g.speaker;
  let p = g.cue.tokStart;
  while (p - 1 > f.contentTok.tokStart && doc.pos[p - 1] === P_ADV) p--;
  // "announced that Kagame and his party must agree to ...": a second cue whose speaker ends the first
  // content's coordinated subject is that content's own verb, no sibling report.
  let open = f.contentTok.tokStart;
  if (lexicon().complementizers.has(doc.lower[open]!)) open++;
  if (open < p && sp !== null && sp.tokEnd === p && coordinatedSubjectEnd(doc, open, p) === p && lexicon().subjectConjunctions.has(doc.lower[sp.tokStart - 1]!)) return;
  if (sp !== null && sp.tokEnd === p && sp.tokStart > f.contentTok.tokStart) {
    p = sp.tokStart;
    // a quantified speaker the chunker cut short ("and more than 4 in 10 said", "while about half said")
    let q = p;
    while (q - 1 > f.contentTok.tokStart && q > p - 4 && QUANT_POS.has(doc.pos[q - 1]!) && !joinsReport(doc, q - 1)) q--;
    if (q < p && q - 1 > f.contentTok.tokStart && joinsReport(doc, q - 1)) p = q;
  }
  if (p - 1 <= f.contentTok.tokStart) return;
  // a comma inside the close mark of a quoted phrase ('... “founded ISIS,” saying ...') ends the first
  // content after the mark
  const q = ctx.quoteOf[p - 1]!;
  if (q >= 0) {
    if (ctx.marks.qb[q] !== p - 1 || ctx.marks.qa[q]! <= f.contentTok.tokStart || !isComma(doc, p - 2)) return;
    if (!(doc.pos[g.cue.tokStart] === P_VERB && doc.lower[g.cue.tokStart]!.endsWith('ing'))) return;
    f.contentTok.tokEnd = p;
    f.content.end = doc.end[p - 1]!;
    return;
  }
  const participle = isComma(doc, p - 1) && doc.pos[g.cue.tokStart] === P_VERB && doc.lower[g.cue.tokStart]!.endsWith('ing');
  // "When Clinton noted that ..., Trump boasted ...": the first report sits in a fronted adverbial
  // clause, which ends at the comma before the main clause's speaker
  const mainAfterAdverbial = isComma(doc, p - 1) && sp !== null && sp.tokEnd === g.cue.tokStart && frontedAdverbial(ctx, f);
  if (!joinsReport(doc, p - 1) && !participle && !mainAfterAdverbial) return;
  p--;
  while (p > f.contentTok.tokStart && (doc.pos[p - 1] === P_PUNCT || joinsReport(doc, p - 1)) && !isQuoteTok(ctx, p - 1)) p--;
  if (p <= f.contentTok.tokStart) return;
  f.contentTok.tokEnd = p;
  f.content.end = doc.end[p - 1]!;
}

/**
 * A report inside an adverbial clause that opens its sentence ("While he refused to release them, Mr.
 * Obama deemed ...", "If he says he will stay, it would seem ...") or inside an opening participle
 * clause: that clause, and with it the report, ends at the first comma after which a finite main clause
 * begins. Returns the content's
 * new end, or cb when the cue opens no such clause.
 */
function frontedClauseEnd(ctx: Ctx, s: number, cueStart: number, ca: number, cb: number): number {
  const doc = ctx.doc;
  const b = doc.sentEnd[s]!;
  let a = doc.sentStart[s]!;
  while (a < cueStart && (doc.pos[a] === P_CCONJ || doc.pos[a] === P_PUNCT)) a++;
  // a participle cue that opens the sentence is such a clause too ("Noting that he majored in
  // philosophy, Allen said ...", "Having announced that ..., the judge proceeded ...")
  const participle = a === cueStart && doc.lower[a]!.endsWith('ing');
  if (!participle && !lexicon().subordinators.has(doc.lower[a]!)) return cb;
  for (let t = a + 1; t < cueStart; t++) if (isComma(doc, t) || ctx.quoteOf[t]! >= 0) return cb;
  for (let t = ca + 1; t + 1 < cb; t++) {
    if (!isComma(doc, t) || ctx.quoteOf[t]! >= 0) continue;
    if (finiteClauseAt(doc, t + 1, b)) return t;
  }
  return cb;
}

/** The frame's cue is inside an adverbial clause that opens its sentence ("When X said that ..., ..."). */
function frontedAdverbial(ctx: Ctx, f: Frame): boolean {
  const doc = ctx.doc;
  let a = doc.sentStart[f.sentence]!;
  while (a < f.cue.tokStart && (doc.pos[a] === P_CCONJ || doc.pos[a] === P_PUNCT)) a++;
  if (!lexicon().subordinators.has(doc.lower[a]!)) return false;
  for (let t = a + 1; t < f.cue.tokStart; t++) if (isComma(doc, t) || ctx.quoteOf[t]! >= 0) return false;
  return true;
}

/** Parts of speech inside a quantifier before a speaker's head ("more than 4 in 10", "about half"). */
const QUANT_POS = new Set<number>([P_ADJ, P_ADP, P_ADV, P_DET, P_NUM]);

/** Token k joins a second report to the first: "and", "but", "while", "whereas". */
function joinsReport(doc: Doc, k: number): boolean {
  return doc.pos[k] === P_CCONJ || lexicon().siblingConjunctions.has(doc.lower[k]!);
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
  const bySent = fs.map((_, i) => i).sort((x, y) => fs[x]!.sentence - fs[y]!.sentence || fs[x]!.cue.tokStart - fs[y]!.cue.tokStart);
  for (let i = 0; i < bySent.length; i++) {
    const f = fs[bySent[i]!]!;
    for (let j = i + 1; j < bySent.length && j <= i + 16 && fs[bySent[j]!]!.sentence === f.sentence; j++) {
      const g = fs[bySent[j]!]!;
      // a report inside a fronted clause that ends at its comma ends there too ("Asked whether he
      // would ask Sanders to join her ticket, Reid said ...": "ask" does not run on over "Reid said")
      if (inContent(f, g.cue.tokStart) && g.contentTok.tokEnd > f.contentTok.tokEnd && f.contentTok.tokStart >= f.cue.tokEnd && isComma(doc, f.contentTok.tokEnd) && g.contentTok.tokStart < f.contentTok.tokEnd) {
        g.contentTok.tokEnd = f.contentTok.tokEnd;
        g.content.end = doc.end[f.contentTok.tokEnd - 1]!;
      }
      if (inContent(f, g.cue.tokStart) && !inContent(g, f.cue.tokStart)) siblingReport(ctx, f, g);
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
