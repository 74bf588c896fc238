// "The ministry said" after "the Azerbaijani Defense Ministry": a bare definite agent refers to the
// latest organisation whose name ends in its head noun.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('"the ministry" is the Defense Ministry named before it', () => {
  const r = code(
    'BAKU, Azerbaijan, August 15. Armenian forces subjected Azerbaijani positions to fire, the Azerbaijani Defense Ministry said, Trend reports. ' +
      'The ministry said the army took retaliatory measures.',
  );
  const ministries = r.actors.filter((a) => /ministry/i.test(a.name));
  assert.equal(ministries.length, 1, JSON.stringify(r.actors.map((a) => a.name)));
  assert.equal(ministries[0]!.code, 'AZEGOV');
  assert.equal(ministries[0]!.mentions.length, 2);
});
