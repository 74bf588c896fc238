// The bundled sample stories (samples/*.txt, written for Readout): each story's key events with
// root, source/target, speaker and realis, and together every CAMEO root.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { code } from '../src/readout.js';
import type { Readout } from '../src/schema.js';
import { describe, findEvent, type Want } from './events-helpers.js';
import { ROOT } from './helpers.js';

const DIR = join(ROOT, 'samples');

interface Case {
  agency: string;
  events: Want[];
  /** Events that must NOT be there (a claim stated as fact, a topic coded as an event). */
  absent?: Want[];
  /** Known misses of earlier stages, kept visible as todo: [want, reason]. */
  todo?: [Want, string][];
}

const CASES: Record<string, Case> = {
  '01-reuters-iran-sanctions.txt': {
    agency: 'Reuters',
    events: [
      { cameo: '163', src: 'USA', tgt: 'IRN', speaker: 'Treasury', realis: 'actual' },
      { root: '11', src: 'IRN', speaker: null },
      { root: '13', src: 'IRN', speaker: null },
    ],
  },
  '02-ap-kabul-bombing.txt': {
    agency: 'AP',
    events: [
      { cameo: '183', src: 'bomber', tgt: 'worshippers', speaker: 'police', realis: 'actual' },
      { cameo: '173', src: 'security forces', speaker: 'Taliban' },
      { cameo: '015', realis: 'negated', speaker: null },
      { cameo: '016' },
      { cameo: '018', src: 'United Nations', tgt: 'families' },
    ],
    absent: [{ root: ['18', '19'], speaker: null }],
  },
  '03-afp-paris-summit.txt': {
    agency: 'AFP',
    events: [
      { cameo: '040', src: 'Macron', tgt: 'Scholz', speaker: null },
      { cameo: '057', speaker: 'Elysee' },
      { cameo: '051', src: 'Macron', tgt: 'DEU' },
      { root: '03', speaker: 'Scholz' },
      { root: '12', src: 'Scholz', speaker: 'Scholz' },
    ],
  },
  '04-xinhua-nepal-aid.txt': {
    agency: 'Xinhua',
    events: [
      { cameo: '0333', src: 'CHN', tgt: 'NPL', realis: 'future', speaker: 'Foreign Ministry' },
      { root: '03', src: 'CHN', speaker: 'Mao' },
      { cameo: '051', src: 'Dahal', tgt: 'CHN' },
      { cameo: '041', src: 'Dahal', tgt: 'Li Qiang' },
    ],
  },
  '05-trend-ceasefire.txt': {
    agency: 'Trend',
    events: [
      { root: '03', cameo: '035', src: 'ARM' },
      { root: '19', realis: 'negated', speaker: 'Foreign Ministry' },
      { cameo: '016', src: 'Pashinyan', speaker: null },
      { cameo: '196', realis: 'negated', speaker: 'Pashinyan' },
      { cameo: '036', realis: 'future', speaker: 'Azerbaijan' },
    ],
    absent: [{ root: '19', speaker: null }],
  },
  '06-reuters-nairobi-protest.txt': {
    agency: 'Reuters',
    events: [
      { cameo: '141', src: 'protesters', tgt: 'parliament', speaker: null },
      { cameo: '175', src: 'Police' },
      { cameo: '173', tgt: 'demonstrators' },
      { root: '15', src: 'government', speaker: 'Duale' },
      { cameo: '111', src: 'Odinga' },
      { cameo: '1053', src: 'Odinga', tgt: 'protesters' },
    ],
  },
  '07-ap-un-investigation.txt': {
    agency: 'AP',
    events: [
      { cameo: '090', src: 'United Nations', speaker: null },
      { cameo: '182', src: 'soldiers', tgt: 'detainees', speaker: 'statement' },
      { root: '12', src: 'MMR' },
      { cameo: '021', src: 'GBR', tgt: 'junta' },
    ],
    absent: [{ cameo: '182', speaker: null }],
  },
  '08-afp-chemical-attack.txt': {
    agency: 'AFP',
    events: [
      { cameo: '112', src: 'Syrian opposition', tgt: 'government forces', speaker: null },
      { cameo: '202', speaker: 'spokesman' },
      { cameo: '016', src: 'SYR' },
      { cameo: '2041', realis: 'negated', speaker: 'Syrian government' },
    ],
    absent: [{ root: ['18', '19', '20'], speaker: null }],
  },
  '09-reuters-hostages.txt': {
    agency: 'Reuters',
    events: [
      { cameo: '181', src: 'Gunmen', speaker: 'police' },
      { cameo: '0841', src: 'kidnappers', tgt: 'hostages', speaker: 'police' },
      { root: '07', src: 'troops', speaker: 'army' },
      { root: '04', src: 'government', tgt: 'gunmen', realis: 'negated', speaker: 'Idris' },
    ],
  },
  '10-xinhua-visit.txt': {
    agency: 'Xinhua',
    events: [
      { cameo: '042', src: 'Dong', tgt: 'VNM', speaker: null },
      { cameo: '043', src: 'Phan' },
      { cameo: '031' },
      { cameo: '064' },
      { cameo: '051', src: 'Dong', tgt: 'VNM' },
    ],
  },
  '11-reuters-expel-diplomats.txt': {
    agency: 'Reuters',
    events: [
      { cameo: '161', src: 'DEU', tgt: 'RUS', speaker: null },
      { cameo: '112', src: 'prosecutors' },
      { cameo: '114', tgt: 'ambassador', speaker: 'Foreign Office' },
      { cameo: '111', src: 'RUS' },
      { cameo: '161', src: 'DEU', speaker: 'spokesman' },
    ],
  },
  '12-ap-general-strike.txt': {
    agency: 'AP',
    events: [
      { cameo: '143', src: 'union', tgt: 'government' },
      { cameo: '133' },
      { cameo: '124', src: 'Milei' },
      { cameo: '112', src: 'Milei', tgt: 'union', realis: 'actual', speaker: null },
      { root: '12', cameo: '124', speaker: 'Milei' },
    ],
  },
  '13-afp-gaza-strikes.txt': {
    agency: 'AFP',
    events: [
      { cameo: '195', src: 'ISR', speaker: 'health ministry' },
      { cameo: '194', src: 'Hamas', tgt: 'ISR', speaker: 'army' },
      { root: '19', tgt: 'Hamas', realis: 'actual', speaker: 'army' },
      { root: '19', realis: 'negated', speaker: 'army' },
      { cameo: '025', src: 'EGY' },
    ],
  },
  '14-trend-appeal.txt': {
    agency: 'Trend',
    events: [
      { cameo: '018', src: 'Aliyev', tgt: 'Erdogan', speaker: null },
      { cameo: '0333', src: 'AZE', speaker: 'Aliyev' },
      { cameo: '051', src: 'Erdogan', tgt: 'Aliyev' },
    ],
  },
  '15-xinhua-korea-alert.txt': {
    agency: 'Xinhua',
    events: [
      { cameo: '152', src: 'KOR', tgt: 'troops', speaker: 'Joint Chiefs' },
      { root: '19', src: 'PRK' },
      { root: '13' },
      { cameo: '150', src: 'KOR', realis: 'future', speaker: 'officials' },
    ],
  },
  '16-reuters-sahel.txt': {
    agency: 'Reuters',
    events: [
      { cameo: '1722', src: 'MLI', tgt: 'opposition parties' },
      { root: '19', src: 'militants', tgt: 'soldiers', speaker: 'army' },
      { cameo: '012', src: 'African Union', speaker: null },
      { root: '02', src: 'African Union' },
    ],
  },
};

