// Actors of wire copy (session 16), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const actorOf = (r: ReturnType<typeof code>, text: string) => {
  const m = r.mentions.find((x) => x.text === text && x.actor !== undefined && x.actor !== null);
  return m ? r.actors.find((a) => a.id === m.actor) : undefined;
};

test('a visitor does not take the country it visits; those met there may', () => {
  const r = code('King Charles visited Kenya on Tuesday, where he met President William Ruto.');
  assert.equal(actorOf(r, 'King Charles')?.country ?? null, null, JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'President William Ruto')?.country, 'KEN', JSON.stringify(r.actors));
  const t = code('Agriculture Secretary Ann Cole will travel to Japan next week for talks on beef quotas.');
  assert.equal(actorOf(t, 'Agriculture Secretary Ann Cole')?.country ?? null, null, JSON.stringify(t.actors));
  const after = code('Finance Minister Ruth Obi flew to Japan for talks with government officials on the debt.');
  assert.equal(actorOf(after, 'government officials')?.country, 'JPN', JSON.stringify(after.actors));
  // Not a visit: a group placed in a country still takes it.
  const here = code('Opposition supporters rallied in Kenya on Tuesday.');
  assert.equal(actorOf(here, 'Opposition supporters')?.country, 'KEN', JSON.stringify(here.actors));
});

test("every member of a passive's coordinated by-agent is a source, and they do not act on each other", () => {
  const r = code('The raid was condemned by the United Nations and the European Union. The truce was welcomed by Egypt, Qatar and Jordan.');
  const names = (e: (typeof r.events)[number]) => e.source.map((id) => r.actors.find((a) => a.id === id)?.name).sort();
  const condemned = r.events.find((e) => e.root === '11');
  assert.ok(condemned !== undefined, JSON.stringify(r.events));
  assert.deepEqual(names(condemned), ['European Union', 'United Nations'], JSON.stringify(r.events));
  const welcomed = r.events.filter((e) => e.root === '05');
  assert.equal(welcomed.length, 1, JSON.stringify(welcomed));
  assert.deepEqual(names(welcomed[0]!), ['Egypt', 'Jordan', 'Qatar'], JSON.stringify(r.events));
  assert.deepEqual(welcomed[0]!.target, [], JSON.stringify(welcomed));
});

test('a title the tagger put in a name at a sentence start is read as the title, and the Pope is of the Holy See', () => {
  const r = code('Pope Leo called for a ceasefire in Gaza on Sunday. The appeal was read out by the Pope at a summit in Rome.');
  const pope = actorOf(r, 'Pope Leo');
  assert.equal(pope?.title, 'Pope', JSON.stringify(r.actors));
  assert.equal(pope?.country, 'VAT', JSON.stringify(r.actors));
  assert.equal(pope?.sector, 'REL', JSON.stringify(r.actors));
  // "the Pope" later is the same person, not a person named "Pope" nor a town of that name.
  assert.equal(actorOf(r, 'the Pope')?.id, pope?.id, JSON.stringify(r.mentions));
  assert.ok(!r.places.some((p) => p.name === 'Pope'), JSON.stringify(r.places));
  const prince = code('Crown Prince Mohammed bin Salman met the visiting delegation in Riyadh.');
  assert.equal(actorOf(prince, 'Crown Prince Mohammed bin Salman')?.title, 'Crown Prince', JSON.stringify(prince.actors));
});

test("a name that only ends in a known organisation's name after other capitalised words is another body", () => {
  const r = code('The National Security Council met on Monday. Royal Bank of Canada raised its prime rate.');
  assert.notEqual(actorOf(r, 'National Security Council')?.code, 'IGOUNO', JSON.stringify(r.actors));
  assert.notEqual(actorOf(r, 'Royal Bank of Canada')?.sector, 'GOV', JSON.stringify(r.actors));
  // A country before a known body keeps the body: "Iran's Revolutionary Guards" stays the Guards.
  const g = code("Iran's Revolutionary Guards seized a tanker.");
  assert.equal(actorOf(g, "Iran's Revolutionary Guards")?.code ?? actorOf(g, 'Revolutionary Guards')?.code, 'IRNMIL', JSON.stringify(g.actors));
});

test("members named by a 'from' phrase of a coded organisation are that organisation", () => {
  const r = code('Militants from Hamas fired rockets at the town. Officials from the World Bank met the finance minister.');
  assert.equal(actorOf(r, 'Militants from Hamas')?.code, 'PSEREBHMS', JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'Officials from the World Bank')?.code, 'IGOBUSWBK', JSON.stringify(r.actors));
  // Not those taken from it: hostages freed from a group are not the group.
  const h = code('Police freed hostages from Hamas.');
  assert.notEqual(actorOf(h, 'hostages')?.code, 'PSEREBHMS', JSON.stringify(h.actors));
  const w = code('The Wagner group seized the town.');
  assert.equal(actorOf(w, 'Wagner group')?.code, 'RUSMIL', JSON.stringify(w.actors));
});

