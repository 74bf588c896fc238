// Capitals, lists of authors and reactions in wire copy (session 14), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { describe, findEvent } from './events-helpers.js';
import { codeOfMention } from './helpers.js';

test('capitals listed after "from" on a noun of reaction are their governments, and all are its sources', () => {
  const r = code('Pyongyang test-fired a cruise missile on Sunday, drawing sharp criticism from Seoul, Tokyo and Washington.');
  assert.equal(codeOfMention(r, 'Seoul'), 'KORGOV', JSON.stringify(r.actors));
  assert.equal(codeOfMention(r, 'Tokyo'), 'JPNGOV', JSON.stringify(r.actors));
  assert.equal(codeOfMention(r, 'Washington'), 'USAGOV', JSON.stringify(r.actors));
  const e = r.events.find((x) => x.root === '11');
  assert.ok(e !== undefined, describe(r));
  const countries = e.source.map((id) => r.actors.find((a) => a.id === id)?.country).sort();
  assert.deepEqual(countries, ['JPN', 'KOR', 'USA'], describe(r));
});

test('a capital after "from" on other nouns stays a place', () => {
  const r = code('A charter flight from Tokyo landed in Manila on Monday with 200 passengers.');
  assert.ok(!r.actors.some((a) => a.code === 'JPNGOV'), JSON.stringify(r.actors));
});

test('capitals coordinated before a verb are all governments; inside a prepositional phrase they are places', () => {
  const r = code('Paris and Berlin rejected the proposal on Friday.');
  assert.equal(codeOfMention(r, 'Paris'), 'FRAGOV', JSON.stringify(r.actors));
  assert.equal(codeOfMention(r, 'Berlin'), 'DEUGOV', JSON.stringify(r.actors));
  const p = code('Trade between Helsinki and Oslo has grown this year. Talks in Ankara and Baku continued on Monday.');
  const codes = p.actors.map((a) => a.code);
  for (const c of ['FINGOV', 'NORGOV', 'TURGOV', 'AZEGOV']) assert.ok(!codes.includes(c), JSON.stringify(p.actors));
});

test('support from a list of countries comes from each of them, not from one to the others', () => {
  const r = code('The draft resolution won support from Brazil, India and South Africa on Tuesday.');
  const e = r.events.find((x) => x.root === '05');
  assert.ok(e !== undefined, describe(r));
  const countries = e.source.map((id) => r.actors.find((a) => a.id === id)?.country).sort();
  assert.deepEqual(countries, ['BRA', 'IND', 'ZAF'], describe(r));
  assert.ok(!r.events.some((x) => x.root === '05' && x.target.length > 0), describe(r));
});

test('a reaction a trailing participle brings about is aimed at whoever acted in its clause', () => {
  const protest = code('Police fired rubber bullets at the crowd, prompting protests from opposition parties.');
  assert.ok(findEvent(protest, { root: '14', tgt: 'Police' }), describe(protest));
  const rebuke = code('President Ruto pardoned the general on Monday, drawing criticism from rights groups.');
  assert.ok(findEvent(rebuke, { root: '11', tgt: 'Ruto' }), describe(rebuke));
  // Not the speaker of a cue after the act: the act's agent.
  const said = code('Troops opened fire on the marchers, the ministry said, sparking condemnation from the United Nations.');
  assert.ok(findEvent(said, { root: '11', src: 'United Nations', tgt: 'Troops' }), describe(said));
  assert.ok(!findEvent(said, { root: '11', tgt: 'ministry' }), describe(said));
});

test('what an act causes without aiming it is not aimed at the actor', () => {
  const r = code('Rebels shelled the airport on Friday, causing a suspension of all flights.');
  assert.ok(!r.events.some((e) => e.root === '16' && e.target.length > 0), describe(r));
});

test('a count glued to a noun by a hyphen modifies the phrase: "the 27-nation bloc" refers back to the union', () => {
  const r = code(
    'The European Union agreed new sanctions on Belarus on Monday. The 27-nation bloc said the measures would target ' +
      'officials involved in the crackdown. Separately, the 193-member world body said aid deliveries had resumed.',
  );
  assert.equal(codeOfMention(r, 'The 27-nation bloc'), r.actors.find((a) => a.name === 'European Union')?.code, JSON.stringify(r.actors));
  const q = r.quotes.find((x) => x.content.text.startsWith('the measures'));
  assert.equal(r.actors.find((a) => a.id === q?.speaker)?.name, 'European Union', JSON.stringify(r.quotes));
  const p = code('The outgoing five-party coalition collapsed in March.');
  assert.ok(p.actors.some((a) => a.sector === 'PTY'), JSON.stringify(p.actors));
});

test('a nominal agent written in capitals is that agent, not a person the tagger saw', () => {
  const r = code("North Korea fired two short-range missiles on Thursday, South Korea's Joint Chiefs of Staff said.");
  assert.equal(codeOfMention(r, "South Korea's Joint Chiefs of Staff"), 'KORMIL', JSON.stringify(r.mentions));
  assert.ok(!r.actors.some((a) => a.kind === 'person'), JSON.stringify(r.actors));
});

/** The actor a quote is attributed to, for the quote whose content starts with `content`. */
function speakerOf(r: ReturnType<typeof code>, content: string): { name: string; code: string | null } | undefined {
  const q = r.quotes.find((x) => x.content.text.startsWith(content));
  return q === undefined || q.speaker === null ? undefined : r.actors.find((a) => a.id === q.speaker);
}

