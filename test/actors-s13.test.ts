// Actors and events of wire copy (session 13), on sentences written for the project.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import { codeOfMention } from './helpers.js';
import type { Readout } from '../src/schema.js';

/** The code of the actor a mention with exactly this text belongs to. */
const codeOf = codeOfMention;

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

test("a datelined story whose lead names only the dateline's country gives that country to its bare state actors", () => {
  const r = code(
    "KHARTOUM, June 12 (AFP) - Sudan's paramilitary forces shelled a market in El Fasher on Wednesday, medics said.\n\n" +
      'The United States and Saudi Arabia urged both sides to return to talks. The army said its troops had repelled an attack on the city.',
  );
  assert.equal(codeOf(r, 'The army'), 'SDNMIL', JSON.stringify(r.actors));
  const g = code(
    'TBILISI, Dec 3 (Reuters) - Georgian riot police used water cannon on protesters outside parliament on Tuesday.\n\n' +
      'The United States condemned the crackdown. Prime Minister Irakli Kobakhidze accused the opposition of planning a revolution.',
  );
  assert.equal(codeOf(g, 'Prime Minister Irakli Kobakhidze'), 'GEOGOV', JSON.stringify(g.actors));
});

test("a lead set in another country than the dateline's does not give the dateline's country to the government", () => {
  const r = code(
    "WASHINGTON, May 1 (Reuters) - Iran's foreign minister rejected new sanctions in Tehran on Tuesday.\n\n" +
      'The government said it would retaliate against any ship that enforced them.',
  );
  assert.notEqual(codeOf(r, 'The government'), 'USAGOV', JSON.stringify(r.actors));
});

/** Event codes of a text, with source and target actor names. */
function eventsOf(r: Readout): string[] {
  const name = (ids: string[]): string => ids.map((i) => r.actors.find((a) => a.id === i)?.name ?? i).join('+');
  return r.events.map((e) => `${e.cameo} ${name(e.source)} -> ${name(e.target)}`);
}

test('an event noun that modifies a noun naming people, a body or their gear is no event', () => {
  const r = code(
    'Aid workers said the road to the camp was closed. Riot police stood outside the building in riot gear. ' +
      'A protest group said the strike committee would meet again. Attack helicopters flew over the town.',
  );
  assert.deepEqual(
    r.events.filter((e) => ['07', '14', '19'].includes(e.root)).map((e) => e.trigger.text),
    [],
    JSON.stringify(eventsOf(r)),
  );
  // The nouns are still events where they are the head: "sent aid", "a strike by workers".
  const s = code('The European Union sent aid to Syria. Dockworkers staged a strike over pay. Police fired tear gas at protesters at the protest.');
  assert.ok(s.events.some((e) => e.root === '07'), JSON.stringify(eventsOf(s)));
  assert.ok(s.events.some((e) => e.root === '14'), JSON.stringify(eventsOf(s)));
});

test('two triggers of one sentence that give the same code and actors are one event; other participants make two', () => {
  const r = code('Georgian riot police used water cannon and tear gas on Tuesday to disperse thousands of protesters outside parliament.');
  const assaults = r.events.filter((e) => e.root === '17' || e.root === '18');
  assert.equal(assaults.length, 1, JSON.stringify(eventsOf(r)));
  const k = code('Gunmen attacked a church in Quetta on Sunday, killing nine people and injuring 44 others.');
  assert.ok(k.events.filter((e) => e.root === '19' || e.root === '18').length >= 2, JSON.stringify(eventsOf(k)));
});

test('"his party" and "Kenya\'s ruling party" are parties; a bare "the party" or "a dinner party" is none', () => {
  const r = code(
    'Opposition leader Nika Melia was among those arrested, his party said. ' +
      "Kenya's ruling party won the vote. Four teenagers were shot at the party on Saturday. She attended a dinner party.",
  );
  assert.equal(codeOf(r, 'his party')?.endsWith('PTY'), true, JSON.stringify(r.actors));
  assert.equal(codeOf(r, "Kenya's ruling party"), 'KENPTY', JSON.stringify(r.actors));
  assert.equal(codeOf(r, 'the party'), undefined, JSON.stringify(r.actors));
  assert.equal(codeOf(r, 'a dinner party'), undefined, JSON.stringify(r.actors));
});

