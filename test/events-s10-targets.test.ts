// Event roles (helper s10-targets): whom an act is aimed at, on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

function eventAt(r: Readout, word: string): EventOut | undefined {
  return r.events.find((e) => e.trigger.text.startsWith(word));
}

const shown = (r: Readout): string => JSON.stringify(r.events.map((x) => [x.trigger.text, x.cameo, x.target_span?.text ?? null]));

/** The first event of a code prefix in each sentence has a target span that contains `want`. */
function assertAimedAt(cases: readonly (readonly [string, string])[], prefix: string): void {
  for (const [s, want] of cases) {
    const r = code(s);
    const e = r.events.find((x) => x.cameo.startsWith(prefix));
    assert.ok(e !== undefined, `${s} ${shown(r)}`);
    assert.ok(e.target_span?.text.includes(want), `${s} ${shown(r)}`);
  }
}

test('in giving, the "to" phrase is the recipient even when it names no actor', () => {
  const r = code('The charity has provided emergency food aid to about 900 families in the flooded districts.');
  const e = eventAt(r, 'provided');
  assert.ok(e !== undefined, shown(r));
  assert.equal(e.target_span?.text, 'about 900 families', shown(r));
  // "its owners" is the thing's owners, no possession of the giver's
  const b = code('The museum returned a stolen medieval manuscript to its owners last week.');
  const m = eventAt(b, 'returned');
  assert.ok(m !== undefined, shown(b));
  assert.equal(m.target_span?.text, 'its owners', shown(b));
});

test('"up to" before an amount is no recipient', () => {
  const r = code('Japan is willing to provide Kenya with up to $2 billion in loans.');
  for (const e of r.events) assert.notEqual(e.target_span?.text, '$2 billion', shown(r));
});

test('a protest whose purpose demands or protests something is aimed at the actor that purpose names', () => {
  assertAimedAt([
    ['Hundreds of teachers began a hunger strike outside parliament to demand the resignation of Education Minister Ali Haddad.', 'Education Minister Ali Haddad'],
    ['Thousands of farmers demonstrated in the capital on Monday calling for the removal of Governor Peter Obi.', 'Governor Peter Obi'],
    ['Students blocked roads near the campus to protest abuses by Kenyan police officers.', 'Kenyan police officers'],
  ], '14');
});

test('a yield or rejection that names no target is aimed at the author of the demand or pressure it answers', () => {
  assertAimedAt([
    ['The interior minister has declined to resign despite mounting pressure from the Kenya National Commission on Human Rights.', 'Kenya National Commission'],
    ['The mayor refused to respond to a demand from President Buhari to step down.', 'President Buhari'],
  ], '12');
});

test('a curfew or state of emergency is aimed at the area it is imposed on or lifted from', () => {
  assertAimedAt([
    ['Authorities imposed a curfew in parts of the northern district on Friday.', 'parts of the northern district'],
    ['The government lifted the state of emergency in three of the country’s provinces.', 'three of the country'],
  ], '');
});

test('an object opened by a determiner and a participle runs on to its noun ("deported a convicted smuggler")', () => {
  assertAimedAt([['Canadian authorities have deported a convicted Hezbollah financier who first arrived in the country in 1998.', 'a convicted Hezbollah financier']], '17');
});

test('a phrasal particle right after the verb is the verb\'s; the phrase after it is the object ("beat up detainees")', () => {
  assertAimedAt([
    ['Israeli soldiers beat up Palestinian detainees in the occupied West Bank.', 'Palestinian detainees'],
    ['Rebels blew up two power stations near the capital last week.', 'two power stations'],
  ], '1');
});

test('forces sent or deployed "in" a place go there: the place is the target, not the forces', () => {
  const r = code('The African Union deployed 500 peacekeepers in Somalia on Monday.');
  const e = r.events.find((x) => x.trigger.text.startsWith('deployed'));
  assert.ok(e !== undefined, shown(r));
  assert.equal(e.target_span?.text, 'Somalia', shown(r));
});
