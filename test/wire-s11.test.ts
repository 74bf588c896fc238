// Wire-story round of session 11: rules found by hand-coding Wikinews and Reuters political stories.
// Invented wire sentences; each fails without its rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const actorNamed = (r: ReturnType<typeof code>, re: RegExp) => r.actors.find((a) => re.test(a.name));
const speakerOf = (r: ReturnType<typeof code>, root: string) => {
  const e = r.events.find((x) => x.cameo?.startsWith(root));
  assert.ok(e, JSON.stringify(r.events.map((x) => x.cameo)));
  return r.actors.find((a) => a.id === e.attribution?.speaker)?.name ?? null;
};

test('a zero-that report after an adjunct whose noun runs into the next name keeps its speaker', () => {
  const r = code('The Kuwaiti foreign ministry said on Monday Iran had seized three fishing boats.');
  assert.match(speakerOf(r, '17') ?? '', /ministry/i);
  const s = code('Tanaka said in a statement Japan would impose tariffs on the imports.');
  assert.ok(s.quotes.some((q) => q.content.text.startsWith('Japan would')), JSON.stringify(s.quotes.map((q) => q.content.text)));
});

test('"said at least 40 people were arrested": a qualified number opens the reported clause', () => {
  const r = code('The police chief Marko Petrovic said at least 40 people were arrested during the night.');
  assert.match(speakerOf(r, '173') ?? '', /Petrovic/);
});

test('a news conference is where something is said, no consultation (040)', () => {
  const r = code('The minister spoke at a news conference in Ankara on Tuesday.');
  assert.ok(!r.events.some((e) => e.cameo?.startsWith('04')), JSON.stringify(r.events.map((e) => e.cameo)));
  const t = code('The two foreign ministers held talks in Ankara on Tuesday.');
  assert.ok(t.events.some((e) => e.cameo?.startsWith('04')), JSON.stringify(t.events.map((e) => e.cameo)));
});

test('gas fields and gas pipelines are no chemical attack (2041)', () => {
  const r = code('Egypt, which has gas fields of its own, was invited to join the project.');
  assert.ok(!r.events.some((e) => e.cameo === '2041'), JSON.stringify(r.events.map((e) => e.cameo)));
});

test('"considered the case closed" judges; it weighs no option (014)', () => {
  const r = code('Washington considered the case closed after the strike.');
  assert.ok(!r.events.some((e) => e.cameo === '014'), JSON.stringify(r.events.map((e) => e.cameo)));
  const w = code('The cabinet will consider the proposal submitted by the unions.');
  assert.ok(w.events.some((e) => e.cameo === '014'), JSON.stringify(w.events.map((e) => e.cameo)));
});

test('an Air Force is a military body; the Royal Air Force is British', () => {
  const r = code('The Indian Air Force said its jets struck camps across the border.');
  assert.equal(actorNamed(r, /Air Force/)?.sector, 'MIL');
  const b = code('The Royal Air Force flew patrols over the region.');
  assert.equal(actorNamed(b, /Royal Air Force/)?.code, 'GBRMIL');
});

test('"X, the caretaker prime minister," is an appositive title of X', () => {
  const r = code('Omar Haddad, the caretaker prime minister of Lebanon, urged the factions to end the fighting.');
  const p = actorNamed(r, /Haddad/);
  assert.equal(p?.title, 'Prime Minister');
  assert.equal(p?.sector, 'GOV');
});
