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
/** A dateline's date: "Oct 3", "September", "Sept. 26, 2023", "5 December". */
const DATELINE_DATE = `((?:${MONTH_ALT})\\.?(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${MONTH_ALT})\\.?(?:,?\\s+\\d{4})?)`;
/** The agency after a dateline: "(Reuters)", "/TASS/". */
const DATELINE_AGENCY = `(?:\\(([A-Za-z][A-Za-z.&\\- ]{0,30})\\)|/([A-Za-z][A-Za-z.&\\- ]{0,30})/)`;
const DATELINE = new RegExp(
  `^\\s*([A-Z][A-Z.'\\- ]{1,40}[A-Z.])((?:,\\s*(?!(?:${MONTH_ALT})\\.?\\s+\\d)[A-Z][A-Za-z.'\\- ]{1,30})?)` +
    `(?:,\\s*${DATELINE_DATE})?` +
    // TASS writes a full stop between the date and its name: "MOSCOW, March 14. /TASS/."
    `(?:\\.(?=\\s*/))?\\s*${DATELINE_AGENCY}?\\s*(?:[-\\u2013\\u2014:]+|\\.(?=\\s))\\s*`,
);
/**
 * A dateline with its place in mixed case ("Mexico City (Reuters) -", "Moscow, 5 December
 * (Interfax) -"): taken only with a known agency after it, as such a place is otherwise a sentence's subject.
 */
const MIXED_DATELINE = new RegExp(
  `^\\s*([A-Z][a-z'.]+(?:[ -][A-Z][a-z'.]+){0,2})((?:,\\s*(?!(?:${MONTH_ALT})\\.?\\s+\\d)[A-Z][A-Za-z.'\\- ]{1,30})?)` +
    `(?:,\\s*${DATELINE_DATE})?` +
    // TASS writes a full stop between the date and its name: "MOSCOW, March 14. /TASS/."
    `(?:\\.(?=\\s*/))?\\s*${DATELINE_AGENCY}\\s*(?:[-\\u2013\\u2014:]+|\\.(?=\\s))\\s*`,
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
  if (dm[4] !== undefined || dm[5] !== undefined) return true;
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
  // A dateline place is written in capitals and is short; a shouted headline is not a dateline.
  let dm = DATELINE.exec(rest);
  if (dm !== null && !plausibleDateline(dm, rest)) dm = null;
  if (dm === null) {
    const mixed = MIXED_DATELINE.exec(rest);
    if (mixed !== null && agencyIndex().canonical((mixed[4] ?? mixed[5])!) !== null) dm = mixed;
  }
  if (dm) {
    const lead = dm[0].length - dm[0].trimStart().length;
    const start = pos + lead;
    const end = pos + dm[0].trimEnd().length;
    const placeText = (dm[1]! + (dm[2] ?? '')).trim();
    dateline = { place: null, text: placeText, span: [start, start + placeText.length] };
    const agencyName = dm[4] ?? dm[5];
    if (agencyName !== undefined) {
      const name = agencyName.trim();
      const at = text.indexOf(name, start);
      const canonical = agencyIndex().canonical(name) ?? name;
      agency = { name: canonical, span: [at, at + name.length] };
    }
    if (date === null && dm[3] !== undefined) {
      // A dateline date without a year can only be placed with a story date; keep what we have.
      const yr = /(\d{4})/.exec(dm[3]);
      const md = /([A-Za-z]+)\.?\s+(\d{1,2})\b/.exec(dm[3]);
      const dm2 = /^(\d{1,2})\s+([A-Za-z]+)/.exec(dm[3]);
      const month = md?.[1] ?? dm2?.[2];
      const day = md?.[2] ?? dm2?.[1];
      if (yr && month !== undefined && day !== undefined) {
        const m = MONTHS.get(month.toLowerCase());
        if (m !== undefined) date = iso(Number(yr[1]), m, Number(day));
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
