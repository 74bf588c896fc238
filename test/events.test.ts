// The Events stage on short invented wire sentences: codes, composition, arguments, realis,
// attribution, quantity and the rules that keep claims and references from becoming facts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeInfo } from '../src/events/codes.js';
import { eventLexicon } from '../src/events/lexicon.js';
import { code } from '../src/readout.js';
import { describe, findEvent, type Want } from './events-helpers.js';

function has(text: string, w: Want): void {
  const r = code(`date 2024-03-01\n${text}`);
  assert.ok(findEvent(r, w), `expected ${JSON.stringify(w)} in:\n${describe(r)}`);
}

function hasNot(text: string, w: Want): void {
  const r = code(`date 2024-03-01\n${text}`);
  assert.equal(findEvent(r, w), undefined, `did not expect ${JSON.stringify(w)} in:\n${describe(r)}`);
}

test('every CAMEO root has verb patterns and noun triggers', () => {
  const lex = eventLexicon();
  const roots = (m: ReadonlyMap<string, { code: string | null }[]>): Set<string> => {
    const out = new Set<string>();
    for (const list of m.values()) for (const p of list) if (p.code !== null) out.add(p.code.slice(0, 2));
    return out;
  };
  const v = roots(lex.verbs);
  const n = roots(lex.nouns);
  for (let i = 1; i <= 20; i++) {
    const r = String(i).padStart(2, '0');
    assert.ok(v.has(r), `no verb pattern for root ${r}`);
    assert.ok(n.has(r), `no noun trigger for root ${r}`);
  }
});

test('every code in the dictionaries is a known CAMEO code', () => {
  const lex = eventLexicon();
  for (const m of [lex.verbs, lex.nouns]) {
    for (const list of m.values()) for (const p of list) if (p.code !== null) assert.ok(codeInfo(p.code) !== null, `${p.text} = ${p.code}`);
  }
  for (const table of Object.values(lex.rules.compose)) for (const c of Object.values(table)) assert.ok(codeInfo(c) !== null, c);
});

test('code facts: PLOVER, Goldstein and QuadClass follow the code', () => {
  assert.deepEqual(codeInfo('041')?.plover, { type: 'CONSULT', mode: 'phone' });
  assert.equal(codeInfo('041')?.quad, 1);
  assert.equal(codeInfo('195')?.plover?.mode, 'aerial');
  assert.equal(codeInfo('163')?.plover?.type, 'COERCE');
  assert.equal(codeInfo('190')?.quad, 4);
  assert.equal(codeInfo('190')?.goldstein, -10);
  assert.equal(codeInfo('010')?.plover, null);
  assert.equal(codeInfo('0253')?.plover?.type, 'REQUEST');
});

test('a phone call is CONSULT by phone from the caller to the one called', () => {
  const r = code('date 2024-03-01\nPARIS (AFP) - French President Emmanuel Macron made a phone call to Egyptian President Abdel Fattah al-Sisi on Friday.');
  const e = findEvent(r, { cameo: '041', src: 'Macron', tgt: 'Sisi', speaker: null, realis: 'actual' });
  assert.ok(e, describe(r));
  assert.equal(e.plover?.mode, 'phone');
  assert.equal(e.date, '2024-03-01');
  assert.equal(r.meta.date, '2024-03-01');
  assert.equal(e.trigger.text, 'phone call');
});

test('verbs with particles and objects: call for, meet with, accuse of, fire on', () => {
  has('The opposition called for new elections.', { root: '02' });
  has('The Indian foreign minister met with his Chinese counterpart in Delhi.', { root: '04', cameo: '040' });
  has('Pakistan accused India of aggression along the border.', { cameo: '1123', src: 'PAK', tgt: 'IND' });
  has('Soldiers fired on the crowd in the capital.', { root: '19' });
});

