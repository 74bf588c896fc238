// A title's "for" phrase naming a domain or region stays in the title when a name follows it
// ("Special Representative for the South Caucasus Toivo Klaar"); a spokesman's or adviser's "for"
// names whom they serve, never the person. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('a representative for a region, with the name after it, is one person coded by the qualifier', () => {
  const r = code("BAKU, Azerbaijan, October 12. The minister met the European Union's Special Representative for the South Caucasus Toivo Klaar, Trend reports.");
  const klaar = r.actors.find((a) => a.name === 'Toivo Klaar');
  assert.ok(klaar, JSON.stringify(r.actors.map((a) => a.name)));
  assert.equal(klaar.code, 'IGOEUREEC');
  assert.equal(klaar.title, 'Envoy');
});

test('"a spokesman for Chancellor X" is the spokesman, not the chancellor', () => {
  const r = code('VIENNA (Reuters) - A spokesman for Chancellor Karl Brandner said the government would not resign.');
  const texts = r.mentions.map((m) => m.text);
  assert.ok(texts.includes('Chancellor Karl Brandner'), JSON.stringify(texts));
  assert.ok(!texts.some((t) => t.startsWith('A spokesman for')), JSON.stringify(texts));
});

test('a legislator\'s constituency after the title ("Senator from Vermont X") keeps the title with the name', () => {
  const r = code('WASHINGTON (Reuters) - United States Senator from Ohio Margaret Dunlow endorsed the governor on Monday. Dunlow said the party must unite.');
  const dunlow = r.actors.find((a) => a.name === 'Margaret Dunlow');
  assert.ok(dunlow, JSON.stringify(r.actors.map((a) => a.name)));
  assert.equal(dunlow.code, 'USALEG');
  assert.equal(dunlow.title, 'Senator');
  assert.ok(!r.actors.some((a) => a.name === 'United States Senator'), JSON.stringify(r.actors.map((a) => a.name)));
  const endorse = r.events.find((e) => e.trigger.text === 'endorsed');
  assert.ok(endorse);
  assert.deepEqual(endorse.source, [dunlow.id]);
});
