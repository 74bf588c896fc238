// Organisations described before their names in wire copy (session 15), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { describe, findEvent } from './events-helpers.js';

const actorOf = (r: ReturnType<typeof code>, text: string) => {
  const m = r.mentions.find((x) => x.text === text && x.actor !== undefined && x.actor !== null);
  return m ? r.actors.find((a) => a.id === m.actor) : undefined;
};

test('a country that owns a body it already belongs to is no second actor: "Iran\'s Revolutionary Guards"', () => {
  const r = code("Iran's Revolutionary Guards seized a foreign tanker in the Gulf on Sunday. Yemen's Houthi rebels attacked a cargo ship.");
  const seized = r.events.find((e) => e.root === '17');
  assert.ok(seized !== undefined, describe(r));
  assert.deepEqual(seized.source.map((id) => r.actors.find((a) => a.id === id)?.code), ['IRNMIL'], describe(r));
  const attack = r.events.find((e) => e.root === '19');
  assert.ok(attack !== undefined, describe(r));
  assert.deepEqual(attack.source.map((id) => r.actors.find((a) => a.id === id)?.code), ['YEMREBHOU'], describe(r));
  assert.ok(!r.actors.some((a) => a.kind === 'country'), JSON.stringify(r.actors));
});

test('an armed group named after its description is one actor: "Lebanese armed group Hezbollah"', () => {
  const r = code('Lebanese armed group Hezbollah fired rockets at northern Israel on Tuesday.');
  const e = r.events.find((x) => x.root === '19');
  assert.ok(e !== undefined, describe(r));
  assert.deepEqual(e.source.map((id) => r.actors.find((a) => a.id === id)?.name), ['Hezbollah'], describe(r));
  const un = code('The militant group Jaish al-Adl killed two border guards, and Nigerian jihadist group Boko Haram abducted 20 girls.');
  assert.equal(actorOf(un, 'Jaish al-Adl')?.kind, 'organisation', JSON.stringify(un.actors));
  assert.equal(actorOf(un, 'Jaish al-Adl')?.sector, 'REB', JSON.stringify(un.actors));
  assert.ok(!un.actors.some((a) => /jihadist|militant group/i.test(a.name)), JSON.stringify(un.actors));
});

test('a bare name after a noun naming a kind of company is that company, with the nationality before it', () => {
  const r = code(
    'Germany on Monday banned Iranian airline Mahan Air from its airports. Mahan has been under U.S. sanctions since 2011. ' +
      'Separately, U.S. chipmaker Nvidia warned investors about export curbs.',
  );
  const mahan = actorOf(r, 'Mahan Air');
  assert.equal(mahan?.kind, 'organisation', JSON.stringify(r.actors));
  assert.equal(mahan?.code, 'IRNBUS', JSON.stringify(r.actors));
  // The short name later in the story is the same airline.
  assert.equal(actorOf(r, 'Mahan')?.id, mahan?.id, JSON.stringify(r.mentions));
  assert.equal(actorOf(r, 'Nvidia')?.code, 'USABUS', JSON.stringify(r.actors));
  assert.ok(findEvent(r, { root: '13', src: 'Nvidia' }), describe(r));
  // "U.S." qualifies the company: no second source.
  const warn = r.events.find((e) => e.root === '13');
  assert.equal(warn?.source.length, 1, describe(r));
});

test('a person named after a trade that is also a kind of company stays a person', () => {
  const r = code('Veteran broadcaster David Attenborough said the oceans were in peril. Broadcaster Piers Morgan disagreed.');
  assert.equal(actorOf(r, 'David Attenborough')?.kind, 'person', JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'Piers Morgan')?.kind, 'person', JSON.stringify(r.actors));
});

test('a title the tagger reads into a person\'s name is the title: "Mayor Vitali Klitschko said" at a sentence start', () => {
  const r = code('KYIV, Ukraine (AP) — Mayor Vitali Klitschko said debris fell on a kindergarten in the city centre.');
  const a = actorOf(r, 'Mayor Vitali Klitschko');
  assert.equal(a?.name, 'Vitali Klitschko', JSON.stringify(r.actors));
  assert.equal(a?.title, 'Mayor', JSON.stringify(r.actors));
  assert.equal(a?.code, 'UKRGOV', JSON.stringify(r.actors));
});

test('a place noun\'s possessive determines a title: "the region\'s governor, Oleh Syniehubov," speaks as governor', () => {
  const r = code(
    'KHARKIV, Ukraine (AP) — The region\'s governor, Oleh Syniehubov, said two people died in the strike. ' +
      'Vitali Klitschko, the city\'s mayor, said the shelters were open.',
  );
  const gov = actorOf(r, 'Oleh Syniehubov');
  assert.equal(gov?.title, 'Governor', JSON.stringify(r.actors));
  assert.equal(gov?.code, 'UKRGOV', JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'Vitali Klitschko')?.title, 'Mayor', JSON.stringify(r.actors));
  assert.ok(r.quotes.some((q) => q.speaker === gov?.id), JSON.stringify(r.quotes));
  // Not other nouns' possessives, nor a title that modifies a noun after it.
  const p = code('Maria Santos, the government\'s chief economic planner, stressed growth. The company\'s president resigned.');
  assert.ok(!p.actors.some((x) => x.title === 'President' || /chief/i.test(x.name)), JSON.stringify(p.actors));
});

test('a bare serving title in apposition ("Mohammed Afif, spokesperson for Hezbollah,") speaks for whom it serves', () => {
  const r = code('Mohammed Afif, spokesperson for Hezbollah, said the group would respond to the strikes.');
  const afif = actorOf(r, 'Mohammed Afif');
  assert.equal(afif?.code, 'LBNREBHEZ', JSON.stringify(r.actors));
  assert.ok(r.quotes.some((q) => q.speaker === afif?.id), JSON.stringify(r.quotes));
  // Not any bare title: a company's president is not made a government official.
  const biz = code('Richard Stone, president of Stonegate Tools, said sales rose.');
  assert.ok(!biz.actors.some((a) => a.sector === 'GOV'), JSON.stringify(biz.actors));
});

test('an anonymous administration or embassy official is a government speaker', () => {
  const r = code('WASHINGTON (Reuters) - A senior administration official, speaking on condition of anonymity, said more measures could follow.');
  const q = r.quotes[0];
  assert.ok(q !== undefined, JSON.stringify(r.quotes));
  assert.equal(r.actors.find((a) => a.id === q.speaker)?.code, 'USAGOV', JSON.stringify(r.actors));
  const e = code('An embassy official said the visa had been revoked.');
  assert.equal(e.actors.find((a) => a.id === e.quotes[0]?.speaker)?.sector, 'GOV', JSON.stringify(e.actors));
});

test('a particle inside a name that wink tags a determiner does not cut a coordinated subject: "Xi Jinping and Lula da Silva met"', () => {
  const r = code('Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula da Silva signed 15 agreements on Friday.');
  const signed = r.events.filter((e) => e.root === '05');
  const sources = new Set(signed.flatMap((e) => e.source.map((id) => r.actors.find((a) => a.id === id)?.code)));
  assert.ok(sources.has('CHNGOV') && sources.has('BRAGOV'), describe(r));
});
