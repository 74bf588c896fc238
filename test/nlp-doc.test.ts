import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse, POS } from '../src/nlp/doc.js';

const STORY = `date 2024-03-01 GENEVA (Reuters) - The U.N. envoy met rebel leaders on Tuesday.

"We can't wait," she said — and left.
  Indented paragraph follows here.`;

test('token offsets slice the original text exactly', () => {
  const doc = parse(STORY);
  assert.ok(doc.length > 20);
  for (let i = 0; i < doc.length; i++) {
    assert.equal(STORY.slice(doc.start[i], doc.end[i]), doc.form[i]);
    assert.ok(doc.form[i]!.trim().length > 0, 'no whitespace tokens');
  }
  const i = doc.form.indexOf('U.N.');
  assert.ok(i >= 0);
  assert.equal(doc.lemma[doc.form.indexOf('met')], 'meet');
});

test('sentences break at paragraph breaks and full stops', () => {
  const doc = parse(STORY);
  const sents = Array.from(doc.sentStart, (a, k) => STORY.slice(doc.start[a], doc.end[doc.sentEnd[k]! - 1]));
  assert.ok(sents.some((s) => s.endsWith('on Tuesday.')));
  assert.ok(sents.some((s) => s.startsWith('Indented paragraph')));
});

test('parsing a body range keeps offsets into the whole text', () => {
  const from = STORY.indexOf('The U.N.');
  const doc = parse(STORY, from);
  assert.equal(doc.start[0], from);
  assert.equal(doc.form[0], 'The');
});

test('hard-wrapped wire copy keeps wrapped lines in one sentence', () => {
  const wire = [
    'Standard Oil Co and BP North America Inc said they plan to form a',
    'venture to manage the money market borrowing and investment activities',
    'of both companies, the two firms said in a joint statement on Monday.',
    '    BP North America is a subsidiary of British Petroleum Co Plc, which',
    'also owns a 55 pct interest in Standard Oil, the statement added.',
  ].join('\n');
  const doc = parse(wire);
  assert.equal(doc.sentStart.length, 2);
});

test('possessives split the same way whatever was parsed before', () => {
  const text = "Moody's cut Japan's rating, the agency’s statement said.";
  const first = parse(text).form.join(' ');
  // Parse texts that teach wink's cache the whole possessive forms, then parse again.
  for (let i = 0; i < 3; i++) parse("MOODY'S ON JAPAN'S DEBT. Moody's said. Japan's. agency’s");
  const again = parse(text);
  assert.equal(again.form.join(' '), first);
  assert.ok(again.form.includes("'s"));
  for (let i = 0; i < again.length; i++) assert.equal(text.slice(again.start[i], again.end[i]), again.form[i]);
});

test('the same text gets the same tokens and tags whatever the process parsed before', () => {
  // A possessive wink once split (and tagged as a common noun) comes back whole, and tagged as a
  // proper noun, after a text in which wink cached the whole form (here: before a full stop).
  const text = 'Last fortnight\'s rescheduling was delayed, and the committee\'s report followed.';
  const key = (d: ReturnType<typeof parse>): string => `${d.form.join(' ')} | ${Array.from(d.pos).join(',')}`;
  const first = key(parse(text));
  parse("It was the fortnight's. It was the committee's.");
  parse("Over the fortnight's. The committee's.");
  assert.equal(key(parse(text)), first);
});

test('words with letters beyond Latin-1 stay one token (wink splits them there)', () => {
  const text = "Vučić met Erdoğan's envoy, Łukasz Wójcik, in Şanlıurfa; they can't agree.";
  const d = parse(text);
  for (const w of ['Vučić', 'Erdoğan', 'Łukasz', 'Wójcik', 'Şanlıurfa']) {
    const i = d.form.indexOf(w);
    assert.ok(i >= 0, `${w} should be one token: ${d.form.join('|')}`);
    assert.equal(d.pos[i], POS.PROPN);
  }
  // Contractions and possessives keep their split.
  assert.ok(d.form.includes("'s") && d.form.includes('ca') && d.form.includes("n't"), d.form.join('|'));
  for (let i = 0; i < d.length; i++) assert.equal(text.slice(d.start[i], d.end[i]), d.form[i]);
  assert.equal(d.start.length, d.length);
  assert.equal(d.sentOf.length, d.length);
});

test('every token has a lemma string, also where wink keeps a whole form ("cannot")', () => {
  for (const text of ['Because we cannot, we don\'t.', 'They cannot and will not go. Cannot!']) {
    const d = parse(text);
    for (let i = 0; i < d.length; i++) assert.equal(typeof d.lemma[i], 'string', `${d.form[i]} in ${text}`);
  }
});