test('a role that names no person, then the person in apposition: the person speaks', () => {
  const r = code(
    'ECOWAS leaders met in Abuja on Thursday. The bloc\'s chairman, Ghanaian President John Mensah, said that sanctions ' +
      'would stay. The opposition party\'s leader, Kemal Demir, said on Friday that the vote was rigged.',
  );
  const chair = speakerOf(r, 'that sanctions would stay');
  assert.equal(chair?.name, 'John Mensah', JSON.stringify(r.quotes));
  assert.equal(chair?.code, 'GHAGOV', JSON.stringify(r.actors));
  assert.equal(speakerOf(r, 'that the vote was rigged')?.name, 'Kemal Demir', JSON.stringify(r.quotes));
  // A name before its appositive stays the speaker.
  const s = code('Mike Smith, a strategist, said the vote was rigged.');
  assert.equal(speakerOf(s, 'the vote was rigged')?.name, 'Mike Smith', JSON.stringify(s.quotes));
});

test('a title with an of-phrase that places it, then a name in apposition, is one actor', () => {
  const r = code('The mayor of Lisbon, Ana Costa, said the city would rebuild the bridge.');
  assert.equal(speakerOf(r, 'the city would rebuild')?.code, 'PRTGOV', JSON.stringify(r.actors));
  assert.equal(r.actors.filter((a) => a.kind === 'person').length, 1, JSON.stringify(r.actors));
});

test('a pronoun after a sentence that opens with a quotation refers to its speaker, not to a name quoted', () => {
  const r = code(
    'The junta ordered the French ambassador to leave. "The ambassador will stay," Foreign Minister Catherine Colonna told ' +
      'reporters in Paris. She said France remained committed to constitutional order.',
  );
  assert.equal(speakerOf(r, 'France remained committed')?.name, 'Catherine Colonna', JSON.stringify(r.quotes));
});

test('a broadcaster named by its country or state is the speaker of what it reports', () => {
  const r = code('TEHRAN - Troops repelled an attack near the border overnight, Tehran radio said. Iran\'s state television reported that three soldiers were wounded.');
  assert.equal(speakerOf(r, 'Troops repelled')?.code, 'IRNMED', JSON.stringify(r.quotes));
  assert.equal(speakerOf(r, 'that three soldiers')?.name, "Iran's state television", JSON.stringify(r.quotes));
  // Bare, or with another adjective, the word is no actor.
  const p = code('He watched live television at home after the vote.');
  assert.equal(p.actors.length, 0, JSON.stringify(p.actors));
});

test('a condition after its main clause ends where a comma and a conjunction open a clause with its own subject', () => {
  const r = code('The rebels will seize the airport if talks fail, and the army attacked the town on Monday.');
  assert.ok(findEvent(r, { root: '19', src: 'army', realis: 'actual' }), describe(r));
  // A verb phrase joined to the conditional clause stays in it.
  const v = code('The rebels will seize the airport if talks fail, and attack the town.');
  assert.ok(!findEvent(v, { root: '19', realis: 'actual' }), describe(v));
});

test('an infinitive content ends where a comma and a conjunction open a clause with its own subject', () => {
  const r = code('ECOWAS has threatened to use force if diplomatic efforts fail, and its defence chiefs met in Ghana last week.');
  const q = r.quotes.find((x) => x.cue?.text.includes('threatened'));
  assert.equal(q?.content.text, 'to use force if diplomatic efforts fail', JSON.stringify(r.quotes));
  assert.ok(findEvent(r, { root: '04', speaker: null, realis: 'actual' }), describe(r));
});

test("a person in apposition after a possessed role takes the possessor's country", () => {
  const r = code(
    "Niger's military junta ordered the ambassador to leave. The junta's leader, Gen. Abdourahamane Tchiani, rejected an " +
      "ultimatum. Chancellor Karl Weber's spokesperson, Anna Berg, said Austria would reply.",
  );
  assert.equal(r.actors.find((a) => a.name === 'Abdourahamane Tchiani')?.code, 'NERMIL', JSON.stringify(r.actors));
  const berg = r.actors.find((a) => a.name === 'Anna Berg');
  assert.equal(berg?.sector, 'GOV', JSON.stringify(r.actors));
});

test('a trailing participle of accusation is an act of its own; a consequence continues the act before it', () => {
  const r = code('Russia expelled two Estonian diplomats on Monday, accusing them of spying.');
  assert.ok(findEvent(r, { root: '11', src: 'RUS' }), describe(r));
  assert.ok(findEvent(r, { root: '16', src: 'RUS' }), describe(r));
  const k = code('The army shelled the town on Sunday, killing 20 people.');
  assert.equal(k.events.length, 1, describe(k));
});

test('a group sent out of the country of its sentence is not of that country', () => {
  const r = code('Russia expelled two diplomats on Tuesday. Libya deported 50 migrants.');
  assert.ok(!r.actors.some((a) => a.name === 'diplomats' && a.country === 'RUS'), JSON.stringify(r.actors));
  assert.ok(!r.actors.some((a) => a.name === 'migrants' && a.country === 'LBY'), JSON.stringify(r.actors));
  // A nationality on the group still gives its own country.
  const e = code('Russia expelled two Estonian diplomats on Monday.');
  assert.ok(e.actors.some((a) => a.country === 'EST'), JSON.stringify(e.actors));
});
