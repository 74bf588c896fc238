// Event arguments in wire copy (session 17), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const names = (r: ReturnType<typeof code>, ids: readonly string[]): string[] => ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? id);

test('an act of violence that is the subject of its own clause after a cue is not done by the speaker', () => {
  const r = code('Zelenskyy said the attack targeted power plants in the Lviv region.');
  const acts = r.events.filter((e) => e.root === '19');
  assert.ok(acts.length > 0, JSON.stringify(r.events));
  for (const e of acts) assert.deepEqual(names(r, e.source), [], JSON.stringify(r.events));
  assert.deepEqual(names(r, acts[0]!.attribution?.speaker ? [acts[0]!.attribution.speaker] : []), ['Zelenskyy']);
  // The speaker who made the attack the object of a verb of doing still did it.
  const did = code('The rebels said they carried out the attack on the convoy.');
  assert.ok(did.events.some((e) => e.root === '19' && e.source.length > 0), JSON.stringify(did.events));
});

test('forces a country puts on alert or mobilizes are its own, not the target of the act', () => {
  const r = code('Poland scrambled fighter jets as a precaution on Saturday, the army said.');
  const alert = r.events.find((e) => e.root === '15');
  assert.ok(alert !== undefined, JSON.stringify(r.events));
  assert.deepEqual(names(r, alert.source), ['Poland'], JSON.stringify(r.events));
  assert.deepEqual(names(r, alert.target), [], JSON.stringify(r.events));
});

test("a pronoun opening a report's content is the speaker, also for a verb coordinated with the content's", () => {
  const r = code('The United States said it was following the case closely and urged Pakistani authorities to respect the rule of law.');
  const urged = r.events.find((e) => e.root === '02');
  assert.ok(urged !== undefined, JSON.stringify(r.events));
  assert.deepEqual(names(r, urged.source), ['United States'], JSON.stringify(r.events));
});
