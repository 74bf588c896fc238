// Calendar arithmetic and TIMEX3 value formatting. Dates are plain {y, m, d} (m 1-12) handled in UTC.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

function toMs(t: Ymd): number {
  return Date.UTC(t.y, t.m - 1, t.d);
}

function fromMs(ms: number): Ymd {
  const dt = new Date(ms);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

function digitsAt(s: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function num(s: string, a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/** Parse YYYY-MM-DD (already validated upstream); null otherwise. */
export function parseYmd(s: string | null): Ymd | null {
  if (s === null || s.length < 10) return null;
  // The usual "YYYY-MM-DD...": read the digits directly (the general reading below gives the same).
  if (digitsAt(s, 0, 4) && digitsAt(s, 5, 7) && digitsAt(s, 8, 10)) {
    const y = num(s, 0, 4);
    const m = num(s, 5, 7);
    const d = num(s, 8, 10);
    return m < 1 || m > 12 || d < 1 || d > 31 ? null : { y, m, d };
  }
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (!Number.isFinite(y) || !Number.isFinite(m) || !Number.isFinite(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  return { y, m, d };
}

export function addDays(t: Ymd, n: number): Ymd {
  return fromMs(toMs(t) + n * DAY_MS);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(t: Ymd, n: number): Ymd {
  const idx = t.y * 12 + (t.m - 1) + n;
  const y = Math.floor(idx / 12);
  const m = idx - y * 12 + 1;
  return { y, m, d: Math.min(t.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function weekday(t: Ymd): number {
  const w = new Date(toMs(t)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(t: Ymd): { y: number; w: number } {
  const wd = weekday(t);
  const thursday = addDays(t, 4 - wd);
  const jan1 = Date.UTC(thursday.y, 0, 1);
  const w = Math.floor((toMs(thursday) - jan1) / DAY_MS / 7) + 1;
  return { y: thursday.y, w };
}

/** Days from b to a (a - b). */
export function daysBetween(a: Ymd, b: Ymd): number {
  return Math.round((toMs(a) - toMs(b)) / DAY_MS);
}

export function cmp(a: Ymd, b: Ymd): number {
  return a.y !== b.y ? a.y - b.y : a.m !== b.m ? a.m - b.m : a.d - b.d;
}

/** The nth (1-based; -1 = last) given ISO weekday of a month. */
export function nthWeekday(y: number, m: number, wd: number, nth: number): Ymd {
  if (nth > 0) {
    const first = { y, m, d: 1 };
    const shift = (wd - weekday(first) + 7) % 7;
    return { y, m, d: 1 + shift + (nth - 1) * 7 };
  }
  const last = { y, m, d: daysInMonth(y, m) };
  const shift = (weekday(last) - wd + 7) % 7;
  return { y, m, d: last.d - shift };
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

function p2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function fmtYear(y: number): string {
  return String(y).padStart(4, '0');
}

export function fmtMonth(y: number, m: number): string {
  return `${fmtYear(y)}-${p2(m)}`;
}

export function fmtDay(t: Ymd): string {
  return `${fmtYear(t.y)}-${p2(t.m)}-${p2(t.d)}`;
}

export function fmtWeek(t: Ymd): string {
  const { y, w } = isoWeek(t);
  return `${fmtYear(y)}-W${p2(w)}`;
}

export function fmtClock(h: number, min: number): string {
  return `${p2(h)}:${p2(min)}`;
}

/** Quarter (1-4) of a month. */
export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** Granularities a relative expression can take. */
export type Grain = 'D' | 'W' | 'M' | 'Q' | 'H' | 'Y' | 'DE' | 'CE' | 'WE';

/** `t` shifted by n units of `grain` (Q = 3 months, H = 6 months, DE = 10 years, CE = 100 years). */
export function shift(t: Ymd, grain: Grain, n: number): Ymd {
  switch (grain) {
    case 'D':
      return addDays(t, n);
    case 'W':
    case 'WE':
      return addDays(t, 7 * n);
    case 'M':
      return addMonths(t, n);
    case 'Q':
      return addMonths(t, 3 * n);
    case 'H':
      return addMonths(t, 6 * n);
    case 'Y':
      return addMonths(t, 12 * n);
    case 'DE':
      return addMonths(t, 120 * n);
    case 'CE':
      return addMonths(t, 1200 * n);
  }
}

/** TIMEX3 value of the period of `grain` that contains `t`. */
export function periodValue(t: Ymd, grain: Grain): string {
  switch (grain) {
    case 'D':
      return fmtDay(t);
    case 'W':
      return fmtWeek(t);
    case 'WE':
      return `${fmtWeek(t)}-WE`;
    case 'M':
      return fmtMonth(t.y, t.m);
    case 'Q':
      return `${fmtYear(t.y)}-Q${quarterOf(t.m)}`;
    case 'H':
      return `${fmtYear(t.y)}-H${t.m <= 6 ? 1 : 2}`;
    case 'Y':
      return fmtYear(t.y);
    case 'DE':
      return fmtYear(t.y).slice(0, 3);
    case 'CE':
      return fmtYear(t.y).slice(0, 2);
  }
}

const REF_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|T)/;

/** A resolved reference date and how precisely it was given. */
export interface Ref {
  t: Ymd;
  precision: 'Y' | 'M' | 'D';
}

/** The date a resolved DATE/TIME value starts on (YYYY, YYYY-MM, YYYY-MM-DD[Thh:mm]); else null. */
export function refOf(value: string | null): Ref | null {
  if (value === null) return null;
  const m = REF_VALUE.exec(value);
  if (m === null) return null;
  const t = { y: Number(m[1]), m: m[2] === undefined ? 1 : Number(m[2]), d: m[3] === undefined ? 1 : Number(m[3]) };
  return { t, precision: m[3] !== undefined ? 'D' : m[2] !== undefined ? 'M' : 'Y' };
}

const GRAIN_RANK: Readonly<Record<string, number>> = { D: 0, W: 1, M: 2, Q: 3, H: 3, Y: 4, DE: 5, CE: 6, WE: 1 };

/** The period of `grain` around a reference, with X where the reference is too coarse ("1998-10-XX"). */
export function refPeriod(ref: Ref, grain: Grain, step: number): string {
  if (GRAIN_RANK[grain]! >= GRAIN_RANK[ref.precision]! || step !== 0) return periodValue(shift(ref.t, grain, step), grain);
  const y = fmtYear(ref.t.y);
  if (grain === 'D') return ref.precision === 'M' ? `${fmtMonth(ref.t.y, ref.t.m)}-XX` : `${y}-XX-XX`;
  if (grain === 'W') return `${y}-WXX`;
  return `${y}-XX`;
}

const PERIOD_VALUE = /^(\d{2,4})(?:-(?:(\d{2})|W(\d{2})(?:-WE)?|Q([1-4])|H([12])|(SP|SU|FA|WI)))?$/;

/**
 * Does a DATE value coarser than a day (year, month, ISO week or weekend, quarter, half, season,
 * decade, century) include the day `t`? True or false; null for a day, a TIME or a non-period value.
 * A season's year is the one it starts in (winter 2018-WI runs into 2019): it holds days of that
 * year and the next.
 */
export function periodHolds(value: string, t: Ymd): boolean | null {
  const m = PERIOD_VALUE.exec(value);
  if (m === null) return null;
  const head = m[1]!;
  if (head.length < 4) return m[0] === head && String(t.y).startsWith(head);
  const y = Number(head);
  if (m[2] !== undefined) return y === t.y && Number(m[2]) === t.m;
  if (m[3] !== undefined) {
    const w = isoWeek(t);
    return w.y === y && w.w === Number(m[3]);
  }
  if (m[4] !== undefined) return y === t.y && Number(m[4]) === quarterOf(t.m);
  if (m[5] !== undefined) return y === t.y && (m[5] === '1') === t.m <= 6;
  if (m[6] !== undefined) return y === t.y || (m[6] === 'WI' && y === t.y - 1);
  return y === t.y;
}