test('"seize power" is not a seizure of property; "seized weapons" is', () => {
  hasNot('The general seized power in a coup on Monday.', { root: '17' });
  has('Customs officers seized weapons at the port.', { cameo: '171' });
});

test('composition: appeal, intent, rejection and threat absorb their complement', () => {
  has('Russia urged Ukraine to release the prisoners.', { cameo: '0253', src: 'RUS', tgt: 'UKR' });
  has('Iran threatened to impose sanctions on Britain.', { cameo: '1312', src: 'IRN' });
  has('Japan agreed to send humanitarian aid to Turkey.', { cameo: '0333', src: 'JPN', tgt: 'TUR' });
  hasNot('Japan agreed to send humanitarian aid to Turkey.', { root: '07' });
  has('The rebels refused to withdraw from the town.', { cameo: '1246' });
});

test('passives: the by-agent is the source, the subject the target', () => {
  has('Two journalists were arrested by police in Minsk on Sunday.', { cameo: '173', src: 'police', tgt: 'journalists' });
});

test('negation, future and hypothetical realis', () => {
  has('The army did not attack the village.', { root: '19', realis: 'negated' });
  // An announced future act is coded as the intent (CAMEO 03x) and keeps realis 'future'.
  has('China will send aid to Nepal.', { cameo: '033', src: 'CHN', tgt: 'NPL', realis: 'future' });
  has('Iran will impose a curfew in the city.', { root: '13', realis: 'future' });
  has('No group claimed responsibility for the bombing.', { cameo: '015', realis: 'negated' });
});

test('attribution: a claim in a reporting frame is attributed, never a bare fact', () => {
  const r = code('date 2024-03-01\nThe minister said that troops had withdrawn from the town.');
  const e = findEvent(r, { root: '08' });
  assert.ok(e, describe(r));
  assert.notEqual(e.attribution, null);
  assert.equal(e.attribution?.cue.text, 'said');
  has('According to the ministry, rebels attacked a convoy near the border.', { root: '19', speaker: 'ministry' });
  hasNot('According to the ministry, rebels attacked a convoy near the border.', { root: '19', speaker: null });
});

test('a denied claim is negated and attributed to the one who denies it', () => {
  has('The government denied that its troops had shelled the town.', { root: '19', realis: 'negated', speaker: 'government' });
  has('The minister rejected claims that the army had bombed the hospital.', { root: '19', realis: 'negated', speaker: 'minister' });
});

test('no fallback statement: reporting verbs alone are not events', () => {
  const r = code('date 2024-03-01\nThe minister said the weather was fine on Tuesday, officials noted.');
  assert.deepEqual(r.events, [], describe(r));
});

test('background references are not coded again; topics of condemnation are not facts', () => {
  hasNot('During the talks, the ministers signed a trade agreement.', { root: '04' });
  has('During the talks, the ministers signed a trade agreement.', { cameo: '057' });
  const r = code('date 2024-03-01\nThe European Union condemned the bombing of the hospital.');
  assert.ok(findEvent(r, { root: '11' }), describe(r));
  assert.equal(findEvent(r, { root: '18' }), undefined, describe(r));
});

test('an event noun as subject of an event verb is one event, with the noun\'s source', () => {
  const r = code('date 2024-03-01\nIsraeli airstrikes hit the town of Rafah overnight, killing at least 20 people.');
  const strikes = r.events.filter((e) => e.root === '19');
  assert.equal(strikes.length, 1, describe(r));
  assert.equal(strikes[0]!.cameo, '195');
  assert.equal(strikes[0]!.quantity?.text, '20');
});

test('quantity: vague and numeric', () => {
  const r = code('date 2024-03-01\nPolice arrested hundreds of protesters in the capital.');
  const e = findEvent(r, { cameo: '173' });
  assert.ok(e, describe(r));
  assert.equal(e.quantity?.text, 'hundreds');
  assert.equal(e.quantity?.value, null);
  assert.equal(r.meta.date, '2024-03-01');
});

