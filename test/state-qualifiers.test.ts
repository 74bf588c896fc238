// A state or province before a title or agent places it in its country, and a country's name inside
// the name of a place of another country ("New Jersey", "New Mexico") is not that country. Invented
// wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

/** Actor code by actor name. */
function codes(text: string): Map<string, string | null> {
  return new Map(code(text).actors.map((a) => [a.name, a.code]));
}

test('a US state before a title gives the person the United States, not the country inside its name', () => {
  const c = codes(
    'TRENTON, N.J. (Reuters) - Former New Jersey governor Tom Keller criticised the plan on Monday. ' +
      'New Mexico Governor Ana Ortiz said the state would sue the federal government.',
  );
  assert.equal(c.get('Tom Keller'), 'USAELI'); // a former governor: elites (CAMEO ELI)
  assert.equal(c.get('Ana Ortiz'), 'USAGOV');
  assert.ok(![...c.values()].some((v) => v?.startsWith('JEY') || v?.startsWith('MEX')), JSON.stringify([...c]));
});

test('a province or state before an agent noun gives its country', () => {
  const c = codes('TORONTO (Reuters) - Ontario police arrested two men on Tuesday, and Texas officials said they would help.');
  assert.equal(c.get('Ontario police'), 'CANCOP');
  assert.equal(c.get('Texas officials'), 'USAGOV');
});

test('a name that is a country and a US state does not qualify by its state reading', () => {
  // "Georgia" names a country: it is left to the country reading, not taken as a US state.
  const c = codes('TBILISI (Reuters) - Georgia officials said on Friday that talks with Russia would resume.');
  assert.equal(c.get('Georgia officials'), 'GEOGOV');
});

test('a small namesake town (North Wales, Pa.) does not take the country out of a region name', () => {
  const r = code('LONDON (Reuters) - North Wales Police said two men were arrested.');
  const c = new Map(r.actors.map((a) => [a.name, a.code]));
  assert.equal(c.get('North Wales Police'), 'GBRCOP');
});

test('a region of one country before an agent places the group in that country', () => {
  const c = codes('Darfur rebels attacked a convoy near the Chad border on Monday, and Chadian troops returned fire.');
  assert.equal(c.get('Darfur rebels'), 'SDNREB');
});
