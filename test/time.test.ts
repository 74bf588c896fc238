import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse } from '../src/nlp/doc.js';
import type { TimeOut } from '../src/schema.js';
import { readSource } from '../src/source/read.js';
import { parseYmd } from '../src/time/calendar.js';
import { Grammar } from '../src/time/grammar.js';
import { findTimes } from '../src/time/index.js';
import { timeLexicon } from '../src/time/lexicon.js';
import { Tokens } from '../src/time/tokens.js';
import { SHARED, needsShared } from './helpers.js';

function times(text: string, date: string | null): TimeOut[] {
  const source = readSource({ text, date });
  const doc = parse(source.text, source.bodyStart);
  const out = findTimes(doc, source);
  for (const t of out) assert.equal(text.slice(t.start, t.end), t.text, 'offsets slice the original text');
  return out;
}

function one(text: string, date: string | null, surface: string): TimeOut {
  const found = times(text, date).filter((t) => t.text === surface);
  assert.equal(found.length, 1, `expected one time "${surface}" in: ${JSON.stringify(times(text, date).map((t) => t.text))}`);
  return found[0]!;
}

// 2023-09-26 is a Tuesday.
const DCT = '2023-09-26';

test('absolute dates: month day year, day month year, ISO, month year', () => {
  assert.equal(one('The talks opened on September 14, 2021 in Geneva.', DCT, 'September 14, 2021').value, '2021-09-14');
  assert.equal(one('The ceasefire began on 3 March 2020, officials said.', DCT, '3 March 2020').value, '2020-03-03');
  assert.equal(one('The report is dated 2022-11-05 and was leaked.', DCT, '2022-11-05').value, '2022-11-05');
  const t = one('Fighting resumed in January 2019 along the border.', DCT, 'January 2019');
  assert.equal(t.type, 'DATE');
  assert.equal(t.value, '2019-01');
});

test('month and day without a year take the nearer occurrence', () => {
  assert.equal(one('The rebels seized the town on Sept. 2, the army said.', DCT, 'Sept. 2').value, '2023-09-02');
  assert.equal(one('Elections will be held on Oct. 15.', DCT, 'Oct. 15').value, '2023-10-15');
  assert.equal(one('The accord was signed on Dec. 20, diplomats recalled.', DCT, 'Dec. 20').value, '2022-12-20');
});

test('weekdays resolve against the story date by tense', () => {
  assert.equal(one('The minister said on Monday that talks had failed.', DCT, 'Monday').value, '2023-09-25');
  assert.equal(one('The delegations will meet again on Friday.', DCT, 'Friday').value, '2023-09-29');
  assert.equal(one('Police arrested two men on Tuesday.', DCT, 'Tuesday').value, DCT);
  assert.equal(one('Troops withdrew last Thursday, a spokesman said.', DCT, 'last Thursday').value, '2023-09-21');
  const night = one('Shelling was heard on Sunday night near the city.', DCT, 'Sunday night');
  assert.equal(night.type, 'TIME');
  assert.equal(night.value, '2023-09-24TNI');
});

test('a possessive weekday dates its noun, not the verb around it', () => {
  // "would" points ahead, but "Sunday's ruling" is the one already made.
  assert.equal(one('Lawyers said they would appeal against Sunday\'s ruling.', DCT, 'Sunday').value, '2023-09-24');
});

test('"for the last five days" is a duration anchored to the story date', () => {
  const t = one('The region has been shelled for the last five days, residents said.', DCT, 'the last five days');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P5D');
  assert.equal(t.from, '2023-09-21');
  assert.equal(t.to, '2023-09-26');
  const next = one('Aid will arrive over the next two weeks.', DCT, 'the next two weeks');
  assert.equal(next.value, 'P2W');
  assert.equal(next.from, DCT);
  assert.equal(next.to, '2023-10-10');
});

test('durations keep their modifiers and hyphenated forms', () => {
  const t = one('The operation lasted less than 24 hours, the ministry said.', DCT, 'less than 24 hours');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'PT24H');
  assert.equal(t.from, undefined);
  assert.equal(one('They signed a two-year agreement.', DCT, 'two-year').value, 'P2Y');
  assert.equal(one('The siege lasted three years.', DCT, 'three years').value, 'P3Y');
  assert.equal(one('The vote took 2 1/2 hours.', DCT, '2 1/2 hours').value, 'PT2H30M');
  assert.equal(one('Talks dragged on for several months.', DCT, 'several months').value, 'PXM');
  assert.equal(one('A day-long meeting ended the feud.', DCT, 'day-long').value, 'P1D');
  assert.deepEqual(
    times('The summit on April 24 and 25 ended.', DCT).map((t) => [t.text, t.value]),
    [
      ['April 24', '2023-04-24'],
      ['25', '2023-04-25'],
    ],
  );
});

