// Quotes from reporting frames: one per outermost frame, with content, cue and speaker spans, the
// direct flag, and speakers resolved to actors when mentions are present. Plus the seed story's
// attribution (read from ../shared, skipped when absent).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { ActorLayer } from '../src/actors/types.js';
import { analyseClauses } from '../src/clauses/index.js';
import { quotesOf } from '../src/clauses/quotes.js';
import type { ClauseLayer, Frame } from '../src/clauses/types.js';
import type { Mention } from '../src/mentions/types.js';
import { parse, tokenAt, type Doc } from '../src/nlp/doc.js';
import { needsShared, SHARED } from './helpers.js';

const NO_ACTORS: ActorLayer = { actors: [], actorOf: new Int32Array(0) };

/** A hand-made person mention over the first occurrence of `phrase` (the mention stage is not under test). */
function mentionOf(doc: Doc, phrase: string, from = 0): Mention {
  const start = doc.text.indexOf(phrase, from);
  assert.ok(start >= 0, phrase);
  const end = start + phrase.length;
  const tokStart = tokenAt(doc, start);
  const tokEnd = tokenAt(doc, end);
  return {
    start, end, tokStart, tokEnd, text: phrase, kind: 'person', name: phrase, nameStart: start, nameEnd: end,
    country: null, sector: null, title: null, ethnicity: null, via: 'test', confidence: 1,
  };
}

test('one quote per outermost frame, with spans that slice the text', () => {
  const text = 'The premier said that the strike was illegal. "I think they will return to work," she added.';
  const doc = parse(text);
  const layer = analyseClauses(doc, [], NO_ACTORS);
  const quotes = quotesOf(doc, [], NO_ACTORS, layer);
  assert.equal(layer.frames.length, 3, 'the nested "I think" is a frame for events');
  assert.equal(quotes.length, 2, 'but not a quotation of its own');
  const [q1, q2] = quotes;
  assert.equal(q1!.content.text, 'that the strike was illegal');
  assert.equal(q1!.cue!.text, 'said');
  assert.equal(q1!.speaker_span!.text, 'The premier');
  assert.equal(q1!.direct, false);
  assert.equal(q1!.speaker, -1, 'no actors: unresolved');
  assert.equal(q2!.content.text, '"I think they will return to work,"');
  assert.equal(q2!.speaker_span!.text, 'she');
  assert.equal(q2!.direct, true);
  for (const q of quotes) {
    assert.equal(text.slice(q.content.start, q.content.end), q.content.text);
    assert.equal(text.slice(q.cue!.start, q.cue!.end), q.cue!.text);
  }
});

test('speaker actors come from mentions; inherited frames take the current speaker\'s actor', () => {
  const text = 'Foreign Minister Anna Berg said that talks would resume.\n\nThe delegation was informed that the border would reopen.';
  const doc = parse(text);
  const mentions = [mentionOf(doc, 'Foreign Minister Anna Berg'), mentionOf(doc, 'The delegation')];
  const actors: ActorLayer = {
    actors: [
      { name: 'Anna Berg', kind: 'person', country: null, sector: 'GOV', title: 'Foreign Minister', code: null, ethnicity: null, mentions: [0], confidence: 1 },
      { name: 'delegation', kind: 'group', country: null, sector: null, title: null, code: null, ethnicity: null, mentions: [1], confidence: 1 },
    ],
    actorOf: Int32Array.from([0, 1]),
  };
  const layer = analyseClauses(doc, mentions, actors);
  assert.equal(layer.frames.length, 2);
  assert.equal(layer.frames[0]!.speakerActor, 0);
  assert.deepEqual(layer.frames[0]!.speaker!.mentions, [0]);
  assert.equal(layer.frames[1]!.speakerActor, 0, 'the informant, not the informed delegation');
  const quotes = quotesOf(doc, mentions, actors, layer);
  assert.equal(quotes[1]!.speaker, 0);
  assert.equal(quotes[1]!.speaker_span!.text, 'Foreign Minister Anna Berg');
  const reopen = layer.clauses.find((c) => c.lemma === 'reopen')!;
  assert.equal(reopen.frame, 1);
  assert.deepEqual(layer.clauses.find((c) => c.lemma === 'inform')!.subject!.actors, [1]);
});

