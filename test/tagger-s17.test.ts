// Session 17: `readout train ner --lexicon-from MODEL` retrains the weights over another model's
// gazetteer snapshot and word clusters (docs/TAGGER.md, "Retraining the weights only").
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { UserError } from '../src/errors.js';
import { run as trainCommand } from '../src/cli/train.js';
import { parse } from '../src/nlp/doc.js';
import { NerModel } from '../src/tagger/model.js';
import type { LexiconData } from '../src/tagger/lexicon.js';

const tmp = mkdtempSync(join(tmpdir(), 'readout-tagger-s17-'));

function trainFile(): string {
  const sentences = [
    ['Anna Kovac', 'PER', ' said the office in ', 'Kelso', 'LOC', ' would open .'],
    ['Bert Lund', 'PER', ' left ', 'Port Amun', 'LOC', ' on Monday .'],
    ['Carla Ruiz', 'PER', ' told reporters in ', 'Velmar', 'LOC', ' that prices rose .'],
  ];
  const lines: string[] = [];
  for (let d = 0; d < 12; d++) {
    let text = '';
    const entities: { start: number; end: number; type: string }[] = [];
    for (const [n1, t1, mid, n2, t2, end] of [sentences[d % 3]!, sentences[(d + 1) % 3]!]) {
      entities.push({ start: text.length, end: text.length + n1!.length, type: t1! });
      text += n1! + mid!;
      entities.push({ start: text.length, end: text.length + n2!.length, type: t2! });
      text += n2! + end! + '\n';
    }
    lines.push(JSON.stringify({ id: `s17-${d}`, task: 'entities', text: text.trimEnd(), entities }));
  }
  const path = join(tmp, 'train.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

test('readout train ner --lexicon-from keeps the given model\'s gazetteers and clusters', async () => {
  const lexicon: LexiconData = {
    gazetteers: [{ name: 'places', phrases: ['kelso', 'port amun', 'velmar'] }],
    clusters: { words: ['kelso', 'velmar', 'monday'], ids: [[1, 1, 2], [0, 0, 1]] },
  };
  const from = join(tmp, 'from.rdner');
  new NerModel(12, lexicon).save(from, {});
  const train = trainFile();
  const out = join(tmp, 'retrained.rdner');
  assert.equal(await trainCommand(['ner', '--train', train, '--out', out, '--epochs', '3', '--bits', '12', '--lexicon-from', from, '--quiet']), 0);
  const model = NerModel.load(out);
  assert.deepEqual(model.lexicon.data, lexicon);
  const doc = parse('Bert Lund said the office in Kelso would open .');
  assert.deepEqual(model.tag(doc).map((s) => s.type), ['PER', 'LOC']);
  // It takes the whole lexicon: building one as well is refused, and so is a file that is no model.
  await assert.rejects(trainCommand(['ner', '--train', train, '--out', out, '--lexicon-from', from, '--no-gazetteers', '--quiet']), (err: unknown) => err instanceof UserError);
  const bogus = join(tmp, 'bogus.rdner');
  writeFileSync(bogus, 'not a model');
  await assert.rejects(trainCommand(['ner', '--train', train, '--out', out, '--lexicon-from', bogus, '--quiet']), (err: unknown) => err instanceof UserError && err.message.includes(bogus) && !err.message.includes('\n'));
  await assert.rejects(trainCommand(['ner', '--train', train, '--out', out, '--lexicon-from', join(tmp, 'missing.rdner'), '--quiet']), (err: unknown) => err instanceof UserError && /missing\.rdner/.test(err.message));
});
