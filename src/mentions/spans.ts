// Name spans: knowledge-base matches (countries, demonyms, organisations, agencies, month names),
// the trained tagger's entity spans, and capitalised organisation names built around a head noun
// ("UN Resident Coordinator Office"), merged into one non-overlapping list per document.
import { leaderAt } from '../actors/leaders.js';
import { countries, type Country } from '../kb/countries.js';
import { lexicon, type AgentDef, type Lexicon, type NameEntry, type OrgDef, type TitleDef } from '../kb/lexicon.js';
import { newMatch, type TrieMatch } from '../kb/trie.js';
import { POS, type Doc } from '../nlp/doc.js';
import { gazetteer, placeKey } from '../place/data.js';
import { defaultTagger, type EntitySpan, type Tagger } from '../tagger/index.js';
import { wordSet } from '../kb/words.js';
import { timeLexicon } from '../time/lexicon.js';
import { readDataJson } from '../kb/data.js';
import { firstNameSex } from '../kb/first-names.js';
import { int32sOf, uint8s } from '../slab.js';

export type SpanType = 'PER' | 'ORG' | 'LOC' | 'MISC' | 'COUNTRY' | 'DEMONYM' | 'METONYM' | 'AGENCY' | 'SKIP';

export interface NameSpan {
  a: number;
  b: number;
  type: SpanType;
  /** The country a country/demonym/metonym names, or that qualifies an organisation. */
  place: Country | null;
  /** Organisation coding: country slot (ISO3 or IGO/NGO/MNC), sector, full code, canonical name. */
  country: string | null;
  sector: string | null;
  code: string | null;
  canonical: string | null;
  via: string;
  score: number;
  /** A tagger span's leading dictionary name ("Republic of Azerbaijan" in a longer model span). */
  inner: NameSpan | null;
  /** A country or demonym that gives the organisation right after it its country: no actor of its own. */
  qualifies?: boolean;
  /** An ethnic group's name ("Kurdish" for "Kurds"): a DEMONYM span whose country may be null. */
  ethnic?: string;
}

/** Per-document scratch shared by the recognizers: spans and token-indexed lookups. */
export interface SpanIndex {
  spans: NameSpan[];
  /** Index of the span covering each token, or -1. */
  cover: Int32Array;
  /** Index of the span ending at each token (its last token), or -1. */
  endsAt: Int32Array;
  /** Index of the span starting at each token, or -1. */
  startsAt: Int32Array;
  /** 1 for tokens of sentences written in capitals (headlines): dictionary matching is off there. */
  shouting: Uint8Array;
  /** Whether a trained tagger ran (the capitalisation heuristics then stand back). */
  tagged: boolean;
}

const match = newMatch<NameEntry>();
const titleScratch = newMatch<TitleDef>();
const agentScratch = newMatch<AgentDef>();

/** First character is an upper-case letter. */
export function isCap(form: string): boolean {
  const c = form.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 || form.length === 0) return false;
  const ch = form[0]!;
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Sentences written in capitals (headlines, CoNLL-style "CRICKET - LEICESTERSHIRE TAKE OVER"). */
/**
 * One past a name part joined at token e, or e: "al-Sudani" (one token), "al" "-" "Sudani",
 * "Kassym" "-" "Jomart" (a hyphen without spaces), "bin Laden" (a particle before a capital).
 */
export function nameJoinAt(doc: Doc, lex: Lexicon, idx: SpanIndex, taken: Uint8Array, e: number, se: number): number {
  if (e >= se || taken[e] === 1 || idx.cover[e]! >= 0) return e;
  const form = doc.form[e]!;
  const free = (k: number): boolean => k < se && taken[k] === 0 && idx.cover[k]! < 0 && isCap(doc.form[k]!);
  const h = form.indexOf('-');
  if (h > 0 && h + 1 < form.length && lex.nameParticles.has(form.slice(0, h).toLowerCase()) && isCap(form.slice(h + 1))) return e + 1;
  // A hyphen without spaces joins name parts, whatever the case of the second ("Won-sik", "Jong-un").
  if (form === '-' && e > 0 && e + 1 < se && doc.end[e - 1] === doc.start[e] && doc.end[e] === doc.start[e + 1]) {
    const c = doc.form[e + 1]!.charCodeAt(0);
    if (taken[e + 1] === 0 && idx.cover[e + 1]! < 0 && ((c >= 97 && c <= 122) || isCap(doc.form[e + 1]!))) return e + 2;
  }
  if (lex.nameParticles.has(doc.lower[e]!)) {
    if (doc.form[e + 1] === '-' && free(e + 2)) return e + 3;
    if (free(e + 1)) return e + 2;
  }
  return e;
}

function shoutingTokens(doc: Doc): Uint8Array {
  const out = uint8s(doc.length);
  for (let s = 0; s < doc.sentStart.length; s++) {
    const a = doc.sentStart[s]!;
    const b = doc.sentEnd[s]!;
    let upper = 0;
    let mixed = 0;
    for (let i = a; i < b; i++) {
      const f = doc.form[i]!;
      if (f.length < 2) continue;
      const c0 = f.charCodeAt(0);
      const c1 = f.charCodeAt(1);
      if (c0 >= 65 && c0 <= 90 && c1 >= 65 && c1 <= 90) upper++;
      else if ((c0 >= 97 && c0 <= 122) || (c1 >= 97 && c1 <= 122)) mixed++;
    }
    if (upper >= 3 && upper > mixed) out.fill(1, a, b);
  }
  return out;
}

