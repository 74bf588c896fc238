// The store's contract: what a coded story becomes (flat rows, built off the main thread) and the
// interface a back end implements. SQLite (src/store/sqlite.ts) is the embedded default; a
// PostgreSQL back end implements the same EventStore with the same row shapes.

type Cell = string | number | null | Uint8Array;

/**
 * One coded story as rows ready to insert, in the column order of the insert statements of
 * src/store/schema.ts, without the story's row number (sid), which the writer prepends. Built by
 * a worker (src/ingest/rows.ts) so that the writer only binds parameters. Global ids (actors,
 * event groups, and the merged event of a mention that merges with nothing) are hashes of stable
 * keys, computed there.
 */
export interface StoryRows {
  id: string;
  /** STORY_COLUMNS: id, source_id, title, date, url, agency, dateline, origin, simhash, b0, b1, b2, b3, n_sentences, text, readout */
  story: Cell[];
  /** idx, start, end */
  sentences: Cell[][];
  /** id, key, name, kind, country, sector, code, pick */
  globalActors: Cell[][];
  /** idx, actor_id, name, kind, country, sector, title, code, confidence */
  actors: Cell[][];
  /** idx, start, end, text, kind, actor_idx */
  mentions: Cell[][];
  /** idx, name, country, lat, lon, geonameid, kind, confidence */
  places: Cell[][];
  /** EVENT_MENTION_COLUMNS (event_id set for mentions that merge with nothing; the writer sets the others) */
  events: Cell[][];
  /** idx, speaker_idx, speaker_actor, cue_text, content_start, content_end, content_text, direct */
  quotes: Cell[][];
}

/** What one writeBatch added: stories, and their event mentions and story actors. */
export interface WriteCounts {
  stories: number;
  events: number;
  actors: number;
}

/** One input that could not be stored, with the reason (shown in the summary, kept in the database). */
export interface Skip {
  what: string;
  reason: string;
}

export interface StoreStats {
  stories: number;
  skipped: number;
  events: number;
  event_mentions: number;
  actors: number;
  places: number;
  quotes: number;
}

/** Filters of `readout query`; every field optional, all given fields must hold. */
export interface EventFilter {
  actor?: string;
  country?: string;
  cameo?: string;
  root?: string;
  quad?: number;
  from?: string;
  to?: string;
  place?: string;
  speaker?: string;
  realis?: string;
  text?: string;
  story?: string;
  limit?: number;
}

/** One event mention as `readout query` returns it. */
export interface EventRow {
  event_id: number | null;
  story_id: string;
  idx: number;
  date: string | null;
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  plover: string | null;
  source: string | null;
  source_code: string | null;
  target: string | null;
  target_code: string | null;
  realis: string;
  speaker: string | null;
  stance: string | null;
  place: string | null;
  trigger: string;
  evidence: string;
  num_mentions: number | null;
  num_sources: number | null;
  num_articles: number | null;
}

/** A stored story for `readout show`. */
export interface StoredStory {
  id: string;
  origin: string | null;
  text: string;
  readout: string;
  near_duplicates: string[];
}

export interface EventStore {
  /** True when a story with this content hash is already stored. */
  has(id: string): boolean | Promise<boolean>;
  /**
   * Store a batch of coded stories and skips in ONE transaction (each story with its rows,
   * atomically). Stories already stored are left out; the counts are those of the stories added.
   */
  writeBatch(stories: readonly StoryRows[], skips: readonly Skip[]): WriteCounts | Promise<WriteCounts>;
  stats(): StoreStats | Promise<StoreStats>;
  query(filter: EventFilter): Rows<EventRow>;
  story(idPrefix: string): StoredStory | null | Promise<StoredStory | null>;
  /** Rows for the exporters, streamed (see src/export). */
  iterate(kind: ExportSource): Rows<Record<string, unknown>>;
  close(): void | Promise<void>;
}

/** The row streams the exporters read. */
export type ExportSource = 'readouts' | 'events' | 'mentions';

/** Row streams: synchronous for SQLite (better-sqlite3 iterate), asynchronous for a network back end. */
export type Rows<T> = Iterable<T> | AsyncIterable<T>;
