// Wire-story round of session 13 (helper wire): rules found by hand-coding Wikinews political and
// conflict stories. Invented wire sentences; each fails without its rule.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

const nameOf = (r: Readout, id: string): string => r.actors.find((a) => a.id === id)?.name ?? id;
const shown = (r: Readout): string =>
  JSON.stringify(r.events.map((e) => [e.trigger.text, e.cameo, e.source.map((x) => nameOf(r, x)), e.target.map((x) => nameOf(r, x)), e.realis]));

/** The first event whose CAMEO code starts with `root`, with its source and target names and realis. */
function event(r: Readout, root: string): { source: string[]; target: string[]; realis: string } {
  const e = r.events.find((x) => x.cameo.startsWith(root));
  assert.ok(e, `no ${root} event: ${shown(r)}`);
  return { source: e.source.map((x) => nameOf(r, x)), target: e.target.map((x) => nameOf(r, x)), realis: e.realis };
}

test('a reduced passive after a preposition or "being" has the noun before it as its patient', () => {
  const r = code('The main topic was the fate of opposition activists detained during the election campaign.');
  const e = event(r, '17');
  assert.equal(e.source.length, 0, shown(r));
  assert.match(e.target.join(), /activists/, shown(r));
  const s = code('Rights groups said it was the first report of a student being shot by police in the capital.');
  const f = event(s, '19');
  assert.match(f.target.join(), /student/, shown(s));
  assert.match(f.source.join(), /police/i, shown(s));
  // a clause's own subject stays the agent
  const t = code('Up to 200 ethnic Albanians demonstrated on Tuesday in Pristina.');
  assert.match(event(t, '14').source.join(), /Albanians/, shown(t));
});

test('a participle of agency on an event noun names its source', () => {
  const r = code('The attack on the checkpoint, reportedly carried out by the Taliban, killed nine soldiers.');
  assert.match(event(r, '19').source.join(), /Taliban/, shown(r));
  const s = code('A car bombing in Mogadishu killed six people on Friday, another attack blamed on al-Shabaab.');
  const e = s.events.filter((x) => x.source.some((id) => /Shabaab/i.test(nameOf(s, id))));
  assert.ok(e.length > 0, shown(s));
  assert.ok(!s.events.some((x) => x.target.some((id) => /Shabaab/i.test(nameOf(s, id)))), shown(s));
});

test('"in support of X": X is whom the support is for, not its author', () => {
  const r = code('Several thousand people rallied in Caracas in support of President Nicolas Maduro.');
  const e = event(r, '05');
  assert.match(e.target.join(), /Maduro/, shown(r));
  assert.ok(!e.source.join().includes('Maduro'), shown(r));
});

test('an act a verb of permitting lets someone do is that actor\'s and only hypothetical', () => {
  const r = code('Protesters opposed a bill that would have allowed China to extradite suspects to the mainland.');
  const e = event(r, '06');
  assert.match(e.source.join(), /China|Beijing/, shown(r));
  assert.equal(e.realis, 'hypothetical', shown(r));
});

test('being met with protests is no meeting; met with condemnation is criticism', () => {
  const r = code('The decision was met with protests in several cities.');
  assert.ok(!r.events.some((x) => x.cameo.startsWith('04')), shown(r));
  const s = code('The verdict was met with condemnation by the European Union.');
  assert.match(event(s, '111').source.join(), /European Union/, shown(s));
});

test('accepting responsibility is a claim of responsibility (015); firing a shot at someone is force', () => {
  const r = code('The crown prince accepted responsibility for the killing of the journalist.');
  assert.ok(r.events.some((x) => x.cameo === '015'), shown(r));
  const s = code('A police officer fired a live round at a protester on Tuesday.');
  const e = event(s, '19');
  assert.match(e.source.join(), /police officer/i, shown(s));
  assert.match(e.target.join(), /protester/, shown(s));
});

test('withdrawing a bill or a lawsuit is yielding, not a military withdrawal', () => {
  const r = code('The government said it would withdraw the controversial security bill.');
  assert.ok(!r.events.some((x) => x.cameo.startsWith('0872') || x.cameo.startsWith('0356')), shown(r));
  const s = code('Russia will withdraw its troops from the border, the ministry said.');
  assert.ok(s.events.some((x) => x.cameo === '0356' || x.cameo === '0872'), shown(s));
});

test('a statement that "came from" someone is theirs', () => {
  const r = code('Statements of condemnation have come from the Arab League and the African Union.');
  const e = event(r, '111');
  assert.match(e.source.join(), /Arab League/, shown(r));
  assert.match(e.source.join(), /African Union/, shown(r));
});
