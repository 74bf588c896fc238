// "X subjected Y to fire / shelling": the phrasing of defence ministries' ceasefire reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('"subjected ... to fire" is an assault attributed to the ministry that reports it, "to shelling" artillery', () => {
  const r = code(
    'BAKU, Azerbaijan, August 15. Armenian forces subjected Azerbaijani positions to fire, the ministry said, Trend reports. ' +
      'Armenian units also subjected the village of Kokhanabi to shelling. The plan is subject to approval by parliament.',
  );
  const codes = r.events.map((e) => e.cameo);
  assert.ok(codes.includes('190'), JSON.stringify(codes));
  assert.ok(codes.includes('194'), JSON.stringify(codes));
  const fire = r.events.find((e) => e.cameo === '190')!;
  assert.equal(fire.attribution?.cue?.text, 'said');
  assert.equal(codes.length, 2, 'subject to approval is no event');
});
