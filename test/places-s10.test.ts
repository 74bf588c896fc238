// Session 10 place rules: surnames that are town names, ...
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readoutEntities } from '../src/eval/entities.js';
import { code } from '../src/readout.js';

function placeTexts(text: string): string[] {
  const r = code({ text, date: '2009-03-20' });
  const ids = new Set(r.places.flatMap((p) => p.mentions));
  return r.mentions.filter((m) => ids.has(m.id)).map((m) => text.slice(m.start, m.end));
}

test('the surname of a person named in full is no town, wherever it stands', () => {
  const text = 'Police say Tyrise M. Bell ran from the officer. The other officer chased Bell. Bell ran through two parking lots before officers caught Bell.';
  const places = placeTexts(text);
  assert.ok(!places.includes('Bell'), places.join(', '));
});

test('a surname the story also writes as a place stays a place', () => {
  const text = 'Officers arrested Thomas R. Greer on Monday. The arrest was made in Greer, where the suspect lives. Greer police said more arrests were likely.';
  const places = placeTexts(text);
  assert.ok(places.includes('Greer'), places.join(', '));
});

test('a direction before a state is left out of the toponym, a name the gazetteer knows whole keeps it', () => {
  const text = 'Drought relief came to North Georgia this month, and rain fell across Western Massachusetts. Officials in West Virginia welcomed it, and the jobless rate in Metropolitan Atlanta fell.';
  const places = placeTexts(text);
  for (const p of ['Georgia', 'Massachusetts', 'West Virginia', 'Atlanta']) assert.ok(places.includes(p), `${p}: ${places.join(', ')}`);
  assert.ok(!places.includes('North Georgia') && !places.includes('Western Massachusetts'), places.join(', '));
});

test('a union of states acting is an organisation, its members\' territory a place', () => {
  const acting = placeTexts('The European Union confirmed the outbreak on Monday, and the EU has banned exports of poultry.');
  assert.ok(!acting.includes('European Union') && !acting.includes('EU'), acting.join(', '));
  const territory = placeTexts('Sweden is the ninth country in the EU to confirm the virus. Cyprus joined the European Union in 2004.');
  assert.ok(territory.includes('EU') && territory.includes('European Union'), territory.join(', '));
});

test('a place name before a disease noun names the disease, not a place of the story', () => {
  const places = placeTexts('Farm workers in Luzon were infected with the Reston ebolavirus, and cases of Rift Valley fever were reported in Kenya.');
  assert.ok(places.includes('Luzon') && places.includes('Kenya'), places.join(', '));
  assert.ok(!places.includes('Reston') && !places.includes('Rift Valley'), places.join(', '));
});

test('a place before "-based" is a toponym nested in the name, which CoNLL scoring keeps whole', () => {
  const text = 'Officials at the Houston-based company said the Toronto-based consultant agreed.';
  const places = placeTexts(text);
  assert.ok(places.includes('Houston') && places.includes('Toronto'), places.join(', '));
  const ents = readoutEntities(code({ text, date: '2009-03-20' })).map((e) => `${text.slice(e.start, e.end)}/${e.type}`);
  assert.ok(!ents.includes('Houston/LOC') && ents.includes('Houston-based/MISC'), ents.join(', '));
});