test('spans: trigger and evidence point into the original text', () => {
  const text = 'date 2024-03-01\nWASHINGTON (Reuters) - The United States imposed sanctions on Iran on Tuesday.';
  const r = code(text);
  assert.ok(r.events.length > 0);
  for (const e of r.events) {
    assert.equal(text.slice(e.trigger.start, e.trigger.end), e.trigger.text);
    assert.ok(e.evidence.start <= e.trigger.start && e.evidence.end >= e.trigger.end);
    if (e.source_span) assert.equal(text.slice(e.source_span.start, e.source_span.end), e.source_span.text);
    assert.ok(e.confidence > 0 && e.confidence < 1);
  }
});

test('a composition link ends at the verb it linked: a later noun is not the complement', () => {
  // "to" links "step down"; the strike further on is background, not what the minister agreed to.
  const text = 'Transport Minister Karel Dvorak agreed to step down after three weeks of strikes by railway workers.';
  hasNot(text, { root: '13' });
  has(text, { root: '03', src: 'Dvorak' });
  // A light verb passes the link on: the offer is to host the talks.
  has('Norway offered to arrange talks between the two rival factions in Oslo.', { cameo: '036', src: 'NOR' });
});

test('a country after "to" is the recipient of what is sent, given or said to it', () => {
  has('The United States continued to send arms to Pakistan last year, a spokesman said.', { root: '07', src: 'USA', tgt: 'PAK' });
  has('Argentina apologized to Brazil for the incident.', { root: '05', src: 'ARG', tgt: 'BRA' });
});

test('returning property to a country is a release (084); a person returning home is no event', () => {
  has('Italian police returned three stolen Roman statues to the government of Greece on Monday.', { root: '08', src: 'ITA', tgt: 'GRC' });
  hasNot('The Finnish foreign minister returned to Helsinki on Tuesday.', { root: '08' });
  hasNot('Thousands of refugees returned home after the floods.', { root: '08' });
  has('Myanmar let free 40 jailed monks on Friday.', { cameo: '0841', src: 'MMR' });
});

test('a cooperative act someone failed to do is a rejection (12x); other failed acts did not happen', () => {
  has('Serbia and Kosovo failed to reach an agreement on energy after two days of talks in Brussels.', { root: '12', src: 'Serbia' });
  hasNot('Serbia and Kosovo failed to reach an agreement on energy after two days of talks in Brussels.', { root: '03' });
});

test('withdrawing peacekeepers, inspectors or aid workers is 166, not a military de-escalation', () => {
  has('Fiji withdrew its peacekeepers from the Golan Heights in 2014.', { cameo: '1661', src: 'FJI' });
  has('The agency withdrew its inspectors from the country last week.', { cameo: '1662' });
  has('The army withdrew from the border town on Sunday.', { cameo: '0872' });
});

test('a deployment whose purpose is peacekeeping or aid is that act (07), one event', () => {
  const text = 'Ghana is deploying 400 soldiers to the UN peacekeeping mission in Lebanon, the defence ministry said.';
  has(text, { cameo: '074', src: 'GHA' });
  hasNot(text, { root: '15' });
  has('Canada deployed 200 troops along its border on Friday.', { root: '15' });
});

test('an obligation put on someone else in an account is a demand (must) or an appeal (should)', () => {
  has('Brazil said Venezuela must release the detained opposition leaders.', { root: '10', src: 'BRA', tgt: 'VEN' });
  has('The Kenyan foreign minister said Ethiopia should withdraw its troops from the border region.', { root: '02', src: 'minister', tgt: 'ETH' });
  // One's own obligation is no demand.
  hasNot('Chile said it must cut its military budget.', { root: '10' });
});

test('a claim that the speaker itself attacked is a claim of responsibility (015)', () => {
  has('The rebel group claimed that they had attacked an army convoy near the town.', { cameo: '015' });
  hasNot('The rebel group claimed that they had attacked an army convoy near the town.', { root: '19' });
});

