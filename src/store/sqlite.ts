// The embedded SQLite back end of EventStore (better-sqlite3, WAL). One writer (the main thread);
// every write goes through writeBatch, one transaction per batch, so each story's rows and its
// 'done' marker (the stories row) commit together or not at all.
import Database from 'better-sqlite3';
import { UserError } from '../errors.js';
import { hamming, NEAR_DUP_BITS } from './hash.js';
import { mergeGroup, type GroupMention } from './merge.js';
import { unpackReadout } from './pack.js';
import { DDL, INSERT, STORE_SCHEMA_VERSION } from './schema.js';
import type { EventFilter, EventRow, EventStore, ExportSource, Skip, StoredStory, StoreStats, StoryRows } from './types.js';

type Stmt = Database.Statement<unknown[], unknown>;
type MultiKind = 'actor' | 'sentence' | 'storyActor' | 'mention' | 'place' | 'eventMention' | 'quote';

/** Rows per multi-row INSERT (at most 30 columns x 64 rows: far below SQLite's parameter limit). */
const MULTI_ROWS = 64;

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
JOIN event_mentions em ON em.story_id = e.story_id AND em.idx = e.rep_idx
JOIN stories s ON s.id = e.story_id
LEFT JOIN actors a1 ON a1.id = e.source_actor
LEFT JOIN actors a2 ON a2.id = e.target_actor
LEFT JOIN actors sp ON sp.id = em.speaker_actor
LEFT JOIN places p ON p.story_id = em.story_id AND p.idx = em.place_idx
ORDER BY e.date, e.id`;

const MENTION_SELECT = `
SELECT em.event_id, em.story_id, em.idx, em.date, em.cameo, em.root, em.quad, em.goldstein, em.plover_type AS plover,
  a1.name AS source, a1.code AS source_code, a2.name AS target, a2.code AS target_code, em.realis,
  sp.name AS speaker, em.stance, p.name AS place, em.trigger_text AS "trigger", em.evidence_text AS evidence,
  e.num_mentions, e.num_sources, e.num_articles
FROM event_mentions em
LEFT JOIN events e ON e.id = em.event_id
LEFT JOIN actors a1 ON a1.id = em.source_actor
LEFT JOIN actors a2 ON a2.id = em.target_actor
LEFT JOIN actors sp ON sp.id = em.speaker_actor
LEFT JOIN places p ON p.story_id = em.story_id AND p.idx = em.place_idx`;

const GROUP_SQL = `
SELECT em.story_id, em.idx, em.date, em.sentence, em.cameo, em.base, em.root, em.quad, em.goldstein,
  em.source_actor, em.target_actor, em.realis, em.event_id, s.agency, s.url, s.simhash
