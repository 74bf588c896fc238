// Mentions stage: persons (with their titles), organisations, countries, places, demonyms, titles,
// nominal agents and pronouns. Order of recognition (each step only takes free tokens):
//   1. name spans: dictionary (countries, demonyms, organisations, agencies, month names), the
//      trained tagger, capitalised organisation names with a head noun;
//   2. title phrases (which may swallow a qualifying country and a following name) and agents;
//   3. the remaining name spans; 4. the place gazetteer; 5. capitalised runs not yet explained;
//   6. repeated surnames of persons already found; 7. pronouns.
import { countries } from '../kb/countries.js';
import { WordGate } from '../kb/gate.js';
import { lexicon, type Lexicon } from '../kb/lexicon.js';
import { wordSet } from '../kb/words.js';
import { POS, type Doc } from '../nlp/doc.js';
import { gazetteer, placeKey } from '../place/data.js';
import { isFirstName } from '../kb/first-names.js';
import { readDataJson } from '../kb/data.js';
import { candidatesOf, isDesignated, lookupName } from '../place/candidates.js';
import { saintBeforePossessive, spotPlaces } from '../place/gazetteer.js';
import type { MentionKind } from '../schema.js';
import type { Source } from '../source/types.js';
import type { EntitySpan } from '../tagger/index.js';
import { complementAfter, findAgents, findTitles, type Phrase } from './roles.js';
import { isCap, LARGE_TOWN, nameJoinAt, nameSpans, type NameSpan, type SpanIndex } from './spans.js';
import type { Mention } from './types.js';
import { int32sOf, int8s, uint8s } from '../slab.js';

export type { Mention } from './types.js';

/**
 * Mentions stage: persons, organisations, countries, places, demonyms, titles, agents, pronouns.
 * `tagged`: the entity tagger's spans when the caller ran it already (see `tagEntities`).
 */
export function findMentions(doc: Doc, source: Source, tagged?: EntitySpan[]): Mention[] {
  const n = doc.length;
  if (n === 0) return [];
  const lex = lexicon();
  const idx = nameSpans(doc, tagged);
  const taken = uint8s(n);
  const out: Mention[] = [];
  const agency = source.meta.agency;
  for (const s of idx.spans) {
    // The reporting agency ("Trend reports", "(Reuters)") is the story's source, not a participant:
    // neither where it is credited nor anywhere else in the story.
    const atCredit = agency !== null && doc.start[s.a]! < agency.span[1] && doc.end[s.b - 1]! > agency.span[0];
    if (s.type === 'AGENCY' && (atCredit || s.canonical === agency?.name)) {
      taken.fill(1, s.a, s.b);
      // Still a name of the text (an organisation to entity recognition), but one that never
      // founds an actor.
      const m = fromSpan(doc, lex, s, null);
      if (m !== null) {
        m.nested = true;
        out.push(m);
      }
    }
  }

  const phrases: Phrase[] = [];
  findTitles(doc, idx, taken, phrases);
  findAgents(doc, idx, taken, phrases);
  for (const p of phrases) {
    out.push(fromPhrase(doc, p));
    for (const s of p.nested) {
      const m = fromSpan(doc, lex, s, null);
      if (m === null) continue;
      m.nested = true;
      m.refersToCountry = false;
      out.push(m);
    }
  }

  const g = gazetteer();
  for (const s of idx.spans) {
    if (s.type === 'SKIP' || anyTaken(taken, s.a, s.b)) continue;
    // A road cut off before its number ("County Road" of "County Road 42", "Highway" of "Highway 82") is
    // left to the place spotter, which reads the whole road.
    if ((s.type === 'ORG' || s.type === 'MISC' || s.type === 'PER' || s.type === 'LOC') && s.b < doc.length && g.numberedWords.has(doc.lower[s.b - 1]!) && isDigit(doc.form[s.b]!)) continue;
    if (nationalGroup(doc, lex, idx, taken, s, out)) continue;
    const m = fromSpan(doc, lex, s, taken);
    if (m === null) continue;
    const governs = s.type === 'METONYM' ? capitalListGoverns(doc, lex, idx, s) : null;
    if (governs !== null && governs !== m.refersToCountry) {
      m.refersToCountry = governs;
      m.sector = governs ? 'GOV' : s.sector;
    }
    if (m.kind === 'person') affiliationAfterName(doc, idx, taken, m, out);
    // "the Azerbaijani Foreign Ministry", "Iran's Foreign Ministry": the country is the ministry's.
    if (s.qualifies === true) {
      m.nested = true;
      m.refersToCountry = false;
    }
    out.push(m);
  }

  for (const p of spotPlaces(doc, taken)) {
    if (anyTaken(taken, p.tokStart, p.tokEnd)) continue;
    const m = mention(doc, p.tokStart, p.tokEnd, p.kind, 'gazetteer', p.score);
    out.push(m);
    taken.fill(1, p.tokStart, p.tokEnd);
  }

  nestedPlaces(doc, out, taken);
  describedOrganisations(doc, out);
  capitalisedRuns(doc, lex, idx, taken, out);
  repeatedNames(doc, idx, taken, out);
  appositiveOrganisations(doc, out);
  pronouns(doc, lex, taken, out);
  joinedPlaces(doc, out);
  placeCommaState(doc, out);
  partyHomes(doc, lex, out);
  unsupportedPlaces(doc, lex, out);
  surnamesNotPlaces(doc, lex, out);
  directionOutsideName(doc, out);
  diseaseNames(doc, out);
  basedPlaces(doc, out);
  out.sort((x, y) => x.start - y.start || y.end - x.end);
  abbreviationsDefined(doc, out);
  possessorCountries(doc, out);
  return out;
}

/**
 * "China's Taiwan Affairs Office", "Russia's Ukraine envoy": a body or post owned by a country is that
 * country's, not the one a place inside its name names (Taiwan, Ukraine: its domain). Only for names the
 * knowledge base does not code. `out` is sorted by position.
 */
function possessorCountries(doc: Doc, out: Mention[]): void {
  let owner: Mention | null = null;
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.nested === true) continue;
    const p = owner;
    owner = m;
    if (p === null || p.kind !== 'country' || p.country === null || p.tokEnd + 1 !== m.tokStart) continue;
    if (!POSSESSIVES.has(doc.lower[p.tokEnd]!) || (m.kind !== 'organisation' && m.kind !== 'title') || m.code != null) continue;
    if (m.country === null || m.country === p.country) continue;
    // The name's country must come from a place inside it, not from the name itself.
    const inner = out[i + 1];
    if (inner === undefined || inner.nested !== true || inner.tokStart < m.tokStart || inner.tokEnd > m.tokEnd) continue;
    if (inner.kind !== 'country' && inner.kind !== 'place' && inner.kind !== 'demonym') continue;
    m.country = p.country;
  }
}

/**
 * "Sudan's paramilitary Rapid Support Forces (RSF) ... The RSF denied": an abbreviation the story
 * defines in brackets right after a name whose words it abbreviates is that name wherever the story
 * uses it, whatever the knowledge base knows by the same letters (RSF is also Reporters Without
 * Borders). `out` is sorted by position.
 */
function abbreviationsDefined(doc: Doc, out: Mention[]): void {
  let defs: Map<string, Mention> | null = null;
  for (let i = 0; i + 1 < out.length; i++) {
    const long = out[i]!;
    const short = out[i + 1]!;
    if (long.kind !== 'organisation' || long.nested === true || short.tokStart !== long.tokEnd + 1 || short.tokEnd >= doc.length) continue;
    if (doc.form[long.tokEnd] !== '(' || doc.form[short.tokEnd] !== ')' || short.tokEnd - short.tokStart !== 1) continue;
    const abbr = short.text;
    if (!abbreviates(abbr, long.text)) continue;
    // A name the knowledge base knows by these very letters ("Kurdistan Workers' Party (PKK)") needs nothing.
    if (short.name !== null && short.name === long.name) continue;
    // The knowledge base knows the letters, as the letters themselves ("OECD") or by a name the text
    // spells another way ("Gulf Co-operation Council (GCC)", "Government Accounting Office (GAO)"), and
    // not the long name: the same body, which the long name joins. A long name it knows wins ("the
    // African Development Bank (ADB)" is not the Asian one).
    if (long.code == null && short.code != null && short.name !== null && (short.name === abbr || sharesWords(long.text, short.name))) {
      adoptIdentity(long, short);
      continue;
    }
    (defs ??= new Map()).set(abbr, long);
  }
  defs = abbreviationsByInitials(out, defs);
  if (defs === null) return;
  for (const m of out) {
    if (m.nested === true || m.tokEnd - m.tokStart !== 1) continue;
    const long = defs.get(m.text);
    if (long === undefined || m.start < long.start) continue;
    // The same actor as the long name (which comes first and founds it): nothing the knowledge base
    // says of the letters, and no country of its own (the letters name none, so they claim none in
    // their sentence either).
    m.kind = long.kind;
    // A hard-wrapped long name reads as one line.
    m.name = long.name ?? long.text.replace(/\s+/g, ' ');
    m.code = long.code ?? null;
    m.country = null;
    m.sector = long.sector;
    m.actorKind = long.actorKind ?? null;
  }
}

