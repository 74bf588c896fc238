// The pipeline: text in, readout/1 out. Pure: no I/O, no shared mutable state between calls.
import { createHash } from 'node:crypto';
import { buildActors } from './actors/index.js';
import { analyseClauses } from './clauses/index.js';
import { quotesOf } from './clauses/quotes.js';
import { codeEvents } from './events/index.js';
import { findMentions } from './mentions/index.js';
import { parse } from './nlp/doc.js';
import { resolvePlaces } from './place/index.js';
import type { ActorOut, EventOut, MentionOut, PlaceOut, QuoteOut, Readout } from './schema.js';
import { SCHEMA_VERSION } from './schema.js';
import { readSource } from './source/read.js';
import type { StoryInput } from './source/types.js';
import { findTimes } from './time/index.js';

/** Content hash used as the document id: sha256 of the text, first 16 bytes in hex. */
export function contentId(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

export interface CodeOptions {
  /** Overrides any date found in the input (`--date`). */
  date?: string | null;
}

/** Code one story. */
export function code(input: StoryInput | string, options: CodeOptions = {}): Readout {
  const story: StoryInput = typeof input === 'string' ? { text: input } : input;
  const source = readSource(story, options.date ?? null);
  const doc = parse(source.text, source.bodyStart);
  const mentions = findMentions(doc, source);
  const actors = buildActors(doc, mentions);
  const times = findTimes(doc, source);
  const places = resolvePlaces(doc, mentions, source);
  const clauses = analyseClauses(doc, mentions, actors);
  const events = codeEvents({ source, doc, mentions, actors, clauses, times, places });
  const quotes = quotesOf(doc, mentions, actors, clauses);

  const actorId = (i: number): string => `a${i + 1}`;
  const placeId = (i: number): string => `p${i + 1}`;
  const mentionId = (i: number): string => `m${i + 1}`;

  const mentionsOut: MentionOut[] = mentions.map((m, i) => ({
    id: mentionId(i),
    start: m.start,
    end: m.end,
    text: m.text,
    kind: m.kind,
    actor: actors.actorOf[i]! >= 0 ? actorId(actors.actorOf[i]!) : null,
    name_span:
      m.nameStart !== null && m.nameEnd !== null
        ? { start: m.nameStart, end: m.nameEnd, text: source.text.slice(m.nameStart, m.nameEnd) }
        : null,
  }));
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
  const placesOut: PlaceOut[] = places.places.map((p, i) => ({
    ...p,
    id: placeId(i),
    mentions: p.mentions.map(mentionId),
  }));
  const eventsOut: EventOut[] = events.map((e, i) => ({
    ...e,
    id: `e${i + 1}`,
    source: e.source.map(actorId),
    target: e.target.map(actorId),
    place: e.place >= 0 ? placeId(e.place) : null,
    attribution:
      e.attribution === null
        ? null
        : { ...e.attribution, speaker: e.attribution.speaker >= 0 ? actorId(e.attribution.speaker) : null },
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