test('fighting a disease or poverty is no armed clash; joint exercises are military cooperation', () => {
  hasNot('Norway gave 20 million dollars to fight the cholera epidemic in Yemen.', { root: '19' });
  has('Egyptian and Saudi navies began joint military exercises in the Red Sea on Sunday.', { cameo: '062' });
});

test('hoping, attending a ceremony and calling for sanctions against someone', () => {
  has('The Swiss government said it hoped both sides would return to the table soon.', { cameo: '013', src: 'government' });
  has('The Polish president attended a ceremony marking the anniversary of the uprising.', { cameo: '017' });
  has('Lithuania called for sanctions against the Belarusian leadership on Monday.', { root: '10', src: 'LTU' });
});

test('a headline verb tagged as a noun counts with a pattern of two or more words', () => {
  has('Canada lifts sanctions on Libyan oil exports', { cameo: '085', src: 'CAN' });
  hasNot('Canada lifts sanctions on Libyan oil exports', { root: '16' });
});

test('an event noun that is the subject of a passive is what the verb acts on', () => {
  has('Sanctions against Cuba were lifted in March, officials said.', { cameo: '085', tgt: 'CUB' });
  hasNot('Sanctions against Cuba were lifted in March, officials said.', { root: '16' });
  has('The night curfew in the southern province was eased on Monday.', { cameo: '0813' });
});

test('a participle with a by-agent after a noun ranks below the main verb', () => {
  const r = code('date 2024-03-01\nRebel fighters backed by foreign militias attacked an army post near the town on Sunday.');
  const best = r.events.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  assert.equal(best.root, '19', describe(r));
});

test('a demand whose that-clause names an act is one composed event; pressure to call off a strike is a demand', () => {
  has('The union repeated its demand that the ministry lift the ban on street rallies.', { cameo: '1051', src: 'union' });
  has('Police pressured the dock workers to cancel the strike.', { cameo: '1052' });
});

test('a team sent to investigate is an investigation; a ceasefire line is no ceasefire', () => {
  has('Sweden sent a team of forensic experts to investigate the explosion at the port.', { root: '09', src: 'SWE' });
  hasNot('Troops from both sides exchanged fire across the ceasefire line on Monday.', { root: '08' });
});

test('an announced conflict act without a found subject is a threat; an attempt is the act itself', () => {
  has('Hungary, like several other members, plans to impose restrictions on imports of grain.', { root: '13' });
  hasNot('An attempt to assassinate the provincial governor was foiled by police on Friday.', { root: '13' });
  has('An attempt to assassinate the provincial governor was foiled by police on Friday.', { root: '18' });
});

test('a refused intent to cooperate is a rejection', () => {
  has('Poland says it will not accept the new migration proposal from Brussels.', { root: '12', src: 'POL' });
});

test('an event noun after the addressee of a reporting verb is its own phrase: the addressee is not its agent', () => {
  hasNot('A military spokesman told reporters the attack began before dawn.', { root: '19', src: 'reporters' });
  has('A military spokesman told reporters the attack began before dawn.', { root: '19', speaker: 'spokesman' });
  // A name before the determiner still joins through 'and': "Israel and the Palestinians".
  has('Israel and the Palestinians resumed talks in Cairo.', { root: '04', src: 'ISR', tgt: 'Palestinians' });
});

test("an event noun's 'of' phrase is its patient for arrests, releases, extraditions and attacks, its agent otherwise", () => {
  has('A Dutch court approved the extradition of a suspected Islamist militant on Thursday.', { cameo: '063', tgt: 'militant' });
  hasNot('A Dutch court approved the extradition of a suspected Islamist militant on Thursday.', { cameo: '063', src: 'militant' });
  has('Protesters demanded the release of the opposition leader.', { src: 'Protesters', tgt: 'opposition leader' });
  has('The withdrawal of French troops began on Monday.', { root: '08', src: 'French troops' });
});