test('ages and plain quantities are not time expressions', () => {
  assert.deepEqual(times('A 6-year-old boy and his 40-year-old father were wounded.', DCT), []);
  assert.deepEqual(times('The convoy carried 1,500 troops and 2000 tons of food.', DCT), []);
});

test('ranges, thousands, seasons as nouns, a clock time with its day', () => {
  assert.deepEqual(
    times('The truce held from Monday to Wednesday.', DCT).map((t) => t.value),
    ['2023-09-25', '2023-09-27'],
  );
  assert.equal(one('He spent 1,000 days in detention.', DCT, '1,000 days').value, 'P1000D');
  assert.deepEqual(times('The fall of the city shocked its allies.', DCT), []);
  assert.equal(one('Prices dropped in the fall of 2019.', DCT, 'the fall of 2019').value, '2019-FA');
  assert.equal(one('At 3 a.m. on Saturday, shelling resumed.', DCT, '3 a.m.').value, '2023-09-23T03:00');
});

test('coded periods, short years, military clock times, year ranges', () => {
  assert.equal(one('Q3 earnings beat forecasts.', DCT, 'Q3').value, '2023-Q3');
  assert.equal(one('Output fell in H1 2022.', DCT, 'H1 2022').value, '2022-H1');
  assert.equal(one('Revenue in FY2021 rose.', DCT, 'FY2021').value, '2021');
  assert.equal(one("Back in '98 the party won.", DCT, "'98").value, '1998');
  const t = one('Markets opened at 0800 GMT.', DCT, '0800 GMT');
  assert.equal(t.type, 'TIME');
  assert.equal(t.value, '2023-09-26T08:00');
  assert.deepEqual(times('The war lasted from 1914 to 1918.', DCT).map((x) => x.value), ['1914', '1918']);
});

test('sets: every week, daily, annually, each Thursday, money a year', () => {
  assert.deepEqual(
    times('Inspectors visit every week and report daily; the fee is paid annually.', DCT).map((t) => [t.text, t.type, t.value]),
    [
      ['every week', 'SET', 'P1W'],
      ['daily', 'SET', 'P1D'],
      ['annually', 'SET', 'P1Y'],
    ],
  );
  assert.equal(one('Protesters gather each Thursday outside the embassy.', DCT, 'each Thursday').value, 'XXXX-WXX-4');
  assert.equal(one('Farmers earn $900 a year in the valley.', DCT, 'a year').type, 'SET');
  assert.equal(one('The field pumps 100,000 barrels a day.', DCT, 'a day').value, 'P1D');
  assert.equal(one('The field pumps 100,000 barrels a day.', DCT, 'a day').type, 'SET');
  assert.equal(one('It took a year to rebuild the bridge.', DCT, 'a year').type, 'DURATION');
  assert.equal(one('Profit was $5 million a year earlier.', DCT, 'a year earlier').value, '2022');
});

test('years, decades, centuries', () => {
  assert.equal(one('The treaty was first signed in 1998 by both states.', DCT, '1998').value, '1998');
  const d = one('The conflict dates back to the 1990s.', DCT, 'the 1990s');
  assert.equal(d.value, '199');
  assert.equal(one('Unrest grew in the early 1980s.', DCT, 'the early 1980s').value, '198');
  assert.equal(one('Borders were drawn in the 19th century.', DCT, 'the 19th century').value, '18');
});

test('relative expressions: yesterday, last year, next month, ago, this week', () => {
  assert.equal(one('The army said yesterday it had withdrawn.', DCT, 'yesterday').value, '2023-09-25');
  assert.equal(one('Exports fell last year.', DCT, 'last year').value, '2022');
  assert.equal(one('A summit is planned for next month.', DCT, 'next month').value, '2023-10');
  assert.equal(one('The camp was attacked two weeks ago.', DCT, 'two weeks ago').value, '2023-W37');
  assert.equal(one('The law was passed two years ago.', DCT, 'two years ago').value, '2021');
  assert.equal(one('Talks resumed this week in Doha.', DCT, 'this week').value, '2023-W39');
  assert.equal(one('Prices rose earlier this year.', DCT, 'earlier this year').value, '2023');
  assert.equal(one('Voters go to the polls early next year.', DCT, 'early next year').value, '2024');
});