/** The long name of a body takes the knowledge base's identity of its letters. */
function adoptIdentity(long: Mention, letters: Mention): void {
  long.name = letters.name;
  long.code = letters.code;
  long.sector = letters.sector;
  long.country = letters.country;
}

/**
 * "Sudan's paramilitary Rapid Support Forces shelled ... The army accused the RSF": wire copy often uses
 * the letters without defining them. Letters that are exactly the initials of an organisation the story
 * named before (every capitalised word, in order) stand for it, unless the story also names the body
 * the knowledge base knows by those letters, or two organisations of the story share the initials.
 * Returns `defs` with these added (letters defined in brackets keep their definition).
 */
function abbreviationsByInitials(out: readonly Mention[], defs: Map<string, Mention> | null): Map<string, Mention> | null {
  let byInitials: Map<string, Mention | null> | null = null;
  let named: Set<string> | null = null;
  for (const m of out) {
    if (m.kind !== 'organisation' || m.nested === true) continue;
    if (m.tokEnd - m.tokStart < 2) continue;
    if (m.name !== null) (named ??= new Set()).add(m.name);
    const initials = initialsOf(m.text);
    if (initials === null) continue;
    const seen = (byInitials ??= new Map()).get(initials);
    // Two organisations of one story with the same initials: the letters name neither for sure.
    if (seen === undefined) byInitials.set(initials, m);
    else if (seen !== null && seen.text !== m.text && seen.name !== m.name) byInitials.set(initials, null);
  }
  if (byInitials === null) return defs;
  for (const m of out) {
    if (m.nested === true || m.tokEnd - m.tokStart !== 1 || defs?.has(m.text) === true) continue;
    const long = byInitials.get(m.text);
    if (long === undefined || long === null || m.start < long.end) continue;
    // The knowledge base's body of these letters is the same as the long name's, or the story names it
    // too; two letters it knows (EC, UN, AU) are too common to be taken from a story's initials alone.
    if (m.name !== null && (m.name === long.name || named?.has(m.name) === true)) continue;
    if (m.code != null && m.text.length < 3 && m.name !== m.text) continue;
    // The knowledge base knows the letters by a name the story spells another way ("Organisation for
    // Economic Cooperation and Development" ... "OECD"): the long name joins that body, as in brackets.
    if (long.code == null && m.code != null && m.name !== null && (m.name === m.text || sharesWords(long.text, m.name))) {
      adoptIdentity(long, m);
      continue;
    }
    (defs ??= new Map()).set(m.text, long);
  }
  return defs;
}

/**
 * The initials of a name's capitalised words ("Rapid Support Forces" -> "RSF", "Islamic State of Iraq
 * and the Levant" -> "ISIL", "Hayat Tahrir al-Sham" -> "HTS"), or null when fewer than two words are
 * capitalised or a word is written in capitals itself (a name that holds letters already).
 */
function initialsOf(name: string): string | null {
  let initials = '';
  for (const word of name.split(/\s+/)) {
    const m = /[A-Z]/.exec(word);
    if (m === null) continue;
    if (word.length > 1 && word === word.toUpperCase() && /[A-Z]{2}/.test(word)) return null;
    initials += m[0];
  }
  return initials.length >= 2 ? initials : null;
}

/** Words that join the parts of a name ("of", "the", "and": function-words name_connectors). */
const NAME_CONNECTORS = wordSet('name_connectors');

/** Do at least half the content words of `known` (words of three letters or more) occur in `text`? */
function sharesWords(text: string, known: string): boolean {
  const have = new Set(text.toLowerCase().split(/[^a-z]+/));
  let words = 0;
  let shared = 0;
  for (const w of known.toLowerCase().split(/[^a-z]+/)) {
    if (w.length < 3 || NAME_CONNECTORS.has(w)) continue;
    words++;
    if (have.has(w)) shared++;
  }
  return words > 0 && 2 * shared >= words;
}

/**
 * Do the capitals of `abbr` ("RSF", "ISIL", "HTS") stand for the capitalised words of `name`, in order
 * ("Rapid Support Forces", "Islamic State of Iraq and the Levant", "Hayat Tahrir al-Sham")? Each letter
 * must be the first capital of a word, the first letter that of the first word; words may be skipped
 * after that ("the Democratic Forces for the Liberation of Rwanda (FDLR)" is left to the knowledge base).
 */
function abbreviates(abbr: string, name: string): boolean {
  const letters = abbr.replace(/[^A-Z]/g, '');
  if (letters.length < 2 || letters.length !== abbr.replace(/[^A-Za-z]/g, '').length) return false;
  const initials: string[] = [];
  for (const word of name.split(/[\s]+/)) {
    const m = /[A-Z]/.exec(word);
    if (m !== null) initials.push(m[0]);
  }
  if (initials[0] !== letters[0]) return false;
  let k = 0;
  for (const c of initials) if (k < letters.length && c === letters[k]) k++;
  return k === letters.length;
}

interface SectorPhraseFile {
  organisationDescriptors: SectorPhraseGroup[];
  organisationAppositives: SectorPhraseGroup[];
}

interface SectorPhraseGroup {
  forms: string[];
  sector: string | null;
}

/** Lower-case phrases ("news agency", "non-profit") -> sector (null: unknown), and the most tokens of one. */
interface SectorPhrases {
  sectors: Map<string, string | null>;
  longest: number;
}

function sectorPhrases(groups: readonly SectorPhraseGroup[]): SectorPhrases {
  const sectors = new Map<string, string | null>();
  let longest = 0;
  for (const d of groups) {
    for (const f of d.forms) {
      sectors.set(f, d.sector);
      // A hyphen is a token of its own ("non - profit").
      longest = Math.max(longest, f.split(/[ -]/).length * 2 - 1);
    }
  }
  return { sectors, longest };
}

let descriptors: SectorPhrases | null = null;
let appositives: SectorPhrases | null = null;

function organisationDescriptors(): SectorPhrases {
  return (descriptors ??= sectorPhrases(readDataJson<SectorPhraseFile>('agents.json').organisationDescriptors));
}

function organisationAppositives(): SectorPhrases {
  return (appositives ??= sectorPhrases(readDataJson<SectorPhraseFile>('agents.json').organisationAppositives));
}

/** Most tokens (adjectives such as "state-owned", "semi-official") between a nationality and the descriptor. */
const DESCRIPTOR_GAP = 4;

/**
 * "state-owned Iranian news agency Fars", "oil company Aramco": the common noun right before an
 * organisation's name the knowledge base does not code says what it is (agents.json
 * organisationDescriptors): its sector, and a demonym or country a few adjectives before it, its country.
 */
function describedOrganisations(doc: Doc, out: Mention[]): void {
  namesAfterDescriptors(doc, out);
  descriptorAgents(doc, out);
  let pending = false;
  for (const m of out) if (m.kind === 'organisation' && m.sector === null && m.code == null && m.nested !== true) pending = true;
  if (!pending) return;
  const descriptors = organisationDescriptors();
  for (const m of out) {
    if (m.kind !== 'organisation' || m.sector !== null || m.code != null || m.nested === true) continue;
    const sa = doc.sentStart[doc.sentOf[m.tokStart]!]!;
    const d = phraseBefore(doc, m.tokStart, sa, descriptors);
    if (d === null) continue;
    m.sector = d.sector;
    if (m.country === null) m.country = nationalityBefore(doc, out, d.from, sa);
  }
}

/** The longest phrase of `table` that ends right before token `end` and starts at `sa` or later: its start and sector, or null. */
function phraseBefore(doc: Doc, end: number, sa: number, table: SectorPhrases): { from: number; sector: string | null } | null {
  let found: { from: number; sector: string | null } | null = null;
  let phrase = '';
  for (let n = 1; n <= table.longest && end - n >= sa; n++) {
    phrase = n === 1 ? doc.lower[end - 1]! : doc.lower[end - n]! + ' ' + phrase;
    const sector = table.sectors.get(phrase);
    if (sector !== undefined) found = { from: end - n, sector };
  }
  return found;
}

/**
 * The country of a demonym or country a few adjectives before token `from` ("state-owned Iranian news
 * agency", "U.S. chipmaker"), or null. That mention qualifies the name after the descriptor and founds
 * no actor of its own ("U.S. chipmaker Nvidia warned" has one source).
 */
