// Cross-story merging: one event per (date within a day, source, target, CAMEO base code), GDELT
// counts, near-duplicates not counted as independent sources, actors merged by name and code, and
// results that do not depend on the order in which stories arrive.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { exportStore } from '../src/export/index.js';
import { hamming, simhash } from '../src/store/hash.js';
import { SqliteStore } from '../src/store/sqlite.js';
import type { StoryRows } from '../src/store/types.js';
import { AUSTRIA, collector, handRows, HUNGARY, MEETING, MEETING_COPY, MEETING_OTHER, type HandStory } from './store-readouts.js';

const dir = mkdtempSync(join(tmpdir(), 'readout-store-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshStore = (): SqliteStore => new SqliteStore(join(dir, `t${n++}.db`));

const reuters: HandStory = { text: MEETING, date: '2024-03-11', agency: 'Reuters', actors: [HUNGARY, AUSTRIA], events: [{ cameo: '0411', source: [0], target: [1] }, { cameo: '040', source: [0], target: [1] }] };
const syndicated: HandStory = { ...reuters, text: MEETING_COPY, agency: 'Example Syndicate' };
const ap: HandStory = { text: MEETING_OTHER, date: '2024-03-12', agency: 'AP', actors: [AUSTRIA, HUNGARY], events: [{ cameo: '041', source: [1], target: [0] }] };
const later: HandStory = { text: `${MEETING_OTHER} A second round followed.`, date: '2024-03-15', agency: 'AP', actors: [AUSTRIA, HUNGARY], events: [{ cameo: '041', source: [1], target: [0] }] };
const threat: HandStory = { text: 'Austria threatened Hungary with tariffs on Monday.', date: '2024-03-11', agency: 'AFP', actors: [AUSTRIA, HUNGARY], events: [{ cameo: '130', source: [1], target: [0], plover: 'THREATEN' }] };

function eventsOf(store: SqliteStore): { date: string; base: string; num_mentions: number; num_sources: number; num_articles: number }[] {
  return store.db.prepare('SELECT date, base, num_mentions, num_sources, num_articles FROM events ORDER BY date, base').all() as never;
}

test('a syndicated copy is a near-duplicate; an independent report on the same meeting is not', () => {
  const a = simhash(MEETING)!;
  const b = simhash(MEETING_COPY)!;
  const c = simhash(MEETING_OTHER)!;
  assert.ok(hamming(a.hex, b.hex) <= 3, `copy distance ${hamming(a.hex, b.hex)}`);
  assert.ok(hamming(a.hex, c.hex) > 3, `independent distance ${hamming(a.hex, c.hex)}`);
  assert.equal(simhash('Too short to fingerprint.'), null);
});

test('the same event in several stories is one event with GDELT-style counts', () => {
  const store = freshStore();
  store.writeBatch([reuters, syndicated, ap, later, threat].map((s) => handRows(s)), []);
  const ev = eventsOf(store);
  // 041 (3 stories, dates within a day) + 041 four days later + 130 (other base code and direction).
  assert.deepEqual(
    ev.map((e) => [e.date, e.base, e.num_mentions, e.num_articles, e.num_sources]),
    [
      ['2024-03-11', '040', 2, 2, 1],
      ['2024-03-11', '041', 3, 3, 2],
      ['2024-03-11', '130', 1, 1, 1],
      ['2024-03-15', '041', 1, 1, 1],
    ],
  );
  // The '040' event of Reuters and of its syndicated copy: two articles, one independent source.
  assert.equal(store.stats().event_mentions, 7);
  // Two syndication pairs: Reuters and its copy; AP and its later re-run with one added sentence.
  const dups = store.db.prepare('SELECT count(*) FROM near_dups').pluck().get();
  assert.equal(dups, 2);
  assert.deepEqual(store.story(handRows(reuters).id)!.near_duplicates, [handRows(syndicated).id]);
  // The writer does not enforce the declared foreign keys; the rows it writes satisfy them all.
  assert.deepEqual(store.db.pragma('foreign_key_check'), []);
  store.close();
});

test('events more than a day apart, or with another realis, stay separate', () => {
  const store = freshStore();
  const denied: HandStory = { ...ap, text: `${MEETING_OTHER} Officials later denied it.`, events: [{ cameo: '041', source: [1], target: [0], realis: 'negated' }] };
  store.writeBatch([reuters, later, denied].map((s) => handRows(s)), []);
  const ev = eventsOf(store);
  assert.equal(ev.filter((e) => e.base === '041').length, 3);
  store.close();
});

test('actors are merged across stories by name and code', () => {
  const store = freshStore();
  const spaced: HandStory = { ...threat, text: 'Karl  Brenner warned Hungary again.', actors: [{ ...AUSTRIA, name: 'Karl  Brenner' }, HUNGARY] };
  const otherCode: HandStory = { ...threat, text: 'A businessman called Karl Brenner bought a football club.', actors: [{ ...AUSTRIA, code: 'AUTBUS', sector: 'BUS' }, HUNGARY] };
  store.writeBatch([reuters, ap, spaced, otherCode].map((s) => handRows(s)), []);
  const names = store.db.prepare('SELECT name, code FROM actors ORDER BY code').all() as { name: string; code: string }[];
  assert.deepEqual(names.map((a) => a.code), ['AUTBUS', 'AUTGOV', 'HUNGOV']);
  // The variant that wins is the same whatever the arrival order (the smallest).
  assert.equal(names.find((a) => a.code === 'AUTGOV')!.name, 'Karl  Brenner');
  store.close();
});

async function allExports(store: SqliteStore): Promise<string> {
  let out = '';
  for (const f of ['jsonl', 'csv', 'gdelt', 'plover', 'phoenix'] as const) {
    const c = collector();
    await exportStore(store, f, c.stream);
    out += `== ${f}\n${c.text()}`;
  }
  return out;
}

test('merged events, ids and exports do not depend on arrival order or batching', async () => {
  const stories = [reuters, syndicated, ap, later, threat].map((s) => handRows(s));
  const orders: StoryRows[][][] = [
    [stories],
    [[...stories].reverse()],
    [[stories[3]!, stories[1]!], [stories[4]!], [stories[0]!, stories[2]!]],
    stories.map((s) => [s]).reverse(),
  ];
  const results: string[] = [];
  for (const batches of orders) {
    const store = freshStore();
    for (const b of batches) store.writeBatch(b, []);
    results.push(await allExports(store));
    store.close();
  }
  for (const r of results.slice(1)) assert.equal(r, results[0]);
  // Regrouping after later stories moved or deleted merged events: no mention points to a missing event.
  const store = freshStore();
  for (const b of orders[3]!) store.writeBatch(b, []);
  assert.deepEqual(store.db.pragma('foreign_key_check'), []);
  const orphans = store.db.prepare('SELECT count(*) FROM event_mentions em LEFT JOIN events e ON e.id = em.event_id WHERE e.id IS NULL').pluck().get();
  assert.equal(orphans, 0);
  const empty = store.db.prepare('SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions em WHERE em.event_id = e.id)').pluck().get();
  assert.equal(empty, 0);
  store.close();
  assert.match(results[0]!, /== gdelt\n\d+\t20240311\t/);
});

test('writing the same stories again adds nothing; skips are kept once per input and cleared when it is stored', () => {
  const store = freshStore();
  const rows = [reuters, ap].map((s) => handRows(s, `file-${s.agency}`));
  store.writeBatch(rows, [{ what: 'file-AP', reason: 'not valid UTF-8 text' }, { what: 'other', reason: 'empty story (no text)' }]);
  const first = store.stats();
  store.writeBatch(rows, [{ what: 'other', reason: 'empty story (no text)' }]);
  assert.deepEqual(store.stats(), first);
  assert.deepEqual(store.skips(), [{ what: 'file-AP', reason: 'not valid UTF-8 text' }, { what: 'other', reason: 'empty story (no text)' }]);
  const fresh = freshStore();
  fresh.writeBatch([], [{ what: 'file-AP', reason: 'not valid UTF-8 text' }]);
  fresh.writeBatch(rows, []);
  assert.deepEqual(fresh.skips(), []);
  store.close();
  fresh.close();
});
