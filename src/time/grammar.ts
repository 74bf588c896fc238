// The time-expression grammar over tokens. Each matcher tries to read one kind of expression
// starting at token i and returns a Hit (token range, TIMEX3 type and value) or null; `at` wraps
// the core matchers with the modifiers TimeML keeps inside a span ("about", "early", "the", "fiscal")
// and keeps the longest reading.
import { POS } from '../nlp/doc.js';
import type { Ref, Ymd } from './calendar.js';
import { addDays, fmtClock, fmtDay, fmtMonth, fmtYear, periodValue, refPeriod, shift } from './calendar.js';
import type { Hit } from './dates.js';
import { BARE_UNIT_BEFORE, DATE_REL, DateGrammar, startsDigit } from './dates.js';
import { resolveOrdinalPeriod, resolveWeekday, resolveWeekend } from './resolve.js';
import type { TimeLexicon } from './lexicon.js';
import { durationValue, unitGrain } from './units.js';

const MILITARY = /^([01]\d|2[0-3])([0-5]\d)$/;
const CLOCK = /^(\d{1,2})(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)?$/;
/** A duration value ("PXY", "P1Y", "PT5H"), as opposed to a reference ("PAST_REF"). */
const DURATION_VALUE = /^PT?[\dX]/;
const QUARTER_OR_HALF = /^\d{4}-[QH]\d$/;
const PUNCT_END = /^[.,;:!?)"'\u201d]$/;
const DUR_REL: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['preceding', -1], ['recent', -1], ['latest', -1], ['next', 1], ['coming', 1],
  ['following', 1], ['upcoming', 1], ['first', 0], ['final', 0], ['initial', 0], ['remaining', 0], ['further', 0],
  ['additional', 0], ['same', 0],
]);
const ANAPHOR_STEP: ReadonlyMap<string, number> = new Map([
  ['following', 1], ['next', 1], ['previous', -1], ['preceding', -1], ['prior', -1],
]);

export type { Hit };

let firstWords: ReadonlySet<string> | null = null;

/**
 * Every word a reading can start with (besides the forms `Tokens.loose` passes: numbers, '80s,
 * mid-, Q3): the first words each matcher below (and each modifier of `wrapped`) reads at its
 * token i. A word outside it never starts an expression, so the scan skips `at` there. A matcher
 * that learns a new first word must add it here.
 */
function startWords(lex: TimeLexicon): ReadonlySet<string> {
  if (firstWords !== null) return firstWords;
  const out = new Set<string>(['the', 'that', 'a', 'an', '-', 'year', 'week', 'month', 'weekend']);
  const lists: Iterable<string>[] = [
    // wrapped: modifiers
    lex.approx.keys(), lex.positional.keys(), lex.fiscal,
    // calendar (monthDay, calendarWords, ordinal centuries), weekdayExpr, deictic
    lex.months.keys(), lex.yearAgo, lex.yearEnd.keys(), lex.seasons.keys(), lex.spokenCenturies.keys(),
    lex.decadeWords.keys(), lex.ordinals.keys(), lex.weekdays.keys(), lex.deictic.keys(),
    // anaphor, relative, quarter
    ANAPHOR_STEP.keys(), DATE_REL, lex.periodSkip, lex.relative.keys(), lex.latest.keys(), lex.quarterWords.keys(),
    // vague, duration (with Tokens.number), set, clock, holiday, bareUnit
    lex.vague.keys(), lex.vaguePhrases.keys(), DUR_REL.keys(), lex.vagueNumbers, lex.numbers.keys(), lex.units.keys(),
    lex.setAdverbs.keys(), lex.weekdayPlurals.keys(), lex.setHeads, lex.namedClock.keys(), lex.holidays.keys(),
    // partOfDay
    lex.partsOfDay.keys(),
  ];
  for (const list of lists) for (const w of list) out.add(w);
  firstWords = out;
  return out;
}