function nationalityBefore(doc: Doc, out: Mention[], from: number, sa: number): string | null {
  let country: string | null = null;
  // The nationality before it, past adjectives and hyphenated modifiers ("state-owned", "semi-official").
  for (const o of out) {
    if ((o.kind !== 'demonym' && o.kind !== 'country') || o.country === null || o.tokEnd > from || o.tokEnd < from - DESCRIPTOR_GAP || o.tokStart < sa) continue;
    let plain = true;
    for (let k = o.tokEnd; k < from && plain; k++) plain = doc.pos[k] === POS.ADJ || doc.form[k] === '-' || (doc.pos[k] !== POS.VERB && doc.pos[k] !== POS.PUNCT && doc.lower[k] === doc.form[k]);
    if (!plain) continue;
    country = o.country;
    o.nested = true;
    o.refersToCountry = false;
  }
  return country;
}

/**
 * "Iranian airline Mahan Air", "U.S. chipmaker Nvidia": a bare name right after a noun that names a kind
 * of organisation (agents.json organisationAppositives, which leave out the trades of persons: 'miner',
 * 'carrier') is that organisation, also where the tagger read a person; not a name that opens with a
 * first name ("broadcaster David Attenborough"). The same name elsewhere in the story is the same
 * organisation.
 */
function namesAfterDescriptors(doc: Doc, out: Mention[]): void {
  /** Converted name (and, below, its first words) -> the organisation's sector and whole name. */
  let converted: Map<string, { sector: string | null; name: string }> | null = null;
  const heads = organisationAppositives();
  for (const m of out) {
    if (m.kind !== 'person' || m.nested === true || m.code != null || !convertible(m) || isFirstName(doc.lower[m.tokStart]!)) continue;
    const sa = doc.sentStart[doc.sentOf[m.tokStart]!]!;
    const d = phraseBefore(doc, m.tokStart, sa, heads);
    if (d === null) continue;
    toOrganisation(m, d.sector);
    m.country = nationalityBefore(doc, out, d.from, sa);
    (converted ??= new Map()).set(m.text, { sector: d.sector, name: m.text });
  }
  if (converted === null) return;
  // Later mentions by the whole name or its first words ("Mahan Air" ... "Mahan has been") name it.
  for (const [text, org] of [...converted]) {
    for (let sp = text.indexOf(' '); sp > 0; sp = text.indexOf(' ', sp + 1)) if (!converted.has(text.slice(0, sp))) converted.set(text.slice(0, sp), org);
  }
  for (const m of out) {
    if (m.nested === true || m.kind !== 'person' || !convertible(m)) continue;
    const org = converted.get(m.text);
    if (org === undefined) continue;
    toOrganisation(m, org.sector);
    m.name = org.name;
  }
}

/**
 * "the men's rights group National Coalition for Men", "the aid agency Oxfam": a descriptor noun that
 * is also an agent ("a rights group said") names no second actor right before the organisation it
 * describes; its mention stays, nested, as the organisation's description.
 */
function descriptorAgents(doc: Doc, out: Mention[]): void {
  let agents: Mention[] | null = null;
  for (const m of out) if (m.kind === 'agent' && m.nested !== true) (agents ??= []).push(m);
  if (agents === null) return;
  const descriptors = organisationDescriptors();
  for (const m of out) {
    if (m.kind !== 'organisation' || m.nested === true) continue;
    const sa = doc.sentStart[doc.sentOf[m.tokStart]!]!;
    // The longest descriptor ending right before the name ("armed group", "jihadist group").
    const d = phraseBefore(doc, m.tokStart, sa, descriptors);
    if (d === null) continue;
    // The agent that is (or ends inside) the descriptor: "the rights group", "Nigerian jihadist" of
    // "Nigerian jihadist group Boko Haram".
    for (const g of agents) if (g.tokEnd > d.from && g.tokEnd <= m.tokStart && g.tokStart >= sa) g.nested = true;
  }
}

/** Most tokens between the article of an apposition and its head ("an athletic equipment company"). */
const APPOSITIVE_GAP = 6;
let appositiveArticles: ReadonlySet<string> | null = null;
/** The articles that open an organisation's apposition (agents.json appositiveDeterminers). */
function appositiveDeterminers(): ReadonlySet<string> {
  return (appositiveArticles ??= new Set(readDataJson<{ appositiveDeterminers: string[] }>('agents.json').appositiveDeterminers));
}

/**
 * "Nike, an athletic equipment company,", "Milltech Marine, a firm based in ...", "Acme Corp, a unit
 * of X": an indefinite apposition whose head (agents.json organisationAppositives) closes its phrase
 * says the name before it is an organisation, also where the tagger read a person or a miscellaneous
 * name; its sector comes with it. The same name elsewhere in the story is the same organisation.
 */
function appositiveOrganisations(doc: Doc, out: Mention[]): void {
  let converted: Map<string, string | null> | null = null;
  for (const m of out) {
    if (m.nested === true || !convertible(m)) continue;
    const t = m.tokEnd;
    if (t + 2 >= doc.length || doc.form[t] !== ',' || !appositiveDeterminers().has(doc.lower[t + 1]!)) continue;
    const sent = doc.sentOf[m.tokStart];
    if (doc.sentOf[t + 2] !== sent) continue;
    const found = appositiveHead(doc, t + 2, sent!);
    if (found === undefined) continue;
    toOrganisation(m, found);
    (converted ??= new Map()).set(m.text, found);
  }
  if (converted === null) return;
  for (const m of out) {
    if (m.nested === true || m.kind !== 'person' || !convertible(m)) continue;
    const sector = converted.get(m.text);
    if (sector !== undefined) toOrganisation(m, sector);
  }
}

/** A name the apposition may retype: a bare person's name, a miscellaneous name, an organisation of no known sector. */
function convertible(m: Mention): boolean {
  // Not a person named with an affiliation ("Chris Fallows of Apex Shark Expeditions, a company ..."):
  // the apposition is about the affiliation.
  if (m.kind === 'person') return m.title === null && m.country === null && m.gender == null && m.nameStart === m.start && m.nameEnd === m.end;
  if (m.kind === 'misc') return true;
  return m.kind === 'organisation' && m.sector === null && m.code == null;
}

/** The sector of the apposition head that closes the phrase starting at `from`, or undefined for none. */
function appositiveHead(doc: Doc, from: number, sent: number): string | null | undefined {
  const { sectors, longest } = organisationAppositives();
  for (let k = from; k < doc.length && k < from + APPOSITIVE_GAP && doc.sentOf[k] === sent; k++) {
    const form = doc.form[k]!;
    const pos = doc.pos[k];
    if (form !== '-' && (form !== doc.lower[k] || pos === POS.PUNCT || pos === POS.ADP || pos === POS.DET || pos === POS.CCONJ || pos === POS.PRON)) return undefined;
    // The head closes the phrase: not "a company spokeswoman", "a bank teller".
    const next = k + 1 < doc.length && doc.sentOf[k + 1] === sent ? k + 1 : -1;
    if (next >= 0 && (doc.form[next] === '-' || doc.pos[next] === POS.NOUN || doc.pos[next] === POS.PROPN)) continue;
    for (let j = Math.max(from, k - longest + 1); j <= k; j++) {
      let phrase = doc.lower[j]!;
      for (let q = j + 1; q <= k; q++) phrase += doc.form[q] === '-' || doc.form[q - 1] === '-' ? doc.lower[q]! : ' ' + doc.lower[q]!;
      const sector = sectors.get(phrase);
      if (sector !== undefined) return sector;
    }
    // A modifier before the head ("privately-held", "wholly owned"); any other word ends the search.
    if (pos !== POS.ADJ && pos !== POS.ADV && pos !== POS.VERB && pos !== POS.NUM) return undefined;
  }
  return undefined;
}

function toOrganisation(m: Mention, sector: string | null): void {
  if (m.kind === 'person') {
    m.name = m.text;
    m.nameStart = null;
    m.nameEnd = null;
  } else if (m.name === null) m.name = m.text;
  m.kind = 'organisation';
  m.actorKind = 'organisation';
  m.number = 'sg';
  m.sector = sector;
}

/**
 * Places joined by a hyphen ("Logan-Rogersville", "Fargo-Moorhead", "Athens-Clarke County", the
 * "Lebanon-Syria" treaty) are each a place: a name the tagger took whole is split into one place
 * mention per part when every part is a place name and the whole is none ("Guinea-Bissau",
 * "Winston-Salem" stay one). A place mention (or a person's after a locative: "in Fargo-Moorhead") is
 * replaced by its parts; an organisation or miscellaneous name keeps its mention and gets the parts as
 * nested places.
 */