function kbSpan(doc: Doc, i: number, end: number, e: NameEntry): NameSpan | null {
  let type: SpanType;
  let place: Country | null = null;
  let org: OrgDef | null = null;
  let canonical: string | null = null;
  let agencyCountry: string | null = null;
  switch (e.type) {
    case 'notName':
      type = 'SKIP';
      break;
    case 'agency':
      type = 'AGENCY';
      canonical = e.name;
      agencyCountry = e.country;
      break;
    case 'org':
      type = 'ORG';
      org = e.org;
      canonical = org.name;
      break;
    case 'ethnic': {
      // "Karen rebels", not "Karen Smith" nor "Baloch said": an ambiguous group name counts before a common noun.
      const next = end < doc.length && doc.sentOf[end] === doc.sentOf[i] ? doc.form[end]! : '';
      if (e.group.ambiguous && (next === '' || isCap(next) || doc.pos[end] !== POS.NOUN)) return null;
      const c = e.group.country;
      return { a: i, b: end, type: 'DEMONYM', place: c, country: c?.iso3 ?? null, sector: null, code: null, canonical: null, via: 'gazetteer', score: 0.85, inner: null, ethnic: e.group.name };
    }
    default:
      // Ambiguous names ("Jordan", "Chad", "Washington") next to another capitalised word are part of a person name.
      if (end === i + 1 && (e.type === 'metonym' || countries().isAmbiguous(doc.form[i]!)) && nextToName(doc, i)) return null;
      // A country's name inside the name of a place of another country is that place's: "New Jersey",
      // "New Mexico", "Jersey City" (the place spotter finds the whole name).
      if (e.type === 'country' && e.country !== null && insidePlaceName(doc, i, end, e.country.iso2)) return null;
      type = e.type === 'country' ? 'COUNTRY' : e.type === 'demonym' ? 'DEMONYM' : 'METONYM';
      place = e.country;
  }
  return {
    a: i, b: end, type, place,
    country: org !== null ? org.country : place !== null ? place.iso3 : agencyCountry,
    sector: org !== null ? org.sector : type === 'AGENCY' ? 'MED' : null,
    code: org !== null ? org.code : null,
    canonical, via: 'gazetteer', score: 0.9, inner: null,
  };
}

/**
 * A town this large outweighs the country name inside its name ("Jersey City"; not North Wales, Pa.),
 * and, in a place context, the tagger's person or organisation reading of its name.
 */
export const LARGE_TOWN = 100_000;

/**
 * Do tokens [a, b) and the capitalised word just before or after them, in the same sentence, make
 * the name of a division or town of another country than `iso2`, and of none in it?
 */
function insidePlaceName(doc: Doc, a: number, b: number, iso2: string): boolean {
  const g = gazetteer();
  const foreign = (from: number, to: number): boolean => {
    let other = false;
    for (const id of g.lookup(placeKey(doc.text.slice(doc.start[from]!, doc.end[to - 1]!)))) {
      const e = g.entry(id);
      if (e.country === iso2) return false; // "Panama City", "Kuwait City"
      if (e.kind === 'admin1' || (e.kind === 'city' && e.population >= LARGE_TOWN)) other = true;
    }
    return other;
  };
  const s = doc.sentOf[a]!;
  if (a > 0 && doc.sentOf[a - 1] === s && isCap(doc.form[a - 1]!) && foreign(a - 1, b)) return true;
  return b < doc.length && doc.sentOf[b] === s && isCap(doc.form[b]!) && foreign(a, b + 1);
}

function nextToName(doc: Doc, i: number): boolean {
  const prev = i > 0 && doc.sentOf[i - 1] === doc.sentOf[i] ? doc.form[i - 1]! : '';
  const next = i + 1 < doc.length && doc.sentOf[i + 1] === doc.sentOf[i] ? doc.form[i + 1]! : '';
  return (prev !== '' && isCap(prev) && doc.pos[i - 1] === POS.PROPN) || (next !== '' && isCap(next) && doc.pos[i + 1] === POS.PROPN);
}

/** Knowledge-base scan: longest case-sensitive match at every token outside headlines. */
function scanKb(doc: Doc, lex: Lexicon, shouting: Uint8Array): NameSpan[] {
  const out: NameSpan[] = [];
  for (let s = 0; s < doc.sentStart.length; s++) {
    const limit = doc.sentEnd[s]!;
    let i = doc.sentStart[s]!;
    while (i < limit) {
      if (shouting[i] === 1 || !lex.names.starts(doc.form[i]!)) {
        i++;
        continue;
      }
      const end = lex.names.longest(doc.form, i, limit, match);
      if (end < 0) {
        i++;
        continue;
      }
      const span = kbSpan(doc, i, end, match.value!);
      if (span !== null) out.push(span);
      i = end;
    }
  }
  return out.length > 0 ? withCountryHalves(doc, lex, out) : out;
}

/**
 * "the North" after "North Korea", "the South" after "South Sudan": the one country of that first word
 * the story named before, as a country span (lex.countryHalves). Not before a name or "of" ("the North
 * Atlantic", "the South of France").
 */