export class Grammar extends DateGrammar {
  /** The best reading starting at token i, with modifiers. */
  at(i: number): Hit | null {
    const h = this.wrapped(i, 3);
    if (h === null) return null;
    // "the next year or so", "1994 or later", "1990 and beyond": an approximate end stays in the span.
    const ap = this.t.phrase(h.b, this.t.lex.approxAfter);
    if (ap !== null && (ap.value || h.k === 'd')) return { ...h, b: ap.b };
    return h;
  }

  /** Whether a reading may start with word `w` (false: `at` returns null wherever `w` stands). */
  canStart(w: string): boolean {
    return startWords(this.t.lex).has(w) || this.t.loose(w);
  }

  /** The words readings may start with, besides `Tokens.loose` forms (see `canStart`). */
  startWords(): ReadonlySet<string> {
    return startWords(this.t.lex);
  }

  protected wrapped(i: number, depth: number): Hit | null {
    let best = this.core(i);
    if (depth === 0) return best;
    const t = this.t;
    const lex = t.lex;
    const consider = (h: Hit | null, ok: boolean): void => {
      if (h !== null && ok && (best === null || h.b > best.b)) best = { ...h, a: i };
    };
    const ap = t.phrase(i, lex.approx);
    // "over the next two weeks": a preposition before a determiner is not a modifier.
    if (ap !== null && t.w(ap.b) !== 'the') {
      const h = this.wrapped(ap.b, depth - 1);
      consider(h, h !== null && (h.k === 'u' || h.k === 'g' || (!ap.value && h.k === 'd')));
    }
    const po = t.phrase(i, lex.positional);
    if (po !== null) {
      const j = t.w(po.b) === 'in' && t.w(po.b + 1) === 'the' ? po.b + 1 : po.b;
      const h = this.wrapped(j, depth - 1);
      consider(h, h !== null && h.k === 'd');
    }
    const w = t.w(i);
    if (lex.fiscal.has(w)) {
      const h = this.wrapped(i + 1, depth - 1);
      consider(h, h !== null && h.k === 'd');
    }
    if (w === 'the' && t.w(i + 1) !== 'the') {
      const h = this.wrapped(i + 1, depth - 1);
      consider(h, h !== null && h.the);
    }
    return best;
  }

  protected core(i: number): Hit | null {
    let best: Hit | null = null;
    const take = (h: Hit | null): void => {
      if (h !== null && (best === null || h.b > best.b)) best = h;
    };
    take(this.calendar(i));
    take(this.weekdayExpr(i));
    take(this.deictic(i));
    take(this.anaphor(i));
    take(this.relative(i));
    take(this.quarter(i));
    take(this.vague(i));
    take(this.duration(i));
    take(this.set(i));
    take(this.clock(i));
    take(this.holiday(i));
    take(this.bareUnit(i));
    take(this.partOfDay(i));
    return best;
  }

  /**
   * A part of day with a leader ("in the morning", "by mid afternoon", "early evening",
   * "mid-afternoon yesterday"): a TIME on the day named after it, else the day the story last
   * named, else the story date. Alone ("morning prayers", "the evening news") it is none.
   */
  protected partOfDay(i: number): Hit | null {
    const t = this.t;
    const lex = t.lex;
    const w = t.w(i);
    const part = lex.partsOfDay.get(w);
    if (part === undefined || part === 'NI') return null;
    const lead = t.w(i - 1);
    if (!w.startsWith('mid') && !lex.partOfDayLeaders.has(lead)) return null;
    if (lead === 'the' && !lex.partOfDayPrepositions.has(t.w(i - 2))) return null;
    const nx = t.w(i + 1);
    const off = lex.deicticPart.get(nx) === undefined ? lex.deictic.get(nx) : undefined;
    const wd = off === undefined ? this.weekdayOf(i + 1) : null;
    // "the morning of Oct. 5" (the date is read by itself), "the evening news" (a noun's modifier)
    if (off === undefined && wd === null && (nx === 'of' || (i + 1 < t.hi && t.doc.pos[i + 1] === POS.NOUN))) return null;
    const dct = this.dct;
    let b = i + 1;
    let day: string | null;
    if (off !== undefined) {
      day = dct === null ? null : fmtDay(addDays(dct, off));
      b++;
    } else if (wd !== null) {
      day = resolveWeekday(dct, wd, 2, this.tense(i, i + 2));
      b++;
    } else {
      const ref = this.ref;
      day = ref !== null && ref.precision === 'D' ? fmtDay(ref.t) : dct === null ? null : fmtDay(dct);
    }
    return this.hit(i, b, 'TIME', day === null ? null : `${day}T${part}`, 'd', true);
  }