test('a labour strike is a strike (143), never a military one', () => {
  const r = code('date 2024-03-01\nThe teachers union will call a nationwide strike on Monday. Doctors began an indefinite strike in Nairobi.');
  const codes = r.events.map((e) => e.cameo);
  // a strike announced for later is a threat of one (133)
  assert.deepEqual(codes, ['133', '143'], describe(r));
  assert.ok(!codes.some((c) => c?.startsWith('19')), describe(r));
});

test('"I" and "we" of a frame inside a direct quote are the quoted speaker, who makes the claim', () => {
  const r = code('Prime Minister Boris Johnson was questioned in Watford. He said, "I think the United States should return her to Britain."');
  const johnson = r.actors.find((a) => a.name === 'Boris Johnson');
  assert.ok(johnson !== undefined);
  const claims = r.events.filter((e) => e.attribution !== null);
  assert.ok(claims.length > 0, JSON.stringify(r.events));
  for (const e of claims) assert.equal(e.attribution!.speaker, johnson.id, JSON.stringify(e.attribution));
  // Outside a direct quote an "I" stays unresolved: the writer's own "I think" is nobody's claim here.
  const plain = code('I think the United States should return her to Britain.');
  for (const e of plain.events) assert.ok(e.attribution === null || e.attribution.speaker === null, JSON.stringify(e.attribution));
});

test('a coordinated subject meeting in a place meet each other; the place is no target, unless the act is a visit or hosting', () => {
  const r = code('Egyptian foreign minister Sameh Shoukry and his Greek counterpart Nikos Dendias met in Cairo on Wednesday.');
  const names = (ids: string[]): string => ids.map((id) => r.actors.find((a) => a.id === id)?.name ?? id).join('+');
  const pairs = r.events.filter((e) => e.cameo.startsWith('04')).map((e) => `${names(e.source)} -> ${names(e.target)}`).sort();
  assert.deepEqual(pairs, ['Nikos Dendias -> Sameh Shoukry', 'Sameh Shoukry -> Nikos Dendias']);
  // Hosting: the place is the host.
  const h = code('The African Union and the Arab League hosted a mediation session in Addis Ababa in December.');
  const hosted = h.events.find((e) => e.cameo.startsWith('043'));
  assert.ok(hosted !== undefined, JSON.stringify(h.events.map((e) => e.cameo)));
  assert.deepEqual(hosted.target.map((id) => h.actors.find((a) => a.id === id)?.country), ['ETH']);
});

test('"they" after a pair named as the subject refers to both: sources of its act, each other in a joint one', () => {
  const r = code('Egyptian foreign minister Sameh Shoukry and his Greek counterpart Nikos Dendias met in Cairo on Wednesday. They called on Turkey to halt drilling.');
  const name = (id: string): string => r.actors.find((a) => a.id === id)?.name ?? id;
  const appeal = r.events.find((e) => e.cameo.startsWith('02'));
  assert.ok(appeal !== undefined, JSON.stringify(r.events.map((e) => e.cameo)));
  assert.deepEqual(appeal.source.map(name).sort(), ['Nikos Dendias', 'Sameh Shoukry']);
  const j = code('Armenia and Azerbaijan met in Moscow on Friday. They agreed to a ceasefire.');
  const agreed = j.events.filter((e) => e.cameo.startsWith('03')).map((e) => `${e.source.map((id) => j.actors.find((a) => a.id === id)?.country).join('+')} -> ${e.target.map((id) => j.actors.find((a) => a.id === id)?.country).join('+')}`).sort();
  assert.deepEqual(agreed, ['ARM -> AZE', 'AZE -> ARM']);
});

