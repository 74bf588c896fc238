// Row formatters of the export formats. Each takes one row of the store's export streams
// (src/store/sqlite.ts EVENT_EXPORT_SQL / MENTION_SELECT) and returns one line.
import { countries } from '../kb/countries.js';
import { readDataJson } from '../kb/data.js';
import { pentaClass } from './classes.js';
import { CSV_COLUMNS, GDELT_COLUMNS, PHOENIX_COLUMNS } from './columns.js';
import { csvCell, tsvCell } from './sink.js';

type Row = Record<string, unknown>;

let fipsTable: Readonly<Record<string, string>> | null = null;

/** FIPS 10-4 code of an ISO 3166-1 alpha-2 code (GDELT Geo columns). */
export function fips(iso2: string | null | undefined): string | null {
  if (!iso2) return null;
  fipsTable ??= readDataJson<{ differs: Record<string, string> }>('iso2-fips.json').differs;
  const c = iso2.toUpperCase();
  return fipsTable[c] ?? c;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function dateParts(date: unknown): { ymd: string; y: string; m: string; d: string } | null {
  const s = str(date);
  if (s === null || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  return { ymd: s.replace(/-/g, ''), y: s.slice(0, 4), m: s.slice(5, 7), d: s.slice(8, 10) };
}

const GROUP_COUNTRIES = new Set(['IGO', 'NGO', 'MNC']);

function gdeltActor(r: Row, p: 'a1' | 'a2'): unknown[] {
  const code = str(r[`${p}_code`]);
  const country = str(r[`${p}_country`]);
  const group = country !== null && GROUP_COUNTRIES.has(country);
  const name = str(r[`${p}_name`]);
  return [
    code, name?.toUpperCase() ?? null, group ? null : country, group && code !== null && code.length >= 6 ? code.slice(3, 6) : null,
    null, null, null, str(r[`${p}_sector`]), null, null,
  ];
}

function gdeltGeo(r: Row): unknown[] {
  const name = str(r.place_name);
  if (name === null) return [null, null, null, null, null, null, null, null];
  const iso2 = str(r.place_country);
  const kind = str(r.place_kind);
  const us = iso2 === 'US';
  const type = kind === 'country' ? 1 : kind === 'admin1' ? (us ? 2 : 5) : kind === 'city' ? (us ? 3 : 4) : num(r.place_lat) !== null ? 4 : null;
  const country = iso2 ? countries().byIso2(iso2) : null;
  const full = kind === 'country' || country === null ? name : `${name}, ${country.name}`;
  const f = fips(iso2);
  return [type, full, f, kind === 'country' ? f : null, null, num(r.place_lat), num(r.place_lon), kind === 'country' ? f : str(r.place_geonameid)];
}

/** GDELT 2.0 Events: one merged event per line, 61 tab-separated columns. */
export function gdeltLine(r: Row): string {
  const d = dateParts(r.date);
  const fraction = d ? (Number(d.y) + (Number(d.m) * 30 + Number(d.d)) / 365).toFixed(4) : null;
  const cells: unknown[] = [
    r.id, d?.ymd ?? null, d ? d.y + d.m : null, d?.y ?? null, fraction,
    ...gdeltActor(r, 'a1'),
    ...gdeltActor(r, 'a2'),
    r.is_root, r.cameo, r.base, r.root, r.quad, r.goldstein,
    r.num_mentions, r.num_sources, r.num_articles, null,
    null, null, null, null, null, null, null, null,
    null, null, null, null, null, null, null, null,
    ...gdeltGeo(r),
    d ? `${d.ymd}000000` : null, str(r.url),
  ];
  if (cells.length !== GDELT_COLUMNS.length) throw new Error(`gdelt: ${cells.length} cells for ${GDELT_COLUMNS.length} columns`);
  return cells.map(tsvCell).join('\t');
}

/** Phoenix daily TSV: one merged event per line, 26 columns. */
export function phoenixLine(r: Row): string {
  const d = dateParts(r.date);
  const iso2 = str(r.place_country);
  const cells: unknown[] = [
    r.id, d?.ymd ?? null, d?.y ?? null, d?.m ?? null, d?.d ?? null,
    str(r.a1_code), str(r.a1_country), str(r.a1_sector), null,
    str(r.a2_code), str(r.a2_country), str(r.a2_sector), null,
    r.cameo, r.root, pentaClass(String(r.root)), r.goldstein, null,
    num(r.place_lat), num(r.place_lon), str(r.place_name), null, iso2 ? countries().byIso2(iso2)?.iso3 ?? null : null,
    `${String(r.story_id)}_${String(r.sentence)}`, str(r.url), str(r.agency),
  ];
  if (cells.length !== PHOENIX_COLUMNS.length) throw new Error(`phoenix: ${cells.length} cells for ${PHOENIX_COLUMNS.length} columns`);
  return cells.map(tsvCell).join('\t');
}

function ploverEntity(r: Row, p: 'a1' | 'a2'): Row[] {
  if (r[`${p}_id`] === null || r[`${p}_id`] === undefined) return [];
  return [
    {
      code: str(r[`${p}_country`]),
      sector: str(r[`${p}_sector`]),
      entity_text: str(r[`${p}_name`]),
      identifier_id: str(r[`${p}_code`]),
      identifier_text: str(r[`${p}_name`]),
      religion: null,
      ethnicity: null,
      office: null,
      gender: null,
      age: null,
    },
  ];
}

const REALIS_MODE: Readonly<Record<string, string>> = { future: 'future', hypothetical: 'hypothetical', negated: 'negation' };

/** PLOVER JSON: one merged event per line; null for events PLOVER does not code (CAMEO 01, 02). */
export function ploverLine(r: Row): string | null {
  const type = str(r.plover_type);
  if (type === null) return null;
  const mode: string[] = [];
  const m = str(r.plover_mode);
  if (m !== null) mode.push(m);
  const aux = REALIS_MODE[String(r.realis)];
  if (aux !== undefined) mode.push(aux);
  const loc =
    str(r.place_name) === null
      ? null
      : { name: str(r.place_name), country: str(r.place_country), lat: num(r.place_lat), lon: num(r.place_lon), geonameid: str(r.place_geonameid) };
  const speaker = str(r.speaker_name);
  const record = {
    id: String(r.id),
    date: str(r.date),
    actor: ploverEntity(r, 'a1'),
    event: type,
    recipient: ploverEntity(r, 'a2'),
    event_loc: loc,
    event_text: str(r.evidence_text),
    quad_code: r.quad,
    mode,
    context: [],
    link: str(r.url),
    text_info: { story_id: r.story_id, sentence: r.sentence, trigger: str(r.trigger_text), cameo: r.cameo },
    cite_info: { agency: str(r.agency), title: str(r.title), num_mentions: r.num_mentions, num_sources: r.num_sources, num_articles: r.num_articles },
    coder: 'readout',
    comment: speaker !== null ? `claimed by ${speaker} (${str(r.cue_text) ?? 'reported'}, ${str(r.stance) ?? 'asserted'})` : null,
    has_event: true,
  };
  return JSON.stringify(record);
}

/** The flat CSV header line. */
export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

const CSV_SOURCE: Readonly<Record<string, string>> = { mention: 'idx', plover: 'plover', plover_mode: 'plover_mode', cue: 'cue_text' };

/** The flat CSV: one event mention per line. */
export function csvLine(r: Row): string {
  return CSV_COLUMNS.map((c) => csvCell(r[CSV_SOURCE[c] ?? c])).join(',');
}