  /** Quarters and halves: "the third quarter", "third-quarter", "the year-ago quarter", "the first half of 1990". */
  protected quarter(i: number): Hit | null {
    const t = this.t;
    const lex = t.lex;
    let j = i;
    let n: number | null = null;
    let y: number | null = null;
    let rel: number | null = null;
    let mods = 0;
    let yearAgo = false;
    const dct = this.dct;
    let latest: { b: number } | null;
    for (let guard = 0; guard < 6; guard++) {
      const w = t.w(j);
      const ord = lex.ordinals.get(w);
      if (ord !== undefined && ord <= 4 && n === null) {
        n = ord;
        j++;
      } else if (lex.fiscal.has(w) || lex.periodSkip.has(w)) {
        j++;
      } else if (y === null && this.isYear(j) !== null) {
        y = this.isYear(j)!;
        j += t.w(j + 1) === "'s" ? 2 : 1;
      } else if (lex.relative.has(w) && t.w(j + 1) === 'year' && t.w(j + 2) === "'s") {
        y = dct === null ? null : dct.y + lex.relative.get(w)!;
        if (dct === null) return null;
        j += 3;
      } else if (lex.yearAgo.has(w)) {
        yearAgo = true;
        j++;
      } else if (w === 'year' && t.hyphen(j + 1) && lex.yearAgoParts.has(t.w(j + 2))) {
        yearAgo = true;
        j += 3;
      } else if (lex.relative.has(w) && rel === null && w !== 'same') {
        rel = lex.relative.get(w)!;
        j++;
      } else if ((latest = t.phrase(j, lex.latest)) !== null) {
        j = latest.b;
        rel = rel ?? -1;
      } else if (t.hyphen(j) && j > i) {
        j++;
      } else break;
      mods++;
    }
    const qw = lex.quarterWords.get(t.w(j));
    if (qw === undefined || t.w(j).endsWith('s')) return null;
    // "the last half of 1989", "the last quarter of fiscal 1990": the final one of that year.
    if (n === null && qw !== 'P' && t.w(j - 1) === 'last' && t.w(j + 1) === 'of') {
      let k = j + 2;
      while (lex.fiscal.has(t.w(k))) k++;
      if (this.isYear(k) !== null) {
        n = qw === 'H' ? 2 : 4;
        rel = null;
      }
    }
    if (qw === 'H' && (n === null || n > 2)) return null;
    if (qw === 'P' && !yearAgo && y === null && rel === null) return null;
    if (mods === 0 && !BARE_UNIT_BEFORE.has(t.w(i - 1))) return null;
    let b = j + 1;
    if (t.w(b) === 'of') {
      let k = b + 1;
      while (lex.fiscal.has(t.w(k))) k++;
      const yr = this.isYear(k);
      if (yr !== null) {
        y = yr;
        b = k + 1;
      } else if (dct !== null && t.w(k + 1) === 'year' && DATE_REL.has(t.w(k))) {
        y = dct.y + lex.relative.get(t.w(k))!;
        b = k + 2;
      }
    }
    const grain: 'Q' | 'H' = qw === 'H' ? 'H' : 'Q';
    let value: string | null;
    if (n !== null) {
      // (The far window is not read for a quarter: earnings reports expect to report quarters past.)
      value = resolveOrdinalPeriod(dct, grain, n, y, this.tense(i, b, false));
      if (yearAgo && y === null && value.startsWith('X') === false) {
        value = `${fmtYear(Number(value.slice(0, 4)) - 1)}${value.slice(4)}`;
      }
    } else if (dct === null) {
      value = null;
    } else {
      const base = shift(dct, 'Q', rel ?? -1);
      const p = periodValue(yearAgo ? shift(base, 'Y', -1) : base, 'Q');
      value = y !== null ? `${fmtYear(y)}${p.slice(4)}` : p;
    }
    // "the quarter a year ago": the same quarter one year back.
    if (!yearAgo && value !== null && QUARTER_OR_HALF.test(value) && (t.w(b) === 'a' || t.w(b) === 'one') && t.w(b + 1) === 'year' && lex.yearAgoParts.has(t.w(b + 2))) {
      value = `${fmtYear(Number(value.slice(0, 4)) - 1)}${value.slice(4)}`;
      yearAgo = true;
      b += 3;
    }
    const h = this.hit(i, b, 'DATE', value, 'd', true);
    if (yearAgo) h.back = true;
    return h;
  }