test('quarters and halves, fiscal years', () => {
  const q = '2023-10-20';
  assert.equal(one('Profit rose in the third quarter.', q, 'the third quarter').value, '2023-Q3');
  assert.equal(one('The company posted third-quarter losses.', q, 'third-quarter').value, '2023-Q3');
  assert.equal(one('Sales fell from the year-earlier quarter.', q, 'the year-earlier quarter').value, '2022-Q3');
  assert.equal(one('The plant reopens in the first half of 2024.', q, 'the first half of 2024').value, '2024-H1');
  assert.equal(one('Revenue for fiscal 2022 was flat.', q, 'fiscal 2022').value, '2022');
});

test('vague references', () => {
  assert.equal(one('The border is now closed.', DCT, 'now').value, 'PRESENT_REF');
  assert.equal(one('The group recently moved its base.', DCT, 'recently').value, 'PAST_REF');
  assert.equal(one('Such attacks were rare in the past.', DCT, 'the past').value, 'PAST_REF');
  assert.equal(one('Peace may come in the near future.', DCT, 'the near future').value, 'FUTURE_REF');
});

test('anaphoric dates anchor to the last date mentioned', () => {
  const out = times('The dam was finished in March 2011. That year floods hit the valley; the following year the river dried up.', DCT);
  assert.deepEqual(
    out.map((t) => [t.text, t.value]),
    [
      ['March 2011', '2011-03'],
      ['That year', '2011'],
      ['the following year', '2012'],
    ],
  );
  assert.equal(one('Rebels entered the town in May 2014 and left that same day.', DCT, 'that same day').value, '2014-05-XX');
});

test('clock times', () => {
  const t = one('The blast happened at 10:35 a.m. local time.', DCT, '10:35 a.m.');
  assert.equal(t.type, 'TIME');
  assert.equal(t.value, '2023-09-26T10:35');
  assert.equal(one('Polls close at 8 p.m. Thursday.', DCT, '8 p.m. Thursday').value, '2023-09-21T20:00');
});

test('without a story date relative values stay unresolved', () => {
  assert.equal(one('The minister spoke on Tuesday.', null, 'Tuesday').value, 'XXXX-WXX-2');
  assert.equal(one('Voting ends on September 26.', null, 'September 26').value, 'XXXX-09-26');
  assert.equal(one('The rebels attacked yesterday.', null, 'yesterday').value, null);
  const d = one('Fighting has raged for the last five days.', null, 'the last five days');
  assert.equal(d.value, 'P5D');
  assert.equal(d.from, undefined);
});

test('offsets point into the original text when the body starts after a date line and a dateline', () => {
  const text =
    'date 2023-09-26\nBAKU, Azerbaijan, September 26. The president said on Monday that the army ' +
    'had been fired on for the last five days. Talks are expected next week.';
  const source = readSource({ text });
  assert.ok(source.bodyStart > 0);
  const out = times(text, null);
  assert.deepEqual(
    out.map((t) => [t.text, t.value]),
    [
      ['September 26', '2023-09-26'],
      ['Monday', '2023-09-25'],
      ['the last five days', 'P5D'],
      ['next week', '2023-W40'],
    ],
  );
  // The dateline's date sits in the header; everything else in the body.
  assert.ok(out[0]!.end <= source.bodyStart);
  for (const t of out.slice(1)) assert.ok(t.start >= source.bodyStart);
});

test('the date in a dateline is read from the dateline itself', () => {
  const text = 'KABUL, Oct 3 (AP) \u2014 Gunmen attacked a checkpoint on Monday, police said.';
  const out = times(text, '2023-10-03');
  assert.deepEqual(
    out.map((t) => [t.text, t.value]),
    [
      ['Oct 3', '2023-10-03'],
      ['Monday', '2023-10-02'],
    ],
  );
});

