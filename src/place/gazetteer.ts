// Toponym spotting: a Map lookup over the document's tokens. A candidate span starts at a capitalised
// token whose (normalised) form begins some gazetteer name; the longest span whose text is a name wins.
// Then a few checks keep person and organisation names out ("Bill Clinton", "Los Angeles Times").
import type { Doc } from '../nlp/doc.js';
import { POS } from '../nlp/doc.js';
import type { Entry, Gazetteer } from './data.js';
import { gazetteer, placeKey } from './data.js';
import { countries } from '../kb/countries.js';
import { wordSet } from '../kb/words.js';
import { int32sFrom } from '../slab.js';

/** A candidate toponym span found by gazetteer lookup: tokens [tokStart, tokEnd). */
export interface PlaceSpan {
  tokStart: number;
  tokEnd: number;
  /** 'country' when the span names a country, else 'place'. */
  kind: 'country' | 'place';
  score: number;
}

/** Longest toponym in tokens ("Democratic Republic of the Congo", "Saint Vincent and the Grenadines"). */
const MAX_TOKENS = 8;
/** Tokens a name may run before a designator ("Santa Clara County"). */
const MAX_DESIGNATED = 4;
/** Small words that may stay lower case inside a name. */
const SMALL = wordSet('place_name_particles');
/** Compass words: never a one-word place, and no sign of a person name before a place ("North Texas"). */
const COMPASS = wordSet('compass_words');

