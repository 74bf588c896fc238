// Who did it to whom: event sources and targets and their CAMEO actor codes, on invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';

interface Row {
  cameo: string;
  source: string | null;
  target: string | null;
  sourceCodes: string[];
  targetCodes: string[];
}

/** Events of a sentence as source/target span texts and actor codes. */
function rows(text: string): { r: Readout; rows: Row[] } {
  const r = code(text);
  const codeOf = new Map(r.actors.map((a) => [a.id, a.code ?? '']));
  return {
    r,
    rows: r.events.map((e) => ({
      cameo: e.cameo,
      source: e.source_span?.text ?? null,
      target: e.target_span?.text ?? null,
      sourceCodes: e.source.map((id) => codeOf.get(id)!),
      targetCodes: e.target.map((id) => codeOf.get(id)!),
    })),
  };
}

function root(rs: Row[], r: string): Row[] {
  return rs.filter((x) => x.cameo.startsWith(r));
}

test('the patient of a material act is its target even when it names no actor', () => {
  const { rows: rs } = rows('Gunmen stormed a police station in the northern town on Tuesday, killing two officers.');
  const assault = root(rs, '19');
  assert.ok(assault.length > 0, JSON.stringify(rs));
  assert.equal(assault[0]!.target, 'a police station');
});

test('in a verbal act the object is what is said, not the target', () => {
  const { rows: rs } = rows('The Ghanaian president expressed deep concern on Monday about rising food prices.');
  assert.ok(rs.length > 0);
  for (const e of rs) assert.ok(e.target === null || !/concern/.test(e.target), JSON.stringify(e));
});

test('a passive names its patient as target and its by-agent as source', () => {
  const { rows: rs } = rows('The relief convoy was attacked by rebels near the border on Saturday.');
  const assault = root(rs, '19');
  assert.ok(assault.length > 0, JSON.stringify(rs));
  assert.equal(assault[0]!.source, 'rebels');
  assert.match(assault[0]!.target ?? '', /convoy/);
});

test('a coordinated subject of a joint act is coded both ways', () => {
  const { rows: rs } = rows('Ghana and Togo agreed on Friday to reopen their common border.');
  const pairs = rs.map((e) => `${e.sourceCodes.join()}>${e.targetCodes.join()}`);
  assert.ok(pairs.includes('GHA>TGO'), pairs.join(' '));
  assert.ok(pairs.includes('TGO>GHA'), pairs.join(' '));
});

test('talks with someone are a joint act; a phone call to someone is not', () => {
  const talks = rows('Chilean President Ana Soto held talks with Peruvian Foreign Minister Luis Vargas in Lima on Wednesday.').rows;
  const pairs = root(talks, '04').map((e) => `${e.sourceCodes.join()}>${e.targetCodes.join()}`);
  assert.ok(pairs.includes('CHLGOV>PERGOV') && pairs.includes('PERGOV>CHLGOV'), pairs.join(' '));
  const call = rows('Chilean President Ana Soto made a phone call to Peruvian President Luis Vargas on Wednesday.').rows;
  const calls = root(call, '04').map((e) => `${e.sourceCodes.join()}>${e.targetCodes.join()}`);
  assert.ok(calls.includes('CHLGOV>PERGOV'), calls.join(' '));
  assert.ok(!calls.includes('PERGOV>CHLGOV'), calls.join(' '));
});

test('coordinated targets get one event each', () => {
  const { rows: rs } = rows('The Venezuelan foreign minister criticised Colombia and Brazil on Thursday for closing their borders.');
  const targets = rs.filter((e) => e.sourceCodes.includes('VENGOV')).flatMap((e) => e.targetCodes);
  assert.ok(targets.includes('COL') && targets.includes('BRA'), JSON.stringify(rs));
});

test('with no one named, the country where the act happens is its target', () => {
  const { r, rows: rs } = rows('Norwegian peacekeepers arrived in Mali on Sunday.');
  assert.ok(rs.some((e) => e.targetCodes.includes('MLI')), JSON.stringify(rs));
  assert.ok(r.actors.some((a) => a.code === 'MLI'));
});

