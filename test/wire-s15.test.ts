// Constructions of wire copy found by hand-coding real stories (session 15), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const person = (text: string, name: string) => {
  const r = code(text);
  const a = r.actors.find((x) => x.name === name);
  assert.ok(a !== undefined, JSON.stringify(r.actors));
  return a;
};

test('a compound title ending in "General" is a civil office, not a military rank', () => {
  const s = person('Solicitor General Mark Dunn filed a petition against the broadcaster on Monday.', 'Mark Dunn');
  assert.equal(s.sector, 'JUD', JSON.stringify(s));
  assert.equal(s.title, 'Solicitor General');
  for (const [text, name] of [
    ['Surgeon General Ruth Pike warned that the outbreak was spreading.', 'Ruth Pike'],
    ['Postmaster General Louis Dunn said deliveries would slow.', 'Louis Dunn'],
    ['Auditor General Paul Dorn said spending had doubled.', 'Paul Dorn'],
  ] as const) {
    const a = person(text, name);
    assert.equal(a.sector, 'GOV', JSON.stringify(a));
    assert.notEqual(a.title, 'General');
  }
  // The rank itself stays military.
  assert.equal(person('General Omar Bashir ordered the troops north.', 'Omar Bashir').sector, 'MIL');
});

test('police ranks before a name make a police officer, and are not part of the name', () => {
  for (const [text, name] of [
    ['Chief Superintendent Alan Bright said two men had been arrested.', 'Alan Bright'],
    ['Detective Inspector Jane Cole said the suspect was detained overnight.', 'Jane Cole'],
    ['Chief Constable Sara Thorne said officers were attacked.', 'Sara Thorne'],
  ] as const) {
    const a = person(text, name);
    assert.equal(a.sector, 'COP', JSON.stringify(a));
  }
});

test('a chief minister is a head of government; a labour minister is a minister, not a trade unionist; a transport secretary is the transport minister', () => {
  const c = person('Chief Minister Ravi Menon said the state would send relief.', 'Ravi Menon');
  assert.equal(c.sector, 'GOV', JSON.stringify(c));
  assert.equal(c.title, 'Chief Minister');
  const l = person('Labour Minister Ahmed Saleh met union leaders on Tuesday.', 'Ahmed Saleh');
  assert.equal(l.sector, 'GOV', JSON.stringify(l));
  const t = person('Transport Secretary Grant Hale said flights would resume on Monday.', 'Grant Hale');
  assert.equal(t.title, 'Transport Minister', JSON.stringify(t));
  // A union leader stays labour.
  assert.equal(person('Union leader Tom Hale said workers would strike.', 'Tom Hale').sector, 'LAB');
});

test('a title-only holder later called "former" is out of office (ELI); a sitting one stays in government', () => {
  const r = code('On Thursday, Paul Ndlovu, previously the Interior Minister of the province, died. Officials paid tribute to the former Interior Minister on Friday.');
  const a = r.actors.find((x) => x.title === 'Interior Minister');
  assert.ok(a !== undefined, JSON.stringify(r.actors));
  assert.equal(a.sector, 'ELI', JSON.stringify(a));
  const s = code('The Interior Minister visited the border on Monday. The Interior Minister said the crossing would reopen.');
  const b = s.actors.find((x) => x.title === 'Interior Minister');
  assert.equal(b?.sector, 'GOV', JSON.stringify(s.actors));
});

test('"the embassy", "the commission" refer back to the body named with that head, and act for it', () => {
  const r = code('Police asked the Canadian Embassy to waive the diplomat\'s immunity. The embassy declined the request on Monday.');
  const embassy = r.actors.find((a) => a.name === 'Canadian Embassy');
  assert.ok(embassy !== undefined, JSON.stringify(r.actors));
  const declined = r.events.find((e) => e.trigger.text.startsWith('declined'));
  assert.ok(declined !== undefined && declined.source.includes(embassy.id), JSON.stringify(r.events));
  // The body of that name, not the organisation named last.
  const s = code('The European Commission fined Google on Tuesday. The commission said the fine was final.');
  const ec = s.actors.find((a) => a.name === 'European Commission')!;
  const google = s.actors.find((a) => a.name === 'Google')!;
  assert.ok(ec.mentions.length === 2 && google.mentions.length === 1, JSON.stringify(s.actors));
});

