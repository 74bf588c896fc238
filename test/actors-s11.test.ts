// Actors from wire copy (session 11), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

/** The actor a mention with exactly this text belongs to. */
function actorOf(r: Readout, text: string): { name: string; code: string | null } | undefined {
  const m = r.mentions.find((x) => x.text === text && x.actor !== null);
  const a = m ? r.actors.find((x) => x.id === m.actor) : undefined;
  return a ? { name: a.name, code: a.code } : undefined;
}

test('letters a story uses without defining them stand for the organisation whose initials they are ("Rapid Support Forces" ... "the RSF")', () => {
  const r = code(
    "KHARTOUM, June 12 (AFP) - Sudan's paramilitary Rapid Support Forces shelled the city on Monday, a rights group said. " +
      'The army accused the RSF of targeting a hospital. The RSF denied the accusations.',
  );
  assert.equal(actorOf(r, 'RSF')?.name, 'Rapid Support Forces');
  assert.ok(!r.actors.some((a) => a.name === 'Reporters Without Borders'), JSON.stringify(r.actors.map((a) => a.name)));
});

test('the body the knowledge base knows by the letters wins when the story names it too', () => {
  const r = code(
    'PARIS (Reuters) - Reporters Without Borders condemned the arrest of two journalists by the Rapid Support Forces on Monday. ' +
      'RSF said the reporters had been held for three days.',
  );
  assert.equal(actorOf(r, 'RSF')?.name, 'Reporters Without Borders');
});

test('a long name the knowledge base does not spell this way joins the body it knows by the letters', () => {
  const r = code(
    'PARIS, March 3 (Reuters) - The Organisation for Economic Cooperation and Development said on Tuesday that growth would slow. ' +
      'The OECD urged the government to cut spending.',
  );
  const long = actorOf(r, 'The Organisation for Economic Cooperation and Development') ?? actorOf(r, 'Organisation for Economic Cooperation and Development');
  assert.equal(long?.code, 'IGOBUSOEC', JSON.stringify(r.actors));
  assert.equal(actorOf(r, 'OECD')?.code, 'IGOBUSOEC');
});

test('a singular rights or aid group is an NGO actor, and can be the speaker of a claim', () => {
  const r = code('KHARTOUM, June 12 (AFP) - Paramilitary forces shelled the city on Monday, killing at least 15 civilians, a local rights group said.');
  const group = r.actors.find((a) => a.name.endsWith('rights group'));
  assert.equal(group?.code, 'NGO', JSON.stringify(r.actors));
  const e = r.events.find((x) => x.trigger.text.startsWith('shell'));
  assert.equal(e?.attribution?.speaker, group?.id);
});

test('a descriptor noun right before an organisation\'s name names no second actor ("the rights group Amnesty International")', () => {
  const r = code('LONDON (Reuters) - The rights group Amnesty International said on Monday that police had beaten protesters.');
  assert.deepEqual(
    r.actors.filter((a) => a.kind === 'organisation').map((a) => a.name),
    ['Amnesty International'],
  );
});

test('commanders are a military group, rebel commanders rebels; the head of a target phrase is the target, not an actor inside its modifier', () => {
  const r = code(
    'The government threatened sanctions against commanders responsible for attacks on civilians. The rebel commanders rejected the truce.',
  );
  const e = r.events.find((x) => x.trigger.text.startsWith('threat'));
  const target = r.actors.find((a) => a.id === e?.target[0]);
  assert.equal(target?.name, 'commanders', JSON.stringify(r.events));
  assert.equal(target?.sector, 'MIL');
  assert.equal(r.actors.find((a) => a.name === 'rebel commanders')?.sector, 'REB', JSON.stringify(r.actors));
});

