// Event roles (helper s5): coordinated passives and the other rules of docs/EVENTS.md and
// docs/CLAUSES.md added in this round, on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseClauses } from '../src/clauses/index.js';
import { parse } from '../src/nlp/doc.js';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

/** Events whose trigger text starts with `word`. */
function eventsAt(r: Readout, word: string): EventOut[] {
  return r.events.filter((x) => x.trigger.text.startsWith(word));
}

function names(r: Readout, ids: readonly string[]): string[] {
  return ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? id);
}

test('a bare participle joined to a passive is passive: its subject is the patient, not the agent', () => {
  const doc = parse('Four Malian soldiers were killed or wounded in the ambush. Troops were deployed and opened fire on the crowd.');
  const layer = analyseClauses(doc, [], { actors: [], actorOf: new Int32Array(0) });
  const voice = (lemma: string): string | undefined => layer.clauses.find((c) => c.lemma === lemma)?.voice;
  assert.equal(voice('wound'), 'passive');
  assert.equal(voice('open'), 'active');
  const r = code('Four Malian soldiers were abducted or wounded by gunmen in the ambush.');
  const [wounded] = eventsAt(r, 'wounded');
  assert.ok(wounded !== undefined);
  assert.ok(!names(r, wounded.source).some((n) => /soldiers/i.test(n)), `source ${names(r, wounded.source)}`);
  assert.ok(names(r, wounded.target).some((n) => /soldiers/i.test(n)), `target ${names(r, wounded.target)}`);
  // The by-agent written once belongs to both verbs.
  const [abducted] = eventsAt(r, 'abducted');
  assert.ok(names(r, abducted!.source).some((n) => /gunmen/i.test(n)), `source ${names(r, abducted!.source)}`);
  // "killed or wounded": one attack of the gunmen on the soldiers, coded once (both verbs give 190).
  const k = code('Four Malian soldiers were killed or wounded by gunmen in the ambush.');
  const attacks = k.events.filter((e) => e.root === '19');
  assert.equal(attacks.length, 1, JSON.stringify(k.events.map((e) => e.cameo)));
  assert.ok(names(k, attacks[0]!.source).some((n) => /gunmen/i.test(n)) && names(k, attacks[0]!.target).some((n) => /soldiers/i.test(n)));
});

test('a number qualifier opens the object: "killed more than 40 civilians" has the civilians as target', () => {
  const doc = parse('Rebel fighters killed more than 40 civilians near the border.');
  const layer = analyseClauses(doc, [], { actors: [], actorOf: new Int32Array(0) });
  const kill = layer.clauses.find((c) => c.lemma === 'kill');
  assert.ok(kill?.object);
  assert.equal(doc.text.slice(doc.start[kill.object.tokStart]!, doc.end[kill.object.tokEnd - 1]!), 'more than 40 civilians');
  const r = code('Rebel fighters killed at least 40 civilians near the border on Monday.');
  const [killed] = eventsAt(r, 'killed');
  assert.ok(names(r, killed!.target).some((n) => /civilians/i.test(n)), `target ${names(r, killed!.target)}`);
});

test('a subject pronoun looks past a verb object to that verb subject', () => {
  const r = code('The rebels ambushed Kenyan soldiers near Mandera on Monday before they fled across the border.');
  const they = r.mentions.find((m) => m.text === 'they');
  assert.ok(they !== undefined && they.actor !== null);
  const actor = r.actors.find((a) => a.id === they.actor);
  assert.match(actor?.name ?? '', /rebels/i);
});

test('a subject keeps its appositive opened by "including"', () => {
  const r = code('Syrian rebel groups, including the powerful Ahrar al-Sham, attacked government positions near Hama on Sunday.');
  const e = r.events.find((x) => x.cameo.startsWith('19') || x.cameo.startsWith('18'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.cameo)));
  assert.match(e.source_span?.text ?? '', /rebel groups, including the powerful Ahrar al-Sham/);
});

test("a withdrawal of peacekeepers is aimed at where they leave, not at the source's own place", () => {
  const r = code('Senegal will withdraw its peacekeeping force from Gambia next month.');
  const e = r.events.find((x) => x.trigger.text.startsWith('withdraw'));
  assert.ok(e !== undefined);
  assert.match(e.target_span?.text ?? '', /^Gambia/);
  const own = code('Iraq expelled the UN inspectors from Baghdad on Monday.');
  const x = own.events.find((y) => y.trigger.text.startsWith('expelled'));
  assert.ok(x !== undefined);
  assert.match(x.target_span?.text ?? '', /inspectors/);
});