function isUpper(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

function isCap(form: string): boolean {
  return isUpper(form.charCodeAt(0));
}

/** Does the word hold a typographic apostrophe (keys use the straight one)? */
function hasCurly(w: string): boolean {
  return w.indexOf('\u2019') >= 0 || w.indexOf('\u2018') >= 0 || w.indexOf('\u02bc') >= 0;
}

/** Is every letter of the token upper case ("BAKU", "U.S.")? */
function allCaps(form: string): boolean {
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** The entries a normalised name may refer to (empty when unknown). */
export function candidates(key: string): readonly Entry[] {
  const g = gazetteer();
  return g.lookup(key).map((i) => g.entry(i));
}

/** Is a capitalised token here part of a longer proper name (a person, an organisation)? */
function nameToken(doc: Doc, k: number): boolean {
  if (k < 0 || k >= doc.length) return false;
  const f = doc.form[k]!;
  if (!isCap(f)) return false;
  const p = doc.pos[k]!;
  if (p !== POS.PROPN && p !== POS.NOUN) return false;
  // A sentence-initial capital is no evidence of a name.
  if (k === doc.sentStart[doc.sentOf[k]!]! && p !== POS.PROPN) return false;
  return true;
}

/** Does the token start with a digit ("43", "11th")? */
function numeric(doc: Doc, k: number): boolean {
  const c = doc.form[k]!.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * End token of "Laurel County" / "Rapides Parish" / "Shamrock Street" starting at i, or -1. The first
 * designator ends the name ("Otter Tail County Road 80" names the county); a road word takes the number
 * after it ("County Road 43"); an ordinal may stand before a street word ("West 11th Street"). A street
 * word that opens a place name ("St. Louis") ends none, a street name before another capitalised word
 * is part of a longer name ("Wall Street Journal", "Main Street Bridge"), and a service's district
 * ("School District", "Fire District") is no place.
 */
function designated(doc: Doc, taken: Uint8Array, i: number, limit: number, g: Gazetteer): number {
  if (doc.pos[i] === POS.DET || doc.lower[i] === 'the') return -1;
  for (let j = i + 1; j < limit && j <= i + MAX_DESIGNATED; j++) {
    if (taken[j] === 1) return -1;
    const f = doc.form[j]!;
    const low = doc.lower[j]!;
    const capNext = j + 1 < limit && isCap(doc.form[j + 1]!);
    if (g.designators.has(low) && isCap(f) && !(capNext && g.openingWords.has(low))) {
      if (serviceName(doc, i, j, g)) return -1;
      // "Ramsey District Court", "Woodstock District Chamber of Commerce": a designator of no country
      // before another name word belongs to the institution's name; the place is the name before it.
      if (capNext && !g.streetWords.has(low) && g.designatorCountry(low) === '') return -1;
      if (j + 1 < limit && g.numberedWords.has(low) && numeric(doc, j + 1)) return j + 2;
      if (capNext && g.streetWords.has(low)) return -1;
      return j + 1;
    }
    if (numeric(doc, j) && j + 1 < limit && g.streetWords.has(doc.lower[j + 1]!)) continue;
    if (!isCap(f) && f !== "'s" && f !== '’s' && f !== '-') return -1;
  }
  return -1;
}

/** Are the words [i, j) all words of a service ("School District", "Solid Waste District")? */
function serviceName(doc: Doc, i: number, j: number, g: Gazetteer): boolean {
  for (let k = i; k < j; k++) if (!g.serviceWords.has(doc.lower[k]!)) return false;
  return true;
}

/** May token k continue a name: not a lower-case word, unless a small one ("of", "de")? */
function nameCasedToken(doc: Doc, k: number): boolean {
  const c = doc.form[k]!.charCodeAt(0);
  return !(c >= 97 && c <= 122) || SMALL.has(doc.lower[k]!);
}

/**
 * Spot place names (countries, admin regions, cities, regions) in the document.
 * `taken[i] === 1` marks tokens already inside another mention (persons, organisations); they are skipped.
 */
export function spotPlaces(doc: Doc, taken: Uint8Array): PlaceSpan[] {
  const g = gazetteer();
  const spans: PlaceSpan[] = [];
  const index = docIndex(doc, g);
  const { starts } = index;
  /** Candidate entry ids of each span (parallel to `spans`). */
  const found: (readonly number[])[] = [];
  /** First token not inside a span already found. */
  let free = 0;
  for (let si = 0; si < starts.length; si++) {
    const i = starts[si]!;
    if (i < free || taken[i] === 1) continue;
    const sentEnd = doc.sentEnd[doc.sentOf[i]!]!;
    let limit = i + 1;
    while (limit < sentEnd && limit < i + MAX_TOKENS && taken[limit] !== 1) limit++;
    const d = designated(doc, taken, i, limit, g);
    if (d > 0) {
      spans.push({ tokStart: i, tokEnd: d, kind: 'place', score: 0.6 });
      found.push([]);
      free = d;
      continue;
    }
    const key = i * 16 + (limit - i);
    let m = index.matches.get(key);
    if (m === undefined) index.matches.set(key, (m = match(doc, i, limit, index.longest[si]!, g, index.people)));
    if (m === null) {
      // Postal state code after "City,": "Austin, TX".
      const st = g.postal.get(doc.form[i]!);
      if (st !== undefined && i >= 2 && doc.form[i - 1] === ',' && spans.length > 0 && spans[spans.length - 1]!.tokEnd === i - 1) {
        spans.push({ tokStart: i, tokEnd: i + 1, kind: 'place', score: 0.8 });
        found.push([st]);
      }
      continue;
    }
    // A copy: markStates may change the kind of this call's spans.
    spans.push({ ...m.span });
    found.push(m.ids);
    free = m.span.tokEnd;
  }
  datelineLocalities(doc, taken, spans, found, g);
  markStates(spans, found, g);
  return spans;
}

/** Most words of an all-capital dateline name ("FALLS VILLAGE"). */
const MAX_DATELINE_WORDS = 3;

/**
 * Datelines written inside the text whose town only the post-office table knows ("Mason charged.
 * BANTAM — A Danbury mason ...", "FALLS VILLAGE—The board ..."): the all-capital name before the mark
 * is a place, like a dateline the city index knows. Added to `spans` / `found` in text order.
 */
function datelineLocalities(doc: Doc, taken: Uint8Array, spans: PlaceSpan[], found: (readonly number[])[], g: Gazetteer): void {
  let added = false;
  for (const b of docIndex(doc, g).marks) {
    let a = b;
    while (a > 0 && b - a < MAX_DATELINE_WORDS && taken[a - 1] !== 1 && doc.form[a - 1]!.length > 1 && allCaps(doc.form[a - 1]!) && isCap(doc.form[a - 1]!)) a--;
    if (a === b || !datelineAt(doc, a, b, g)) continue;
    if (spans.some((s) => s.tokStart < b && a < s.tokEnd)) continue;
    const text = doc.text.slice(doc.start[a]!, doc.end[b - 1]!);
    if (g.localities(placeKey(text)).length === 0) continue;
    spans.push({ tokStart: a, tokEnd: b, kind: 'place', score: 0.9 });
    found.push([]);
    added = true;
  }
  if (!added) return;
  const order = spans.map((_, k) => k).sort((x, y) => spans[x]!.tokStart - spans[y]!.tokStart);
  const s2 = order.map((k) => spans[k]!);
  const f2 = order.map((k) => found[k]!);
  spans.splice(0, spans.length, ...s2);
  found.splice(0, found.length, ...f2);
}

/** The longest acceptable gazetteer name starting at token i (`longest`: the longest name its word begins), or null. */
function match(doc: Doc, i: number, limit: number, longest: number, g: Gazetteer, people: Map<string, number>): Match | null {
  if (longest === 0) return null;
  const text = doc.text;
  const s0 = doc.start[i]!;
  // Only spans cased like a name are tried: stop before the first lower-case word that is not a particle.
  let cased = i + 1;
  while (cased < limit && nameCasedToken(doc, cased)) cased++;
  // "Washington, D.C.", "New Century, Ks" are a place and its state, two toponyms (as "Paris, Texas").
  for (let k = i + 1; k < cased; k++) if (doc.form[k] === ',') cased = k;
  for (let j = cased; j > i; j--) {
    // Line breaks and double spaces shrink to one space in keys: allow a little slack.
    if (doc.end[j - 1]! - s0 > longest + 3) continue;
    const key = j === i + 1 && !hasCurly(doc.lower[i]!) ? doc.lower[i]! : placeKey(text.slice(s0, doc.end[j - 1]!));
    const ids = g.lookup(key);
    if (ids.length === 0) continue;
    const score = judge(doc, i, j, key, ids, g, people);
    if (score <= 0) continue;
    let kind: 'country' | 'place' = 'place';
    for (const id of ids) if (g.entry(id).kind === 'country') kind = 'country';
    return { span: { tokStart: i, tokEnd: j, kind, score }, ids };
  }
  return null;
}

/**
 * A saint's name before a possessive and another capitalised word names a holiday, a church or a
 * school ("St. Patrick's Day", "St. Mary's High School", "St. Paul's United Brethren Church"), not the
 * town of that name.
 */
export function saintBeforePossessive(doc: Doc, a: number, b: number, g: Gazetteer): boolean {
  if (b - a < 2 || b + 1 >= doc.length || !g.openingWords.has(doc.lower[a]!)) return false;
  const poss = doc.lower[b];
  return (poss === "'s" || poss === '’s') && isCap(doc.form[b + 1]!);
}

/** Below this population a town named only before more capitalised words is an institution's name. */
const INSTITUTION_POP = 100_000;

/** Per document: whether each name key stands alone somewhere (see `standsAlone`). */
const aloneCache = new WeakMap<Doc, Map<string, boolean>>();

/** Does the name written at [a, b) (key `key`) stand somewhere in the document not followed by a capitalised name word? */
function standsAlone(doc: Doc, a: number, b: number, key: string): boolean {
  let seen = aloneCache.get(doc);
  if (seen === undefined) aloneCache.set(doc, (seen = new Map()));
  let alone = seen.get(key);
  if (alone !== undefined) return alone;
  alone = false;
  const n = b - a;
  for (let k = 0; k + n <= doc.length && !alone; k++) {
    if (doc.lower[k] !== doc.lower[a] || !isCap(doc.form[k]!)) continue;
    let same = true;
    for (let t = 1; t < n && same; t++) same = doc.lower[k + t] === doc.lower[a + t];
    alone = same && !nameToken(doc, k + n);
  }
  seen.set(key, alone);
  return alone;
}

/** Above this population a town named like a person is taken without evidence ("Houston", "Tyler"). */
const PERSONAL_POP = 100_000;
/** Parts of speech after a person's name: "Douglas said", "Mary Wheeler". */
const PERSONISH_NEXT = new Set<number>([POS.VERB, POS.AUX, POS.PROPN]);
/** Is token k a capitalised place name on its own ("Rogersville"), or the first word of a designated one ("Clarke County")? */
function placeWord(doc: Doc, k: number, g: Gazetteer): boolean {
  if (!isCap(doc.form[k]!)) return false;
  if (g.lookup(doc.lower[k]!).length > 0 && !g.notPlaces.has(doc.lower[k]!)) return true;
  return k + 1 < doc.length && isCap(doc.form[k + 1]!) && g.designators.has(doc.lower[k + 1]!) && !g.streetWords.has(doc.lower[k + 1]!);
}

/** Prepositions after which a capitalised word is a place. */
const LOCATIVES = wordSet('locative_prepositions');

/** Evidence that [a, b) is a place: "in X", "X, Texas", "X County". */
function placeContext(doc: Doc, a: number, b: number, g: Gazetteer): boolean {
  if (a > 0 && LOCATIVES.has(doc.lower[a - 1]!)) return true;
  if (b + 1 < doc.length && doc.form[b] === ',' && isCap(doc.form[b + 1]!)) {
    const next = g.lookup(doc.lower[b + 1]!);
    if (next.some((id) => g.entry(id).kind === 'admin1' || g.entry(id).kind === 'country')) return true;
  }
  return false;
}

/** Parts of speech that never make a one-word place name ("We", "As", "None"). */
const FUNCTION_POS = new Set<number>([POS.PRON, POS.DET, POS.ADP, POS.CCONJ, POS.SCONJ, POS.AUX, POS.PART, POS.ADV, POS.INTJ, POS.NUM, POS.ADJ]);

/** How a word was seen used as a surname: after a title ("Mayor Jackson"), or after another name. */
const TITLED = 2;
const PAIRED = 1;
/** Prefix of the entries that record a word seen after a locative ("in Charleston"). */
const LOCATED = '@';

/** What the spotter needs of a document whatever the mask: computed once, as it runs several times per document. */
interface DocIndex {
  /** `surnames` of the document. */
  people: Map<string, number>;
  /** Tokens a span may start at: capitalised, and beginning a gazetteer name, or a designated name, or a postal code. */
  starts: Int32Array;
  /** Longest gazetteer name (characters) beginning with each start's word (parallel to `starts`). */
  longest: Int32Array;
  /** Matches already made, by start token and span limit (the spotter's result depends on nothing else). */
  matches: Map<number, Match | null>;
  /** Tokens after the first that are dateline marks ("BANTAM — A Danbury mason"), for `datelineLocalities`. */
  marks: Int32Array;
}

/** A name matched at a start token, with its candidate entries. */
interface Match {
  span: PlaceSpan;
  ids: readonly number[];
}

const docIndexes = new WeakMap<Doc, DocIndex>();

function docIndex(doc: Doc, g: Gazetteer): DocIndex {
  let x = docIndexes.get(doc);
  if (x !== undefined) return x;
  const starts: number[] = [];
  const longest: number[] = [];
  const marks: number[] = [];
  for (let i = 0; i < doc.length; i++) {
    const f = doc.form[i]!;
    if (!isCap(f)) {
      if (i > 0 && g.datelineMarks.has(f)) marks.push(i);
      continue;
    }
    const n = g.longestFrom(doc.lower[i]!);
    let start = n > 0 || (f.length === 2 && g.postal.has(f));
    for (let j = i + 1; !start && j < doc.length && j <= i + MAX_DESIGNATED; j++) start = g.designators.has(doc.lower[j]!) && isCap(doc.form[j]!);
    if (start) {
      starts.push(i);
      longest.push(n);
    }
  }
  x = { people: surnames(doc, g), starts: int32sFrom(starts), longest: int32sFrom(longest), matches: new Map(), marks: int32sFrom(marks) };
  docIndexes.set(doc, x);
  return x;
}

/**
 * Lower-case words the document uses as surnames: after a title ("Mayor Jackson") or ending a
 * two-word name before lower-case text ("Tom Jones said"); and ('@' + word) the capitalised words it
 * uses after a locative preposition ("in Charleston"), which outweighs a two-word name.
 */
function surnames(doc: Doc, g: Gazetteer): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 1; k < doc.length; k++) {
    const f = doc.form[k]!;
    if (!isCap(f)) continue;
    if (LOCATIVES.has(doc.lower[k - 1]!)) out.set(LOCATED + doc.lower[k]!, 1);
    if (doc.pos[k] !== POS.PROPN) continue;
    const prev = doc.form[k - 1]!;
    if (g.personTitles.has(prev)) {
      out.set(doc.lower[k]!, TITLED);
      continue;
    }
    const next = k + 1 < doc.length ? doc.form[k + 1]! : '.';
    if (isCap(next)) continue;
    if (!isCap(prev) || doc.pos[k - 1] !== POS.PROPN || g.hasFirst(doc.lower[k - 1]!) || k - 1 === doc.sentStart[doc.sentOf[k]!]!) continue;
    if (k >= 2 && isCap(doc.form[k - 2]!)) continue;
    if (!out.has(doc.lower[k]!)) out.set(doc.lower[k]!, PAIRED);
  }
  return out;
}

/** Is the first word after token b (past punctuation) an all-capital word of several letters? */
function headline(doc: Doc, b: number): boolean {
  let k = b;
  while (k < doc.length && doc.pos[k] === POS.PUNCT) k++;
  return k < doc.length && doc.form[k]!.length > 1 && allCaps(doc.form[k]!) && /[A-Z]/.test(doc.form[k]!);
}

/**
 * Is [a, b) an all-capital name followed by a dateline mark and the body's first capitalised word (not
 * more capitals: "CRICKET - SURREY TAKE ..." is a headline), and not the end of a longer all-capital run
 * ("PHOTO DATE: NA")?
 */
export function datelineAt(doc: Doc, a: number, b: number, g: Gazetteer): boolean {
  if (b + 1 >= doc.length || !g.datelineMarks.has(doc.form[b]!) || !isCap(doc.form[b + 1]!) || headline(doc, b)) return false;
  if (a > 0 && isCap(doc.form[a - 1]!) && allCaps(doc.form[a - 1]!)) return false;
  for (let k = a; k < b; k++) if (!allCaps(doc.form[k]!) || doc.form[k]!.length < 2) return false;
  return true;
}

/** How likely the span [a, b) with this key is a toponym (0: reject). */
function judge(doc: Doc, a: number, b: number, key: string, ids: readonly number[], g: Gazetteer, people: Map<string, number>): number {
  let city = true;
  let capital = false;
  let personal = false;
  let maxPop = 0;
  for (const id of ids) {
    const e = g.entry(id);
    if (e.kind !== 'city') city = false;
    if (e.personal === true) personal = true;
    if (e.seat === 'C') capital = true;
    if (e.population > maxPop) maxPop = e.population;
  }
  const prevComma = a > 0 && doc.form[a - 1] === ',';
  if (g.afterCommaOnly.has(key) && !prevComma) return 0;
  if (g.notPlaces.has(key)) return 0;
  if (saintBeforePossessive(doc, a, b, g)) return 0;
  // Glued to a hyphen: "Wal-Mart", "Coca-Cola", "Al-Fashir"; but a legislator's home, "D-Charleston", is a
  // place, and so are two places joined ("Logan-Rogersville", "Athens-Clarke County", "Fargo-Moorhead").
  if (a > 1 && doc.form[a - 1] === '-' && doc.start[a] === doc.end[a - 1] && doc.form[a - 2]!.length > 1 && !placeWord(doc, a - 2, g)) return 0;
  if (b + 1 < doc.length && doc.form[b] === '-' && doc.start[b] === doc.end[b - 1] && doc.start[b + 1] === doc.end[b] && isCap(doc.form[b + 1]!) && !placeWord(doc, b + 1, g)) return 0;
  const single = b - a === 1;
  const form = doc.form[a]!;
  // A dateline: "CHARLESTON, W.Va. -", "BAKU, Azerbaijan".
  if (single && allCaps(form) && form.length > 2 && (doc.form[b] === ',' || doc.form[b] === '(') && (a === 0 || doc.newlineBefore[a] > 0 || doc.form[a - 1] === '.' || a === doc.sentStart[doc.sentOf[a]!]!)) return 0.9;
  // A dateline inside the text, after a byline or a headline: "March 30, 2009 NEWARK -- The city ...",
  // "FALLS VILLAGE—The board ...", "BEIRUT: A major ...".
  if (datelineAt(doc, a, b, g)) return 0.9;
  // A lone all-caps word is an acronym unless it is the dateline or a known short name (US, UK); a first
  // word followed by more capitals is a headline's topic ("CRICKET - LEICESTERSHIRE TAKE ..."), not a dateline.
  if (single && form.length > 3 && allCaps(form) && city && !((a === 0 && !headline(doc, b)) || doc.form[a + 1] === ',')) return 0;
  const prevName = (nameToken(doc, a - 1) && !COMPASS.has(doc.lower[a - 1]!)) || (a > 0 && g.personTitles.has(doc.form[a - 1]!));
  if (city) {
    // Inside a person's name: "Bill Clinton", "Mayor Jackson".
    if (prevName && !prevComma) return 0;
    // First name of a person the story names by surname: "David Smith ... Smith said".
    if (nameToken(doc, b) && people.has(doc.lower[b]!) && !g.hasFirst(doc.lower[b]!)) return 0;
    // A small town's name that the story only writes before more capitalised words names an institution
    // or a business ("Ridgeway Funeral Home", "Rothschild Middle School"), not the town; a town the story
    // also names on its own ("Goshen Police ... in Goshen") or a large one ("Hartford Hospital") is a place.
    if (maxPop < INSTITUTION_POP && !capital && nameToken(doc, b) && !standsAlone(doc, a, b, key)) return 0;
    if (single) {
      if (FUNCTION_POS.has(doc.pos[a]!) || COMPASS.has(key)) return 0;
      if (countries().byDemonym(form) !== null) return 0;
      // Sentence-initial single word that wink does not take for a proper noun: "Reading", "Split".
      if (a === doc.sentStart[doc.sentOf[a]!]! && doc.pos[a] !== POS.PROPN) return 0;
      const seen = people.get(key);
      if (!capital && (seen === TITLED || (seen === PAIRED && (personal || !people.has(LOCATED + key))))) return 0;
      if (!capital && b < doc.length && g.speechLemmas.has(doc.lemma[b]!)) return 0;
      // A town named like a person ("Allison", "Jennings") needs a locative before it or a state after it;
      // a big one ("Houston") too when a verb, a possessive or another name follows ("Douglas said").
      if (personal && !placeContext(doc, a, b, g)) {
        if (maxPop < PERSONAL_POP && !capital) return 0;
        if (b < doc.length && (PERSONISH_NEXT.has(doc.pos[b]!) || doc.lower[b] === "'s" || doc.lower[b] === '’s')) return 0;
      }
    }
    return Math.min(0.9, 0.35 + 0.08 * Math.log10(maxPop + 1));
  }
  if (prevName && single) return 0.4;
  return 0.9;
}

/**
 * A name that is both a country and a US state ("Georgia") is spotted as a place when the document
 * names other US states; otherwise as a country.
 */
function markStates(spans: PlaceSpan[], found: (readonly number[])[], g: Gazetteer): void {
  let states = 0;
  for (const ids of found) {
    const state = ids.some((id) => g.entry(id).kind === 'admin1' && g.entry(id).country === 'US');
    if (state && !ids.some((id) => g.entry(id).kind === 'country')) states++;
  }
  if (states === 0) return;
  spans.forEach((s, k) => {
    if (s.kind === 'country' && found[k]!.some((id) => g.entry(id).kind === 'admin1')) s.kind = 'place';
  });
}
