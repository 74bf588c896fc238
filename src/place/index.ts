// Places stage: resolve the country and place mentions (and the dateline) to gazetteer entries.
// Mentions of one name are resolved together (one sense per story). Each name's candidates are scored
// by a population-and-kind prior, "City, State" qualifiers, and the rest of the story, as a reader
// would: the countries and states its other names are (probably) in, and how close a candidate lies
// to the (probable) places of the other names, so that the towns of a local story locate each other
// ("Athens" next to "Henderson County" is Athens, Texas). Beliefs about the other names are soft
// (a probability per candidate), refined over three rounds.
import type { Doc } from '../nlp/doc.js';
import type { Mention } from '../mentions/types.js';
import type { Source } from '../source/types.js';
import { countries } from '../kb/countries.js';
import { isFirstName } from '../kb/first-names.js';
import { lexicon } from '../kb/lexicon.js';
import { wordSet } from '../kb/words.js';
import { candidatesOf, isDesignated } from './candidates.js';
import type { Entry, Gazetteer } from './data.js';
import { gazetteer, placeKey } from './data.js';
import { datelineAt, spotPlaces } from './gazetteer.js';
import type { Place, PlaceLayer } from './types.js';
import { float64s, int32s, int32sOf, uint8s } from '../slab.js';

export { spotPlaces };

/** `Item.mention` of the dateline's names and of names found inside other mentions (context only). */
const DATELINE = -1;
const CONTEXT = -2;
/** Most words of a place name opening an organisation's name ("Grand Ledge Emergency Services"). */
const MAX_OPENING = 4;
/** Lower-case nouns after a name that make it a first-level division ("Washington state"). */
/** One written name to resolve: a mention, the dateline, or a context name. */
interface Item {
  mention: number;
  /** Name as written (or the place name inside it), and its normalised key. */
  raw: string;
  key: string;
  cands: number[];
  /** A county-like name ("Laurel County") not in the gazetteer: raw name kept, located from context. */
  designated: boolean;
  /** The candidates are those of a place named inside the written name. */
  partial: boolean;
  /** Index of the item that qualifies this one ("Paris, Texas" -> Texas), or -1. */
  qualifier: number;
  /** Followed by "state" / "province" in lower case ("Washington state"): a division. */
  division: boolean;
  /** A demonym standing for its country ("Russian"). */
  demonym: boolean;
  /** The text marks the name as a place: "in X", "X River", "the X region". */
  placeLike: boolean;
  /** Countries of an institution named right after the name ("Palestine Independent School District": US), or none. */
  townOf: readonly string[];
  /** The name of a dateline ("WASHINGTON, March 3 -", "NEW YORK —"): a town, by the convention of datelines. */
  dateline: boolean;
  /** The written name when the candidates are those of a town inside a feature's name ("Griffith Park"), else ''. */
  feature: string;
  group: number;
}

/** The items of one name (one sense per story), resolved together. */
interface Group {
  items: number[];
  cands: number[];
  /** Vote weight: mentions 1, the dateline 2, context names 0.5, capped. */
  weight: number;
  division: boolean;
  /** One of the items is a dateline's name. */
  dateline: boolean;
  /** One of the candidates is a country or a region. */
  broad: boolean;
  /** Candidates of the qualifying names. */
  qualifiers: number[];
  /** Belief in each candidate (sums to 1). */
  belief: Float64Array;
  /** Some candidates are counties. */
  county: boolean;
  /** The name is a town of one of these countries by an institution named after it (an item's `townOf`). */
  townOf: readonly string[];
  /** Beliefs of the round before (damped rounds average the two). */
  previous: Float64Array;
  score: Float64Array;
  choice: number;
  confidence: number;
}

const RAD = Math.PI / 180;
/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Does entry e lie inside the place q names (a state or a country)? */
function inside(e: Entry, q: Entry): boolean {
  if (q.kind === 'country') return e.country === q.country && e.kind !== 'country';
  if (q.kind === 'admin1') return e.country === q.country && (e.kind === 'city' || e.kind === 'admin2' || e.kind === 'locality') && (q.admin1 === '' || e.admin1 === q.admin1);
  if (q.kind === 'admin2') return (e.kind === 'city' || e.kind === 'locality') && e.admin1 === q.admin1 && distanceKm(e.lat, e.lon, q.lat, q.lon) < 60;
  return false;
}

/** Population-and-kind prior of an entry (log10 scale). */
function prior(e: Entry): number {
  let s = Math.log10(e.population + 10);
  if (e.kind === 'country') s += 1.2;
  else if (e.kind === 'admin1') s += 0.6;
  else if (e.kind === 'region') s += 0.5;
  if (e.seat === 'C') s += 1.5;
  else if (e.seat === 'A') s += 0.3;
  return s;
}

/** Kinds located by a point a reader can measure distances from (not countries, states or regions). */
function pointLike(e: Entry): boolean {
  return e.kind === 'city' || e.kind === 'locality' || e.kind === 'admin2';
}

/** The first-level division of an entry of a kind inside one ("US.TX"), else ''; kept on the (cached) entry. */
function stateOf(e: Entry): string {
  let key = e.stateKey;
  if (key === undefined) e.stateKey = key = e.admin1 !== '' && e.kind !== 'country' && e.kind !== 'region' ? `${e.country}.${e.admin1}` : '';
  return key;
}

/** Closeness bonus of two points d km apart (log10 scale): most of it within a county or so (local news). */
const CLOSE_MAX = 2;
/** Most the closeness of other names may add to a candidate (log10 scale). */
const PROX_MAX = 3;
/**
 * Most the state votes and closeness together may add (log10 scale). Above the sum of either's cap
 * (4 + 3) it no longer binds: at 5, a town amid a dozen of its state's places ("Wayne" among Norfolk,
 * Winside, Pierce, Nebraska) scored no better than a big namesake amid three other namesakes (Wayne,
 * Bloomfield, Madison in New Jersey), and the namesake's population won.
 */
const LOCAL_MAX = 7;
const CLOSE_KM = 50;
function closeness(d: number): number {
  const r = d / CLOSE_KM;
  return CLOSE_MAX / (1 + r * r);
}

/** Largest distance (km) worth measuring; beyond it closeness is negligible. */
const FAR_KM = 400;
const KM_PER_DEGREE = 111.2;

/** Evidence of the story from the current beliefs: country and state votes, and candidate points. */
interface Votes {
  countries: Map<string, number>;
  states: Map<string, number>;
}

function votes(groups: readonly Group[], g: Gazetteer): Votes {
  const v: Votes = { countries: new Map(), states: new Map() };
  for (const gr of groups) {
    for (let k = 0; k < gr.cands.length; k++) {
      const e = g.entry(gr.cands[k]!);
      const w = gr.weight * gr.belief[k]!;
      if (w < 1e-4) continue;
      if (e.country !== '') v.countries.set(e.country, (v.countries.get(e.country) ?? 0) + w);
      const st = stateOf(e);
      if (st !== '') v.states.set(st, (v.states.get(st) ?? 0) + w);
    }
  }
  return v;
}

/** A group's own vote for a country / state (never counted for itself). */
function ownVote(gr: Group, g: Gazetteer, pick: (e: Entry) => string, key: string): number {
  let w = 0;
  for (let k = 0; k < gr.cands.length; k++) if (pick(g.entry(gr.cands[k]!)) === key) w += gr.weight * gr.belief[k]!;
  return w;
}

/**
 * Candidate points of every group, flat: latitude, longitude, cos(latitude), group, and how far the
 * candidate's score falls short of its group's best (only candidates that closeness could still lift).
 */
interface Points {
  lat: Float64Array;
  lon: Float64Array;
  cos: Float64Array;
  group: Int32Array;
  gap: Float64Array;
  /** Partner weight of each group (its vote weight, at most 1). */
  weight: Float64Array;
}

