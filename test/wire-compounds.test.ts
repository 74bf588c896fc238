// Groups named by a hyphenated leader ("the Saudi-led coalition"), coalitions and witnesses as agents,
// and noun phrases that run through a hyphenated participle. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const actorNamed = (r: ReturnType<typeof code>, re: RegExp) => r.actors.find((a) => re.test(a.name));

test('"the Saudi-led coalition" is the coalition, coded with its leader\'s country', () => {
  const r = code('SANAA (Reuters) - The Saudi-led coalition said on Sunday it had intercepted a drone launched by the Houthis.');
  const c = actorNamed(r, /coalition/);
  assert.ok(c, JSON.stringify(r.actors.map((a) => a.name)));
  assert.equal(c.country, 'SAU');
  assert.equal(c.sector, 'MIL');
  const n = code('NATO-led forces withdrew from the province.');
  assert.match(actorNamed(n, /forces/)?.code ?? '', /^IGO/);
});

test('"blamed the Saudi-led coalition for the strike": the blame has its target, and the quote its whole object', () => {
  const r = code('Yemen\'s Houthi movement blamed the Saudi-led coalition for the strike.');
  const e = r.events.find((x) => x.cameo?.startsWith('11'));
  assert.ok(e, JSON.stringify(r.events.map((x) => x.cameo)));
  const coalition = actorNamed(r, /coalition/)!;
  assert.ok(e.target.includes(coalition.id), JSON.stringify(e));
  assert.ok(r.quotes.some((q) => q.content.text.startsWith('the Saudi-led coalition')), JSON.stringify(r.quotes.map((q) => q.content.text)));
});

test('witnesses speak as civilians; a ruling coalition is the government', () => {
  const r = code('Witnesses said police beat several protesters in the capital.');
  const ev = r.events.find((e) => e.cameo?.startsWith('18'));
  assert.ok(ev, JSON.stringify(r.events.map((e) => e.cameo)));
  const speaker = r.actors.find((a) => a.id === ev.attribution?.speaker);
  assert.equal(speaker?.sector, 'CVL');
  const g = code('The ruling coalition rejected the opposition\'s demands.');
  assert.equal(actorNamed(g, /coalition/)?.sector, 'GOV');
});