  /**
   * Anaphoric dates, anchored to the last date the story mentioned (else the story date):
   * "that year", "the same day", "that night", "the following month", "the previous day".
   */
  protected anaphor(i: number): Hit | null {
    const t = this.t;
    const w = t.w(i);
    let j = i + 1;
    let step = 0;
    if (w === 'that' || (w === 'the' && t.w(j) === 'same')) {
      if (t.w(j) === 'same') j++;
    } else if (ANAPHOR_STEP.has(w) && t.w(i - 1) === 'the') {
      step = ANAPHOR_STEP.get(w)!;
    } else return null;
    const anchor: Ref | null = this.ref ?? (this.dct === null ? null : { t: this.dct, precision: 'D' });
    const u = t.w(j);
    const unit = t.lex.units.get(u);
    const grain = unit === undefined || u.endsWith('s') ? null : unitGrain(unit);
    if (grain !== null && grain !== 'WE' && grain !== 'DE' && grain !== 'CE') {
      const value = anchor === null ? null : refPeriod(anchor, grain, step);
      return this.hit(i, j + 1, 'DATE', value, 'd', step !== 0);
    }
    const part = t.lex.partsOfDay.get(u);
    if (part !== undefined && u !== 'overnight') {
      if (anchor !== null && anchor.precision !== 'D') return null;
      const value = anchor === null ? null : `${fmtDay(addDays(anchor.t, step))}T${part}`;
      return this.hit(i, j + 1, 'TIME', value, 'd', step !== 0);
    }
    return null;
  }

  /** "the year", "the week", "the fiscal year", "the weekend": the period around the story date. */
  protected bareUnit(i: number): Hit | null {
    const t = this.t;
    if (!BARE_UNIT_BEFORE.has(t.w(i - 1)) && !t.lex.fiscal.has(t.w(i - 1))) return null;
    let j = i;
    while (t.lex.periodSkip.has(t.w(j)) || t.lex.fiscal.has(t.w(j))) j++;
    const u = t.w(j);
    if (u !== 'year' && u !== 'week' && u !== 'month' && u !== 'weekend') return null;
    // "the year 2000", "the year two thousand": the year named after it.
    const named = u === 'year' ? (this.isYear(j + 1) !== null ? { y: this.isYear(j + 1)!, b: j + 2 } : this.spokenYear(j + 1)) : null;
    if (named !== null) return this.hit(i, named.b, 'DATE', fmtYear(named.y), 'd', true);
    if (t.w(j + 1) === 'of' || t.w(j + 1) === '-') return null;
    // "the fiscal year ended Jan. 31", "the year ending June 30": a span given by its end (TimeML: a duration)
    if (u !== 'weekend' && t.lex.periodEnds.has(t.w(j + 1))) return this.hit(i, j + 1, 'DURATION', durationValue(1, t.lex.units.get(u)!), 'u', true);
    const dct = this.dct;
    let value: string | null = null;
    if (dct !== null) {
      if (u === 'weekend') value = resolveWeekend(dct, 2, this.tense(i, j + 1));
      else value = periodValue(dct, unitGrain(t.lex.units.get(u)!)!);
    }
    return this.hit(i, j + 1, 'DATE', value, 'd', true);
  }

  // ---- durations, "ago", sets ----------------------------------------------------------------