function joinedPlaces(doc: Doc, out: Mention[]): void {
  const g = gazetteer();
  const parts: number[] = [];
  const add: Mention[] = [];
  for (let k = 0; k < out.length; k++) {
    const m = out[k]!;
    // A person only after a locative: "in Fargo-Moorhead" (not "Smith-Jones said").
    const person = m.kind === 'person' && m.tokStart > 0 && lexicon().locatives.has(doc.lower[m.tokStart - 1]!);
    if (m.nested === true || (m.kind !== 'place' && m.kind !== 'country' && m.kind !== 'misc' && m.kind !== 'organisation' && !person)) continue;
    parts.length = 0;
    let from = m.tokStart;
    for (let t = m.tokStart + 1; t + 1 < m.tokEnd; t++) {
      if (doc.form[t] !== '-' || doc.end[t - 1] !== doc.start[t] || doc.end[t] !== doc.start[t + 1]) continue;
      parts.push(from, t);
      from = t + 1;
    }
    if (parts.length === 0) continue;
    parts.push(from, m.tokEnd);
    if (lookupName(m.text, g).length > 0) continue;
    let all = true;
    for (let p = 0; p < parts.length && all; p += 2) {
      const a = parts[p]!;
      const b = parts[p + 1]!;
      const raw = doc.text.slice(doc.start[a]!, doc.end[b - 1]!);
      all = isCap(doc.form[a]!) && b - a <= 3 && !g.notPlaces.has(placeKey(raw)) && (lookupName(raw, g).length > 0 || (b - a > 1 && isDesignated(raw, g)));
    }
    if (!all) continue;
    const whole = m.kind === 'place' || m.kind === 'country' || person;
    for (let p = 0; p < parts.length; p += 2) {
      const raw = doc.text.slice(doc.start[parts[p]!]!, doc.end[parts[p + 1]! - 1]!);
      const country = lookupName(raw, g).some((id) => g.entry(id).kind === 'country');
      const part = mention(doc, parts[p]!, parts[p + 1]!, country ? 'country' : 'place', 'gazetteer', m.confidence);
      if (!whole) {
        part.nested = true;
        part.refersToCountry = false;
      }
      add.push(part);
    }
    if (whole) out.splice(k--, 1);
  }
  out.push(...add);
}

/**
 * Place names inside organisation names ("Texas Department of Health", "Richmond Police Department")
 * locate the organisation: emit them as nested place mentions (no actor) so the place layer resolves
 * them. Only organisation tokens are opened to the spotter; persons and titles stay masked.
 */
function nestedPlaces(doc: Doc, out: Mention[], taken: Uint8Array): void {
  let orgs = 0;
  for (const m of out) if (m.kind === 'organisation') orgs++;
  if (orgs === 0) return;
  const g = gazetteer();
  const mask = uint8s(taken.length);
  mask.set(taken);
  const orgOf = int32sOf(doc.length, -1);
  // Nested organisations too: "Bill Graves of the Ohio Department of Development" (the person's
  // organisation is a mention nested in the person's).
  out.forEach((m, k) => {
    if (m.kind !== 'organisation') return;
    for (let t = m.tokStart; t < m.tokEnd; t++) {
      mask[t] = 0;
      orgOf[t] = k;
    }
  });
  for (const p of spotPlaces(doc, mask)) {
    const k = orgOf[p.tokStart]!;
    if (k < 0 || orgOf[p.tokEnd - 1] !== k) continue;
    const org = out[k]!;
    if (p.tokStart === org.tokStart && p.tokEnd === org.tokEnd) continue;
    // A newspaper's name ("the Los Angeles Times", "Washington Post") names no place of the story.
    if (p.tokEnd < org.tokEnd && g.newspaperWords.has(doc.lower[p.tokEnd]!)) continue;
    const m = mention(doc, p.tokStart, p.tokEnd, p.kind, 'gazetteer', p.score * 0.9);
    m.nested = true;
    m.refersToCountry = false;
    out.push(m);
  }
}

/**
 * "Iraqi Kurds", "Bosnian Serbs": a nationality right before a plural demonym used as a noun makes one
 * group of that country whose ethnicity is the demonym's; the nationality becomes a nested mention.
 */
function nationalGroup(doc: Doc, lex: Lexicon, idx: SpanIndex, taken: Uint8Array, s: NameSpan, out: Mention[]): boolean {
  if ((s.type !== 'DEMONYM' && s.type !== 'COUNTRY') || s.country === null || s.ethnic !== undefined || s.b >= doc.length) return false;
  const k = idx.startsAt[s.b]!;
  const t = k >= 0 ? idx.spans[k]! : null;
  if (t === null || t.type !== 'DEMONYM' || doc.sentOf[t.a] !== doc.sentOf[s.a] || anyTaken(taken, t.a, t.b)) return false;
  const g = fromSpan(doc, lex, t, null);
  if (g === null || g.actorKind !== 'group') return false;
  const outer = fromSpan(doc, lex, s, null)!;
  outer.nested = true;
  outer.refersToCountry = false;
  const m = mention(doc, s.a, t.b, 'demonym', s.via, Math.min(s.score, t.score));
  m.country = s.country;
  m.ethnicity = g.ethnicity;
  m.number = 'pl';
  m.actorKind = 'group';
  taken.fill(1, s.a, t.b);
  out.push(m, outer);
  return true;
}

const QUOTES = new Set(['"', '“', "'", '‘']);

/**
 * "King Hassan of Morocco", "Sheikh Hamad of Qatar": a person named with "of COUNTRY" after the name
 * is of that country ("of ORGANISATION": of its code); the country or organisation becomes a nested
 * mention of the person's.
 */
function affiliationAfterName(doc: Doc, idx: SpanIndex, taken: Uint8Array, m: Mention, out: Mention[]): void {
  const sentence = doc.sentOf[m.tokStart]!;
  const se = doc.sentEnd[sentence]!;
  // Not "the Kim Kardashian of Pakistan" (a comparison), nor "Perdue of Georgia" (a name that is also a US state's).
  let k = m.tokStart - 1;
  if (k >= 0 && QUOTES.has(doc.form[k]!)) k--;
  if (k >= 0 && doc.sentOf[k] === sentence && (doc.lower[k] === 'the' || doc.lower[k] === 'a')) return;
  const c = complementAfter(doc, idx, taken, m.tokEnd, se, true);
  if (c === null) return;
  // "Kenneth Roth of Human Rights Watch", "Martin Smith of PBS": a person of a named organisation
  // or agency is coded as the organisation (CAMEO codes its people with its code).
  const body = c.type === 'ORG' || c.type === 'AGENCY';
  if (!body && (c.type !== 'COUNTRY' || countries().isAmbiguous(doc.text.slice(doc.start[c.a]!, doc.end[c.b - 1]!)))) return;
  m.country = c.country;
  if (body) {
    m.sector = c.sector;
    m.code = c.code;
  }
  m.tokEnd = c.b;
  m.end = doc.end[c.b - 1]!;
  m.text = doc.text.slice(m.start, m.end);
  taken.fill(1, c.a, c.b);
  const nested = mention(doc, c.a, c.b, body ? 'organisation' : 'country', c.via, c.score);
  nested.country = c.country;
  nested.name = body ? (c.canonical ?? doc.text.slice(doc.start[c.a]!, doc.end[c.b - 1]!)) : (c.place?.name ?? null);
  nested.nested = true;
  if (body) {
    nested.sector = c.sector;
    nested.code = c.code;
  } else nested.refersToCountry = false;
  out.push(nested);
}

const TOWN_PREPOSITIONS = wordSet('town_prepositions');
const COMPASS_WORDS = wordSet('compass_words');
const METRO_WORDS = wordSet('metro_words');
const DISEASE_NOUNS = wordSet('disease_nouns');
const BASE_WORDS = wordSet('base_words');
const PLACE_GOALS = wordSet('place_goal_prepositions');
const GOAL_EXCEPTIONS = wordSet('place_goal_exceptions');
const SITE_NOUNS = wordSet('site_nouns');
const PLACE_ADJECTIVES = wordSet('place_adjectives');

/**
 * "Washington, D.C." taken whole by the tagger is a place and its state, two toponyms (as "Paris,
 * Texas"): a place mention with one comma between two known place names becomes two place mentions.
 */
function placeCommaState(doc: Doc, out: Mention[]): void {
  const g = gazetteer();
  const n = out.length;
  for (let k = 0; k < n; k++) {
    const m = out[k]!;
    if (m.kind !== 'place' || m.nested === true || m.tokEnd - m.tokStart < 3) continue;
    let comma = -1;
    for (let t = m.tokStart + 1; t < m.tokEnd - 1; t++) if (doc.form[t] === ',') comma = comma < 0 ? t : -2;
    if (comma < 0) continue;
    const left = doc.text.slice(doc.start[m.tokStart]!, doc.end[comma - 1]!);
    const right = doc.text.slice(doc.start[comma + 1]!, doc.end[m.tokEnd - 1]!);
    if (lookupName(left, g).length === 0 || lookupName(right, g).length === 0) continue;
    const second = mention(doc, comma + 1, m.tokEnd, 'place', m.via, m.confidence);
    m.tokEnd = comma;
    m.end = doc.end[comma - 1]!;
    m.text = left;
    m.name = null;
    out.push(second);
  }
}