function withCountryHalves(doc: Doc, lex: Lexicon, kb: NameSpan[]): NameSpan[] {
  // Most stories name no such country: then there is nothing to scan for.
  if (!kb.some((s) => s.type === 'COUNTRY' && s.place !== null && lex.countryHalves.has(s.place.name.split(' ', 1)[0]!))) return kb;
  let out: NameSpan[] | null = null;
  let k = 0;
  for (let i = 1; i < doc.length; i++) {
    if (!lex.countryHalves.has(doc.form[i]!) || doc.lower[i - 1] !== 'the') continue;
    const next = i + 1 < doc.length ? doc.form[i + 1]! : '';
    if (next === 'of' || next === '-' || (next.charCodeAt(0) >= 65 && next.charCodeAt(0) <= 90)) continue;
    while (k < kb.length && kb[k]!.a < i) k++;
    if (k < kb.length && kb[k]!.a === i) continue;
    let place: Country | null = null;
    for (let j = k - 1; j >= 0 && place === null; j--) {
      const s = kb[j]!;
      if (s.type === 'COUNTRY' && s.place !== null && s.place.name.startsWith(`${doc.form[i]} `)) place = s.place;
    }
    if (place === null) continue;
    out ??= kb.slice();
    out.push({ a: i, b: i + 1, type: 'COUNTRY', place, country: place.iso3, sector: null, code: null, canonical: null, via: 'gazetteer', score: 0.8, inner: null });
  }
  if (out === null) return kb;
  out.sort((x, y) => x.a - y.a);
  return out;
}

const TAGGER_TYPE: Record<EntitySpan['type'], SpanType> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/** Is tokens [a, b) a region's adjective of several words (data/agents.json regionalModifiers: "Latin American")? */
function regionalName(doc: Doc, a: number, b: number): boolean {
  return b - a > 1 && lexicon().regionalModifiers.has(doc.lower.slice(a, b).join(' '));
}

/** Does a nominal agent of several words (agents.json) start at token a and cover [a, b)? */
function capitalisedAgent(doc: Doc, a: number, b: number): boolean {
  const agents = lexicon().agents;
  if (!agents.starts(doc.lower[a]!)) return false;
  const end = agents.longest(doc.lower, a, doc.sentEnd[doc.sentOf[a]!]!, agentScratch);
  return end - a > 1 && end >= b;
}

const REGNAL_NUMBER = /^[IVX]{1,5}$/;

/**
 * Where the name starts when tokens [a, b), not after an article, are a title of titles.json regnalTitles,
 * capitalised names and a regnal number ("Queen Elizabeth II"); -1 otherwise.
 */
function regnalNameStart(doc: Doc, a: number, b: number): number {
  // (not after an article: "the Queen Mary II" is a ship)
  if (b - a < 3 || !REGNAL_NUMBER.test(doc.form[b - 1]!) || (a > 0 && doc.pos[a - 1] === POS.DET)) return -1;
  const titles = lexicon().titles;
  if (!titles.starts(doc.lower[a]!)) return -1;
  const te = titles.longest(doc.lower, a, b - 1, titleScratch);
  if (te <= a || te >= b - 1 || !lexicon().regnalTitles.has(titleScratch.value!.title)) return -1;
  for (let k = te; k < b - 1; k++) if (!isCap(doc.form[k]!)) return -1;
  return te;
}

/** Whether a title (titles.json) ends right before token a, in a's sentence ("candidate" + "Elizabeth Warren"). */
function titleEndsAt(doc: Doc, a: number): boolean {
  const titles = lexicon().titles;
  const sa = doc.sentStart[doc.sentOf[a]!]!;
  for (let k = Math.max(sa, a - 4); k < a; k++) {
    if (titles.starts(doc.lower[k]!) && titles.longest(doc.lower, k, a, titleScratch) === a) return true;
  }
  return false;
}