test("an act denied with a gerund is the denier's own act, negated and attributed to it, never a fact", () => {
  const r = code(
    'The Rapid Support Forces denied targeting civilians in El Fasher and accused the army of shelling the market. ' +
      'Police denied beating the protesters.',
  );
  const targeting = r.events.find((e) => e.trigger.text === 'targeting');
  assert.ok(targeting !== undefined, JSON.stringify(eventsOf(r)));
  assert.equal(targeting.realis, 'negated');
  assert.equal(targeting.attribution?.stance, 'denied');
  assert.deepEqual(targeting.source, targeting.attribution?.speaker ? [targeting.attribution.speaker] : ['?']);
  const beating = r.events.find((e) => e.trigger.text === 'beating');
  assert.ok(beating === undefined || beating.realis === 'negated', JSON.stringify(beating));
  // The accusation after 'and' is not part of what is denied.
  const accused = r.events.find((e) => e.trigger.text.startsWith('accused'));
  assert.equal(accused?.realis, 'actual', JSON.stringify(eventsOf(r)));
});

test("a clause opened by 'as' or 'while' after a reporting clause that follows its content is the reporter's, not the speaker's", () => {
  const r = code(
    'Israeli airstrikes killed at least 22 people in southern Lebanon on Tuesday, the Lebanese health ministry said, ' +
      'as Israel expanded its ground operation against Hezbollah.',
  );
  const killed = r.events.find((e) => e.trigger.text === 'killed');
  assert.ok(killed?.attribution !== null && killed?.attribution !== undefined, JSON.stringify(eventsOf(r)));
  const operation = r.events.find((e) => e.trigger.text.includes('operation'));
  assert.ok(operation !== undefined, JSON.stringify(eventsOf(r)));
  assert.equal(operation.attribution, null, JSON.stringify(operation));
  // Content after the cue is still the speaker's: "officials said, as previously announced, the talks would resume".
  const s = code('The minister said, as Iran expected, that the army would withdraw its troops from the border.');
  const withdraw = s.events.find((e) => e.root === '08' || e.root === '03');
  assert.ok(withdraw === undefined || withdraw.attribution !== null, JSON.stringify(withdraw));
});

test("an event named as what a verb acts against is not that verb's subject's act", () => {
  const r = code('The government cracked down on protests over the disputed election. Police banned demonstrations in the capital.');
  const protests = r.events.filter((e) => e.root === '14');
  const govt = r.actors.find((a) => a.name === 'government')?.id;
  const police = r.actors.find((a) => a.name === 'Police')?.id;
  assert.ok(protests.every((e) => !e.source.includes(govt ?? '-') && !e.source.includes(police ?? '-')), JSON.stringify(eventsOf(r)));
  // An instrument in a 'with' phrase is still the subject's: "dispersed the rally with tear gas".
  const t = code('Police dispersed the rally with tear gas.');
  const gas = t.events.find((e) => e.trigger.text === 'tear gas');
  assert.ok(gas === undefined || gas.source.length > 0, JSON.stringify(eventsOf(t)));
});

test("a first-person target inside someone's account is that speaker, also in the reverse of a joint act", () => {
  const r = code('"I met the Turkish president in Ankara and we agreed to cooperate," Lavrov told reporters on Friday.');
  const met = r.events.filter((e) => e.trigger.text === 'met');
  const lavrov = r.actors.find((a) => a.name.includes('Lavrov'))?.id;
  assert.ok(lavrov !== undefined, JSON.stringify(r.actors));
  assert.equal(met.length, 2, JSON.stringify(eventsOf(r)));
  assert.ok(met.some((e) => e.target.includes(lavrov)), JSON.stringify(eventsOf(r)));
});

