// The entity tagger: training on a synthetic language, the model file format, the constrained
// decoder, and the shipped English news model on sentences written for these tests.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { UserError } from '../src/errors.js';
import { parse, type Doc } from '../src/nlp/doc.js';
import { rng } from '../src/tagger/hash.js';
import { emptyStats, loadExamples } from '../src/tagger/data.js';
import { defaultTagger, loadTagger, ModelFileError, type EntitySpan } from '../src/tagger/index.js';
import { allowed, isInside, LABELS, NerModel, NUM_LABELS } from '../src/tagger/model.js';
import { evaluate, train } from '../src/tagger/train.js';
import { run as trainCommand } from '../src/cli/train.js';
import { needsShared, SHARED } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-tagger-'));

// A tiny synthetic language: fixed name lists in a few sentence frames. Entities are written as
// [TYPE words] and turned into readout-gold/1 records.
const PEOPLE = ['Anna Kovac', 'Bert Lund', 'Carla Ruiz', 'Dev Patel', 'Emil Stroh', 'Fay Okoro'];
const PLACES = ['Velmar', 'Ostrava Bay', 'Kelso', 'Port Amun', 'Lindow'];
const ORGS = ['Brightwell Corp', 'Nordic Rail', 'Vantar Group', 'Cobalt Bank'];
const MISC = ['Velmarian', 'Kelsonian', 'Amunite'];
const FRAMES = [
  'PER said on Monday that ORG would open an office in LOC .',
  'The MISC delegation met PER in LOC .',
  'ORG hired PER as its new chief .',
  'Officials in LOC said ORG had paid the MISC workers .',
  'PER and PER travelled from LOC to LOC .',
];