/** Merge the tagger's spans into the knowledge-base spans (both sorted by start). */
function mergeTagger(doc: Doc, kb: NameSpan[], tagged: EntitySpan[]): NameSpan[] {
  const n = doc.length;
  if (tagged.length === 0) return kb;
  const eventHeads = lexicon().eventHeads;
  const institutionHeads = lexicon().institutionHeads;
  const kbCover = int32sOf(n, -1);
  kb.forEach((s, k) => kbCover.fill(k, s.a, s.b));
  const dropKb = uint8s(kb.length);
  const out: NameSpan[] = [];
  joinTopicComplements(doc, tagged);
  const titles = lexicon().titles;
  for (let t of tagged) {
    if (t.tokEnd <= t.tokStart) continue;
    // "Mayor Vitali Klitschko said", "Pope Francis called" at a sentence's start: a person's span that
    // opens with a title (titles.json) is the name after it; the title is read before the name, as in
    // mid-sentence ("Pope" gives its holder's sector and country).
    if (t.type === 'PER' && t.tokEnd - t.tokStart > 1 && titles.starts(doc.lower[t.tokStart]!)) {
      const te = titles.longest(doc.lower, t.tokStart, t.tokEnd - 1, titleScratch);
      // Not a run of titles alone ("Chief Inspector", "Chief Technological Officer").
      if (te > t.tokStart && isCap(doc.form[te]!)) {
        const restTitle = titles.starts(doc.lower[te]!) && titles.longest(doc.lower, te, t.tokEnd, titleScratch) === t.tokEnd;
        if (!restTitle) t = { ...t, tokStart: te };
      }
    }
    // "presidential candidate Elizabeth Warren": a name the tagger reads as an organisation that opens
    // with a known first name and comes right after a title is the title holder's (no dictionary name).
    if (t.type === 'ORG' && t.tokEnd - t.tokStart >= 2 && t.tokEnd - t.tokStart <= 3 && kbCover[t.tokStart]! < 0 && firstNameSex(doc.form[t.tokStart]!) !== null && titleEndsAt(doc, t.tokStart)) {
      t = { ...t, type: 'PER' };
    }
    // "overseen by the Pope", "the President said": a person's span that is a title alone after a
    // determiner is that title (a role noun referring to its holder), no name; so is one right before
    // the person's own span ("Pope" + "Francis": the title of the name after it).
    if (t.type === 'PER' && titles.starts(doc.lower[t.tokStart]!) && titles.longest(doc.lower, t.tokStart, t.tokEnd, titleScratch) === t.tokEnd) {
      const end = t.tokEnd;
      if ((t.tokStart > 0 && doc.pos[t.tokStart - 1] === POS.DET) || tagged.some((u) => u.tokStart === end && u.type === 'PER')) continue;
    }
    // "Oh, ...", "Thank you", "I'm asking ...": a word of speech alone is no name (but an acronym
    // spelt like one is: "UH" for the University of Hawaii).
    if (t.tokEnd - t.tokStart === 1 && SPOKEN_WORDS.has(doc.lower[t.tokStart]!) && !isAcronym(doc.form[t.tokStart]!)) continue;
    // "the Treasury Secretary", "the Defence Secretary": a body's name that a title runs on from is the title's.
    if ((t.type === 'ORG' || t.type === 'MISC') && titleRunsOn(doc, t)) continue;
    let inside = true;
    let exact = -1;
    for (let i = t.tokStart; i < t.tokEnd; i++) {
      const k = kbCover[i]!;
      if (k < 0) continue;
      const s = kb[k]!;
      if (s.a === t.tokStart && s.b === t.tokEnd) exact = k;
      else if (s.a < t.tokStart || s.b > t.tokEnd) inside = false;
    }
    if (!inside) continue; // a longer dictionary name crosses the tagger's span: the dictionary wins
    // "Iraqi Kurds", "Bosnian Serb": a misc name made of nationalities and ethnic groups alone is one
    // demonym: the first one's country, the last one's ethnicity.
    if (t.type === 'MISC' && exact < 0 && allDemonyms(kb, kbCover, t.tokStart, t.tokEnd)) {
      const first = kb[kbCover[t.tokStart]!]!;
      const last = kb[kbCover[t.tokEnd - 1]!]!;
      dropKb.fill(1, kbCover[t.tokStart]!, kbCover[t.tokEnd - 1]! + 1);
      const ethnic = last.ethnic ?? last.place?.demonym;
      out.push({ ...first, b: t.tokEnd, via: 'gazetteer+tagger', ...(ethnic !== undefined && ethnic !== null ? { ethnic } : {}) });
      continue;
    }
    if (exact >= 0) {
      const s = kb[exact]!;
      // The tagger overrides a dictionary reading only to make a person of an ambiguous name.
      // (Not "Kampuchea": a country name that is no person's name stays the country.)
      const ambiguousCountry = s.type === 'COUNTRY' && countries().isAmbiguous(doc.text.slice(doc.start[s.a]!, doc.end[s.b - 1]!));
      if (t.type === 'PER' && (ambiguousCountry || s.type === 'METONYM' || s.ethnic !== undefined)) dropKb[exact] = 1;
      else {
        s.via = 'gazetteer+tagger';
        continue;
      }
    }
    // "South Korea's Joint Chiefs of Staff", "the Army High Command": a nominal agent of several words
    // written in capitals (agents.json) that the tagger reads as a person is that agent.
    if (t.type === 'PER' && capitalisedAgent(doc, t.tokStart, t.tokEnd)) continue;
    // "Ethnic Albanians", "Many Kurds" at the start of a sentence: a person's name never ends in a
    // plural demonym; the dictionary reading stays.
    if (t.type === 'PER' && endsInPluralDemonym(doc, kb, kbCover, t.tokEnd)) continue;
    let type = TAGGER_TYPE[t.type];
    // "Queen Elizabeth II", "King Juan Carlos I": a royal title (titles.json regnalTitles), a name and a
    // regnal number make a person, whatever the tagger read; the title is read before the name, as in
    // "King Charles III".
    const regnal = type !== 'PER' ? regnalNameStart(doc, t.tokStart, t.tokEnd) : -1;
    if (regnal > 0) {
      type = 'PER';
      t = { ...t, tokStart: regnal };
    }
    // "the US Presidential Election", "the World Cup": names of events, not organisations or places.
    // So is a "person" the tagger reads at such a name ("a 2016 Rory Peck Awards finalist").
    if (type !== 'MISC' && t.tokEnd - t.tokStart > 1 && eventHeads.has(doc.form[t.tokEnd - 1]!)) type = 'MISC';
    // A "person" whose name ends in a word only institutions end in is an organisation ("Non-Governmental Organizations").
    if (type === 'PER' && t.tokEnd - t.tokStart > 1 && institutionHeads.has(doc.form[t.tokEnd - 1]!)) type = 'ORG';
    // "the ruling Georgian Dream party": a name followed by a lower-case party or movement word is that organisation.
    let following = (type === 'MISC' || type === 'ORG') && t.tokEnd < doc.length ? lexicon().followingHeads.get(doc.form[t.tokEnd]!) : undefined;
    if (following !== undefined && !capitalisedWords(doc, t.tokStart, t.tokEnd)) following = undefined;
    if (following !== undefined) type = 'ORG';
    if (type === 'PER') widenHyphenated(doc, t);
    // (and an organisation's: "ABS-CBN", "Hewlett-Packard Co", "Bristol-Myers"; not over a nationality:
    // "the Anglo-French tunnel group")
    if (type === 'ORG') {
      const a0 = t.tokStart;
      const b0 = t.tokEnd;
      widenHyphenated(doc, t);
      if (placeNameIn(kb, kbCover, t.tokStart, a0) || placeNameIn(kb, kbCover, b0, t.tokEnd)) {
        t.tokStart = a0;
        t.tokEnd = b0;
      }
    }
    // The model's span confidence is a product of local softmaxes: map it into [0.55, 0.95].
    const score = Math.round((0.55 + 0.4 * t.score) * 100) / 100;
    const span: NameSpan = { a: t.tokStart, b: t.tokEnd, type, place: null, country: null, sector: null, code: null, canonical: null, via: 'tagger', score, inner: null };
    for (let i = t.tokStart; i < t.tokEnd; i++) {
      const k = kbCover[i]!;
      if (k < 0 || dropKb[k] === 1) continue;
      dropKb[k] = 1;
      const s = kb[k]!;
      if (s.a === span.a && span.inner === null) span.inner = s;
      // Keep what the dictionary knew about a name inside the tagger's span ("Azerbaijani Foreign Ministry"),
      // not a region's name that ends in a nationality ("Latin American", "North American" are no USA).
      // Nor an organisation the span only ends in after other capitalised words ("National Security
      // Council", "Supreme National Security Council" are no UN Security Council).
      if (s.type === 'ORG' && s.a > t.tokStart && s.b === t.tokEnd && capitalisedOutsideKb(doc, kbCover, t.tokStart, s.a)) continue;
      if (span.country === null && (s.type === 'COUNTRY' || s.type === 'DEMONYM' || s.type === 'ORG') && !(type === 'MISC' && regionalName(doc, t.tokStart, t.tokEnd))) {
        span.place = s.place;
        span.country = s.country;
        if (s.type === 'ORG') {
          span.sector = s.sector;
          span.code = s.code;
        }
      }
    }
    if (following != null && span.sector === null) span.sector = following;
    if (type === 'ORG' && span.sector === null) {
      const lex = lexicon();
      const h = governingHead(doc, lex, t.tokStart, t.tokEnd, titleScratch);
      if (h >= 0) {
        // a head right before a military head names the kind of force ("Railway Police Force" COP, not MIL)
        const sector = lex.orgHeads.get(doc.form[h]!) ?? null;
        const first = sector === 'MIL' && h > t.tokStart ? lex.orgHeads.get(doc.form[h - 1]!) : undefined;
        span.sector = first ?? sector;
      } else if (t.tokEnd - t.tokStart === 1) {
        // "the Senate", "Parliament", "the Navy" alone: a body of the state.
        const sector = lex.orgHeads.get(doc.form[t.tokStart]!);
        if (sector != null && bareHeadSectors().has(sector)) span.sector = sector;
      }
    }
    out.push(span);
  }
  kb.forEach((s, k) => {
    if (dropKb[k] === 0) out.push(s);
  });
  out.sort((x, y) => x.a - y.a || y.b - x.b);
  // Tagger spans may overlap each other only by model error: keep the first.
  const clean: NameSpan[] = [];
  let last = -1;
  for (const s of out) {
    if (s.a < last) continue;
    clean.push(s);
    last = s.b;
  }
  return clean;
}

