// Attribution of events inside nested frames (session 10), on wire sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

function eventAt(r: Readout, word: string): EventOut | undefined {
  return r.events.find((e) => e.trigger.text.startsWith(word));
}

function speakerName(r: Readout, e: EventOut): string | null {
  if (e.attribution === null) return null;
  return r.actors.find((a) => a.id === e.attribution!.speaker)?.name ?? e.attribution.speaker_span?.text ?? '?';
}

test('an intent held by no known actor inside a quote is the quoted speaker\'s claim ("Those who want to blame X ...", he said)', () => {
  const r = code(
    'TEHRAN (Reuters) - Iranian President Hassan Rouhani spoke at a parade on Sunday. "The presence of foreign forces is dangerous," he said. ' +
      '"Those who want to blame Iran for the attack are lying."',
  );
  const e = eventAt(r, 'blame');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.equal(speakerName(r, e), 'Hassan Rouhani');
  assert.equal(e.attribution?.stance, 'asserted');
});

test('an intent of a named actor stays that actor\'s, inside someone else\'s account', () => {
  const r = code('The Kenyan foreign ministry said that the Somali government wants to attack the border town.');
  const e = eventAt(r, 'attack');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.equal(speakerName(r, e), 'Somali government');
  assert.equal(e.attribution?.stance, 'intent');
});

test('two countries\' bodies of the same generic name are two actors ("the Russian Foreign Ministry" ... "the Turkish Foreign Ministry")', () => {
  const r = code(
    'MOSCOW (Reuters) - The Russian Foreign Ministry said on Thursday that the talks had ended. Kyiv has not yet responded, ' +
      'according to the Turkish Foreign Ministry. The Russian Foreign Ministry later denied the report.',
  );
  const ministries = r.actors.filter((a) => a.name === 'Foreign Ministry');
  assert.deepEqual(ministries.map((a) => a.code).sort(), ['RUSGOV', 'TURGOV'], JSON.stringify(r.actors.map((a) => [a.name, a.code])));
  const rus = ministries.find((a) => a.code === 'RUSGOV')!;
  assert.equal(rus.mentions.length, 2, 'the second Russian mention joins the first');
});

function codeOf(r: Readout, name: string): string | null | undefined {
  return r.actors.find((a) => a.name.includes(name))?.code;
}

test('a town or region resolved with confidence gives its sentence\'s actors their country; beside another country, the dateline decides', () => {
  // "Ukrainian" belongs to the drones and the Bryansk region is Russian: two countries, so the dateline (Moscow) places the governor.
  const r = code('MOSCOW (TASS) - Ukrainian drones attacked an oil depot in the Bryansk region on Wednesday, regional governor Alexander Bogomaz said.');
  assert.equal(codeOf(r, 'Bogomaz'), 'RUSGOV', JSON.stringify(r.actors.map((a) => [a.name, a.code])));
  assert.equal(codeOf(code('Police in Kamloops said on Tuesday that two men had been arrested.'), 'Police'), 'CANCOP');
  assert.equal(codeOf(code('Residents of Bryansk said the drones struck an oil depot at night.'), 'Residents'), 'RUSCVL');
});

test('"his counterpart" holds the possessor\'s office ("Foreign Minister X ... his Turkish counterpart Y")', () => {
  const r = code('Russian Foreign Minister Sergey Lavrov held telephone talks with his Turkish counterpart Hakan Fidan on Thursday.');
  const fidan = r.actors.find((a) => a.name === 'Hakan Fidan');
  assert.ok(fidan !== undefined, JSON.stringify(r.actors.map((a) => a.name)));
  assert.equal(fidan.title, 'Foreign Minister');
  assert.equal(fidan.code, 'TURGOV');
});

test('an abbreviation the story defines in brackets is that name throughout, whatever else the letters stand for', () => {
  const r = code(
    'KHARTOUM (AFP) - Sudan\'s paramilitary Rapid Support Forces (RSF) shelled El Fasher on Monday. The army accused the RSF of targeting hospitals. The RSF denied the accusation.',
  );
  const rsf = r.actors.filter((a) => a.name === 'Rapid Support Forces');
  assert.equal(rsf.length, 1, JSON.stringify(r.actors.map((a) => [a.name, a.code])));
  assert.equal(rsf[0]!.mentions.length, 4);
  assert.ok(!r.actors.some((a) => a.code === 'NGOMEDRSF'), 'not Reporters Without Borders');
  // A long name the knowledge base knows wins over what it knows by the letters.
  const adb = code('The African Development Bank (ADB) opened an office in Rabat. The ADB said it would lend more to Morocco.');
  assert.deepEqual(adb.actors.filter((a) => /Development Bank/.test(a.name)).map((a) => [a.name, a.mentions.length]), [['African Development Bank', 3]]);
  // The letters known, the long name spelled another way: one body, with the knowledge base's code.
  const gcc = code('The Gulf Co-operation Council (GCC) said on Sunday that its oil ministers had met in Doha. The GCC agreed to help its members market crude.');
  const g = gcc.actors.filter((a) => a.code === 'IGOMEAGCC');
  assert.equal(g.length, 1, JSON.stringify(gcc.actors.map((a) => [a.name, a.code])));
  assert.equal(g[0]!.mentions.length, 3);
});

