// Event roles (helper s9-args): sources and targets of coded events, on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

function countryOf(r: Readout, ids: readonly string[]): string[] {
  return ids.map((id) => r.actors.find((a) => a.id === id)?.country ?? '?');
}

function eventAt(r: Readout, word: string): EventOut | undefined {
  return r.events.find((e) => e.trigger.text.startsWith(word));
}

const shown = (r: Readout): string => JSON.stringify(r.events.map((x) => [x.trigger.text, x.cameo, x.target_span?.text ?? null]));

test('in aid a \'for\' phrase is the recipient, as a \'to\' phrase is ("cut aid for Mosul", "$2 million for reconstruction in Aleppo")', () => {
  const r = code('Norway has cut humanitarian aid for Mosul after the fighting resumed.');
  const e = eventAt(r, 'cut');
  assert.ok(e !== undefined, shown(r));
  assert.deepEqual(countryOf(r, e.target), ['IRQ'], shown(r));
  const b = code('The European Union provided $2 million for reconstruction in Aleppo last year.');
  const p = eventAt(b, 'provided');
  assert.ok(p !== undefined, shown(b));
  assert.deepEqual(countryOf(b, p.target), ['SYR'], shown(b));
});

test('aid is aimed at the country where its purpose infinitive acts ("$10 million in aid to promote rural development in Haiti")', () => {
  const r = code('Canada pledged $10 million in aid to promote small businesses and rural development in Haiti.');
  const e = eventAt(r, 'pledged');
  assert.ok(e !== undefined, shown(r));
  assert.deepEqual(countryOf(r, e.target), ['HTI'], shown(r));
});

test('a purpose naming a list of countries gives one aid event per country ("to help people in Malawi, Mozambique and Zimbabwe")', () => {
  const r = code('The European Union announced emergency assistance of €5 million to help people in Malawi, Mozambique and Zimbabwe.');
  const got = r.events.filter((x) => x.cameo.startsWith('07')).flatMap((x) => countryOf(r, x.target));
  assert.deepEqual(got.sort(), ['MOZ', 'MWI', 'ZWE'], shown(r));
});

test('a reported clause without \'that\' may open with a coordinated subject ("said US and British forces must withdraw")', () => {
  const r = code('Germany said US and British forces must withdraw from the border region.');
  const q = r.quotes[0];
  assert.ok(q !== undefined && q.content.text.startsWith('US and British forces must withdraw'), JSON.stringify(r.quotes.map((x) => x.content.text)));
  const e = r.events.find((x) => x.cameo.startsWith('10'));
  assert.ok(e !== undefined, shown(r));
  assert.deepEqual(countryOf(r, e.source), ['DEU'], shown(r));
  assert.deepEqual(countryOf(r, e.target).sort(), ['GBR', 'USA'], shown(r));
});

test('a cue verb inside a reported clause\'s coordinated subject is that clause\'s verb, no sibling report ("announced that X and his party must agree to ...")', () => {
  const r = code('Rwandan rebels announced that President Kagame and his party must agree to major constitutional changes.');
  assert.equal(r.quotes.length, 1, JSON.stringify(r.quotes.map((x) => [x.cue?.text, x.content.text])));
  assert.ok(r.quotes[0]!.content.text.includes('must agree'), r.quotes[0]!.content.text);
  const e = r.events.find((x) => x.cameo.startsWith('10'));
  assert.ok(e !== undefined, shown(r));
  assert.ok(e.source_span?.text.includes('Rwandan rebels'), shown(r));
});

test('the place a protest happens in yields to whom its purpose names ("blocked streets in Macau in defiance of Chinese authorities")', () => {
  const r = code('Tens of thousands of residents blocked streets in Macau in defiance of Chinese authorities on Sunday.');
  const e = eventAt(r, 'blocked');
  assert.ok(e !== undefined, shown(r));
  assert.equal(e.target_span?.text, 'Chinese authorities', shown(r));
  assert.deepEqual(countryOf(r, e.target), ['CHN'], shown(r));
});

test('a claim of responsibility is aimed at what the claimed act was aimed at, or at its place ("for the rocket attack on an army post", "for the bombing in Kirkuk")', () => {
  const r = code('Al-Shabaab claimed responsibility for the rocket attack on an army post near the Kenyan border.');
  const e = r.events.find((x) => x.cameo === '015');
  assert.ok(e !== undefined, shown(r));
  assert.ok(e.target_span?.text.startsWith('an army post'), shown(r));
  const b = code('The Islamic State group claimed responsibility for the bombing in Kirkuk.');
  const k = b.events.find((x) => x.cameo === '015');
  assert.ok(k !== undefined, shown(b));
  assert.deepEqual(countryOf(b, k.target), ['IRQ'], shown(b));
  // not past a relative clause
  const n = code('The Islamic State group claimed responsibility for the bombing, which killed 12 people in Kirkuk.');
  const m = n.events.find((x) => x.cameo === '015');
  assert.ok(m !== undefined && m.target.length === 0, shown(n));
});

test('an abbreviation in parentheses after a member of a list of targets belongs to it ("on the Democratic Republic of the Congo (DRC) and South Sudan")', () => {
  const r = code('The Security Council imposed an arms embargo on the Democratic Republic of the Congo (DRC) and South Sudan on Friday.');
  const got = r.events.filter((x) => x.cameo.startsWith('16') || x.cameo.startsWith('17')).flatMap((x) => countryOf(r, x.target));
  assert.ok(got.includes('COD') && got.includes('SSD'), shown(r));
  const m = code('Norway launched a mediation effort between the Revolutionary Armed Forces of Colombia (FARC) and the Colombian government.');
  const sides = m.events.filter((x) => x.cameo === '045').map((x) => x.target_span?.text ?? '');
  assert.equal(sides.length, 2, shown(m));
  assert.ok(sides.some((x) => x.includes('Colombian government')), shown(m));
});

test('a participle on a document is done by its author, past the document\'s modifiers and a particle ("put out a report accusing X", "approved a strongly worded resolution criticizing X")', () => {
  const r = code('Amnesty International put out a report accusing the Ethiopian army of killing civilians.');
  const e = eventAt(r, 'accusing');
  assert.ok(e !== undefined, shown(r));
  assert.ok(e.source_span?.text.includes('Amnesty International'), JSON.stringify(e.source_span));
  const b = code('The European Parliament approved a strongly worded resolution condemning the Belarusian government.');
  const k = eventAt(b, 'condemning');
  assert.ok(k !== undefined, shown(b));
  assert.ok(k.source_span?.text.includes('European Parliament'), JSON.stringify(k.source_span));
});

test('an adverb before a time adjunct between subject and verb is no subject ("The Kenyan delegation here on Monday called on X")', () => {
  const r = code('A delegation of the Kenya African National Union (KANU) here on Monday called on the Tanzanian government to reopen the border.');
  const e = eventAt(r, 'called');
  assert.ok(e !== undefined, shown(r));
  assert.ok(e.source_span?.text.startsWith('A delegation of the Kenya African National Union'), JSON.stringify(e.source_span));
});