test("a region's adjective is no country: 'Latin American governments' are neither American nor the dateline's", () => {
  const r = code(
    'CARACAS, Venezuela (AP) - Venezuelan security forces arrested an opposition leader on Tuesday.\n\n' +
      "The United States and several Latin American governments have refused to recognize the president's victory. " +
      'Western diplomats said the vote was flawed.',
  );
  const govts = codeOf(r, 'governments');
  assert.ok(govts !== 'VENGOV' && govts !== 'USAGOV', JSON.stringify(r.actors));
  assert.ok(codeOf(r, 'diplomats') !== 'VENGOV', JSON.stringify(r.actors));
  assert.ok(!r.actors.some((a) => a.country === 'USA' && a.name !== 'United States'), JSON.stringify(r.actors));
});

test("a group that is the object of 'accused ... of' still takes the story's country", () => {
  const r = code(
    'CARACAS, Venezuela (AP) - Venezuelan security forces arrested an opposition leader on Tuesday.\n\n' +
      'The attorney general accused the protesters of terrorism.',
  );
  assert.equal(codeOf(r, 'the protesters'), 'VENOPP', JSON.stringify(r.actors));
});

test('"state media KCNA" is the news agency, not a second actor of the government', () => {
  const r = code(
    'SEOUL, Nov 5 (Yonhap) -- North Korea fired a missile on Thursday. ' +
      'Leader Kim Jong Un said the country would never give up its nuclear weapons, state media KCNA reported.',
  );
  assert.ok(!r.actors.some((a) => /state media/i.test(a.name)), JSON.stringify(r.actors));
  assert.equal(codeOf(r, 'KCNA'), 'PRKMED', JSON.stringify(r.actors));
});

test('the gunmen of a coded armed group are that group; "neutralized" militants are an attack on them, a neutralized bomb is none', () => {
  const r = code(
    'Turkish troops neutralized 12 PKK terrorists in northern Iraq on Saturday. Hamas gunmen attacked an army post. ' +
      'Engineers neutralized the bomb.',
  );
  assert.equal(codeOf(r, 'PKK terrorists'), 'TURREBPKK', JSON.stringify(r.actors));
  assert.equal(codeOf(r, 'Hamas gunmen'), 'PSEREBHMS', JSON.stringify(r.actors));
  const neutralized = r.events.filter((e) => e.trigger.text === 'neutralized');
  assert.equal(neutralized.length, 1, JSON.stringify(eventsOf(r)));
  assert.equal(neutralized[0]!.root, '19');
});

test('"the two ministers signed a plan of consultations" is an agreement of the pair named before', () => {
  const r = code(
    'Russian Foreign Minister Sergei Lavrov held talks with his Egyptian counterpart Sameh Shoukry in Moscow on Wednesday. ' +
      'The two ministers signed a plan of consultations for the next two years.',
  );
  const signed = r.events.filter((e) => e.cameo === '057');
  assert.equal(signed.length, 2, JSON.stringify(eventsOf(r)));
});

test('a protest that names no one who protests is the protesters\' named before it in its sentence', () => {
  const r = code(
    'Riot police used water cannon on thousands of protesters outside parliament on Tuesday, the sixth night of demonstrations against the government.',
  );
  const protest = r.events.find((e) => e.root === '14');
  const protesters = r.actors.find((a) => a.name === 'protesters')?.id;
  assert.ok(protest !== undefined && protesters !== undefined, JSON.stringify(eventsOf(r)));
  assert.deepEqual(protest.source, [protesters], JSON.stringify(eventsOf(r)));
  // A crackdown named in an 'in' phrase of the verb is still the police's.
  const k = code('French police stormed a migrant camp in Calais on Sunday in a crackdown on smugglers.');
  const crackdown = k.events.find((e) => e.trigger.text === 'crackdown');
  assert.ok(crackdown === undefined || crackdown.source.length > 0, JSON.stringify(eventsOf(k)));
});
