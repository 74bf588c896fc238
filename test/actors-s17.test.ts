// Actors of wire copy (session 17), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const actorOf = (r: ReturnType<typeof code>, text: string) => {
  const m = r.mentions.find((x) => x.text === text && x.actor !== undefined && x.actor !== null);
  return m ? r.actors.find((a) => a.id === m.actor) : undefined;
};

test("a known leader's name the tagger cut short before a word it misread is the whole name", () => {
  const r = code('Labour gained seats after Theresa May stepped down as prime minister in July.');
  assert.equal(actorOf(r, 'Theresa May')?.name, 'Theresa May', JSON.stringify(r.mentions));
  assert.equal(r.actors.some((a) => a.name === 'Theresa'), false, JSON.stringify(r.actors));
});

test("Ireland's head of government is titled Taoiseach, and the title says the country", () => {
  const r = code('The prime minister met Taoiseach Leo Varadkar in Dublin on Monday.');
  const v = actorOf(r, 'Taoiseach Leo Varadkar');
  assert.equal(v?.title, 'Taoiseach', JSON.stringify(r.actors));
  assert.equal(v?.country, 'IRL', JSON.stringify(r.actors));
  assert.equal(v?.sector, 'GOV', JSON.stringify(r.actors));
});

test('Brexit names a process, never an actor; the Brexit Party is still a party', () => {
  const r = code('Lawmakers said Brexit would hurt farmers. The Brexit Party gained seats.');
  assert.equal(r.actors.some((a) => a.name === 'Brexit'), false, JSON.stringify(r.actors));
  assert.equal(r.actors.find((a) => a.name.endsWith('Brexit Party'))?.sector, 'PTY', JSON.stringify(r.actors));
});

test('the long names of the Islamic State are the group', () => {
  const r = code('The Islamic State of Iraq and the Levant claimed the bombing in the capital.');
  assert.equal(actorOf(r, 'Islamic State of Iraq and the Levant')?.code, 'IMGREBISI', JSON.stringify(r.mentions));
});

test("a title before a body a country's possessive or a demonym qualifies, then a comma and a name, is that person's post", () => {
  const r = code("The director of Argentina's Amnesty International, Mariela Belski, said the bill was overdue.");
  const belski = actorOf(r, 'Mariela Belski');
  assert.equal(belski?.code, 'NGOHRIAMN', JSON.stringify(r.actors));
  assert.equal(belski?.title, 'Director', JSON.stringify(r.actors));
  const t = code('The president of the Tunisian League for Human Rights, Jamel Msallem, said the ban was justified.');
  const m = actorOf(t, 'Jamel Msallem');
  assert.equal(m?.country, 'TUN', JSON.stringify(t.actors));
  assert.notEqual(m?.sector, 'GOV', JSON.stringify(t.actors));
  assert.equal(t.actors.some((a) => a.kind === 'group'), false, JSON.stringify(t.actors));
});

test("a title's number is its own, not that of the name after 'of'", () => {
  const r = code('The statue was offered to Donald Trump, the president of the United States, in 2017.');
  assert.equal(r.actors.some((a) => a.kind === 'group' && a.title === 'President'), false, JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'Donald Trump')?.title, 'President', JSON.stringify(r.actors));
});

test('a bare title after "for" names the office sought, not a holder', () => {
  const r = code("Yesterday, Jane Rivers, the party's nominee for Governor of Ohio, named her running mate.");
  assert.equal(r.actors.some((a) => a.title === 'Governor'), false, JSON.stringify(r.actors));
});

test('a name the tagger takes for an organisation, opening with a first name right after a title, is the title holder', () => {
  const r = code('Former presidential candidate Elizabeth Warren said on Tuesday she would endorse the governor.');
  const w = actorOf(r, 'Former presidential candidate Elizabeth Warren') ?? actorOf(r, 'Elizabeth Warren');
  assert.equal(w?.kind, 'person', JSON.stringify(r.actors));
  assert.equal(w?.title, 'Candidate', JSON.stringify(r.actors));
});

test("a title's 'of' domain before the holder's name stays in the title phrase", () => {
  const r = code('The bomb was left outside a restaurant, stated Minister of Information Karim al-Hadi, on Tuesday.');
  const k = actorOf(r, 'Minister of Information Karim al-Hadi');
  assert.equal(k?.name, 'Karim al-Hadi', JSON.stringify(r.actors));
  assert.equal(k?.title, 'Minister', JSON.stringify(r.actors));
  assert.equal(k?.sector, 'GOV', JSON.stringify(r.actors));
});

test("a purpose head's 'for' phrase is the rest of an organisation's name", () => {
  const r = code('The head of the Kenyan League for the Defence of Civil Liberties, Mary Otieno, said the law was unjust.');
  assert.equal(actorOf(r, 'Mary Otieno')?.country, 'KEN', JSON.stringify(r.actors));
  assert.equal(r.actors.some((a) => a.name === 'Defence of Civil Liberties'), false, JSON.stringify(r.actors));
  const c = code('A spokesman for the National Coalition for Men said the ruling was fair.');
  assert.ok(c.actors.some((a) => a.name === 'National Coalition for Men'), JSON.stringify(c.actors));
  const t = code('The League for the first time won the vote.');
  assert.equal(t.actors.some((a) => a.name.includes('first')), false, JSON.stringify(t.actors));
});

test("a company's name with and without its legal form is one actor", () => {
  const r = code('Hartwell Tool Corp said on Monday it would close two plants. Hartwell Tool also said profits fell. Kessin Inc and Marlow Corp declined to comment.');
  const full = actorOf(r, 'Hartwell Tool Corp');
  assert.ok(full !== undefined, JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'Hartwell Tool')?.id, full.id, JSON.stringify(r.actors));
  assert.notEqual(actorOf(r, 'Kessin Inc')?.id, actorOf(r, 'Marlow Corp')?.id, JSON.stringify(r.actors));
});

test("members named by a group of one code and the group itself are one actor", () => {
  const r = code('Officials blamed Houthi rebels for the attack. The Houthis denied any role on Tuesday.');
  assert.equal(actorOf(r, 'Houthi rebels')?.id, actorOf(r, 'Houthis')?.id, JSON.stringify(r.actors));
  // Not companies that only share a generic code.
  const c = code('Exxon said prices would rise. Chevron said they would fall.');
  assert.notEqual(actorOf(c, 'Exxon')?.id, actorOf(c, 'Chevron')?.id, JSON.stringify(c.actors));
});
