// Groups named by a hyphenated leader ("the Saudi-led coalition"), coalitions and witnesses as agents,
// and noun phrases that run through a hyphenated participle. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { code } from '../src/readout.js';

const actorNamed = (r: ReturnType<typeof code>, re: RegExp) => r.actors.find((a) => re.test(a.name));

test('"the Saudi-led coalition" is the coalition, coded with its leader\'s country', () => {
  const r = code('SANAA (Reuters) - The Saudi-led coalition said on Sunday it had intercepted a drone launched by the Houthis.');
  const c = actorNamed(r, /coalition/);
  assert.ok(c, JSON.stringify(r.actors.map((a) => a.name)));
  assert.equal(c.country, 'SAU');
  assert.equal(c.sector, 'MIL');
  const n = code('NATO-led forces withdrew from the province.');
  assert.match(actorNamed(n, /forces/)?.code ?? '', /^IGO/);
});

test('"blamed the Saudi-led coalition for the strike": the blame has its target, and the quote its whole object', () => {
  const r = code('Yemen\'s Houthi movement blamed the Saudi-led coalition for the strike.');
  const e = r.events.find((x) => x.cameo?.startsWith('11'));
  assert.ok(e, JSON.stringify(r.events.map((x) => x.cameo)));
  const coalition = actorNamed(r, /coalition/)!;
  assert.ok(e.target.includes(coalition.id), JSON.stringify(e));
  assert.ok(r.quotes.some((q) => q.content.text.startsWith('the Saudi-led coalition')), JSON.stringify(r.quotes.map((q) => q.content.text)));
});

test('witnesses speak as civilians; a ruling coalition is the government', () => {
  const r = code('Witnesses said police beat several protesters in the capital.');
  const ev = r.events.find((e) => e.cameo?.startsWith('18'));
  assert.ok(ev, JSON.stringify(r.events.map((e) => e.cameo)));
  const speaker = r.actors.find((a) => a.id === ev.attribution?.speaker);
  assert.equal(speaker?.sector, 'CVL');
  const g = code('The ruling coalition rejected the opposition\'s demands.');
  assert.equal(actorNamed(g, /coalition/)?.sector, 'GOV');
});

test('"his spokesman X" and "his Turkish counterpart X" take the possessor\'s sector (and country when none is named)', () => {
  const r = code('"Those responsible must be held to account," U.N. Secretary-General Antonio Guterres said in a statement read by his spokesman Stephane Dujarric.');
  assert.equal(actorNamed(r, /Dujarric/)?.code, actorNamed(r, /Guterres/)?.code);
  const t = code('Russian Foreign Minister Sergey Lavrov held talks with his Turkish counterpart Hakan Fidan in Moscow on Thursday.');
  const fidan = actorNamed(t, /Fidan/)!;
  assert.equal(fidan.country, 'TUR');
  assert.equal(fidan.sector, 'GOV');
  // the counterpart is the other side of the talks, not the minister's own
  const talks = t.events.find((e) => e.cameo?.startsWith('04'));
  assert.ok(talks?.target.includes(fidan.id), JSON.stringify(t.events));
  // family is no role: "his wife" keeps her own code
  const w = code('Senator John Miller arrived with his wife Anna Miller.');
  assert.notEqual(actorNamed(w, /Anna/)?.sector ?? null, 'LEG');
});

test('"the ministry" after "the Ministry of Defense of Azerbaijan" is that ministry', () => {
  const r = code('BAKU, Azerbaijan, October 2. The Ministry of Defense of Azerbaijan reported shelling near Lachin. According to the ministry, two soldiers were wounded.');
  const ministries = r.actors.filter((a) => /ministry/i.test(a.name));
  assert.equal(ministries.length, 1, JSON.stringify(r.actors.map((a) => a.name)));
  assert.equal(ministries[0]!.code, 'AZEGOV');
});

test('a national Red Cross or Red Crescent society is its country\'s body; a police spokesman is a spokesman', () => {
  const r = code('LAGOS, Nigeria (AP) - At least two people were killed, according to the Nigerian Red Cross. Police spokesman Benjamin Hundeyin said officers had arrested 34 people.');
  const rc = actorNamed(r, /Red Cross/)!;
  assert.equal(rc.name, 'Nigerian Red Cross');
  assert.equal(rc.country, 'NGA');
  const h = actorNamed(r, /Hundeyin/)!;
  assert.equal(h.title, 'Spokesman');
  assert.equal(h.sector, 'COP');
  assert.equal(actorNamed(code('The Red Cross said access was blocked.'), /Red Cross/)?.code, 'NGOHLHIRC');
});

