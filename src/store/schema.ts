// The relational schema of the event store (SQLite dialect) and the column orders of its inserts.
// Portable core: plain tables, TEXT/INTEGER/REAL, composite keys, FKs; SQLite-only parts are the
// FTS5 table and the pragmas (a PostgreSQL back end uses a tsvector column and GIN index instead).

export const STORE_SCHEMA_VERSION = 2;

/** Columns of event_mentions after sid (the order of StoryRows.events rows). */
export const EVENT_MENTION_COLUMNS = [
  'idx', 'group_key', 'event_id', 'sentence', 'trigger_start', 'trigger_end', 'trigger_text',
  'cameo', 'base', 'root', 'quad', 'goldstein', 'plover_type', 'plover_mode',
  'source_actor', 'target_actor', 'sources', 'targets', 'date', 'place_idx',
  'speaker_idx', 'speaker_actor', 'stance', 'cue_text', 'realis', 'quantity', 'confidence',
  'evidence_start', 'evidence_end', 'evidence_text',
] as const;

/** Positions in an event mention row (StoryRows.events) that the writer reads. */
export const EM = {
  idx: 0, group: 1, event: 2, sentence: 3, cameo: 7, base: 8, root: 9, quad: 10, goldstein: 11,
  source: 14, target: 15, date: 18, realis: 24,
} as const;

/** Columns of stories after sid (the order of StoryRows.story). */
export const STORY_COLUMNS = [
  'id', 'source_id', 'title', 'date', 'url', 'agency', 'dateline', 'origin',
  'simhash', 'b0', 'b1', 'b2', 'b3', 'n_sentences', 'text', 'readout',
] as const;

/** Positions in a story row (StoryRows.story). */
export const ST = { id: 0, url: 4, agency: 5, origin: 7, simhash: 8, b0: 9, text: 14 } as const;

// Per-story tables are keyed by (sid, idx): sid is the story's row number in this database
// (assigned in commit order, never exported), so a batch appends at the end of every B-tree
// instead of writing at random places (the content hash is random). Stable ids (the content hash,
// actor and event hashes) are what queries and exports show.
export const DDL = `
CREATE TABLE IF NOT EXISTS store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- One row per coded story; the row is the story's 'done' marker (written in the same
-- transaction as all its other rows).
CREATE TABLE IF NOT EXISTS stories (
  sid INTEGER PRIMARY KEY,         -- row number in this database (commit order)
  id TEXT NOT NULL UNIQUE,         -- content hash (readout id)
  source_id TEXT, title TEXT, date TEXT, url TEXT, agency TEXT, dateline TEXT,
  origin TEXT,                     -- file[:line] it was first read from
  simhash TEXT, b0 INTEGER, b1 INTEGER, b2 INTEGER, b3 INTEGER,
  n_sentences INTEGER NOT NULL,
  text TEXT NOT NULL,
  readout TEXT NOT NULL            -- the readout/1 JSON
);
CREATE INDEX IF NOT EXISTS stories_date ON stories(date);
CREATE INDEX IF NOT EXISTS stories_b0 ON stories(b0) WHERE b0 IS NOT NULL;
CREATE INDEX IF NOT EXISTS stories_b1 ON stories(b1) WHERE b1 IS NOT NULL;
CREATE INDEX IF NOT EXISTS stories_b2 ON stories(b2) WHERE b2 IS NOT NULL;
CREATE INDEX IF NOT EXISTS stories_b3 ON stories(b3) WHERE b3 IS NOT NULL;

CREATE VIRTUAL TABLE IF NOT EXISTS story_fts USING fts5(title, text, content='stories', content_rowid='sid');

-- Unordered pairs (a < b) of near-duplicate stories (SimHash within NEAR_DUP_BITS).
CREATE TABLE IF NOT EXISTS near_dups (
  a TEXT NOT NULL REFERENCES stories(id), b TEXT NOT NULL REFERENCES stories(id),
  distance INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS near_dups_b ON near_dups(b);

CREATE TABLE IF NOT EXISTS skipped (what TEXT PRIMARY KEY, reason TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS sentences (
  sid INTEGER NOT NULL REFERENCES stories(sid), idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, PRIMARY KEY (sid, idx)) WITHOUT ROWID;

-- Actors merged across stories: id = hash of (normalised name, code).
-- Indexes are only those the queries use: name/place filters are substring (LIKE '%x%') matches
-- that no B-tree serves, so they scan the small actors/places tables instead.
CREATE TABLE IF NOT EXISTS actors (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL, name TEXT NOT NULL, kind TEXT,     -- id = hash53(key)
  country TEXT, sector TEXT, code TEXT,
  pick TEXT NOT NULL               -- smallest variant wins, whatever the arrival order
);
CREATE INDEX IF NOT EXISTS actors_code ON actors(code);

CREATE TABLE IF NOT EXISTS story_actors (
  sid INTEGER NOT NULL REFERENCES stories(sid), idx INTEGER NOT NULL,
  actor_id INTEGER NOT NULL REFERENCES actors(id),
  name TEXT NOT NULL, kind TEXT, country TEXT, sector TEXT, title TEXT, code TEXT, confidence REAL,
  PRIMARY KEY (sid, idx)) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS mentions (
  sid INTEGER NOT NULL REFERENCES stories(sid), idx INTEGER NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL,
  actor_idx INTEGER, PRIMARY KEY (sid, idx)) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS places (
  sid INTEGER NOT NULL REFERENCES stories(sid), idx INTEGER NOT NULL,
  name TEXT NOT NULL, country TEXT, lat REAL, lon REAL, geonameid TEXT, kind TEXT, confidence REAL,
  PRIMARY KEY (sid, idx)) WITHOUT ROWID;

-- Merged events (GDELT-style rows): id = hash of (group key, first date); recomputed from the
-- mentions of a group whenever the group changes, so the result does not depend on arrival order.
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY, group_key TEXT NOT NULL, date TEXT,
  story_id TEXT NOT NULL, rep_idx INTEGER NOT NULL,   -- the representative (first) mention
  cameo TEXT NOT NULL, base TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  source_actor INTEGER REFERENCES actors(id), target_actor INTEGER REFERENCES actors(id),
  realis TEXT NOT NULL, is_root INTEGER NOT NULL,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL,
  rep_sid INTEGER NOT NULL,        -- sid of story_id (for joins)
  FOREIGN KEY (rep_sid, rep_idx) REFERENCES event_mentions(sid, idx) DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX IF NOT EXISTS events_group ON events(group_key);
CREATE INDEX IF NOT EXISTS events_date ON events(date);

CREATE TABLE IF NOT EXISTS event_mentions (
  sid INTEGER NOT NULL REFERENCES stories(sid), idx INTEGER NOT NULL,
  group_key TEXT NOT NULL,
  event_id INTEGER REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED,
  sentence INTEGER NOT NULL, trigger_start INTEGER, trigger_end INTEGER, trigger_text TEXT,
  cameo TEXT NOT NULL, base TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  plover_type TEXT, plover_mode TEXT,
  source_actor INTEGER REFERENCES actors(id), target_actor INTEGER REFERENCES actors(id),
  sources TEXT NOT NULL, targets TEXT NOT NULL,
  date TEXT, place_idx INTEGER,
  speaker_idx INTEGER, speaker_actor INTEGER REFERENCES actors(id), stance TEXT, cue_text TEXT,
  realis TEXT NOT NULL, quantity TEXT, confidence REAL,
  evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT,
  PRIMARY KEY (sid, idx)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS em_group ON event_mentions(group_key);
CREATE INDEX IF NOT EXISTS em_event ON event_mentions(event_id);
CREATE INDEX IF NOT EXISTS em_date ON event_mentions(date);
CREATE INDEX IF NOT EXISTS em_source ON event_mentions(source_actor);
CREATE INDEX IF NOT EXISTS em_target ON event_mentions(target_actor);

CREATE TABLE IF NOT EXISTS quotes (
  sid INTEGER NOT NULL REFERENCES stories(sid), idx INTEGER NOT NULL,
  speaker_idx INTEGER, speaker_actor INTEGER REFERENCES actors(id), cue_text TEXT,
  content_start INTEGER NOT NULL, content_end INTEGER NOT NULL, content_text TEXT NOT NULL,
  direct INTEGER NOT NULL, PRIMARY KEY (sid, idx)) WITHOUT ROWID;
`;

