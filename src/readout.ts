// The pipeline: text in, readout/1 out. Pure: no I/O, no shared mutable state between calls.
import * as crypto from 'node:crypto';
import { buildActors } from './actors/index.js';
import { keepLatent } from './actors/latent.js';
import { analyseClauses } from './clauses/index.js';
import { quotesOf } from './clauses/quotes.js';
import { codeEvents } from './events/index.js';
import type { ClauseLayer } from './clauses/types.js';
import { findMentions } from './mentions/index.js';
import { tagEntities } from './mentions/spans.js';
import { parse } from './nlp/doc.js';
import { countries } from './kb/countries.js';
import { datelineCountry } from './place/candidates.js';
import { gazetteer } from './place/data.js';
import { resolvePlaces } from './place/index.js';
import type { ActorLayer } from './actors/types.js';
import type { Event, Quote } from './events/types.js';
import type { Mention } from './mentions/types.js';
import type { Doc } from './nlp/doc.js';
import type { PlaceLayer } from './place/types.js';
import type { ActorOut, EventOut, MentionOut, PlaceOut, QuoteOut, Readout, TimeOut } from './schema.js';
import { SCHEMA_VERSION } from './schema.js';
import { readSource } from './source/read.js';
import type { Source, StoryInput } from './source/types.js';
import type { EntitySpan } from './tagger/index.js';
import { findTimes } from './time/index.js';

