// Actors from wire copy (session 12), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { codeOfMention } from './helpers.js';
import type { Readout } from '../src/schema.js';

/** The code of the actor a mention with exactly this text belongs to. */
const codeOf = codeOfMention;

test('a spokesperson named with a body noun speaks for the body of that name the story opened with', () => {
  const r = code(
    "ANKARA, May 4 (Reuters) - Egypt's Interior Ministry rejected the report on Thursday. " +
      '"Israel is spreading lies," ministry spokeswoman Salma Adel told reporters in Cairo.',
  );
  // The quotation's "Israel" is what she speaks of, not whom she speaks for.
  assert.equal(codeOf(r, 'ministry spokeswoman Salma Adel'), 'EGYGOV', JSON.stringify(r.actors));
});

test('a spokesperson named with no body speaks for the body that opened the sentence before', () => {
  const r = code(
    'HANOI, Oct. 9 (Xinhua) -- The Vietnamese Foreign Ministry protested to Beijing over the new map. ' +
      'The map violates international law, spokeswoman Pham Thu Hang told a regular press briefing.',
  );
  assert.equal(codeOf(r, 'spokeswoman Pham Thu Hang'), 'VNMGOV', JSON.stringify(r.actors));
  const k = code(
    'The Kremlin said on Friday that talks with Kyiv had stalled. Spokesman Dmitry Peskov told reporters there was no progress.',
  );
  assert.equal(codeOf(k, 'Spokesman Dmitry Peskov'), 'RUSGOV', JSON.stringify(k.actors));
});

test('a body named further into a sentence, or only in a quotation, is not the one a spokesperson speaks for', () => {
  const r = code(
    'Iraq said its troops had repelled an offensive announced by the Iranian Defence Ministry near Basra. ' +
      'A ministry spokesman said the attack had failed.',
  );
  assert.notEqual(codeOf(r, 'A ministry spokesman'), 'IRNGOV', JSON.stringify(r.actors));
  const q = code('"Turkey will not wait forever. Sweden must keep its word," spokesman Omer Celik told a news conference in Ankara.');
  assert.notEqual(codeOf(q, 'spokesman Omer Celik'), 'SWEGOV', JSON.stringify(q.actors));
});

test("a spokesperson's 'for' phrase names whom the spokesperson serves, whatever body opened the sentence before", () => {
  const r = code(
    'The French Foreign Ministry summoned the Iranian ambassador on Monday. ' +
      'A spokesman for the Iranian embassy in Paris said the envoy would attend.',
  );
  assert.notEqual(codeOf(r, 'A spokesman'), 'FRAGOV', JSON.stringify(r.actors));
});

test('in a story that names no country but its dateline\'s, the bare government, army and ministers are that country\'s', () => {
  const r = code(
    'LIMA, March 2 (Reuters) - Thousands of farmers blocked highways across Peru on Monday. ' +
      'The government sent the army to clear the roads, Interior Minister Juan Santiváñez said.',
  );
  assert.equal(codeOf(r, 'The government'), 'PERGOV', JSON.stringify(r.actors));
  assert.equal(codeOf(r, 'the army'), 'PERMIL');
  assert.equal(codeOf(r, 'Interior Minister Juan Santiváñez'), 'PERGOV');
  // Another country named: the dateline alone does not say whose government it is.
  const w = code(
    'WASHINGTON (Reuters) - Officials from Iran and the United States met in Oman on Monday. ' +
      'The government said the talks were useful.',
  );
  assert.notEqual(codeOf(w, 'The government'), 'USAGOV', JSON.stringify(w.actors));
});

test('a story without a dateline that names one country as where things happen places its bare government there', () => {
  const r = code('Floods killed 40 people in northern Bangladesh on Sunday. The government said the army would deliver food to Sylhet.');
  assert.equal(codeOf(r, 'The government'), 'BGDGOV', JSON.stringify(r.actors));
  const two = code('Floods killed 40 people in northern Bangladesh and India on Sunday. The government said the army would deliver food to Sylhet.');
  assert.equal(codeOf(two, 'The government'), 'GOV', JSON.stringify(two.actors));
  // Named once, or only on people: too little to say whose government it is.
  const once = code('Floods killed 40 people in northern Bangladesh on Sunday. The government said the army would deliver food.');
  assert.equal(codeOf(once, 'The government'), 'GOV', JSON.stringify(once.actors));
});