const files = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const readouts = new Map<string, Readout>();
const readout = (f: string): Readout => {
  let r = readouts.get(f);
  if (r === undefined) readouts.set(f, (r = code(readFileSync(join(DIR, f), 'utf8'))));
  return r;
};

test('at least 14 sample stories, each with a date line and an agency dateline', () => {
  assert.ok(files.length >= 14, `${files.length} samples`);
  for (const f of files) {
    const r = readout(f);
    assert.match(r.meta.date ?? '', /^\d{4}-\d{2}-\d{2}$/, f);
    const n = r.sentences.length;
    assert.ok(n >= 3 && n <= 8, `${f}: ${n} sentences`);
  }
});

for (const f of files) {
  const c = CASES[f];
  test(`sample ${f}`, () => {
    assert.ok(c !== undefined, `no expectations written for ${f}`);
    const r = readout(f);
    for (const w of c.events) assert.ok(findEvent(r, w), `${f}: expected ${JSON.stringify(w)} in:\n${describe(r)}`);
    for (const w of c.absent ?? []) assert.equal(findEvent(r, w), undefined, `${f}: did not expect ${JSON.stringify(w)} in:\n${describe(r)}`);
  });
  test(`sample ${f}: agency`, () => assert.equal(readout(f).meta.agency?.name, c?.agency));
  for (const [w, why] of c?.todo ?? []) {
    test(`sample ${f}: ${JSON.stringify(w)}`, { todo: why }, () => {
      assert.ok(findEvent(readout(f), w), describe(readout(f)));
    });
  }
}

test('the samples together cover all 20 CAMEO roots, passives, negation, attribution and direct quotes', () => {
  const roots = new Set<string>();
  let negated = 0;
  let future = 0;
  let attributed = 0;
  let direct = 0;
  const speakers = new Set<string>();
  for (const f of files) {
    const r = readout(f);
    for (const e of r.events) {
      roots.add(e.root);
      if (e.realis === 'negated') negated++;
      if (e.realis === 'future') future++;
      if (e.attribution !== null) {
        attributed++;
        speakers.add(`${f}:${e.attribution.speaker ?? e.attribution.speaker_span?.text}`);
      }
    }
    direct += r.quotes.filter((q) => q.direct).length;
  }
  for (let i = 1; i <= 20; i++) assert.ok(roots.has(String(i).padStart(2, '0')), `root ${i} not coded in any sample`);
  assert.ok(negated >= 5 && future >= 3 && attributed >= 15 && direct >= 3, `${negated} negated, ${future} future, ${attributed} attributed, ${direct} direct quotes`);
  assert.ok(speakers.size >= 15, `${speakers.size} distinct speakers`);
});