test('poisoning a person is an assault; dismissing allegations is a denial', () => {
  const p = code('The German government said Alexei Navalny was poisoned with Novichok.');
  const assault = p.events.find((e) => e.cameo.startsWith('18'));
  assert.ok(assault !== undefined, JSON.stringify(p.events.map((e) => e.cameo)));
  assert.equal(p.actors.find((a) => a.id === assault.target[0])?.name, 'Alexei Navalny');
  assert.ok(assault.attribution !== null && p.actors.find((a) => a.id === assault.attribution!.speaker)?.name === 'German government');
  // A government reporting the poisoning of a foreign national does not claim it as its own act.
  const f = code('The German government said Russian opposition leader Alexei Navalny was poisoned with Novichok.');
  const poisoned = f.events.find((e) => e.cameo.startsWith('18'));
  assert.ok(poisoned !== undefined);
  assert.deepEqual(poisoned.source, [], JSON.stringify(poisoned.source.map((id) => f.actors.find((a) => a.id === id)?.name)));
  // Food poisoning is no act.
  assert.deepEqual(code('A study of salmonella poisoning has uncovered new evidence.').events.map((e) => e.cameo), []);
  const d = code('The Russian government dismissed the claim from Berlin as groundless.');
  assert.deepEqual(d.events.map((e) => e.cameo), ['016']);
  // A court or settlement dismissing charges is no denial.
  assert.ok(!code('The settlement dismisses all charges including bribery.').events.some((e) => e.cameo === '016'));
});

test('"demanded from X to ..." is aimed at X; "demands from X" are X\'s own', () => {
  const r = code('Iran demanded from Interpol to publish a red notice.');
  const d = r.events.find((e) => e.cameo.startsWith('10'));
  assert.ok(d !== undefined);
  assert.deepEqual(d.target.map((id) => r.actors.find((a) => a.id === id)?.name), ['Interpol']);
  const n = code('The state government conceded to demands from the Neighborhood Association to block construction.');
  for (const e of n.events.filter((x) => x.cameo.startsWith('10'))) assert.ok(!e.target.some((id) => n.actors.find((a) => a.id === id)?.name === 'Neighborhood Association'), JSON.stringify(e));
});

test('a fronted prepositional phrase before a comma is no conjunct of the subject', () => {
  const names = (text: string): string[][] => {
    const r = code(text);
    return r.events.map((e) => e.source.map((id) => r.actors.find((a) => a.id === id)?.name ?? id));
  };
  for (const s of names('According to the Associated Press, Iran has increased cooperation with China.')) assert.ok(!s.some((n) => /Associated|AP/.test(n)), JSON.stringify(s));
  for (const s of names('In Colombia, the ELN declared a monthlong ceasefire on 1 April.')) assert.ok(!s.includes('Colombia'), JSON.stringify(s));
  // A list and an appositive still join.
  assert.ok(names('China, Iran and Russia pledged funds to the project.').some((s) => s.length === 3));
});

test('a past participle opening another verb\'s object is an adjective, no event', () => {
  assert.ok(!code('China wants to extradite accused criminals from Hong Kong.').events.some((e) => e.cameo.startsWith('11')));
  assert.ok(!code('Turkey would take over guarding captured ISIS fighters.').events.some((e) => e.cameo.startsWith('17')));
  // A participle as the verb itself still counts.
  assert.ok(code('Police arrested protesters in the capital.').events.some((e) => e.cameo.startsWith('17')));
});

test('attacking a decision is criticism, and an election rally or a market rally is no protest', () => {
  assert.deepEqual(code('Erdogan also attacked the proclamation of Golan Heights as Israeli territory.').events.map((e) => e.cameo), ['111']);
  assert.ok(code('Iraqi warplanes attacked positions inside Syria on Thursday.').events.some((e) => e.cameo.startsWith('19')));
  assert.ok(!code('The bomb exploded near an election rally by President Ashraf Ghani.').events.some((e) => e.cameo.startsWith('14')));
  assert.ok(code('Thousands joined a rally against the government.').events.some((e) => e.cameo.startsWith('14')));
});
