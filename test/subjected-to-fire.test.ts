// "X subjected Y to fire / shelling": the phrasing of defence ministries' ceasefire reports.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('"subjected ... to fire" is an assault attributed to the ministry that reports it, "to shelling" artillery', () => {
  const r = code(
    'BAKU, Azerbaijan, August 15. Armenian forces subjected Azerbaijani positions to fire, the ministry said, Trend reports. ' +
      'Armenian units also subjected the village of Kokhanabi to shelling. The plan is subject to approval by parliament.',
  );
  const codes = r.events.map((e) => e.cameo);
  assert.ok(codes.includes('190'), JSON.stringify(codes));
  assert.ok(codes.includes('194'), JSON.stringify(codes));
  const fire = r.events.find((e) => e.cameo === '190')!;
  assert.equal(fire.attribution?.cue?.text, 'said');
  assert.equal(codes.length, 2, 'subject to approval is no event');
});

test('a long object with its place between "subjected" and "to fire", and the ministry a report cites', () => {
  const r = code(
    'BAKU, Azerbaijan, October 2. Units of the Armenian armed forces subjected the positions of the Azerbaijani army ' +
      'in the Kalbajar district to fire on October 1, Trend reports citing the Ministry of Defense of Azerbaijan.',
  );
  const fire = r.events.find((e) => e.cameo === '190');
  assert.ok(fire, JSON.stringify(r.events.map((e) => e.cameo)));
  const name = (id: string | null | undefined) => r.actors.find((a) => a.id === id)?.name ?? null;
  assert.match(fire.source.map(name).join(' '), /Armenian armed forces/);
  assert.match(fire.target.map(name).join(' '), /Azerbaijani army/);
  // Trend relays the ministry: the ministry speaks, and it is no quoted content.
  assert.equal(name(fire.attribution?.speaker), 'Ministry of Defense of Azerbaijan');
  assert.ok(!r.quotes.some((q) => q.content.text.startsWith('the Ministry')), JSON.stringify(r.quotes.map((q) => q.content.text)));
});

test('"..., the agency said, citing officials": the officials speak; "citing the ministry\'s failures" names a reason', () => {
  const r = code('Rebels shelled the town of Kadugli overnight, the agency said on Monday, citing army officials.');
  const ev = r.events.find((e) => e.cameo?.startsWith('19'));
  assert.ok(ev, JSON.stringify(r.events.map((e) => e.cameo)));
  const speaker = r.actors.find((a) => a.id === ev.attribution?.speaker);
  assert.match(speaker?.name ?? ev.attribution?.speaker_span?.text ?? '', /officials/);
  const s = code('The president dismissed the defence minister, citing the ministry\'s failures in the war.');
  assert.ok(s.quotes.some((q) => q.cue?.text === 'citing' && /failures/.test(q.content.text)), JSON.stringify(s.quotes));
});

test('a gap crosses a long object only when the usual window fails, and never onto the next clause\'s verb', () => {
  const r = code('date 2024-09-10\nGermany expelled two Russian diplomats on Tuesday after prosecutors charged a German citizen with spying for Moscow.');
  const codes = r.events.map((e) => e.cameo);
  assert.ok(codes.includes('161') && codes.includes('1121'), JSON.stringify(codes));
});
