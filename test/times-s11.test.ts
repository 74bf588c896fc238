// Session 11: event dates from the time expressions of their clause, and clock-time zones.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

function event(text: string, cameo: string) {
  const r = code(`date 2024-03-06\n${text}`);
  const e = r.events.find((x) => x.cameo === cameo);
  assert.ok(e, `no ${cameo} in ${JSON.stringify(r.events.map((x) => [x.cameo, x.trigger.text]))}`);
  return e;
}

test('an event dated by a time of day takes its day, not the story date', () => {
  assert.equal(event('Police arrested two opposition leaders late Sunday night in the capital.', '173').date, '2024-03-03');
});

test('an event in a period that leaves out the story date has no day (null), not the story date', () => {
  assert.equal(event('Rebels attacked a border post in Chad last month.', '190').date, null);
  assert.equal(event('Israeli troops raided the camp in 2019.', '170').date, null);
});

test('a bound of a state ("until March 20") does not date the act', () => {
  assert.equal(event('The government extended the curfew in the capital until March 20.', '1723').date, '2024-03-06');
});

test('a year modifying another noun does not date the act', () => {
  assert.equal(event('The opposition filed a lawsuit against the government over its 2019 election law.', '115').date, '2024-03-06');
});

test('a clock time with its zone takes the day named after it', () => {
  const r = code('date 2024-03-06\nPolice detained the protesters at 9 p.m. AST on Monday.');
  const t = r.times.find((x) => x.text.startsWith('9 p.m.'));
  assert.equal(t?.text, '9 p.m. AST');
  assert.equal(t?.value, '2024-03-04T21:00');
});

test('a time fronted before the clause dates it; one fronted before a saying does not', () => {
  assert.equal(event('On Monday, police arrested two opposition leaders in the capital.', '173').date, '2024-03-04');
  assert.equal(event('Last week, Israeli troops raided the camp.', '170').date, null);
  assert.equal(event('On Monday, the ministry said police had arrested two opposition leaders.', '173').date, '2024-03-06');
});

function timeOf(text: string, startsWith: string) {
  const r = code(`date ${text}`);
  return r.times.find((x) => x.text.startsWith(startsWith));
}

test('"last" before a month and day is the latest such day before the story date; the span is the date', () => {
  const t = timeOf('1999-04-19\nThe doctor was shot at his home last Oct. 23, police said.', 'Oct');
  assert.equal(t?.text, 'Oct. 23');
  assert.equal(t?.value, '1998-10-23');
});

test('a passive participle ("will be held") is no past tense for a date without a year', () => {
  assert.equal(timeOf('1999-02-10\nThe talks would still be held at the summit in Washington on April 24.', 'April')?.value, '1999-04-24');
});
