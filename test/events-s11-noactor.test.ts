// Spurious events (helper s11-noactor): market, business, accident and figurative uses of event words
// are no political events; the political uses of the same words still are. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

const shown = (r: Readout): string => JSON.stringify(r.events.map((x) => [x.trigger.text, x.cameo]));

/** No event of the sentence is triggered by a word starting with `word`. */
function assertNoEvent(cases: readonly (readonly [string, string])[]): void {
  for (const [s, word] of cases) {
    const r = code(s);
    assert.ok(!r.events.some((e) => e.trigger.text.toLowerCase().startsWith(word)), `${s} ${shown(r)}`);
  }
}

/** Some event of the sentence has a code starting with `prefix`. */
function assertEvent(cases: readonly (readonly [string, string])[]): void {
  for (const [s, prefix] of cases) {
    const r = code(s);
    assert.ok(r.events.some((e) => e.cameo.startsWith(prefix)), `${s} ${shown(r)}`);
  }
}

test('a market quantity as subject does not act (roles.json economicSubjects)', () => {
  assertNoEvent([
    ['Quarterly net profit hit a record 41.2 billion won, the brewer said.', 'hit'],
    ['Machine tool exports declined 7.5 pct to 310 billion yen in the year to March.', 'declined'],
    ['Copper prices hit their lowest level since the autumn on Tuesday.', 'hit'],
    ['Steel output declined to 93,000 tonnes in February from 101,000 tonnes.', 'declined'],
  ]);
  // the same verbs with actors as subjects are still events
  assertEvent([
    ['The cabinet declined the union proposal on Monday.', '12'],
    ['Rebel fighters hit an army convoy near the border.', '19'],
  ]);
});

test('economic demand, financial offers, selling concessions and bank loans are no events', () => {
  assertNoEvent([
    ['Domestic demand grew faster than expected in the second half, the central bank said.', 'demand'],
    ['Analysts expect supply and demand to balance by the end of the season.', 'demand'],
    ['The bidder said its cash tender offer for the retailer expires on Friday.', 'offer'],
    ['The shipping group plans a public offering of four mln common shares.', 'offering'],
    ['The selling concession is 1-3/8 pct while management pays 1/2 pct.', 'concession'],
    ['The lender raised its loan loss provisions to 210 mln dlrs.', 'loan'],
    ['The bonds were priced at 99.5 to yield 8.12 pct.', 'yield'],
    ['The shoe maker offered to buy its smaller rival for 18 dlrs a share.', 'offer'],
  ]);
  assertEvent([
    ['The rebels repeated their demand for the release of all political prisoners.', '10'],
    ['Japan offered to send aid to the flood victims.', '03'],
    ['The World Bank approved a loan to Ghana for road building.', '07'],
  ]);
});

test('accidents, illnesses and figurative battles are no attacks', () => {
  assertNoEvent([
    ['A boiler explosion at the textile plant killed two workers.', 'explosion'],
    ['The singer died on Sunday after a long battle with cancer.', 'battle'],
    ['Pollution from coal plants raises the risk of heart attacks among the elderly.', 'attack'],
    ['The actress was the subject of a bitter custody battle as a child.', 'battle'],
    ['Women have served in combat roles in the army since 2015.', 'combat'],
  ]);
  assertEvent([
    ['A bomb explosion near the police station killed three officers, police said.', '18'],
    ['Government troops launched an attack on rebel positions in the north.', '19'],
  ]);
});

test('a vehicle with no driver named does not attack what it hits (roles.json vehicleSubjects)', () => {
  assertNoEvent([
    ['The bus skidded off the wet road and struck a fuel depot, police said.', 'struck'],
    ['The ferry lost power and hit a pier in the harbour.', 'hit'],
  ]);
  assertEvent([['Militants struck a police checkpoint in the province on Sunday.', '19']]);
});

test('declining to name or disclose something is declining to comment (011), not a rejection', () => {
  for (const s of ['The minister declined to name the companies taking part.', 'A bank spokesman declined to disclose the terms of the deal.']) {
    const r = code(s);
    assert.ok(r.events.some((e) => e.cameo === '011'), `${s} ${shown(r)}`);
    assert.ok(!r.events.some((e) => e.cameo.startsWith('12')), `${s} ${shown(r)}`);
  }
  // refusing to discuss a proposal is still rejecting it
  assertEvent([['The rebels refused to discuss the government proposal.', '12']]);
});

test('gas as a substance is no chemical attack', () => {
  assertNoEvent([['Cyprus and Egypt have gas fields of their own in the eastern Mediterranean.', 'gas']]);
});

test('price supports and support systems are no expressions of support', () => {
  assertNoEvent([
    ['The ministry plans to lower the milk price support to 10.40 dlrs per cwt next year.', 'support'],
    ['The contractor will install electronic support systems at the airport.', 'support'],
  ]);
  assertEvent([['The opposition parties voiced their support for the peace plan.', '05']]);
});
