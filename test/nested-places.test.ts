import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readoutEntities } from '../src/eval/entities.js';
import { code } from '../src/readout.js';

const TEXT = 'The Ohio Department of Health said on Monday that cases rose, and the Richmond Police Department arrested two men.';

test('a place named inside an organisation is resolved as a place, and the organisation stays an actor', () => {
  const r = code(TEXT);
  const ohio = r.places.find((p) => p.name === 'Ohio');
  assert.ok(ohio, `places: ${r.places.map((p) => p.name).join(', ')}`);
  assert.equal(ohio.country, 'US');
  const m = r.mentions.find((x) => ohio.mentions.includes(x.id))!;
  assert.equal(m.actor, null, 'the nested place refers to no actor');
  const org = r.mentions.find((x) => x.kind === 'organisation' && x.start <= m.start && m.end <= x.end);
  assert.ok(org, 'inside an organisation mention');
  assert.ok(org.actor !== null, 'the organisation is an actor');
});

test('CoNLL entity scoring counts the organisation, not the place inside it', () => {
  const ents = readoutEntities(code(TEXT)).map((e) => `${TEXT.slice(e.start, e.end)}/${e.type}`);
  assert.ok(!ents.includes('Ohio/LOC'), ents.join(', '));
  assert.ok(ents.some((e) => e.startsWith('Ohio Department of Health') && e.endsWith('/ORG')), ents.join(', '));
});
