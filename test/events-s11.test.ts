// Event codes from wire copy (session 11), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

test('a reported act of coercion or force under a condition is a threat, as without one ("said it would reimpose sanctions if ...")', () => {
  const r = code(
    'WASHINGTON (Reuters) - The United States said on Tuesday it would reimpose oil sanctions on Venezuela if the government did not allow opposition candidates to run.',
  );
  const e = r.events.find((x) => x.trigger.text.includes('sanctions'));
  assert.equal(e?.cameo, '1312', JSON.stringify(r.events.map((x) => [x.cameo, x.trigger.text, x.realis])));
  assert.equal(e?.realis, 'hypothetical');
  // Only a reported 'would': a condition in the reporter's own words is no announcement.
  const own = code('The army would attack the town if the talks failed.');
  const a = own.events.find((x) => x.trigger.text.includes('attack'));
  assert.ok(a !== undefined && a.root === '19', JSON.stringify(own.events.map((x) => [x.cameo, x.trigger.text])));
});

test('a time phrase after a cue\'s addressee is no content: the charge or the topic after it is ("accused Russia on Sunday of ...", "asked him on Tuesday about ...")', () => {
  const r = code('KYIV (Reuters) - Zelenskiy accused Russia on Sunday of deliberately targeting energy infrastructure.');
  assert.ok(!r.quotes.some((q) => q.content.text === 'Sunday'), JSON.stringify(r.quotes));
  const a = code('The senator asked the minister on Tuesday about the merger.');
  assert.deepEqual(a.quotes.map((q) => q.content.text), ['the merger']);
});

test('scrambling jets is a raised military alert (152), and an armed forces command is a military body that can speak', () => {
  const r = code('WARSAW (Reuters) - Poland scrambled fighter jets after a Russian missile briefly entered its airspace, the Polish armed forces command said.');
  const e = r.events.find((x) => x.trigger.text.startsWith('scrambled'));
  assert.equal(e?.cameo, '152', JSON.stringify(r.events.map((x) => [x.cameo, x.trigger.text])));
  const speaker = r.actors.find((a) => a.id === e.attribution?.speaker);
  assert.equal(speaker?.code, 'POLMIL', JSON.stringify(r.actors));
});

test('"met X and discussed the war in Ukraine" is one meeting with X, not a second consultation with the topic\'s country', () => {
  const r = code('MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Moscow on Monday and discussed the war in Ukraine.');
  const name = (id: string): string | undefined => r.actors.find((a) => a.id === id)?.name;
  const targets = r.events.filter((e) => e.root === '04').flatMap((e) => e.target.map(name));
  assert.ok(targets.includes('Hakan Fidan'), JSON.stringify(r.events.map((e) => [e.cameo, e.trigger.text, e.target.map(name)])));
  assert.ok(!targets.includes('Ukraine'), JSON.stringify(r.events.map((e) => [e.cameo, e.trigger.text, e.target.map(name)])));
});