/** Tokens of a legislator's home after the party letter, at most. */
const MAX_HOME_TOKENS = 6;
/** What may close a legislator's home: the apposition's end, or the next legislator ("D-Story City and Rep. ..."). */
const HOME_ENDS = new Set([',', ')', ';', '.', 'and']);
const POSTAL_CODE = /^[A-Z]{2}$/;

/**
 * A legislator's party and home after the name ("Sen. Bob Casey, D-Pa.,", "Tom Bakk, DFL-Cook,", "(R-Ocilla)")
 * name the home as a place, whatever the tagger made of them (a person "R-Westfield", an organisation
 * "McDowell", nothing for "D-N.D."): the home becomes one place mention.
 */
function partyHomes(doc: Doc, lex: Lexicon, out: Mention[]): void {
  let dropped: Set<Mention> | null = null;
  for (let i = 1; i + 2 < doc.length; i++) {
    if (!lex.partyLetters.has(doc.form[i]!) || doc.form[i + 1] !== '-' || doc.end[i] !== doc.start[i + 1] || doc.end[i + 1] !== doc.start[i + 2]) continue;
    if (doc.form[i - 1] !== ',' && doc.form[i - 1] !== '(') continue;
    // Not a postal code ("Henry Waxman (D-CA)"): those are read only after "City," (see the spotter).
    if (!isCap(doc.form[i + 2]!) || POSTAL_CODE.test(doc.form[i + 2]!)) continue;
    // The home runs to the comma, parenthesis or semicolon that closes the apposition.
    let k = i + 3;
    let dotted = false;
    while (k < doc.length && k - i - 2 < MAX_HOME_TOKENS) {
      // "N.D.", "W. Va.": an abbreviation's inner period.
      if (doc.form[k] === '.' && doc.start[k] === doc.end[k - 1] && k + 1 < doc.length && isCap(doc.form[k + 1]!)) dotted = true;
      else if (HOME_ENDS.has(doc.lower[k]!) || !isCap(doc.form[k]!)) break;
      k++;
    }
    if (k >= doc.length || !HOME_ENDS.has(doc.lower[k]!)) continue;
    // The period of an abbreviated state is the home's ("D-Pa.", "D-N.D."), not a sentence's ("D-McDowell.").
    if (doc.form[k] === '.' && doc.start[k] === doc.end[k - 1] && (dotted || doc.form[k - 1]!.length <= 2)) k++;
    let inside = true;
    let exists = false;
    for (const m of out) {
      if (m.tokEnd <= i || m.tokStart >= k) continue;
      if (m.tokStart < i || m.tokEnd > k) inside = false;
      if (m.tokStart === i + 2 && m.tokEnd === k && (m.kind === 'place' || m.kind === 'country')) exists = true;
    }
    if (!inside || exists) continue;
    for (const m of out) if (m.tokEnd > i && m.tokStart < k) (dropped ??= new Set()).add(m);
    const home = mention(doc, i + 2, k, 'place', 'pattern', 0.8);
    home.name = home.text;
    out.push(home);
    i = k;
  }
  if (dropped !== null) removeMentions(out, dropped);
}

/**
 * A name the tagger reads as a place but that no gazetteer knows and that the text does not mark as a
 * place is most often something else named like one: a disease ("Salmonella", "Marburg"), a drug, a
 * brand, a faith, a person ("Holroyd"). Place marks: a locative or "to" before it ("in Akuressa",
 * "between Clairmont and ...", "drive to Townmead"), a place noun before it ("the village of Prisi",
 * "the capital Grozny") or after it ("the Somme region"), a feature or street word in it ("Lake
 * Hartwell", "Swat Valley"), a site noun after it ("the Jenin camp", "the al-Ram checkpoint") or a
 * list it shares with a place ("Nuli and Avnevi", "Kampungu, Makonono, Kaluamba and Mombo").
 * Unmarked, it is a person when it starts with an honorific ("Ms. Odell"), else it is dropped (as a
 * miscellaneous name it cost CoNLL more than it gained). A saint's name before a possessive ("St.
 * Patrick's Day") is dropped too.
 */
function unsupportedPlaces(doc: Doc, lex: Lexicon, out: Mention[]): void {
  const g = gazetteer();
  // 1 at the first token of a place mention that is known or marked, 2 at its last (3: both).
  let placeAt: Int8Array | null = null;
  let unmarked: Mention[] | null = null;
  /** Facilities and saints' days: dropped whatever marks them as places. */
  let notToponyms: Set<Mention> | null = null;
  const n = out.length;
  for (let i = 0; i < n; i++) {
    const m = out[i]!;
    if ((m.kind !== 'place' && m.kind !== 'country') || m.nested === true) continue;
    if (m.kind === 'place' && m.via === 'tagger' && townBeforeInstitution(doc, g, m, out)) continue;
    // "Mercy Hospital", "Lincoln Elementary School", "the Ford Amphitheatre": a facility the tagger reads as a
    // place and the gazetteer does not know is no toponym (regions.json facilityWords).
    const facility = m.kind === 'place' && m.via === 'tagger' && m.tokEnd - m.tokStart > 1 && g.facilityWords.has(doc.lower[m.tokEnd - 1]!) && lookupName(m.text, g).length === 0;
    if (facility || (m.kind === 'place' && saintBeforePossessive(doc, m.tokStart, m.tokEnd, g))) {
      (notToponyms ??= new Set()).add(m);
      continue;
    }
    const known = candidatesOf(m.text, g, true).ids.length > 0 || (m.name !== null && m.name !== m.text && lookupName(m.name, g).length > 0);
    if (m.kind === 'place' && m.via === 'tagger' && !known && !placeMarked(doc, lex, g, m.tokStart, m.tokEnd)) {
      (unmarked ??= []).push(m);
      continue;
    }
    placeAt ??= int8s(doc.length);
    placeAt[m.tokStart]! |= 1;
    placeAt[m.tokEnd - 1]! |= 2;
  }
  if (unmarked === null && notToponyms === null) return;
  let dropped: Set<Mention> | null = notToponyms;
  if (unmarked === null) unmarked = [];
  // One sense per story: a name marked as a place once ("the village of Mahala") is one everywhere.
  const placeNames = new Set<string>();
  for (const m of out) if ((m.kind === 'place' || m.kind === 'country') && m.nested !== true && !unmarked.includes(m)) placeNames.add(m.text);
  for (const m of unmarked) {
    if (placeNames.has(m.text) || (placeAt !== null && listedWithPlace(doc, placeAt, m.tokStart, m.tokEnd))) continue;
    if (m.tokEnd - m.tokStart > 1 && lex.honorifics.has(doc.lower[m.tokStart]!)) {
      m.kind = 'person';
      setName(doc, m, m.tokStart + 1, m.tokEnd);
    } else (dropped ??= new Set()).add(m);
  }
  if (dropped !== null) removeMentions(out, dropped);
}

/**
 * A direction before a state or province that is no name of its own ("North Texas", "Northeast
 * Georgia", "Western Massachusetts"; not "West Virginia", which the gazetteer knows whole) only narrows
 * it: the toponym is the state's name (as LGL marks it). So is "Metro" or "Metropolitan" before a city
 * ("Metropolitan Atlanta"). The direction is left out of the place mention. Countries and world
 * regions keep it ("South China", "North Caucasus": CoNLL marks the whole name).
 */
function directionOutsideName(doc: Doc, out: Mention[]): void {
  let g: ReturnType<typeof gazetteer> | null = null;
  for (const m of out) {
    if (m.kind !== 'place' || m.nested === true || m.tokEnd - m.tokStart < 2) continue;
    const first = doc.lower[m.tokStart]!;
    const compass = COMPASS_WORDS.has(first);
    if (!compass && !METRO_WORDS.has(first)) continue;
    const a = m.tokStart + 1;
    if (!isCap(doc.form[a]!) || doc.start[a] === doc.end[m.tokStart]) continue;
    g ??= gazetteer();
    if (g.lookup(placeKey(m.text)).length > 0) continue;
    const rest = doc.text.slice(doc.start[a]!, m.end);
    const ids = g.lookup(placeKey(rest));
    if (compass ? !ids.some((id) => g!.entry(id).kind === 'admin1') : ids.length === 0 || !ids.every((id) => g!.entry(id).kind === 'city')) continue;
    m.tokStart = a;
    m.start = doc.start[a]!;
    m.text = rest;
    if (m.nameStart !== null && m.nameStart < m.start) m.nameStart = m.start;
  }
}