test("police and courts are the dateline's even when their sentence names another country, unless placed in it", () => {
  const r = code('ANKARA, Turkey (AP) — A court sentenced a Swedish journalist to prison on Friday for insulting the president.');
  assert.equal(codeOf(r, 'A court'), 'TURJUD', JSON.stringify(r.actors));
  const p = code('PARIS (AFP) - Police in Brussels arrested two French nationals on Monday.');
  assert.equal(codeOf(p, 'Police'), 'BELCOP', JSON.stringify(p.actors));
});

test("a country's name that is also its demonym, before 's, owns the body after it", () => {
  const r = code("Myanmar's military government rejected the investigation on Tuesday.");
  const m = r.mentions.find((x) => x.text.endsWith('military government') && x.actor !== null);
  assert.equal(r.actors.find((a) => a.id === m?.actor)?.country, 'MMR', JSON.stringify(r.mentions));
});

test('a government spokesperson with no government named speaks for the country that opened the sentence', () => {
  const r = code(
    'Poland closed two border crossings with Belarus on Friday. It also recalled its ambassador from Minsk for consultations, a government spokesman said.',
  );
  assert.equal(codeOf(r, 'a government spokesman'), 'POLGOV', JSON.stringify(r.actors));
  // A company's spokesperson is not the country's.
  const c = code('Germany will tighten export rules next year. The new rules will cost jobs, a company spokesman said.');
  assert.notEqual(codeOf(c, 'a company spokesman'), 'DEUBUS', JSON.stringify(c.actors));
});

test('an organisation noun after an organisation\'s name is that organisation: one actor with its code', () => {
  const r = code(
    'Turkish warplanes struck targets of the PKK terrorist group in northern Iraq on Thursday. ' +
      'Officials said members of the PKK had carried out the attack.',
  );
  const phrase = r.mentions.find((x) => x.text === 'the PKK terrorist group');
  const bare = r.mentions.find((x) => x.text === 'PKK' && x.actor !== null && x.start > (phrase?.end ?? 0));
  assert.ok(phrase?.actor && bare?.actor, JSON.stringify(r.mentions));
  assert.equal(phrase.actor, bare.actor, JSON.stringify(r.actors));
  assert.equal(r.actors.find((a) => a.id === phrase.actor)?.kind, 'organisation');
});

test("an opposition leader with no country of their own is of the country of the story's opposition", () => {
  const r = code(
    "LA PAZ, Oct 21 (AFP) - Bolivia's opposition said the count had been rigged. Brazil and Argentina called for calm. " +
      'Opposition leader Carlos Mesa said he would not accept the result.',
  );
  assert.equal(codeOf(r, 'Opposition leader Carlos Mesa'), 'BOLOPP', JSON.stringify(r.actors));
});

test("a body or post a country owns is that country's, not the one its name's place names", () => {
  const r = code("China's Taiwan Affairs Office said the drills were a warning. Russia's Ukraine envoy said talks had stalled.");
  const office = r.mentions.find((x) => x.text === 'Taiwan Affairs Office' && x.actor !== null);
  assert.equal(r.actors.find((a) => a.id === office?.actor)?.country, 'CHN', JSON.stringify(r.actors));
  assert.equal(codeOf(r, 'Ukraine envoy'), 'RUSGOV', JSON.stringify(r.actors));
});

test('a verb after a common noun ends the words a title takes before it', () => {
  const r = code("BEIRUT (Reuters) - Lebanon's parliament elected army commander Joseph Aoun as president on Thursday.");
  assert.equal(codeOf(r, 'army commander Joseph Aoun'), 'LBNMIL', JSON.stringify(r.mentions.map((m) => m.text)));
});

test('a seat of government before a title gives the government sector ("Kremlin spokesman")', () => {
  const r = code('Kremlin spokesman Dmitry Peskov said on Monday that no talks were planned.');
  assert.equal(codeOf(r, 'Kremlin spokesman Dmitry Peskov'), 'RUSGOV', JSON.stringify(r.actors));
});

test('the Palestinian Authority and the Kurdistan Regional Government are governments; the SDF are rebels', () => {
  const r = code(
    'The Palestinian Authority condemned the raid. The Kurdistan Regional Government said talks had resumed. ' +
      'The Syrian Democratic Forces said they had captured the town.',
  );
  assert.equal(codeOf(r, 'The Palestinian Authority') ?? codeOf(r, 'Palestinian Authority'), 'PSEGOV', JSON.stringify(r.actors));
  assert.equal(codeOf(r, 'The Kurdistan Regional Government') ?? codeOf(r, 'Kurdistan Regional Government'), 'IRQGOV');
  assert.equal(codeOf(r, 'The Syrian Democratic Forces') ?? codeOf(r, 'Syrian Democratic Forces'), 'SYRREB');
});