  protected duration(i: number): Hit | null {
    const t = this.t;
    const lex = t.lex;
    let j = i;
    const relWord = DUR_REL.get(t.w(j));
    if (relWord !== undefined) j++;
    const num = t.number(j);
    if (num !== null) j = num.b;
    // Ranges keep the first amount: "two to three weeks", "12 to 18 months".
    if (num !== null && (t.w(j) === 'to' || t.w(j) === 'or' || t.w(j) === '-')) {
      const upper = t.number(j + 1);
      if (upper !== null) j = upper.b;
    }
    const hyphenated = t.hyphen(j);
    if (hyphenated) j++;
    else if (num !== null && t.lex.unitAdjectives.has(t.w(j)) && lex.units.has(t.w(j + 1))) j++;
    const uw = t.w(j);
    const unit = lex.units.get(uw);
    if (unit === undefined || unit === 'WE') return null;
    const plural = uw.endsWith('s') || uw === 'millennia';
    // "day-long", "decades-long": a unit made an adjective.
    if (num === null && relWord === undefined && t.hyphen(j + 1) && t.w(j + 2) === 'long') {
      return this.hit(i, j + 3, 'DURATION', durationValue(plural ? null : 1, unit), 'u', false);
    }
    if (num === null && !plural) return null;
    if (unit === 'Q' && relWord === undefined) return null;
    // "a second well": an ordinal, not a unit.
    if (uw === 'second' && num !== null && (t.w(num.b - 1) === 'a' || t.w(num.b - 1) === 'an')) return null;
    j++;
    // Ages ("a 6-year-old", "52 years old") are not time expressions.
    if ((t.hyphen(j) && t.w(j + 1) === 'old') || t.w(j) === 'old') return null;
    // "a day-long meeting": the article belongs to the noun; the adjective is read at "day".
    if (t.hyphen(j) && (t.w(i) === 'a' || t.w(i) === 'an') && num !== null && num.b === i + 1) return null;
    if (t.hyphen(j) && t.w(j + 1) === 'long') j += 2;
    else if (t.w(j) === 'or' && t.w(j + 1) === 'so') j += 2;
    let n = num === null ? null : num.n;
    // "a minute and a half", "two years and a half": the half is part of the amount.
    if (n !== null && !plural === (n === 1) && t.w(j) === 'and' && (t.w(j + 1) === 'a' || t.w(j + 1) === 'one') && t.w(j + 2) === 'half') {
      n += 0.5;
      j += 3;
    }
    const dct = this.dct;
    // "$5 a year", "twice a week", "100,000 barrels a day": a rate, so a frequency.
    if (num !== null && num.b === i + 1 && (t.w(i) === 'a' || t.w(i) === 'an') && relWord === undefined && t.phrase(j, lex.ago) === null && this.rate(i)) {
      return this.hit(i, j, 'SET', durationValue(1, unit), 'o', false);
    }
    const ago = t.phrase(j, lex.ago);
    if (ago !== null && relWord === undefined && t.w(j) !== 'later' && (t.w(j) !== 'before' || ago.b >= t.hi || PUNCT_END.test(t.w(ago.b)))) {
      let value: string | null;
      if (n === null) value = ago.value < 0 ? 'PAST_REF' : 'FUTURE_REF';
      else {
        const grain = unitGrain(unit) ?? 'D';
        // "up from $10 million a year ago" after "the third quarter": the same quarter of that year
        const q = this.quarterRef;
        if (grain === 'Y' && q !== null) value = `${Number(q.slice(0, 4)) + Math.round(ago.value * n)}${q.slice(4)}`;
        else value = dct === null ? null : periodValue(shift(dct, grain, Math.round(ago.value * n)), grain);
      }
      return this.hit(i, ago.b, 'DATE', value, 'g', false);
    }
    // "in the weeks before the shooting", "days after the attack": no amount, a stretch placed
    // against an event, so a date (TimeML), in the month of the last date named.
    if (num === null && relWord === undefined && plural && (t.w(j) === 'before' || t.w(j) === 'after') && t.w(j + 1) !== ',' && t.w(i - 1) === 'the') {
      const ref = this.ref;
      const value = ref !== null && ref.precision !== 'Y' ? fmtMonth(ref.t.y, ref.t.m) : null;
      return this.hit(i, j, 'DATE', value, 'd', false);
    }
    // "the past two months", "the nine months" take their article; "the two-year plan", "the days" do not.
    const the = relWord !== undefined || (num !== null && !hyphenated);
    const h = this.hit(i, j, 'DURATION', durationValue(n, unit), 'u', the);
    if (relWord !== undefined && relWord !== 0 && n !== null && dct !== null) {
      const grain = unitGrain(unit);
      let far: Ymd;
      if (grain !== null) far = shift(dct, grain, relWord * n);
      else far = addDays(dct, relWord * Math.max(1, Math.ceil(n / (unit === 'H' ? 24 : 1440))));
      h.from = relWord < 0 ? fmtDay(far) : fmtDay(dct);
      h.to = relWord < 0 ? fmtDay(dct) : fmtDay(far);
    }
    return h;
  }

