// Wire-story errors (helper s10-wire): judging is no event, and whoever judges, names or reports an
// act is not its agent. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

const shown = (r: Readout): string =>
  JSON.stringify(r.events.map((x) => [x.trigger.text, x.cameo, x.source.map((s) => r.actors.find((a) => a.id === s)?.name)]));

/** Every sentence has (or, with `none`, has no) event whose CAMEO code starts with `cameo`. */
function coded(sentences: readonly string[], cameo: string, none: boolean): void {
  for (const s of sentences) {
    const r = code(s);
    assert.equal(r.events.some((e) => e.cameo.startsWith(cameo)), !none, `${s} ${shown(r)}`);
  }
}

const sourcesOf = (r: Readout, trigger: string): string[] =>
  r.events.filter((e) => e.trigger.text === trigger).flatMap((e) => e.source.map((s) => r.actors.find((a) => a.id === s)?.name ?? s));

test('"consider" with a small clause is an opinion, not a policy option weighed (014)', () => {
  coded([
    'The king considered it inappropriate for members of the royal family to run for office.',
    'The former president was considered the founding father of the republic.',
    'The opposition leader said she considered the deal acceptable.',
    'Judge Maria Lopez said she considered the defendant a flight risk.',
    'The militia is widely considered a proxy of the regional power.',
    'Such payments could be considered bribery, the prosecutor said.',
    'Most legal experts consider the decree to be unconstitutional.',
    'The ministry does not consider the border incident as an act of war.',
  ], '014', true);
});

test('"consider" with a plain object, a gerund or nothing is still the event (014)', () => {
  coded([
    'The foreign minister said Mexico would consider charging the gunman with terrorism.',
    'The cabinet is considering new sanctions against the regime.',
    'A ceasefire proposal is being considered by both sides.',
  ], '014', false);
});

test('the speaker of "said the attack had killed twelve" is not the attacker', () => {
  const r = code('Provincial spokesman Ahmad Karimi said the attack had killed twelve soldiers and wounded nine others.');
  assert.ok(!sourcesOf(r, 'killed').some((n) => /Karimi/.test(n)), shown(r));
  assert.ok(r.events.some((e) => e.trigger.text === 'killed' && e.attribution !== null), shown(r));
});

test('whoever characterizes, attributes or speaks out against an attack is not its agent', () => {
  for (const [s, who] of [
    ['The Foreign Ministry of Iraq characterized the attack as a serious violation of Iraqi sovereignty.', /Ministry/],
    ['The station manager attributed the bombing to the rebels.', /manager/],
    ['The prime minister spoke out against the airstrike on Friday.', /minister/],
  ] as const) {
    const r = code(s);
    assert.ok(!r.events.some((e) => e.source.some((x) => who.test(r.actors.find((a) => a.id === x)?.name ?? ''))), `${s} ${shown(r)}`);
  }
});

test('an event noun a speaker tweets or announces as object keeps the speaker as its source', () => {
  const r = code('President Smith tweeted support for the protests to end the shutdown orders.');
  assert.ok(sourcesOf(r, 'support').some((n) => /Smith/.test(n)), shown(r));
});

test('releasing a document, a product or a substance is no release of persons (0841); freeing captives is', () => {
  coded([
    'The White House released a summary of the call on Wednesday.',
    'The ministry released the findings of its inquiry into the crash.',
    'The candidate has refused to release his tax returns.',
  ], '0841', true);
  coded(['The rebels released two captured soldiers on Sunday.'], '0841', false);
});

test('preventing is an event only when done to an actor or to an act, not "to prevent the spread of the virus"', () => {
  coded([
    'Schools were closed to prevent the spread of the virus.',
    'Firefighters worked through the night to prevent further damage to the old town.',
  ], '172', true);
  coded([
    'Riot police prevented the opposition from marching to parliament.',
    'Police prevented the demonstration outside the ministry on Tuesday.',
  ], '172', false);
});

test('an act asked about in a question is not asserted: a modal gives its realis, a yes/no question hypothetical', () => {
  const realis = (s: string, trigger: string): string | undefined => code(s).events.find((e) => e.trigger.text.startsWith(trigger))?.realis;
  assert.equal(realis('As president, how would you work with Congress to pass the budget?', 'work'), 'hypothetical');
  assert.equal(realis('Will Iran retaliate against the United States?', 'retaliate'), 'future');
  assert.equal(realis('Did the rebels attack the border town on Sunday?', 'attack'), 'hypothetical');
  assert.equal(realis('The rebels attacked the border town on Sunday.', 'attacked'), 'actual');
});

test('seeking office or seeking to do something is no appeal (020); seeking aid or talks is', () => {
  coded([
    'The senator sought the Democratic presidential nomination in 2016.',
    'The president will not seek re-election, his spokesman said.',
    'The rebels seek to retake control of the capital.',
  ], '020', true);
  coded(['The government sought international aid after the floods.'], '023', false);
});

test('"was met with applause" is a reaction, not a meeting (040)', () => {
  coded(['The minister was met with applause when he announced the reform.', 'The plan was met with skepticism in the capital.'], '04', true);
  coded(['The foreign minister met with his Greek counterpart in Athens.'], '04', false);
});
