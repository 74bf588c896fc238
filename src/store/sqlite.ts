// The embedded SQLite back end of EventStore (better-sqlite3, WAL). One writer (the main thread);
// every write goes through writeBatch, one transaction per batch, so each story's rows and its
// 'done' marker (the stories row) commit together or not at all.
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { UserError } from '../errors.js';
import { hamming, NEAR_DUP_BITS } from './hash.js';
import { mergeGroup, type EventRowValues, type GroupMention } from './merge.js';
import { unpackReadout } from './pack.js';
import { DDL, EM, INSERT, ST, STORE_SCHEMA_VERSION } from './schema.js';
import type { EventFilter, EventRow, EventStore, ExportSource, Skip, StoredStory, StoreStats, StoryRows, WriteCounts } from './types.js';

type Stmt = Database.Statement<unknown[], unknown>;
type MultiKind = 'actor' | 'sentence' | 'storyActor' | 'mention' | 'place' | 'eventMention' | 'quote' | 'event';

/** Rows per multi-row INSERT (at most 30 columns x 64 rows: far below SQLite's parameter limit). */
const MULTI_ROWS = 64;
/** Actor ids a connection remembers as stored (see actorPicks); forgotten all at once past this. */
const MAX_KNOWN_ACTORS = 200_000;

const EVENT_EXPORT_SQL = `
SELECT e.id, e.group_key, e.date, e.story_id, e.rep_idx, e.cameo, e.base, e.root, e.quad, e.goldstein,
  e.realis, e.is_root, e.num_mentions, e.num_sources, e.num_articles,
  em.sentence, em.plover_type, em.plover_mode, em.trigger_text, em.evidence_text, em.stance, em.cue_text,
  em.quantity, em.confidence,
  a1.id AS a1_id, a1.code AS a1_code, a1.name AS a1_name, a1.country AS a1_country, a1.sector AS a1_sector, a1.kind AS a1_kind,
  a2.id AS a2_id, a2.code AS a2_code, a2.name AS a2_name, a2.country AS a2_country, a2.sector AS a2_sector, a2.kind AS a2_kind,
  sp.name AS speaker_name,
  p.name AS place_name, p.country AS place_country, p.lat AS place_lat, p.lon AS place_lon,
  p.geonameid AS place_geonameid, p.kind AS place_kind,
  s.url, s.agency, s.title, s.source_id
FROM events e
JOIN event_mentions em ON em.sid = e.rep_sid AND em.idx = e.rep_idx
JOIN stories s ON s.sid = e.rep_sid
LEFT JOIN actors a1 ON a1.id = e.source_actor
LEFT JOIN actors a2 ON a2.id = e.target_actor
LEFT JOIN actors sp ON sp.id = em.speaker_actor
LEFT JOIN places p ON p.sid = em.sid AND p.idx = em.place_idx
ORDER BY e.date, e.id`;

const MENTION_SELECT = `
SELECT em.event_id, s.id AS story_id, em.idx, em.date, em.cameo, em.root, em.quad, em.goldstein, em.plover_type AS plover,
  a1.name AS source, a1.code AS source_code, a2.name AS target, a2.code AS target_code, em.realis,
  sp.name AS speaker, em.stance, p.name AS place, em.trigger_text AS "trigger", em.evidence_text AS evidence,
  e.num_mentions, e.num_sources, e.num_articles
FROM event_mentions em
JOIN stories s ON s.sid = em.sid
LEFT JOIN events e ON e.id = em.event_id
LEFT JOIN actors a1 ON a1.id = em.source_actor
LEFT JOIN actors a2 ON a2.id = em.target_actor
LEFT JOIN actors sp ON sp.id = em.speaker_actor
LEFT JOIN places p ON p.sid = em.sid AND p.idx = em.place_idx`;

const GROUP_SQL = `
SELECT em.sid, s.id AS story_id, em.idx, em.date, em.sentence, em.cameo, em.base, em.root, em.quad, em.goldstein,
  em.source_actor, em.target_actor, em.realis, em.event_id, s.agency, s.url, s.simhash
FROM event_mentions em JOIN stories s ON s.sid = em.sid WHERE em.group_key = ?`;

