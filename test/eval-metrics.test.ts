// The metric code of `readout eval` on small hand-made gold and predictions with known answers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compromiseEntities, loadCompromise, matchSpan } from '../src/eval/baseline.js';
import { EntityScorer, readoutEntities } from '../src/eval/entities.js';
import { ErrorLog, inContext } from '../src/eval/errors.js';
import { countryPart, EventScorer, ROOT_TO_PENTA } from '../src/eval/events.js';
import { GoldLineError, parseGoldLine, type GoldLine } from '../src/eval/gold.js';
import { anyOverlap, halfOfShorter, haversineKm, macroF1, matchSpans, MAX_ERROR_KM, median, prf } from '../src/eval/measure.js';
import { PlaceScorer } from '../src/eval/places.js';
import { QuoteScorer } from '../src/eval/quotes.js';
import { selectLines } from '../src/eval/sample.js';
import { TimeScorer } from '../src/eval/times.js';
import type { EventOut, MentionKind, MentionOut, Readout, TextSpan } from '../src/schema.js';
import { needsShared, SHARED } from './helpers.js';

const close = (a: number, b: number, eps = 1e-9): void => assert.ok(Math.abs(a - b) < eps, `${a} is not ${b}`);

/** A span of `needle` (the nth occurrence) in `text`, with its text. */
function at(text: string, needle: string, nth = 0): TextSpan {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `"${needle}" not in text`);
  }
  return { start: i, end: i + needle.length, text: needle };
}

function emptyReadout(text: string): Readout {
  return {
    schema: 'readout/1',
    id: 'x',
    meta: { date: null, title: null, url: null, dateline: null, agency: null },
    sentences: [{ start: 0, end: text.length }],
    mentions: [],
    actors: [],
    places: [],
    times: [],
    events: [],
    quotes: [],
  };
}

function mention(r: Readout, s: TextSpan, kind: MentionKind, actor: string | null = null, name: TextSpan | null = null): MentionOut {
  const m: MentionOut = { id: `m${r.mentions.length + 1}`, ...s, kind, actor, name_span: name };
  r.mentions.push(m);
  return m;
}

function actor(r: Readout, name: string, mentionIds: string[], code: string | null = null): string {
  const id = `a${r.actors.length + 1}`;
  r.actors.push({ id, name, kind: 'person', country: null, sector: null, title: null, code, mentions: mentionIds, confidence: 1 });
  for (const m of r.mentions) if (mentionIds.includes(m.id)) m.actor = id;
  return id;
}

function event(trigger: TextSpan, cameo: string, confidence: number, extra: Partial<EventOut> = {}): EventOut {
  return {
    id: 'e',
    sentence: 0,
    trigger,
    cameo,
    root: cameo.slice(0, 2),
    quad: 1,
    goldstein: 0,
    plover: null,
    source: [],
    target: [],
    date: null,
    place: null,
    attribution: null,
    realis: 'actual',
    quantity: null,
    confidence,
    evidence: { start: 0, end: trigger.end },
    ...extra,
  };
}

const doc = (text: string) => ({ id: 'd1', line: 1, text });

test('prf: precision, recall and F1 from counts, 0 on empty denominators', () => {
  const x = prf(2, 4, 5);
  close(x.precision, 0.5);
  close(x.recall, 0.4);
  close(x.f1, (2 * 0.5 * 0.4) / 0.9);
  assert.deepEqual(prf(0, 0, 3), { precision: 0, recall: 0, f1: 0 });
});

test('overlap rules: half of the shorter span, and any overlap', () => {
  const gold = { start: 10, end: 30 };
  assert.equal(halfOfShorter(gold, { start: 20, end: 60 }), true); // 10 shared of the shorter 20
  assert.equal(halfOfShorter(gold, { start: 21, end: 60 }), false); // 9 < 10
  assert.equal(halfOfShorter(gold, { start: 12, end: 16 }), true); // contained
  assert.equal(anyOverlap(gold, { start: 29, end: 40 }), true);
  assert.equal(anyOverlap(gold, { start: 30, end: 40 }), false); // end-exclusive
});

test('matchSpans is one-to-one and prefers the larger overlap', () => {
  const gold = [{ start: 0, end: 10 }, { start: 20, end: 30 }];
  const pred = [{ start: 5, end: 25 }, { start: 0, end: 8 }, { start: 40, end: 50 }];
  const m = matchSpans(gold, pred, anyOverlap);
  assert.deepEqual([...m], [1, 0]); // gold 0 takes pred 1 (8 shared), gold 1 the remaining pred 0
  const single = matchSpans([{ start: 0, end: 10 }], [{ start: 0, end: 4 }, { start: 2, end: 10 }], anyOverlap);
  assert.deepEqual([...single], [1]);
});

