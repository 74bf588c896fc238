// The wink-nlp adapter. wink-nlp is created once per process (a second instance corrupts its
// pattern state); everything downstream reads the flat arrays of `Doc`, never wink objects.
import winkNLP from 'wink-nlp';
import { int32s, int32sFrom, uint8s } from '../slab.js';
import model from 'wink-eng-lite-web-model';

/** Universal POS tags as wink emits them, interned to small integers for hot loops. */
export const POS_TAGS = [
  'X', 'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON',
  'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'SPACE',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
export const POS: Readonly<Record<PosTag, number>> = Object.freeze(
  Object.fromEntries(POS_TAGS.map((t, i) => [t, i])) as Record<PosTag, number>,
);

/**
 * A parsed document. Token i covers text.slice(start[i], end[i]) of the ORIGINAL text.
 * Arrays are parallel and indexed by token; sentences are token ranges [sentStart, sentEnd).
 */
export interface Doc {
  readonly text: string;
  readonly length: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Surface form exactly as in the text. */
  readonly form: readonly string[];
  readonly lower: readonly string[];
  readonly lemma: readonly string[];
  readonly pos: Uint8Array;
  /**
   * wink-nlp's lexeme id of the token's exact form (the same id for the same string throughout a
   * process), or -1 for a token the adapter split off itself: a cheap key for per-word caches.
   */
  readonly lexeme: Int32Array;
  /** Token index of the first token of each sentence, and one past its last token. */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  /** Sentence index of every token. */
  readonly sentOf: Int32Array;
  /**
   * Line break before the token: 0 none, 1 a soft wrap inside a paragraph (hard-wrapped wire copy),
   * 2 a hard break (blank line, indented paragraph, or any newline in text that is not hard-wrapped).
   */
  readonly newlineBefore: Uint8Array;
}

let nlpInstance: ReturnType<typeof winkNLP> | null = null;

/** The process-wide wink-nlp instance (lazy, created exactly once). */
export function wink(): ReturnType<typeof winkNLP> {
  if (nlpInstance === null) {
    nlpInstance = winkNLP(model, ['sbd', 'pos']);
    tokenizeWithoutMemory(nlpInstance);
  }
  return nlpInstance;
}

/** The parts of wink-nlp's internal lexicon cache that tokenization consults. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): unknown;
  intrinsicSize(): number;
}

/**
 * wink-nlp adds every out-of-vocabulary word it meets to its lexicon cache, and its tokenizer asks
 * that cache whether a string is a known word: a form first split ("Moody" + "'s") is kept whole
 * once an earlier document has added it, so the same text would tokenize (and tag) differently
 * depending on what the process read before. Here the tokenizer's lookups see only the model's own
 * lexicon, so every document is tokenized as if it were the first: the same text, the same tokens.
 * Words are still added to the cache (so their lexeme ids stay stable), and adding a word still
 * sees the whole cache (its feature extractors expect every word they ask for to be there).
 */
function tokenizeWithoutMemory(nlp: ReturnType<typeof winkNLP>): void {
  const cache = winkCache(nlp);
  if (cache === null) return;
  const intrinsic = cache.intrinsicSize();
  const lookup = cache.lookup;
  const add = cache.add;
  let adding = 0;
  cache.add = (text: string, category: number): unknown => {
    adding++;
    try {
      return add(text, category);
    } finally {
      adding--;
    }
  };
  cache.lookup = (text: string): number[] | null => {
    const found = lookup(text);
    return adding === 0 && found !== null && found.length === 1 && found[0]! >= intrinsic ? null : found;
  };
}

/**
 * wink-nlp's lexicon cache, part of the raw document data (see `rawDocument`). Null if wink's
 * internals ever change shape (then the tokenizer keeps its memory, which the determinism test reports).
 */
function winkCache(nlp: ReturnType<typeof winkNLP>): WinkCache | null {
  try {
    const c = rawDocument(nlp, nlp.readDoc('probe').tokens().itemAt(0)).rdd.cache as unknown as Partial<WinkCache>;
    return typeof c.lookup === 'function' && typeof c.add === 'function' && typeof c.intrinsicSize === 'function' ? (c as WinkCache) : null;
  } catch {
    return null;
  }
}

const posCode = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));