function points(groups: readonly Group[], g: Gazetteer): Points {
  const keep: number[] = [];
  groups.forEach((gr, gi) => {
    let max = -Infinity;
    for (let k = 0; k < gr.cands.length; k++) if (gr.score[k]! > max) max = gr.score[k]!;
    for (let k = 0; k < gr.cands.length; k++) {
      const gap = gr.score[k]! - max;
      if (gap > -CLOSE_MAX && pointLike(g.entry(gr.cands[k]!))) keep.push(gi, k);
    }
  });
  const n = keep.length / 2;
  const p: Points = {
    lat: float64s(n), lon: float64s(n), cos: float64s(n), group: int32s(n),
    gap: float64s(n), weight: float64s(groups.length),
  };
  groups.forEach((gr, gi) => (p.weight[gi] = Math.min(1, gr.weight)));
  for (let i = 0; i < n; i++) {
    const gr = groups[keep[2 * i]!]!;
    const k = keep[2 * i + 1]!;
    const e = g.entry(gr.cands[k]!);
    let max = -Infinity;
    for (let j = 0; j < gr.cands.length; j++) if (gr.score[j]! > max) max = gr.score[j]!;
    p.lat[i] = e.lat;
    p.lon[i] = e.lon;
    p.cos[i] = Math.cos(e.lat * RAD);
    p.group[i] = keep[2 * i]!;
    p.gap[i] = gr.score[k]! - max;
  }
  return p;
}

/**
 * Closeness of entry e (in group gi) to the other names: for each other name, how much its best reading
 * near e scores above its best reading anywhere (max-product message: a close reading that is almost as
 * likely counts nearly in full, an unlikely one not at all), weighted and summed.
 */
function proximity(e: Entry, gi: number, pts: Points, best: Float64Array): number {
  best.fill(0);
  const cos = Math.cos(e.lat * RAD);
  for (let i = 0; i < pts.lat.length; i++) {
    const h = pts.group[i]!;
    if (h === gi) continue;
    const dy = (pts.lat[i]! - e.lat) * KM_PER_DEGREE;
    if (dy > FAR_KM || dy < -FAR_KM) continue;
    const dx = (pts.lon[i]! - e.lon) * KM_PER_DEGREE * 0.5 * (cos + pts.cos[i]!);
    if (dx > FAR_KM || dx < -FAR_KM) continue;
    const b = closeness(Math.sqrt(dx * dx + dy * dy)) + pts.gap[i]!;
    if (b > best[h]!) best[h] = b;
  }
  let s = 0;
  for (let h = 0; h < best.length; h++) s += best[h]! * pts.weight[h]!;
  return Math.min(PROX_MAX, s);
}

/** Bonus (log10 scale) of a reading inside the state or country written after the name ("Paris, Texas"). */
const QUALIFIED = 6;

const NO_COUNTRIES: readonly string[] = [];

/**
 * The countries of an institution whose name starts at token k ("Independent School District", "Crown
 * Court": `institutionCountries`), in any case ("the Jordan middle school"), or none.
 */
function institutionCountry(doc: Doc, k: number, g: Gazetteer): readonly string[] {
  if (k >= doc.length) return NO_COUNTRIES;
  const list = g.institutionCountries.get(doc.lower[k]!);
  if (list === undefined) return NO_COUNTRIES;
  const at = doc.start[k]!;
  for (const [phrase, cc] of list) {
    const end = at + phrase.length;
    if (end > doc.text.length || doc.text.slice(at, end).toLowerCase() !== phrase) continue;
    const next = end < doc.text.length ? doc.text.charCodeAt(end) : 32;
    // A whole word: "Elementary" but not "Elementaryville".
    if (!((next >= 65 && next <= 90) || (next >= 97 && next <= 122))) return cc;
  }
  return NO_COUNTRIES;
}

/** Bonus (log10 scale) of a town inside a county the story names ("Lebanon" and "Boone County"), more for the county's seat. */
const IN_COUNTY = 1.5;
const COUNTY_SEAT = 1;

/**
 * The counties other names may be (a reading no worse than CLOSE_MAX below that name's best), as
 * entry and group pairs, flat. Counties of one name are many ("Madison County": 19 states); the town
 * and its county together say which.
 */
function namedCounties(groups: readonly Group[], g: Gazetteer): number[] {
  const out: number[] = [];
  groups.forEach((gr, h) => {
    if (!gr.county) return;
    let max = -Infinity;
    for (let k = 0; k < gr.cands.length; k++) if (gr.score[k]! > max) max = gr.score[k]!;
    for (let k = 0; k < gr.cands.length; k++) {
      if (gr.score[k]! - max > -CLOSE_MAX && g.entry(gr.cands[k]!).kind === 'admin2') out.push(gr.cands[k]!, h);
    }
  });
  return out;
}

/** Is town e (of group gi) inside one of the counties another name may be? */
function inNamedCounty(e: Entry, gi: number, counties: readonly number[], g: Gazetteer): boolean {
  for (let i = 0; i < counties.length; i += 2) if (counties[i + 1] !== gi && inside(e, g.entry(counties[i]!))) return true;
  return false;
}

/**
 * Penalty (log10 scale) of a town in a country whose papers spell English otherwise than the story
 * ("neighbour", "centre": not the Cambridge of Wisconsin; "center", "color": not the Mansfield of
 * England). About a population factor of ten: it settles namesakes of like size, not a town the rest
 * of the story places. National capitals are written about in every country ("Washington" in a British
 * story is the capital) and keep their score.
 */
const OTHER_SPELLING = 2;

const NO_COUNTRY_SET: ReadonlySet<string> = new Set();

/**
 * Countries of the spelling conventions the story does not follow (`spellingVarieties`): when its
 * lower-case words of one convention outnumber those of every other, the countries of the others;
 * else none.
 */
function otherSpellingCountries(doc: Doc, g: Gazetteer): ReadonlySet<string> {
  const n = g.spellingCountries.length;
  if (n < 2) return NO_COUNTRY_SET;
  const counts = new Int32Array(n);
  for (let k = 0; k < doc.length; k++) {
    const v = g.spellingWords.get(doc.form[k]!);
    if (v !== undefined) counts[v]!++;
  }
  let top = 0;
  for (let i = 1; i < n; i++) if (counts[i]! > counts[top]!) top = i;
  for (let i = 0; i < n; i++) if (i !== top && counts[i]! >= counts[top]!) return NO_COUNTRY_SET;
  return othersThan(g.spellingCountries, top);
}

/** The countries of every convention but `chosen` that do not also follow `chosen`. */
function othersThan(conventions: readonly ReadonlySet<string>[], chosen: number): ReadonlySet<string> {
  const own = conventions[chosen]!;
  const out = new Set<string>();
  conventions.forEach((cs, i) => {
    if (i !== chosen) for (const c of cs) if (!own.has(c)) out.add(c);
  });
  return out;
}

/**
 * Penalty (log10 scale) of a town (not a national capital) in a country whose currency the story does not
 * write when it writes its money amounts in one currency only (`currencySigns`): "$10.3 million" in a
 * story about Mansfield, "€300" in one about Clare. Weaker than the spelling's: papers write foreign
 * amounts in their own currency, and a story about a town abroad names its country.
 */
const OTHER_CURRENCY = 1;

/**
 * Countries that use a listed currency other than the one sign kind the story writes (and not that one
 * too); none when the story writes no listed sign or more than one kind.
 */
function otherCurrencyCountries(doc: Doc, g: Gazetteer): ReadonlySet<string> {
  let used = -1;
  for (let k = 0; k < doc.length; k++) {
    const c = g.currencySigns.get(doc.form[k]!);
    if (c === undefined || c === used) continue;
    if (used >= 0) return NO_COUNTRY_SET;
    used = c;
  }
  return used < 0 ? NO_COUNTRY_SET : othersThan(g.currencyCountries, used);
}

