// Calendar dates over tokens: month/day/year, weekdays, deictic words (today, yesterday), this/last/next
// + unit, seasons, holidays, spelled-out years. The base class of the full grammar (grammar.ts).
import type { TimeType } from '../schema.js';
import type { Ref, Ymd } from './calendar.js';
import { addDays, cmp, daysBetween, fmtDay, fmtMonth, fmtYear, validDay, weekday } from './calendar.js';
import {
  relativePeriod, resolveHoliday, resolveWeekend, resolveMonth, resolveMonthDay, resolveOrdinalPeriod, resolveSeason, resolveWeekday,
} from './resolve.js';
import type { Tokens } from './tokens.js';
import { unitGrain } from './units.js';
import { wordSet } from '../kb/words.js';

export interface Hit {
  a: number;
  b: number;
  type: TimeType;
  value: string | null;
  from?: string | null;
  to?: string | null;
  /** Kind of reading, for the wrappers: d = calendar/relative date, u = duration, g = "ago" date, o = other. */
  k: 'd' | 'u' | 'g' | 'o';
  /** May take a leading "the" into its span ("the third quarter", "the 1990s", "the past two months"). */
  the: boolean;
  /** Counted back from the story's current period ("the year-ago quarter"): not a new reference quarter. */
  back?: boolean;
}