/** Is a token of [a, b) a capitalised word outside every knowledge-base span? */
function capitalisedOutsideKb(doc: Doc, kbCover: Int32Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (kbCover[i]! < 0 && isCap(doc.form[i]!)) return true;
  return false;
}

/**
 * "the United States Commission on International Religious Freedom": the tagger often reads the two
 * sides of a topic head's 'on' as two names; they are one organisation (the second span is emptied).
 */
function joinTopicComplements(doc: Doc, tagged: EntitySpan[]): void {
  for (let k = 0; k < tagged.length; k++) {
    const t = tagged[k]!;
    const on = t.tokEnd;
    if (on + 1 >= doc.length) continue;
    // "the Tunisian League for the Defence of Human Rights": a purpose head's 'for' phrase, as a topic
    // head's 'on' phrase, is the rest of the name (whatever kind of name the tagger made of the head).
    const purpose = doc.lower[on] === 'for' && PURPOSE_HEADS.has(doc.lower[on - 1]!) && (t.type === 'ORG' || t.type === 'MISC');
    if (!purpose && (t.type !== 'ORG' || doc.lower[on] !== 'on' || !takesComplement(doc, on - 1))) continue;
    const first = purpose && doc.lower[on + 1] === 'the' ? on + 2 : on + 1;
    if (purpose && (first >= doc.length || !isCap(doc.form[first]!))) continue;
    if (purpose) t.type = 'ORG';
    const sent = doc.sentOf[t.tokStart];
    const u = k + 1 < tagged.length ? tagged[k + 1]! : null;
    if (u !== null && u.tokStart === first) {
      if (doc.sentOf[u.tokStart] !== sent || u.tokEnd <= u.tokStart) continue;
      t.tokEnd = u.tokEnd;
      u.tokEnd = u.tokStart;
      continue;
    }
    // ("the Senate Committee on Foreign Relations": capitalised words the tagger left out, up to a name it
    // found, which is the rest of this one: "on International" + "Religious Freedom", "on Ways and" + "Means")
    const stop = u !== null ? u.tokStart : doc.length;
    let j = first;
    let end = -1;
    while (j < stop && doc.sentOf[j] === sent) {
      if (isCap(doc.form[j]!)) end = ++j;
      else if (end > 0 && CONNECTORS.has(doc.lower[j]!) && j + 1 <= stop && (j + 1 === stop ? u !== null : isCap(doc.form[j + 1]!))) j++;
      else break;
    }
    if (end < 0) continue;
    t.tokEnd = end;
    if (u !== null && j === stop && u.tokStart === stop && doc.sentOf[stop] === sent) {
      t.tokEnd = u.tokEnd;
      u.tokEnd = u.tokStart;
    }
  }
}