test('entities: exact span and type, CoNLL micro and per type, kind map and name_span', () => {
  const text = 'Foreign Minister Jana Novak met officials of Acme Works in Porto, a Danish envoy said.';
  const gold: GoldLine = {
    id: 'd1', task: 'entities', text, date: null,
    entities: [
      { ...at(text, 'Jana Novak'), type: 'PER' },
      { ...at(text, 'Acme Works'), type: 'ORG' },
      { ...at(text, 'Porto'), type: 'LOC' },
    ],
  };
  const r = emptyReadout(text);
  mention(r, at(text, 'Foreign Minister Jana Novak'), 'person', null, at(text, 'Jana Novak')); // PER via name_span: right
  mention(r, at(text, 'Acme'), 'organisation'); // ORG with the wrong extent: false alarm and a miss
  mention(r, at(text, 'Porto'), 'place'); // LOC: right
  mention(r, at(text, 'officials'), 'agent'); // not an entity
  mention(r, at(text, 'Danish'), 'demonym'); // MISC: false alarm
  assert.deepEqual(readoutEntities(r).map((e) => [e.type, text.slice(e.start, e.end)]), [
    ['PER', 'Jana Novak'], ['ORG', 'Acme'], ['LOC', 'Porto'], ['MISC', 'Danish'],
  ]);
  const s = new EntityScorer();
  const log = new ErrorLog();
  s.add(gold, r, doc(text), log);
  const m = s.metrics();
  close(m.micro_precision as number, 2 / 4);
  close(m.micro_recall as number, 2 / 3);
  close(m.micro_f1 as number, (2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  const per = m.per_type as Record<string, { f1: number; gold: number; predicted: number }>;
  assert.equal(per.PER!.f1, 1);
  assert.equal(per.ORG!.f1, 0);
  assert.deepEqual([per.MISC!.gold, per.MISC!.predicted, per.MISC!.f1], [0, 1, 0]);
  assert.deepEqual(log.worst('miss', 5).map((g) => g.surface), ['Acme Works']);
  assert.deepEqual(log.worst('false alarm', 5).map((g) => g.surface).sort(), ['Acme', 'Danish']);
  // the wrong type on the right span is a miss and a false alarm
  const typed = new EntityScorer();
  typed.score([{ start: 0, end: 4, type: 'ORG' }], [{ start: 0, end: 4, type: 'PER' }], doc('Acme'), null);
  assert.equal(typed.metrics().micro_f1, 0);
});

test('quotes: content by half-overlap, cue and speaker accuracy on matches (speaker through actor mentions)', () => {
  const text = 'The mayor said the bridge would reopen in May. "We are not ready," he added later. Critics said nothing had changed.';
  const gold: GoldLine = {
    id: 'd1', task: 'quotes', text, date: null,
    quotes: [
      { content: at(text, 'the bridge would reopen in May'), cue: at(text, 'said'), speaker: at(text, 'The mayor') },
      { content: at(text, 'We are not ready,'), cue: at(text, 'added'), speaker: { start: at(text, 'he added').start, end: at(text, 'he added').start + 2 } },
      { content: at(text, 'nothing had changed'), cue: at(text, 'said', 1), speaker: at(text, 'Critics') },
    ],
  };
  const r = emptyReadout(text);
  const mayor = mention(r, at(text, 'The mayor'), 'title');
  const heAt = at(text, 'he added');
  const he = mention(r, { start: heAt.start, end: heAt.start + 2, text: 'he' }, 'pronoun');
  const a1 = actor(r, 'mayor', [mayor.id, he.id]);
  // 1: matched (contains most of the gold), right cue, right speaker by its own mention
  r.quotes.push({ speaker: a1, speaker_span: null, cue: at(text, 'said'), content: at(text, 'the bridge would reopen in May.'), direct: false });
  // 2: matched, no cue, speaker right through the actor's pronoun mention "he"
  r.quotes.push({ speaker: a1, speaker_span: null, cue: null, content: at(text, 'We are not ready'), direct: true });
  // 3: content overlaps gold 3 by less than half of the shorter span: no match, a false alarm
  r.quotes.push({ speaker: null, speaker_span: at(text, 'Critics'), cue: at(text, 'said', 1), content: at(text, 'Critics said nothing'), direct: false });
  const s = new QuoteScorer();
  s.add(gold, r, doc(text), null);
  const m = s.metrics();
  close(m.content_precision as number, 2 / 3);
  close(m.content_recall as number, 2 / 3);
  close(m.cue_accuracy as number, 1 / 2);
  close(m.speaker_accuracy as number, 1);
});

test('places: exact and overlap F1, acc@161 km, median error with unresolved toponyms, country accuracy', () => {
  const text = 'Flooding hit Lyon, the Rhone valley and Geneva, officials in Paris said.';
  const gold: GoldLine = {
    id: 'd1', task: 'places', text, date: null,
    places: [
      { ...at(text, 'Lyon'), lat: 45.764, lon: 4.8357, geonameid: null, country: 'FR' },
      { ...at(text, 'the Rhone valley'), lat: 45.5, lon: 4.85, geonameid: null, country: 'FR' },
      { ...at(text, 'Geneva'), lat: 46.2044, lon: 6.1432, geonameid: null, country: 'CH' },
      { ...at(text, 'Paris'), lat: 48.8566, lon: 2.3522, geonameid: null, country: null },
    ],
  };
  const r = emptyReadout(text);
  const lyon = mention(r, at(text, 'Lyon'), 'place');
  const rhone = mention(r, at(text, 'Rhone'), 'place');
  const geneva = mention(r, at(text, 'Geneva'), 'place');
  mention(r, at(text, 'Paris'), 'place'); // not in any place: no coordinates
  const place = (name: string, ids: string[], lat: number | null, lon: number | null, country: string | null) =>
    r.places.push({ id: `p${r.places.length + 1}`, name, country, lat, lon, geonameid: null, kind: 'city', mentions: ids, confidence: 1 });
  place('Lyon', [lyon.id], 45.76, 4.84, 'FR'); // < 1 km
  place('Rhone', [rhone.id], 46.0, 7.6, 'CH'); // ~215 km off, wrong country
  place('Geneva', [geneva.id], 46.2, 6.15, 'ch'); // right, lower-case country
  const s = new PlaceScorer();
  s.add(gold, r, doc(text), null);
  const m = s.metrics();
  close(m.precision as number, 3 / 4); // Lyon, Geneva, Paris exact
  close(m.recall as number, 3 / 4);
  close(m.overlap_f1 as number, 1);
  close(m.acc161 as number, 2 / 4); // Lyon, Geneva within; Rhone too far; Paris unresolved
  const rhoneKm = haversineKm(45.5, 4.85, 46.0, 7.6);
  assert.ok(rhoneKm > 161 && rhoneKm < 250, String(rhoneKm));
  // errors: Lyon and Geneva under 1 km, Rhone ~220 km, Paris 20015 km: median = mean of the middle two
  const near = Math.max(haversineKm(45.764, 4.8357, 45.76, 4.84), haversineKm(46.2044, 6.1432, 46.2, 6.15));
  assert.ok(near < 1, String(near));
  close(m.median_km as number, (near + rhoneKm) / 2, 1e-3);
  close(m.country_accuracy as number, 2 / 3);
});

test('haversine and median', () => {
  const km = haversineKm(48.8566, 2.3522, 51.5074, -0.1278); // Paris - London
  assert.ok(km > 340 && km < 346, String(km));
  close(haversineKm(10, 20, 10, 20), 0);
  assert.ok(Math.abs(haversineKm(0, 0, 0, 180) - MAX_ERROR_KM) < 1e-6);
  assert.equal(median([5, 1, 3]), 3);
  assert.equal(median([1, 3, 2, 10]), 2.5);
  assert.equal(median([]), null);
});

test('times: strict versus relaxed matching, type and value accuracy on relaxed matches', () => {
  const text = 'The ceasefire began last Friday and held for three days; talks resume on 12 March.';
  const gold: GoldLine = {
    id: 'd1', task: 'times', text, date: '2024-03-06',
    times: [
      { ...at(text, 'last Friday'), type: 'DATE', value: '2024-03-01' },
      { ...at(text, 'three days'), type: 'DURATION', value: 'P3D' },
      { ...at(text, '12 March'), type: 'DATE', value: '2024-03-12' },
    ],
  };
  const r = emptyReadout(text);
  r.times.push({ ...at(text, 'Friday'), type: 'DATE', value: '2024-03-01' }); // relaxed only, right value
  r.times.push({ ...at(text, 'three days'), type: 'DATE', value: 'P3D' }); // strict, wrong type
  r.times.push({ ...at(text, '12 March'), type: 'DATE', value: '2025-03-12' }); // strict, wrong value
  r.times.push({ ...at(text, 'talks'), type: 'DATE', value: null }); // false alarm
  const s = new TimeScorer();
  s.add(gold, r, doc(text), null);
  const m = s.metrics();
  close(m.strict_f1 as number, prf(2, 4, 3).f1);
  close(m.relaxed_f1 as number, prf(3, 4, 3).f1);
  close(m.type_accuracy as number, 2 / 3);
  close(m.value_accuracy as number, 2 / 3);
});

test('penta: the CAMEO root map and macro-F1', () => {
  assert.equal(Object.keys(ROOT_TO_PENTA).length, 20);
  const expect: Record<number, string[]> = { 0: ['01', '02'], 1: ['03', '04', '05'], 2: ['06', '07', '08'], 3: ['09', '10', '11', '12', '13', '16'], 4: ['14', '15', '17', '18', '19', '20'] };
  for (const [c, roots] of Object.entries(expect)) for (const root of roots) assert.equal(ROOT_TO_PENTA[root], Number(c), root);
  // class 0: P 1, R 0.5 -> 2/3; class 1: P 0.5, R 0.5 -> 0.5
  close(macroF1([[0, 0], [0, 1], [1, 1], [1, null]]), (2 / 3 + 0.5) / 2);
  // restricted classes: a "none" gold label is not averaged, but its false positive still counts
  close(macroF1([[0, 0], ['none', 0]], [0, 1, 2, 3, 4]), prf(1, 2, 1).f1);
});

test('penta map agrees with the shared CAMEO root reference', { skip: needsShared('reference/cameo_roots.json') }, () => {
  const ref = JSON.parse(readFileSync(join(SHARED, 'reference', 'cameo_roots.json'), 'utf8')) as { roots: Array<{ code: string; penta: number }> };
  for (const r of ref.roots) assert.equal(ROOT_TO_PENTA[r.code], r.penta, r.code);
});

test('events: strongest event class, none lines, PLOVER, source/target spans and country codes', () => {
  const t1 = 'Riot police detained dozens of students in the capital after talks with rectors.';
  const t2 = 'The two cabinets pledged closer trade ties.';
  const t3 = 'Snow closed mountain roads on Sunday.';
  const s = new EventScorer();
  const r1 = emptyReadout(t1);
  const police = mention(r1, at(t1, 'Riot police'), 'agent');
  const students = mention(r1, at(t1, 'students'), 'agent');
  const a1 = actor(r1, 'police', [police.id], 'BLRCOP');
  const a2 = actor(r1, 'students', [students.id], 'BLREDU');
  r1.events.push(event(at(t1, 'talks'), '040', 0.3, { source: [a2], target: [] }));
  r1.events.push(event(at(t1, 'detained'), '173', 0.9, { source: [a1], target: [a2], plover: { type: 'COERCE', mode: null } }));
  const g1: GoldLine = {
    id: 'd1', task: 'events', text: t1, date: null,
    events: [{ root: '17', cameo: '173', penta: 4, plover: 'COERCE', mode: null, source: { ...at(t1, 'police'), code: 'BLRGOV' }, target: { ...at(t1, 'dozens of students'), code: 'UKRCVL' } }],
  };
  s.add(g1, r1, doc(t1), null);
  const r2 = emptyReadout(t2); // no event predicted where gold has class 1: wrong
  s.add({ id: 'd2', task: 'events', text: t2, date: null, events: [{ root: null, cameo: null, penta: 1, plover: null, mode: null, source: null, target: null }] }, r2, doc(t2), null);
  const r3 = emptyReadout(t3); // no gold event, none predicted: right ("none")
  s.add({ id: 'd3', task: 'events', text: t3, date: null, events: [] }, r3, doc(t3), null);
  const m = s.metrics();
  close(m.penta_accuracy as number, 2 / 3);
  close(m.penta_macro_f1 as number, (1 + 0) / 2); // class 4: F1 1; class 1: F1 0
  assert.equal(m.plover_accuracy, 1);
  assert.equal(m.root_accuracy, 1);
  // source: gold "police" vs predicted units "Riot police" (event 2) and "students" (event 1): P 1/2, R 1
  close(m.source_f1 as number, prf(1, 2, 1).f1);
  close(m.target_f1 as number, 1);
  assert.equal(m.source_code_accuracy, 1); // BLR = BLR, sector ignored
  assert.equal(m.target_code_accuracy, 0); // BLR != UKR
  assert.equal(countryPart('IGOUNO'), 'IGO');
  assert.equal(countryPart('US'), null);
  // a file without PentaClass gold has no penta metrics, and no span metrics without spans
  const plain = new EventScorer();
  plain.add({ id: 'x', task: 'events', text: t2, date: null, events: [{ root: null, cameo: null, penta: null, plover: 'AGREE', mode: null, source: null, target: null }] }, r2, doc(t2), null);
  assert.deepEqual(Object.keys(plain.metrics()), ['plover_accuracy']);
});

test('gold lines: validation errors say what is wrong', () => {
  const ok = parseGoldLine(JSON.stringify({ id: 'a', task: 'entities', text: 'Rome', date: '2020-01-01', entities: [{ start: 0, end: 4, type: 'LOC' }] }));
  assert.equal(ok.task, 'entities');
  const bad = (line: string, re: RegExp) => assert.throws(() => parseGoldLine(line), (e: unknown) => e instanceof GoldLineError && re.test(e.message));
  bad('{"task": "entities", ', /not valid JSON/);
  bad(JSON.stringify({ task: 'sentiment', text: 'x' }), /unknown task "sentiment"/);
  bad(JSON.stringify({ task: 'entities', text: 'Rome', entities: [{ start: 2, end: 9, type: 'LOC' }] }), /outside the text/);
  bad(JSON.stringify({ task: 'entities', text: 'Rome', entities: [{ start: 0, end: 4, type: 'CITY' }] }), /type must be/);
  bad(JSON.stringify({ task: 'entities', text: 'Rome', entities: [{ start: 3, end: 3, type: 'LOC' }] }), /empty or reversed span/);
  bad(JSON.stringify({ task: 'quotes', text: 'Rome', quotes: [{ content: { start: 0, end: 4 }, cue: { start: -1, end: 2 }, speaker: null }] }), /quotes\[0\]\.cue: offsets -1\.\.2 are outside/);
  bad(JSON.stringify({ task: 'times', text: 'Rome' }), /needs an array "times"/);
  const ev = parseGoldLine(JSON.stringify({ task: 'events', text: 'x y', events: [{ penta: 2, source: { start: null, end: null, code: 'USA' }, target: null }] }));
  assert.ok(ev.task === 'events' && ev.events[0]!.source!.start === null && ev.events[0]!.source!.code === 'USA');
});

test('sampling is deterministic, without replacement, in file order', () => {
  const a = selectLines(100, 10, true, 7);
  assert.deepEqual(a, selectLines(100, 10, true, 7));
  assert.equal(new Set(a).size, 10);
  assert.deepEqual(a, [...a].sort((x, y) => x - y));
  assert.notDeepEqual(a, selectLines(100, 10, true, 8));
  assert.notDeepEqual(a, selectLines(100, 10, false));
  assert.deepEqual(selectLines(5, 3, false), [0, 1, 2]);
  assert.deepEqual(selectLines(3, 10, true), [0, 1, 2]);
});

test('error context marks the span on one line', () => {
  const text = 'First line.\nThe envoy arrived in Oslo today.';
  assert.equal(inContext(text, at(text, 'Oslo'), 30), '…st line. The envoy arrived in «Oslo» today.');
});

test('baseline: compromise match offsets become character spans without the possessive', async () => {
  const text = 'Aid from Barack Obama’s foundation reached Madrid, and Paris sent more.';
  const span = matchSpan(text, [
    { text: 'Barack', offset: { start: 9, length: 6 } },
    { text: 'Obama’s', offset: { start: 16, length: 7 } },
  ]);
  assert.equal(text.slice(span!.start, span!.end), 'Barack Obama');
  const nlp = await loadCompromise();
  // an astral character first: offsets are UTF-16 code units, as in the gold
  const other = '🙂 Talks with Barack Obama’s envoy ended in Madrid.';
  const found = compromiseEntities(nlp, other).map((e) => [e.type, other.slice(e.start, e.end)]);
  assert.ok(found.some(([t, s]) => t === 'LOC' && s === 'Madrid'), JSON.stringify(found));
  assert.ok(found.some(([t, s]) => t === 'PER' && s === 'Barack Obama'), JSON.stringify(found));
});