const marks = (n: number): string => new Array(n).fill('?').join(', ');

/** Columns of the merged events table, in the order of EventRowValues (src/store/merge.ts). */
export const EVENT_COLUMNS = [
  'id', 'group_key', 'date', 'story_id', 'rep_idx', 'cameo', 'base', 'root', 'quad', 'goldstein',
  'source_actor', 'target_actor', 'realis', 'is_root', 'num_mentions', 'num_sources', 'num_articles', 'rep_sid',
] as const;

export const INSERT = {
  story: `INSERT INTO stories (${STORY_COLUMNS.join(', ')}) VALUES (${marks(STORY_COLUMNS.length)})`,
  fts: 'INSERT INTO story_fts (rowid, title, text) SELECT sid, title, text FROM stories WHERE sid BETWEEN ? AND ?',
  sentence: 'INSERT INTO sentences (sid, idx, start, "end") VALUES (?, ?, ?, ?)',
  actor: `INSERT INTO actors (id, key, name, kind, country, sector, code, pick) VALUES (${marks(8)})
    ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,
      sector = excluded.sector, code = excluded.code, pick = excluded.pick WHERE excluded.pick < actors.pick`,
  storyActor: `INSERT INTO story_actors (sid, idx, actor_id, name, kind, country, sector, title, code, confidence) VALUES (${marks(10)})`,
  mention: `INSERT INTO mentions (sid, idx, start, "end", text, kind, actor_idx) VALUES (${marks(7)})`,
  place: `INSERT INTO places (sid, idx, name, country, lat, lon, geonameid, kind, confidence) VALUES (${marks(9)})`,
  eventMention: `INSERT INTO event_mentions (sid, ${EVENT_MENTION_COLUMNS.join(', ')}) VALUES (${marks(EVENT_MENTION_COLUMNS.length + 1)})`,
  quote: `INSERT INTO quotes (sid, idx, speaker_idx, speaker_actor, cue_text, content_start, content_end, content_text, direct) VALUES (${marks(9)})`,
  skip: 'INSERT INTO skipped (what, reason) VALUES (?, ?) ON CONFLICT(what) DO UPDATE SET reason = excluded.reason',
  nearDup: 'INSERT INTO near_dups (a, b, distance) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  event: `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${marks(EVENT_COLUMNS.length)})
    ON CONFLICT(id) DO UPDATE SET ${EVENT_COLUMNS.slice(1).map((c) => `${c} = excluded.${c}`).join(', ')}`,
} as const;
