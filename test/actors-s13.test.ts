// Actors and events of wire copy (session 13), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

/** The code of the actor a mention with exactly this text belongs to. */
function codeOf(r: Readout, text: string): string | null | undefined {
  const m = r.mentions.find((x) => x.text === text && x.actor !== null);
  return m ? r.actors.find((x) => x.id === m.actor)?.code : undefined;
}

/** The name of the actor a quote is attributed to, for the quote whose content starts with `content`. */
function speakerOf(r: Readout, content: string): string | undefined {
  const q = r.quotes.find((x) => x.content.text.startsWith(content));
  return q?.speaker === null || q === undefined ? undefined : r.actors.find((a) => a.id === q.speaker)?.name;
}

test('an anonymous source with a country or sector is the informant of what it said', () => {
  const r = code(
    'The talks lasted three hours and focused on border security, a Turkish diplomatic source said. ' +
      'A security source said two suspects had been detained. The source said more arrests were expected.',
  );
  assert.equal(codeOf(r, 'a Turkish diplomatic source'), 'TURGOV', JSON.stringify(r.actors));
  assert.equal(speakerOf(r, 'The talks lasted'), 'Turkish diplomatic source', JSON.stringify(r.quotes));
  assert.equal(codeOf(r, 'A security source'), 'COP', JSON.stringify(r.actors));
  // "The source" after them refers back to the latest one.
  assert.equal(codeOf(r, 'The source'), 'COP', JSON.stringify(r.actors));
});

test('a source that is a thing or a quality of information is no actor', () => {
  const r = code(
    'Tourism is the main source of foreign exchange for Kenya, the minister said. The report cited an unnamed source. ' +
      'The company released the source code of its open source browser.',
  );
  const sources = r.mentions.filter((m) => /source/i.test(m.text));
  assert.deepEqual(sources.map((m) => m.text), [], JSON.stringify(r.mentions));
});

test('"the bloc" and "the alliance" refer back to the intergovernmental body, not to a company or group named between', () => {
  const r = code(
    'The European Union pledged 50 million euros in aid to Syria last week, after talks with Siemens. ' +
      'The aid includes tents and blankets, the bloc said. NATO ministers met in Brussels with Hamas observers. ' +
      'The alliance said it would respond.',
  );
  assert.equal(codeOf(r, 'the bloc'), 'IGOEUREEC', JSON.stringify(r.actors));
  assert.equal(codeOf(r, 'The alliance')?.startsWith('IGO'), true, JSON.stringify(r.actors));
  assert.equal(speakerOf(r, 'The aid includes'), 'European Union', JSON.stringify(r.quotes));
});

test('a consultation verb of purpose after a meeting with someone named is that meeting, not a second event', () => {
  const r = code(
    'Turkish Foreign Minister Hakan Fidan met his Iraqi counterpart Fuad Hussein in Ankara on Tuesday to discuss border security.',
  );
  const consult = r.events.filter((e) => e.root === '04');
  assert.ok(consult.length >= 1, JSON.stringify(r.events));
  assert.ok(consult.every((e) => e.target.length > 0), JSON.stringify(consult));
});
