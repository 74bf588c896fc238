// Placing partially specified dates (a weekday, a month, a month and day, a quarter, a season, a
// holiday) against the story date, in the direction the sentence's tense points.
import type { HolidayRule } from './lexicon.js';
import type { Grain, Ymd } from './calendar.js';
import {
  addDays, cmp, daysBetween, daysInMonth, easter, fmtDay, fmtMonth, fmtYear, nthWeekday, periodValue, quarterOf, shift, validDay, weekday,
} from './calendar.js';

/**
 * The date of ISO weekday `wd` near `dct`. rel -1: strictly before ("last Friday"), +1: strictly
 * after ("next Friday"); otherwise the story date itself when it is that weekday, else the past
 * occurrence unless the tense is future.
 */
export function resolveWeekday(dct: Ymd | null, wd: number, rel: number, tense: number): string {
  if (dct === null) return `XXXX-WXX-${wd}`;
  const cur = weekday(dct);
  if (rel === 0 || rel === 2) {
    if (cur === wd) return fmtDay(dct);
    if (tense > 0) return fmtDay(addDays(dct, (wd - cur + 7) % 7));
    return fmtDay(addDays(dct, -((cur - wd + 7) % 7)));
  }
  if (rel < 0) return fmtDay(addDays(dct, -(((cur - wd + 7) % 7) || 7)));
  return fmtDay(addDays(dct, ((wd - cur + 7) % 7) || 7));
}

/**
 * Year of a month (and day) given without a year: the nearer of the past and the future
 * occurrence, the distance on the side the tense points to counting a quarter.
 */
export function yearFor(dct: Ymd, m: number, d: number | null, tense: number): number {
  let back: number;
  let ahead: number;
  if (d === null) {
    if (m === dct.m) return dct.y;
    back = (dct.m - m + 12) % 12;
    ahead = 12 - back;
  } else {
    const same: Ymd = { y: dct.y, m, d: Math.min(d, daysInMonth(dct.y, m)) };
    const c = cmp(same, dct);
    if (c === 0) return dct.y;
    const dist = Math.abs(daysBetween(same, dct));
    back = c < 0 ? dist : 365 - dist;
    ahead = 365 - back;
  }
  if (tense < 0) back /= 4;
  else if (tense > 0) ahead /= 4;
  const pastYear = d === null ? (m < dct.m ? dct.y : dct.y - 1) : cmp({ y: dct.y, m, d }, dct) < 0 ? dct.y : dct.y - 1;
  return back <= ahead ? pastYear : pastYear + 1;
}

export function resolveMonth(dct: Ymd | null, m: number, rel: number, tense: number): string {
  if (dct === null) return `XXXX-${String(m).padStart(2, '0')}`;
  let y: number;
  if (rel < 0) y = m < dct.m ? dct.y : dct.y - 1;
  else if (rel === 1) y = m > dct.m ? dct.y : dct.y + 1;
  else if (rel === 0) y = dct.y;
  else y = yearFor(dct, m, null, tense);
  return fmtMonth(y, m);
}

export function resolveMonthDay(dct: Ymd | null, m: number, d: number, tense: number, wd: number | null = null): string | null {
  if (dct === null) return `XXXX-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  let y = yearFor(dct, m, d, tense);
  if (wd !== null && validDay(y, m, d) && weekday({ y, m, d }) !== wd) {
    // A weekday given with the date picks the year it falls on ("Monday, Oct. 26").
    for (const cand of [y + 1, y - 1]) if (validDay(cand, m, d) && weekday({ y: cand, m, d }) === wd) y = cand;
  }
  return validDay(y, m, d) ? fmtDay({ y, m, d }) : null;
}

const SEASON_INDEX: Readonly<Record<string, number>> = { SP: 0, SU: 1, FA: 2, WI: 3 };

/**
 * A season with "last"/"next"/"this" (rel -1/1/0) or bare (rel 2: the current one, else by tense).
 * Seasons are numbered year*4 + index; winter belongs to the year it starts in.
 */
export function resolveSeason(dct: Ymd | null, code: string, rel: number, tense: number): string {
  if (dct === null) return `XXXX-${code}`;
  const k = SEASON_INDEX[code]!;
  const cur = dct.m <= 2 ? (dct.y - 1) * 4 + 3 : dct.y * 4 + Math.min(3, Math.floor((dct.m - 3) / 3));
  const same = Math.floor(cur / 4) * 4 + k;
  let ord: number;
  if (rel === 0) ord = same;
  else if (rel === 2 && same === cur) ord = cur;
  else if (rel < 0 || (rel === 2 && tense <= 0)) ord = same < cur ? same : same - 4;
  else ord = same > cur ? same : same + 4;
  return `${fmtYear(Math.floor(ord / 4))}-${code}`;
}

export function resolveHoliday(dct: Ymd | null, rule: HolidayRule, year: number | null, tense: number): string | null {
  const dayIn = (y: number): Ymd => {
    if (rule.easter !== undefined) return addDays(easter(y), rule.easter);
    if (rule.weekday !== undefined) return nthWeekday(y, rule.month!, rule.weekday, rule.nth ?? 1);
    return { y, m: rule.month!, d: rule.day! };
  };
  if (year !== null) return fmtDay(dayIn(year));
  if (dct === null) {
    if (rule.month !== undefined && rule.day !== undefined) return resolveMonthDay(null, rule.month, rule.day, 0);
    return null;
  }
  const same = dayIn(dct.y);
  const c = cmp(same, dct);
  if (c === 0 || (c < 0 && tense <= 0) || (c > 0 && tense > 0)) return fmtDay(same);
  return fmtDay(dayIn(c < 0 ? dct.y + 1 : dct.y - 1));
}

/**
 * A quarter (grain Q) or half (grain H) given by its number without a year: this year's when it
 * has begun, else last year's unless the tense is future.
 */
export function resolveOrdinalPeriod(dct: Ymd | null, grain: 'Q' | 'H', n: number, year: number | null, tense: number): string {
  const tag = `${grain}${n}`;
  if (year !== null) return `${fmtYear(year)}-${tag}`;
  if (dct === null) return `XXXX-${tag}`;
  const cur = grain === 'Q' ? quarterOf(dct.m) : dct.m <= 6 ? 1 : 2;
  const y = n <= cur || tense > 0 ? dct.y : dct.y - 1;
  return `${fmtYear(y)}-${tag}`;
}

/** The period of `grain` n steps from the story date ("last week", "next quarter", "a year ago"). */
export function relativePeriod(dct: Ymd | null, grain: Grain, n: number): string | null {
  if (dct === null) return null;
  return periodValue(shift(dct, grain, n), grain);
}

/**
 * "the weekend" / "this weekend" (bare) and "last/next weekend": in the past tense, or early in the
 * week without a future cue, the weekend just gone; otherwise the coming one.
 */
export function resolveWeekend(dct: Ymd | null, rel: number, tense: number): string | null {
  if (dct === null) return null;
  const wd = weekday(dct);
  if (rel === -1) return periodValue(addDays(dct, wd >= 6 ? -7 : -wd), 'W') + '-WE';
  if (rel === 1) return periodValue(addDays(dct, wd >= 6 ? 7 : 7 - wd + 6), 'W') + '-WE';
  if (wd >= 6) return periodValue(dct, 'W') + '-WE';
  const past = tense < 0 || (tense === 0 && wd <= 3);
  return periodValue(past ? addDays(dct, -wd) : dct, 'W') + '-WE';
}