/** Content hash used as the document id: sha256 of the text, first 16 bytes in hex. */
export function contentId(text: string): string {
  // One-shot crypto.hash where the runtime has it (Node >= 20.12): same digest, less overhead.
  if (typeof crypto.hash === 'function') return crypto.hash('sha256', text, 'hex').slice(0, 32);
  return crypto.createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/**
 * Id strings by index ("a1", "a2", ...), built once per process and reused (a memo table of
 * constants, not state: the same index always gives the same string).
 */
function idMaker(prefix: string): (i: number) => string {
  const ids: string[] = [];
  return (i) => ids[i] ?? (ids[i] = prefix + String(i + 1));
}
const actorId = idMaker('a');
const placeId = idMaker('p');
const mentionId = idMaker('m');
const eventId = idMaker('e');

export interface CodeOptions {
  /** Overrides any date found in the input (`--date`). */
  date?: string | null;
  /**
   * With `codeBatch`: milliseconds of wall-clock time spent in each stage (indexed as STAGE_NAMES) are
   * added here, for the benchmark's account of where the time goes.
   */
  stageMs?: Float64Array;
}

/** The stages of `codeBatch`, in the order they run (the indices of `CodeOptions.stageMs`). */
export const STAGE_NAMES = [
  'source',
  'parse',
  'tag',
  'mentions',
  'places',
  'actors',
  'times',
  'clauses',
  'events',
  'quotes',
  'assemble',
] as const;

/**
 * Resolutions at least this confident place an actor in a country by context (see buildActors): a
 * town of a common name resolved abroad ("Victoria Park", "Waterloo station", "the Levant") scores
 * below it, a named city, region or state of the story at 0.95.
 */
const CONTEXT_PLACE_CONFIDENCE = 0.75;

/**
 * ISO alpha-3 of the country each mention's resolved place lies in, or null: every resolution, and
 * the confident ones only (see buildActors).
 */
function placeCountries(layer: PlaceLayer, n: number): { all: (string | null)[]; confident: (string | null)[] } {
  const all = new Array<string | null>(n).fill(null);
  const confident = new Array<string | null>(n).fill(null);
  const kb = countries();
  for (let i = 0; i < n; i++) {
    const p = layer.placeOf[i]!;
    const place = p >= 0 ? layer.places[p]! : null;
    const iso2 = place !== null ? place.country : null;
    if (iso2 === null || iso2 === undefined || iso2 === '') continue;
    all[i] = kb.byIso2(iso2)?.iso3 ?? null;
    if (place!.confidence >= CONTEXT_PLACE_CONFIDENCE) confident[i] = all[i]!;
  }
  return { all, confident };
}

/** Code one story. */
export function code(input: StoryInput | string, options: CodeOptions = {}): Readout {
  const r = codeBatch([input], options)[0]!;
  if (r.readout === null) throw r.error;
  return r.readout;
}

/** The outcome of one story of a batch: its readout, or the error `code` throws for it. */
export type Coded = { readout: Readout; error: null } | { readout: null; error: unknown };

/** One story on its way through the stages (fields filled stage by stage). */
interface Work {
  source: Source;
  doc: Doc;
  tagged: EntitySpan[] | undefined;
  mentions: Mention[];
  actors: ActorLayer;
  times: TimeOut[];
  places: PlaceLayer;
  clauses: ClauseLayer;
  events: Event[];
  quotes: Quote[];
}

/**
 * Code many stories, giving exactly the readouts `code` gives one by one. Each stage runs over the
 * whole batch before the next one starts, so its code and dictionaries stay in the CPU caches from
 * one story to the next: story by story, most of a stage's time goes to fetching them again after
 * the other stages (and the tagger) pushed them out. Batches of 64 to 256 stories make the whole
 * coder about a third faster on news wire. A story that fails (invalid input) gets its error and
 * does not stop the others.
 */
export function codeBatch(inputs: readonly (StoryInput | string)[], options: CodeOptions = {}): Coded[] {
  const date = options.date ?? null;
  const out: Coded[] = new Array<Coded>(inputs.length);
  const work: Work[] = inputs.map(() => ({}) as Work);
  let live = inputs.map((_, k) => k);
  const stageMs = options.stageMs;
  let stageIndex = 0;
  /** Run one stage over the stories still live; a story whose stage throws leaves with its error. */
  const stage = (run: (w: Work, k: number) => void): void => {
    const t0 = stageMs !== undefined ? performance.now() : 0;
    const next: number[] = [];
    for (const k of live) {
      try {
        run(work[k]!, k);
        next.push(k);
      } catch (error) {
        out[k] = { readout: null, error };
      }
    }
    live = next;
    if (stageMs !== undefined) stageMs[stageIndex] = stageMs[stageIndex]! + performance.now() - t0;
    stageIndex++;
  };
  stage((w, k) => {
    const input = inputs[k]!;
    w.source = readSource(typeof input === 'string' ? { text: input } : input, date);
  });
  stage((w) => (w.doc = parse(w.source.text, w.source.bodyStart)));
  stage((w) => (w.tagged = w.doc.length > 0 ? tagEntities(w.doc) : undefined));
  stage((w) => {
    w.mentions = findMentions(w.doc, w.source, w.tagged);
    w.tagged = undefined;
  });
  // Places before actors: the towns a story names tell the actors which country it is set in.
  stage((w) => (w.places = resolvePlaces(w.doc, w.mentions, w.source)));
  stage((w) => {
    const dl = w.source.meta.dateline;
    const iso2 = dl !== null ? datelineCountry(dl.text, gazetteer()) : null;
    const pc = placeCountries(w.places, w.mentions.length);
    w.actors = buildActors(w.doc, w.mentions, w.source.meta.date, iso2 !== null ? (countries().byIso2(iso2)?.iso3 ?? null) : null, pc.all, pc.confident);
  });
  stage((w) => (w.times = findTimes(w.doc, w.source)));
  stage((w) => (w.clauses = analyseClauses(w.doc, w.mentions, w.actors)));
  stage((w) => {
    w.events = codeEvents(w);
    w.actors = keepLatent(w.actors, w.events);
  });
  stage((w) => (w.quotes = quotesOf(w.doc, w.mentions, w.actors, w.clauses)));
  stage((w, k) => (out[k] = { readout: assemble(w), error: null }));
  return out;
}

/** The stage layers of one story, as `assemble` turns them into the readout/1 document. */
export interface Layers {
  source: Source;
  doc: Doc;
  mentions: readonly Mention[];
  actors: ActorLayer;
  times: TimeOut[];
  places: PlaceLayer;
  events: readonly Event[];
  quotes: readonly Quote[];
}

/** Assemble the readout/1 document: string ids (a1, m1, p1, e1) in place of the layers' indices. */
export function assemble(layers: Layers): Readout {
  const { source, doc, mentions, actors, times, places, events, quotes } = layers;
  const actorOf = actors.actorOf;
  const mentionsOut: MentionOut[] = new Array<MentionOut>(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const a = actorOf[i]!;
    mentionsOut[i] = {
      id: mentionId(i),
      start: m.start,
      end: m.end,
      text: m.text,
      kind: m.kind,
      actor: a >= 0 ? actorId(a) : null,
      name_span:
        m.nameStart !== null && m.nameEnd !== null
          ? { start: m.nameStart, end: m.nameEnd, text: source.text.slice(m.nameStart, m.nameEnd) }
          : null,
    };
  }
  const actorsOut: ActorOut[] = actors.actors.map((a, i) => ({
    id: actorId(i),
    name: a.name,
    kind: a.kind,
    country: a.country,
    sector: a.sector,
    title: a.title,
    code: a.code,
    ethnicity: a.ethnicity,
    mentions: a.mentions.map(mentionId),
    confidence: a.confidence,
  }));
  // Output objects are written field by field in the layers' key order (id last, as a spread would put
  // it): copying by spread is several times slower on these shapes.
  const placesOut: PlaceOut[] = places.places.map((p, i) => ({
    name: p.name,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
    geonameid: p.geonameid,
    kind: p.kind,
    mentions: p.mentions.map(mentionId),
    confidence: p.confidence,
    id: placeId(i),
  }));
  const eventsOut: EventOut[] = events.map((e, i) => ({
    sentence: e.sentence,
    trigger: e.trigger,
    cameo: e.cameo,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    plover: e.plover,
    source: e.source.map(actorId),
    target: e.target.map(actorId),
    source_span: e.source_span,
    target_span: e.target_span,
    date: e.date,
    place: e.place >= 0 ? placeId(e.place) : null,
    attribution:
      e.attribution === null
        ? null
        : { ...e.attribution, speaker: e.attribution.speaker >= 0 ? actorId(e.attribution.speaker) : null },
    realis: e.realis,
    quantity: e.quantity,
    confidence: e.confidence,
    evidence: e.evidence,
    id: eventId(i),
  }));
  const quotesOut: QuoteOut[] = quotes.map((q) => ({ ...q, speaker: q.speaker >= 0 ? actorId(q.speaker) : null }));

  const meta = { ...source.meta };
  if (meta.dateline !== null && places.dateline >= 0) meta.dateline = { ...meta.dateline, place: placeId(places.dateline) };
  const sentences = [];
  for (let s = 0; s < doc.sentStart.length; s++) {
    const a = doc.sentStart[s]!;
    const b = doc.sentEnd[s]!;
    if (b > a) sentences.push({ start: doc.start[a]!, end: doc.end[b - 1]! });
  }
  return {
    schema: SCHEMA_VERSION,
    id: contentId(source.text),
    meta,
    sentences,
    mentions: mentionsOut,
    actors: actorsOut,
    places: placesOut,
    times,
    events: eventsOut,
    quotes: quotesOut,
  };
}