/** The merged event of a mention that merges with nothing (what mergeGroup gives for one member). */
function singleEvent(key: string, id: number, m: GroupMention): EventRowValues {
  return [
    id, key, m.date, m.story_id, m.idx, m.cameo, m.base, m.root, m.quad, m.goldstein,
    m.source_actor, m.target_actor, m.realis, m.sentence === 0 ? 1 : 0, 1, 1, 1, m.sid,
  ];
}

function* mapRows<A, B>(rows: Iterable<A>, f: (a: A) => B): Iterable<B> {
  for (const r of rows) yield f(r);
}

const like = (s: string): string => `%${s.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

/** Build the WHERE clause of a query; portable SQL except the FTS5 MATCH. */
export function eventWhere(f: EventFilter): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.actor) {
    const sub = `SELECT id FROM actors WHERE name LIKE ? ESCAPE '\\' OR code = ? OR code LIKE ? ESCAPE '\\'`;
    where.push(`(em.source_actor IN (${sub}) OR em.target_actor IN (${sub}))`);
    const code = f.actor.toUpperCase();
    params.push(like(f.actor), code, `${code}%`, like(f.actor), code, `${code}%`);
  }
  if (f.country) {
    where.push('(a1.country = ? OR a2.country = ?)');
    params.push(f.country.toUpperCase(), f.country.toUpperCase());
  }
  if (f.cameo) {
    where.push('em.cameo LIKE ?');
    params.push(`${f.cameo}%`);
  }
  if (f.root) {
    where.push('em.root = ?');
    params.push(f.root.padStart(2, '0'));
  }
  if (f.quad !== undefined) {
    where.push('em.quad = ?');
    params.push(f.quad);
  }
  if (f.from) {
    where.push('em.date >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('em.date <= ?');
    params.push(f.to);
  }
  if (f.place) {
    where.push(`p.name LIKE ? ESCAPE '\\'`);
    params.push(like(f.place));
  }
  if (f.speaker) {
    where.push(`(sp.name LIKE ? ESCAPE '\\' OR sp.code = ?)`);
    params.push(like(f.speaker), f.speaker.toUpperCase());
  }
  if (f.realis) {
    where.push('em.realis = ?');
    params.push(f.realis);
  }
  if (f.text) {
    where.push('em.sid IN (SELECT rowid FROM story_fts WHERE story_fts MATCH ?)');
    params.push(f.text);
  }
  if (f.story) {
    where.push('em.sid IN (SELECT sid FROM stories WHERE id LIKE ? OR source_id = ?)');
    params.push(`${f.story}%`, f.story);
  }
  return { sql: where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '', params };
}

export interface StoreOptions {
  readonly?: boolean;
  /**
   * Checkpoint the WAL automatically on commit (the default). An ingest's coding workers turn it
   * off and the main thread checkpoints instead (checkpoint()), so that they never wait for it.
   */
  autoCheckpoint?: boolean;
}

/** A new member of a merge group from this batch: its row, its story and the story's row number. */
interface NewMention extends GroupMention {
  row: unknown[];
}

/** Whether `path` names a directory (a database path must name a file). */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Refuse to write readout's tables into an SQLite database another program made: it would mix
 * them into that program's data. An empty database, or one readout created, is fine.
 */
function refuseForeignDatabase(db: Database.Database, path: string): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  if (tables.length === 0 || tables.includes('store_meta')) return;
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', ...' : '');
  throw new UserError(`${path}: an SQLite database readout did not create (tables: ${shown}); name a new file with --db`);
}

/** What went wrong setting up the database at `path`, as the one-line error a user sees. */
function storeError(path: string, err: unknown): unknown {
  if (err instanceof UserError) return err;
  const code = (err as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return new UserError(`${path}: not an SQLite database`);
  if (code === 'SQLITE_CORRUPT') return new UserError(`${path}: the database file is corrupted (${(err as Error).message})`);
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return new UserError(`${path}: cannot use the database (${(err as Error).message})`);
  return err;
}

/** A stored member of a merge group, with the merged event it belongs to now. */
interface StoredMention extends GroupMention {
  event_id: number | null;
}

export class SqliteStore implements EventStore {
  readonly db: Database.Database;
  private readonly ins: Record<keyof typeof INSERT, Stmt>;
  private readonly hasStmt: Stmt;
  private readonly sidStmt: Stmt;
  private readonly groupStmt: Stmt;
  private readonly deleteEvent: Stmt;
  private readonly setEventId: Stmt;
  private readonly clearSkip: Stmt;
  private readonly anySkip: Stmt;
  private readonly candidates: Stmt;
  private readonly multiCache = new Map<string, Stmt>();
  /**
   * Actors this connection has committed, with the variant (pick) it wrote: the stored pick is at
   * most that (it only ever decreases), so a variant that is not smaller needs no upsert.
   */
  private readonly actorPicks = new Map<number, string>();
  /** Actors upserted by the open transaction (added to actorPicks when it commits). */
  private upserted: unknown[][] = [];
  private readonly batch: Database.Transaction<(stories: readonly StoryRows[], skips: readonly Skip[]) => WriteCounts>;

  constructor(path: string, options: StoreOptions = {}) {
    if (isDirectory(path)) throw new UserError(`${path}: is a directory, not a database file`);
    try {
      this.db = new Database(path, { readonly: options.readonly === true, fileMustExist: options.readonly === true, timeout: 60_000 });
    } catch (err) {
      throw new UserError(`${path}: cannot open the database (${(err as Error).message})`);
    }
    const db = this.db;
    try {
      if (!options.readonly) refuseForeignDatabase(db, path);
      if (!options.readonly) {
        // Large pages: a story row (text and readout JSON) fits one page, and a commit writes fewer
        // pages. Takes effect only when the database is created.
        db.pragma('page_size = 16384');
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        if (options.autoCheckpoint === false) db.pragma('wal_autocheckpoint = 0');
      }
      // The foreign keys are declared for readers and other tools, not enforced on write: the writer
      // builds every row from one story's readout, and enforcing them costs a lookup per key per row
      // (and, with the deferred keys between events and their mentions, scans). The tests check the
      // stored rows with PRAGMA foreign_key_check instead.
      db.pragma('foreign_keys = OFF');
      // A writer's page cache is emptied whenever another connection commits (each ingest worker
      // writes), so a large one only costs memory and page faults; readers keep a larger one.
      db.pragma(`cache_size = ${options.readonly ? -65536 : -16384}`);
      db.pragma('temp_store = MEMORY');
      if (!options.readonly) {
        db.exec(DDL);
        const v = db.prepare('SELECT value FROM store_meta WHERE key = ?').pluck().get('schema') as string | undefined;
        if (v === undefined) {
          db.prepare('INSERT INTO store_meta (key, value) VALUES (?, ?)').run('schema', String(STORE_SCHEMA_VERSION));
          // Full-text index leaves as large as the database pages (fewer, larger index blobs).
          db.exec("INSERT INTO story_fts (story_fts, rank) VALUES ('pgsz', 16000)");
        }
        else if (Number(v) !== STORE_SCHEMA_VERSION) throw new UserError(`${path}: store schema ${v}, this readout writes schema ${STORE_SCHEMA_VERSION}`);
      } else {
        const ok = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'stories'").get();
        if (ok === undefined) throw new UserError(`${path}: not a readout database`);
      }
      this.hasStmt = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
      this.sidStmt = db.prepare('SELECT sid FROM stories WHERE id = ?').pluck();
      if (options.readonly) {
        this.ins = {} as Record<keyof typeof INSERT, Stmt>;
        this.groupStmt = this.deleteEvent = this.setEventId = this.clearSkip = this.anySkip = this.candidates = this.hasStmt;
        this.batch = db.transaction(() => {
          throw new Error('read-only store');
        });
        return;
      }
      this.ins = Object.fromEntries(Object.entries(INSERT).map(([k, sql]) => [k, db.prepare(sql)])) as Record<keyof typeof INSERT, Stmt>;
      this.groupStmt = db.prepare(GROUP_SQL);
      this.deleteEvent = db.prepare('DELETE FROM events WHERE id = ?');
      this.setEventId = db.prepare('UPDATE event_mentions SET event_id = ? WHERE sid = ? AND idx = ?');
      this.clearSkip = db.prepare('DELETE FROM skipped WHERE what = ?');
      this.anySkip = db.prepare('SELECT 1 FROM skipped LIMIT 1').pluck();
      this.candidates = db.prepare(
        'SELECT id, simhash FROM stories WHERE b0 = ? UNION SELECT id, simhash FROM stories WHERE b1 = ? UNION SELECT id, simhash FROM stories WHERE b2 = ? UNION SELECT id, simhash FROM stories WHERE b3 = ?',
      );
      this.batch = db.transaction((stories: readonly StoryRows[], skips: readonly Skip[]) => {
        const counts = this.insertStories(stories);
        for (const k of skips) this.ins.skip.run(k.what, k.reason);
        return counts;
      });
    } catch (err) {
      db.close();
      throw storeError(path, err);
    }
  }

  has(id: string): boolean {
    return this.hasStmt.get(id) !== undefined;
  }

  /** The row number of a stored story (undefined when it is not stored). */
  storedSid(id: string): number | undefined {
    return this.sidStmt.get(id) as number | undefined;
  }

  /** The largest row number so far (0 for an empty store): stories stored later have larger ones. */
  maxSid(): number {
    return (this.db.prepare('SELECT max(sid) FROM stories').pluck().get() as number | null) ?? 0;
  }

  /** One IMMEDIATE transaction (takes the write lock first, so concurrent writers wait instead of failing). */
  writeBatch(stories: readonly StoryRows[], skips: readonly Skip[]): WriteCounts {
    this.upserted = [];
    const counts = this.batch.immediate(stories, skips);
    if (this.actorPicks.size + this.upserted.length > MAX_KNOWN_ACTORS) this.actorPicks.clear();
    for (const a of this.upserted) this.actorPicks.set(a[0] as number, a[7] as string);
    return counts;
  }

  /** Copy committed WAL pages into the database file without blocking writers (PASSIVE). */
  checkpoint(): void {
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  /** A multi-row INSERT for `n` rows of one of the INSERT statements (cached). */
  private multi(kind: MultiKind, n: number): Stmt {
    const key = `${kind}:${n}`;
    let st = this.multiCache.get(key);
    if (st === undefined) {
      const sql = INSERT[kind];
      const at = sql.indexOf('VALUES (') + 7;
      const close = sql.indexOf(')', at) + 1;
      const tuple = sql.slice(at, close);
      st = this.db.prepare(`${sql.slice(0, at)}${new Array(n).fill(tuple).join(', ')}${sql.slice(close)}`);
      this.multiCache.set(key, st);
    }
    return st;
  }

  /**
   * Insert rows of one kind with as few statements as possible (up to MULTI_ROWS rows each).
   * `sids[i]` (when given) is prepended to `rows[i]`: the story's row number.
   */
  private insertRows(kind: MultiKind, rows: readonly unknown[][], sids: readonly number[] | null): void {
    const params: unknown[] = [];
    for (let i = 0; i < rows.length; i += MULTI_ROWS) {
      const part = rows.length - i >= MULTI_ROWS ? MULTI_ROWS : rows.length - i;
      params.length = 0;
      for (let k = i; k < i + part; k++) {
        if (sids !== null) params.push(sids[k]);
        const row = rows[k]!;
        for (let c = 0; c < row.length; c++) params.push(row[c]);
      }
      this.multi(kind, part).run(params);
    }
  }

  private insertStories(stories: readonly StoryRows[]): WriteCounts {
    const fresh: StoryRows[] = [];
    const seen = new Set<string>();
    for (const s of stories) {
      if (seen.has(s.id) || this.hasStmt.get(s.id) !== undefined) continue;
      seen.add(s.id);
      fresh.push(s);
    }
    const counts: WriteCounts = { stories: fresh.length, events: 0, actors: 0 };
    if (fresh.length === 0) return counts;
    for (const s of fresh) {
      counts.events += s.events.length;
      counts.actors += s.actors.length;
    }
    const ins = this.ins;
    const sids: number[] = [];
    for (const s of fresh) sids.push(Number(ins.story.run(s.story).lastInsertRowid));
    // Row numbers of one transaction are consecutive (max + 1 each), so one statement indexes them all.
    ins.fts.run(sids[0], sids[sids.length - 1]);

    // Actors: one upsert per distinct actor of the batch (its smallest variant), unless this
    // connection already stored it with a variant that is not larger.
    const actors = new Map<number, unknown[]>();
    for (const s of fresh) {
      for (const a of s.globalActors) {
        const id = a[0] as number;
        const pick = a[7] as string;
        const known = this.actorPicks.get(id);
        if (known !== undefined && known <= pick) continue;
        const had = actors.get(id);
        if (had === undefined || pick < (had[7] as string)) actors.set(id, a);
      }
    }
    this.upserted = [...actors.values()];
    this.insertRows('actor', this.upserted, null);

    const child = (kind: MultiKind, pick: (s: StoryRows) => unknown[][]): void => {
      const rows: unknown[][] = [];
      const rowSids: number[] = [];
      for (let i = 0; i < fresh.length; i++) {
        const list = pick(fresh[i]!);
        for (let k = 0; k < list.length; k++) {
          rows.push(list[k]!);
          rowSids.push(sids[i]!);
        }
      }
      this.insertRows(kind, rows, rowSids);
    };
    child('sentence', (s) => s.sentences);
    child('storyActor', (s) => s.actors);
    child('mention', (s) => s.mentions);
    child('place', (s) => s.places);
    child('quote', (s) => s.quotes);
    this.insertEvents(fresh, sids);

    const checkSkips = this.anySkip.get() !== undefined;
    for (const s of fresh) {
      const hex = s.story[ST.simhash] as string | null;
      if (hex !== null) {
        const b = ST.b0;
        for (const c of this.candidates.all(s.story[b], s.story[b + 1], s.story[b + 2], s.story[b + 3]) as { id: string; simhash: string }[]) {
          if (c.id === s.id) continue;
          const d = hamming(hex, c.simhash);
          if (d <= NEAR_DUP_BITS) ins.nearDup.run(c.id < s.id ? c.id : s.id, c.id < s.id ? s.id : c.id, d);
        }
      }
      const origin = s.story[ST.origin] as string | null;
      if (checkSkips && origin !== null) this.clearSkip.run(origin);
    }
    return counts;
  }

  /**
   * Event mentions and their merged events. A mention that merges with nothing carries its event
   * id from the worker; the others are merged with the stored members of their group (read back
   * under the write lock), so the merged events are a function of the set of stored mentions.
   */
  private insertEvents(fresh: readonly StoryRows[], sids: readonly number[]): void {
    const rows: unknown[][] = [];
    const rowSids: number[] = [];
    const events: unknown[][] = [];
    const groups = new Map<string, NewMention[]>();
    fresh.forEach((s, i) => {
      const sid = sids[i]!;
      for (const given of s.events) {
        const key = given[EM.group] as string;
        const single = key.startsWith('S|');
        // The event id of a merged mention is set below, on a copy (the caller's rows stay as given).
        const e = single ? given : given.slice();
        rows.push(e);
        rowSids.push(sid);
        const m: NewMention = {
          row: e, sid, story_id: s.id, idx: e[EM.idx] as number, date: e[EM.date] as string | null, sentence: e[EM.sentence] as number,
          cameo: e[EM.cameo] as string, base: e[EM.base] as string, root: e[EM.root] as string, quad: e[EM.quad] as number,
          goldstein: e[EM.goldstein] as number, source_actor: e[EM.source] as number | null, target_actor: e[EM.target] as number | null,
          realis: e[EM.realis] as string, agency: s.story[ST.agency] as string | null, url: s.story[ST.url] as string | null,
          simhash: s.story[ST.simhash] as string | null,
        };
        if (single) {
          events.push(singleEvent(key, e[EM.event] as number, m));
          continue;
        }
        const g = groups.get(key);
        if (g === undefined) groups.set(key, [m]);
        else g.push(m);
      }
    });
    for (const [key, added] of groups) {
      const stored = this.groupStmt.all(key) as StoredMention[];
      const merged = mergeGroup<NewMention | StoredMention>(key, stored.length === 0 ? added : [...stored, ...added]);
      const live = new Set<number>();
      for (const ev of merged) {
        const id = ev.row[0];
        live.add(id);
        events.push(ev.row);
        for (const m of ev.members) {
          if ('row' in m) m.row[EM.event] = id;
          else if (m.event_id !== id) this.setEventId.run(id, m.sid, m.idx);
        }
      }
      const gone = new Set<number>();
      for (const m of stored) if (m.event_id !== null && !live.has(m.event_id)) gone.add(m.event_id);
      for (const id of gone) this.deleteEvent.run(id);
    }
    this.insertRows('eventMention', rows, rowSids);
    this.insertRows('event', events, null);
  }

  stats(): StoreStats {
    const n = (t: string): number => this.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    return {
      stories: n('stories'),
      skipped: n('skipped'),
      events: n('events'),
      event_mentions: n('event_mentions'),
      actors: n('actors'),
      places: n('places'),
      quotes: n('quotes'),
    };
  }

  /** Skips recorded in the database, in order. */
  skips(): Skip[] {
    return this.db.prepare('SELECT what, reason FROM skipped ORDER BY what').all() as Skip[];
  }

  query(filter: EventFilter): Iterable<EventRow> {
    const { sql, params } = eventWhere(filter);
    const limit = filter.limit !== undefined && filter.limit > 0 ? ` LIMIT ${Math.floor(filter.limit)}` : '';
    return this.db.prepare(`${MENTION_SELECT}${sql} ORDER BY em.date, s.id, em.idx${limit}`).iterate(...params) as Iterable<EventRow>;
  }

  story(idPrefix: string): StoredStory | null {
    const rows = this.db
      .prepare(`SELECT id, origin, text, readout FROM stories WHERE id LIKE ? OR source_id = ? LIMIT 2`)
      .all(`${idPrefix.replace(/[%_]/g, '')}%`, idPrefix) as Omit<StoredStory, 'near_duplicates'>[];
    if (rows.length === 0) return null;
    if (rows.length > 1) throw new UserError(`${idPrefix}: more than one story matches; give more of the id`);
    const id = rows[0]!.id;
    const dups = this.db
      .prepare('SELECT b AS other FROM near_dups WHERE a = ? UNION SELECT a FROM near_dups WHERE b = ? ORDER BY 1')
      .pluck()
      .all(id, id) as string[];
    return { ...rows[0]!, readout: unpackReadout(rows[0]!.readout), near_duplicates: dups };
  }

  iterate(kind: ExportSource): Iterable<Record<string, unknown>> {
    switch (kind) {
      case 'readouts':
        return mapRows(this.db.prepare('SELECT readout FROM stories ORDER BY date, id').iterate() as Iterable<{ readout: string }>, (r) => ({
          readout: unpackReadout(r.readout),
        }));
      case 'events':
        return this.db.prepare(EVENT_EXPORT_SQL).iterate() as Iterable<Record<string, unknown>>;
      case 'mentions':
        return this.db
          .prepare(`${MENTION_SELECT.replace('SELECT ', 'SELECT em.sentence, em.plover_mode, em.cue_text, em.confidence, ')} ORDER BY em.date, s.id, em.idx`)
          .iterate() as Iterable<Record<string, unknown>>;
    }
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/** The database a command uses: --db, else ./readout.db. */
export const DEFAULT_DB = 'readout.db';

/** Open the store named by a command's --db value for reading. */
export function openForReading(db: unknown): SqliteStore {
  return new SqliteStore(typeof db === 'string' ? db : DEFAULT_DB, { readonly: true });
}
