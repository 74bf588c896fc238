// Hand-made readout/1 objects for the store tests: a story text and the events a coder would
// return for it, so that merging and exports are tested without depending on the coder stages.
import { Writable } from 'node:stream';
import { storyRows } from '../src/ingest/rows.js';
import { contentId } from '../src/readout.js';
import type { ActorOut, EventOut, Readout } from '../src/schema.js';
import type { StoryRows } from '../src/store/types.js';

export interface HandActor {
  name: string;
  code: string | null;
  country: string | null;
  sector?: string | null;
}

export interface HandEvent {
  cameo: string;
  source: number[];
  target: number[];
  date?: string | null;
  realis?: EventOut['realis'];
  plover?: string | null;
  place?: number | null;
  speaker?: number | null;
}

export interface HandStory {
  text: string;
  date: string;
  agency?: string | null;
  url?: string | null;
  actors: HandActor[];
  events: HandEvent[];
  places?: { name: string; country: string; kind: 'city' | 'country'; lat: number; lon: number }[];
}

const QUAD: Record<string, 1 | 2 | 3 | 4> = { '01': 1, '02': 1, '03': 1, '04': 1, '05': 1, '06': 2, '07': 2, '08': 2, '09': 2, '10': 3, '11': 3, '12': 3, '13': 3, '14': 3 };

export function handReadout(s: HandStory): Readout {
  const actors: ActorOut[] = s.actors.map((a, i) => ({
    id: `a${i + 1}`, name: a.name, kind: a.country === a.code ? 'country' : 'person', country: a.country,
    sector: a.sector ?? null, title: null, code: a.code, mentions: [], confidence: 0.9,
  }));
  const firstSentenceEnd = s.text.indexOf('.') + 1 || s.text.length;
  const events: EventOut[] = s.events.map((e, i) => ({
    id: `e${i + 1}`, sentence: i === 0 ? 0 : 1,
    trigger: { start: 0, end: 5, text: s.text.slice(0, 5) },
    cameo: e.cameo, root: e.cameo.slice(0, 2), quad: QUAD[e.cameo.slice(0, 2)] ?? 4, goldstein: 1.5,
    plover: e.plover === null ? null : { type: e.plover ?? 'CONSULT', mode: null },
    source: e.source.map((x) => `a${x + 1}`), target: e.target.map((x) => `a${x + 1}`),
    date: e.date === undefined ? s.date : e.date,
    place: e.place === undefined || e.place === null ? null : `p${e.place + 1}`,
    attribution: e.speaker === undefined || e.speaker === null ? null : { speaker: `a${e.speaker + 1}`, cue: { start: 0, end: 4, text: 'said' }, stance: 'asserted' },
    realis: e.realis ?? 'actual', quantity: null, confidence: 0.8,
    evidence: { start: 0, end: firstSentenceEnd },
  }));
  return {
    schema: 'readout/1', id: contentId(s.text),
    meta: { date: s.date, title: null, url: s.url ?? null, source_id: null, dateline: null, agency: s.agency ? { name: s.agency, span: [0, 0] } : null },
    sentences: [{ start: 0, end: s.text.length }], mentions: [], actors,
    places: (s.places ?? []).map((p, i) => ({ id: `p${i + 1}`, name: p.name, country: p.country, lat: p.lat, lon: p.lon, geonameid: null, kind: p.kind, mentions: [], confidence: 0.9 })),
    times: [], events, quotes: [],
  };
}

export function handRows(s: HandStory, origin = 'hand'): StoryRows {
  return storyRows(handReadout(s), s.text, origin);
}

/** A Writable that keeps what is written, for export tests. */
export function collector(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(Buffer.from(chunk));
      cb();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

// Invented wire copy about an invented meeting; the copy is the same story re-run by another
// outlet with a different last line (a syndicated near-duplicate).
export const MEETING =
  'GENEVA - Foreign Minister Lena Varga of Hungary met Austrian Chancellor Karl Brenner in Geneva on Monday to discuss gas transit across the Danube region, ' +
  'the two governments said in a joint statement. Varga said both sides had agreed to set up a working group on energy security before the summer and to ' +
  'meet again in Vienna in June. Brenner told reporters after the meeting that Austria would not accept new tariffs on pipeline gas and that the talks had ' +
  'been frank and useful. Officials from both foreign ministries said a draft agreement on transit fees could be ready by the autumn, although several ' +
  'details about storage capacity and winter reserves remained open. The meeting was the first between the two leaders since the election in Hungary last year.';
export const MEETING_COPY = MEETING + ' This story was distributed by the Example Syndicate.';
export const MEETING_OTHER =
  'VIENNA - Austria and Hungary held talks on energy on Monday. Chancellor Karl Brenner received Hungarian Foreign Minister Lena Varga, ' +
  'and the two discussed pipeline tariffs, storage and a possible transit agreement. Neither side gave details after the talks, which lasted three hours, ' +
  'but aides described the atmosphere as constructive and said experts would continue the discussion next month in Budapest.';

export const HUNGARY: HandActor = { name: 'Lena Varga', code: 'HUNGOV', country: 'HUN', sector: 'GOV' };
export const AUSTRIA: HandActor = { name: 'Karl Brenner', code: 'AUTGOV', country: 'AUT', sector: 'GOV' };