function synthetic(n: number, seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const lines: string[] = [];
  for (let d = 0; d < n; d++) {
    let text = '';
    const entities: { start: number; end: number; type: string }[] = [];
    for (let s = 0; s < 3; s++) {
      const frame = pick(FRAMES).split(' ');
      const words: string[] = [];
      for (const w of frame) {
        const list = w === 'PER' ? PEOPLE : w === 'LOC' ? PLACES : w === 'ORG' ? ORGS : w === 'MISC' ? MISC : null;
        if (list === null) {
          words.push(w);
          continue;
        }
        const name = pick(list);
        const start = text.length + words.join(' ').length + (words.length > 0 ? 1 : 0);
        entities.push({ start, end: start + name.length, type: w });
        words.push(name);
      }
      text += words.join(' ') + '\n';
    }
    lines.push(JSON.stringify({ id: `syn-${seed}-${d}`, task: 'entities', text: text.trimEnd(), entities }));
  }
  const path = join(tmp, `syn-${seed}-${n}.jsonl`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

let tiny: NerModel | null = null;
function tinyModel(): NerModel {
  if (tiny !== null) return tiny;
  const trainSet = loadExamples(synthetic(150, 1), emptyStats());
  tiny = train(trainSet, [], { epochs: 8, seed: 3, bits: 14, lexicon: { gazetteers: [], clusters: null } }).model;
  return tiny;
}

test('the trainer learns a tiny synthetic language to 100% on unseen sentences', () => {
  const stats = emptyStats();
  const held = loadExamples(synthetic(20, 99), stats);
  assert.equal(stats.misaligned, 0);
  const s = evaluate(tinyModel(), held);
  assert.equal(s.micro.f1, 1, JSON.stringify(s.micro));
});

test('training is deterministic for a seed', () => {
  const set = loadExamples(synthetic(15, 5), emptyStats());
  const opts = { epochs: 2, seed: 11, bits: 12, lexicon: { gazetteers: [], clusters: null } };
  const a = train(set, [], opts).model;
  const b = train(set, [], opts).model;
  assert.deepEqual(Array.from(a.weights), Array.from(b.weights));
});

test('save and load round-trip gives identical predictions', () => {
  const model = tinyModel();
  const path = join(tmp, 'tiny.rdner');
  model.save(path);
  const loaded = loadTagger(path);
  const docs = loadExamples(synthetic(10, 7), emptyStats()).map((e) => e.doc);
  docs.push(parse('Anna Kovac flew from Kelso to Velmar with staff of Cobalt Bank and two Amunite engineers.'));
  let spans = 0;
  for (const d of docs) {
    const before = model.tag(d);
    const after = loaded.tag(d);
    spans += before.length;
    assert.deepEqual(
      after.map((s) => [s.tokStart, s.tokEnd, s.type]),
      before.map((s) => [s.tokStart, s.tokEnd, s.type]),
    );
  }
  assert.ok(spans > 20);
});

test('the decoder never emits I- without its B-, even with weights that favour I- labels', () => {
  const model = new NerModel(10, { gazetteers: [], clusters: null });
  const r = rng(42);
  for (let i = 0; i < model.weights.length; i++) model.weights[i] = (r() - 0.5) * 10 + (isInside(i % NUM_LABELS) ? 6 : 0);
  for (let i = 0; i < model.trans.length; i++) model.trans[i] = (r() - 0.5) * 10 + (isInside(i % NUM_LABELS) ? 8 : 0);
  const doc = parse('Words of a sentence, with Names and Places in it. Another sentence follows here, longer than the first one was. Short.');
  const feats = model.featurize(doc);
  const out = new Uint8Array(doc.length);
  let insides = 0;
  for (let s = 0; s < doc.sentStart.length; s++) {
    const a = doc.sentStart[s]!;
    const b = doc.sentEnd[s]!;
    model.decode(feats, a, b, out);
    for (let i = a; i < b; i++) {
      const prev = i === a ? -1 : out[i - 1]!;
      if (isInside(out[i]!)) insides++;
      assert.ok(allowed(prev, out[i]!), `${LABELS[prev] ?? 'start'} -> ${LABELS[out[i]!]} at token ${i}`);
    }
  }
  assert.ok(insides > 0, 'the weights should make the decoder want I- labels');
  for (const span of model.tag(doc)) assert.ok(span.tokEnd > span.tokStart);
});

test('bad model files give a one-line error naming the file', () => {
  const good = join(tmp, 'good.rdner');
  tinyModel().save(good);
  const bytes = readFileSync(good);
  const cases: [string, Buffer | null, RegExp][] = [
    ['missing.rdner', null, /file not found/],
    ['truncated.rdner', bytes.subarray(0, bytes.length - 100), /truncated/],
    ['empty.rdner', Buffer.alloc(0), /bad magic/],
    ['text.rdner', Buffer.from('{"not": "a model"}'), /bad magic/],
  ];
  const other = Buffer.from(bytes);
  other[5] = 9; // format version byte
  cases.push(['version.rdner', other, /version 9/]);
  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 10]! ^= 0xff;
  cases.push(['corrupt.rdner', flipped, /checksum/]);
  for (const [name, content, why] of cases) {
    const path = join(tmp, name);
    if (content !== null) writeFileSync(path, content);
    assert.throws(
      () => loadTagger(path),
      (err: unknown) => {
        assert.ok(err instanceof ModelFileError && err instanceof UserError, String(err));
        assert.ok(err.message.includes(path), err.message);
        assert.match(err.message, why);
        assert.ok(!err.message.includes('\n'));
        return true;
      },
    );
  }
});

function spansText(doc: Doc, spans: EntitySpan[]): string[] {
  return spans.map((s) => `${s.type}:${doc.text.slice(doc.start[s.tokStart]!, doc.end[s.tokEnd - 1]!)}`);
}

test('the shipped model finds persons, organisations and places in news sentences', () => {
  const tagger = defaultTagger();
  const cases: [string, string[]][] = [
    [
      'Prime Minister Helen Carver told reporters in Wellington on Tuesday that her government would not raise taxes.',
      ['PER:Helen Carver', 'LOC:Wellington'],
    ],
    [
      'Shares of General Motors fell 3 percent in New York after the carmaker cut its profit forecast.',
      ['ORG:General Motors', 'LOC:New York'],
    ],
    [
      'The United Nations said aid convoys had reached the town of Goma in eastern Congo, where fighting displaced thousands.',
      ['ORG:United Nations', 'LOC:Goma', 'LOC:Congo'],
    ],
    [
      'Opposition leader Marek Novak accused the ruling party of rigging the vote, the Czech news agency CTK reported.',
      ['PER:Marek Novak', 'MISC:Czech', 'ORG:CTK'],
    ],
  ];
  for (const [text, expected] of cases) {
    const doc = parse(text);
    const spans = tagger.tag(doc);
    const found = spansText(doc, spans);
    for (const e of expected) assert.ok(found.includes(e), `${e} not in ${JSON.stringify(found)} for: ${text}`);
    for (const s of spans) assert.ok(s.score > 0 && s.score <= 1);
  }
  // Sentences without names give nothing.
  assert.deepEqual(tagger.tag(parse('prices rose sharply in the afternoon as traders bought back shares.')), []);
  assert.deepEqual(tagger.tag(parse('')), []);
});

test('the fast path of a loaded model (per-word-type sums) scores exactly as the full feature path', () => {
  const path = join(fileURLToPath(new URL('../../models/', import.meta.url)), 'ner-en-news.rdner');
  const fast = loadTagger(path);
  const slow = loadTagger(path);
  // Float32 weights with the same integer values take the full extractor (the training path).
  slow.model.weights = Float32Array.from(slow.model.weights);
  const dir = fileURLToPath(new URL('../../samples/', import.meta.url));
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  assert.ok(texts.length >= 10, 'the bundled samples should be there');
  let entities = 0;
  // Twice over, so the second pass reads word types cached by the first; then again after the fast
  // path has forgotten its words (as it does past its size limit in a long run) and reuses its slots.
  for (const [k, text] of [...texts, ...texts, ...texts].entries()) {
    if (k === 2 * texts.length) fast.model.features.clearWords();
    const doc = parse(text);
    const a = fast.tag(doc);
    const b = slow.tag(doc);
    assert.deepEqual(a, b);
    entities += a.length;
  }
  assert.ok(entities > 100, `expected many entities in the samples, got ${entities}`);
});

test('tokens far from any name-like word are O without scoring, and names keep the labels of a full decode', () => {
  const path = join(fileURLToPath(new URL('../../models/', import.meta.url)), 'ner-en-news.rdner');
  const tagger = loadTagger(path);
  const model = tagger.model;
  const text =
    'The Palestinian self-rule Authority met officials of the Bank of England in Hong Kong-based offices, ' +
    'and prices of U.S.-made parts rose while the talks went on for most of the week without a deal.';
  const doc = parse(text);
  const spans = tagger.tag(doc);
  const active = model.features.active;
  const word = (i: number): string => doc.form[i]!;
  const activeWords = (): string[] => Array.from({ length: doc.length }, (_, i) => i).filter((i) => active[i] === 1).map(word);
  // Lower-case words next to a name, and whole hyphenated runs with a capital, are scored ...
  for (const w of ['self', 'rule', 'of', 'based', 'made', 'Bank', 'Kong']) assert.ok(activeWords().includes(w), `${w} should be scored`);
  // ... words of a lower-case stretch are not.
  for (const w of ['talks', 'went', 'most', 'week', 'deal']) assert.ok(!activeWords().includes(w), `${w} should be fixed to O`);
  assert.ok(spans.some((s) => doc.text.slice(doc.start[s.tokStart]!, doc.end[s.tokEnd - 1]!) === 'Bank of England'));
  // The same sentence decoded in full, every token scored: same spans wherever that decode puts the
  // fixed tokens at O (which it does here).
  const feats = model.featurize(doc);
  const full = new Uint8Array(doc.length);
  const keys = model.tokenKeys(doc.length);
  model.features.setHistory(feats, 0, keys, 0, doc.length);
  model.decode(feats, 0, doc.length, full);
  const labelsOf = new Uint8Array(doc.length);
  for (const s of spans) for (let i = s.tokStart; i < s.tokEnd; i++) labelsOf[i] = 1 + 2 * ['PER', 'ORG', 'LOC', 'MISC'].indexOf(s.type) + (i > s.tokStart ? 1 : 0);
  for (let i = 0; i < doc.length; i++) if (active[i] === 0) assert.equal(full[i], 0, `full decode labels fixed token ${word(i)}`);
  assert.deepEqual(Array.from(labelsOf), Array.from(full));
});

test('readout train ner writes a model that loads, and rejects bad invocations with one-line errors', async () => {
  const out = join(tmp, 'cli.rdner');
  const trainFile = synthetic(40, 21);
  const devFile = synthetic(10, 22);
  const code = await trainCommand(['ner', '--train', trainFile, '--dev', devFile, '--out', out, '--epochs', '3', '--no-gazetteers', '--quiet']);
  assert.equal(code, 0);
  const tagger = loadTagger(out);
  const doc = parse('Carla Ruiz said on Monday that Nordic Rail would open an office in Lindow .');
  assert.ok(tagger.tag(doc).length >= 2);
  const bad: [string[], RegExp][] = [
    [['ner', '--train', join(tmp, 'nope.jsonl'), '--out', out], /nope\.jsonl: no such file/],
    [['ner', '--out', out], /--train FILE and --out MODEL are required/],
    [['ner', '--train', trainFile, '--out', out, '--epochs', 'many'], /--epochs must be an integer/],
    [['pos', '--train', trainFile, '--out', out], /only 'ner'/],
  ];
  const notGold = join(tmp, 'not-gold.jsonl');
  writeFileSync(notGold, '{"id": "x", "text": "no entities array"}\n');
  bad.push([['ner', '--train', notGold, '--out', out], /not-gold\.jsonl:1: not a readout-gold\/1 entities record/]);
  for (const [args, why] of bad) {
    await assert.rejects(trainCommand(args), (err: unknown) => {
      assert.ok(err instanceof UserError, String(err));
      assert.match(err.message, why);
      return true;
    });
  }
});

test('CoNLL gold aligns to runtime tokens', { skip: needsShared('gold/dev/entities-conll2003-testa.jsonl') }, () => {
  const stats = emptyStats();
  loadExamples(join(SHARED, 'gold/dev/entities-conll2003-testa.jsonl'), stats);
  assert.ok(stats.entities > 5000);
  assert.ok(stats.misaligned / stats.entities < 0.005, JSON.stringify(stats));
});