/** The parts of wink-nlp's raw document data (`rdd`) the adapter reads. */
interface WinkRdd {
  /** Four numbers per token: lexeme id, preceding spaces (low 16 bits), POS and lemma bits, flags. */
  tokens: number[];
  numOfTokens: number;
  /** [first token, last token, ...] per sentence. */
  sentences: number[][];
  /** Preceding whitespace of a token whose count field is 0xFFFF (it holds other than plain spaces). */
  nonBreakingSpaces: Record<number, string>;
  cache: { value(id: number): string; valueOf(feature: string, index: number): string };
}
type WinkLemma = (index: number, rdd: WinkRdd, addons: unknown) => string | undefined;

// Token layout in rdd.tokens (wink-nlp src/constants.js).
const TK_SIZE = 4;
const SPACES_MASK = 0xffff;
const POS_MASK = 0x3f00000;
const POS_SHIFT = 20;

/**
 * wink's `out(its.x)` walks the document once per property and builds an array for each; reading
 * five properties that way cost more than wink's own tokenizing. Here the adapter reads every
 * property of every token in one pass from wink's raw document data (`rdd`). wink hands that only to
 * its own `its` helpers, and `out` falls back to `its.value` for a helper it does not know: for one
 * call, `its.value` (on the instance's own `its` object) is swapped for one that takes the raw data.
 */
function rawDocument(nlp: ReturnType<typeof winkNLP>, first: { out(f: unknown): unknown }): { rdd: WinkRdd; addons: unknown } {
  const its = nlp.its as unknown as Record<string, unknown>;
  const value = its['value'];
  let rdd: WinkRdd | null = null;
  let addons: unknown = null;
  its['value'] = (_index: number, raw: WinkRdd, adds: unknown): number => {
    rdd = raw;
    addons = adds;
    return 0;
  };
  try {
    first.out(unknownHelper);
  } finally {
    its['value'] = value;
  }
  const got = rdd as WinkRdd | null;
  if (got === null || !Array.isArray(got.tokens) || typeof got.cache?.value !== 'function') {
    throw new Error('wink-nlp: unsupported version (its raw document data is not as expected)');
  }
  return { rdd: got, addons };
}
/** A helper wink does not know, so that `out` falls back to `its.value`. */
function unknownHelper(): number {
  return 0;
}

// Lower case and lemma by wink lexeme id ('' and 255: not yet known); see `parse`. Dense arrays, as
// lexeme ids are dense (wink's lexicon, then the words it adds in order).
let lowerById: string[] = new Array<string>(1 << 17).fill('');
let lemmaById: string[] = new Array<string>(1 << 17).fill('');
let lemmaPosById = new Uint8Array(1 << 17).fill(255);
/** Lexeme ids from here on (a very long run's new words) are not kept. */
const FORMS_LIMIT = 1 << 22;

function growForms(id: number): void {
  let size = lowerById.length;
  while (size <= id) size *= 2;
  const more = size - lowerById.length;
  lowerById = lowerById.concat(new Array<string>(more).fill(''));
  lemmaById = lemmaById.concat(new Array<string>(more).fill(''));
  const pos = new Uint8Array(size).fill(255);
  pos.set(lemmaPosById);
  lemmaPosById = pos;
}

/** parse's per-call scratch (wink tokens' POS codes, and our token index of each), grown on demand. */
let scratchPos = new Uint8Array(1024);
let scratchOurs = new Int32Array(1024);

/** Our POS code of wink's POS index (-1: not yet looked up). */
const posOfWink = new Int16Array(64).fill(-1);

/**
 * Tokenize, split sentences, tag POS and lemmatize `text.slice(from, to)`, with offsets into
 * `text`. Offsets are recovered from wink's preceding-space counts and verified against the text;
 * where wink's token value differs from the surface (it never should), the token is re-found.
 */
