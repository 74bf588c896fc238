// Clause stage on invented wire-style sentences: predicates, arguments, voice, negation, modality,
// and reporting frames (that-clauses, postposed speakers, "according to", direct quotes across
// sentences, passive informant frames inheriting the current speaker).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseClauses } from '../src/clauses/index.js';
import type { Arg, Clause, ClauseLayer, Frame } from '../src/clauses/types.js';
import { parse, type Doc } from '../src/nlp/doc.js';

const NO_ACTORS = { actors: [], actorOf: new Int32Array(0) };

function run(text: string): { doc: Doc; layer: ClauseLayer } {
  const doc = parse(text);
  return { doc, layer: analyseClauses(doc, [], NO_ACTORS) };
}

function words(doc: Doc, a: Arg | null): string | null {
  return a === null ? null : doc.text.slice(doc.start[a.tokStart]!, doc.end[a.tokEnd - 1]!);
}

function clause(doc: Doc, layer: ClauseLayer, lemma: string): Clause {
  const c = layer.clauses.find((x) => x.lemma === lemma);
  assert.ok(c, `no clause '${lemma}' in: ${layer.clauses.map((x) => x.lemma).join(', ')}`);
  void doc;
  return c;
}

function content(doc: Doc, f: Frame): string {
  return doc.text.slice(f.content.start, f.content.end);
}

function cue(doc: Doc, f: Frame): string {
  return doc.text.slice(doc.start[f.cue.tokStart]!, doc.end[f.cue.tokEnd - 1]!);
}

/** The speaker phrase of a frame, following inheritance. */
function speakerOf(doc: Doc, layer: ClauseLayer, f: Frame): string | null {
  const from = f.speaker ?? (f.inherited >= 0 ? layer.frames[f.inherited]!.speaker : null);
  return words(doc, from);
}

test('that-clause frame: speaker, cue, content with "that", clauses inside point to it', () => {
  const { doc, layer } = run('The interior minister said that police had arrested twelve protesters in the capital.');
  assert.equal(layer.frames.length, 1);
  const f = layer.frames[0]!;
  assert.equal(words(doc, f.speaker), 'The interior minister');
  assert.equal(cue(doc, f), 'said');
  assert.equal(content(doc, f), 'that police had arrested twelve protesters in the capital');
  assert.equal(f.direct, false);
  assert.equal(f.stance, 'asserted');
  const arrest = clause(doc, layer, 'arrest');
  assert.equal(arrest.frame, 0);
  assert.equal(words(doc, arrest.subject), 'police');
  assert.equal(words(doc, arrest.object), 'twelve protesters');
  assert.deepEqual(arrest.preps.map((p) => `${p.prep} ${words(doc, p.arg)}`), ['in the capital']);
  assert.equal(clause(doc, layer, 'say').frame, -1, 'the cue itself is outside its own content');
});

test('postposed speaker: "<content>, she said." and "<content>, said the spokesman."', () => {
  const { doc, layer } = run('The talks will resume next week, she said. The border crossing remains closed, said a ministry spokesman.');
  assert.equal(layer.frames.length, 2);
  assert.equal(content(doc, layer.frames[0]!), 'The talks will resume next week');
  assert.equal(words(doc, layer.frames[0]!.speaker), 'she');
  assert.equal(content(doc, layer.frames[1]!), 'The border crossing remains closed');
  assert.equal(words(doc, layer.frames[1]!.speaker), 'a ministry spokesman');
  assert.equal(clause(doc, layer, 'resume').modality, 'future');
});

test('"according to X" before and after the content', () => {
  const { doc, layer } = run(
    'According to local officials, rebels shelled the town overnight. Three soldiers were wounded in the attack, according to the army.',
  );
  assert.equal(layer.frames.length, 2);
  const [a, b] = layer.frames;
  assert.equal(words(doc, a!.speaker), 'local officials');
  assert.equal(content(doc, a!), 'rebels shelled the town overnight');
  assert.equal(cue(doc, a!), 'According to');
  assert.equal(words(doc, b!.speaker), 'the army');
  assert.equal(content(doc, b!), 'Three soldiers were wounded in the attack');
  const wound = clause(doc, layer, 'wound');
  assert.equal(wound.voice, 'passive');
  assert.equal(wound.frame, 1);
});

