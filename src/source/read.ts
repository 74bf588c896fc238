// The Source stage: read the metadata that wire copy carries in its first characters (a `date`
// line, the dateline with place and agency) and at its edges ("Trend reports"), without ever
// changing the text: every offset downstream points into the original.
import type { Meta } from '../schema.js';
import { readDataJson } from '../kb/data.js';
import { agencyIndex } from './agencies.js';
import type { Source, StoryInput } from './types.js';

interface CalendarWords {
  months: Record<string, number>;
  weekdays: Record<string, number>;
}

// Month and weekday names come from the time stage's data (data/time.json); keys are lower case,
// abbreviations carry their full stop ("sept.").
const CALENDAR = readDataJson<CalendarWords>('time.json');
const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries(CALENDAR.months).map(([k, v]) => [k.replace(/\.$/, ''), v] as [string, number]),
);
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Capitalised month names and abbreviations, longest first ("September|Sept|Sep"). */
const MONTH_ALT = [...MONTHS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((m) => escape(m[0]!.toUpperCase() + m.slice(1)))
  .join('|');
const WEEKDAY_ALT = Object.keys(CALENDAR.weekdays)
  .filter((d) => !d.endsWith('.'))
  .map((d) => d[0]!.toUpperCase() + d.slice(1))
  .join('|');

/** `date 2023-09-26` or `Date: 2023-09-26` as a leading line or prefix. */
const DATE_LINE = /^\s*date:?\s+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?/i;
/** A Wikinews-style leading date line: `Friday, January 4, 2019`. */
const WEEKDAY_LINE = new RegExp(`^\\s*(?:${WEEKDAY_ALT}),\\s+([A-Z][a-z]+)\\s+(\\d{1,2}),\\s+(\\d{4})[ \\t\\u00a0]*\\r?\\n`);
/**
 * A dateline: an upper-case place (optionally ", Country" or ", State", never a month), optionally a
 * date, optionally an agency in parentheses, then a dash, colon or full stop.
 * Examples: `BAKU, Azerbaijan, September.`  `WASHINGTON (Reuters) -`  `KABUL, Oct 3 (AP) —`.
 */
const DATELINE = new RegExp(
  `^\\s*([A-Z][A-Z.'\\- ]{1,40}[A-Z.])((?:,\\s*(?!(?:${MONTH_ALT})\\.?\\s+\\d)[A-Z][A-Za-z.'\\- ]{1,30})?)` +
    `(?:,\\s*((?:${MONTH_ALT})\\.?(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?))?` +
    `\\s*(?:\\(([A-Za-z][A-Za-z.&\\- ]{0,30})\\))?\\s*(?:[-\\u2013\\u2014:]+|\\.(?=\\s))\\s*`,
);

/**
 * A dateline needs more than capitals followed by a dash: headlines ("U.S. M-1 MONEY SUPPLY RISES",
 * "CORRECTION - THREE CONVICTED") look alike. Accept it when it names an agency, or carries a region
 * or date after a comma, or when a bare place and dash are followed by ordinary mixed-case prose.
 */
function plausibleDateline(dm: RegExpExecArray, rest: string): boolean {
  const place = dm[1]!;
  if (place.length > 30 || /\s{2,}/.test(place)) return false;
  const tail = dm[0].slice(dm[0].indexOf(place) + place.length);
  const dash = /(?:^|\s|\))[-\u2013\u2014:]+\s/.test(tail);
  if (!dash && !/\.\s/.test(tail)) return false;
  if (dm[4] !== undefined) return true;
  if (dm[2] || dm[3]) return true;
  if (!dash) return false;
  // Bare "PLACE -": the words after it must be prose, not more shouted headline.
  const next = /^\s*(\S+)\s+(\S+)/.exec(rest.slice(dm[0].length));
  return next !== null && /[a-z]/.test(next[1]! + next[2]!) && place.split(/\s+/).length <= 3;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Validate a YYYY-MM-DD string; null if it is not a real calendar date. */
export function validDate(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Read the Source of a story. `dateOverride` (the --date flag) wins over every other date. */
export function readSource(story: StoryInput, dateOverride: string | null = null): Source {
  const text = story.text;
  let pos = 0;
  let date: string | null = validDate(story.date);

  const dl = DATE_LINE.exec(text);
  if (dl) {
    date = date ?? validDate(dl[1]);
    pos = dl[0].length;
  } else {
    const wl = WEEKDAY_LINE.exec(text);
    if (wl) {
      const m = MONTHS.get(wl[1]!.toLowerCase());
      if (m !== undefined) date = date ?? iso(Number(wl[3]), m, Number(wl[2]));
      pos = wl[0].length;
    }
  }

  let dateline: Meta['dateline'] = null;
  let agency: Meta['agency'] = null;
  const rest = text.slice(pos, pos + 200);
  const dm = DATELINE.exec(rest);
  // A dateline place is written in capitals and is short; a shouted headline is not a dateline.
  if (dm && plausibleDateline(dm, rest)) {
    const lead = dm[0].length - dm[0].trimStart().length;
    const start = pos + lead;
    const end = pos + dm[0].trimEnd().length;
    const placeText = (dm[1]! + (dm[2] ?? '')).trim();
    dateline = { place: null, text: placeText, span: [start, start + placeText.length] };
    if (dm[4] !== undefined) {
      const name = dm[4].trim();
      const at = text.indexOf(name, start);
      const canonical = agencyIndex().canonical(name) ?? name;
      agency = { name: canonical, span: [at, at + name.length] };
    }
    if (date === null && dm[3] !== undefined) {
      // A dateline date without a year can only be placed with a story date; keep what we have.
      const yr = /(\d{4})/.exec(dm[3]);
      const md = /([A-Za-z]+)\.?\s+(\d{1,2})/.exec(dm[3]);
      if (yr && md) {
        const m = MONTHS.get(md[1]!.toLowerCase());
        if (m !== undefined) date = iso(Number(yr[1]), m, Number(md[2]));
      }
    }
    pos = end;
  }
  if (agency === null) agency = agencyIndex().findReported(text, pos);
  if (dateOverride !== null) date = dateOverride;

  const meta: Meta = {
    date,
    title: story.title ?? null,
    url: story.url ?? null,
    source_id: story.id ?? null,
    dateline,
    agency,
  };
  // Skip whitespace so the body starts at its first character.
  while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  return { text, bodyStart: dateline !== null || dl !== null ? pos : Math.min(pos, text.length), meta };
}
