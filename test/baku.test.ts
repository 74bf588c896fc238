// The seed story against what a careful human coder takes out of it (../shared/examples), field by field.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { assertValidReadout } from './contract.js';
import { checkExpectation, type Expectation } from './expect-check.js';
import { needsShared, SHARED } from './helpers.js';

const skip = needsShared('examples/baku-call.expect.json');
const textPath = join(SHARED, 'examples', 'baku-call.txt');
const expPath = join(SHARED, 'examples', 'baku-call.expect.json');

if (skip) {
  test('baku-call against its human coding', { skip }, () => {});
} else if (existsSync(textPath)) {
  const text = readFileSync(textPath, 'utf8');
  const exp = JSON.parse(readFileSync(expPath, 'utf8')) as Expectation;
  const r = code(text);
  test('baku-call: valid readout/1', () => assertValidReadout(r, text));
  for (const c of checkExpectation(r, exp)) {
    test(`baku-call: ${c.what}`, () => assert.ok(c.ok, `${c.what}: ${c.detail}`));
  }
}

test('the expectation checker fails an empty readout', () => {
  const exp: Expectation = {
    document: { source_agency: 'AFP' },
    actors: [{ name: 'Jane Doe', country: 'FRA' }],
    events: [{ what: 'x', root: ['04'], source: 'Jane Doe' }],
  };
  const r = code('Police arrested two men in Paris on Monday.');
  const failed = checkExpectation(r, exp).filter((c) => !c.ok).map((c) => c.what);
  assert.deepEqual(failed, ['agency', 'actor Jane Doe', 'event: x']);
});
