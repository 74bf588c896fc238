// Event targets (helper s6): coordinated target lists, pairs referred back to ("the two countries",
// "both sides", "each other"), on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

function codes(r: Readout, ids: readonly string[]): string[] {
  return ids.map((id) => r.actors.find((a) => a.id === id)?.code ?? id);
}

/** "SRC>TGT" of each event whose trigger starts with `word`, by the country part of the actor codes. */
function dyads(r: Readout, word: string): string[] {
  return r.events
    .filter((e: EventOut) => e.trigger.text.startsWith(word))
    .map((e) => `${codes(r, e.source).map((c) => c.slice(0, 3)).join(',')}>${codes(r, e.target).map((c) => c.slice(0, 3)).join(',')}`);
}

test('a list of targets after a comma is one event per member ("aid to Chad, Niger and Mali")', () => {
  const r = code('The European Union suspended budget aid to Chad, Niger and Mali on Tuesday.');
  const got = dyads(r, 'suspended');
  for (const want of ['IGO>TCD', 'IGO>NER', 'IGO>MLI']) assert.ok(got.includes(want), `${want} not in ${JSON.stringify(got)}`);
  const spans = r.events.filter((e) => e.trigger.text.startsWith('suspended')).map((e) => e.target_span?.text);
  assert.ok(spans.includes('Niger') && spans.includes('Mali'), JSON.stringify(spans));
});

test('a joint-act partner list keeps its "with": "held talks with X and Y" is coded both ways', () => {
  const r = code('The Kenyan finance minister held talks with the World Bank and the International Monetary Fund on Monday.');
  const got = dyads(r, 'held talks');
  assert.ok(got.some((d) => d.startsWith('KEN>')), JSON.stringify(got));
  assert.ok(got.some((d) => d.endsWith('>KEN')), JSON.stringify(got));
});

test('"the two countries" in a later sentence is the pair named before: its joint act goes both ways', () => {
  const r = code('Armenia and Azerbaijan held a first round of talks in Moscow on Monday. The two countries agreed on Tuesday to reopen their border.');
  const got = dyads(r, 'agreed');
  assert.ok(got.includes('ARM>AZE') && got.includes('AZE>ARM'), JSON.stringify(got));
});

test('"the two leaders" after a meeting are its two sides', () => {
  const r = code('President Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Friday. The two leaders agreed to a joint border commission.');
  const got = dyads(r, 'agreed');
  assert.ok(got.includes('KEN>TZA') && got.includes('TZA>KEN'), JSON.stringify(got));
});

test('"both sides accused each other" is an accusation each way between the pair', () => {
  const r = code('Ethiopia and Eritrea fought a border war two decades ago. Both sides accused each other on Sunday of shelling civilian areas.');
  const got = dyads(r, 'accused');
  assert.ok(got.includes('ETH>ERI') && got.includes('ERI>ETH'), JSON.stringify(got));
});

test('"X and Y blamed each other" in one sentence: each is the other\'s target, with its own span', () => {
  const r = code('Serbia and Kosovo blamed each other for the violence in the north.');
  const got = dyads(r, 'blamed');
  const ev = r.events.filter((e) => e.trigger.text.startsWith('blamed'));
  assert.equal(ev.length, 2, JSON.stringify(got));
  assert.deepEqual(ev.map((e) => e.target_span?.text).sort(), ['Kosovo', 'Serbia']);
});

test('with no pair named before, "the two countries" takes nothing from earlier sentences', () => {
  const r = code('Kenya sent aid to Somalia. Talks resumed in Geneva. Officials said on Friday the two countries agreed to talk again.');
  assert.ok(!dyads(r, 'agreed').some((d) => d.includes('KEN') && d.includes('SOM')), JSON.stringify(dyads(r, 'agreed')));
});

test('a capital named as the one addressed stands for its country: "urged Washington", "an ultimatum to Kabul"', () => {
  const r = code("Pakistan's foreign minister urged Washington on Monday to release frozen Afghan assets.");
  assert.ok(dyads(r, 'urged').some((d) => d.endsWith('>USA')), JSON.stringify(dyads(r, 'urged')));
  const u = code('The rebels issued an ultimatum to Kabul after weeks of talks with a U.N. envoy.');
  assert.ok(dyads(u, 'issued').some((d) => d.endsWith('>AFG')), JSON.stringify(dyads(u, 'issued')));
});

test('a show of force with the source\'s own forces as object is aimed at the place: "strengthened its forces in Crimea"', () => {
  const r = code('Russia has strengthened its forces in Crimea amid the confrontation.');
  const e = r.events.find((x) => x.trigger.text.startsWith('strengthened'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.equal(e.target_span?.text, 'Crimea');
});

test('the place right after the thing aimed at is the place of the act: "fired shells at targets in Jericho"', () => {
  const r = code('Israeli tanks fired shells at targets in Jenin on Tuesday, witnesses said.');
  const e = r.events.find((x) => x.cameo.startsWith('19') || x.cameo.startsWith('18'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.cameo)));
  assert.equal(e.target_span?.text, 'Jenin');
});

test('a particle of a phrasal trigger is no object: "let free some 40 political prisoners"', () => {
  const r = code('Eritrea let free some 40 political prisoners on Monday.');
  const e = r.events.find((x) => x.trigger.text.startsWith('let free'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.match(e.target_span?.text ?? '', /political prisoners/);
});