/**
 * Bonus (log10 scale) of a national capital whose country the story names as a country: "Washington" in a
 * story that names the United States is the capital, though the story is filed in London and its towns vote
 * for England's Washington; the capital stands for its country's government in the news. A state of that
 * country with the capital's name gets it too (see rescore).
 */
const CAPITAL_OF_NAMED = 2;

/**
 * Penalty (log10 scale) of a first-level division as the reading of a dateline's name: a dateline names
 * the town the story was filed from ("NEW YORK, March 3 -" is the city, "WASHINGTON —" the capital), even
 * when the story's other names are states that vote for the division of that name.
 */
const DATELINE_TOWN = 3;

/** Countries the story names as countries (a name whose every reading is that country). */
function namedCountries(groups: readonly Group[], g: Gazetteer): ReadonlySet<string> {
  let out: Set<string> | null = null;
  for (const gr of groups) {
    if (gr.cands.length !== 1) continue;
    const e = g.entry(gr.cands[0]!);
    if (e.kind === 'country' && e.country !== '') (out ??= new Set()).add(e.country);
  }
  return out ?? NO_COUNTRY_SET;
}

/** A group's own votes by country and by state, as rescore meets them (reused: cleared per group). */
const ownCountry = new Map<string, number>();
const ownState = new Map<string, number>();

/** Score every candidate of every group given the votes and points of the others. */
function rescore(groups: readonly Group[], g: Gazetteer, otherSpelling: ReadonlySet<string>, otherCurrency: ReadonlySet<string>, withContext: boolean, damped = false): void {
  // A name with one candidate is decided whatever its score (its belief stays 1, its gap to its best 0,
  // its confidence that of an unrivalled reading): only names with a choice to make are scored.
  if (!groups.some((gr) => gr.cands.length > 1)) {
    for (const gr of groups) if (gr.cands.length === 1) gr.belief[0] = 1;
    return;
  }
  const v = withContext ? votes(groups, g) : null;
  const pts = withContext ? points(groups, g) : null;
  const best = float64s(groups.length);
  const counties = withContext ? namedCounties(groups, g) : [];
  const named = withContext ? namedCountries(groups, g) : NO_COUNTRY_SET;
  groups.forEach((gr, gi) => {
    if (gr.cands.length === 1) {
      gr.belief[0] = 1;
      return;
    }
    ownCountry.clear();
    ownState.clear();
    /** The named country whose capital is a reading of this name, else ''. */
    let capitalOf = '';
    if (named.size > 0) {
      for (const c of gr.cands) {
        const e = g.entry(c);
        if (e.seat === 'C' && named.has(e.country)) capitalOf = e.country;
      }
    }
    for (let k = 0; k < gr.cands.length; k++) {
      const e = g.entry(gr.cands[k]!);
      let s = prior(e);
      if (gr.division && e.kind === 'admin1') s += 3;
      if (gr.dateline && e.kind === 'admin1') s -= DATELINE_TOWN;
      if (gr.qualifiers.length > 0 && gr.qualifiers.some((q) => inside(e, g.entry(q)))) s += QUALIFIED;
      // "Jordan Elementary School", "Paris Junior College": a town of the country that has such institutions.
      else if (gr.townOf.length > 0 && pointLike(e) && gr.townOf.includes(e.country)) s += QUALIFIED;
      if (otherSpelling.size > 0 && pointLike(e) && e.seat !== 'C' && otherSpelling.has(e.country)) s -= OTHER_SPELLING;
      if (otherCurrency.size > 0 && pointLike(e) && e.seat !== 'C' && otherCurrency.has(e.country)) s -= OTHER_CURRENCY;
      // (and so does its country's state of the same name, so that "Goldendale, Washington" and a list of
      // states keep the state: the bonus only settles the capital against namesakes abroad)
      if (capitalOf !== '' && e.country === capitalOf && (e.seat === 'C' || e.kind === 'admin1')) s += CAPITAL_OF_NAMED;
      if (v !== null && pts !== null) {
        let context = 0;
        // A town named like a country or a region ("Italy", Texas; "Atlantic", Iowa) needs local evidence:
        // the country's votes do not count for it.
        if (e.country !== '' && !(gr.broad && pointLike(e))) {
          let own = ownCountry.get(e.country);
          if (own === undefined) ownCountry.set(e.country, (own = ownVote(gr, g, (x) => x.country, e.country)));
          const cw = Math.max(0, (v.countries.get(e.country) ?? 0) - own);
          context += Math.min(4, 2.5 * Math.sqrt(cw));
        }
        const st = stateOf(e);
        if (st !== '') {
          let own = ownState.get(st);
          if (own === undefined) ownState.set(st, (own = ownVote(gr, g, stateOf, st)));
          const sw = Math.max(0, (v.states.get(st) ?? 0) - own);
          let local = Math.min(4, 1.5 * Math.sqrt(sw));
          if (pointLike(e)) local += proximity(e, gi, pts, best);
          context += Math.min(LOCAL_MAX, local);
          if (counties.length > 0 && (e.kind === 'city' || e.kind === 'locality') && inNamedCounty(e, gi, counties, g)) context += IN_COUNTY + (e.seat === 'A2' ? COUNTY_SEAT : 0);
        } else if (pointLike(e)) context += proximity(e, gi, pts, best);
        s += context;
      }
      gr.score[k] = s;
    }
    believe(gr, withContext ? 1 : 2, damped);
  });
}

/** Beliefs from scores: a softmax in base 10 at temperature t. */
function believe(gr: Group, t: number, damped = false): void {
  if (damped) gr.previous.set(gr.belief);
  let max = -Infinity;
  for (let k = 0; k < gr.cands.length; k++) if (gr.score[k]! > max) max = gr.score[k]!;
  let sum = 0;
  for (let k = 0; k < gr.cands.length; k++) {
    const b = Math.pow(10, (gr.score[k]! - max) / t);
    gr.belief[k] = b;
    sum += b;
  }
  for (let k = 0; k < gr.cands.length; k++) gr.belief[k] = gr.belief[k]! / sum;
  if (damped) for (let k = 0; k < gr.cands.length; k++) gr.belief[k] = 0.5 * (gr.belief[k]! + gr.previous[k]!);
}

/** Choice and confidence of each group from its final scores. */
function decide(gr: Group): void {
  let best = -1;
  let bestS = -Infinity;
  let second = -Infinity;
  for (let k = 0; k < gr.cands.length; k++) {
    const s = gr.score[k]!;
    if (s > bestS) {
      second = bestS;
      bestS = s;
      best = k;
    } else if (s > second) second = s;
  }
  gr.choice = best >= 0 ? gr.cands[best]! : -1;
  const margin = second === -Infinity ? 3 : bestS - second;
  gr.confidence = best < 0 ? 0.1 : Math.round(Math.min(0.95, 0.5 + 0.15 * margin) * 100) / 100;
}

/** `key` groups items: by default the written name's key (a demonym groups with its country's name). */
function newItem(mention: number, raw: string, cands: number[], partial: boolean, designated: boolean, key = raw): Item {
  return { mention, raw, key: placeKey(key), cands, designated, partial, qualifier: -1, division: false, demonym: false, placeLike: false, townOf: NO_COUNTRIES, dateline: false, feature: '', group: -1 };
}

/** Items from the dateline text ("BAKU, Azerbaijan", "WASHINGTON"): first part the place, second its qualifier. */
function datelineItems(text: string, g: Gazetteer): Item[] {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  const items: Item[] = [];
  for (let k = 0; k < parts.length && k < 2; k++) {
    const c = candidatesOf(parts[k]!, g, false);
    if (c.ids.length === 0) break;
    items.push(newItem(DATELINE, parts[k]!, c.ids, false, false));
  }
  if (items.length === 2) items[0]!.qualifier = 1;
  if (items.length > 0) items[0]!.dateline = true;
  return items;
}