test('a verb\'s "with" before a describing participle takes the noun after it ("met with visiting Prime Minister X"), the participle\'s doer being that noun', () => {
  const r = code('BEIJING, Nov. 5 (Xinhua) -- Chinese President Xi Jinping on Tuesday met with visiting Vietnamese Prime Minister Pham Minh Chinh in Beijing.');
  const name = (id: string | undefined): string | undefined => r.actors.find((a) => a.id === id)?.name;
  const met = r.events.find((e) => e.trigger.text.startsWith('met'));
  assert.equal(name(met?.source[0]), 'Xi Jinping');
  assert.equal(name(met?.target[0]), 'Pham Minh Chinh', JSON.stringify(r.events));
  const visit = r.events.find((e) => e.trigger.text.startsWith('visiting'));
  if (visit !== undefined) assert.equal(name(visit.source[0]), 'Pham Minh Chinh');
  const clash = code('Police clashed with protesting students in the capital on Friday.');
  const protest = clash.events.find((e) => e.trigger.text.startsWith('protesting'));
  assert.equal(clash.actors.find((a) => a.id === protest?.source[0])?.name, 'students', JSON.stringify(clash.events));
});

test('in a story about one country the opposition and its leaders are that country\'s (agents.json storyLocals)', () => {
  const r = code(
    'NAIROBI, Kenya (AP) - Kenyan police fired tear gas at protesters on Tuesday. The Kenya Medical Association said five people died. ' +
      'The opposition leader, Raila Odinga, urged the government to withdraw the bill. Kenya has seen weeks of unrest.',
  );
  assert.equal(r.actors.find((a) => a.name === 'Raila Odinga')?.code, 'KENOPP', JSON.stringify(r.actors.map((a) => [a.name, a.code])));
});

test('opposition as an attitude is no actor ("faced stiff opposition", "reiterated its opposition to"); the opposition is', () => {
  const r = code('The bill faced stiff opposition from farmers. The government reiterated its opposition to the plan. The opposition called for new elections.');
  const opp = r.actors.filter((a) => a.sector === 'OPP');
  assert.deepEqual(opp.map((a) => a.name), ['opposition'], JSON.stringify(r.actors.map((a) => a.name)));
  assert.equal(r.mentions.filter((m) => m.actor === opp[0]!.id).length, 1);
});

test('"the group" after members named by their organisation ("Hamas militants") refers to them', () => {
  const r = code('The Israeli military said it struck Hamas militants overnight and accused the group of using civilians as human shields.');
  const militants = r.actors.find((a) => a.name === 'Hamas militants');
  assert.ok(militants !== undefined, JSON.stringify(r.actors.map((a) => a.name)));
  const group = r.mentions.find((m) => m.text === 'the group');
  assert.equal(group?.actor, militants.id);
});

test('"a U.S. citizen", "a French national" is one person: "he" and "his" can refer to them', () => {
  const r = code('MOSCOW (Reuters) - Russian police arrested a U.S. citizen in Moscow on Friday, the Interior Ministry said. He was accused of smuggling drugs.');
  const citizen = r.actors.find((a) => a.name === 'U.S. citizen');
  assert.equal(citizen?.kind, 'person', JSON.stringify(r.actors));
  assert.equal(r.mentions.find((m) => m.text === 'He')?.actor, citizen.id);
});

test('a rank before a title is a post of its own in the title\'s sector ("Deputy Foreign Minister" is no lawmaker; "deputy general manager" is no general)', () => {
  const r = code('MOSCOW, October 12. /TASS/. Russian Deputy Foreign Minister Mikhail Bogdanov held consultations with the Syrian ambassador, the ministry said.');
  const b = r.actors.find((a) => a.name === 'Mikhail Bogdanov');
  assert.equal(b?.title, 'Deputy Foreign Minister', JSON.stringify(r.actors));
  assert.equal(b?.code, 'RUSGOV');
  const c = code('The trend is starting to slow, said Koichi Tanaka, Deputy General Manager of Sumitomo Bank Ltd\'s economics department.');
  assert.ok(!c.actors.some((a) => a.sector === 'MIL'), JSON.stringify(c.actors));
});

test('a former or ousted office holder is one of the elites (CAMEO ELI), not the office', () => {
  const r = code('An Argentine judge has ordered former president Carlos Menem to appear for questioning. Ousted President Askar Akayev has agreed to resign.');
  const codeOf = (name: string): string | null | undefined => r.actors.find((a) => a.name === name)?.code;
  assert.equal(codeOf('Carlos Menem'), 'ARGELI', JSON.stringify(r.actors.map((a) => [a.name, a.code])));
  assert.equal(codeOf('Askar Akayev'), 'KGZELI');
});