/** Whether a title starts with the span and goes on past it ("Treasury" + "Secretary"). */
function titleRunsOn(doc: Doc, t: EntitySpan): boolean {
  const lex = lexicon();
  if (!lex.titles.starts(doc.lower[t.tokStart]!)) return false;
  const se = doc.sentEnd[doc.sentOf[t.tokStart]!]!;
  return lex.titles.longest(doc.lower, t.tokStart, se, titleScratch) > t.tokEnd;
}

/** A dictionary demonym used as a plural noun ends at token b-1 ("Albanians", "Kurds"). */
function endsInPluralDemonym(doc: Doc, kb: readonly NameSpan[], kbCover: Int32Array, b: number): boolean {
  const k = kbCover[b - 1]!;
  if (k < 0 || kb[k]!.type !== 'DEMONYM' || kb[k]!.b !== b) return false;
  const last = doc.form[b - 1]!;
  return last.endsWith('s') && doc.pos[b - 1] !== POS.ADJ;
}

/** Whether a token of [a, b) lies in a dictionary demonym or country name. */
function placeNameIn(kb: readonly NameSpan[], kbCover: Int32Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const k = kbCover[i]!;
    if (k >= 0 && (kb[k]!.type === 'DEMONYM' || kb[k]!.type === 'COUNTRY')) return true;
  }
  return false;
}

/** Every token of [a, b) lies in a dictionary demonym or country name. */
function allDemonyms(kb: readonly NameSpan[], kbCover: Int32Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const k = kbCover[i]!;
    if (k < 0) return false;
    const type = kb[k]!.type;
    if (type !== 'DEMONYM' && type !== 'COUNTRY') return false;
  }
  return true;
}

/** Join the halves of a hyphenated name the model split ("Kassym" "-" "Jomart Tokayev"). */
function widenHyphenated(doc: Doc, t: EntitySpan): void {
  const joined = (k: number): boolean => doc.form[k] === '-' && doc.end[k - 1] === doc.start[k] && doc.end[k] === doc.start[k + 1];
  while (t.tokStart >= 2 && doc.sentOf[t.tokStart - 2] === doc.sentOf[t.tokStart] && joined(t.tokStart - 1) && isCap(doc.form[t.tokStart - 2]!)) {
    t.tokStart -= 2;
  }
  while (t.tokEnd + 1 < doc.length && doc.sentOf[t.tokEnd + 1] === doc.sentOf[t.tokStart] && joined(t.tokEnd) && isCap(doc.form[t.tokEnd + 1]!)) {
    t.tokEnd += 2;
  }
}

const CONNECTORS = wordSet('name_connectors');
const TOPIC_HEADS = wordSet('topic_heads');
const PURPOSE_HEADS = wordSet('purpose_heads');
const SPOKEN_WORDS = wordSet('spoken_words');

let bareHeads: ReadonlySet<string> | null = null;

/** Sectors of the organisation heads that name a body of the state on their own (organisations.json bareHeadSectors). */
function bareHeadSectors(): ReadonlySet<string> {
  return (bareHeads ??= new Set(readDataJson<{ bareHeadSectors: string[] }>('organisations.json').bareHeadSectors));
}

/** Two or more letters, all capitals ("UH", "OK"). */
function isAcronym(form: string): boolean {
  return form.length > 1 && form === form.toUpperCase() && form !== form.toLowerCase();
}

/**
 * Capitalised organisation names around a head noun: "<Cap ...> Office", "Ministry of <Cap ...>".
 * Runs of capitalised tokens (dictionary spans allowed inside, tagger spans not) are cut at their
 * last head; a leading title ("President of ...") is not part of the organisation.
 */
function orgsByHead(doc: Doc, lex: Lexicon, spans: NameSpan[], cover: Int32Array, shouting: Uint8Array): NameSpan[] {
  const found: NameSpan[] = [];
  const tm = newMatch<TitleDef>();
  for (let s = 0; s < doc.sentStart.length; s++) {
    const sa = doc.sentStart[s]!;
    const sb = doc.sentEnd[s]!;
    let i = sa;
    while (i < sb) {
      // A run starts at a proper noun or a dictionary name ("Shares of ..." does not start one).
      if (shouting[i] === 1 || !capLike(doc, spans, cover, i) || (cover[i]! < 0 && doc.pos[i] !== POS.PROPN)) {
        i++;
        continue;
      }
      let j = i + 1;
      let sawOf = false;
      while (j < sb) {
        const f = doc.form[j]!;
        if (capLike(doc, spans, cover, j)) j++;
        else if (CONNECTORS.has(f) && (sawOf || (f !== 'and' && f !== '&')) && j + 1 < sb && (capLike(doc, spans, cover, j + 1) || doc.form[j + 1] === 'the')) {
          if (f === 'of') sawOf = true;
          j++;
        } else break;
      }
      while (j > i && CONNECTORS.has(doc.form[j - 1]!)) j--;
      // Skip a leading title ("President of the European Commission" is a person's title).
      let a = i;
      if (lex.names.starts(doc.form[a]!) && spans[cover[a]!]?.type === 'SKIP') a++;
      const te = lex.titles.longest(doc.lower, a, j, tm);
      if (te > 0) {
        a = te;
        while (a < j && CONNECTORS.has(doc.lower[a]!)) a++;
      }
      const head = governingHead(doc, lex, a, j, tm);
      const end = head >= 0 && takesComplement(doc, head) ? j : head + 1;
      // A title can cover the whole run ("Prime Minister"): then there is no organisation name left.
      const startsClean = a < j && (cover[a]! < 0 || spans[cover[a]!]!.a === a);
      const endsClean = head >= 0 && (cover[end - 1]! < 0 || spans[cover[end - 1]!]!.b === end);
      // A dictionary name that already covers the whole run keeps its reading ("West Bank").
      const known = cover[a]! >= 0 && cover[a] === cover[end - 1];
      if (head >= 0 && startsClean && endsClean && !known) found.push(enrich(doc, lex, spans, cover, a, end, head));
      i = Math.max(j, i + 1); // always advance: a run trimmed back to its start must not loop
    }
  }
  return found;
}