export function parse(text: string, from = 0, to = text.length): Doc {
  const nlp = wink();
  const body = from === 0 && to === text.length ? text : text.slice(from, to);
  const wdoc = nlp.readDoc(body);
  const toks = wdoc.tokens();
  if (toks.length() === 0) return emptyDoc(text);
  const { rdd, addons } = rawDocument(nlp, toks.itemAt(0));
  const lemmaOf = nlp.its.lemma as unknown as WinkLemma;
  const raw = rdd.tokens;
  const cache = rdd.cache;
  const total = rdd.numOfTokens;
  const SPACE = POS.SPACE;
  // wink emits line breaks as SPACE tokens; the Doc keeps only real tokens and records the breaks.
  // wink's tokenizer consults a cache that grows with every document: a possessive it split the first
  // time ("Moody" + "'s") comes back whole ("Moody's") once the whole form is cached. Split it again
  // so the same text always gives the same tokens, whatever was coded before in the process.
  const values = new Array<string>(total);
  if (scratchPos.length < total + 1) {
    scratchPos = new Uint8Array(2 * total + 2);
    scratchOurs = new Int32Array(2 * total + 2);
  }
  const posIn = scratchPos;
  let n = 0;
  for (let i = 0; i < total; i++) {
    const v = cache.value(raw[i * TK_SIZE]!);
    values[i] = v;
    const w = (raw[i * TK_SIZE + 2]! & POS_MASK) >>> POS_SHIFT;
    let p = posOfWink[w]!;
    if (p < 0) p = posOfWink[w] = posCode.get(cache.valueOf('pos', w)) ?? 0;
    posIn[i] = p;
    if (p !== SPACE) n += possessiveSplit(v) > 0 ? 2 : 1;
  }
  // Views into shared slabs (src/slab.ts): an ArrayBuffer per array cost more than wink's tokenizing
  // of a short story.
  const start = int32s(n);
  const end = int32s(n);
  const lexeme = int32s(n);
  const sentOf = int32s(n);
  const pos = uint8s(n);
  const newlineBefore = uint8s(n);
  const lower = new Array<string>(n);
  const form = new Array<string>(n);
  const lemma = new Array<string>(n);
  /** Our token index of wink token i (the next kept token for a SPACE token). */
  const ours = scratchOurs;
  const wrapped = isHardWrapped(body);
  let off = 0;
  /** Where the whitespace before the next kept token begins, and the first newline at or after it. */
  let gapStart = 0;
  let newline = body.indexOf('\n');
  let k = 0;
  let split = false;
  for (let i = 0; i < total; i++) {
    const count = raw[i * TK_SIZE + 1]! & SPACES_MASK;
    off += count < SPACES_MASK ? count : (rdd.nonBreakingSpaces[i] ?? '').length;
    let v = values[i]!;
    if (body.startsWith(v, off) === false) {
      // Defensive: resynchronise on the next occurrence of the token value.
      const found = body.indexOf(v, off);
      if (found >= 0) off = found;
      else v = body.slice(off, Math.min(body.length, off + v.length));
    }
    ours[i] = k;
    if (posIn[i] === SPACE) {
      off += v.length;
      continue;
    }
    if (newline >= 0 && newline < gapStart) newline = body.indexOf('\n', gapStart);
    if (newline >= 0 && newline < off) newlineBefore[k] = lineBreakKind(body.slice(gapStart, off), wrapped);
    const cut = possessiveSplit(v);
    if (cut > 0) {
      const base = v.slice(0, cut);
      const lem = lemmaOf(i, rdd, addons) ?? base.toLowerCase();
      start[k] = off + from;
      end[k] = off + cut + from;
      form[k] = base;
      lower[k] = base.toLowerCase();
      lemma[k] = lem.length > 2 && /['\u2019]s$/i.test(lem) ? lem.slice(0, -2) : base.toLowerCase();
      pos[k] = posIn[i]!;
      lexeme[k] = -1;
      k++;
      start[k] = off + cut + from;
      end[k] = off + v.length + from;
      form[k] = v.slice(cut);
      lower[k] = form[k]!.toLowerCase();
      lemma[k] = form[k]!.toLowerCase();
      pos[k] = POS.PART;
      lexeme[k] = -1;
      off += v.length;
      gapStart = off;
      k++;
      continue;
    }
    if (v.charCodeAt(0) > 0xff || v.charCodeAt(v.length - 1) > 0xff) split = true;
    start[k] = off + from;
    end[k] = off + v.length + from;
    form[k] = v;
    pos[k] = posIn[i]!;
    // A value re-read from the text (never expected) is not wink's lexeme any more.
    const id = v === values[i] ? raw[i * TK_SIZE]! : -1;
    lexeme[k] = id;
    // A word's lower case is a function of its lexeme, and wink's lemma one of its lexeme and POS
    // (except for a contraction's part, whose lemma wink keeps in the token): both are kept by
    // lexeme id, the lemma for the POS the word last had.
    if (id >= 0 && id < FORMS_LIMIT && raw[i * TK_SIZE + 1]! <= SPACES_MASK) {
      if (id >= lowerById.length) growForms(id);
      let low = lowerById[id]!;
      if (low === '') low = lowerById[id] = v.toLowerCase();
      lower[k] = low;
      if (lemmaPosById[id] === posIn[i]) lemma[k] = lemmaById[id]!;
      else {
        lemma[k] = lemmaById[id] = lemmaOf(i, rdd, addons) ?? low;
        lemmaPosById[id] = posIn[i]!;
      }
    } else {
      lower[k] = v.toLowerCase();
      lemma[k] = lemmaOf(i, rdd, addons) ?? lower[k]!; // wink gives no lemma for a few whole forms ("cannot")
    }
    off += v.length;
    gapStart = off;
    k++;
  }
  ours[total] = n;
  // wink splits words at letters outside Latin-1 ("Erdo" + "ğ" + "an", "Vu" + "č" + "i" + "ć"): join them.
  if (split) n = joinSplitWords(text, n, { start, end, form, lower, lemma, pos, lexeme, newlineBefore }, ours.subarray(0, total + 1));
  // wink can run a sentence across a paragraph break (headlines without final stops): split there.
  const ss: number[] = [];
  const se: number[] = [];
  for (const sentence of rdd.sentences) {
    const a = ours[sentence[0]!]!;
    const b = ours[sentence[1]! + 1]!; // one past the last kept token
    if (b <= a) continue;
    let s = a;
    // wink ends a sentence at the stop of an abbreviation inside parentheses ("Sen. Mitch McConnell
    // (R-Ky.) said ..."): after a closing parenthesis, a lower-case word or a comma ("(D-Va.), the
    // ranking member, said") runs the sentence on.
    const c0 = form[a]!.charCodeAt(0);
    if (((c0 >= 97 && c0 <= 122) || form[a] === ',') && a > 0 && form[a - 1] === ')' && newlineBefore[a] === 0 && se.length > 0 && se[se.length - 1] === a) {
      se.pop();
      s = ss.pop()!;
    } else if (newlineBefore[a] === 0 && se.length > 0 && se[se.length - 1] === a && closesShortParenthesis(form, ss[ss.length - 1]!, a, b)) {
      // ... and at a stop inside a short parenthesis ("Rep. Ann Hale (D-N.Y.) said": a break after "N."),
      // which the next few tokens close: the sentence runs on through it
      se.pop();
      s = ss.pop()!;
    }
    for (let i = a + 1; i < b; i++) {
      if (newlineBefore[i] === 2) {
        ss.push(s);
        se.push(i);
        s = i;
      }
    }
    ss.push(s);
    se.push(b);
  }
  for (let k = 0; k < ss.length; k++) for (let i = ss[k]!; i < se[k]!; i++) sentOf[i] = k;
  const kept = start.length;
  return {
    text,
    length: n,
    start: kept === n ? start : start.subarray(0, n),
    end: kept === n ? end : end.subarray(0, n),
    form,
    lower,
    lemma,
    pos: kept === n ? pos : pos.subarray(0, n),
    lexeme: kept === n ? lexeme : lexeme.subarray(0, n),
    sentStart: int32sFrom(ss),
    sentEnd: int32sFrom(se),
    sentOf: kept === n ? sentOf : sentOf.subarray(0, n),
    newlineBefore: kept === n ? newlineBefore : newlineBefore.subarray(0, n),
  };
}

/** The Doc of a text with no tokens (empty or only whitespace). */
function emptyDoc(text: string): Doc {
  const none = new Int32Array(0);
  return { text, length: 0, start: none, end: none, form: [], lower: [], lemma: [], pos: new Uint8Array(0), lexeme: none, sentStart: none, sentEnd: none, sentOf: none, newlineBefore: new Uint8Array(0) };
}

/** How many tokens a parenthesis may run before and after a sentence break inside it and still be one abbreviation's ("(D-N.Y.)"). */
const SHORT_PARENTHESIS = 6;

/**
 * Whether the sentence [ps, a) ends inside a parenthesis opened among its last few tokens that the
 * sentence [a, b) closes among its first few, with no other parenthesis between: the break is an
 * abbreviation's stop ("(D-N.Y.)", "(R-S.C.)"), not a sentence end.
 */
function closesShortParenthesis(form: string[], ps: number, a: number, b: number): boolean {
  let open = -1;
  for (let i = a - 1; i >= ps && i >= a - SHORT_PARENTHESIS; i--) {
    if (form[i] === ')') return false;
    if (form[i] === '(') {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = a; i < b && i < a + SHORT_PARENTHESIS; i++) {
    if (form[i] === '(') return false;
    if (form[i] === ')') return true;
  }
  return false;
}

const LETTER = /\p{L}/u;

/**
 * Join tokens that touch across a boundary between two letters one of which is beyond Latin-1
 * (wink's tokenizer breaks words there). The joined token is a proper noun when capitalised (these
 * are mostly names: Erdoğan, Vučić, Łukasz). Compacts the token arrays in place, remaps `ours`
 * (wink token -> our token) and returns the new token count.
 */
function joinSplitWords(
  text: string,
  n: number,
  t: { start: Int32Array; end: Int32Array; form: string[]; lower: string[]; lemma: string[]; pos: Uint8Array; lexeme: Int32Array; newlineBefore: Uint8Array },
  ours: Int32Array,
): number {
  const remap = new Int32Array(n + 1);
  let w = 0;
  for (let r = 0; r < n; r++) {
    const at = t.start[r]!;
    if (w > 0 && at === t.end[w - 1]) {
      const a = text.charCodeAt(at - 1);
      const b = text.charCodeAt(at);
      if ((a > 0xff || b > 0xff) && LETTER.test(text.charAt(at - 1)) && LETTER.test(text.charAt(at))) {
        const j = w - 1;
        t.end[j] = t.end[r]!;
        t.form[j] = text.slice(t.start[j]!, t.end[j]!);
        t.lower[j] = t.form[j]!.toLowerCase();
        t.lemma[j] = t.lower[j]!;
        t.lexeme[j] = -1;
        const first = t.form[j]!.charAt(0);
        if (first !== first.toLowerCase()) t.pos[j] = POS.PROPN;
        else if (t.pos[j] === POS.X) t.pos[j] = t.pos[r]!;
        remap[r] = j;
        continue;
      }
    }
    if (w !== r) {
      t.start[w] = t.start[r]!;
      t.end[w] = t.end[r]!;
      t.form[w] = t.form[r]!;
      t.lower[w] = t.lower[r]!;
      t.lemma[w] = t.lemma[r]!;
      t.pos[w] = t.pos[r]!;
      t.lexeme[w] = t.lexeme[r]!;
      t.newlineBefore[w] = t.newlineBefore[r]!;
    }
    remap[r] = w++;
  }
  remap[n] = w;
  for (let i = 0; i < ours.length; i++) ours[i] = remap[ours[i]!]!;
  t.form.length = w;
  t.lower.length = w;
  t.lemma.length = w;
  return w;
}

/**
 * Hard-wrapped copy (Reuters, e-mail) breaks lines at a fixed width inside sentences; there a single
 * newline is not a boundary. Heuristic: many lines, most of them 45-85 characters long, and a fair
 * share of line starts in lower case.
 */
function isHardWrapped(body: string): boolean {
  let lines = 0;
  let wrapLike = 0;
  let lowerStarts = 0;
  let lineStart = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || body.charCodeAt(i) === 10) {
      const len = i - lineStart;
      if (len > 0) {
        lines++;
        if (len >= 45 && len <= 85) wrapLike++;
      }
      const next = body.charCodeAt(i + 1);
      if (next >= 97 && next <= 122) lowerStarts++;
      lineStart = i + 1;
    }
  }
  return lines >= 3 && wrapLike * 2 >= lines && lowerStarts * 10 >= lines;
}