/** Group the items by name; an unqualified name joins the one qualified reading of it ("Paris, Texas" ... "Paris"). */
function groupItems(items: Item[], g: Gazetteer): Group[] {
  const groups: Group[] = [];
  const byKey = new Map<string, number>();
  const qualifiedOf = new Map<string, number[]>();
  const keyOf = (it: Item): string => (it.qualifier >= 0 ? `${it.key}|${items[it.qualifier]!.key}` : it.key);
  for (const it of items) {
    if (it.cands.length === 0 || it.qualifier < 0) continue;
    const list = qualifiedOf.get(it.key) ?? [];
    const k = keyOf(it);
    if (!list.some((x) => keyOf(items[x]!) === k)) list.push(items.indexOf(it));
    qualifiedOf.set(it.key, list);
  }
  items.forEach((it, idx) => {
    if (it.cands.length === 0) return;
    let k = keyOf(it);
    // A division ("Washington state", Washington in a list of states) joins no qualified town of its name.
    if (it.qualifier < 0 && !it.division) {
      const q = qualifiedOf.get(it.key);
      if (q !== undefined && q.length === 1) k = keyOf(items[q[0]!]!);
    }
    let gi = byKey.get(k);
    if (gi === undefined) {
      gi = groups.length;
      byKey.set(k, gi);
      groups.push({
        items: [], cands: it.cands, weight: 0, division: false, dateline: false, qualifiers: [], broad: it.cands.some((c) => g.entry(c).kind === 'country' || g.entry(c).kind === 'region'),
        county: it.cands.some((c) => g.entry(c).kind === 'admin2'), townOf: NO_COUNTRIES, belief: float64s(it.cands.length), previous: float64s(it.cands.length), score: float64s(it.cands.length), choice: -1, confidence: 0,
      });
    }
    const gr = groups[gi]!;
    gr.items.push(idx);
    it.group = gi;
    gr.weight += it.mention === DATELINE ? 2 : it.mention === CONTEXT || it.demonym ? 0.5 : 1;
    if (it.division) gr.division = true;
    if (it.dateline) gr.dateline = true;
    if (it.townOf.length > 0 && gr.townOf.length === 0) gr.townOf = it.townOf;
    if (it.qualifier >= 0) for (const c of items[it.qualifier]!.cands) if (!gr.qualifiers.includes(c)) gr.qualifiers.push(c);
  });
  for (const gr of groups) gr.weight = Math.min(3, gr.weight);
  return groups;
}

const MEMBERSHIP_NOUNS = wordSet('membership_nouns');
const MEMBERSHIP_VERBS = wordSet('membership_verbs');
const DISEASE_NOUNS = wordSet('disease_nouns');

/**
 * A dictionary organisation that the gazetteer also knows as a region, a union of states ("the EU",
 * "the European Union"), is the organisation acting ("the EU confirmed", "rules set by the European
 * Union") unless the text makes it the territory of its members: a locative before it ("in the EU"),
 * a verb of joining or leaving ("Cyprus joined the European Union") or a membership noun after it ("an
 * EU member", "EU countries").
 */
function actingUnion(doc: Doc, mm: Mention, g: Gazetteer): boolean {
  if (mm.code === null || mm.code === undefined) return false;
  const ids = g.lookup(placeKey(mm.text));
  if (ids.length === 0 || !ids.every((id) => g.entry(id).kind === 'region')) return false;
  let k = mm.tokStart - 1;
  if (k >= 0 && (doc.lower[k] === 'the' || doc.lower[k] === 'an' || doc.lower[k] === 'a')) k--;
  if (k >= 0 && (lexicon().locatives.has(doc.lower[k]!) || MEMBERSHIP_VERBS.has(doc.lemma[k]!))) return false;
  return mm.tokEnd >= doc.length || !MEMBERSHIP_NOUNS.has(doc.lower[mm.tokEnd]!);
}

/**
 * Does the text mark a mention as a place: a locative before it ("in Lanexa"), a feature word ending it
 * ("Kiser Lake", "Echo Park") or a place noun after it ("the Kvemo-Kartli region")?
 */
function placeLike(doc: Doc, mm: Mention, g: Gazetteer): boolean {
  const lex = lexicon();
  if (mm.tokStart > 0 && lex.locatives.has(doc.lower[mm.tokStart - 1]!)) return true;
  if (g.featureWords.has(doc.lower[mm.tokEnd - 1]!)) return true;
  return mm.tokEnd < doc.length && lex.placeNouns.has(doc.lower[mm.tokEnd]!);
}

/** Is the mention a legislator's home after a party letter ("D-Kanawha", "R-Elbow Lake")? */
function partyHome(doc: Doc, mm: Mention): boolean {
  const k = mm.tokStart;
  return k >= 2 && doc.form[k - 1] === '-' && doc.start[k] === doc.end[k - 1] && lexicon().partyLetters.has(doc.form[k - 2]!);
}

/** A county named with its designator first ("County Galway", "Co. Tyrone"). */
const LEADING_COUNTY = /^(?:County|Co\.) [A-Z]/;

/** An abbreviated state name ("W.Va.", "Kan."). */
const ABBREVIATION = /^[A-Z][A-Za-z]*\.(?:\s?[A-Z][a-z]*\.)*$/;

/**
 * An organisation, person or miscellaneous name mention that can only be a division: a county ("Kanawha
 * County" announced ..., the county's government; "County Galway"), or an abbreviated state name ("W.Va." tagged as a
 * person, "Kansas City, Kan." as a miscellaneous name).
 */
function namesDivision(mm: Mention, g: Gazetteer): boolean {
  if (mm.kind !== 'organisation' && mm.kind !== 'person' && mm.kind !== 'misc') return false;
  if (isDesignated(mm.text, g)) return g.counties(placeKey(mm.text)).length > 0;
  // "County Galway", "Co. Tyrone" (the Irish word order) tagged as a person.
  if (LEADING_COUNTY.test(mm.text)) {
    const ids = g.lookup(placeKey(mm.text));
    return ids.length > 0 && ids.every((id) => g.entry(id).kind === 'admin1');
  }
  if (!ABBREVIATION.test(mm.text)) return false;
  const ids = g.lookup(placeKey(mm.text));
  return ids.length > 0 && ids.every((id) => g.entry(id).kind === 'admin1');
}

/**
 * A name the tagger took for a person, an organisation or a miscellaneous name that ends in a designator of
 * `namingDesignators` ("Pleasant Township", "Jefferson Parish", "North Eastern Province") is a place even
 * when the gazetteer lacks it (known counties are `namesDivision`'s). Not a title before a name ("Miss
 * Butler County"), a service ("Recreation District"), an institution "of" a county, a hyphenated pair
 * ("Athens-Clarke County"), a longer name ending in a known county ("Former Hall County", a run-on "Decatur
 * McLean County"), nor a given name before the surname Parish ("Mary Parish").
 */
function namesUnknownDivision(doc: Doc, mm: Mention, g: Gazetteer): boolean {
  if ((mm.kind !== 'organisation' && mm.kind !== 'person' && mm.kind !== 'misc') || mm.nested === true) return false;
  const a = mm.tokStart;
  const b = mm.tokEnd;
  if (b - a < 2 || !g.namingDesignators.has(doc.lower[b - 1]!)) return false;
  if (lexicon().honorifics.has(doc.lower[a]!) || g.personTitles.has(doc.form[a]!)) return false;
  if (doc.lower[b - 1] === 'parish' && isFirstName(doc.lower[a]!)) return false;
  for (let k = a; k < b - 1; k++) if (!isUpperStart(doc.form[k]!) || g.serviceWords.has(doc.lower[k]!)) return false;
  for (let k = a; k < b - 1; k++) if (g.counties(placeKey(doc.text.slice(doc.start[k]!, doc.end[b - 1]!))).length > 0) return false;
  return true;
}