test('a country\'s possessive or demonym qualifies the organisation after a few describing words ("Sudan\'s paramilitary Rapid Support Forces")', () => {
  const r = code('Sudan\'s paramilitary Rapid Support Forces shelled El Fasher on Monday, local activists said.');
  const rsf = r.actors.find((a) => a.name === 'Rapid Support Forces');
  assert.equal(rsf?.country, 'SDN', JSON.stringify(r.actors.map((a) => [a.name, a.code])));
  // Sudan qualifies the force: it is not a second source of the shelling.
  const e = r.events.find((x) => x.trigger.text === 'shelled');
  assert.ok(e !== undefined);
  assert.deepEqual(e.source.map((id) => r.actors.find((a) => a.id === id)?.name), ['Rapid Support Forces']);
});

test('"with visiting X": the visitor is the participle\'s doer, and no movement of the sentence\'s subject', () => {
  const r = code(
    'ANKARA (Xinhua) - Speaking at a press conference with visiting Hungarian Prime Minister Viktor Orban, Erdogan said Turkey would continue to send humanitarian aid to Gaza.',
  );
  const visit = r.events.find((e) => e.trigger.text === 'visiting');
  assert.ok(visit !== undefined, JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  assert.equal(visit.cameo, '042');
  assert.equal(visit.source_span?.text, 'Hungarian Prime Minister Viktor Orban');
  const aid = r.events.find((e) => e.root === '07');
  assert.ok(aid !== undefined, 'the aid Turkey sends is its own event');
  assert.equal(r.actors.find((a) => aid.source.includes(a.id))?.country, 'TUR');
  // a gerund after a verb's object and 'with' keeps its object
  const g = code('Serbia lodged a protest with Albania, charging its neighbour with supporting dissidents.');
  const sup = g.events.find((e) => e.trigger.text === 'supporting');
  assert.ok(sup === undefined || sup.source_span?.text !== 'dissidents');
});

test('in a datelined story that keeps naming the dateline\'s country, its bare state bodies and officials are that country\'s', () => {
  const r = code(
    'TBILISI, Georgia (AP) — Police in Georgia\'s capital used water cannon to disperse protesters outside parliament. ' +
      'The Interior Ministry said 43 people were detained. Prime Minister Irakli Kobakhidze warned that organizers would be punished. ' +
      'Georgian authorities have banned the rallies, and the government said talks with Georgian opposition parties were over.',
  );
  for (const name of ['Interior Ministry', 'Irakli Kobakhidze', 'government']) {
    assert.equal(r.actors.find((a) => a.name === name)?.code, 'GEOGOV', `${name}: ${JSON.stringify(r.actors.map((a) => [a.name, a.code]))}`);
  }
});

test('a name before a lower-case "party" is a party, and parties of a story about one country are that country\'s', () => {
  const r = code(
    'Opposition leaders in Georgia accused the ruling Georgian Dream party of steering Georgia toward Russia. ' +
      'The Civil Contract party said it would join protests in Georgia, and Georgian police detained 43 people.',
  );
  assert.equal(r.actors.find((a) => a.name === 'Georgian Dream')?.code, 'GEOPTY', JSON.stringify(r.actors.map((a) => [a.name, a.code])));
  assert.equal(r.actors.find((a) => a.name === 'Civil Contract')?.code, 'GEOPTY');
  // "the Eastern bloc" names no party
  const b = code('Trade with the Eastern bloc fell sharply last year.');
  assert.ok(!b.actors.some((a) => a.sector === 'PTY'));
});

test('co-mediators and co-commenters act side by side, not on each other ("Qatar and Egypt, which have been mediating ...")', () => {
  const r = code('Qatar and Egypt, which have been mediating between Israel and Hamas, said they would host new talks.');
  const med = r.events.filter((e) => e.cameo === '045');
  assert.ok(med.length > 0, JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo])));
  const name = (id: string): string | undefined => r.actors.find((a) => a.id === id)?.name;
  for (const e of med) assert.ok(!e.target.some((id) => name(id) === 'Qatar' || name(id) === 'Egypt'), 'Qatar and Egypt do not mediate between themselves');
  const c = code('Algeria and Morocco voiced concern over the fighting in Libya.');
  for (const e of c.events.filter((x) => x.cameo === '012')) assert.equal(e.target.filter((id) => ['Algeria', 'Morocco'].includes(c.actors.find((a) => a.id === id)?.name ?? '')).length, 0);
});

test('an appeal by a coordinated subject is made by both, to others ("Qatar and Egypt urged an immediate ceasefire")', () => {
  const r = code('Qatar and Egypt urged an immediate ceasefire on Sunday.');
  const urged = r.events.filter((e) => e.trigger.text === 'urged');
  assert.equal(urged.length, 1, JSON.stringify(urged.map((e) => [e.source, e.target])));
  assert.deepEqual(urged[0]!.target, []);
  assert.equal(urged[0]!.source.length, 2);
});

test('the subject before a relative clause set off by commas is the verb\'s after it ("Egypt, which has mediated ..., urged")', () => {
  const r = code('Egypt, which has mediated between the warring parties, urged an immediate ceasefire.');
  const e = r.events.find((x) => x.trigger.text === 'urged');
  assert.ok(e !== undefined, JSON.stringify(r.events.map((x) => x.trigger.text)));
  assert.deepEqual(e.source.map((id) => r.actors.find((a) => a.id === id)?.name), ['Egypt']);
  const q = code('John Smith, who led the inquiry, said the army had fired on protesters.');
  assert.equal(q.quotes.length, 1);
  assert.equal(q.actors.find((a) => a.id === q.quotes[0]!.speaker)?.name, 'John Smith');
});