/**
 * The head noun governing an organisation name in [a, j): the first head with an "of" complement
 * ("Ministry of Energy"), else the last head after the first token ("UN Resident Coordinator Office");
 * -1 when none. Heads inside a title ("Energy Minister") do not count.
 */
function governingHead(doc: Doc, lex: Lexicon, a: number, j: number, tm: TrieMatch<TitleDef>): number {
  for (let h = a; h + 2 < j; h++) {
    if (takesComplement(doc, h) && lex.orgHeads.has(doc.form[h]!) && !insideTitle(doc, lex, h, a, tm)) return h;
  }
  for (let h = j - 1; h > a; h--) {
    if (lex.orgHeads.has(doc.form[h]!) && !insideTitle(doc, lex, h, a, tm)) return h;
  }
  return -1;
}

/**
 * Whether the phrase after head h is part of the name: an 'of' phrase ("Ministry of Energy"), or an 'on'
 * phrase after a topic head ("Commission on Human Rights"), not a date ("the Commission on Monday", "on March 5").
 */
function takesComplement(doc: Doc, h: number): boolean {
  const next = doc.lower[h + 1];
  if (next === 'of') return true;
  if (next !== 'on' || !TOPIC_HEADS.has(doc.lower[h]!)) return false;
  const after = doc.lower[h + 2] ?? '';
  return !timeLexicon().weekdays.has(after) && !timeLexicon().months.has(after);
}

/** A capitalised token outside tagger spans (dictionary spans other than month names count). */
function capLike(doc: Doc, spans: NameSpan[], cover: Int32Array, i: number): boolean {
  const k = cover[i]!;
  if (k >= 0) {
    const s = spans[k]!;
    if (s.via === 'tagger') return false;
    return s.type === 'COUNTRY' || s.type === 'DEMONYM' || s.type === 'ORG' || s.type === 'METONYM';
  }
  const p = doc.pos[i]!;
  return isCap(doc.form[i]!) && p !== POS.PUNCT && p !== POS.PRON && p !== POS.DET && p !== POS.ADP && p !== POS.CCONJ;
}

function insideTitle(doc: Doc, lex: Lexicon, h: number, from: number, tm: TrieMatch<TitleDef>): boolean {
  for (let k = Math.max(from, h - 3); k <= h; k++) if (lex.titles.longest(doc.lower, k, h + 2, tm) > h) return true;
  return false;
}

/** Code an organisation span from the names inside it and its head noun. */
export function enrich(doc: Doc, lex: Lexicon, spans: NameSpan[], cover: Int32Array, a: number, b: number, head: number): NameSpan {
  const span: NameSpan = { a, b, type: 'ORG', place: null, country: null, sector: null, code: null, canonical: null, via: 'pattern', score: 0.7, inner: null };
  for (let i = a; i < b; i++) {
    const k = cover[i]!;
    if (k < 0) continue;
    const s = spans[k]!;
    if (span.country !== null) break;
    if (s.type === 'ORG') {
      span.country = s.country;
      span.sector = s.sector;
      span.code = s.code;
    } else if (s.type === 'COUNTRY' || s.type === 'DEMONYM' || s.type === 'METONYM') {
      span.place = s.place;
      span.country = s.country;
    }
  }
  const hs = head >= 0 ? lex.orgHeads.get(doc.form[head]!) ?? null : null;
  if (hs !== null && (span.sector === null || span.code === null)) span.sector = hs;
  return span;
}

let tagger: Tagger | null = null;

/** Stand-in when the shipped model is absent. */
export const NO_TAGGER: Tagger = { tag: () => [] };

/**
 * The tagger the mention stage uses: the shipped model (a missing, truncated or other-version model
 * file is an error that names the file: silently coding without it would lose a third of the names).
 * `useTagger` swaps it (evaluation, tests: NO_TAGGER runs the dictionary and pattern recognizers alone).
 */
function entityTagger(): Tagger {
  if (tagger === null) tagger = defaultTagger();
  return tagger;
}

/** Replace the entity tagger for this process (null: back to the shipped model). */
export function useTagger(t: Tagger | null): void {
  tagger = t;
}

/** The entity tagger's spans for a document (what `nameSpans` reads when not given them). */
export function tagEntities(doc: Doc): EntitySpan[] {
  return entityTagger().tag(doc);
}

/**
 * Build the document's name spans: dictionary, tagger, organisation heads. `tagged`: the tagger's
 * spans when the caller ran it already (`tagEntities`, as batch coding does); they are consumed.
 */