FROM event_mentions em JOIN stories s ON s.id = em.story_id WHERE em.group_key = ?`;

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
    where.push('em.story_id IN (SELECT s.id FROM story_fts JOIN stories s ON s.rowid = story_fts.rowid WHERE story_fts MATCH ?)');
    params.push(f.text);
  }
  if (f.story) {
    where.push('(em.story_id LIKE ? OR em.story_id IN (SELECT id FROM stories WHERE source_id = ?))');
    params.push(`${f.story}%`, f.story);
  }
  return { sql: where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '', params };
}

export class SqliteStore implements EventStore {
  readonly db: Database.Database;
  private readonly ins: Record<keyof typeof INSERT, Stmt>;
  private readonly hasStmt: Stmt;
  private readonly groupStmt: Stmt;
  private readonly deleteEvents: Stmt;
  private readonly setEventId: Stmt;
  private readonly clearSkip: Stmt;
  private readonly candidates: Stmt;
  private readonly multiCache = new Map<string, Stmt>();
  private readonly batch: (stories: readonly StoryRows[], skips: readonly Skip[]) => void;

  constructor(path: string, options: { readonly?: boolean } = {}) {
    try {
      this.db = new Database(path, { readonly: options.readonly === true, fileMustExist: options.readonly === true });
    } catch (err) {
      throw new UserError(`${path}: cannot open the database (${(err as Error).message})`);
    }
    const db = this.db;
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    if (!options.readonly) {
      db.exec(DDL);
      const v = db.prepare('SELECT value FROM store_meta WHERE key = ?').pluck().get('schema') as string | undefined;
      if (v === undefined) db.prepare('INSERT INTO store_meta (key, value) VALUES (?, ?)').run('schema', String(STORE_SCHEMA_VERSION));
      else if (Number(v) !== STORE_SCHEMA_VERSION) throw new UserError(`${path}: store schema ${v}, this readout writes schema ${STORE_SCHEMA_VERSION}`);
    } else {
      const ok = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'stories'").get();
      if (ok === undefined) throw new UserError(`${path}: not a readout database`);
    }
    this.hasStmt = db.prepare('SELECT 1 FROM stories WHERE id = ?').pluck();
    if (options.readonly) {
      this.ins = {} as Record<keyof typeof INSERT, Stmt>;
      this.groupStmt = this.deleteEvents = this.setEventId = this.clearSkip = this.candidates = this.hasStmt;
      this.batch = () => {
        throw new Error('read-only store');
      };
      return;
    }
    this.ins = Object.fromEntries(Object.entries(INSERT).map(([k, sql]) => [k, db.prepare(sql)])) as Record<keyof typeof INSERT, Stmt>;
    this.groupStmt = db.prepare(GROUP_SQL);
    this.deleteEvents = db.prepare('DELETE FROM events WHERE group_key = ?');
    this.setEventId = db.prepare('UPDATE event_mentions SET event_id = ? WHERE story_id = ? AND idx = ?');
    this.clearSkip = db.prepare('DELETE FROM skipped WHERE what = ?');
    this.candidates = db.prepare(
      'SELECT id, simhash FROM stories WHERE b0 = ? UNION SELECT id, simhash FROM stories WHERE b1 = ? UNION SELECT id, simhash FROM stories WHERE b2 = ? UNION SELECT id, simhash FROM stories WHERE b3 = ?',
    );
    this.batch = db.transaction((stories: readonly StoryRows[], skips: readonly Skip[]) => {
      const groups = new Set<string>();
      this.insertStories(stories, groups);
      for (const k of [...groups].sort()) this.recomputeGroup(k);
      for (const k of skips) this.ins.skip.run(k.what, k.reason);
    });
  }

  has(id: string): boolean {
    return this.hasStmt.get(id) !== undefined;
  }

  writeBatch(stories: readonly StoryRows[], skips: readonly Skip[]): void {
    this.batch(stories, skips);
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

  /** Insert rows of one kind with as few statements as possible (up to MULTI_ROWS rows each). */
  private insertRows(kind: MultiKind, rows: readonly unknown[][]): void {
    for (let i = 0; i < rows.length; i += MULTI_ROWS) {
      const part = rows.length - i >= MULTI_ROWS ? MULTI_ROWS : rows.length - i;
      const params: unknown[] = [];
      for (let k = i; k < i + part; k++) for (const v of rows[k]!) params.push(v);
      this.multi(kind, part).run(params);
    }
  }

  private insertStories(stories: readonly StoryRows[], groups: Set<string>): void {
    const fresh: StoryRows[] = [];
    const seen = new Set<string>();
    for (const s of stories) {
      if (seen.has(s.id) || this.hasStmt.get(s.id) !== undefined) continue;
      seen.add(s.id);
      fresh.push(s);
    }
    const ins = this.ins;
    for (const s of fresh) {
      const info = ins.story.run(s.story);
      ins.fts.run(info.lastInsertRowid, s.story[2], s.story[15]);
    }
    const all = (pick: (s: StoryRows) => unknown[][]): unknown[][] => fresh.flatMap(pick);
    this.insertRows('actor', all((s) => s.globalActors));
    this.insertRows('sentence', all((s) => s.sentences));
    this.insertRows('storyActor', all((s) => s.actors));
    this.insertRows('mention', all((s) => s.mentions));
    this.insertRows('place', all((s) => s.places));
    const events = all((s) => s.events);
    this.insertRows('eventMention', events);
    const storyOf = new Map(fresh.map((s) => [s.id, s.story]));
    for (const r of events) {
      const key = r[2] as string;
      if (key.startsWith('S|')) this.writeSingleton(key, r, storyOf.get(r[0] as string)!);
      else groups.add(key);
    }
    this.insertRows('quote', all((s) => s.quotes));
    for (const s of fresh) {
      const hex = s.story[8] as string | null;
      if (hex !== null) {
        for (const c of this.candidates.all(s.story[9], s.story[10], s.story[11], s.story[12]) as { id: string; simhash: string }[]) {
          if (c.id === s.id) continue;
          const d = hamming(hex, c.simhash);
          if (d <= NEAR_DUP_BITS) ins.nearDup.run(c.id < s.id ? c.id : s.id, c.id < s.id ? s.id : c.id, d);
        }
      }
      const origin = s.story[7] as string | null;
      if (origin !== null) this.clearSkip.run(origin);
    }
  }

  /** An event that merges with nothing (no date, or no actor): its own merged event, no lookups. */
  private writeSingleton(key: string, r: unknown[], story: unknown[]): void {
    const m: GroupMention = {
      story_id: r[0] as string, idx: r[1] as number, sentence: r[3] as number, cameo: r[7] as string, base: r[8] as string,
      root: r[9] as string, quad: r[10] as number, goldstein: r[11] as number, source_actor: r[14] as number | null,
      target_actor: r[15] as number | null, date: r[18] as string | null, realis: r[24] as string,
      agency: story[5] as string | null, url: story[4] as string | null, simhash: story[8] as string | null,
    };
    const ev = mergeGroup(key, [m])[0]!;
    this.ins.event.run(ev.row);
    this.setEventId.run(ev.row[0], m.story_id, m.idx);
  }

  /** Recompute the merged events of one group from all its mentions (order-independent). */
  private recomputeGroup(key: string): void {
    const members = this.groupStmt.all(key) as (GroupMention & { event_id: number | null })[];
    this.deleteEvents.run(key);
    for (const ev of mergeGroup(key, members)) {
      this.ins.event.run(ev.row);
      const id = ev.row[0];
      for (const m of ev.members as (GroupMention & { event_id: number | null })[]) {
        if (m.event_id !== id) this.setEventId.run(id, m.story_id, m.idx);
      }
    }
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
    return this.db.prepare(`${MENTION_SELECT}${sql} ORDER BY em.date, em.story_id, em.idx${limit}`).iterate(...params) as Iterable<EventRow>;
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
    return { ...rows[0]!, readout: unpackReadout(rows[0]!.readout as unknown as Uint8Array), near_duplicates: dups };
  }

  iterate(kind: ExportSource): Iterable<Record<string, unknown>> {
    switch (kind) {
      case 'readouts':
        return mapRows(this.db.prepare('SELECT readout FROM stories ORDER BY date, id').iterate() as Iterable<{ readout: Uint8Array }>, (r) => ({
          readout: unpackReadout(r.readout),
        }));
      case 'events':
        return this.db.prepare(EVENT_EXPORT_SQL).iterate() as Iterable<Record<string, unknown>>;
      case 'mentions':
        return this.db
          .prepare(`${MENTION_SELECT.replace('SELECT ', 'SELECT em.sentence, em.plover_mode, em.cue_text, em.confidence, ')} ORDER BY em.date, em.story_id, em.idx`)
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
