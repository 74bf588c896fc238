// Token-level helpers for the time matchers: adjacency, phrase lookup, numbers, tense cues.
import type { Doc } from '../nlp/doc.js';
import { POS } from '../nlp/doc.js';
import type { PhraseIndex, TimeLexicon } from './lexicon.js';

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const FRACTION = /^(\d)\/(\d)$/;
const TENSE_WINDOW = 8;
/** When no cue lies within TENSE_WINDOW, the rest of the clause around it is read up to this far. */
const TENSE_WIDE = 20;
/** Quotation marks: the wide window stops at one (a quote's verb is not the attribution's). */
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '”', "''", '``', '«', '»']);
/** Coded periods and fiscal years: Q3, H1, FY2023. */
const CODED = /^(?:[qh][1-4]|fy'?\d\d(?:\d\d)?)$/;

/** A window of tokens [lo, hi) (one sentence) over a Doc, with the lexicon at hand. */
export class Tokens {
  lo = 0;
  hi = 0;
  constructor(
    readonly doc: Doc,
    readonly lex: TimeLexicon,
  ) {}

  /** Lower-case form of token i, or '' outside the window. */
  w(i: number): string {
    return i >= this.lo && i < this.hi ? this.doc.lower[i]! : '';
  }

  /** Token i+1 follows token i with no space between them. */
  glued(i: number): boolean {
    return i + 1 < this.hi && this.doc.end[i] === this.doc.start[i + 1];
  }

  /** Token i+1 follows token i closely: at most two spaces, or a line break (hard-wrapped copy). */
  near(i: number): boolean {
    if (i + 1 >= this.hi) return false;
    const gap = this.doc.start[i + 1]! - this.doc.end[i]!;
    if (gap <= 2) return true;
    const nl = this.doc.text.indexOf('\n', this.doc.end[i]!);
    return nl >= 0 && nl < this.doc.start[i + 1]! && gap <= 12;
  }

  /** A hyphen at token i joining its neighbours ("two-year", "third-quarter"). */
  hyphen(i: number): boolean {
    return this.w(i) === '-' && i > this.lo && this.glued(i - 1) && this.glued(i);
  }

  /** Token i can take part in a time expression (Set lookup; digits, 'mid-', possessives pass). */
  isStart(i: number): boolean {
    const w = this.w(i);
    return (this.lex.startsWords.may(w) && this.lex.starts.has(w)) || this.loose(w);
  }

  /** Forms no word list holds but a matcher may read: numbers, '80s, mid-1990s, Monday's. */
  loose(w: string): boolean {
    const c = w.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 39) return true;
    const n = w.length;
    if (n > 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) === 39) return true; // 's
    if (c === 109) return w.startsWith('mid-');
    return (c === 113 || c === 104 || c === 102) && CODED.test(w);
  }

  /** Token i is written with a capital and then a small letter ("Week", not "WEEK" or "week"). */
  titleCased(i: number): boolean {
    const f = this.doc.form[i]!;
    if (f.length < 2) return false;
    const c = f.charCodeAt(0);
    const d = f.charCodeAt(1);
    return c >= 65 && c <= 90 && d >= 97 && d <= 122;
  }

  /**
   * Tokens [a, b) are part of a name or title, not a time: a time word written lower-case in
   * running text is capitalised inside the expression ("This Week", "Back to the Future"), or
   * at its start right after another word on the same line ("USA Today", "Seeds of Tomorrow").
   */
  inTitle(a: number, b: number): boolean {
    const titleWords = this.lex.titleWords;
    for (let k = a + 1; k < b; k++) if (titleWords.has(this.doc.lower[k]!) && this.titleCased(k)) return true;
    if (a > this.lo && titleWords.has(this.doc.lower[a]!) && this.titleCased(a)) {
      const p = this.doc.form[a - 1]!;
      const c = p.charCodeAt(p.length - 1);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      if (!letter) return false;
      const nl = this.doc.text.indexOf('\n', this.doc.end[a - 1]!);
      return nl < 0 || nl >= this.doc.start[a]!;
    }
    return false;
  }

  capitalised(i: number): boolean {
    const c = this.doc.form[i]!.charCodeAt(0);
    return c >= 65 && c <= 90;
  }

  /**
   * Match a space-separated phrase at token i: each word may span several glued tokens (wink splits
   * "year's" and "mid-term"). Returns one past the last token, or -1.
   */
  words(i: number, words: readonly string[]): number {
    let t = i;
    for (let k = 0; k < words.length; k++) {
      const word = words[k]!;
      if (t >= this.hi) return -1;
      if (k > 0 && this.doc.start[t] === this.doc.end[t - 1]) return -1;
      let acc = '';
      for (;;) {
        acc += this.doc.lower[t]!;
        t++;
        if (acc === word) break;
        if (acc.length >= word.length || !word.startsWith(acc) || !this.glued(t - 1)) return -1;
      }
    }
    return t;
  }

  /** Longest phrase of `idx` at token i: its value and end, or null. */
  phrase<T>(i: number, idx: PhraseIndex<T>): { value: T; b: number } | null {
    const w = this.w(i);
    // Every index a caller passes is one of the lexicon's: its first words are all in phraseWords.
    if (!this.lex.phraseWords.may(w)) return null;
    const list = idx.get(w);
    if (list === undefined) return null;
    for (const p of list) {
      const b = this.words(i, p.words);
      if (b > 0) return { value: p.value, b };
    }
    return null;
  }

  /**
   * A cardinal at token i: digits ("24", "5 1/2"), words ("twenty-four", "a", "a couple of"), or a
   * vague quantity ("several", "a few": n = null). Returns null when there is none.
   */
  number(i: number): { n: number | null; b: number } | null {
    const lex = this.lex;
    const t = this.w(i);
    if (t === '') return null;
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57 && DIGITS.test(t)) {
      let n = Number(t.indexOf(',') >= 0 ? t.replace(/,/g, '') : t);
      let b = i + 1;
      const nx = this.w(b);
      // FRACTION needs three characters with a slash in the middle ("1/2").
      const f = nx.length === 3 && nx.charCodeAt(1) === 47 ? FRACTION.exec(nx) : null;
      if (f !== null && !this.glued(i)) {
        n += Number(f[1]) / Number(f[2]);
        b++;
      }
      return { n, b };
    }
    if (t === 'a' || t === 'an') {
      const nx = this.w(i + 1);
      if (nx === 'few') return { n: null, b: i + 2 };
      if (nx === 'couple') return { n: 2, b: this.w(i + 2) === 'of' ? i + 3 : i + 2 };
      if (nx === 'dozen' || nx === 'hundred') return { n: lex.numbers.get(nx)!, b: i + 2 };
      if (nx === 'half') return { n: 0.5, b: i + 2 };
      return { n: 1, b: i + 1 };
    }
    if (lex.vagueNumbers.has(t) && t !== 'recent' && t !== 'coming' && t !== 'past' && t !== 'last') {
      return { n: null, b: i + 1 };
    }
    // "the next couple of years": after a determiner and a relative word the article is left out.
    if (t === 'couple' && this.w(i + 1) === 'of') return { n: 2, b: i + 2 };
    const v = lex.numbers.get(t);
    if (v === undefined || t === 'half' || t === 'couple') return null;
    let n = v;
    let b = i + 1;
    if (lex.numberTens.has(t)) {
      // twenty four, twenty-four
      const j = this.hyphen(b) ? b + 1 : b;
      const u = lex.numbers.get(this.w(j));
      if (u !== undefined && u >= 1 && u <= 9 && this.w(j) !== 'a') {
        n += u;
        b = j + 1;
      }
    }
    if (this.w(b) === 'hundred') {
      n *= 100;
      b++;
    }
    return { n, b };
  }

  /**
   * Tense around tokens [a, b) of the sentence: +1 future, -1 past, 0 unknown. The nearest cue
   * wins: a future word ("will", "expected", "next"), or a past form (a listed auxiliary or a
   * verb in -ed). With `far`, when no cue lies near, a future word further back in the clause
   * still points ahead ("will name a veteran pilot as the commander of the next mission in
   * December"); a past form that far off is not read (it is often another clause's, and a month
   * without a cue already takes its nearer occurrence).
   */
  tense(a: number, b: number, far = true): number {
    const near = this.tenseWithin(a, b, TENSE_WINDOW, TENSE_WINDOW, true);
    if (near !== 0 || !far) return near;
    // A bound ("deferred payments until June 30", "the year ending June") lies on either side of
    // the act that set it: the far verb says nothing of it.
    const before = this.w(a - 1);
    if (this.lex.boundBefore.has(before) || this.lex.periodEnds.has(before)) return 0;
    // Only words before the expression are read that far (the verb a time phrase modifies mostly
    // comes first), and neither an infinitive (a purpose clause's: "celebrations to mark ... on
    // Friday") nor anything before a quotation mark.
    return Math.max(0, this.tenseWithin(a, b, TENSE_WIDE, 0, false));
  }

  private tenseWithin(a: number, b: number, back: number, ahead: number, near: boolean): number {
    const { doc, lex } = this;
    let best = 0;
    let bestDist = Number.MAX_SAFE_INTEGER;
    let from = Math.max(this.lo, a - back);
    const to = Math.min(this.hi, b + ahead);
    if (!near) {
      for (let k = a - 1; k >= from; k--) {
        if (QUOTES.has(doc.lower[k]!)) {
          from = k + 1;
          break;
        }
      }
    }
    for (let k = from; k < to; k++) {
      if (k >= a && k < b) continue;
      const dist = k < a ? a - k : k - b + 1;
      if (dist >= bestDist) {
        if (k >= b) break;
        continue;
      }
      const t = doc.lower[k]!;
      let cue = 0;
      // Modals, plans and an infinitive ("is to resume Monday") point ahead only when they come
      // before the expression: in "said Friday that he would resign" the modal is another clause's.
      if (lex.futureCues.has(t) || (k < a && (lex.futureBeforeCues.has(t) || (near && t === 'to' && doc.pos[k + 1] === POS.VERB)))) cue = 1;
      else if (lex.pastCues.has(t)) cue = -1;
      // A reporting verb right before the expression is the act it dates ("announced Wednesday", "said
      // Friday"); further off it is often another clause's ("said Friday that he would resign Monday").
      else if (doc.pos[k] === POS.VERB && (k === a - 1 || !lex.reportingCues.has(doc.lemma[k]!))) {
        // A past form points back: regular ("attacked") or irregular ("began": lemma differs, and
        // the form is neither a third-person present nor a participle in -ing).
        const lemma = doc.lemma[k]!;
        // "will be held", "is expected": a passive participle; the auxiliary, if any, gives the tense.
        const aux = k - 1 >= this.lo && doc.pos[k - 1] === POS.ADV ? k - 2 : k - 1;
        if (aux >= this.lo && lex.passiveBe.has(doc.lower[aux]!)) continue;
        // ("succeed", "need", "proceed" end in -ed but are their own lemma: not a past form)
        if (t.length > 3 && t.endsWith('ed')) cue = lemma === t ? 0 : -1;
        else if (lemma !== t && !t.endsWith('s') && !t.endsWith('ing')) cue = -1;
      }
      if (cue !== 0) {
        best = cue;
        bestDist = dist;
      }
    }
    return best;
  }
}
