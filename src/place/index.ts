// Places stage: resolve the country and place mentions (and the dateline) to gazetteer entries.
// Each name's candidates are scored by a population prior, the kind of place, "City, State" patterns
// and the rest of the document: the countries and states it names, the dateline, and how close a
// candidate lies to the other places of the story.
import type { Doc } from '../nlp/doc.js';
import type { Mention } from '../mentions/types.js';
import type { Source } from '../source/types.js';
import type { Entry, Gazetteer } from './data.js';
import { gazetteer, placeKey } from './data.js';
import type { Place, PlaceLayer } from './types.js';

import { spotPlaces } from './gazetteer.js';

export { spotPlaces };

/** `Item.mention` of the dateline's names and of names found inside other mentions (context only). */
const DATELINE = -1;
/** Lower-case nouns after a name that make it a first-level division ("Washington state"). */
const DIVISION_NOUNS = new Set(['state', 'province']);
const CONTEXT = -2;

/** One name to resolve: a mention, the dateline, or a context name. */
interface Item {
  mention: number;
  /** Name as written, and its normalised key. */
  raw: string;
  cands: number[];
  /** Designated place ("Laurel County"): raw name kept, located from context. */
  designated: boolean;
  /** Index of the item that qualifies this one ("Paris, Texas" -> Texas), or -1. */
  qualifier: number;
  /** Followed by "state" / "province" in lower case ("Washington state"): a division. */
  division: boolean;
  /** Chosen entry, or -1. */
  choice: number;
  confidence: number;
}

const LEADING = /^(?:the|The)\s+/;
const TRAILING = /(?:'s|’s|')$/;
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Upstate|Downstate)\s+/i;

/** Candidate entry indices for a written name (stripped of "the", a possessive, a compass word). */
function lookup(raw: string, g: Gazetteer): number[] {
  const name = raw.replace(LEADING, '').replace(TRAILING, '');
  let ids = g.lookup(placeKey(name));
  if (ids.length === 0) {
    const bare = name.replace(COMPASS, '');
    if (bare !== name) ids = g.lookup(placeKey(bare));
  }
  return [...ids];
}

function isDesignated(raw: string, g: Gazetteer): boolean {
  const sp = raw.lastIndexOf(' ');
  return sp > 0 && g.designators.has(raw.slice(sp + 1).toLowerCase());
}

const RAD = Math.PI / 180;
/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Items from the dateline text ("BAKU, Azerbaijan", "WASHINGTON"): first part the place, second its qualifier. */
function datelineItems(text: string, g: Gazetteer): Item[] {
  const parts = text.split(',').map((p) => p.trim()).filter((p) => p.length > 0);
  const items: Item[] = [];
  for (let k = 0; k < parts.length && k < 2; k++) {
    const raw = parts[k]!;
    const cands = lookup(raw, g);
    if (cands.length === 0) break;
    items.push({ mention: DATELINE, raw, cands, designated: false, division: false, qualifier: -1, choice: -1, confidence: 0 });
  }
  if (items.length === 2) items[0]!.qualifier = 1;
  return items;
}

/** Does entry e lie inside the place q names (a state or a country)? */
function inside(e: Entry, q: Entry): boolean {
  if (q.kind === 'country') return e.country === q.country && e.kind !== 'country';
  if (q.kind === 'admin1') return e.country === q.country && e.kind === 'city' && (q.admin1 === '' || e.admin1 === q.admin1);
  return false;
}

/** Population-and-kind prior of an entry (log scale). */
function prior(e: Entry): number {
  let s = Math.log10(e.population + 10);
  if (e.kind === 'country') s += 1.2;
  else if (e.kind === 'admin1') s += 0.6;
  else if (e.kind === 'region') s += 0.5;
  if (e.seat === 'C') s += 1.5;
  else if (e.seat === 'A') s += 0.3;
  return s;
}

interface Context {
  countries: Map<string, number>;
  states: Map<string, number>;
  points: { lat: number; lon: number; item: number }[];
  /** What each item itself put into `countries` / `states` (never counted for the item itself). */
  ownCountry: string[];
  ownState: string[];
  ownWeight: number[];
}

