// readout-gold/1: one JSON object per line with a task and exactly one annotation array named like
// the task (format: ../shared/gold/dev/README.md). Every problem with a line becomes a GoldLineError
// whose message says what is wrong; the caller prefixes it with the file and line number.
import type { Span } from '../schema.js';

export const TASKS = ['entities', 'quotes', 'places', 'times', 'events'] as const;
export type Task = (typeof TASKS)[number];

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TIME_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

export interface GoldEntity extends Span {
  type: EntityType;
}

export interface GoldQuote {
  content: Span;
  cue: Span | null;
  speaker: Span | null;
}

export interface GoldPlace extends Span {
  lat: number | null;
  lon: number | null;
  geonameid: string | null;
  country: string | null;
}

export interface GoldTime extends Span {
  type: string;
  value: string;
}

/** An event actor: a span (start/end may be null when the data gives only a code) and a CAMEO code. */
export interface GoldActor {
  start: number | null;
  end: number | null;
  code: string | null;
}

export interface GoldEvent {
  root: string | null;
  cameo: string | null;
  penta: number | null;
  plover: string | null;
  mode: string | null;
  source: GoldActor | null;
  target: GoldActor | null;
}

interface GoldBase {
  id: string;
  text: string;
  date: string | null;
}

export type GoldLine =
  | (GoldBase & { task: 'entities'; entities: GoldEntity[] })
  | (GoldBase & { task: 'quotes'; quotes: GoldQuote[] })
  | (GoldBase & { task: 'places'; places: GoldPlace[] })
  | (GoldBase & { task: 'times'; times: GoldTime[] })
  | (GoldBase & { task: 'events'; events: GoldEvent[] });

export class GoldLineError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function fail(msg: string): never {
  throw new GoldLineError(msg);
}

/** A span inside the text: integers, 0 <= start < end <= text.length. */
function span(v: unknown, text: string, where: string): Span {
  if (!isObj(v)) fail(`${where}: not a span object`);
  const { start, end } = v;
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${where}: start/end must be integers`);
  const s = start as number;
  const e = end as number;
  if (s < 0 || e > text.length) fail(`${where}: offsets ${s}..${e} are outside the text (length ${text.length})`);
  if (s >= e) fail(`${where}: empty or reversed span ${s}..${e}`);
  return { start: s, end: e };
}

function optSpan(v: unknown, text: string, where: string): Span | null {
  return v === null || v === undefined ? null : span(v, text, where);
}

function optString(v: unknown, where: string): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'string') fail(`${where}: must be a string or null`);
  return v;
}

function optNumber(v: unknown, where: string): number | null {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(`${where}: must be a number or null`);
  return v;
}

function actor(v: unknown, text: string, where: string): GoldActor | null {
  if (v === null || v === undefined) return null;
  if (!isObj(v)) fail(`${where}: not an actor object`);
  const code = optString(v.code, `${where}.code`);
  if ((v.start === null || v.start === undefined) && (v.end === null || v.end === undefined)) return { start: null, end: null, code };
  const s = span(v, text, where);
  return { start: s.start, end: s.end, code };
}

function items(o: Obj, task: Task): unknown[] {
  const arr = o[task];
  if (!Array.isArray(arr)) fail(`task "${task}" needs an array "${task}"`);
  return arr;
}

/** Parse and validate one line of a readout-gold/1 file. */
export function parseGoldLine(line: string): GoldLine {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    fail('not valid JSON');
  }
  if (!isObj(obj)) fail('not a JSON object');
  const task = obj.task;
  if (typeof task !== 'string' || !(TASKS as readonly string[]).includes(task)) {
    fail(`unknown task ${JSON.stringify(task ?? null).slice(0, 40)} (expected one of ${TASKS.join(', ')})`);
  }
  const text = obj.text;
  if (typeof text !== 'string' || text.length === 0) fail('no "text" string');
  const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : '';
  let date = optString(obj.date, 'date');
  if (date !== null) {
    date = date.slice(0, 10);
    if (!DATE.test(date)) fail(`"date" is not YYYY-MM-DD: ${JSON.stringify(obj.date).slice(0, 40)}`);
  }
  const base: GoldBase = { id, text, date };
  const t = task as Task;
  const arr = items(obj, t);
  const each = <T>(f: (v: Obj, where: string) => T): T[] =>
    arr.map((v, i) => {
      const where = `${t}[${i}]`;
      if (!isObj(v)) fail(`${where}: not an object`);
      return f(v, where);
    });
  switch (t) {
    case 'entities':
      return {
        ...base,
        task: t,
        entities: each((v, w) => {
          if (!(ENTITY_TYPES as readonly unknown[]).includes(v.type)) fail(`${w}: type must be one of ${ENTITY_TYPES.join(', ')}`);
          return { ...span(v, text, w), type: v.type as EntityType };
        }),
      };
    case 'quotes':
      return {
        ...base,
        task: t,
        quotes: each((v, w) => ({
          content: span(v.content, text, `${w}.content`),
          cue: optSpan(v.cue, text, `${w}.cue`),
          speaker: optSpan(v.speaker, text, `${w}.speaker`),
        })),
      };
    case 'places':
      return {
        ...base,
        task: t,
        places: each((v, w) => {
          const lat = optNumber(v.lat, `${w}.lat`);
          const lon = optNumber(v.lon, `${w}.lon`);
          const geonameid = v.geonameid === null || v.geonameid === undefined ? null : String(v.geonameid);
          const country = optString(v.country, `${w}.country`);
          return { ...span(v, text, w), lat, lon, geonameid, country: country === null ? null : country.toUpperCase() };
        }),
      };
    case 'times':
      return {
        ...base,
        task: t,
        times: each((v, w) => {
          if (!(TIME_TYPES as readonly unknown[]).includes(v.type)) fail(`${w}: type must be one of ${TIME_TYPES.join(', ')}`);
          return { ...span(v, text, w), type: v.type as string, value: optString(v.value, `${w}.value`) ?? '' };
        }),
      };
    case 'events':
      return {
        ...base,
        task: t,
        events: each((v, w) => {
          const penta = optNumber(v.penta, `${w}.penta`);
          if (penta !== null && !(Number.isInteger(penta) && penta >= 0 && penta <= 4)) fail(`${w}.penta: must be 0..4 or null`);
          const root = optString(v.root, `${w}.root`);
          if (root !== null && !/^(0[1-9]|1\d|20)$/.test(root)) fail(`${w}.root: must be "01".."20" or null`);
          return {
            root,
            cameo: optString(v.cameo, `${w}.cameo`),
            penta,
            plover: optString(v.plover, `${w}.plover`),
            mode: optString(v.mode, `${w}.mode`),
            source: actor(v.source, text, `${w}.source`),
            target: actor(v.target, text, `${w}.target`),
          };
        }),
      };
  }
}