test('the seed story: paragraphs 3-8 are Aliyev\'s claims; Blinken\'s concern is stated as fact', { skip: needsShared('examples/baku-call.txt') }, () => {
  const text = readFileSync(join(SHARED, 'examples', 'baku-call.txt'), 'utf8');
  const doc = parse(text);
  const layer = analyseClauses(doc, [], NO_ACTORS);
  const speakerText = (f: Frame): string => {
    const arg = f.speaker ?? (f.inherited >= 0 ? layer.frames[f.inherited]!.speaker : null);
    return arg === null ? '' : text.slice(doc.start[arg.tokStart]!, doc.end[arg.tokEnd - 1]!);
  };
  /** The outermost frame of a clause. */
  const outer = (layer: ClauseLayer, f: number): Frame => {
    let x = layer.frames[f]!;
    while (x.parent >= 0) x = layer.frames[x.parent]!;
    return x;
  };
  // Paragraphs: split on blank lines; the story's paragraphs 3 to 8 are the head of state's claims.
  const paraStarts: number[] = [0];
  const re = /\n\s*\n/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) paraStarts.push(m.index + m[0].length);
  assert.ok(paraStarts.length >= 9, `paragraphs: ${paraStarts.length}`);
  const paraOf = (off: number): number => {
    let p = 0;
    while (p + 1 < paraStarts.length && paraStarts[p + 1]! <= off) p++;
    return p + 1; // 1-based
  };
  const aliyev = /^(The head of state|President Ilham Aliyev|The Azerbaijani leader)$/;
  let checked = 0;
  for (const c of layer.clauses) {
    const p = paraOf(doc.start[c.pred]!);
    if (p < 3 || p > 8) continue;
    const cueLemmas = ['say', 'note', 'underline', 'point out', 'inform'];
    const isOwnCue = layer.frames.some((f) => f.cue.tokStart === c.predStart && f.parent < 0 && cueLemmas.includes(c.lemma));
    if (isOwnCue) continue;
    assert.ok(c.frame >= 0, `clause '${c.lemma}' in paragraph ${p} is outside any frame`);
    const f = outer(layer, c.frame);
    assert.match(speakerText(f), aliyev, `clause '${c.lemma}' attributed to '${speakerText(f)}'`);
    checked++;
  }
  assert.ok(checked >= 15, `only ${checked} clauses checked`);
  // The informant and the "It was underlined" frames inherit the head of state.
  const informed = layer.frames.find((f) => text.slice(doc.start[f.cue.tokStart]!, doc.end[f.cue.tokEnd - 1]!) === 'was informed');
  assert.ok(informed && informed.speaker === null && informed.inherits);
  assert.match(speakerText(informed), aliyev);
  // "civilians had not been harmed": negated, passive, inside the head of state's frame.
  const harm = layer.clauses.find((c) => c.lemma === 'harm')!;
  assert.equal(harm.negated, true);
  assert.equal(harm.voice, 'passive');
  assert.match(speakerText(outer(layer, harm.frame)), aliyev);
  // Last sentence: Blinken's expressing concern is the story's statement, not inside any frame.
  const express = layer.clauses.find((c) => c.lemma === 'express')!;
  assert.equal(express.frame, -1);
  const find = layer.clauses.find((c) => c.lemma === 'find')!;
  assert.equal(find.frame, -1);
  const concern = layer.frames.find((f) => f.cue.tokStart === express.predStart);
  if (concern !== undefined) {
    assert.equal(concern.stance, 'concern');
    assert.match(speakerText(concern), /Blinken/);
  }
  // Paragraphs 1 and 2 are the reporter's.
  for (const c of layer.clauses) if (paraOf(doc.start[c.pred]!) <= 2) assert.equal(c.frame, -1, `clause '${c.lemma}'`);
});

/** The quotes of a text with no mentions: [speaker, cue, content] triples. */
function triples(text: string): [string | null, string | null, string][] {
  const doc = parse(text);
  const layer = analyseClauses(doc, [], NO_ACTORS);
  return quotesOf(doc, [], NO_ACTORS, layer).map((q) => [q.speaker_span?.text ?? null, q.cue?.text ?? null, q.content.text]);
}

