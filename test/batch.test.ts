// Batch coding runs each stage over many stories before the next stage: it must give exactly the
// readouts of coding story by story, and a bad story must fail alone.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { code, codeBatch, STAGE_NAMES } from '../src/readout.js';
import type { StoryInput } from '../src/source/types.js';
import { ROOT } from './helpers.js';

function samples(): string[] {
  const dir = join(ROOT, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

test('a batch gives the readouts of story-by-story coding, in order', () => {
  const stories = [
    ...samples(),
    'date 2021-03-04\nKABUL, March 4 (Reuters) - Police said gunmen killed two guards on Wednesday.',
    { text: 'The minister met his Turkish counterpart in Ankara on Monday, the ministry said.', date: '2020-01-06' },
  ];
  const batch = codeBatch(stories, { date: null });
  assert.equal(batch.length, stories.length);
  stories.forEach((s, k) => {
    const r = batch[k]!;
    assert.equal(r.error, null);
    assert.deepEqual(r.readout, code(s));
  });
});

test('a story that fails in a batch gets its error; the others are coded', () => {
  const good = 'The army said rebels attacked a convoy near the border on Friday.';
  // Not a story (the CLI rejects it before coding): code() throws, and so does its place in a batch.
  const bad = { text: 5 } as unknown as StoryInput;
  const batch = codeBatch([good, bad, good]);
  assert.deepEqual(batch[0]!.readout, code(good));
  assert.equal(batch[1]!.readout, null);
  assert.ok(batch[1]!.error instanceof TypeError);
  assert.throws(() => code(bad), TypeError);
  assert.deepEqual(batch[2]!.readout, code(good));
});

test('the --date override applies to every story of a batch', () => {
  const batch = codeBatch(['Talks resumed yesterday.', 'Fighting stopped on Tuesday.'], { date: '2022-05-05' });
  for (const r of batch) assert.equal(r.readout?.meta.date, '2022-05-05');
});

test('stage timings add up per stage and leave the readouts unchanged', () => {
  const stories = samples();
  const ms = new Float64Array(STAGE_NAMES.length);
  const timed = codeBatch(stories, { stageMs: ms });
  assert.deepEqual(
    timed.map((c) => c.readout),
    codeBatch(stories).map((c) => c.readout),
  );
  // Every stage ran (parsing and events take measurable time on the samples), none is negative.
  for (const v of ms) assert.ok(v >= 0 && Number.isFinite(v));
  assert.ok(ms[STAGE_NAMES.indexOf('parse')]! > 0);
  assert.ok(ms[STAGE_NAMES.indexOf('events')]! > 0);
  // A second batch adds to the same array.
  const before = ms[STAGE_NAMES.indexOf('parse')]!;
  codeBatch(stories, { stageMs: ms });
  assert.ok(ms[STAGE_NAMES.indexOf('parse')]! > before);
});