const YEAR = /^(1[0-9]|20)\d\d$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th)?$/;
const SHORT_YEAR = /^(?:((?:1[89]|20)\d\d)[-/](?:\d\d|\d{4})|'(\d\d)|fy'?(\d\d|\d{4}))$/;
const TWO_DIGITS = /^\d\d$/;
const CODED_PERIOD = /^([qh])([1-4])$/;
const DECADE = /^(?:mid-)?(\d{3})0s$/;
const SHORT_DECADE = /^'?(\d)0s$/;
const MID_WORD = /^mid-([a-z.]+|\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

/** The word starts with an ASCII digit (every pattern above but the word ones needs it: a cheap test first). */
export function startsDigit(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

const AMBIGUOUS_MONTH_BEFORE = new Set([
  'in', 'of', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'during', 'before', 'after', 'between',
  'early', 'late', 'mid', 'last', 'next', 'this', 'that', ',', '-', 'and', 'or', 'on', 'each', 'every', 'since',
]);
export const DATE_REL = wordSet('relative_date_words');
const DAY_JOIN = new Set(['and', 'to', '-', '\u2013', 'through', 'or']);
const RANGE_TO = wordSet('range_words');
export const BARE_UNIT_BEFORE = new Set(['the', 'that']);
const SEASON_BEFORE = wordSet('season_leads');
/** Relative words that count from the story's last date, not from the story date ("the previous Friday"). */
const ANAPHORIC_REL = wordSet('anaphoric_relative_words');

interface MonthDay {
  m: number;
  d: number | null;
  y: number | null;
  b: number;
}

export class DateGrammar {
  dct: Ymd | null = null;
  /** The last date the story mentioned (anchor of "that year", "the following day"). */
  ref: Ref | null = null;
  /** One past the last token of the previous expression found (ranges: "Monday to Wednesday"). */
  lastEnd = -1;
  /** The last quarter the text named ("1989-Q3"): the grain of "a year ago" in an earnings report. */
  quarterRef: string | null = null;
  constructor(readonly t: Tokens) {}

  protected hit(a: number, b: number, type: TimeType, value: string | null, k: Hit['k'], the: boolean): Hit {
    return { a, b, type, value, k, the };
  }

  protected tense(a: number, b: number, far = true): number {
    return this.t.tense(a, b, far);
  }

  // ---- calendar dates -------------------------------------------------------------------------

  protected isYear(i: number): number | null {
    const t = this.t;
    const w = t.w(i);
    // YEAR needs four characters starting with 1 or 2.
    if (w.length !== 4 || (w.charCodeAt(0) !== 49 && w.charCodeAt(0) !== 50) || !YEAR.test(w)) return null;
    if (t.lex.notYearBefore.has(t.w(i - 1)) || t.lex.notYearAfter.has(t.w(i + 1))) return null;
    if (t.doc.pos[i - 1] === t.doc.pos[i] && startsDigit(t.w(i - 1))) return null;
    return Number(w);
  }

  protected month(i: number): number | null {
    const t = this.t;
    const w = t.w(i);
    const m = t.lex.months.get(w);
    if (m === undefined) return null;
    if (!t.capitalised(i)) return null;
    if (t.lex.ambiguousMonths.has(w)) {
      const next = t.w(i + 1);
      const dayOrYear = startsDigit(next) && (DAY.test(next) || YEAR.test(next));
      if (!dayOrYear && !AMBIGUOUS_MONTH_BEFORE.has(t.w(i - 1))) return null;
      if (w !== 'may' && w !== 'march' && !dayOrYear && !w.endsWith('.')) return null;
    }
    return m;
  }

  /** Month [day] [, year] | day month [year] | month [of] year, with "last/this/next year" after. */
  protected monthDay(i: number): MonthDay | null {
    const t = this.t;
    let m = this.month(i);
    let d: number | null = null;
    let y: number | null = null;
    let j: number;
    if (m !== null) {
      j = i + 1;
      const dm = t.near(i) && startsDigit(t.w(j)) ? DAY.exec(t.w(j)) : null;
      const day = dm === null ? 0 : Number(dm[1]);
      // "Aug 14", but not "Aug 14%" or a table column ("Jan     0   248").
      if (day >= 1 && day <= 31 && (!t.glued(j) || (t.w(j + 1) !== '-' && t.w(j + 1) !== '%'))) {
        d = day;
        j++;
      }
      if (t.w(j) === 'of' && d === null && this.isYear(j + 1) !== null) j++;
    } else {
      const dm = startsDigit(t.w(i)) ? DAY.exec(t.w(i)) : null;
      let k = i + 1;
      if (dm === null || Number(dm[1]) < 1 || Number(dm[1]) > 31 || !t.near(i)) return null;
      if (t.w(k) === 'of') k++;
      m = this.month(k);
      if (m === null) return null;
      d = Number(dm[1]);
      j = k + 1;
    }
    if (t.w(j) === ',' && this.isYear(j + 1) !== null) j++;
    const yr = this.isYear(j);
    if (yr !== null) {
      y = yr;
      j++;
    } else if (this.dct !== null && t.w(j + 1) === 'year') {
      const rel = t.lex.relative.get(t.w(j));
      if (rel !== undefined && (t.w(j) === 'last' || t.w(j) === 'this' || t.w(j) === 'next')) {
        y = this.dct.y + rel;
        j += 2;
      }
    }
    return { m, d, y, b: j };
  }

  protected monthDayValue(md: MonthDay, a: number, wd: number | null = null): string | null {
    if (md.y !== null) {
      if (md.d === null) return fmtMonth(md.y, md.m);
      return validDay(md.y, md.m, md.d) ? fmtDay({ y: md.y, m: md.m, d: md.d }) : null;
    }
    const tense = this.tense(a, md.b);
    if (md.d === null) return resolveMonth(this.dct, md.m, 2, tense);
    return resolveMonthDay(this.dct, md.m, md.d, tense, wd);
  }

  protected calendar(i: number): Hit | null {
    const t = this.t;
    const w = t.w(i);
    const md = this.monthDay(i);
    // "the 26th of September" takes its article; "the Oct. 23 meeting" does not.
    if (md !== null) return this.hit(i, md.b, 'DATE', this.monthDayValue(md, i), 'd', this.month(i) === null);
    const second = this.secondDay(i);
    if (second !== null) return second;
    const c = w.charCodeAt(0);
    // Forms read by regular expressions start with a digit, an apostrophe, or m(id-), q, h, f(y).
    if ((c >= 48 && c <= 57) || c === 39 || c === 109 || c === 113 || c === 104 || c === 102) {
      const h = this.numericDate(i, w);
      if (h !== null) return h;
    }
    const extra = this.calendarWords(i);
    if (extra !== null) return extra;
    const ord = t.lex.ordinals.get(w);
    if (ord !== undefined && (t.w(i + 1) === 'century' || (t.hyphen(i + 1) && t.w(i + 2) === 'century'))) {
      const b = t.w(i + 1) === 'century' ? i + 2 : i + 3;
      return this.hit(i, b, 'DATE', String(ord - 1).padStart(2, '0'), 'd', true);
    }
    return null;
  }

  /** The second day of "April 24 and 25", "March 3-5": same month as the date just read. */
  protected secondDay(i: number): Hit | null {
    const t = this.t;
    const ref = this.ref;
    if (ref === null || ref.precision !== 'D' || this.lastEnd !== i - 1 || !DAY_JOIN.has(t.w(i - 1))) return null;
    const m = startsDigit(t.w(i)) ? DAY.exec(t.w(i)) : null;
    if (m === null || t.lex.months.has(t.w(i + 1))) return null;
    const d = Number(m[1]);
    if (d <= ref.t.d || !validDay(ref.t.y, ref.t.m, d)) return null;
    return this.hit(i, i + 1, 'DATE', fmtDay({ y: ref.t.y, m: ref.t.m, d }), 'd', false);
  }

  /** Years, decades, short and coded years, ISO and slashed dates, mid-month. */
  protected numericDate(i: number, w: string): Hit | null {
    const t = this.t;
    const y = this.isYear(i);
    if (y !== null) return this.hit(i, i + 1, 'DATE', fmtYear(y), 'd', false);
    if (w === "'" && t.glued(i) && !t.glued(i - 1) && TWO_DIGITS.test(t.w(i + 1)) && !t.glued(i + 1)) {
      return this.hit(i, i + 2, 'DATE', fmtYear(this.shortYear(`'${t.w(i + 1)}`)!), 'd', false);
    }
    const short = this.shortYear(w);
    if (short !== null) return this.hit(i, i + 1, 'DATE', fmtYear(short), 'd', false);
    const c = w.charCodeAt(0);
    const digit = c >= 48 && c <= 57;
    let m = c === 113 || c === 104 ? CODED_PERIOD.exec(w) : null; // q, h
    if (m !== null && t.capitalised(i)) {
      // "Q3", "Q3 2023", "H1 2024" (a half needs its year: "H1" alone is too ambiguous).
      const yr = this.isYear(i + 1);
      const grain = m[1] === 'q' ? 'Q' : 'H';
      if (grain === 'Q' || yr !== null) {
        const b = yr === null ? i + 1 : i + 2;
        return this.hit(i, b, 'DATE', resolveOrdinalPeriod(this.dct, grain, Number(m[2]), yr, this.tense(i, b, false)), 'd', false);
      }
    }
    m = digit || c === 109 ? DECADE.exec(w) : null; // 1990s, mid-1990s
    if (m !== null) return this.hit(i, i + 1, 'DATE', m[1]!, 'd', true);
    m = digit || c === 39 ? SHORT_DECADE.exec(w) : null; // 90s, '90s
    if (m !== null && (w.startsWith("'") || t.w(i - 1) === "'")) return this.hit(i, i + 1, 'DATE', `19${m[1]}`, 'd', true);
    m = c === 109 ? MID_WORD.exec(w) : null; // mid-
    if (m !== null && YEAR.test(m[1]!)) return this.hit(i, i + 1, 'DATE', m[1]!, 'd', false);
    if (m !== null) {
      const mo = t.lex.months.get(m[1]!);
      if (mo !== undefined) {
        let b = i + 1;
        const yr = this.isYear(b);
        if (yr !== null) b++;
        const v = yr !== null ? fmtMonth(yr, mo) : resolveMonth(this.dct, mo, 2, this.tense(i, b));
        return this.hit(i, b, 'DATE', v, 'd', false);
      }
    }
    m = digit ? ISO_DATE.exec(w) : null;
    if (m !== null && validDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
      return this.hit(i, i + 1, 'DATE', w, 'd', false);
    }
    m = digit ? SLASH_DATE.exec(w) : null;
    if (m !== null) {
      let a = Number(m[1]);
      let b = Number(m[2]);
      let yy = Number(m[3]);
      if (yy < 100) yy += yy < 50 ? 2000 : 1900;
      if (a > 12) [a, b] = [b, a];
      if (validDay(yy, a, b)) return this.hit(i, i + 1, 'DATE', fmtDay({ y: yy, m: a, d: b }), 'd', false);
    }
    return null;
  }

  /** Year-ago and year-end compounds, bare seasons, spelled-out years and decades. */
  protected calendarWords(i: number): Hit | null {
    const t = this.t;
    const lex = t.lex;
    const w = t.w(i);
    const dct = this.dct;
    if (lex.yearAgo.has(w)) return this.hit(i, i + 1, 'DATE', dct === null ? null : fmtYear(dct.y - 1), 'd', false);
    if (w === 'year' && t.hyphen(i + 1) && lex.yearAgoParts.has(t.w(i + 2))) {
      return this.hit(i, i + 3, 'DATE', dct === null ? null : fmtYear(dct.y - 1), 'd', false);
    }
    const ye = t.phrase(i, lex.yearEnd);
    if (ye !== null) return this.hit(i, ye.b, 'DATE', dct === null ? null : fmtYear(dct.y), 'd', true);
    const season = lex.seasons.get(w);
    const ofNoun = (): boolean => t.w(i + 1) === 'of' && this.isYear(i + 2) === null && this.spokenYear(i + 2) === null;
    if (season !== undefined && SEASON_BEFORE.has(t.w(i - 1)) && !ofNoun()) {
      let b = i + 1;
      let y: number | null = null;
      if (t.w(b) === 'of') b++;
      y = this.isYear(b) ?? this.spokenYear(b)?.y ?? null;
      if (y === null) b = i + 1;
      else b = this.isYear(b) !== null ? b + 1 : this.spokenYear(b)!.b;
      const v = y !== null ? `${fmtYear(y)}-${season}` : resolveSeason(dct, season, 2, this.tense(i, b));
      return this.hit(i, b, 'DATE', v, 'd', true);
    }
    const sy = this.spokenYear(i);
    if (sy !== null) return this.hit(i, sy.b, 'DATE', fmtYear(sy.y), 'd', false);
    const dw = lex.decadeWords.get(w);
    if (dw !== undefined && t.w(i - 1) === 'the') return this.hit(i, i + 1, 'DATE', `19${dw}`, 'd', true);
    return null;
  }

  /** "'98", "FY2023", "1990-91" (the first year of a season or fiscal span). */
  protected shortYear(w: string): number | null {
    const c = w.charCodeAt(0);
    const m = (c >= 48 && c <= 57) || c === 39 || c === 102 ? SHORT_YEAR.exec(w) : null; // 1990-91, '98, fy
    if (m === null) return null;
    if (m[1] !== undefined) return Number(m[1]);
    const yy = Number(m[2] ?? m[3]);
    if ((m[2] ?? m[3])!.length === 4) return yy;
    const now = this.dct === null ? 2000 : this.dct.y;
    const cut = (now % 100) + 1;
    return (yy <= cut ? Math.floor(now / 100) * 100 : Math.floor(now / 100) * 100 - 100) + yy;
  }

  /** "nineteen ninety-six", "nineteen eighty". */
  protected spokenYear(i: number): { y: number; b: number } | null {
    const t = this.t;
    // "the year two thousand (and five)": only after "year", else it is a quantity.
    if (t.w(i) === 'two' && t.w(i + 1) === 'thousand' && t.w(i - 1) === 'year') {
      const k = t.w(i + 2) === 'and' ? i + 3 : i + 2;
      const u = t.lex.numbers.get(t.w(k));
      if (u !== undefined && u >= 1 && u < 100 && Number.isInteger(u) && t.w(k) !== 'a' && t.w(k) !== 'an') return { y: 2000 + u, b: k + 1 };
      return { y: 2000, b: i + 2 };
    }
    const c = t.lex.spokenCenturies.get(t.w(i));
    if (c === undefined || !t.lex.numberTens.has(t.w(i + 1))) return null;
    let y = c * 100 + t.lex.numbers.get(t.w(i + 1))!;
    let b = i + 2;
    const k = t.hyphen(b) ? b + 1 : b;
    const u = t.lex.numbers.get(t.w(k));
    if (u !== undefined && u >= 1 && u <= 9 && t.w(k) !== 'a' && t.w(k) !== 'an') {
      y += u;
      b = k + 1;
    }
    return { y, b };
  }

  protected weekdayOf(i: number): number | null {
    const t = this.t;
    let w = t.w(i);
    if (w.endsWith("'s")) w = w.slice(0, -2);
    const wd = t.lex.weekdays.get(w);
    if (wd === undefined || !t.capitalised(i)) return null;
    return wd;
  }

  /** Weekday [, date] | weekday [part of day]. */
  protected weekdayExpr(i: number): Hit | null {
    const t = this.t;
    const wd = this.weekdayOf(i);
    if (wd === null) return null;
    const j = t.w(i + 1) === ',' ? i + 2 : i + 1;
    const md = this.monthDay(j);
    if (md !== null && md.d !== null) return this.hit(i, md.b, 'DATE', this.monthDayValue(md, i, wd), 'd', false);
    if (t.w(i).endsWith('.')) return null;
    // The end of a range ("from Monday to Wednesday") follows its start.
    const ref = this.ref;
    if (RANGE_TO.has(t.w(i - 1)) && this.lastEnd === i - 1 && ref !== null && ref.precision === 'D' && this.dct !== null) {
      const dist = Math.abs(daysBetween(ref.t, this.dct));
      if (dist <= 7) return this.dayWithPart(i, i + 1, fmtDay(addDays(ref.t, (wd - weekday(ref.t) + 7) % 7)));
    }
    // A possessive weekday ("Wednesday's ruling") dates a noun, not the verb around it: the tense of
    // "would look for ways around Wednesday's ruling" is not the ruling's.
    const possessive = t.w(i).endsWith("'s") || t.w(i + 1) === "'s" || t.w(i + 1) === '’s';
    return this.dayWithPart(i, i + 1, resolveWeekday(this.dct, wd, 2, possessive ? 0 : this.tense(i, i + 1)));
  }

  /** A day value followed by an optional part of day ("Friday night" -> TIME ...TNI). */
  protected dayWithPart(a: number, b: number, day: string | null): Hit {
    const part = this.t.lex.partsOfDay.get(this.t.w(b));
    if (part !== undefined && this.t.w(b) !== 'overnight') {
      return this.hit(a, b + 1, 'TIME', day === null ? null : `${day}T${part}`, 'd', false);
    }
    return this.hit(a, b, 'DATE', day, 'd', false);
  }

  protected deictic(i: number): Hit | null {
    const t = this.t;
    const w = t.w(i);
    const off = t.lex.deictic.get(w);
    if (off === undefined) return null;
    const day = this.dct === null ? null : fmtDay(addDays(this.dct, off));
    const part = t.lex.deicticPart.get(w);
    if (part !== undefined) return this.hit(i, i + 1, 'TIME', day === null ? null : `${day}T${part}`, 'd', false);
    return this.dayWithPart(i, i + 1, day);
  }

  /** this/last/next + week, month, year, quarter, weekend, month name, weekday, season, part of day. */
  protected relative(i: number): Hit | null {
    const t = this.t;
    const lex = t.lex;
    let rw = t.w(i);
    if (!DATE_REL.has(rw)) return null;
    let j = i + 1;
    // "this coming Sunday", "this past spring"
    if (rw === 'this' && DATE_REL.has(t.w(j)) && t.w(j) !== 'this') rw = t.w(j++);
    const rel = lex.relative.get(rw)!;
    while (lex.fiscal.has(t.w(j))) j++;
    const u = t.w(j);
    const dct = this.dct;
    const unit = lex.units.get(u);
    if (unit !== undefined && !u.endsWith('s')) {
      const grain = unitGrain(unit);
      if (grain === null || grain === 'D') return null;
      if (grain === 'WE') return this.hit(i, j + 1, 'DATE', resolveWeekend(dct, rel === 0 ? 2 : rel, this.tense(i, j + 1)), 'd', true);
      return this.hit(i, j + 1, 'DATE', relativePeriod(dct, grain, rel), 'd', true);
    }
    const m = this.month(j);
    const md = m === null ? null : this.monthDay(j);
    if (md !== null && md.d !== null) {
      // "last Oct. 23": the day in the direction the word points; the span is the date alone (TimeML).
      let v: string | null = this.monthDayValue(md, j);
      if (md.y === null && dct !== null) {
        let y = dct.y;
        const c = cmp({ y, m: md.m, d: md.d }, dct);
        if (rel < 0 && c >= 0) y--;
        else if (rel > 0 && c <= 0) y++;
        v = validDay(y, md.m, md.d) ? fmtDay({ y, m: md.m, d: md.d }) : null;
      }
      return this.hit(j, md.b, 'DATE', v, 'd', false);
    }
    if (m !== null) return this.hit(i, j + 1, 'DATE', resolveMonth(dct, m, rel, rel), 'd', true);
    const wd = this.weekdayOf(j);
    if (wd !== null) {
      // "the previous Friday", "the following Monday" count from the day the story last named, not from today.
      const ref = this.ref;
      const from = ANAPHORIC_REL.has(rw) && t.w(i - 1) === 'the' && ref !== null && ref.precision === 'D' ? ref.t : dct;
      return this.dayWithPart(i, j + 1, resolveWeekday(from, wd, rel, rel));
    }
    const season = lex.seasons.get(u);
    if (season !== undefined) return this.hit(i, j + 1, 'DATE', resolveSeason(dct, season, rel, rel), 'd', true);
    const part = lex.partsOfDay.get(u);
    if (part !== undefined && (rw === 'this' || rw === 'last')) {
      const day = dct === null ? null : fmtDay(rw === 'last' ? addDays(dct, -1) : dct);
      return this.hit(i, j + 1, 'TIME', day === null ? null : `${day}T${part}`, 'd', false);
    }
    const hol = t.phrase(j, lex.holidays);
    if (hol !== null && t.capitalised(j)) {
      return this.hit(i, hol.b, 'DATE', resolveHoliday(dct, hol.value, null, rel), 'd', true);
    }
    return null;
  }

  protected holiday(i: number): Hit | null {
    const t = this.t;
    const hol = t.phrase(i, t.lex.holidays);
    if (hol === null || !t.capitalised(i)) return null;
    // "Easter Island", "Christmas Charity", "Easter Seals": a holiday before another capitalised
    // word on the line names something (a date after it, "Easter April 19", still counts).
    const nx = hol.b;
    if (nx < t.hi && t.titleCased(nx) && t.near(nx - 1) && t.lex.months.get(t.w(nx)) === undefined && t.lex.weekdays.get(t.w(nx)) === undefined) return null;
    const y = this.isYear(hol.b);
    const b = y === null ? hol.b : hol.b + 1;
    return this.hit(i, b, 'DATE', resolveHoliday(this.dct, hol.value, y, this.tense(i, b)), 'd', false);
  }

}