function lineBreakKind(spaces: string, wrapped: boolean): number {
  const first = spaces.indexOf('\n');
  if (first < 0) return 0;
  if (!wrapped) return 2;
  if (spaces.indexOf('\n', first + 1) >= 0) return 2; // blank line
  if (first < spaces.length - 1) return 2; // indented paragraph start
  return 1;
}

/** Length of the stem of a cached possessive ("Moody's" -> 5), or 0 when the token is not one. */
function possessiveSplit(v: string): number {
  const n = v.length;
  if (n < 3) return 0;
  const s = v.charCodeAt(n - 1);
  const q = v.charCodeAt(n - 2);
  if ((s !== 115 && s !== 83) || (q !== 39 && q !== 0x2019)) return 0;
  // A letter or digit before the apostrophe: "Moody's", "1990's"; not "'s" itself.
  const c = v.charCodeAt(n - 3);
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127 ? n - 2 : 0;
}

/** Character span of tokens [a, b). */
export function tokenSpan(doc: Doc, a: number, b: number): { start: number; end: number; text: string } {
  const start = doc.start[a]!;
  const end = doc.end[b - 1]!;
  return { start, end, text: doc.text.slice(start, end) };
}

/** Index of the first token whose start is >= `offset` (binary search); doc.length if none. */
export function tokenAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (doc.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
