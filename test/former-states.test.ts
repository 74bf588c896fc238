// Former names and states (data/countries.json) are coded as their successor state.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('the Soviet Union, Kampuchea and Zairean troops are coded as their successor states', () => {
  const r = code('The Soviet Union accused Kampuchea of shelling the border, and Zairean troops crossed into Angola.');
  const codes = r.actors.map((a) => a.code);
  assert.ok(codes.includes('RUS'), JSON.stringify(codes));
  assert.ok(codes.includes('KHM'), JSON.stringify(codes));
  assert.ok(codes.includes('CODMIL'), JSON.stringify(codes));
});