/** Evidence of the document: countries and states named, points of settled places. */
function context(items: Item[], g: Gazetteer, settled: (it: Item) => number): Context {
  const n = items.length;
  const ctx: Context = {
    countries: new Map(), states: new Map(), points: [],
    ownCountry: new Array<string>(n).fill(''), ownState: new Array<string>(n).fill(''), ownWeight: new Array<number>(n).fill(0),
  };
  const bump = (m: Map<string, number>, k: string, w: number): void => {
    m.set(k, (m.get(k) ?? 0) + w);
  };
  items.forEach((it, idx) => {
    const e = settled(it);
    // The dateline weighs double; a name with rivals weighs as much as its resolution is sure.
    let w = it.mention === DATELINE ? 2 : it.mention === CONTEXT ? 0.5 : 1;
    if (it.cands.length > 1 && it.confidence > 0) w *= it.confidence;
    let country = '';
    let state = '';
    if (e >= 0) {
      const en = g.entry(e);
      country = en.country;
      if (en.admin1 !== '' && en.kind !== 'country') state = `${en.country}.${en.admin1}`;
      if (en.kind === 'city' || (en.kind === 'admin1' && en.country === 'US')) ctx.points.push({ lat: en.lat, lon: en.lon, item: idx });
    } else if (it.designated) {
      // "Laurel County", "Rapides Parish": the designator's usual country.
      country = g.designatorCountry(it.raw);
      w *= 0.5;
    } else {
      // Unsettled but agreeing candidates still say which country the name is in.
      const c0 = it.cands.length > 0 ? g.entry(it.cands[0]!).country : '';
      if (c0 !== '' && it.cands.every((c) => g.entry(c).country === c0)) country = c0;
      w *= 0.5;
    }
    if (country !== '') bump(ctx.countries, country, w);
    if (state !== '') bump(ctx.states, state, w);
    ctx.ownCountry[idx] = country;
    ctx.ownState[idx] = state;
    ctx.ownWeight[idx] = w;
  });
  return ctx;
}

/** Score of candidate e for item idx given the context. */
function score(e: Entry, idx: number, ctx: Context, items: Item[], g: Gazetteer): number {
  let s = prior(e);
  let cw = ctx.countries.get(e.country) ?? 0;
  if (ctx.ownCountry[idx] === e.country) cw -= ctx.ownWeight[idx]!;
  if (cw > 0) s += Math.min(4, 1 + 1.5 * cw);
  if (e.kind === 'city' || e.kind === 'admin1') {
    // Places of the same state vote for the state and for each other; a city also for being near them.
    const st = `${e.country}.${e.admin1}`;
    let sw = ctx.states.get(st) ?? 0;
    if (ctx.ownState[idx] === st) sw -= ctx.ownWeight[idx]!;
    let local = Math.min(3, 1.5 * sw);
    if (e.kind === 'city') {
      let near = Infinity;
      for (const p of ctx.points) {
        if (p.item === idx) continue;
        const d = distanceKm(e.lat, e.lon, p.lat, p.lon);
        if (d < near) near = d;
      }
      if (near < 60) local += 1.5;
      else if (near < 250) local += 1.0;
    }
    s += Math.min(3.5, local);
  }
  const it = items[idx]!;
  if (it.division && e.kind === 'admin1') s += 3;
  if (it.qualifier >= 0) {
    const q = items[it.qualifier]!;
    const qc = q.choice >= 0 ? [q.choice] : q.cands;
    if (qc.some((c) => inside(e, g.entry(c)))) s += 6;
  }
  return s;
}

function choose(items: Item[], g: Gazetteer, ctx: Context): void {
  items.forEach((it, idx) => {
    let best = -1;
    let bestS = -Infinity;
    let second = -Infinity;
    for (const c of it.cands) {
      const s = score(g.entry(c), idx, ctx, items, g);
      if (s > bestS) {
        second = bestS;
        bestS = s;
        best = c;
      } else if (s > second) second = s;
    }
    it.choice = best;
    const margin = second === -Infinity ? 3 : bestS - second;
    it.confidence = best < 0 ? 0.1 : Math.round(Math.min(0.95, 0.5 + 0.15 * margin) * 100) / 100;
  });
}