/** A person mention of two or three capitalised words opened by a feature word ("Lake Lanier", "Fort Mill"). */
function namesFeature(doc: Doc, mm: Mention, g: Gazetteer): boolean {
  const n = mm.tokEnd - mm.tokStart;
  if (mm.kind !== 'person' || mm.nested === true || n < 2 || n > 3 || !g.leadingFeatureWords.has(doc.lower[mm.tokStart]!)) return false;
  for (let k = mm.tokStart + 1; k < mm.tokEnd; k++) if (!isUpperStart(doc.form[k]!)) return false;
  return true;
}

/** Is token k a number ("775" of "775 Main St.")? */
function houseNumber(doc: Doc, k: number): boolean {
  const c = k >= 0 && k < doc.length ? doc.form[k]!.charCodeAt(0) : 0;
  return c >= 48 && c <= 57;
}

/**
 * A name mention that is a street or road ("Shamrock Street" taken for an organisation, "Grand Avenue"
 * for a miscellaneous name): every word capitalised, the last a street word, no place named inside it
 * ("Otter Tail County Road" is the county's), and not cut off before its number ("County Road" of
 * "County Road 42"). A person's name may end in some street words ("Nathan Lane": surnameStreetWords):
 * such a person mention is a street only after a locative, "on" or "off", "block of" or a house number
 * ("on Jay Lane", "775 Main St."); a person mention ending in any other street word is a street.
 */
function namesStreet(doc: Doc, mm: Mention, g: Gazetteer, nestedPlace: Uint8Array): boolean {
  if (mm.kind !== 'organisation' && mm.kind !== 'misc' && mm.kind !== 'person') return false;
  const last = doc.lower[mm.tokEnd - 1]!;
  const feature = mm.kind !== 'person' && g.featureWords.has(last);
  if (mm.nested === true || mm.tokEnd - mm.tokStart < 2 || !(g.streetWords.has(last) || feature)) return false;
  if (g.numberedWords.has(last) && houseNumber(doc, mm.tokEnd)) return false;
  for (let k = mm.tokStart; k < mm.tokEnd; k++) if (!isUpperStart(doc.form[k]!) || nestedPlace[k] === 1) return false;
  if (mm.kind !== 'person' || !g.surnameStreetWords.has(last)) return true;
  const before = mm.tokStart > 0 ? doc.lower[mm.tokStart - 1]! : '';
  // "the 700 block of Knox Road"
  if (before === 'of' && mm.tokStart > 1 && doc.lower[mm.tokStart - 2] === 'block') return true;
  return houseNumber(doc, mm.tokStart - 1) || lexicon().locatives.has(before) || g.streetPrepositions.has(before);
}

/**
 * A person mention that is a town: right after a locative ("in Greer", "from Glen Allen") and a known
 * place name (a small town of the story's state included), not a possessive ("at Carter's home"); and a
 * person, organisation or miscellaneous name that is a known town before the town's government
 * ("Grand Ledge Police Chief ...", "Hopkinton police"); a person mention before a noun of the town's
 * people (`residentNouns`: "a Chapin man", "the Lindsay area").
 */
function namesTown(doc: Doc, mm: Mention, g: Gazetteer): boolean {
  const next = mm.tokEnd < doc.length ? doc.lower[mm.tokEnd]! : '';
  // "Grand Ledge Police Chief Martin Underhill", "Hopkinton police": the town before its government.
  // Not an acronym: "a UN police presence".
  // A town nested in a person's title counts too ("Mansfield Mayor Curtis McCoy": the title's organisation).
  const municipal = (mm.nested !== true || mm.kind === 'organisation') && g.municipalWords.has(next) && (mm.kind === 'person' || mm.kind === 'organisation' || mm.kind === 'misc') && mm.text !== mm.text.toUpperCase();
  // "A Chapin man died", "the Clinton couple": a person mention before a noun of its residents.
  const residents = (mm.kind === 'person' || mm.kind === 'misc') && mm.nested !== true && g.residentNouns.has(next);
  // "CLINTON — A town couple ...": a dateline written in the text that the tagger took for a name.
  const dateline = !municipal && !residents && mm.nested !== true && (mm.kind === 'person' || mm.kind === 'organisation' || mm.kind === 'misc') && datelineAt(doc, mm.tokStart, mm.tokEnd, g);
  if (!municipal && !residents && !dateline && (mm.kind !== 'person' || mm.tokStart === 0 || !lexicon().locatives.has(doc.lower[mm.tokStart - 1]!))) return false;
  if (next === "'s" || next === '’s' || next === "'" || next === '’') return false;
  for (let k = mm.tokStart; k < mm.tokEnd; k++) if (!isUpperStart(doc.form[k]!)) return false;
  // "an Arab man": a miscellaneous name (an adjective) that names something else in news before a town (`notPlaces`).
  if (mm.kind === 'misc' && g.notPlaces.has(placeKey(mm.text))) return false;
  const c = candidatesOf(mm.text, g, true);
  return c.ids.length > 0 && !c.partial;
}

/**
 * A person or miscellaneous name mention (not nested) whose every reading is a first-level division, a
 * country or a region, never a town ("Tocantins", "Minas Gerais", "Java"): the tagger's other guesses.
 */
function regionName(mm: Mention, g: Gazetteer): boolean {
  if ((mm.kind !== 'person' && mm.kind !== 'misc') || mm.nested === true || !isUpperStart(mm.text)) return false;
  const ids = g.lookup(placeKey(mm.text));
  return ids.length > 0 && ids.every((id) => g.entry(id).kind !== 'city');
}

/**
 * Such a name in a list with a place ("in Rio Grande do Sul, Tocantins, and Minas Gerais" with the last
 * two taken for persons) is that place. A name that may be a town ("Allison") is left alone: persons'
 * names in lists beside places are common, states' and regions' names rarely name persons.
 */
function listedRegion(doc: Doc, mm: Mention, g: Gazetteer, placeTok: Uint8Array): boolean {
  if (!regionName(mm, g)) return false;
  let k = mm.tokStart - 1;
  if (k >= 0 && listSeparator(doc, k)) {
    if (k >= 1 && doc.form[k] !== ',' && doc.form[k - 1] === ',') k--;
    if (k >= 1 && placeTok[k - 1] === 1) return true;
  }
  k = mm.tokEnd;
  if (k < doc.length && listSeparator(doc, k)) {
    if (k + 1 < doc.length && doc.form[k] === ',' && (doc.lower[k + 1] === 'and' || doc.lower[k + 1] === 'or')) k++;
    if (k + 1 < doc.length && placeTok[k + 1] === 1) return true;
  }
  return false;
}

