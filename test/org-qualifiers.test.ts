// A demonym or country right before an organisation name gives the organisation its country and is
// no actor of its own: one source, not two. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('"The Azerbaijani Foreign Ministry condemned ..." has one source, the ministry', () => {
  const r = code('BAKU, Azerbaijan, August 15. The Azerbaijani Foreign Ministry condemned the provocation, Trend reports.');
  const byId = new Map(r.actors.map((a) => [a.id, a]));
  const condemn = r.events.find((e) => e.root === '11');
  assert.ok(condemn, JSON.stringify(r.events.map((e) => e.cameo)));
  assert.deepEqual(condemn.source.map((id) => byId.get(id)?.code), ['AZEGOV']);
  // The demonym is still an entity of the text, nested in the organisation's phrase.
  assert.ok(r.mentions.some((m) => m.text === 'Azerbaijani' && m.actor === null));
});

test('officials of a coded organisation carry its code', () => {
  const r = code('Red Cross officials suspended aid deliveries on Wednesday, and NATO troops arrived.');
  const codes = r.actors.map((a) => a.code);
  assert.ok(codes.includes('NGOHLHIRC'), JSON.stringify(codes));
  assert.ok(!codes.includes('NGOGOV'), JSON.stringify(codes));
  assert.ok(codes.includes('IGOWSTNAT'), JSON.stringify(codes));
});