/**
 * A place name right before a disease noun names the disease or its agent ("the Reston ebolavirus",
 * "Rift Valley fever", "Minamata disease"), not a place of the story: the mention becomes a
 * miscellaneous name.
 */
function diseaseNames(doc: Doc, out: Mention[]): void {
  for (const m of out) {
    if ((m.kind !== 'place' && m.kind !== 'country') || m.nested === true || m.tokEnd >= doc.length || !DISEASE_NOUNS.has(doc.form[m.tokEnd]!)) continue;
    m.kind = 'misc';
    m.name = m.text;
    m.country = null;
  }
}

/**
 * A known place glued by a hyphen to a word of where something is based ("Houston-based",
 * "Toronto-based", "Gainesville-area") inside a miscellaneous or organisation name is a toponym of the
 * story: both dev sets mark it. The name stays whole (CoNLL labels "Houston-based" one MISC); the place
 * is a mention nested in it.
 */
function basedPlaces(doc: Doc, out: Mention[]): void {
  const n = out.length;
  let g: ReturnType<typeof gazetteer> | null = null;
  for (let i = 0; i < n; i++) {
    const m = out[i]!;
    if ((m.kind !== 'misc' && m.kind !== 'organisation') || m.nested === true) continue;
    for (let k = m.tokStart + 2; k < m.tokEnd; k++) {
      if (!BASE_WORDS.has(doc.lower[k]!) || doc.form[k - 1] !== '-' || doc.start[k] !== doc.end[k - 1] || doc.start[k - 1] !== doc.end[k - 2]) continue;
      let a = k - 2;
      while (a > m.tokStart && isCap(doc.form[a - 1]!)) a--;
      if (!isCap(doc.form[a]!)) break;
      const raw = doc.text.slice(doc.start[a]!, doc.end[k - 2]!);
      g ??= gazetteer();
      if (lookupName(raw, g).length === 0 || countries().byDemonym(raw) !== null) break;
      const p = mention(doc, a, k - 1, 'place', 'gazetteer', m.confidence * 0.9);
      p.nested = true;
      p.refersToCountry = false;
      out.push(p);
      break;
    }
  }
}