test('"a local official who asked not to be named" is no request and no quote', () => {
  const r = code('Gunmen stormed the camp at dawn, according to a local official who asked not to be named.');
  assert.ok(!r.events.some((e) => e.cameo?.startsWith('02')), JSON.stringify(r.events.map((e) => e.cameo)));
  assert.ok(!r.quotes.some((q) => /named/.test(q.content.text)), JSON.stringify(r.quotes.map((q) => q.content.text)));
});

test('"Egyptian security sources said": the sources speak, coded by their modifiers', () => {
  const r = code('Egyptian and Qatari mediators met Hamas leaders in Cairo on Sunday, two Egyptian security sources said.');
  const s = actorNamed(r, /sources/);
  assert.equal(s?.code, 'EGYCOP');
  assert.equal(actorNamed(code('Renewable sources supply a third of the power.'), /sources/), undefined);
});

test('"the Biden administration" is the US government; named services and ruling juntas have their country', () => {
  const r = code('The Biden administration on Thursday imposed sanctions on six Iranian officials.');
  const a = actorNamed(r, /administration/);
  assert.equal(a?.code, 'USAGOV');
  assert.ok(!r.actors.some((x) => x.kind === 'person'), JSON.stringify(r.actors.map((x) => x.name)));
  const m = code('Israel sent a delegation headed by Mossad chief David Barnea to Doha.');
  assert.equal(actorNamed(m, /Barnea/)?.code, 'ISRSPY');
  const j = code("Mali's ruling junta has vowed to step up operations against armed groups.");
  assert.equal(actorNamed(j, /junta/)?.code, 'MLIGOV');
});

test('a country named as a destination, an opponent or a topic gives no country to a group in its sentence', () => {
  const r = code('The assailants stormed the camp at dawn before fleeing towards the border with Burkina Faso.');
  assert.equal(actorNamed(r, /assailants/)?.country ?? null, null);
  const t = code('The ministers discussed the situation in Syria.');
  assert.equal(actorNamed(t, /ministers/)?.country ?? null, null);
  // a place where the group is still gives it: "rebels in northern Mali"
  const m = code('Rebels in northern Mali attacked an army post.');
  assert.equal(actorNamed(m, /Rebels/)?.country, 'MLI');
});

test('police, courts, governors and mayors with no country of their own take the dateline\'s', () => {
  const r = code('LAGOS, Nigeria (AP) - Police fired tear gas at hundreds of protesters on Saturday, witnesses said.');
  assert.equal(actorNamed(r, /Police/)?.code, 'NGACOP');
  const k = code('KYIV, Ukraine (AP) - Two people were wounded when debris fell on a building, regional Governor Oleh Kiper said.');
  assert.equal(actorNamed(k, /Kiper/)?.country, 'UKR');
  // a capital alone is enough; "of the two countries" says whose the guards are
  const b = code('BAKU (Reuters) - The border guards of the two countries had not exchanged fire, the ministry said.');
  assert.equal(actorNamed(b, /guards/)?.country ?? null, null);
  const p = code('BAKU (Reuters) - Police detained two men near the port.');
  assert.equal(actorNamed(p, /Police/)?.country, 'AZE');
  // no dateline, no country
  assert.equal(actorNamed(code('Police fired tear gas at protesters.'), /Police/)?.country ?? null, null);
});

test('judges in a story about an international court are not the host country\'s', () => {
  const r = code('THE HAGUE, Netherlands (Reuters) - The International Criminal Court on Thursday sentenced a former commander to 10 years in prison. Judges found him guilty of torture.');
  assert.equal(actorNamed(r, /Judges/)?.country ?? null, null);
});

test('"..., the military said, days after ..." ends the report at its cue', () => {
  const r = code('North Korea fired a ballistic missile into the sea on Sunday, South Korea\'s military said, days after the North threatened to respond to joint drills.');
  const q = r.quotes.find((x) => x.cue?.text === 'said');
  assert.equal(q?.content.text, 'North Korea fired a ballistic missile into the sea on Sunday');
});

test('a stray "s" (China"s) is no demonym: territories without people have none', () => {
  const r = code('The fund is to provide 260 mln dlrs towards China"s plans, the official New China News Agency reported.');
  assert.ok(!r.actors.some((a) => a.country === 'BVT'), JSON.stringify(r.actors.map((a) => [a.name, a.code])));
});

