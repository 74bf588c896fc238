// Places, session 11 (helper s11-places): where events happen, and place rules measured on the LGL and
// GeoVirus dev sets. Sentences written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

/** Name of the place of the first event whose trigger is `trigger` (null: no place; undefined: no such event). */
function eventPlace(r: Readout, trigger: string): string | null | undefined {
  const e = r.events.find((x) => x.trigger.text === trigger);
  if (e === undefined) return undefined;
  if (e.place === null) return null;
  return r.places.find((p) => p.id === e.place)?.name ?? null;
}

const shown = (r: Readout): string =>
  JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo, r.places.find((p) => p.id === e.place)?.name ?? null]));

test('an event happens where a locative names: in, at, near', () => {
  const cases: [string, string, string][] = [
    ['Police arrested three men in Lahore on Tuesday.', 'arrested', 'Lahore'],
    ['Rebels attacked an army post near Goma overnight.', 'attacked', 'Goma'],
    ['The two ministers met in Cairo on Sunday.', 'met', 'Cairo'],
  ];
  for (const [s, trigger, place] of cases) {
    const r = code(s);
    assert.equal(eventPlace(r, trigger), place, `${s} ${shown(r)}`);
  }
});

test('a place after another preposition is a participant or a topic, not where the event happened', () => {
  const cases: [string, string][] = [
    ['The militia is backed by Iran, officials said.', 'backed'],
    ['Washington will increase sanctions on Iran next month.', 'sanctions'],
    ['The prime minister called on Italy to reopen its ports.', 'called'],
    ['The senator criticised the agreement between Israel and Egypt.', 'criticised'],
  ];
  for (const [s, trigger] of cases) {
    const r = code(s);
    assert.ok(r.events.some((e) => e.trigger.text === trigger), `no event '${trigger}' in ${s} ${shown(r)}`);
    assert.equal(eventPlace(r, trigger), null, `${s} ${shown(r)}`);
  }
});

test('a visit or a deployment takes place where it goes; other acts do not', () => {
  let r = code('The president flew to Kherson on Friday.');
  assert.equal(eventPlace(r, 'flew'), 'Kherson', shown(r));
  r = code('Ankara is sending soldiers to Libya, the minister said.');
  assert.equal(r.places.find((p) => p.id === r.events.find((e) => e.cameo.startsWith('154'))?.place)?.name, 'Libya', shown(r));
});

test('where an actor is based is not where it acted', () => {
  let r = code('A rights group based in London condemned the arrest.');
  assert.equal(eventPlace(r, 'condemned'), null, shown(r));
  r = code('Human Rights Watch, which is headquartered in Geneva, criticised the government.');
  assert.equal(eventPlace(r, 'criticised'), null, shown(r));
  const r2 = code('The man was detained on Friday in an area near Norbury.');
  assert.equal(eventPlace(r2, 'detained'), 'Norbury', shown(r2));
});

test('large islands are places of their country, not small US towns of the same name', () => {
  const cases: [string, string, string][] = [
    ['The foreign ministers of Greece and Cyprus will meet on Crete next month.', 'Crete', 'GR'],
    ['Hundreds of migrants landed on Lesbos overnight, the coast guard said.', 'Lesbos', 'GR'],
    ['Three tourists were injured in a bus crash on Majorca.', 'Majorca', 'ES'],
    ['Indonesia sent rescue teams to Sulawesi after the quake.', 'Sulawesi', 'ID'],
  ];
  for (const [s, name, country] of cases) {
    const r = code(s);
    const p = r.places.find((x) => x.name === name);
    assert.equal(p?.country, country, `${s} ${JSON.stringify(r.places.map((x) => [x.name, x.country]))}`);
  }
});