  /** A quantity just before token i (within three tokens, no punctuation between): "5 pct a year". */
  protected rate(i: number): boolean {
    const t = this.t;
    for (let k = i - 1; k >= i - 3 && k >= t.lo; k--) {
      const w = t.w(k);
      if (t.lex.setBefore.has(w) || t.doc.pos[k] === POS.NUM || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57)) return true;
      if (t.doc.pos[k] === POS.PUNCT || t.doc.pos[k] === POS.VERB || t.doc.pos[k] === POS.AUX) return false;
    }
    return false;
  }

  protected set(i: number): Hit | null {
    const t = this.t;
    const lex = t.lex;
    const w = t.w(i);
    const adv = lex.setAdverbs.get(w);
    if (adv !== undefined) return this.hit(i, i + 1, 'SET', adv, 'o', false);
    const wdp = lex.weekdayPlurals.get(w);
    if (wdp !== undefined && t.capitalised(i)) return this.setWithPart(i, i + 1, `XXXX-WXX-${wdp}`);
    if (!lex.setHeads.has(w) || t.w(i + 1) === 'of') return null;
    let j = i + 1;
    let every = 1;
    if (t.w(j) === 'other') {
      every = 2;
      j++;
    }
    const num = t.number(j);
    if (num !== null && num.n !== null && t.w(j) !== 'a') {
      every *= num.n;
      j = num.b;
    }
    const uw = t.w(j);
    const unit = lex.units.get(uw);
    if (unit !== undefined && unit !== 'WE') return this.hit(i, j + 1, 'SET', durationValue(every, unit), 'o', false);
    if (unit === 'WE') return this.hit(i, j + 1, 'SET', 'XXXX-WXX-WE', 'o', false);
    const wd = this.weekdayOf(j);
    if (wd !== null) return this.setWithPart(i, j + 1, `XXXX-WXX-${wd}`);
    const m = this.month(j);
    if (m !== null) return this.hit(i, j + 1, 'SET', `XXXX-${String(m).padStart(2, '0')}`, 'o', false);
    const part = lex.partsOfDay.get(uw);
    if (part !== undefined && w !== 'per') return this.hit(i, j + 1, 'SET', `XXXX-XX-XXT${part}`, 'o', false);
    return null;
  }

  protected setWithPart(a: number, b: number, value: string): Hit {
    const w = this.t.w(b);
    const part = this.t.lex.partsOfDay.get(w.endsWith('s') ? w.slice(0, -1) : w);
    if (part !== undefined) return this.hit(a, b + 1, 'SET', `${value}T${part}`, 'o', false);
    return this.hit(a, b, 'SET', value, 'o', false);
  }

  protected vague(i: number): Hit | null {
    const t = this.t;
    const v = t.lex.vague.get(t.w(i));
    const ph = t.phrase(i, t.lex.vaguePhrases);
    // "the present situation", "the past decade's": used as a modifier, not a reference.
    const nextPos = ph === null || ph.b >= t.hi ? -1 : t.doc.pos[ph.b]!;
    const adjectival = ph !== null && (t.w(ph.b - 1) === 'present' || t.w(ph.b - 1) === 'past');
    const modifier = t.w(ph?.b ?? 0) === 'of' || (adjectival && (nextPos === POS.NOUN || nextPos === POS.ADJ || nextPos === POS.PROPN));
    if (ph !== null && !(t.w(i) === 'the' && modifier)) {
      // "in recent years": an unspecified stretch back from now (TimeML: a duration, PXY)
      return this.hit(i, ph.b, ph.value !== null && DURATION_VALUE.test(ph.value) ? 'DURATION' : 'DATE', ph.value, 'o', false);
    }
    if (v === undefined || v === null) return null;
    return this.hit(i, i + 1, 'DATE', v, 'o', false);
  }

  // ---- clock times ----------------------------------------------------------------------------

  protected clock(i: number): Hit | null {
    const t = this.t;
    const lex = t.lex;
    const w = t.w(i);
    let hh: number;
    let mm = 0;
    let j = i + 1;
    const named = lex.namedClock.get(w);
    const digit = startsDigit(w);
    const mil = named === undefined && digit ? MILITARY.exec(w) : null;
    if (named !== undefined) {
      hh = Number(named.slice(0, 2));
    } else if (mil !== null) {
      // "0800 GMT": a four-digit clock time needs its zone.
      if (!lex.zones.has(t.w(j))) return null;
      hh = Number(mil[1]);
      mm = Number(mil[2]);
    } else {
      const m = digit ? CLOCK.exec(w) : null;
      if (m === null) return null;
      hh = Number(m[1]);
      const colon = m[2] !== undefined;
      if (colon) mm = Number(m[2]);
      let mer: number | undefined = m[3] === undefined ? undefined : m[3].startsWith('p') ? 12 : 0;
      if (mer === undefined) {
        mer = lex.meridiem.get(t.w(j));
        if (mer !== undefined) j++;
      }
      if (mer === undefined && lex.oclock.has(t.w(j))) j++;
      else if (mer === undefined && t.w(j) === 'in' && t.w(j + 1) === 'the') {
        const part = lex.partsOfDay.get(t.w(j + 2));
        if (part === undefined) return null;
        mer = part === 'MO' ? 0 : 12;
        j += 3;
      } else if (mer === undefined) {
        const cue = t.w(i - 1);
        if (!colon || !(cue === 'at' || cue === 'by' || cue === 'until' || cue === 'around' || lex.zones.has(t.w(j)))) {
          return null;
        }
      }
      if (hh > 24 || mm > 59 || (mer !== undefined && (hh < 1 || hh > 12))) return null;
      if (mer === 12 && hh < 12) hh += 12;
      if (mer === 0 && hh === 12) hh = 0;
    }
    if (lex.zones.has(t.w(j))) j++;
    // A clock time without its day is on the day the story last named ("on Oct. 23 ... at 10 p.m."), else the story date.
    const ref = this.ref;
    let day: string | null = ref !== null && ref.precision === 'D' ? fmtDay(ref.t) : this.dct === null ? 'XXXX-XX-XX' : fmtDay(this.dct);
    const k = t.w(j) === ',' ? j + 1 : j;
    // "3 a.m. on Saturday": the day gives the value; the preposition and the day stay separate.
    const on = t.w(k) === 'on' ? this.weekdayOf(k + 1) : null;
    if (on !== null) day = resolveWeekday(this.dct, on, 2, this.tense(i, k + 2));
    const md = this.monthDay(k);
    const wd = this.weekdayOf(k);
    const off = lex.deictic.get(t.w(k));
    if (md !== null && md.d !== null) {
      day = this.monthDayValue(md, i);
      j = md.b;
    } else if (wd !== null) {
      day = resolveWeekday(this.dct, wd, 2, this.tense(i, k + 1));
      j = k + 1;
    } else if (off !== undefined && t.w(k) !== 'tonight') {
      day = this.dct === null ? null : fmtDay(addDays(this.dct, off));
      j = k + 1;
    }
    return this.hit(i, j, 'TIME', day === null ? null : `${day}T${fmtClock(hh, mm)}`, 'o', false);
  }
}
