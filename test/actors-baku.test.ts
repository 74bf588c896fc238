// The seed story's actors against the human coder's expectation (read from ../shared; skipped when
// absent). Checks every expected actor's kind, country, sector, title, ethnicity and mentions, and
// that the reporting agency, the month and the region are no actors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildActors } from '../src/actors/index.js';
import { findMentions } from '../src/mentions/index.js';
import { NO_TAGGER, useTagger } from '../src/mentions/spans.js';
import { parse } from '../src/nlp/doc.js';
import { readSource } from '../src/source/read.js';
import { needsShared, SHARED } from './helpers.js';

interface Expected {
  name: string;
  kind: string;
  country: string | string[];
  sector: string | string[];
  title?: string;
  ethnicity?: string;
  mentions?: string[];
}

const STORY = 'examples/baku-call.txt';
const EXPECT = 'examples/baku-call.expect.json';
const oneOf = (v: string | string[]): string[] => (Array.isArray(v) ? v : [v]);

for (const mode of ['with the shipped tagger', 'without a tagger'] as const) {
  test(`baku-call: actors, codes and mentions match the expectation (${mode})`, { skip: needsShared(STORY) || needsShared(EXPECT) }, () => {
    useTagger(mode === 'without a tagger' ? NO_TAGGER : null);
    try {
      checkBaku();
    } finally {
      useTagger(null);
    }
  });
}

function checkBaku(): void {
  const text = readFileSync(join(SHARED, STORY), 'utf8');
  const expect = JSON.parse(readFileSync(join(SHARED, EXPECT), 'utf8')) as { actors: Expected[]; not_actors: string[] };
  const source = readSource({ text }, null);
  const doc = parse(source.text, source.bodyStart);
  const ms = findMentions(doc, source);
  const { actors } = buildActors(doc, ms);
  for (const e of expect.actors) {
    const a = actors.find((x) => x.name.toLowerCase() === e.name.toLowerCase());
    assert.ok(a, `actor ${e.name} missing; got ${JSON.stringify(actors.map((x) => x.name))}`);
    assert.equal(a.kind, e.kind, `${e.name} kind`);
    assert.ok(oneOf(e.country).includes(a.country ?? ''), `${e.name} country ${a.country}`);
    assert.ok(oneOf(e.sector).includes(a.sector ?? '') || oneOf(e.sector).includes(a.country ?? ''), `${e.name} sector ${a.sector}`);
    if (e.title !== undefined) assert.equal(a.title, e.title, `${e.name} title`);
    if (e.ethnicity !== undefined) assert.equal(a.ethnicity, e.ethnicity, `${e.name} ethnicity`);
    assert.ok(a.code !== null && a.code.startsWith(a.country ?? ''), `${e.name} code ${a.code}`);
    const texts = a.mentions.map((i) => ms[i]!.text);
    for (const m of e.mentions ?? []) assert.ok(texts.includes(m), `${e.name}: mention "${m}" not in ${JSON.stringify(texts)}`);
  }
  for (const name of expect.not_actors) {
    for (const a of actors) {
      assert.notEqual(a.name, name, `${name} must not be an actor`);
      for (const i of a.mentions) assert.notEqual(ms[i]!.text, name, `${name} must not be an actor mention`);
    }
  }
}