test('a body noun with none named before, or with a name of its own, founds no actor of the bare noun', () => {
  const r = code('The committee approved the plan on Tuesday.');
  assert.ok(!r.actors.some((a) => /committee/i.test(a.name)), JSON.stringify(r.actors));
  // "the House Banking committee" is not the Senate Banking Committee named before it.
  const s = code('The Senate Banking Committee will vote on the bill tomorrow. The House Banking committee is also considering the bill.');
  const senate = s.actors.find((a) => a.name === 'Senate Banking Committee');
  assert.ok(senate !== undefined && senate.mentions.length === 1, JSON.stringify(s.actors));
  // "a government commission" is a commission, not a government of its own.
  const t = code('The Philippine government named a new chairman. He was appointed by a government commission. The government said it backed him.');
  const govs = t.actors.filter((a) => a.sector === 'GOV' && a.kind !== 'person');
  assert.equal(govs.length, 1, JSON.stringify(t.actors));
});

test('a topic head\'s "on" phrase is part of the organisation\'s name ("Commission on International Religious Freedom")', () => {
  const r = code('The United States Commission on International Religious Freedom criticized the plan on Thursday.');
  assert.ok(r.actors.some((a) => a.name === 'United States Commission on International Religious Freedom'), JSON.stringify(r.actors));
  assert.ok(!r.actors.some((a) => a.name === 'International Religious Freedom' || a.name === 'Religious Freedom'), JSON.stringify(r.actors));
  const s = code('The Council on Foreign Relations published a report on Iran.');
  assert.ok(s.actors.some((a) => a.name === 'Council on Foreign Relations'), JSON.stringify(s.actors));
  // A date after "on" is no part of the name.
  const t = code('The Senate Committee on Tuesday approved the bill. The Energy Commission on March 5 rejected the plan.');
  assert.ok(!t.actors.some((a) => / on /.test(a.name)), JSON.stringify(t.actors));
});

test('"the Treasury Secretary", "the Defence Secretary": a capitalised portfolio before a title is part of the title, not a body', () => {
  const r = code('The Treasury Secretary said the dollar would fall.');
  const a = r.actors.find((x) => x.title === 'Finance Minister');
  assert.ok(a !== undefined && a.kind === 'person' && a.sector === 'GOV', JSON.stringify(r.actors));
  assert.ok(!r.actors.some((x) => x.name === 'Treasury'), JSON.stringify(r.actors));
  const s = code('"We will respond," said Tom Reyes, the Defence Secretary, on Monday.');
  const reyes = s.actors.find((x) => x.name === 'Tom Reyes');
  assert.equal(reyes?.title, 'Defence Minister', JSON.stringify(s.actors));
  assert.ok(!s.actors.some((x) => x.name === 'Defence'), JSON.stringify(s.actors));
  // The body itself stays a body.
  const t = code('The Treasury said the dollar would fall.');
  assert.ok(t.actors.some((x) => x.name === 'Treasury' && x.kind === 'organisation'), JSON.stringify(t.actors));
});

test('a hyphenated organisation name is one name ("ABS-CBN", "Hewlett-Packard Co"), but not across a nationality', () => {
  const r = code('The regulator ordered ABS-CBN Corporation to stop broadcasting. Hewlett-Packard Co said profits rose.');
  assert.ok(r.actors.some((a) => a.name === 'ABS-CBN Corporation'), JSON.stringify(r.actors));
  assert.ok(r.actors.some((a) => a.name === 'Hewlett-Packard Co'), JSON.stringify(r.actors));
  assert.ok(!r.actors.some((a) => a.name === 'CBN Corporation' || a.name === 'Packard Co'), JSON.stringify(r.actors));
  const s = code('Eurotunnel, the Anglo-French channel tunnel group, made an offer on Monday.');
  assert.ok(!s.actors.some((a) => a.name === 'Anglo-French'), JSON.stringify(s.actors));
});