test('dev gold (TimeBank): relaxed F1 >= 0.85 and value accuracy >= 0.70', { skip: needsShared('gold/dev/times-timebank.jsonl') }, () => {
  const rows = readFileSync(join(SHARED, 'gold/dev/times-timebank.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; date: string | null; times: { start: number; end: number; value: string }[] });
  let gold = 0;
  let pred = 0;
  let hitGold = 0;
  let hitPred = 0;
  let valueOk = 0;
  for (const r of rows) {
    const doc = parse(r.text, 0);
    const meta = { date: r.date, title: null, url: null, dateline: null, agency: null };
    const out = findTimes(doc, { text: r.text, bodyStart: 0, meta });
    gold += r.times.length;
    pred += out.length;
    for (const g of r.times) {
      const p = out.find((o) => o.start < g.end && g.start < o.end);
      if (p === undefined) continue;
      hitGold++;
      if (p.value === g.value) valueOk++;
    }
    for (const o of out) if (r.times.some((g) => o.start < g.end && g.start < o.end)) hitPred++;
  }
  const p = hitPred / pred;
  const rc = hitGold / gold;
  const f1 = (2 * p * rc) / (p + rc);
  assert.ok(f1 >= 0.85, `relaxed F1 ${f1.toFixed(3)}`);
  assert.ok(valueOk / hitGold >= 0.7, `value accuracy ${(valueOk / hitGold).toFixed(3)}`);
});

/** Every token where the grammar says no reading starts must indeed start none (the scan skips them). */
function assertStartWordsComplete(text: string, date: string | null): void {
  const source = readSource({ text, date });
  const doc = parse(source.text, source.bodyStart);
  const tokens = new Tokens(doc, timeLexicon());
  const grammar = new Grammar(tokens);
  grammar.dct = parseYmd(source.meta.date);
  for (let s = 0; s < doc.sentStart.length; s++) {
    tokens.lo = doc.sentStart[s]!;
    tokens.hi = doc.sentEnd[s]!;
    for (let i = tokens.lo; i < tokens.hi; i++) {
      if (grammar.canStart(doc.lower[i]!)) continue;
      const h = grammar.at(i);
      assert.equal(h, null, `a reading starts at "${doc.lower[i]}" in: ${text.slice(doc.start[i]!, doc.start[i]! + 60)}`);
    }
  }
}

test('the scan skips only words no reading starts with', () => {
  const texts = [
    'The talks opened on September 14, 2021 and resumed in the third quarter of fiscal 1990, a year-ago period.',
    'About two weeks ago, over the next six months, some 12 to 18 months later, nearly a decade, the following day.',
    'Every other Thursday night, twice a week, $5 a year, early last spring, late Friday afternoon, at 10:30 a.m. on Monday.',
    'In the mid-1990s and the nineties, in nineteen ninety-six, Q3 2023, FY2024, the 1980s, on 3/4/87 and 2022-11-05.',
    'Since the end of the year, the same month, that night, the previous week, the first half of next year, New Year\'s Day.',
    'Recently, currently, the past decade\'s growth, the present situation, for the time being, this coming Sunday.',
  ];
  for (const t of texts) assertStartWordsComplete(t, DCT);
  assertStartWordsComplete(texts[0]!, null);
});

test('the scan skips only words no reading starts with (dev gold texts)', { skip: needsShared('gold/dev/times-timebank.jsonl') }, () => {
  const rows = readFileSync(join(SHARED, 'gold/dev/times-timebank.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const l of rows) {
    const r = JSON.parse(l) as { text: string; date: string | null };
    assertStartWordsComplete(r.text, r.date);
  }
});

test('"a year ago" in a report about a quarter is that quarter a year before', () => {
  const text = 'Net income in the third quarter rose to $31 million from $10 million a year ago. Revenue also rose from a year earlier.';
  assert.equal(one(text, '1989-10-25', 'the third quarter').value, '1989-Q3');
  assert.equal(one(text, '1989-10-25', 'a year ago').value, '1988-Q3');
  // without a quarter it is the year
  assert.equal(one('The plant closed a year ago.', '1989-10-25', 'a year ago').value, '1988');
});

test('a second "a year earlier" still compares with the reference quarter, not with the first one', () => {
  const text = 'Profit in the third quarter rose 12% from a year earlier. Sales climbed 8% from the year-ago quarter, and costs fell from a year earlier.';
  const all = times(text, '1989-10-25').map((t) => `${t.text}=${t.value}`);
  assert.deepEqual(all, ['the third quarter=1989-Q3', 'a year earlier=1988-Q3', 'the year-ago quarter=1988-Q3', 'a year earlier=1988-Q3']);
});

test('a period given by its end and "recent years" are durations', () => {
  const y = one('The company expects a loss in the fiscal year ended Jan. 31.', '1989-10-25', 'the fiscal year');
  assert.equal(y.type, 'DURATION');
  assert.equal(y.value, 'P1Y');
  const r = one('Kidnappings have risen in recent years.', '1998-02-13', 'recent years');
  assert.equal(r.type, 'DURATION');
  assert.equal(r.value, 'PXY');
  // a year named plainly is still the year
  assert.equal(one('Sales rose this year.', '1989-10-25', 'this year').value, '1989');
});

test('a verb that ends in -ed but is its own lemma ("succeed") is no past-tense cue', () => {
  assert.equal(one('Mr. Lane will succeed Robert Hale Feb. 1 as chairman.', '1989-10-26', 'Feb. 1').value, '1990-02-01');
  assert.equal(one('Mr. Lane succeeded Robert Hale Feb. 1 as chairman.', '1989-10-26', 'Feb. 1').value, '1989-02-01');
});

test('a modal, a plan or an infinitive before a weekday points to the future; a modal after it does not', () => {
  assert.equal(one('The delegation would leave for Geneva on Thursday.', DCT, 'Thursday').value, '2023-09-28');
  assert.equal(one('Protesters planned a march on Saturday.', DCT, 'Saturday').value, '2023-09-30');
  assert.equal(one('Trading is to resume Monday in Paris.', DCT, 'Monday').value, '2023-10-02');
  assert.equal(one('The minister said Thursday that he would resign.', DCT, 'Thursday').value, '2023-09-21');
});

test('"the year" followed by a year names that year', () => {
  assert.equal(one('The party promised to halve unemployment by the year two thousand.', '1998-02-05', 'the year two thousand').value, '2000');
  assert.equal(one('Few systems were ready for the year 2000.', '1998-02-05', 'the year 2000').value, '2000');
  assert.equal(times('Two thousand people marched.', '1998-02-05').length, 0);
});

test('a clock time without its day is on the day the story last named', () => {
  const text = 'The bomb went off on Aug. 7, 1998. The blast occurred at 10:35 a.m., witnesses said.';
  assert.equal(one(text, '1998-08-08', '10:35 a.m.').value, '1998-08-07T10:35');
  assert.equal(one('The meeting starts at 10:35 a.m.', '1998-08-08', '10:35 a.m.').value, '1998-08-08T10:35');
});

test('"the last half of 1989" is its second half; "the quarter a year ago" is that quarter a year back', () => {
  const text = 'Profit will be lower for the last half of 1989. For the quarter a year ago, the bank earned $16 million. In the last quarter, sales rose.';
  const all = times(text, '1989-10-26').map((t) => `${t.text}=${t.value}`);
  assert.deepEqual(all, ['the last half of 1989=1989-H2', 'the quarter a year ago=1988-Q3', 'the last quarter=1989-Q3']);
});

test('"and a half" after a unit is part of the duration', () => {
  assert.equal(one('But a minute and a half later, the pilot called.', DCT, 'a minute and a half').value, 'PT1M30S');
  assert.equal(one('The talks lasted an hour and a half.', DCT, 'an hour and a half').value, 'PT1H30M');
  assert.equal(one('He served two years and a half in prison.', DCT, 'two years and a half').value, 'P2Y6M');
});

test('"the weeks before" an event is a date, not a duration; "the years that followed" stays a duration', () => {
  const text = 'The clinic was bombed on Jan. 29, 1998. A truck was seen near it in the weeks before the bombing. In the years that followed, guards were hired.';
  const weeks = one(text, '1998-06-10', 'weeks');
  assert.equal(weeks.type, 'DATE');
  assert.equal(weeks.value, '1998-01');
  assert.equal(one(text, '1998-06-10', 'years').type, 'DURATION');
});

test('"the previous Friday" counts from the day the story last named; "last Friday" from the story date', () => {
  const text = 'The index fell 5% on Friday, down 4.5% from the previous Friday. Last Friday was a record.';
  const all = times(text, '1989-10-30').map((t) => `${t.text}=${t.value}`);
  assert.deepEqual(all, ['Friday=1989-10-27', 'previous Friday=1989-10-20', 'Last Friday=1989-10-27']);
});