test('direct quote across sentences with a postposed cue, and its continuation', () => {
  const text =
    '“We will not surrender. Our forces are holding the line,” the general told reporters. “The enemy has suffered heavy losses.”\n\nThe fighting continued on Sunday.';
  const { doc, layer } = run(text);
  const direct = layer.frames.filter((f) => f.direct);
  assert.equal(direct.length, 1);
  const f = direct[0]!;
  assert.equal(words(doc, f.speaker), 'the general');
  assert.equal(cue(doc, f), 'told');
  assert.ok(content(doc, f).startsWith('“We will not surrender.'));
  assert.ok(content(doc, f).endsWith('heavy losses.”'), content(doc, f));
  const surrender = clause(doc, layer, 'surrender');
  assert.equal(surrender.negated, true);
  assert.equal(surrender.modality, 'future');
  assert.equal(layer.frames[surrender.frame], f);
  assert.equal(clause(doc, layer, 'suffer').frame, surrender.frame, 'the continuation belongs to the same quote');
  assert.equal(clause(doc, layer, 'continue').frame, -1, 'the next paragraph is the reporter\'s');
});

test('straight-quoted direct speech with a preposed cue and a colon', () => {
  const { doc, layer } = run('The mayor said: "Nobody was hurt in the blast." Firefighters arrived later.');
  const f = layer.frames.find((x) => x.direct);
  assert.ok(f);
  assert.equal(words(doc, f.speaker), 'The mayor');
  assert.equal(content(doc, f), '"Nobody was hurt in the blast."');
  assert.equal(clause(doc, layer, 'arrive').frame, -1);
});

test('passive informant frame and "It was underlined" inherit the current speaker', () => {
  const text =
    'The foreign minister said that the ceasefire was holding.\n\nThe visiting delegation was informed that prisoners would be exchanged. It was stressed that aid convoys had been allowed into the city.';
  const { doc, layer } = run(text);
  assert.equal(layer.frames.length, 3);
  const [said, informed, stressed] = layer.frames;
  assert.equal(words(doc, said!.speaker), 'The foreign minister');
  assert.equal(cue(doc, informed!), 'was informed');
  assert.equal(informed!.speaker, null, 'the delegation is the addressee, not the speaker');
  assert.equal(informed!.inherits, true);
  assert.equal(speakerOf(doc, layer, informed!), 'The foreign minister');
  assert.equal(content(doc, informed!), 'that prisoners would be exchanged');
  assert.equal(speakerOf(doc, layer, stressed!), 'The foreign minister');
  const exchange = clause(doc, layer, 'exchange');
  assert.equal(exchange.voice, 'passive');
  // Under the past-tense "was informed", "would be exchanged" reports "will be exchanged" (backshift).
  assert.equal(exchange.modality, 'future');
  assert.equal(exchange.frame, 1);
  assert.equal(clause(doc, layer, 'allow').frame, 2);
});

test('negated clause coordinated inside a frame, with passive voice', () => {
  const { doc, layer } = run(
    'The spokesman said that only military targets had been hit during the operation, and civilians had not been harmed.',
  );
  assert.equal(layer.frames.length, 1);
  const hit = clause(doc, layer, 'hit');
  const harm = clause(doc, layer, 'harm');
  assert.equal(hit.voice, 'passive');
  assert.equal(hit.negated, false);
  assert.equal(harm.voice, 'passive');
  assert.equal(harm.negated, true);
  assert.equal(words(doc, harm.subject), 'civilians');
  assert.equal(hit.frame, 0);
  assert.equal(harm.frame, 0);
});

test('negation forms: never, no longer, n\'t', () => {
  const { doc, layer } = run('The army never attacked the village. The party no longer supports the coalition. Officials didn\'t comment.');
  assert.equal(clause(doc, layer, 'attack').negated, true);
  assert.equal(clause(doc, layer, 'support').negated, true);
  assert.equal(clause(doc, layer, 'comment').negated, true);
});

test('modality: future, intent, hypothetical, obligation', () => {
  const { doc, layer } = run(
    'The government will hold talks. The rebels plan to attack the airport. Sanctions could hurt exports. Troops must withdraw. If the deal fails, the union would strike.',
  );
  assert.equal(clause(doc, layer, 'hold').modality, 'future');
  assert.equal(clause(doc, layer, 'attack').modality, 'intent');
  assert.equal(clause(doc, layer, 'hurt').modality, 'hypothetical');
  assert.equal(clause(doc, layer, 'withdraw').modality, 'obligation');
  assert.equal(clause(doc, layer, 'fail').modality, 'hypothetical');
  assert.equal(clause(doc, layer, 'strike').modality, 'hypothetical');
  assert.equal(clause(doc, layer, 'hold').negated, false);
});