function isUpperStart(form: string): boolean {
  const c = form.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Words of a name in a list of divisions ("Otter Tail" in "Grant, Otter Tail and Swift counties"). */
const MAX_LISTED_WORDS = 3;

/** Is token k a list separator (",", "and", "or")? */
function listSeparator(doc: Doc, k: number): boolean {
  const w = doc.lower[k]!;
  return w === ',' || w === 'and' || w === 'or';
}

/**
 * The designator of the list of divisions that the name [a, b) belongs to ("Becker, Clay, Otter Tail
 * and Wilkin counties", "Jackson and Barrow counties": "County"), or ''. Only lists of two or more names,
 * each up to three words.
 */
function listedDivision(doc: Doc, a: number, b: number, g: Gazetteer): string {
  let k = b;
  let names = a >= 2 && listSeparator(doc, a - 1) && isUpperStart(doc.form[a - 2]!) ? 2 : 1;
  while (k < doc.length) {
    const designator = g.pluralDesignators.get(doc.form[k]!);
    if (designator !== undefined) return names > 1 ? designator : '';
    if (!listSeparator(doc, k)) return '';
    k++;
    if (k < doc.length && listSeparator(doc, k)) k++;
    const start = k;
    while (k < doc.length && k - start < MAX_LISTED_WORDS && isUpperStart(doc.form[k]!)) k++;
    if (k === start) return '';
    names++;
  }
  return '';
}

/** Places stage: resolve country and place mentions (and the dateline) to gazetteer entries. */
export function resolvePlaces(doc: Doc, mentions: readonly Mention[], source: Source): PlaceLayer {
  const g = gazetteer();
  const kb = countries();
  const items: Item[] = source.meta.dateline !== null ? datelineItems(source.meta.dateline.text, g) : [];
  const datelineCount = items.length;
  const firstMention = items.length;
  const nestedPlace = uint8s(doc.length);
  // Tokens of place and country mentions, and of person or miscellaneous names that are regions
  // (`listedRegion`): what a name listed beside them may join.
  const placeTok = uint8s(doc.length);
  for (const mm of mentions) {
    if (mm.nested === true && (mm.kind === 'place' || mm.kind === 'country')) nestedPlace.fill(1, mm.tokStart, mm.tokEnd);
    if (mm.nested !== true && (mm.kind === 'place' || mm.kind === 'country' || regionName(mm, g))) placeTok.fill(1, mm.tokStart, mm.tokEnd);
  }
  for (let m = 0; m < mentions.length; m++) {
    const mm = mentions[m]!;
    // A demonym names its country ("Russian officials"): the story is about that country, but an adjective
    // or a people is no place of the story (it votes like a context name and is not reported).
    if (mm.kind === 'demonym') {
      const c = mm.country !== null ? kb.byIso3(mm.country) : null;
      const id = c !== null ? g.countryByIso2.get(c.iso2) : undefined;
      if (id !== undefined) {
        const it = newItem(m, mm.text, [id], false, false, c!.name);
        // "Myanmar", "Vatican", "Djibouti": the country's own name, which news also writes as its
        // adjective ("Myanmar troops", "a Vatican spokesman"), names the country: a toponym.
        it.demonym = !g.lookup(placeKey(mm.text)).includes(id);
        items.push(it);
      }
      continue;
    }
    const place = mm.kind === 'place' || mm.kind === 'country';
    // "Rift Valley fever": a disease's name (the mention layer made it a miscellaneous name), no feature.
    if (!place && mm.tokEnd < doc.length && DISEASE_NOUNS.has(doc.form[mm.tokEnd]!)) continue;
    const listed = mm.nested === true || !isUpperStart(mm.text) ? '' : listedDivision(doc, mm.tokStart, mm.tokEnd, g);
    if (!place && listed === '' && !namesDivision(mm, g) && !namesStreet(doc, mm, g, nestedPlace) && !namesTown(doc, mm, g) && !namesFeature(doc, mm, g) && !namesUnknownDivision(doc, mm, g) && !listedRegion(doc, mm, g, placeTok)) continue;
    // The name as written: the span's text ("New Jersey", not the "Jersey" inside it), else its name span,
    // else its `name` when written inside it (a tagger span "Villages Sudan" named "Sudan"; "Paris" named
    // "France" stands for its government and stays Paris).
    const forms: string[] = [mm.text];
    if (typeof mm.nameStart === 'number' && typeof mm.nameEnd === 'number') forms.push(doc.text.slice(mm.nameStart, mm.nameEnd));
    if (mm.name !== null && mm.name !== undefined && mm.text.includes(mm.name)) forms.push(mm.name);
    let item: Item | null = null;
    // "Clarke, Madison and Oconee counties": each listed name is a county.
    if (listed !== '') {
      const name = `${mm.text} ${listed}`;
      const ids = g.counties(placeKey(name));
      // "Crabgrass, Owens and Harris roads" (names taken for persons): a street like any "Harris Road" the
      // gazetteer lacks. A place mention stays a place ("between Clairmont and North Druid Hills roads").
      if (ids.length > 0) item = newItem(m, name, [...ids], false, false);
      else if (g.streetWords.has(listed.toLowerCase()) && !place) item = newItem(m, name, [], false, true);
    }
    for (const f of forms) {
      if (item !== null) break;
      const c = candidatesOf(f, g, false);
      if (c.ids.length > 0) {
        item = newItem(m, c.name, c.ids, c.partial, false);
        break;
      }
    }
    if (item === null) {
      const c = candidatesOf(mm.text, g, true);
      item = c.ids.length > 0 ? newItem(m, c.name, c.ids, c.partial, false) : newItem(m, mm.text, [], false, isDesignated(mm.text, g));
    }
    // A US town's name is often also that of a smaller post-office town the city index lacks ("Brandon",
    // Minnesota, beside Brandon, Florida): those compete too, and the story's other places decide.
    if (!item.partial && !item.designated && item.cands.length > 0 && item.cands.every((c) => g.entry(c).kind === 'city') && item.cands.some((c) => g.entry(c).country === 'US')) {
      const local = g.localities(item.key);
      if (local.length > 0) item.cands = [...item.cands, ...local];
    }
    // A legislator's home ("Carrie Webster, D-Kanawha") is a district: often a county of that name.
    if (!item.designated && partyHome(doc, mm)) {
      const counties = g.counties(placeKey(`${mm.text} County`));
      if (counties.length > 0) item = newItem(m, mm.text, [...item.cands, ...counties], false, false);
    }
    // "the Kursk region", "Kherson oblast": the division, which the gazetteer may name only with its noun.
    const division = mm.tokEnd < doc.length && g.divisionNouns.has(doc.lower[mm.tokEnd]!);
    if (division && !item.designated) {
      const named = candidatesOf(`${mm.text} ${doc.lower[mm.tokEnd]!}`, g, false).ids.filter((id) => g.entry(id).kind === 'admin1');
      const fresh = named.filter((id) => !item!.cands.includes(id));
      if (fresh.length > 0) item = newItem(m, item.raw, [...item.cands, ...fresh], item.partial, false);
    }
    item.division = division;
    item.dateline = mm.nested !== true && mm.tokEnd < doc.length && g.datelineMarks.has(doc.form[mm.tokEnd]!) && datelineAt(doc, mm.tokStart, mm.tokEnd, g);
    if (item.partial && g.featureWords.has(doc.lower[mm.tokEnd - 1]!)) item.feature = mm.text;
    item.townOf = institutionCountry(doc, mm.tokEnd, g);
    if (item.cands.length === 0) item.placeLike = placeLike(doc, mm, g);
    items.push(item);
  }
  // Place names inside other mentions that are not place mentions themselves (a person's title, a
  // dictionary organisation) are no places of the story but still say where it is: they vote, at half
  // weight, and are not reported. (Places inside organisation names arrive as nested place mentions.)
  const inMention = uint8s(doc.length);
  for (const mm of mentions) if (mm.kind === 'place' || mm.kind === 'country') inMention.fill(1, mm.tokStart, mm.tokEnd);
  // An organisation mention that is exactly a name the spotter takes for a place ("Oakland" beat ...,
  // "Cincinnati" will ...) stands for that place (a metonym): the place is reported for that mention.
  const whole = new Map<number, number>();
  const itemized = new Set<number>();
  for (const it of items) if (it.mention >= 0) itemized.add(it.mention);
  mentions.forEach((mm, m) => {
    if (mm.kind === 'organisation' && mm.nested !== true && !itemized.has(m) && !actingUnion(doc, mm, g)) whole.set(mm.tokStart * 65536 + mm.tokEnd, m);
  });
  for (const sp of spotPlaces(doc, inMention)) {
    const raw = doc.text.slice(doc.start[sp.tokStart]!, doc.end[sp.tokEnd - 1]!);
    const c = candidatesOf(raw, g, false);
    if (c.ids.length > 0) {
      const it = newItem(whole.get(sp.tokStart * 65536 + sp.tokEnd) ?? CONTEXT, raw, c.ids, false, false);
      it.townOf = institutionCountry(doc, sp.tokEnd, g);
      items.push(it);
    }
    inMention.fill(1, sp.tokStart, sp.tokEnd);
  }
  // A town named only before an institution's name ("Winchester Medical Center", "Amherst Regional High
  // School") is no place of the story (the spotter leaves it out), but the institution is most likely
  // near it: the longest place name opening the organisation's name votes as context.
  mentions.forEach((mm, m) => {
    if (mm.kind !== 'organisation' || mm.nested === true || itemized.has(m) || mm.tokEnd - mm.tokStart < 2 || !g.hasFirst(doc.lower[mm.tokStart]!)) return;
    for (let k = mm.tokStart; k < mm.tokEnd; k++) if (inMention[k] === 1) return;
    const longest = g.longestFrom(doc.lower[mm.tokStart]!);
    for (let end = Math.min(mm.tokEnd - 1, mm.tokStart + MAX_OPENING); end > mm.tokStart; end--) {
      // Line breaks and double spaces shrink to one space in keys: allow a little slack.
      if (doc.end[end - 1]! - doc.start[mm.tokStart]! > longest + 3) continue;
      const raw = doc.text.slice(doc.start[mm.tokStart]!, doc.end[end - 1]!);
      const key = placeKey(raw);
      const ids = g.lookup(key);
      if (ids.length === 0 || g.notPlaces.has(key)) continue;
      const it = newItem(CONTEXT, raw, [...ids], true, false);
      it.townOf = institutionCountry(doc, end, g);
      items.push(it);
      return;
    }
  });

  // "Paris, Texas" / "Tbilisi, Georgia": a state or country right after "City," qualifies it; a name the
  // gazetteer lacks is located by any place after it ("Greenlane, Auckland", "Abu Shok in Al-Fashir").
  // Mentions in text order, with the organisation mentions that stand for a town ("Springfield, Ohio —"
  // tagged as an organisation).
  const written: number[] = [];
  items.forEach((it, k) => {
    if (k >= firstMention && it.mention >= 0) written.push(k);
  });
  written.sort((x, y) => mentions[items[x]!.mention]!.tokStart - mentions[items[y]!.mention]!.tokStart);
  const isDivision = (it: Item): boolean => it.cands.some((c) => g.entry(c).kind === 'admin1');
  /** Are items x and y next to each other in a list ("X, Y", "X and Y", "X, and Y")? */
  const listed = (x: number, y: number): boolean => {
    const end = mentions[items[x]!.mention]!.tokEnd;
    const start = mentions[items[y]!.mention]!.tokStart;
    if (start === end + 1) return listSeparator(doc, end);
    return start === end + 2 && doc.lower[end] === ',' && (doc.lower[end + 1] === 'and' || doc.lower[end + 1] === 'or');
  };
  const inList = uint8s(items.length);
  // The qualifier ends the name ("Stroud, Ontario, Canada", "Bradford, Ontario court"), not "the city of
  // Dalian, U.S. Secretary of State George Shultz said".
  const endsName = (q: Item): boolean => {
    if (q.mention < 0) return true;
    const end = mentions[q.mention]!.tokEnd;
    return end >= doc.length || !isUpperStart(doc.form[end]!);
  };
  for (let w = 0; w + 1 < written.length; w++) {
    const k = written[w]!;
    const next = written[w + 1]!;
    const a = mentions[items[k]!.mention]!;
    const b = mentions[items[next]!.mention]!;
    if (b.tokStart !== a.tokEnd + 1 || items[next]!.cands.length === 0 || items[next]!.demonym) continue;
    const unknown = items[k]!.cands.length === 0;
    const sep = doc.lower[a.tokEnd];
    // "Utah, Washington and Wisconsin", "in Washington, Pennsylvania and California": a list of states, not
    // the town of Washington in the state after it nor the capital.
    if (isDivision(items[k]!) && ((w > 0 && listed(written[w - 1]!, k) && isDivision(items[written[w - 1]!]!)) ||
      (w + 2 < written.length && listed(k, next) && isDivision(items[next]!) && listed(next, written[w + 2]!) && isDivision(items[written[w + 2]!]!)))) {
      items[k]!.division = true;
      continue;
    }
    // "the Zaire, Bundibugyo, Cote d'Ivoire and Sudan strains", "Sharon, Cornwall and Salisbury": a list,
    // which may go on with a country ("Stroud, Ontario, Canada") but no other name.
    const after = w + 2 < written.length ? written[w + 2]! : -1;
    inList[k] = (w > 0 && listed(written[w - 1]!, k)) || (after >= 0 && listed(next, after) && !items[after]!.cands.every((c) => g.entry(c).kind === 'country')) ? 1 : 0;
    if (sep === ',' && (unknown || items[next]!.cands.some((c) => {
      const e = g.entry(c);
      return e.kind === 'admin1' || e.kind === 'country' || (e.kind === 'admin2' && items[k]!.cands.some((x) => g.entry(x).country === 'US'));
    }))) items[k]!.qualifier = next;
    else if (sep === 'in' && unknown) items[k]!.qualifier = next;
  }
  // "Bethel, Vt.": when no candidate lies in the state written after the name, a small town there
  // that the city index lacks is the one meant.
  items.forEach((it, k) => {
    if (it.qualifier < 0) return;
    const q = items[it.qualifier]!.cands;
    if (it.cands.some((c) => q.some((x) => inside(g.entry(c), g.entry(x))))) return;
    const local = g.localities(it.key).filter((id) => q.some((x) => inside(g.entry(id), g.entry(x))));
    if (local.length > 0) {
      it.cands = [...it.cands, ...local];
      it.designated = false;
    } else if (it.cands.length > 0 && !it.partial && inList[k] === 0 && it.cands.every((c) => pointLike(g.entry(c))) && q.some((x) => g.entry(x).kind === 'admin1' || g.entry(x).kind === 'country') && endsName(items[it.qualifier]!)) {
      // "Stroud, Ontario", "Bradford, Ontario": a town the gazetteer lacks in the state or country written
      // after it is none of its namesakes elsewhere (Stroud, England): unknown, located in that state.
      it.cands = [];
    }
  });
  const groups = groupItems(items, g);
  // Round 1: each name on its own (prior, qualifier); rounds 2 to 5: with the others' beliefs.
  // (a story whose every name has one reading chooses nothing: its spelling and currency are not read)
  const choosing = groups.some((gr) => gr.cands.length > 1);
  const otherSpelling = choosing ? otherSpellingCountries(doc, g) : NO_COUNTRY_SET;
  const otherCurrency = choosing ? otherCurrencyCountries(doc, g) : NO_COUNTRY_SET;
  rescore(groups, g, otherSpelling, otherCurrency, false);
  rescore(groups, g, otherSpelling, otherCurrency, true);
  // Later rounds average each name's beliefs with the round before: names that vote for each other's
  // countries ("London" and "Brampton", England or Ontario) otherwise swap readings from round to round.
  rescore(groups, g, otherSpelling, otherCurrency, true, true);
  rescore(groups, g, otherSpelling, otherCurrency, true, true);
  rescore(groups, g, otherSpelling, otherCurrency, true, true);
  for (const gr of groups) decide(gr);
  return assemble(items, groups, mentions.length, g, datelineCount);
}

/**
 * A name only the post-office table knows, and only in a state that no other name of the story is in,
 * while the story's places are in another ("DANIELSVILLE — Madison County commissioners ..." beside
 * Athens, Georgia; the table's Danielsville is in Pennsylvania): a small place of the story's state that
 * the table lacks, located like an unknown name, not the namesake far away.
 */
function strayLocality(gr: Group, g: Gazetteer, states: ReadonlyMap<string, number>, topState: string): boolean {
  if (topState === '' || gr.qualifiers.length > 0) return false;
  for (const c of gr.cands) if (g.entry(c).kind !== 'locality') return false;
  const st = stateOf(g.entry(gr.choice));
  return st !== topState && (states.get(st) ?? 0) - gr.weight <= 0;
}

/**
 * A feature named after a town ("Griffith Park", "Canaan Valley", "Islington Bay") is rarely at a namesake
 * of that town far from the story: when the town read inside it lies in a state (or, abroad, a country)
 * that no other name of the story is in, the feature is placed like an unknown name, at the story's
 * main town ("Griffith Park" of a Los Angeles story is not in Griffith, Indiana). A town the story
 * places near it keeps it ("Sacramento River" beside California's towns, "Boston Harbor").
 */
function strayFeature(it: Item, gr: Group, g: Gazetteer, states: ReadonlyMap<string, number>, topState: string, countries: ReadonlyMap<string, number>, topCountry: string): boolean {
  if (it.feature === '' || gr.qualifiers.length > 0) return false;
  const e = g.entry(gr.choice);
  if (e.kind !== 'city' && e.kind !== 'locality') return false;
  if (e.country !== topCountry) return topCountry !== '' && (countries.get(e.country) ?? 0) - gr.weight <= 0;
  const st = stateOf(e);
  return topState !== '' && st !== topState && (states.get(st) ?? 0) - gr.weight <= 0;
}

/** The resolved place that qualifies an item ("Texas" for "Paris, Texas"), or null. */
function container(it: Item, items: Item[], groups: Group[], g: Gazetteer): Entry | null {
  if (it.qualifier < 0) return null;
  const q = items[it.qualifier]!;
  return q.group >= 0 && groups[q.group]!.choice >= 0 ? g.entry(groups[q.group]!.choice) : null;
}

/** The most-named city of the story in country `cc` (preferring state `state`), or null. */
function localCity(items: Item[], groups: Group[], g: Gazetteer, cc: string, state: string): Entry | null {
  if (cc === '') return null;
  const count = new Map<number, number>();
  for (const it of items) {
    if (it.group < 0) continue;
    const choice = groups[it.group]!.choice;
    if (choice < 0) continue;
    const e = g.entry(choice);
    if ((e.kind !== 'city' && e.kind !== 'locality') || e.country !== cc) continue;
    const inState = state !== '' && stateOf(e) === state ? 100 : 0;
    count.set(choice, (count.get(choice) ?? inState) + 1);
  }
  let best = -1;
  let bestN = 0;
  for (const [c, n] of count) if (n > bestN) [best, bestN] = [c, n];
  return best >= 0 ? g.entry(best) : null;
}

/** The output kind of an entry kind. */
function outKind(e: Entry): Place['kind'] {
  if (e.kind === 'locality') return 'city';
  if (e.kind === 'admin2') return 'other';
  return e.kind;
}

/** Group items by chosen entry into places; designated and unknown names keep their raw string. */
function assemble(items: Item[], groups: Group[], mentionCount: number, g: Gazetteer, datelineCount: number): PlaceLayer {
  const places: Place[] = [];
  const placeOf = int32sOf(mentionCount, -1);
  const byEntry = new Map<string, number>();
  // The story's country and state: the chosen places' votes.
  const countries = new Map<string, number>();
  const states = new Map<string, number>();
  for (const gr of groups) {
    if (gr.choice < 0) continue;
    const e = g.entry(gr.choice);
    if (e.country !== '') countries.set(e.country, (countries.get(e.country) ?? 0) + gr.weight);
    const st = stateOf(e);
    if (st !== '') states.set(st, (states.get(st) ?? 0) + gr.weight);
  }
  for (const it of items) {
    if (it.designated) {
      const cc = g.designatorCountry(it.raw);
      if (cc !== '') countries.set(cc, (countries.get(cc) ?? 0) + 0.25);
    }
  }
  let topCountry = '';
  let topW = 0;
  let allW = 0;
  for (const [c, w] of countries) {
    allW += w;
    if (w > topW) [topCountry, topW] = [c, w];
  }
  /** The story is mostly about one country: half of its places (by weight) are there. */
  const focused = topW >= 0.5 * allW;
  let topState = '';
  topW = 0;
  for (const [s, w] of states) if (w > topW) [topState, topW] = [s, w];
  let dateline = -1;
  items.forEach((it, k) => {
    // The dateline's qualifier ("Azerbaijan" in "BAKU, Azerbaijan") only informs the context.
    if (it.mention === CONTEXT || it.demonym || (it.mention === DATELINE && k > 0)) return;
    let key: string;
    let place: Place;
    const gr = it.group >= 0 ? groups[it.group]! : null;
    if (gr !== null && gr.choice >= 0 && !strayLocality(gr, g, states, topState) && !(focused && strayFeature(it, gr, g, states, topState, countries, topCountry))) {
      const e = g.entry(gr.choice);
      key = `e${gr.choice}`;
      place = {
        name: e.name, country: e.country === '' ? null : e.country, lat: e.lat, lon: e.lon, geonameid: e.geonameid,
        kind: outKind(e), mentions: [], confidence: it.partial ? Math.round(gr.confidence * 70) / 100 : gr.confidence,
      };
    } else if (it.designated) {
      // A county or district: in the country its designator implies or the story is about, located at the
      // story's main town there (counties are local news), else at the state's or country's point.
      key = `d${placeKey(it.raw)}`;
      const q = container(it, items, groups, g);
      const own = g.designatorCountry(it.raw);
      let cc = own !== '' && (topCountry === '' || (countries.get(own) ?? 0) > 0) ? own : topCountry;
      let state = topState;
      // "Scott County, Indiana": the qualifier says the state.
      if (q !== null && (q.kind === 'admin1' || q.kind === 'country')) {
        cc = q.country;
        state = q.kind === 'admin1' ? `${q.country}.${q.admin1}` : '';
      }
      const st = state !== '' && state.startsWith(`${cc}.`) ? g.admin1ByCode.get(state) : undefined;
      const co = cc !== '' ? g.countryByIso2.get(cc) : undefined;
      const at = localCity(items, groups, g, cc, state) ?? (st !== undefined ? g.entry(st) : co !== undefined ? g.entry(co) : null);
      place = {
        name: it.raw, country: at !== null ? at.country : null, lat: at?.lat ?? null, lon: at?.lon ?? null,
        geonameid: null, kind: 'other', mentions: [], confidence: at !== null ? 0.3 : 0.2,
      };
    } else {
      // Unknown to the gazetteer: located in the place written right after it, if any ("Greenlane, Auckland"),
      // else, in a story about one country, at its main town or state there (a park, a river, a neighbourhood
      // of a local story), else at the country's point.
      const raw = it.feature !== '' ? it.feature : it.raw;
      key = `u${placeKey(raw)}`;
      const q = container(it, items, groups, g);
      const st = topState !== '' && topState.startsWith(`${topCountry}.`) ? g.admin1ByCode.get(topState) : undefined;
      // A story about one country with no town or state there to go by ("the mountain of Ushba" in a
      // story about Georgia): the country's point.
      const co = topCountry !== '' ? g.countryByIso2.get(topCountry) : undefined;
      const local = q === null && focused ? localCity(items, groups, g, topCountry, topState) ?? (st !== undefined ? g.entry(st) : co !== undefined ? g.entry(co) : null) : null;
      const at = q ?? local;
      place = at === null
        ? { name: raw, country: null, lat: null, lon: null, geonameid: null, kind: 'other', mentions: [], confidence: 0.1 }
        : {
          name: raw, country: at.country === '' ? null : at.country, lat: at.lat, lon: at.lon, geonameid: null, kind: 'other', mentions: [],
          // Placed by its qualifier, or at the story's town: surer when the text marks it as a place.
          confidence: q !== null ? 0.2 : it.placeLike ? 0.15 : 0.1,
        };
    }
    let p = byEntry.get(key);
    if (p === undefined) {
      p = places.length;
      places.push(place);
      byEntry.set(key, p);
    } else if (place.confidence > places[p]!.confidence) places[p]!.confidence = place.confidence;
    if (it.mention >= 0) {
      places[p]!.mentions.push(it.mention);
      placeOf[it.mention] = p;
    } else if (k === 0 && datelineCount > 0) dateline = p;
  });
  return { places, placeOf, dateline };
}
