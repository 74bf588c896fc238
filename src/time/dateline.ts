// The date inside a dateline ("WASHINGTON, March 12 (Xinhua) --", "KABUL, Oct 3 (AP) —") lies
// before the body the Doc covers; it is read here from the dateline's own characters.
import type { TimeOut } from '../schema.js';
import type { Source } from '../source/types.js';
import type { Ymd } from './calendar.js';
import { fmtDay, validDay } from './calendar.js';
import type { TimeLexicon } from './lexicon.js';
import { resolveMonthDay } from './resolve.js';

const MONTH_DAY = /\b([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})\b(?:,?\s+(\d{4})\b)?/g;

/** The month-day date written in the dateline, if any, as a DATE time expression. */
export function datelineTime(source: Source, lex: TimeLexicon, dct: Ymd | null): TimeOut | null {
  const dl = source.meta.dateline;
  if (dl === null || dl === undefined || source.bodyStart <= dl.span[1]) return null;
  const region = source.text.slice(dl.span[1], source.bodyStart);
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(region); m !== null; m = MONTH_DAY.exec(region)) {
    const month = lex.months.get(m[1]!.toLowerCase());
    if (month === undefined) continue;
    const d = Number(m[2]);
    let value: string | null;
    if (m[3] !== undefined) value = validDay(Number(m[3]), month, d) ? fmtDay({ y: Number(m[3]), m: month, d }) : null;
    else value = resolveMonthDay(dct, month, d, 0);
    const start = dl.span[1] + m.index;
    const end = start + m[0].length;
    return { start, end, text: source.text.slice(start, end), type: 'DATE', value };
  }
  return null;
}
