// Mentions stage on invented wire sentences: kinds, spans, name spans, titles, agents, pronouns.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentions } from '../src/mentions/index.js';
import type { Mention } from '../src/mentions/types.js';
import { parse } from '../src/nlp/doc.js';
import { code } from '../src/readout.js';
import { readSource } from '../src/source/read.js';

function mentionsOf(text: string): Mention[] {
  const source = readSource({ text }, null);
  return findMentions(parse(source.text, source.bodyStart), source);
}

function find(ms: Mention[], text: string): Mention {
  const m = ms.find((x) => x.text === text);
  assert.ok(m, `no mention "${text}" in ${JSON.stringify(ms.map((x) => `${x.kind}:${x.text}`))}`);
  return m;
}

test('mentions are sorted, do not overlap and point at their text', () => {
  const text =
    'Russian Foreign Minister Sergei Lavrov met Chinese officials in Beijing on Tuesday. ' +
    'Lavrov said the two sides agreed to expand trade, and he thanked the Chinese government.';
  const ms = mentionsOf(text);
  assert.ok(ms.length >= 4);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    assert.equal(text.slice(m.start, m.end), m.text);
    if (i > 0) assert.ok(ms[i - 1]!.start <= m.start, 'sorted by start');
    if (m.nested === true) {
      const outer = ms.find((o) => o !== m && o.nested !== true && o.start <= m.start && o.end >= m.end);
      assert.ok(outer, `nested ${m.text} has an enclosing mention`);
    } else {
      const prev = ms.slice(0, i).filter((o) => o.nested !== true).pop();
      if (prev) assert.ok(prev.end <= m.start, `overlap: ${prev.text} / ${m.text}`);
    }
    if (m.nameStart !== null) assert.ok(m.nameStart >= m.start && m.nameEnd! <= m.end);
  }
});

test('a person mention carries its title, country and proper name', () => {
  const ms = mentionsOf('Russian Foreign Minister Sergei Lavrov met Chinese officials in Beijing on Tuesday.');
  const p = find(ms, 'Russian Foreign Minister Sergei Lavrov');
  assert.equal(p.kind, 'person');
  assert.equal(p.name, 'Sergei Lavrov');
  assert.equal(p.title, 'Foreign Minister');
  assert.equal(p.country, 'RUS');
  assert.equal(p.sector, 'GOV');
  const us = ms.find((m) => m.text === 'Russian');
  assert.ok(us?.nested === true && us.kind === 'demonym', 'the qualifying demonym is a nested mention');
  const officials = find(ms, 'Chinese officials');
  assert.equal(officials.kind, 'agent');
  assert.equal(officials.country, 'CHN');
  assert.equal(officials.sector, 'GOV');
});

test('a title followed by "of the Republic of X" reads the country from the complement', () => {
  const ms = mentionsOf('The President of the Republic of Uzbekistan Shavkat Mirziyoyev received the envoy.');
  const p = ms.find((m) => m.kind === 'person');
  assert.ok(p);
  assert.equal(p.country, 'UZB');
  assert.equal(p.title, 'President');
  assert.equal(p.name, 'Shavkat Mirziyoyev');
  const q = mentionsOf('Kassym-Jomart Tokayev, the president of Kazakhstan, received him.');
  assert.equal(q[0]!.name, 'Kassym-Jomart Tokayev');
  assert.equal(q[1]!.country, 'KAZ');
});

test('role nouns without a name are title mentions, bare ambiguous titles are not', () => {
  const ms = mentionsOf('The head of state told reporters that the Egyptian leader would attend. In general, the talks went well.');
  assert.equal(find(ms, 'The head of state').kind, 'title');
  const leader = find(ms, 'the Egyptian leader');
  assert.equal(leader.kind, 'title');
  assert.equal(leader.country, 'EGY');
  assert.ok(!ms.some((m) => m.text === 'general'));
});

test('nominal agents get sector and country from their modifiers', () => {
  const ms = mentionsOf(
    'Israeli troops fired on Palestinian protesters near the border, and Colombian rebels freed two police officers.',
  );
  const troops = find(ms, 'Israeli troops');
  assert.equal(troops.sector, 'MIL');
  assert.equal(troops.country, 'ISR');
  const protesters = find(ms, 'Palestinian protesters');
  assert.equal(protesters.sector, 'OPP');
  assert.equal(protesters.ethnicity, 'Palestinian');
  assert.equal(find(ms, 'Colombian rebels').sector, 'REB');
  assert.equal(find(ms, 'two police officers').sector, 'COP');
});

test('organisations: dictionary IGOs, NGOs, companies and head-noun names', () => {
  const ms = mentionsOf(
    'Amnesty International and the World Health Organization criticised Boeing, while the Tanzanian Ministry of Energy stayed silent.',
  );
  assert.equal(find(ms, 'Amnesty International').country, 'NGO');
  assert.equal(find(ms, 'World Health Organization').code, 'IGOUNOWHO');
  assert.equal(find(ms, 'Boeing').country, 'MNC');
  const ministry = ms.find((m) => m.kind === 'organisation' && m.text.includes('Ministry of Energy'));
  assert.ok(ministry);
  assert.equal(ministry.country, 'TZA');
  assert.equal(ministry.sector, 'GOV');
});

test('pronouns are kept, expletive "it" is not; month names are no mentions', () => {
  const ms = mentionsOf('It was reported in March that she had resigned, and they protested.');
  assert.deepEqual(
    ms.filter((m) => m.kind === 'pronoun').map((m) => m.text),
    ['she', 'they'],
  );
  assert.ok(!ms.some((m) => m.text === 'March' || m.text === 'It'));
});

test('the reporting agency is a name of the text but never an actor', () => {
  const text = 'NAIROBI, Kenya (Reuters) - Kenyan police arrested three men on Sunday, Reuters reported.';
  const agency = mentionsOf(text).filter((m) => m.text === 'Reuters');
  assert.ok(agency.length >= 1 && agency.every((m) => m.kind === 'organisation' && m.nested === true), JSON.stringify(agency));
  const r = code(text);
  assert.ok(!r.actors.some((a) => a.name === 'Reuters'), JSON.stringify(r.actors.map((a) => a.name)));
  assert.ok(r.mentions.filter((m) => m.text === 'Reuters').every((m) => m.actor === null));
  assert.equal(r.meta.agency?.name, 'Reuters');
});

test('a one-word agent wink tags as an adjective is an agent where its phrase ends, not before a noun or hyphen', () => {
  const agents = (text: string): string[] => mentionsOf(text).filter((m) => m.kind === 'agent').map((m) => m.text);
  assert.deepEqual(agents('The military said rockets struck the base.'), ['The military']);
  assert.deepEqual(agents('Rockets struck near the base, according to Iraqi military.'), ['Iraqi military']);
  assert.equal(find(mentionsOf('Rockets struck near the base, according to Iraqi military.'), 'Iraqi military').country, 'IRQ');
  assert.deepEqual(agents('He wants a military solution to a military-drafted charter.'), []);
});