test('"the two ministers" after a meeting in the same sentence are the two who met, not an earlier pair', () => {
  const r = code(
    'The president offered to host talks between Russia and Ukraine. Foreign Minister Ali Kaya of Turkey met his Iranian counterpart in Tehran on Monday, where the two ministers discussed trade.',
  );
  const countriesOf = (ids: string[]) => ids.map((id) => r.actors.find((a) => a.id === id)?.country);
  for (const e of r.events.filter((x) => x.root === '04')) {
    assert.ok(!countriesOf([...e.source, ...e.target]).includes('UKR'), JSON.stringify(r.events.map((x) => [x.cameo, countriesOf(x.source), countriesOf(x.target)])));
  }
});

test('the other side of a consultation named in an adjunct is the object of the verb it hangs on', () => {
  const r = code('President Ana Lima of Brazil told Vladimir Putin in a phone call on Monday that a ceasefire was needed.');
  const call = r.events.find((e) => e.cameo === '041');
  assert.ok(call !== undefined, JSON.stringify(r.events));
  assert.deepEqual(call.target.map((id) => r.actors.find((a) => a.id === id)?.name), ['Vladimir Putin'], JSON.stringify(r.events));
  // Not an audience.
  const a = code('The minister told reporters in a meeting on Monday that talks would resume.');
  assert.ok(!a.events.some((e) => e.root === '04' && e.target.some((id) => a.actors.find((x) => x.id === id)?.sector === 'MED')), JSON.stringify(a.events));
});

test('"according to the statement" is the current speaker\'s statement, not the words it reports', () => {
  const r = code('A ceasefire is needed, the Turkish presidency said on Monday. President Ali Kaya also offered to host talks in Istanbul, according to the statement.');
  const q = r.quotes.find((x) => x.cue?.text === 'according to');
  assert.ok(q !== undefined, JSON.stringify(r.quotes));
  assert.equal(r.actors.find((a) => a.id === q.speaker)?.name, 'Turkish presidency', JSON.stringify(r.quotes));
  // The speaker span stays the document ("the statement"), as annotators mark it.
  assert.equal(q.speaker_span?.text ?? 'the statement', 'the statement', JSON.stringify(q));
  // A newspaper is no statement: "according to the Post" stays the Post's.
  const p = code('The president knew of the plan, according to the Post.');
  assert.ok(p.quotes.some((x) => x.cue?.text === 'according to' && p.actors.find((a) => a.id === x.speaker)?.name === 'Post'), JSON.stringify(p.quotes));
});

test('a right to an act is no act, and authorities a country appeals to are not of that country', () => {
  const r = code('The United States and the European Union urged the authorities to respect the right to peaceful protest. Workers have the right to strike.');
  assert.ok(!r.events.some((e) => e.root === '14'), JSON.stringify(r.events.map((e) => [e.cameo, e.trigger.text])));
  const auth = actorOf(r, 'the authorities');
  assert.notEqual(auth?.country, 'USA', JSON.stringify(r.actors));
  // A protest that happened is still one.
  const p = code('Thousands of workers went on strike on Monday to protest against the reform.');
  assert.ok(p.events.some((e) => e.root === '14'), JSON.stringify(p.events.map((e) => [e.cameo, e.trigger.text])));
});

test('"foreign policy chief" is a diplomat\'s title, of the body named before it', () => {
  const r = code('EU foreign policy chief Maria Holm said the sanctions would take effect on Monday.');
  const holm = actorOf(r, 'EU foreign policy chief Maria Holm');
  assert.equal(holm?.code, 'IGOEUREEC', JSON.stringify(r.actors));
  assert.equal(holm?.title, 'Diplomat', JSON.stringify(r.actors));
});

test("a country's diplomatic mission is an actor of its government, and the UN's is the UN", () => {
  const r = code('A spokesperson for the Iranian mission to the United Nations declined to comment. The UN mission in Mali said two peacekeepers were wounded.');
  assert.equal(actorOf(r, 'the Iranian mission')?.code, 'IRNGOV', JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'A spokesperson')?.country, 'IRN', JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'The UN mission')?.code, 'IGOUNO', JSON.stringify(r.actors));
  // Not a mission without an affiliation.
  const n = code('The four-member mission is expected to stay two weeks. Its primary mission is to restore order.');
  assert.ok(!n.actors.some((a) => /mission/i.test(a.name)), JSON.stringify(n.actors));
});