test('by-agent passives and phrasal verbs', () => {
  const { doc, layer } = run('The convoy was attacked by armed men near the border. The minister pointed out that the road had been reopened.');
  const attack = clause(doc, layer, 'attack');
  assert.equal(attack.voice, 'passive');
  assert.equal(words(doc, attack.agent), 'armed men');
  assert.equal(words(doc, attack.subject), 'The convoy');
  assert.deepEqual(attack.preps.map((p) => p.prep), ['near']);
  const point = clause(doc, layer, 'point out');
  assert.equal(point.frame, -1);
  const f = layer.frames.find((x) => cue(doc, x) === 'pointed out');
  assert.ok(f);
  assert.equal(words(doc, f.speaker), 'The minister');
  assert.equal(clause(doc, layer, 'reopen').frame, layer.frames.indexOf(f));
  assert.equal(clause(doc, layer, 'reopen').voice, 'passive');
});

test('stances: denial, intent, concern; an "expressed concern" act is not inside its own frame', () => {
  const { doc, layer } = run(
    'The ministry denied that its jets had bombed the market. The opposition leader vowed to boycott the vote. The envoy expressed concern over the rising violence.',
  );
  const byCue = (w: string): Frame => {
    const f = layer.frames.find((x) => cue(doc, x).startsWith(w));
    assert.ok(f, `no frame cued by '${w}'`);
    return f;
  };
  assert.equal(byCue('denied').stance, 'denied');
  assert.equal(content(doc, byCue('denied')), 'that its jets had bombed the market');
  assert.equal(byCue('vowed').stance, 'intent');
  assert.equal(content(doc, byCue('vowed')), 'to boycott the vote');
  assert.equal(clause(doc, layer, 'boycott').modality, 'intent');
  const concern = byCue('expressed');
  assert.equal(concern.stance, 'concern');
  assert.equal(words(doc, concern.speaker), 'The envoy');
  assert.equal(clause(doc, layer, 'express').frame, -1);
});

test('speaker with an appositive, and a told-addressee before the complement', () => {
  const { doc, layer } = run('Maria Lopez, a senior aide to the governor, told reporters on Tuesday that the budget would be cut.');
  assert.equal(layer.frames.length, 1);
  const f = layer.frames[0]!;
  assert.equal(words(doc, f.speaker), 'Maria Lopez');
  assert.equal(content(doc, f), 'that the budget would be cut');
});

test('a quote with an attitude verb inside nests under the quote frame', () => {
  const { doc, layer } = run('"I think the deal is dead," the senator said.');
  const outer = layer.frames.find((f) => f.direct);
  const inner = layer.frames.find((f) => !f.direct);
  assert.ok(outer && inner);
  assert.equal(inner.parent, layer.frames.indexOf(outer));
  assert.equal(content(doc, inner), 'the deal is dead');
});

test('coordinated reports of one speaker are siblings, not nested', () => {
  const { doc, layer } = run('The minister said the vote was fair, adding that turnout had been high, and said observers agreed.');
  assert.equal(layer.frames.length, 3);
  assert.deepEqual(layer.frames.map((f) => f.parent), [-1, -1, -1]);
  assert.deepEqual(layer.frames.map((f) => content(doc, f)), ['the vote was fair', 'that turnout had been high', 'observers agreed']);
  for (const f of layer.frames) assert.equal(words(doc, f.speaker), 'The minister');
});

test('postposed speaker with a PP, and an NP content that stops before adverbial phrases', () => {
  const { doc, layer } = run(
    'Shelling hit the port overnight, the interior ministry in the capital said on Friday. The premier thanked Japan for its loans in a phone call with the emperor.',
  );
  const said = layer.frames.find((f) => cue(doc, f) === 'said');
  assert.ok(said);
  assert.equal(words(doc, said.speaker), 'the interior ministry in the capital');
  assert.equal(content(doc, said), 'Shelling hit the port overnight');
  const thanked = layer.frames.find((f) => cue(doc, f) === 'thanked');
  assert.ok(thanked);
  assert.equal(content(doc, thanked), 'Japan for its loans');
  const call = doc.text.indexOf('phone call');
  assert.ok(call >= thanked.content.end, 'the phone call is the story\'s fact, not part of the thanks');
});

test('a negative subject negates its clause; an ordinary determiner does not', () => {
  const { doc, layer } = run('No soldiers were wounded in the blast. Nobody claimed the attack. Some soldiers were wounded in a second blast.');
  const wounded = layer.clauses.filter((c) => c.lemma === 'wound');
  assert.equal(wounded.length, 2);
  assert.deepEqual(wounded.map((c) => c.negated), [true, false]);
  assert.equal(clause(doc, layer, 'claim').negated, true);
});
