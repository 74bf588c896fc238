// Session 13: the entity tagger on names it has never seen: the mean of several training runs
// (docs/TAGGER.md, "Unseen names (session 13)").
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../src/errors.js';
import { parse } from '../src/nlp/doc.js';
import { run as trainCommand } from '../src/cli/train.js';
import { emptyStats, loadExamples } from '../src/tagger/data.js';
import { rng } from '../src/tagger/hash.js';
import { defaultTagger } from '../src/tagger/index.js';
import { NerModel } from '../src/tagger/model.js';
import { train } from '../src/tagger/train.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-tagger-s13-'));

// A small synthetic language: names from fixed lists in a few sentence frames.
const TRAIN_PEOPLE = ['Anna Kovac', 'Bert Lund', 'Carla Ruiz', 'Dev Patel'];
const TRAIN_ORGS = ['Brightwell Corp', 'Nordic Rail'];
const PLACES = ['Velmar', 'Kelso', 'Port Amun'];
const FRAMES = [
  'PER said on Monday that ORG would open an office in LOC .',
  'ORG hired PER as its new chief .',
  'A spokesman for ORG in LOC said PER had resigned .',
  'PER , a lawyer , told reporters in LOC that ORG was wrong .',
  'Shares of ORG fell after PER left LOC .',
];

function language(n: number, seed: number, people: string[], orgs: string[]): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const lines: string[] = [];
  for (let d = 0; d < n; d++) {
    let text = '';
    const entities: { start: number; end: number; type: string }[] = [];
    for (let s = 0; s < 3; s++) {
      let line = '';
      for (const w of pick(FRAMES).split(' ')) {
        const list = w === 'PER' ? people : w === 'ORG' ? orgs : w === 'LOC' ? PLACES : null;
        const word = list === null ? w : pick(list);
        if (line !== '') line += ' ';
        if (list !== null) entities.push({ start: text.length + line.length, end: text.length + line.length + word.length, type: w });
        line += word;
      }
      text += line + '\n';
    }
    lines.push(JSON.stringify({ id: `s13-${seed}-${d}`, task: 'entities', text: text.trimEnd(), entities }));
  }
  const path = join(tmp, `lang-${seed}-${n}.jsonl`);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const noLexicon = { gazetteers: [], clusters: null };

test('several training runs: the model is the mean of the runs, scoring like their average', () => {
  const trainSet = loadExamples(language(40, 9, TRAIN_PEOPLE, TRAIN_ORGS), emptyStats());
  const opts = { epochs: 3, bits: 12, lexicon: noLexicon };
  const one = train(trainSet, [], { ...opts, seed: 4 }).model;
  const other = train(trainSet, [], { ...opts, seed: 4 + 7919 }).model;
  const mean = train(trainSet, [], { ...opts, seed: 4, runs: 2 }).model;
  const real = (m: NerModel, i: number): number => m.weights[i]! * m.scale;
  let compared = 0;
  for (let i = 0; i < mean.weights.length; i++) {
    const want = (real(one, i) + real(other, i)) / 2;
    if (want === 0 && real(mean, i) === 0) continue;
    compared++;
    assert.ok(Math.abs(real(mean, i) - want) <= one.scale + other.scale + mean.scale, `weight ${i}: ${real(mean, i)} vs ${want}`);
  }
  assert.ok(compared > 1000, `${compared} weights compared`);
  // One run is what it always was.
  const single = train(trainSet, [], { ...opts, seed: 4, runs: 1 }).model;
  assert.deepEqual(single.weights, one.weights);
});

test('readout train ner: --runs is checked, and a model of two runs loads', async () => {
  const trainFile = language(6, 1, TRAIN_PEOPLE, TRAIN_ORGS);
  for (const bad of [['--runs', '0'], ['--runs', 'x']]) {
    await assert.rejects(trainCommand(['ner', '--train', trainFile, '--out', join(tmp, 'x.rdner'), '--quiet', ...bad]), (err: unknown) => err instanceof UserError);
  }
  const out = join(tmp, 'two.rdner');
  assert.equal(await trainCommand(['ner', '--train', trainFile, '--out', out, '--epochs', '2', '--runs', '2', '--no-gazetteers', '--quiet']), 0);
  const doc = parse('Bert Lund said on Monday that Nordic Rail would open an office in Kelso .');
  assert.ok(NerModel.load(out).tag(doc).length > 0);
});

test('the shipped model finds the names of invented people and firms in news sentences', () => {
  const cases: [string, string, string][] = [
    ['Ramona Threlkeld, a spokeswoman for the ministry, said the talks had failed.', 'Ramona Threlkeld', 'PER'],
    ['Opposition leader Tavish Obuya-Mensah called for new elections on Sunday.', 'Tavish Obuya-Mensah', 'PER'],
    ['Shares of Quillmore Holdings Inc fell 4 percent in early trading in New York.', 'Quillmore Holdings Inc', 'ORG'],
    ['The talks were held in Varnoye, a town near the border, officials said.', 'Varnoye', 'LOC'],
  ];
  const tagger = defaultTagger();
  for (const [text, name, type] of cases) {
    const doc = parse(text);
    const found = tagger.tag(doc).map((s) => [text.slice(doc.start[s.tokStart]!, doc.end[s.tokEnd - 1]!), s.type]);
    assert.ok(found.some(([n, t]) => n === name && t === type), `${name} ${type} in ${JSON.stringify(found)}`);
  }
});