test('a country named only as a place stays out of the actors unless an event names it', () => {
  const { r, rows: rs } = rows('The finance minister of Peru spoke at length about inflation in Brazil on Monday.');
  const named = new Set(r.events.flatMap((e) => [...e.source, ...e.target]));
  for (const a of r.actors) if (a.country === 'BRA' && a.kind === 'country') assert.ok(named.has(a.id), JSON.stringify(rs));
});

test('a demonym on a thing stands for its country', () => {
  const { rows: rs } = rows('Serbia rejected a Croatian proposal on the disputed river border on Monday.');
  const rejection = root(rs, '12');
  assert.ok(rejection.length > 0, JSON.stringify(rs));
  assert.deepEqual(rejection[0]!.sourceCodes, ['SRB']);
  assert.deepEqual(rejection[0]!.targetCodes, ['HRV']);
});

test('a role without a country takes the one its sentence names, not another official\'s', () => {
  const judge = rows('Judge Maria Lopez opened a fraud inquiry into the state oil company of Paraguay on Friday.').r;
  const lopez = judge.actors.find((a) => a.name === 'Maria Lopez');
  assert.equal(lopez?.country, 'PRY', JSON.stringify(judge.actors));
  const visit = rows('U.S. Secretary of State Jane Roe met President Ali Hassan on Monday.').r;
  const hassan = visit.actors.find((a) => a.name === 'Ali Hassan');
  assert.notEqual(hassan?.country, 'USA', JSON.stringify(visit.actors));
});

test('the author of a rejected offer and the subject of a demand are targets', () => {
  const rejected = rows('Ecuador on Monday rejected a fresh offer from Peru for talks on the disputed border.').rows;
  assert.ok(root(rejected, '12').some((e) => e.targetCodes.includes('PER')), JSON.stringify(rejected));
  const demand = rows('Uruguay demanded on Tuesday that Argentina reopen the bridge between the two countries.').rows;
  assert.ok(root(demand, '10').some((e) => e.sourceCodes.includes('URY') && e.targetCodes.includes('ARG')), JSON.stringify(demand));
});

test('the subject past a time adjunct or a parenthesis, and the agent of a participle on an object', () => {
  const time = rows('The Kenya Farmers Union (KFU) on Tuesday called on the government to cut fuel taxes.').rows;
  assert.ok(time.some((e) => /Farmers Union/.test(e.source ?? '')), JSON.stringify(time));
  const statement = rows('The Chilean human rights commission issued a statement urging the Bolivian government to open the border.').rows;
  const appeal = root(statement, '02');
  assert.ok(appeal.length > 0, JSON.stringify(statement));
  assert.match(appeal[0]!.source ?? '', /commission/);
});

test('an intent or refusal is aimed at whom its infinitive names', () => {
  const { rows: rs } = rows('Moldova refused on Monday to sell electricity to Ukraine.');
  assert.ok(root(rs, '12').some((e) => e.sourceCodes.includes('MDA') && e.targetCodes.includes('UKR')), JSON.stringify(rs));
});

test('a plural title is a group of office holders, and a pronoun source shows its antecedent', () => {
  const { r, rows: rs } = rows('Venezuelan opposition leaders said they would boycott all talks with the government.');
  assert.ok(r.actors.some((a) => a.kind === 'group' && a.country === 'VEN'), JSON.stringify(r.actors));
  const boycott = rs.filter((e) => e.sourceCodes.some((x) => x.startsWith('VEN')));
  assert.ok(boycott.length > 0, JSON.stringify(rs));
  assert.match(boycott[0]!.source ?? '', /leaders/);
});

test('a place that qualifies another phrase is not the target; one the act happens in is', () => {
  const talk = rows('The two ministers exchanged views on the situation in the Donbas region of Ukraine.').rows;
  for (const e of talk) assert.ok(!/Donbas|Ukraine/.test(e.target ?? ''), JSON.stringify(e));
  const curfew = rows('Guinea lifted the night curfew in Liberia on Sunday.').rows;
  assert.ok(curfew.some((e) => e.targetCodes.includes('LBR')), JSON.stringify(curfew));
});

test('a withdrawal is from where it leaves', () => {
  const { rows: rs } = rows('The rebels began withdrawing from the territory of Chad on Monday.');
  assert.ok(rs.some((e) => e.cameo.startsWith('08') && e.targetCodes.includes('TCD')), JSON.stringify(rs));
});