test('a threat that names no one is aimed at the subject of its condition', () => {
  const r = code('Farmers in Punjab threatened to block the highways unless the Indian government withdrew the new law.');
  const e = r.events.find((x) => x.cameo.startsWith('13'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.cameo)));
  assert.match(e.target_span?.text ?? '', /Indian government/);
  // A threat with its own target keeps it.
  const own = code('Hezbollah threatened to shell Haifa if Israel bombs Beirut.');
  const t = own.events.find((x) => x.cameo.startsWith('13'));
  assert.equal(t?.target_span?.text, 'Haifa');
});

test('a telephone call with its object is a joint act, coded both ways', () => {
  const r = code('Chilean President Gabriel Boric telephoned Argentine President Javier Milei on Monday to discuss the border.');
  const calls = r.events.filter((x) => x.cameo === '041');
  assert.equal(calls.length, 2, JSON.stringify(r.events.map((x) => [x.cameo, x.source, x.target])));
  assert.deepEqual(calls[0]!.source, calls[1]!.target);
});

test('an object that names no actor, joined by "and" to one that does, is the whole coordination', () => {
  const r = code('The opposition leader urged Europe and the United States on Monday to press Belarus for new elections.');
  // (since session 12 a member naming a place is a target of its own: one appeal to each)
  const spans = r.events.filter((x) => x.trigger.text.startsWith('urged')).map((x) => x.target_span?.text ?? '');
  assert.ok(spans.includes('Europe') && spans.includes('the United States'), JSON.stringify(spans));
});

test("a 'to'-infinitive of purpose after a prepositional phrase is done by the clause's subject", () => {
  const r = code('The Kenyan government flew two senior officials to Somalia to investigate the attack on the convoy.');
  const e = r.events.find((x) => x.cameo.startsWith('09'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.cameo)));
  assert.match(e.source_span?.text ?? '', /Kenyan government/);
});

test('a gerund after an aspectual verb is the act of that verb subject', () => {
  const r = code('The Macedonian army prepared to resume shelling rebel positions near Tetovo.');
  const e = r.events.find((x) => x.trigger.text.startsWith('shelling'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.match(e.source_span?.text ?? '', /Macedonian army/);
});

test('a subject leads its companions ("X along with its allies")', () => {
  const r = code('Turkey along with its allies demanded that the rebels leave the border town.');
  const e = r.events.find((x) => x.cameo.startsWith('10'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.cameo)));
  assert.match(e.source_span?.text ?? '', /^Turkey along with its allies/);
});

test('aid that names no recipient is aimed at whom its purpose helps', () => {
  const r = code('The German government has earmarked 2 million euros in emergency aid to help Malawi cope with the floods.');
  const e = r.events.find((x) => x.cameo.startsWith('07'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.cameo)));
  assert.equal(e.target_span?.text, 'Malawi');
});

test('a deployment of troops is aimed at where they are sent, not at the troops', () => {
  const r = code('The agreement on sending Turkish soldiers to Libya was signed in Ankara.');
  const e = r.events.find((x) => x.cameo.startsWith('15'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.cameo)));
  assert.equal(e.target_span?.text, 'Libya');
});

test('a withdrawal is aimed at the place it leaves when no actor is named there', () => {
  const r = code('The United Nations withdrew its peacekeepers from Sinai on Friday.');
  const e = r.events.find((x) => x.trigger.text.startsWith('withdrew'));
  assert.ok(e !== undefined);
  assert.match(e.target_span?.text ?? '', /^Sinai/);
});

test('an author named by a name the actor stage does not know is still the target of a rejection', () => {
  const r = code('The Government has strongly rejected an accusation from a Donegal TD that it is not committed to the road.');
  const e = r.events.find((x) => x.trigger.text.startsWith('rejected'));
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.cameo)));
  assert.match(e.target_span?.text ?? '', /Donegal TD/);
});

test('"refugees who fled a military crackdown": the refugees undergo the crackdown, they do not lead it', () => {
  const r = code('date 2024-03-01\nThe agreement covers Rohingya refugees who fled a military crackdown in Myanmar.');
  const e = r.events.find((x) => x.cameo?.startsWith('17'));
  assert.ok(e, JSON.stringify(r.events.map((x) => x.cameo)));
  const refugees = r.actors.find((a) => /refugees/.test(a.name))!;
  assert.ok(!e.source.includes(refugees.id), JSON.stringify(e));
  assert.ok(e.target.includes(refugees.id), JSON.stringify(e));
});