/** Places stage: resolve country and place mentions (and the dateline) to gazetteer entries. */
export function resolvePlaces(doc: Doc, mentions: readonly Mention[], source: Source): PlaceLayer {
  const g = gazetteer();
  const items: Item[] = source.meta.dateline !== null ? datelineItems(source.meta.dateline.text, g) : [];
  const datelineCount = items.length;
  for (let m = 0; m < mentions.length; m++) {
    const mm = mentions[m]!;
    if (mm.kind !== 'place' && mm.kind !== 'country') continue;
    // The name as written: the span's text ("New Jersey", not the "Jersey" inside it), else its name span,
    // else its `name` when written inside it (a tagger span "Villages Sudan" named "Sudan"; "Paris" named
    // "France" stands for its government and stays Paris).
    const forms: string[] = [mm.text];
    if (typeof mm.nameStart === 'number' && typeof mm.nameEnd === 'number') forms.push(doc.text.slice(mm.nameStart, mm.nameEnd));
    if (mm.name !== null && mm.name !== undefined && mm.text.includes(mm.name)) forms.push(mm.name);
    let raw = forms[0]!;
    const designated = isDesignated(raw, g);
    let cands: number[] = [];
    if (!designated) {
      for (const f of forms) {
        cands = lookup(f, g);
        if (cands.length > 0) {
          raw = f;
          break;
        }
      }
    }
    const division = mm.tokEnd < doc.length && DIVISION_NOUNS.has(doc.lower[mm.tokEnd]!);
    items.push({ mention: m, raw, cands, designated, division, qualifier: -1, choice: -1, confidence: 0 });
  }
  // "Paris, Texas" / "Tbilisi, Georgia": a state or country right after "City," qualifies it; a name the
  // gazetteer lacks is located by any place after it ("Greenlane, Auckland", "Abu Shok in Al-Fashir").
  for (let k = datelineCount; k + 1 < items.length; k++) {
    const a = mentions[items[k]!.mention]!;
    const b = mentions[items[k + 1]!.mention]!;
    if (b.tokStart !== a.tokEnd + 1 || items[k + 1]!.cands.length === 0) continue;
    const unknown = items[k]!.cands.length === 0;
    const sep = doc.lower[a.tokEnd];
    if (sep === ',' && (unknown || items[k + 1]!.cands.some((c) => {
      const e = g.entry(c);
      return e.kind === 'admin1' || e.kind === 'country';
    }))) items[k]!.qualifier = k + 1;
    else if (sep === 'in' && unknown) items[k]!.qualifier = k + 1;
  }
  // Place names inside other mentions that are not place mentions themselves (a person's title, a
  // dictionary organisation) are no places of the story but still say where it is: they vote, at half
  // weight, and are not reported. (Places inside organisation names arrive as nested place mentions.)
  const inMention = new Uint8Array(doc.length);
  for (const mm of mentions) if (mm.kind === 'place' || mm.kind === 'country') inMention.fill(1, mm.tokStart, mm.tokEnd);
  for (const sp of spotPlaces(doc, inMention)) {
    const raw = doc.text.slice(doc.start[sp.tokStart]!, doc.end[sp.tokEnd - 1]!);
    if (isDesignated(raw, g)) continue;
    const cands = lookup(raw, g);
    if (cands.length > 0) items.push({ mention: CONTEXT, raw, cands, designated: false, division: false, qualifier: -1, choice: -1, confidence: 0 });
  }

  // Pass 1: settle the unambiguous names; pass 2: resolve all with their context; pass 3: again with pass-2 choices.
  const single = (it: Item): number => (it.cands.length === 1 ? it.cands[0]! : -1);
  choose(items, g, context(items, g, single));
  choose(items, g, context(items, g, (it) => (it.cands.length === 1 || it.confidence >= 0.7 ? it.choice : -1)));
  const ctx = context(items, g, (it) => it.choice);
  choose(items, g, ctx);
  return assemble(items, mentions.length, g, ctx, datelineCount);
}