let nameSuffixSet: ReadonlySet<string> | null = null;
/** Name suffixes that follow a surname ("Martin Luther King Jr."; names.json nameSuffixes). */
function nameSuffixes(): ReadonlySet<string> {
  return (nameSuffixSet ??= new Set(readDataJson<{ nameSuffixes: string[] }>('names.json').nameSuffixes));
}
export const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * A one-word place mention that is the surname of a person the story names in full ("Elizabeth
 * Fairfield ... Fairfield's lawyers", "Tyrise M. Bell ... chased Bell") is that person, unless the story
 * writes the name as a place somewhere (after a locative and before no possessive, "in Greer"; before a
 * comma and a state or country; before its town government, "Roswell police"): one sense per story.
 * A two-word place mention opened by a known first name that is no place name ("Jordan Dyer") is a
 * person too.
 */
function surnamesNotPlaces(doc: Doc, lex: Lexicon, out: Mention[]): void {
  let surnames: Set<string> | null = null;
  const g = gazetteer();
  for (const m of out) {
    if (m.kind === 'place' && m.nested !== true && m.tokEnd - m.tokStart === 2 && isFirstName(doc.lower[m.tokStart]!) && isCap(doc.form[m.tokStart + 1]!) && lookupName(m.text, g).length === 0 && lookupName(doc.form[m.tokStart + 1]!, g).length > 0) {
      m.kind = 'person';
      setName(doc, m, m.tokStart, m.tokEnd);
    }
    if (m.kind !== 'person' || m.nameStart === null) continue;
    // Only a name of capitalised words ("Tyrise M. Bell"; not "Worobey of the University of Arizona").
    // A person's name for sure: a known first name or an initial before the surname, or three words
    // ("Rotor Volgograd", a club the tagger took for a person, names no Mr. Volgograd).
    let last = -1;
    let names = 0;
    let personal = false;
    for (let t = m.tokStart; t < m.tokEnd; t++) {
      if (doc.start[t]! < m.nameStart) continue;
      const f = doc.form[t]!;
      if (!isCap(f)) {
        names = 0;
        break;
      }
      if (names === 0) personal = isFirstName(doc.lower[t]!);
      personal ||= f.length === 2 && f[1] === '.';
      names++;
      if (!nameSuffixes().has(doc.lower[t]!)) last = t;
    }
    if ((names >= 3 || (names === 2 && personal)) && last >= 0 && doc.form[last]!.length > 2) (surnames ??= new Set()).add(doc.lower[last]!);
  }
  if (surnames === null) return;
  let candidates: Mention[] | null = null;
  for (const m of out) {
    if ((m.kind !== 'place' && m.kind !== 'organisation') || m.nested === true || m.tokEnd - m.tokStart !== 1 || !surnames.has(doc.lower[m.tokStart]!)) continue;
    const f = doc.form[m.tokStart]!;
    // A state or country is no surname here ("Arizona"), a dateline's capitals no person.
    if (f === f.toUpperCase() || lookupName(m.text, g).some((id) => g.entry(id).kind !== 'city')) continue;
    (candidates ??= []).push(m);
  }
  if (candidates === null) return;
  const placeUse = new Set<string>();
  for (let k = 0; k < doc.length; k++) {
    const w = doc.lower[k]!;
    if (!surnames.has(w) || placeUse.has(w)) continue;
    const possessive = k + 1 < doc.length && POSSESSIVES.has(doc.lower[k + 1]!);
    const prev = k > 0 && doc.sentOf[k - 1] === doc.sentOf[k] ? doc.lower[k - 1]! : '';
    // "in Greer", not "in Flores' honor" nor "in Fairfield hearing" (the person's case).
    const modifier = k + 2 < doc.length && doc.pos[k + 1] === POS.NOUN && (doc.pos[k + 2] === POS.NOUN || doc.pos[k + 2] === POS.PUNCT);
    const located = !possessive && !modifier && lex.locatives.has(prev);
    const stated = k + 2 < doc.length && doc.form[k + 1] === ',' && isCap(doc.form[k + 2]!) && regionAt(doc, k + 2);
    const governed = k + 1 < doc.length && g.municipalWords.has(doc.lower[k + 1]!);
    if (located || stated || governed) placeUse.add(w);
  }
  for (const m of candidates) {
    if (placeUse.has(doc.lower[m.tokStart]!)) continue;
    m.kind = 'person';
    m.country = null;
    setName(doc, m, m.tokStart, m.tokEnd);
  }
}


/**
 * A tagger place name that opens with a known place and goes on with words of an institution
 * (`institutionWords`: "Paris Community Hospital", "Dublin City Council", "Newark Live Bait") names the
 * institution, which is in that place: the name becomes an organisation and the place a mention nested
 * in it. A name ending in a feature, street or designator word stays whole ("Naugatuck River", "Malta
 * Road", "Shawnee Park"), and so does a town named with a place ("Tennessee Colony", "Ridge Farm").
 */
function townBeforeInstitution(doc: Doc, g: ReturnType<typeof gazetteer>, m: Mention, out: Mention[]): boolean {
  const last = doc.lower[m.tokEnd - 1]!;
  if (m.tokEnd - m.tokStart < 2 || g.featureWords.has(last) || g.designators.has(last) || lookupName(m.text, g).length > 0) return false;
  let institution = false;
  for (let k = m.tokStart + 1; k < m.tokEnd; k++) {
    if (!isCap(doc.form[k]!)) return false;
    institution ||= g.institutionWords.has(doc.lower[k]!);
  }
  if (!institution) return false;
  for (let k = m.tokEnd - 1; k > m.tokStart; k--) {
    // Not a direction alone ("West Kasai"), nor past the institution's first word.
    if (g.institutionWords.has(doc.lower[k - 1]!)) break;
    const raw = doc.text.slice(doc.start[m.tokStart]!, doc.end[k - 1]!);
    if (candidatesOf(raw, g, false).ids.length === 0 || g.notPlaces.has(placeKey(raw)) || COMPASS_WORDS.has(doc.lower[k - 1]!)) continue;
    m.kind = 'organisation';
    m.name = m.text;
    m.actorKind = 'organisation';
    m.number = 'sg';
    const p = mention(doc, m.tokStart, k, 'place', 'gazetteer', m.confidence * 0.9);
    p.nested = true;
    p.refersToCountry = false;
    out.push(p);
    return true;
  }
  return false;
}

/** Does the text around [a, b) mark it as a place (see unsupportedPlaces)? */
function placeMarked(doc: Doc, lex: Lexicon, g: ReturnType<typeof gazetteer>, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (g.featureWords.has(doc.lower[k]!) || g.streetWords.has(doc.lower[k]!)) return true;
  const sentence = doc.sentOf[a]!;
  if (a > 0 && doc.sentOf[a - 1] === sentence) {
    const prev = doc.lower[a - 1]!;
    if (lex.locatives.has(prev) || TOWN_PREPOSITIONS.has(prev) || lex.placeNouns.has(prev) || PLACE_ADJECTIVES.has(prev)) return true;
    // "at the Oval"
    if (prev === 'the' && a > 1 && doc.sentOf[a - 2] === sentence && lex.locatives.has(doc.lower[a - 2]!)) return true;
    // "drive to Townmead", not "according to Wikipedia".
    if (PLACE_GOALS.has(prev) && (a < 2 || !GOAL_EXCEPTIONS.has(doc.lower[a - 2]!))) return true;
    if (prev === 'of' && a > 1 && lex.placeNouns.has(doc.lower[a - 2]!)) return true;
  }
  if (b >= doc.length || doc.sentOf[b] !== sentence) return false;
  if (lex.placeNouns.has(doc.lower[b]!) || SITE_NOUNS.has(doc.lower[b]!)) return true;
  // "Longyear is a town in mourning", "Mahala is a Moslem village".
  if (doc.lower[b] !== 'is' && doc.lower[b] !== 'was') return false;
  for (let k = b + 1; k < Math.min(b + 5, doc.length) && doc.sentOf[k] === sentence; k++) if (lex.placeNouns.has(doc.lower[k]!) || SITE_NOUNS.has(doc.lower[k]!)) return true;
  return false;
}

/** Is [a, b) in a list or pair with a place ("Nuli and Avnevi", "Rogaland, Vestfold, ...")? */
function listedWithPlace(doc: Doc, placeAt: Int8Array, a: number, b: number): boolean {
  const sep = (k: number): boolean => doc.lower[k] === ',' || doc.lower[k] === 'and' || doc.lower[k] === 'or';
  if (a > 1 && sep(a - 1) && (placeAt[a - 2]! & 2) !== 0) return true;
  return b + 1 < doc.length && sep(b) && (placeAt[b + 1]! & 1) !== 0;
}

/** A name the tagger calls a person that ends in a building word ("Evin Prison", "LaGuardia Airport"): a thing (misc), no actor. */
function buildingName(doc: Doc, s: NameSpan): boolean {
  return s.type === 'PER' && s.code === null && s.b - s.a >= 2 && gazetteer().buildingWords.has(doc.lower[s.b - 1]!);
}

/**
 * A name of two or more words the gazetteer knows only as a sea, strait or other region ("Gulf of Oman",
 * "Strait of Malacca"), which the tagger may take for an organisation: a place, never an actor.
 */
function regionName(doc: Doc, a: number, b: number): boolean {
  if (b - a < 2) return false;
  const g = gazetteer();
  const ids = g.lookup(placeKey(doc.text.slice(doc.start[a]!, doc.end[b - 1]!)));
  return ids.length > 0 && ids.every((id) => g.entry(id).kind === 'region');
}

/**
 * Is [a, b) the name of a large town or a state, in a place context: after a preposition of place
 * ("in", "between"), or before a comma and a country or state ("Ciudad Juárez, Mexico")?
 */
function townInContext(doc: Doc, a: number, b: number): boolean {
  const sentence = doc.sentOf[a]!;
  // Not before a possessive: "in Richardson's usual place", "the properties in Oldham's portfolio".
  const possessive = b < doc.length && (doc.lower[b] === "'s" || doc.lower[b] === '’s');
  const before = !possessive && a > 0 && doc.sentOf[a - 1] === sentence && TOWN_PREPOSITIONS.has(doc.lower[a - 1]!) && doc.pos[a - 1] === POS.ADP;
  const after = b + 1 < doc.length && doc.form[b] === ',' && doc.sentOf[b + 1] === sentence && isCap(doc.form[b + 1]!) && regionAt(doc, b + 1);
  if (!before && !after) return false;
  const g = gazetteer();
  for (const id of g.lookup(placeKey(doc.text.slice(doc.start[a]!, doc.end[b - 1]!)))) {
    const e = g.entry(id);
    if ((e.kind === 'city' && e.population >= LARGE_TOWN) || e.kind === 'admin1') return true;
  }
  return false;
}

/** Does a country or state name (one or two words) start at token k? */
function regionAt(doc: Doc, k: number): boolean {
  const g = gazetteer();
  for (let n = 1; n <= 2 && k + n <= doc.length; n++) {
    for (const id of g.lookup(placeKey(doc.text.slice(doc.start[k]!, doc.end[k + n - 1]!)))) {
      const kind = g.entry(id).kind;
      if (kind === 'country' || kind === 'admin1') return true;
    }
  }
  return false;
}

/** Remove the `dropped` mentions from `out`, in place, keeping the order of the rest. */
function removeMentions(out: Mention[], dropped: ReadonlySet<Mention>): void {
  let w = 0;
  for (const m of out) if (!dropped.has(m)) out[w++] = m;
  out.length = w;
}

function isDigit(form: string): boolean {
  const c = form.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function anyTaken(taken: Uint8Array, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (taken[i] === 1) return true;
  return false;
}

function mention(doc: Doc, a: number, b: number, kind: MentionKind, via: string, confidence: number): Mention {
  const start = doc.start[a]!;
  const end = doc.end[b - 1]!;
  return {
    start, end, tokStart: a, tokEnd: b, text: doc.text.slice(start, end), kind, name: null, nameStart: null, nameEnd: null,
    country: null, sector: null, title: null, ethnicity: null, via, confidence,
  };
}

function setName(doc: Doc, m: Mention, a: number, b: number): void {
  m.nameStart = doc.start[a]!;
  m.nameEnd = doc.end[b - 1]!;
  m.name = doc.text.slice(m.nameStart, m.nameEnd);
}

function fromPhrase(doc: Doc, p: Phrase): Mention {
  const m = mention(doc, p.a, p.b, p.kind, 'pattern', p.confidence);
  if (p.na >= 0) setName(doc, m, p.na, p.nb);
  else if (p.label !== null) m.name = p.label;
  m.country = p.country;
  m.sector = p.sector;
  m.title = p.title;
  m.ethnicity = p.demonym;
  m.code = p.code;
  m.classes = p.classes;
  m.gender = p.gender;
  m.number = p.number;
  m.refersToCountry = p.refersToCountry;
  m.refersToOrg = p.refersToOrg;
  m.actorKind = p.actorKind;
  m.head = p.head;
  return m;
}

function fromSpan(doc: Doc, lex: Lexicon, s: NameSpan, taken: Uint8Array | null): Mention | null {
  let kind: MentionKind;
  // The tagger reads a town as a person or organisation now and then ("between El Paso and Ciudad
  // Juárez, Mexico"): where the context says place, a large town of that name is one. A building the
  // tagger takes for a person is a named thing, no actor.
  const type = (s.type === 'PER' || s.type === 'ORG') && s.code === null && (townInContext(doc, s.a, s.b) || regionName(doc, s.a, s.b)) ? 'LOC' : buildingName(doc, s) ? 'MISC' : s.type;
  switch (type) {
    case 'PER':
      kind = 'person';
      break;
    case 'ORG':
    case 'AGENCY':
      kind = 'organisation';
      break;
    case 'LOC':
    case 'METONYM':
      kind = 'place';
      break;
    case 'COUNTRY':
      kind = 'country';
      break;
    case 'DEMONYM':
      kind = 'demonym';
      break;
    case 'MISC':
      kind = 'misc';
      break;
    default:
      return null;
  }
  let a = s.a;
  let gender: 'm' | 'f' | null = null;
  if (kind === 'person' && taken !== null && a > 0 && taken[a - 1] === 0 && doc.sentOf[a - 1] === doc.sentOf[a] && lex.honorifics.has(doc.lower[a - 1]!)) {
    a--;
    gender = lex.honorifics.get(doc.lower[a]!) ?? null;
  }
  const m = mention(doc, a, s.b, kind, s.via, s.score);
  if (taken !== null) taken.fill(1, a, s.b);
  m.gender = gender;
  m.country = s.country;
  m.sector = s.sector;
  m.code = s.code;
  if (kind === 'person') setName(doc, m, s.a, s.b);
  else if (s.canonical !== null) m.name = s.canonical;
  else if (kind === 'organisation' || kind === 'misc') m.name = m.text;
  else if (s.place !== null && (kind === 'country' || kind === 'place')) m.name = s.place.name;
  if (kind === 'demonym' && (s.place !== null || s.ethnic !== undefined)) {
    m.ethnicity = s.ethnic ?? s.place!.demonym;
    // A plural demonym used as a noun ("Armenians", "Kurds") names a group of people.
    const last = doc.form[s.b - 1]!;
    if (doc.pos[s.b - 1] !== POS.ADJ && last.endsWith('s') && last !== m.ethnicity) {
      m.number = 'pl';
      m.actorKind = 'group';
    }
  }
  const locative = s.a > 0 && doc.sentOf[s.a - 1] === doc.sentOf[s.a] && lex.locatives.has(doc.lower[s.a - 1]!) && doc.pos[s.a - 1] === POS.ADP;
  if (s.type === 'METONYM' && !locative && s.b < doc.length && doc.sentOf[s.b] === doc.sentOf[s.a]) {
    // "Washington said", "the Kremlin denied", "Beirut again rejected": the capital stands for the government.
    const v = doc.pos[s.b] === POS.ADV && s.b + 1 < doc.length && doc.sentOf[s.b + 1] === doc.sentOf[s.a] ? s.b + 1 : s.b;
    const p = doc.pos[v]!;
    if (p === POS.VERB || p === POS.AUX) {
      m.refersToCountry = true;
      m.sector = 'GOV';
    }
  }
  if (kind === 'organisation') {
    m.actorKind = 'organisation';
    m.number = 'sg';
  }
  return m;
}

/**
 * Whether a capital stands for its government by the list it is in or the phrase it opens. A verb
 * after the last of coordinated capitals and countries speaks for all of them ("Tokyo and Seoul
 * condemned the launch": fromSpan sees the verb after Seoul only); so does a 'from' phrase on a noun
 * of reaction or communication (names.json metonymSourceNouns: "drew condemnation from Seoul,
 * Washington and Tokyo", "criticism from Beijing"; not "a flight from Beijing"). A list joins its
 * members with commas and a last 'and' / 'or'; one after a preposition is a list of places ("talks in
 * Tokyo and Seoul continued"). Null: the list says nothing either way.
 */
function capitalListGoverns(doc: Doc, lex: Lexicon, idx: SpanIndex, s: NameSpan): boolean | null {
  const sent = doc.sentOf[s.a]!;
  const listed = (k: number): NameSpan | null => {
    const t = k >= 0 ? idx.spans[k]! : null;
    return t !== null && (t.type === 'METONYM' || t.type === 'COUNTRY') && doc.sentOf[t.a] === sent ? t : null;
  };
  const conj = (k: number): boolean => doc.lower[k] === 'and' || doc.lower[k] === 'or';
  let first = s;
  let last = s;
  /** The joins of the list from left to right: true for 'and' / 'or', false for a comma. */
  const joins: boolean[] = [];
  for (;;) {
    let k = first.a - 1;
    if (k < 1) break;
    const and = conj(k);
    if (!and && doc.form[k] !== ',') break;
    k--;
    if (and && doc.form[k] === ',') k--;
    const t = k >= 0 ? listed(idx.endsAt[k]!) : null;
    if (t === null) break;
    joins.unshift(and);
    first = t;
  }
  for (;;) {
    let k = last.b;
    if (k + 1 >= doc.length) break;
    let and = conj(k);
    if (!and && doc.form[k] !== ',') break;
    k++;
    if (!and && conj(k)) {
      and = true;
      k++;
    }
    const t = k < doc.length ? listed(idx.startsAt[k]!) : null;
    if (t === null) break;
    joins.push(and);
    last = t;
  }
  const isList = joins.length > 0 && joins[joins.length - 1] === true && joins.slice(0, -1).every((j) => !j);
  if (!isList) {
    first = s;
    last = s;
  }
  const before = first.a - 1;
  if (before >= 1 && doc.lower[before] === 'from' && lex.metonymSourceNouns.has(doc.lower[before - 1]!)) return true;
  // (nor is a capital or list in any other prepositional phrase the subject of the verb after it: "trade
  // between Helsinki and Moscow is growing", "relations with Moscow have improved"; a clause opener
  // wink tags as a preposition is none: "after Washington lifted the restrictions")
  if (before >= 0 && doc.sentOf[before] === sent && doc.pos[before] === POS.ADP && !lex.subordinators.has(doc.lower[before]!)) return false;
  if (last === s || last.b >= doc.length || doc.sentOf[last.b] !== sent) return null;
  const v = doc.pos[last.b] === POS.ADV && last.b + 1 < doc.length && doc.sentOf[last.b + 1] === sent ? last.b + 1 : last.b;
  return doc.pos[v] === POS.VERB || doc.pos[v] === POS.AUX ? true : null;
}

/**
 * Capitalised runs no recognizer explained. A run after a locative preposition or before a place
 * noun ("the Karabakh region") is a place; a run of two or more proper nouns, or one after an
 * honorific, is a person (low confidence; the tagger normally decides these).
 */
function capitalisedRuns(doc: Doc, lex: Lexicon, idx: SpanIndex, taken: Uint8Array, out: Mention[]): void {
  for (let s = 0; s < doc.sentStart.length; s++) {
    const sa = doc.sentStart[s]!;
    const se = doc.sentEnd[s]!;
    let i = sa;
    while (i < se) {
      if (!runToken(doc, idx, taken, i, sa)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < se && j - i < 6) {
        if (runToken(doc, idx, taken, j, sa)) j++;
        else {
          const k = nameJoinAt(doc, lex, idx, taken, j, se);
          if (k === j) break;
          j = k;
        }
      }
      const prev = i > sa ? doc.lower[i - 1]! : '';
      const next = j < se ? doc.lower[j]! : '';
      const honorific = i > sa && taken[i - 1] === 0 && lex.honorifics.has(prev);
      let m: Mention | null = null;
      if (honorific) {
        m = mention(doc, i - 1, j, 'person', 'pattern', 0.7);
        m.gender = lex.honorifics.get(prev) ?? null;
        setName(doc, m, i, j);
        taken[i - 1] = 1;
      } else if (idx.tagged) {
        // The tagger saw these words and found no name: trust it.
      } else if (lex.placeNouns.has(next) || (lex.locatives.has(prev) && doc.pos[i - 1] === POS.ADP)) {
        m = mention(doc, i, j, 'place', 'pattern', 0.5);
        m.name = m.text;
      } else if (j - i >= 2) {
        m = mention(doc, i, j, 'person', 'pattern', 0.4);
        setName(doc, m, i, j);
      }
      if (m !== null) {
        out.push(m);
        taken.fill(1, i, j);
      }
      i = j;
    }
  }
}

function runToken(doc: Doc, idx: SpanIndex, taken: Uint8Array, i: number, sa: number): boolean {
  if (taken[i] === 1 || idx.shouting[i] === 1 || idx.cover[i]! >= 0) return false;
  const f = doc.form[i]!;
  if (!isCap(f) || f.length < 2) return false;
  const p = doc.pos[i]!;
  if (i === sa) return p === POS.PROPN;
  return p === POS.PROPN || p === POS.NOUN || p === POS.X;
}

/** Surnames and first names of persons already found, repeated alone ("Aliyev said"). */
function repeatedNames(doc: Doc, idx: SpanIndex, taken: Uint8Array, out: Mention[]): void {
  const known = new Set<string>();
  for (const m of out) {
    if (m.kind !== 'person' || m.nameStart === null) continue;
    for (let t = m.tokStart; t < m.tokEnd; t++) {
      if (doc.start[t]! >= m.nameStart && doc.form[t]!.length > 2 && isCap(doc.form[t]!) && doc.pos[t] === POS.PROPN) known.add(doc.form[t]!);
    }
  }
  if (known.size === 0) return;
  const gate = new WordGate(known);
  for (let i = 0; i < doc.length; i++) {
    if (taken[i] === 1 || idx.cover[i]! >= 0 || doc.pos[i] !== POS.PROPN || !gate.may(doc.form[i]!) || !known.has(doc.form[i]!) || idx.shouting[i] === 1) continue;
    let j = i + 1;
    while (j < doc.length && taken[j] === 0 && known.has(doc.form[j]!) && doc.sentOf[j] === doc.sentOf[i]) j++;
    const m = mention(doc, i, j, 'person', 'coreference', 0.6);
    setName(doc, m, i, j);
    out.push(m);
    taken.fill(1, i, j);
    i = j - 1;
  }
}

function pronouns(doc: Doc, lex: Lexicon, taken: Uint8Array, out: Mention[]): void {
  for (let i = 0; i < doc.length; i++) {
    const p = doc.pos[i]!;
    if (taken[i] === 1 || (p !== POS.PRON && p !== POS.DET)) continue;
    const w = doc.lower[i]!;
    const def = lex.pronounWords.may(w) ? lex.pronouns.get(w) : undefined;
    if (def === undefined) continue;
    const m = mention(doc, i, i + 1, 'pronoun', 'pattern', 0.6);
    m.number = def.number;
    m.gender = def.gender;
    m.pronounCase = def.case;
    out.push(m);
  }
}
