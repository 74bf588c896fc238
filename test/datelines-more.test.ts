// More dateline styles: a place in mixed case before a known agency, day-month dates, TASS's
// "/TASS/". The agency is never an actor of the story.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { readSource } from '../src/source/read.js';

const meta = (text: string) => readSource({ text }).meta;

test('a mixed-case place before a known agency is a dateline', () => {
  const m = meta('Mexico City (Reuters) - Police arrested two men on Sunday.');
  assert.equal(m.dateline?.text, 'Mexico City');
  assert.equal(m.agency?.name, 'Reuters');
  const w = meta('Washington, Dec 5 (Reuters) - The Senate passed the bill.');
  assert.equal(w.dateline?.text, 'Washington');
  assert.equal(w.agency?.name, 'Reuters');
});

test('day-month dates and /TASS/', () => {
  const m = meta('MOSCOW, 5 December 2026 /TASS/. Russia and China signed an accord.');
  assert.equal(m.dateline?.text, 'MOSCOW');
  assert.equal(m.agency?.name, 'TASS');
  assert.equal(m.date, '2026-12-05');
  const i = meta('Moscow, 5 December (Interfax) - The ministry said talks would resume.');
  assert.equal(i.dateline?.text, 'Moscow');
  assert.equal(i.agency?.name, 'Interfax');
});

test('a mixed-case name without a known agency is no dateline, and the agency is no actor', () => {
  assert.equal(meta('Smith (R-Texas) - said the bill would fail.').dateline, null);
  assert.equal(meta('Kyiv, Ukraine - officials said.').dateline, null);
  const r = code('Mexico City (Reuters) - Police arrested two protesters on Sunday, officials said.');
  assert.ok(!r.actors.some((a) => a.name === 'Reuters'), JSON.stringify(r.actors.map((a) => a.name)));
});

test('TASS\'s own style: a full stop between the date and /TASS/', () => {
  const m = meta('MOSCOW, March 14. /TASS/. Russian Foreign Minister Sergey Lavrov met his counterpart.');
  assert.equal(m.dateline?.text, 'MOSCOW');
  assert.equal(m.agency?.name, 'TASS');
  const r = code('MOSCOW, March 14. /TASS/. Russian Foreign Minister Sergey Lavrov held talks with Chinese Foreign Minister Wang Yi.');
  assert.ok(!r.actors.some((a) => a.name === 'TASS'), JSON.stringify(r.actors.map((a) => a.name)));
});