test('a complement clause without "that" whose first word the chunker does not take for a noun phrase', () => {
  // "Cook" is tagged as a verb, "none" as an adverb: the clause after the cue is still its content.
  assert.deepEqual(triples('The Herald said Cook provided a written answer to the questions.'), [
    ['The Herald', 'said', 'Cook provided a written answer to the questions'],
  ]);
  assert.deepEqual(triples('The clerk said none of the other names were printed on the ballots.'), [
    ['The clerk', 'said', 'none of the other names were printed on the ballots'],
  ]);
  // A gap relative: the content starts at the verb.
  const rel = triples('The new rules, which officials said will take effect in May, apply to farms.');
  assert.equal(rel.length, 1);
  assert.equal(rel[0]![2], 'will take effect in May');
  assert.equal(rel[0]![1], 'said');
  // No complement: a postposed cue with an adjunct only, and a postposed speaker with a relative clause.
  assert.deepEqual(triples('The bridge will reopen in June, the mayor said on Tuesday.'), [
    ['the mayor', 'said', 'The bridge will reopen in June'],
  ]);
  const inv = triples('The bridge will reopen in June, said Anna Berg, who chairs the council.');
  assert.equal(inv.length, 1);
  assert.equal(inv[0]![2], 'The bridge will reopen in June');
});

test('"that" after a long addressee and adjuncts, and an "according to" source the tagger breaks up', () => {
  const told = triples('Moss told a town hall in Dover, Delaware on Monday that the tax would be repealed.');
  assert.equal(told.length, 1);
  assert.equal(told[0]![0], 'Moss');
  assert.equal(told[0]![2], 'that the tax would be repealed');
  // A verb of its own before the 'that': the 'that' is no complement of the cue.
  assert.deepEqual(triples('Moss told a crowd gathered in Dover that the tax would be repealed.'), []);
  const acc = triples('Turnout fell sharply in the north, according to exit polls published by the board.');
  assert.deepEqual(acc, [['exit polls published by the board', 'according to', 'Turnout fell sharply in the north']]);
});

test('a cue the tagger calls a noun, the charge of "accused X of Y", and verbs of appearance', () => {
  assert.deepEqual(triples('New filings show it has less than $2 million in cash.'), [
    ['New filings', 'show', 'it has less than $2 million in cash'],
  ]);
  assert.deepEqual(triples('The late show drew a large audience.'), []);
  assert.deepEqual(triples('The mayor accused the board of hiding losses from voters.'), [
    ['The mayor', 'accused', 'the board of hiding losses from voters'],
  ]);
  // The writer's judgement: no speaker, the whole clause with its subject.
  assert.deepEqual(triples('The ruling coalition seemed to be losing ground in the north.'), [
    [null, 'seemed', 'The ruling coalition seemed to be losing ground in the north'],
  ]);
  assert.deepEqual(triples('The minister appeared on television on Monday.'), []);
});

test('a nominal cue with a prepositional content takes its holder from the clause around it', () => {
  const q = triples('The senator stepped up her attacks on the new pipeline project.');
  const attacks = q.find((t) => t[1] === 'attacks on');
  assert.ok(attacks !== undefined, JSON.stringify(q));
  assert.equal(attacks[2], 'the new pipeline project');
  assert.equal(attacks[0], 'her', 'the possessor first');
  const support = triples('Farm groups voiced strong support of the trade deal.').find((t) => t[1] === 'support of');
  assert.ok(support !== undefined);
  assert.equal(support[0], 'Farm groups');
  assert.equal(support[2], 'the trade deal');
});

test('a fronted "asked" with a wh-clause after adjuncts: the question ends at its comma, the asker is the by-agent', () => {
  assert.deepEqual(triples('Asked on Friday whether the plant would close, the manager shook his head.'), [
    [null, 'Asked', 'whether the plant would close'],
  ]);
  const q = triples('When asked by a reporter what the plan would cost, the governor said nothing.');
  assert.deepEqual(q[0], ['a reporter', 'asked', 'what the plan would cost']);
  assert.deepEqual(triples('Asked which route was safest, the guide shrugged.')[0], [null, 'Asked', 'which route was safest']);
});

test('a second report joined by "while" or after a quantified speaker is a quotation of its own', () => {
  assert.deepEqual(triples('The mayor said the bridge was safe, while engineers said it needed repairs.'), [
    ['The mayor', 'said', 'the bridge was safe'],
    ['engineers', 'said', 'it needed repairs'],
  ]);
  const q = triples('Most farmers said prices were too low, and more than 6 in 10 said the subsidy should stay.');
  assert.equal(q.length, 2, JSON.stringify(q));
  assert.equal(q[0]![2], 'prices were too low');
  assert.equal(q[1]![2], 'the subsidy should stay');
});

test('"released a statement saying ...": the author of the document is the speaker', () => {
  assert.deepEqual(triples('The army released a statement saying the convoy had reached the border.'), [
    ['The army', 'saying', 'the convoy had reached the border'],
  ]);
  assert.deepEqual(triples('The union sent a letter urging members to stay at home.')[0]?.[0], 'The union');
});
