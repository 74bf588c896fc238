// Event codes (helper s9b-codes): which CAMEO code the sentence's strongest event gets, on invented wire
// sentences. The strongest event (highest confidence, first on ties) is what the eval scores.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

function strongest(r: Readout): EventOut | undefined {
  let best: EventOut | undefined;
  for (const e of r.events) if (best === undefined || e.confidence > best.confidence) best = e;
  return best;
}

const shown = (r: Readout): string => JSON.stringify(r.events.map((x) => [x.trigger.text, x.cameo, x.confidence]));

test('a cessation of hostilities or of fighting is a ceasefire (0871), not the fighting it ends', () => {
  for (const s of [
    'The army chief on Sunday declared a unilateral cessation of hostilities in the northern provinces.',
    'Both militias announced a cessation of fighting around the port.',
  ]) {
    const r = code(s);
    assert.equal(strongest(r)?.cameo, '0871', shown(r));
  }
});

test('returning or repatriating cultural property is a return of property (0842), with or without a "to" phrase', () => {
  for (const s of [
    'Italy on Friday repatriated a looted Roman statue.',
    'The German museum returned the bronze artefacts last week.',
    'France gave back 26 royal treasures to Benin.',
  ]) {
    const r = code(s);
    assert.equal(strongest(r)?.cameo, '0842', `${s} ${shown(r)}`);
  }
});

test('an -ing participle right after a noun describes it ("the militia fighting the army"): the main verb is the event', () => {
  const r = code('The armed group fighting government troops in the east has declared a unilateral ceasefire.');
  assert.equal(strongest(r)?.cameo, '0871', shown(r));
  const b = code('Militias opposing the government agreed to a truce on Sunday.');
  assert.equal(strongest(b)?.cameo?.slice(0, 2), '03', shown(b));
});

test('"the internationally recognised government" describes a government: no recognition (054); "recognised the government of X" still is', () => {
  const r = code("Somalia's internationally recognized government announced a truce with the clan militias on Friday.");
  assert.equal(strongest(r)?.cameo, '0871', shown(r));
  assert.ok(!r.events.some((e) => e.cameo === '054'), shown(r));
  const b = code('Norway recognised the government of Kosovo in 2008.');
  assert.equal(strongest(b)?.cameo, '054', shown(b));
});

test('a strike by workers or over pay is a labour strike (143), not a military strike (190)', () => {
  for (const s of [
    'The strike by rail workers entered its second week on Monday.',
    'Hospital staff in Lagos began a strike over unpaid salaries.',
  ]) {
    const r = code(s);
    assert.equal(strongest(r)?.cameo, '143', `${s} ${shown(r)}`);
  }
  const m = code('The strike by government aircraft destroyed a rebel depot.');
  assert.ok(!m.events.some((e) => e.cameo === '143'), shown(m));
});

test("welcoming a visitor's statement or offer is praise (051); welcoming the visitor is hosting (043)", () => {
  const r = code("India welcomed the Pakistani prime minister's offer of talks.");
  assert.equal(strongest(r)?.cameo, '051', shown(r));
  const b = code('Poland welcomed the Czech president in Warsaw on Monday.');
  assert.equal(strongest(b)?.cameo, '043', shown(b));
});