/** The resolved place that qualifies an item ("Texas" for "Paris, Texas"), or null. */
function container(it: Item, items: Item[], g: Gazetteer): Entry | null {
  if (it.qualifier < 0) return null;
  const q = items[it.qualifier]!;
  return q.choice >= 0 ? g.entry(q.choice) : null;
}

/** The most-named city of the story in country `cc` (preferring state `state`), or null. */
function localCity(items: Item[], g: Gazetteer, cc: string, state: string): Entry | null {
  if (cc === '') return null;
  const count = new Map<number, number>();
  for (const it of items) {
    if (it.choice < 0) continue;
    const e = g.entry(it.choice);
    if (e.kind !== 'city' || e.country !== cc) continue;
    const inState = state !== '' && `${e.country}.${e.admin1}` === state ? 100 : 0;
    count.set(it.choice, (count.get(it.choice) ?? inState) + 1);
  }
  let best = -1;
  let bestN = 0;
  for (const [c, n] of count) if (n > bestN) [best, bestN] = [c, n];
  return best >= 0 ? g.entry(best) : null;
}

/** Group items by chosen entry into places; designated and unknown names keep their raw string. */
function assemble(items: Item[], mentionCount: number, g: Gazetteer, ctx: Context, datelineCount: number): PlaceLayer {
  const places: Place[] = [];
  const placeOf = new Int32Array(mentionCount).fill(-1);
  const byEntry = new Map<string, number>();
  let topCountry = '';
  let topW = 0;
  for (const [c, w] of ctx.countries) if (w > topW) [topCountry, topW] = [c, w];
  let topState = '';
  topW = 0;
  for (const [s, w] of ctx.states) if (w > topW) [topState, topW] = [s, w];
  let dateline = -1;
  items.forEach((it, k) => {
    // The dateline's qualifier ("Azerbaijan" in "BAKU, Azerbaijan") only informs the context.
    if (it.mention === CONTEXT || (it.mention === DATELINE && k > 0)) return;
    let key: string;
    let place: Place;
    if (it.choice >= 0) {
      const e = g.entry(it.choice);
      key = `e${it.choice}`;
      place = {
        name: e.name, country: e.country === '' ? null : e.country, lat: e.lat, lon: e.lon, geonameid: e.geonameid,
        kind: e.kind, mentions: [], confidence: it.confidence,
      };
    } else if (it.designated) {
      // A county or district: in the country its designator implies or the story is about, located at the
      // story's main town there (counties are local news), else at the state's or country's point.
      key = `d${placeKey(it.raw)}`;
      const q = container(it, items, g);
      const own = g.designatorCountry(it.raw);
      let cc = own !== '' && (topCountry === '' || (ctx.countries.get(own) ?? 0) > 0) ? own : topCountry;
      let state = topState;
      // "Scott County, Indiana": the qualifier says the state.
      if (q !== null && (q.kind === 'admin1' || q.kind === 'country')) {
        cc = q.country;
        state = q.kind === 'admin1' ? `${q.country}.${q.admin1}` : '';
      }
      const st = state !== '' && state.startsWith(`${cc}.`) ? g.admin1ByCode.get(state) : undefined;
      const co = cc !== '' ? g.countryByIso2.get(cc) : undefined;
      const at = localCity(items, g, cc, state) ?? (st !== undefined ? g.entry(st) : co !== undefined ? g.entry(co) : null);
      place = {
        name: it.raw, country: at !== null ? at.country : null, lat: at?.lat ?? null, lon: at?.lon ?? null,
        geonameid: null, kind: 'other', mentions: [], confidence: at !== null ? 0.3 : 0.2,
      };
    } else {
      // Unknown to the gazetteer: located in the place written right after it, if any ("Greenlane, Auckland").
      key = `u${placeKey(it.raw)}`;
      const q = container(it, items, g);
      place = q === null
        ? { name: it.raw, country: null, lat: null, lon: null, geonameid: null, kind: 'other', mentions: [], confidence: 0.1 }
        : { name: it.raw, country: q.country === '' ? null : q.country, lat: q.lat, lon: q.lon, geonameid: null, kind: 'other', mentions: [], confidence: 0.2 };
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