test('the city of a conference gives no country to a minister in its sentence', () => {
  const r = code('Senior officials said tax cuts would be increased, in line with a pledge made by Finance Minister Gerhard Stoltenberg at last month\'s monetary conference in Paris.');
  assert.notEqual(actorNamed(r, /Stoltenberg/)?.country, 'FRA');
});

test('"its fighters" after the PKK are the PKK\'s; "their government" after Chinese citizens is China\'s', () => {
  const r = code('The PKK said in a statement that five of its fighters had been killed.');
  assert.equal(actorNamed(r, /fighters/)?.code, actorNamed(r, /PKK/)?.code);
  const c = code('Chinese citizens have criticized their government over the outbreak.');
  assert.equal(actorNamed(c, /government/)?.code, 'CHNGOV');
});

test('"X was quoted as saying", "Y quoted X as saying": X speaks; the agency only relays', () => {
  const r = code('MOSCOW (Reuters) - Russian Defence Minister Sergei Shoigu was quoted by the RIA news agency as saying that Russian troops had repelled an attack.');
  const e = r.events.find((x) => x.cameo?.startsWith('19'));
  assert.equal(r.actors.find((a) => a.id === e?.attribution?.speaker)?.name, 'Sergei Shoigu');
  const q = code('The Associated Press quoted Wassim Bouhlel, a Nice native, as saying that the driver emerged with a gun.').quotes;
  assert.ok(q.some((x) => x.cue?.text === 'saying' && /Bouhlel/.test(x.speaker_span?.text ?? '')), JSON.stringify(q));
  assert.ok(!q.some((x) => x.cue?.text === 'quoted'), JSON.stringify(q));
  // "cited X as identifying ...": no report verb after "as", the citation stays
  const c = code('The report cited an internal investigation as identifying Beijing as the likely culprit.').quotes;
  assert.ok(c.some((x) => x.cue?.text === 'cited'), JSON.stringify(c));
});

test('"Ukraine\'s General Staff" is the Ukrainian military, not a general named Staff', () => {
  const r = code("Ukraine's General Staff said its forces had recaptured two villages.");
  const g = actorNamed(r, /General Staff/);
  assert.equal(g?.code, 'UKRMIL');
  assert.equal(g?.kind, 'group');
  assert.equal(actorNamed(code('Chief of Staff John Kelly resigned.'), /Kelly/)?.title, 'Chief of Staff');
});

test('"the North" after North Korea is North Korea; "the North Atlantic" and "the South of France" are not', () => {
  const r = code('North Korea fired a ballistic missile on Sunday, days after the North threatened to respond to joint drills.');
  const e = r.events.find((x) => x.cameo?.startsWith('13'));
  assert.equal(r.actors.find((a) => a.id === e?.source[0])?.code, 'PRK');
  const n = code('North Korea fired a missile. Ships crossed the North Atlantic. Officials in the South of France met.');
  assert.ok(!n.mentions.some((m) => m.kind === 'country' && (m.text === 'North' || m.text === 'South')), JSON.stringify(n.mentions.map((m) => [m.text, m.kind])));
});

test('"Russia\'s ambassador to Germany, Sergei Nechayev, warned": one Russian diplomat; talking to the media is no consultation', () => {
  const r = code("Meanwhile, Russia's ambassador to Germany, Sergei Nechayev, warned that any delivery would be seen as direct involvement.");
  const e = r.events.find((x) => x.cameo?.startsWith('13'));
  const src = e?.source.map((id) => r.actors.find((a) => a.id === id)) ?? [];
  assert.equal(src.length, 1, JSON.stringify(src));
  assert.equal(src[0]?.code, 'RUSGOV');
  const m = code('The sources spoke on condition of anonymity due to restrictions on talking to the media.');
  assert.ok(!m.events.some((x) => x.cameo?.startsWith('04')), JSON.stringify(m.events.map((x) => x.cameo)));
});

test('"the sources said" after "diplomatic sources said" is the same sources', () => {
  const r = code('ANKARA (AA) - The two ministers met in Ankara, diplomatic sources said. They discussed the situation in Gaza, the sources said.');
  const sources = r.actors.filter((a) => /sources/.test(a.name));
  assert.equal(sources.length, 1, JSON.stringify(r.actors.map((a) => a.name)));
  assert.ok(r.quotes.filter((q) => q.speaker === sources[0]!.id).length === 2, JSON.stringify(r.quotes));
});
