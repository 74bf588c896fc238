// Session 14: time expressions (tense read further off, spans and values of recurring news phrases).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

/** The time expression of a story (first line: its date) whose text starts with `startsWith`. */
function timeOf(story: string, startsWith: string) {
  const r = code(`date ${story}`);
  const t = r.times.find((x) => x.text.startsWith(startsWith));
  assert.ok(t, `no time starting "${startsWith}" in ${JSON.stringify(r.times.map((x) => x.text))}`);
  return t;
}

test('a future word further back in a long clause places a bare month or weekday ahead', () => {
  assert.equal(timeOf('2023-03-04\nThe agency will name a veteran pilot as the commander of the next orbital supply mission in December.', 'December').value, '2023-12');
  assert.equal(timeOf('2023-03-06\nThe two astronauts will remain at the station during the week and return to Earth aboard the capsule on Friday.', 'Friday').value, '2023-03-10');
});

test('a past verb further back does not move a bare month, nor does a far cue move a quarter or a bound', () => {
  // "the nearer occurrence" stays the rule for a month without a near cue
  assert.equal(timeOf('2023-10-26\nThe cabinet approved a gradual cut in the state subsidies for farmers, fishermen and small exporters in January.', 'January').value, '2024-01');
  assert.equal(timeOf('2023-02-26\nThe company said it expects to report a loss of about 57 million dollars for the fourth quarter.', 'the fourth').value, '2022-Q4');
});

test('a far infinitive (a purpose clause) does not make a weekday future', () => {
  assert.equal(timeOf('2023-03-11\nThousands joined the celebrations in the capital to mark the country\'s accession to the bloc on Friday.', 'Friday').value, '2023-03-10');
});

test('"effective" before a date points ahead', () => {
  assert.equal(timeOf('2023-10-26\nThe new labour agreement, effective June 1, raises wages by 4 percent.', 'June').value, '2024-06-01');
});

test('the far window stops at a quotation mark: the quote\'s verb is not the attribution\'s', () => {
  assert.equal(timeOf('2023-03-08\n"Our policy will not change in any material way," the minister told reporters on Tuesday.', 'Tuesday').value, '2023-03-07');
});

test('"the next couple of years" is a duration of two years, spanned whole', () => {
  const t = timeOf('2023-10-26\nOver the next couple of years the firm will open plants in Europe.', 'the next');
  assert.equal(t.text, 'the next couple of years');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.value, 'P2Y');
});

test('"the latest nine months" keeps its determiner and "latest" in the span', () => {
  const t = timeOf('2023-10-26\nExports rose 12% in the latest nine months, the ministry said.', 'the latest');
  assert.equal(t.text, 'the latest nine months');
  assert.equal(t.value, 'P9M');
});

test('a capitalised time word inside a name or title is no time: "This Week", "USA Today", "Back to the Future"', () => {
  for (const s of [
    'The minister said on the Sunday program "This Week" that talks would resume.',
    'The two firms have worked together since 1970, according to USA Today.',
    'The festival showed Back to the Future and two other films.',
  ]) {
    const r = code(`date 2023-03-08\n${s}`);
    assert.deepEqual(r.times.filter((x) => /week|today|future/i.test(x.text)).map((x) => x.text), [], s);
  }
  // a capitalised word that starts a sentence, and a capitalised century, are still times
  assert.equal(timeOf('2023-03-08\nToday the alliance has 31 members.', 'Today').value, '2023-03-08');
  assert.equal(timeOf('2023-03-08\nEvery society in the 21st Century needs to respect women.', 'the 21st').value, '20');
});

test('a holiday before another capitalised word names something ("Easter Island"); before a date it is the holiday', () => {
  const r = code('date 2023-03-08\nScientists studied the statues on Easter Island and the Christmas Charity ball.');
  assert.deepEqual(r.times.map((x) => x.text), []);
  assert.equal(timeOf('2023-03-08\nThe ceasefire will hold until Easter, the ministry said.', 'Easter').value, '2023-04-09');
});

test('a part of day with a leader is a TIME on the day named last ("in the morning", "by mid afternoon", "mid-afternoon yesterday")', () => {
  const r = code('date 2023-03-08\nThe central bank bought bills on Monday. It sold more in the afternoon. By mid afternoon, shares rose, and at mid-afternoon yesterday they fell.');
  const got = r.times.map((x) => [x.text, x.type, x.value]);
  assert.deepEqual(got, [
    ['Monday', 'DATE', '2023-03-06'],
    ['the afternoon', 'TIME', '2023-03-06TAF'],
    ['mid afternoon', 'TIME', '2023-03-06TAF'],
    ['mid-afternoon yesterday', 'TIME', '2023-03-07TAF'],
  ]);
  // alone or as a noun's modifier it is none
  const none = code('date 2023-03-08\nThe evening news showed morning prayers; the afternoon session was calm.');
  assert.deepEqual(none.times.map((x) => x.text), []);
});

test('an approximate end stays in the span: "the next year or so", "1994 or later", "1990 and beyond"', () => {
  assert.equal(timeOf('2023-03-08\nThe plant will be closed over the next year or so, a spokesman said.', 'the next').text, 'the next year or so');
  assert.equal(timeOf('2023-03-08\nThe unit will not be profitable until 1994 or later.', '1994').text, '1994 or later');
  assert.equal(timeOf('2023-03-08\nThe firm is confident about its earnings for 1990 and beyond.', '1990').text, '1990 and beyond');
  // after a duration, "or later" is another clause's ("for two years or later ..." is rare; "or so" is read by the duration)
  assert.equal(timeOf('2023-03-08\nHe stayed two days or so in the city.', 'two').text, 'two days or so');
});
