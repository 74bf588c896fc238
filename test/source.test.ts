import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readSource } from '../src/source/read.js';

const meta = (text: string) => readSource({ text }).meta;

test('datelines of the main agencies', () => {
  assert.deepEqual(meta('WASHINGTON (Reuters) - The Senate voted on Monday.').dateline?.text, 'WASHINGTON');
  assert.equal(meta('WASHINGTON (Reuters) - The Senate voted on Monday.').agency?.name, 'Reuters');
  const kabul = meta('KABUL, Oct 3 (AP) \u2014 Taliban fighters attacked a checkpoint.');
  assert.equal(kabul.dateline?.text, 'KABUL');
  assert.equal(kabul.agency?.name, 'AP');
  const baku = readSource({ text: 'date 2023-09-26 BAKU, Azerbaijan, September. The minister met envoys, Trend reports.' });
  assert.equal(baku.meta.date, '2023-09-26');
  assert.equal(baku.meta.dateline?.text, 'BAKU, Azerbaijan');
  assert.equal(baku.meta.agency?.name, 'Trend');
  assert.equal(baku.text.slice(baku.bodyStart, baku.bodyStart + 3), 'The');
  assert.equal(meta('BEIJING, March 2 (Xinhua) -- China will cut tariffs.').agency?.name, 'Xinhua');
  assert.equal(meta('PARIS (AFP) - Strikes hit rail services.').agency?.name, 'AFP');
  const beijing = readSource({ text: 'BEIJING, Jan. 8 (Xinhua) -- China will cut tariffs.' });
  assert.equal(beijing.meta.dateline?.text, 'BEIJING');
  assert.equal(beijing.meta.agency?.name, 'Xinhua');
  assert.equal(beijing.text.slice(beijing.bodyStart, beijing.bodyStart + 5), 'China');
  assert.equal(meta('MOSCOW, Russia, Oct. 3 (TASS) - Talks began.').dateline?.text, 'MOSCOW, Russia');
  assert.equal(meta('NEW YORK - Shares rose on Friday.').dateline?.text, 'NEW YORK');
});

test('shouted headlines and hyphenated capitals are not datelines', () => {
  assert.equal(meta('U.S. M-1 MONEY SUPPLY RISES 2.1 BILLION DLRS').dateline, null);
  assert.equal(meta('PETRO-CANADA CUT CRUDE PRICES BY 1.43 DLRS').dateline, null);
  assert.equal(meta('CORRECTION - THREE CONVICTED IN HOME STATE TRIAL').dateline, null);
  assert.equal(meta('U.S. TAX WRITERS SEEK ESTATE TAX CURBS').dateline, null);
});

test('date lines: explicit, Wikinews weekday line, dated dateline, JSON date', () => {
  assert.equal(meta('date 2021-05-06\nPolice arrested two men.').date, '2021-05-06');
  assert.equal(meta('Friday, January 4, 2019\u00a0\n\n\nAn apartment building collapsed.').date, '2019-01-04');
  assert.equal(meta('LONDON, March 3, 1987 (Reuters) - Sterling fell.').date, '1987-03-03');
  assert.equal(readSource({ text: 'Sterling fell.', date: '1987-03-03' }).meta.date, '1987-03-03');
  assert.equal(readSource({ text: 'date 2021-05-06\nSterling fell.' }, '2000-01-01').meta.date, '2000-01-01');
  assert.equal(meta('date 2021-02-30\nSterling fell.').date, null, 'an impossible date is not a date');
});

test('agency credits at the edges of a story', () => {
  assert.equal(meta('The minister met the envoy on Monday, AFP reported.').agency?.name, 'AFP');
  assert.equal(meta('Rebels seized the town, according to the Associated Press.').agency?.name, 'AP');
  assert.equal(meta('The minister met the envoy on Monday.').agency, null);
});
