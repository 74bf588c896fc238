import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { code, contentId } from '../src/readout.js';
import { assertValidReadout } from './contract.js';
import { fixture, ROOT } from './helpers.js';

function stories(): { name: string; text: string }[] {
  const dirs = [fixture('stories'), join(ROOT, 'samples')].filter((d) => existsSync(d));
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => ({ name: f, text: readFileSync(join(d, f), 'utf8') })),
  );
}

test('every bundled story codes to a valid readout/1 document', () => {
  const all = stories();
  assert.ok(all.length >= 4);
  for (const s of all) {
    const r = code(s.text);
    assert.equal(r.schema, 'readout/1');
    assert.equal(r.id, contentId(s.text));
    assertValidReadout(r, s.text);
  }
});

test('coding is deterministic and pure', () => {
  const s = stories()[0]!;
  assert.equal(JSON.stringify(code(s.text)), JSON.stringify(code(s.text)));
});

test('metadata: date line, dateline and agency are read off wire copy', () => {
  const text = readFileSync(fixture('stories/tbilisi-talks.txt'), 'utf8');
  const r = code(text);
  assert.equal(r.meta.date, '2025-04-14');
  assert.equal(r.meta.dateline?.text, 'TBILISI, Georgia');
  assert.equal(r.meta.agency?.name, 'AFP');
  assert.equal(text.slice(...r.meta.agency!.span), 'AFP');
  const lagos = code(readFileSync(fixture('stories/lagos-strike.txt'), 'utf8'));
  assert.equal(lagos.meta.agency?.name, 'Reuters');
  assert.equal(lagos.meta.dateline?.text, 'LAGOS, Nigeria');
  const dc = code(readFileSync(fixture('stories/washington-trip.txt'), 'utf8'));
  assert.equal(dc.meta.agency?.name, 'AP');
  assert.equal(dc.meta.date, '2024-01-09');
  assert.equal(code(text, { date: '2025-05-01' }).meta.date, '2025-05-01', '--date overrides');
  assert.equal(code({ text: 'Police arrested two men.', date: '2020-02-02' }).meta.date, '2020-02-02');
});

test('a shouted headline is not mistaken for a dateline', () => {
  const r = code(readFileSync(fixture('stories/headline-only.txt'), 'utf8'));
  assert.equal(r.meta.dateline, null);
  assert.equal(r.sentences.length, 1);
});