export function nameSpans(doc: Doc, tagged?: EntitySpan[]): SpanIndex {
  const lex = lexicon();
  const n = doc.length;
  const shouting = shoutingTokens(doc);
  const kb = scanKb(doc, lex, shouting);
  const tg = entityTagger();
  let spans = mergeTagger(doc, kb, withLeaders(doc, tagged ?? tg.tag(doc)));
  let cover = coverOf(spans, n);
  const orgs = orgsByHead(doc, lex, spans, cover, shouting);
  if (orgs.length > 0) {
    const absorbed = uint8s(spans.length);
    for (const o of orgs) for (let i = o.a; i < o.b; i++) if (cover[i]! >= 0) absorbed[cover[i]!] = 1;
    spans = spans.filter((_, k) => absorbed[k] === 0).concat(orgs);
    spans.sort((x, y) => x.a - y.a);
    cover = coverOf(spans, n);
  }
  const endsAt = int32sOf(n, -1);
  const startsAt = int32sOf(n, -1);
  spans.forEach((s, k) => {
    endsAt[s.b - 1] = k;
    startsAt[s.a] = k;
  });
  // "the Azerbaijani Foreign Ministry", "Iran's Foreign Ministry": the organisation's country.
  // "the Nigerian Red Cross": a movement's national branch, that country's body.
  const national = lex.nationalSectors;
  for (const s of spans) {
    if (s.type !== 'ORG' || s.a === 0) continue;
    const branch = s.country !== null && s.canonical !== null ? national.get(s.canonical) : undefined;
    // "Sudan's paramilitary Rapid Support Forces", "the French oil company Total": up to three
    // lower-case describing words may stand between the qualifier and the name.
    let before = s.a - 1;
    while (before > 0 && s.a - 1 - before < 3 && isLowerDescriptor(doc, before)) before--;
    const poss = doc.form[before] === "'s" || doc.form[before] === '’s';
    const k = endsAt[poss ? before - 1 : before] ?? -1;
    if (k < 0 || doc.sentOf[before] !== doc.sentOf[s.a]) continue;
    const q = spans[k]!;
    if (s.country !== null && branch === undefined) {
      // "Iran's Revolutionary Guards", "Lebanese armed group Hezbollah": a body the knowledge base
      // places in the qualifier's own country is one actor; the country is no second one beside it.
      if (q.country === s.country && (q.type === 'COUNTRY' || (q.type === 'DEMONYM' && !poss))) q.qualifies = true;
      continue;
    }
    if (q.type === 'COUNTRY' || (q.type === 'DEMONYM' && !poss) || (q.type === 'METONYM' && poss)) {
      s.place = q.place;
      s.country = q.country;
      q.qualifies = true;
      if (branch !== undefined) {
        s.sector = branch;
        s.code = null;
        s.canonical = doc.text.slice(doc.start[q.a]!, doc.end[s.b - 1]!);
      }
    }
  }
  return { spans, cover, endsAt, startsAt, shouting, tagged: tg !== NO_TAGGER };
}

/** Does every word of tokens [a, b) start with a capital, with none after a hyphen in lower case ("Hindu-nationalist")? */
function capitalisedWords(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const f = doc.form[t]!;
    const c = f.charCodeAt(0);
    if (c < 65 || c > 90) return false;
    if (/-[a-z]/.test(f)) return false;
  }
  return true;
}

/** A lower-case adjective or noun ("paramilitary", "oil company"), such as describes the name after it. */
function isLowerDescriptor(doc: Doc, t: number): boolean {
  const c = doc.form[t]!.charCodeAt(0);
  return c >= 97 && c <= 122 && (doc.pos[t] === POS.ADJ || doc.pos[t] === POS.NOUN);
}

/**
 * The tagger's spans with the names of data/leaders.json as persons: a leader's name the tagger
 * missed or typed otherwise ("Putin told reporters", "Erdogan said") becomes PER, unless a longer
 * tagged name contains it ("the Clinton Foundation").
 */
function withLeaders(doc: Doc, tagged: EntitySpan[]): EntitySpan[] {
  let out: EntitySpan[] | null = null;
  let k = 0; // first tagged span that may overlap token i
  for (let s = 0; s < doc.sentStart.length; s++) {
    const end = doc.sentEnd[s]!;
    for (let i = doc.sentStart[s]!; i < end; i++) {
      // leaderAt only reads capitalised words: an ASCII first character other than A-Z is none.
      const c = doc.form[i]!.charCodeAt(0);
      if (c < 65 || (c > 90 && c < 128)) continue;
      const b = leaderAt(doc.form, doc.lower, i, end);
      if (b === null) continue;
      while (k < tagged.length && tagged[k]!.tokEnd <= i) k++;
      const t = tagged[k];
      const overlaps = t !== undefined && t.tokStart < b;
      // A person span the tagger cut short inside the leader's name ("Theresa" of "Theresa May stepped
      // down", where it read "May" as the modal) gives way to the whole name; others stand.
      const cutShort = overlaps && t.type === 'PER' && t.tokStart >= i && t.tokEnd < b && (tagged[k + 1]?.tokStart ?? b) >= b;
      if (overlaps && !cutShort && (t.type === 'PER' || t.tokStart < i || t.tokEnd > b)) continue;
      out ??= tagged.slice();
      const at = out.indexOf(t as EntitySpan);
      const span: EntitySpan = { tokStart: i, tokEnd: b, type: 'PER', score: 0.9 };
      if (overlaps && at >= 0) out[at] = span;
      else {
        let j = 0;
        while (j < out.length && out[j]!.tokStart < i) j++;
        out.splice(j, 0, span);
      }
      i = b - 1;
    }
  }
  return out ?? tagged;
}

function coverOf(spans: NameSpan[], n: number): Int32Array {
  const cover = int32sOf(n, -1);
  spans.forEach((s, k) => cover.fill(k, s.a, s.b));
  return cover;
}
