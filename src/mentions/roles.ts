// Titles and nominal agents. A title phrase is [det] [country|organisation ['s]] [modifiers] TITLE
// [of [the] COUNTRY|ORGANISATION] [Name]: with a name it makes a person mention, without one a
// title mention ("the head of state", "the Azerbaijani leader"). An agent phrase is [det]
// [modifiers, demonyms, country names] AGENT-NOUN [of COUNTRY] ("illegal Armenian armed forces").
import { countries } from '../kb/countries.js';
import { lexicon, type AgentDef, type Lexicon, type TitleDef } from '../kb/lexicon.js';
import { newMatch, type TokenTrie, type TrieMatch } from '../kb/trie.js';
import { wordSet } from '../kb/words.js';
import { POS, type Doc } from '../nlp/doc.js';
import { leaderNamed } from '../actors/leaders.js';
import { gazetteer, placeKey } from '../place/data.js';
import { isCap, nameJoinAt, type NameSpan, type SpanIndex } from './spans.js';

/** A recognised phrase before it becomes a Mention. */
export interface Phrase {
  a: number;
  b: number;
  kind: 'person' | 'title' | 'agent';
  /** Name tokens [na, nb) for persons, else -1. */
  na: number;
  nb: number;
  country: string | null;
  /** Demonym's country when a demonym (not a country name) qualified the phrase. */
  demonym: string | null;
  sector: string | null;
  code: string | null;
  title: string | null;
  classes: readonly string[] | null;
  gender: 'm' | 'f' | null;
  number: 'sg' | 'pl';
  refersToCountry: boolean;
  /** A definite "the company" that refers back to an organisation. */
  refersToOrg: boolean;
  actorKind: 'person' | 'group' | 'organisation' | null;
  /** Head noun phrase of an agent without determiner ("Armenian armed forces"). */
  label: string | null;
  /** Lowercase head noun(s) of an agent ("armed forces"), for clustering. */
  head: string | null;
  /** Name spans inside the phrase (its qualifying country, demonym or organisation). */
  nested: NameSpan[];
  confidence: number;
}

/** Sectors of state bodies: a demonym on them names their country, not an ethnic group. */
const STATE_SECTORS = new Set(['GOV', 'COP', 'JUD', 'LEG', 'SPY']);

const titleMatch = newMatch<TitleDef>();
const agentMatch = newMatch<AgentDef>();
const modMatch = newMatch<string>();

interface Qualifier {
  a: number;
  /** The name span that qualified the phrase (nested mention), or null. */
  span: NameSpan | null;
  /** A demonym inside the qualifier that names the ethnicity ("Kurdish" in "Iraqi Kurdish rebels"), or null. */
  inner: NameSpan | null;
  /** Sector of a qualifying organisation ("Taliban" in "Taliban fighters"). */
  orgSector: string | null;
  country: string | null;
  demonym: string | null;
  sector: string | null;
  code: string | null;
  det: boolean;
  modified: boolean;
  /** Start of a place noun's possessive before the phrase ("the city's mayor"), when there is one. */
  placePossessor?: number;
}

/**
 * Read the qualifiers in front of token `i` (exclusive): sector words, modifiers, one country or
 * organisation (optionally with 's), a determiner. Stops at taken tokens and sentence start.
 */
function qualifiersBefore(doc: Doc, lex: Lexicon, idx: SpanIndex, taken: Uint8Array, i: number, sa: number, allowAdj: boolean): Qualifier {
  const q: Qualifier = { a: i, span: null, inner: null, orgSector: null, country: null, demonym: null, sector: null, code: null, det: false, modified: false };
  let p = i;
  while (p > sa && taken[p - 1] === 0) {
    // "Lebanon's parliament elected army commander Joseph Aoun": a verb after a common noun or a pronoun
    // is the clause's verb, and the words before it are its subject, not the title's modifiers
    // ("the newly elected president", "Iran-backed militias" keep theirs).
    if (doc.pos[p - 1] === POS.VERB && p - 2 >= sa && (doc.pos[p - 2] === POS.NOUN || doc.pos[p - 2] === POS.PRON)) break;
    let k = idx.endsAt[p - 1]!;
    if (k >= 0 && idx.spans[k]!.type === 'SKIP') k = -1;
    if (k >= 0 && q.country === null) {
      const s = idx.spans[k]!;
      // A state or province ("New Jersey governor", "Ontario police") places the phrase in its country
      // (the tagger reads a state before a title as an organisation now and then: "Texas Governor").
      const division = s.type === 'LOC' || (s.type === 'ORG' && s.country === null && s.code === null) ? divisionCountry(doc, s.a, s.b) : null;
      if (division !== null) {
        s.type = 'LOC';
        q.span = s;
        q.country = division;
        p = s.a;
        q.a = p;
        q.modified = true;
        continue;
      }
      // "Serbian Labour Minister": the tagger's misc name that opens with a nationality qualifies like it.
      const nationalMisc = s.type === 'MISC' && s.inner !== null && (s.inner.type === 'DEMONYM' || s.inner.type === 'COUNTRY') && s.country !== null;
      if (nationalMisc) {
        q.span = s;
        q.country = s.country;
        p = s.a;
        q.a = p;
        q.modified = true;
        continue;
      }
      if (s.type === 'COUNTRY' || s.type === 'DEMONYM' || s.type === 'METONYM' || s.type === 'ORG') {
        takeQualifier(q, s);
        p = s.a;
        q.a = p;
        q.modified = true;
        // "Iraqi Kurdish rebels", "Bosnian Serb forces": a nationality right before a demonym gives the
        // country, the demonym the ethnicity.
        const o = s.type === 'DEMONYM' && p > sa && taken[p - 1] === 0 ? idx.endsAt[p - 1]! : -1;
        const outer = o >= 0 ? idx.spans[o]! : null;
        if (outer !== null && (outer.type === 'DEMONYM' || outer.type === 'COUNTRY') && outer.country !== null && outer.ethnic === undefined) {
          q.inner = s;
          q.span = outer;
          q.country = outer.country;
          p = outer.a;
          q.a = p;
        }
        continue;
      }
      break;
    }
    if (doc.form[p - 1] === "'s" && p - 2 >= sa && q.country === null) {
      const k2 = idx.endsAt[p - 2]!;
      const s = k2 >= 0 ? idx.spans[k2]! : null;
      // A demonym before 's is its country's name ("Myanmar's military government": the word is both).
      if (s !== null && (s.type === 'COUNTRY' || s.type === 'ORG' || s.type === 'METONYM' || s.type === 'DEMONYM') && taken[s.a] === 0) {
        takeQualifier(q, s);
        p = s.a;
        q.a = p;
        q.modified = true;
        q.det = true;
        break;
      }
      // "the city's mayor", "the region's governor": a place noun's possessive determines the title.
      if (s === null && lex.placePossessors.has(doc.form[p - 2]!)) q.placePossessor = p - 3 >= sa && lex.determiners.has(doc.lower[p - 3]!) && doc.pos[p - 3] === POS.DET ? p - 3 : p - 2;
      break;
    }
    if (k >= 0) break;
    const w = doc.lower[p - 1]!;
    // "the Saudi-led coalition", "NATO-led forces": the leader's country or organisation.
    if (p - 3 >= sa && q.country === null && lex.leadVerbs.has(w) && doc.form[p - 2] === '-' && doc.end[p - 3] === doc.start[p - 2] && doc.end[p - 2] === doc.start[p - 1]) {
      const k3 = idx.endsAt[p - 3]!;
      const s = k3 >= 0 ? idx.spans[k3]! : null;
      if (s !== null && taken[s.a] === 0 && (s.type === 'COUNTRY' || s.type === 'DEMONYM' || s.type === 'ORG')) {
        takeQualifier(q, s);
        // a leader names no ethnicity of the group it leads
        q.demonym = null;
        p = s.a;
        q.a = p;
        q.modified = true;
        continue;
      }
    }
    // "thousands of people", "hundreds of thousands of demonstrators": the count is the determiner.
    const counted = w === 'of' ? countBefore(doc, lex, p - 1, sa) : -1;
    if (counted >= 0) {
      q.det = true;
      q.modified = true;
      q.a = counted;
      break;
    }
    if (lex.determiners.has(w) && (doc.pos[p - 1] === POS.DET || doc.pos[p - 1] === POS.PRON || doc.pos[p - 1] === POS.NUM || doc.pos[p - 1] === POS.ADJ || doc.pos[p - 1] === POS.NOUN)) {
      q.det = true;
      q.a = p - 1;
      break;
    }
    // "the 27-nation bloc", "the 193-member world body", "a six-party coalition": a count glued to a noun
    // by a hyphen is a modifier.
    // (its noun may say the sector: "the five-party coalition")
    if (p - 3 >= sa && doc.pos[p - 3] === POS.NUM && doc.form[p - 2] === '-' && doc.end[p - 3] === doc.start[p - 2] && doc.end[p - 2] === doc.start[p - 1] && doc.pos[p - 1] === POS.NOUN) {
      if (q.sector === null && lex.sectorModifiers.longest(doc.lower, p - 1, p, modMatch) > 0) q.sector = modMatch.value!;
      p -= 3;
      q.a = p;
      q.modified = true;
      continue;
    }
    const m = lex.sectorModifiers.longest(doc.lower, p - 1, p, modMatch);
    if (m > 0) {
      if (q.sector === null) q.sector = modMatch.value!;
      p--;
      q.a = p;
      q.modified = true;
      continue;
    }
    if (lex.agentModifiers.has(w) || (allowAdj && doc.pos[p - 1] === POS.ADJ && !isCap(doc.form[p - 1]!))) {
      p--;
      q.a = p;
      q.modified = true;
      continue;
    }
    break;
  }
  return q;
}

/**
 * Start of a count before the "of" at token `of` ("thousands", "hundreds of thousands", "dozens"), or -1:
 * plural count nouns of the determiners list, chained by "of".
 */
function countBefore(doc: Doc, lex: Lexicon, of: number, sa: number): number {
  let a = -1;
  let k = of;
  while (k - 1 >= sa && doc.lower[k] === 'of') {
    const w = doc.lower[k - 1]!;
    const pos = doc.pos[k - 1];
    if (!lex.determiners.has(w) || !w.endsWith('s') || (pos !== POS.NOUN && pos !== POS.PROPN && pos !== POS.NUM)) break;
    a = k - 1;
    k = k - 2;
  }
  return a;
}

/**
 * ISO3 code of the country of the first-level division named by tokens [a, b) (a state, province or
 * region), when every division of that name lies in one country and no country has that name.
 */
function divisionCountry(doc: Doc, a: number, b: number): string | null {
  const g = gazetteer();
  let iso2: string | null = null;
  for (const id of g.lookup(placeKey(doc.text.slice(doc.start[a]!, doc.end[b - 1]!)))) {
    const e = g.entry(id);
    if (e.kind === 'country') return null;
    // A region of one country counts too ("Darfur rebels", "Gaza militants").
    if (e.kind !== 'admin1' && (e.kind !== 'region' || e.country === '')) continue;
    if (iso2 !== null && iso2 !== e.country) return null;
    iso2 = e.country;
  }
  return iso2 === null ? null : (countries().byIso2(iso2)?.iso3 ?? null);
}

function nestedOf(q: Qualifier, comp: NameSpan | null): NameSpan[] {
  const out: NameSpan[] = [];
  if (q.span !== null) out.push(q.span);
  if (q.inner !== null) out.push(q.inner);
  if (comp !== null) out.push(comp);
  return out;
}

function takeQualifier(q: Qualifier, s: NameSpan): void {
  // A country read after an ethnic group without one ("Iraq's Kurdish rebels"): the group stays the ethnicity.
  if (q.span !== null && q.inner === null) q.inner = q.span;
  q.span = s;
  q.country = s.country;
  if (s.type === 'DEMONYM' && q.demonym === null) q.demonym = s.ethnic ?? s.place?.demonym ?? null;
  if (s.type === 'ORG') {
    q.orgSector = s.sector;
    q.code = s.code;
  }
  // "Kremlin spokesman Dmitry Peskov", "a White House official": a seat of government stands for the
  // government, whose sector a title of no sector of its own takes.
  if (s.type === 'METONYM') q.orgSector = s.sector ?? 'GOV';
}

/** "to [the] COUNTRY|ORG" right after token b-1 (an ambassador's posting): the span or null. */
function postingAfter(doc: Doc, idx: SpanIndex, taken: Uint8Array, b: number, se: number): NameSpan | null {
  const s = nameAfterPreposition(doc, idx, taken, b, se, 'to');
  return s !== null && (s.type === 'COUNTRY' || s.type === 'ORG') ? s : null;
}

/** The name span that opens the phrase of preposition `prep` at token b ("of [the] X"), or null. */
function nameAfterPreposition(doc: Doc, idx: SpanIndex, taken: Uint8Array, b: number, se: number, prep: string): NameSpan | null {
  if (b >= se || doc.lower[b] !== prep) return null;
  let k = b + 1;
  if (k < se && doc.lower[k] === 'the') k++;
  if (k >= se || taken[k] === 1) return null;
  const si = idx.startsAt[k]!;
  return si >= 0 ? idx.spans[si]! : null;
}

function withPosting(nested: NameSpan[], posting: NameSpan | null): NameSpan[] {
  if (posting !== null) nested.push(posting);
  return nested;
}

/** "of [the] COUNTRY|ORG" right after token b-1: returns the span or null. */
export function complementAfter(doc: Doc, idx: SpanIndex, taken: Uint8Array, b: number, se: number, orgs: boolean): NameSpan | null {
  const s = nameAfterPreposition(doc, idx, taken, b, se, 'of');
  if (s === null) return null;
  // The model sometimes runs a country on into the name after it ("Republic of Azerbaijan Ilham
  // Aliyev" as one place): the dictionary country is the complement, the rest stays a name.
  if (s.inner !== null && orgs && s.type === 'LOC' && s.inner.type === 'COUNTRY' && personRest(doc, s.inner.b, s.b)) return s.inner;
  // "leaders of Romania's new government": a possessive country belongs to the noun after it; when that
  // is an organisation's name it is the complement ("the director of Argentina's Amnesty International"),
  // as is one a demonym qualifies ("the president of the Tunisian League for Human Rights").
  const possessive = s.b < se && (doc.form[s.b] === "'s" || doc.form[s.b] === '’s');
  if (orgs && (possessive ? s.type === 'COUNTRY' || s.type === 'LOC' : s.type === 'DEMONYM')) {
    const k = possessive ? s.b + 1 : s.b;
    const o = k < se && taken[k] === 0 ? idx.startsAt[k]! : -1;
    if (o >= 0 && idx.spans[o]!.type === 'ORG') return idx.spans[o]!;
  }
  if (possessive) return null;
  if (s.type === 'COUNTRY' || (orgs && (s.type === 'ORG' || s.type === 'LOC'))) return s;
  return null;
}

const domainTitle = newMatch<TitleDef>();

/**
 * One past a complement naming a domain, region or constituency after a title ("for the South Caucasus",
 * "for Foreign Affairs and Security Policy", "from Vermont"; titles.json domainPreps): capitalised words,
 * joined by "and"/"of", up to a person span; -1 when there is none.
 */
function domainFor(doc: Doc, lex: Lexicon, idx: SpanIndex, taken: Uint8Array, j: number, se: number): number {
  if (j >= se || !lex.domainPreps.has(doc.lower[j]!)) return -1;
  let k = j + 1;
  if (k < se && doc.lower[k] === 'the') k++;
  const first = k;
  let end = -1;
  // Up to a person or another title ("Deputy Prime Minister for Finance and Minister of Economy X").
  while (k < se && taken[k] === 0 && !(lex.titles.starts(doc.lower[k]!) && lex.titles.longest(doc.lower, k, se, domainTitle) > 0)) {
    const si = idx.startsAt[k]!;
    if (si >= 0 && idx.spans[si]!.type === 'PER') break;
    if (isCap(doc.form[k]!)) end = ++k;
    else if ((doc.lower[k] === 'and' || doc.lower[k] === 'of') && end > 0) k++;
    else break;
  }
  return end > first ? end : -1;
}

const chainMatch = newMatch<TitleDef>();

/** Titles that follow a title ("spokesman Lieutenant-Colonel", "General Director"): one past them. */
function chainedTitles(doc: Doc, lex: Lexicon, idx: SpanIndex, taken: Uint8Array, j: number, se: number): number {
  for (;;) {
    let k = j;
    if (k < se && doc.form[k] === '-' && doc.end[k - 1] === doc.start[k]) k++;
    if (k >= se || taken[k] === 1 || idx.cover[k]! >= 0 || !lex.titles.starts(doc.lower[k]!)) return j;
    const e = lex.titles.longest(doc.lower, k, se, chainMatch);
    if (e < 0) return j;
    j = e;
  }
}

/** Tokens [a, b) look like a person's name: two to four capitalised proper nouns. */
function personRest(doc: Doc, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 4) return false;
  for (let i = a; i < b; i++) if (!isCap(doc.form[i]!) || doc.pos[i] !== POS.PROPN) return false;
  return true;
}

/** A proper name right after token b: a tagger PER span or a run of capitalised words. */
function nameAfter(doc: Doc, lex: Lexicon, idx: SpanIndex, taken: Uint8Array, b: number, se: number): [number, number] | null {
  if (b >= se || taken[b] === 1) return null;
  // The rest of a model span whose leading country was read as a title's complement.
  const c = idx.cover[b]!;
  if (c >= 0 && idx.spans[c]!.inner?.b === b) return [b, idx.spans[c]!.b];
  const k = idx.startsAt[b]!;
  if (k >= 0) {
    const s = idx.spans[k]!;
    if (s.type !== 'PER') return null;
    // Extend over a trailing name the model left out ("... Shia al-Sudani").
    let e = s.b;
    for (;;) {
      const k = nameJoinAt(doc, lex, idx, taken, e, se);
      if (k === e) break;
      e = k;
    }
    return [s.a, e];
  }
  if (idx.cover[b]! >= 0) return null;
  let e = b;
  while (e < se && e - b < 6 && taken[e] === 0) {
    const c = idx.cover[e]!;
    if (c >= 0) {
      // The run reaches a person span the model started late ("Kassym-" + "Jomart Tokayev").
      const s = idx.spans[c]!;
      if (e > b && s.type === 'PER' && s.a === e) e = s.b;
      break;
    }
    const f = doc.form[e]!;
    const p = doc.pos[e]!;
    if (isCap(f) && (p === POS.PROPN || p === POS.NOUN || p === POS.ADJ || p === POS.X)) e++;
    else {
      const k = e > b ? nameJoinAt(doc, lex, idx, taken, e, se) : e;
      if (k === e) break;
      e = k;
    }
  }
  if (e === b) return null;
  // A title word right after the name run start means it was not a name ("President Minister").
  if (lex.titles.starts(doc.lower[b]!) && lex.titles.longest(doc.lower, b, e, titleMatch) === e) return null;
  return [b, e];
}


function pluralOf(doc: Doc, a: number, b: number, canonical: string): 'sg' | 'pl' {
  const c = canonical.toLowerCase();
  for (const t of [a, b - 1]) {
    const w = doc.lower[t]!;
    if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !c.includes(w)) return 'pl';
  }
  return 'sg';
}

/** Titles (with or without a following name) in sentence [sa, se). */
export function findTitles(doc: Doc, idx: SpanIndex, taken: Uint8Array, out: Phrase[]): void {
  const lex = lexicon();
  eachMatch(doc, idx, taken, lex.titles, titleMatch, true, (i, end, sa, se) => {
    let j = end;
    const def = titleMatch.value!;
    const q = qualifiersBefore(doc, lex, idx, taken, i, sa, false);
    // The title's phrase includes a place's possessive ("the city's mayor"), as it does an article.
    if (q.placePossessor !== undefined) q.a = q.placePossessor;
    // (A title of one country's office, "Pope", gives its country unless the phrase names another.)
    let country = q.country ?? def.country;
    let code = q.code;
    // "Senate Majority Leader", "Hamas leader": a leader of a named body is of the body's sector.
    let sector = q.sector ?? (q.orgSector !== null && lex.bodyTitles.has(def.title) ? q.orgSector : (def.sector ?? q.orgSector));
    // "a Purolator official", "an Upjohn official": a member of the named body, of its sector (none when unknown).
    if (q.sector === null && q.span?.type === 'ORG' && lex.memberTitles.has(def.title)) sector = q.orgSector;
    const comp = complementAfter(doc, idx, taken, j, se, true);
    // "Russia's ambassador to Germany, Sergei Nechayev": the posting joins the title, no country of it
    const posting = comp === null && lex.postedTitles.has(def.title) ? postingAfter(doc, idx, taken, j, se) : null;
    if (posting !== null) j = posting.b;
    if (comp !== null) {
      // "the chief executive of Hong Kong": a business title of a country or place is a post of its government.
      // (Not a place opening a longer name: "managing director of Japan Bond Research Institute".)
      if (def.sector === 'BUS' && q.sector === null && (comp.type === 'COUNTRY' || comp.type === 'LOC') && comp.country !== null && !(comp.b < se && isCap(doc.form[comp.b]!))) sector = 'GOV';
      if (country === null) {
        country = comp.country;
        if (comp.type === 'ORG') {
          code = comp.code;
          // "president of Stonegate Tools": the leader of an organisation of unknown sector is of unknown sector.
          if (def.sector === null || lex.bodyTitles.has(def.title)) sector = comp.sector;
        }
      }
      j = comp.b;
    }
    j = chainedTitles(doc, lex, idx, taken, j, se);
    let name = nameAfter(doc, lex, idx, taken, j, se);
    if (name === null && comp === null && !lex.servingTitles.has(def.title)) {
      // "Special Representative for the South Caucasus Toivo Klaar", "Commissioner for Trade Ann Lee":
      // the domain stays in the title phrase when a name follows it (it says nothing of the country).
      const d = domainFor(doc, lex, idx, taken, j, se);
      const named = d > 0 ? nameAfter(doc, lex, idx, taken, d, se) : null;
      if (named !== null) {
        j = d;
        name = named;
      }
    }
    if (name === null) {
      // Number is the title's own, not its complement's: "the president of the United States" is one person;
      // (one person's role in apposition, whatever its body's name ends in: "director of ... Associates").
      const plural = def.needName ? 'sg' : pluralOf(doc, i, end, def.title);
      // A bare title needs something that makes it a reference: a determiner, a qualifier. A title that
      // needs a name ("head", "director") is one in apposition to the person named just before, with a
      // body or country of known identity that it heads ("Ashton Bumhira, director of Youth Forum
      // Zimbabwe,", "Daniel Smith, the head of the World Health Organization,"); a body of unknown
      // country would leave the person to take one from whatever place the sentence names.
      // A place's possessive determines a title that closes its noun phrase ("the city's mayor said", "the
      // region's governor, Oleh Syniehubov,"), as an article does.
      const placeOwned = q.placePossessor !== undefined && !(j < se && (doc.pos[j] === POS.NOUN || doc.pos[j] === POS.ADJ || doc.pos[j] === POS.PROPN));
      // "Mohammed Afif, spokesperson for Hezbollah, said": a bare serving title right after a person's name
      // and a comma is in apposition to the name, as one with an article is; whom it serves says its sector.
      // (Not other bare titles: "X, president of Acme," would take a government's default sector.)
      const appositive = !def.needName && !q.det && !q.modified && comp === null && lex.servingTitles.has(def.title) && afterPersonComma(doc, idx, q.a, sa);
      // "the nominee for President of the United States", "ran for governor of Florida": a bare title after
      // an office preposition names the office sought, not a holder to refer to.
      if (!q.det && q.a > sa && lex.officePreps.has(doc.lower[q.a - 1]!)) return j;
      if (def.needName ? !headsKnownBody(comp) || !(afterPersonComma(doc, idx, q.a, sa) || beforePersonComma(doc, idx, j, se)) : !q.det && !q.modified && !placeOwned && !appositive && comp === null) return j;
      // Nor is it one when it is an adjective on a noun after it: "an official concession", "the official
      // statement" (wink's tag decides: a noun title before a verb it takes for a noun is still a title,
      // "the senators vote").
      if (comp === null && doc.pos[j - 1] === POS.ADJ && modifiesNoun(doc, lex, j, se, true)) return j;
      // A singular title noun on a noun after it is a modifier too: "EU candidate countries", "a candidate
      // vaccine" (plural titles are left alone: wink tags the verb after one a noun, "the senators vote").
      if (comp === null && plural === 'sg' && modifiesNoun(doc, lex, j, se, false)) return j;
      out.push({
        a: q.a, b: j, kind: 'title', na: -1, nb: -1, country, demonym: null, sector, code, title: def.title,
        classes: def.classes, gender: def.gender, number: plural, refersToCountry: false, refersToOrg: false, actorKind: 'person', label: null,
        head: null, nested: withPosting(nestedOf(q, comp), posting), confidence: 0.7,
      });
    } else {
      // "King Hassan of Morocco", "President Bush of the United States": the country after the name.
      const after = country === null ? complementAfter(doc, idx, taken, name[1], se, false) : null;
      if (after !== null) country = after.country;
      out.push({
        a: q.a, b: after !== null ? after.b : name[1], kind: 'person', na: name[0], nb: name[1], country, demonym: null, sector, code,
        title: def.title, classes: def.classes, gender: def.gender, number: 'sg', refersToCountry: false, refersToOrg: false, actorKind: 'person',
        label: null, head: null, nested: withPosting(nestedOf(q, comp ?? after), posting), confidence: 0.85,
      });
      j = after !== null ? after.b : name[1];
    }
    taken.fill(1, out[out.length - 1]!.a, out[out.length - 1]!.b);
    return j;
  });
}

/** Whether a title's complement names a country, or a body of known country or code. */
function headsKnownBody(comp: NameSpan | null): boolean {
  return comp !== null && (comp.country !== null || comp.code != null);
}

/** Whether a comma right after a person's name (a tagger PER span) comes just before token a. */
function afterPersonComma(doc: Doc, idx: SpanIndex, a: number, sa: number): boolean {
  if (a - 2 < sa || doc.form[a - 1] !== ',') return false;
  const k = idx.endsAt[a - 2]!;
  return k >= 0 && idx.spans[k]!.type === 'PER';
}

/** Whether a comma at token j opens a person's name (a tagger PER span): "the director of X, Jane Doe,". */
function beforePersonComma(doc: Doc, idx: SpanIndex, j: number, se: number): boolean {
  if (j + 1 >= se || doc.form[j] !== ',') return false;
  const k = idx.startsAt[j + 1]!;
  return k >= 0 && idx.spans[k]!.type === 'PER';
}

const TIME_ADVERBS = wordSet('adverbial_time_nouns');

/** Whether the token at j (or the sentence end) closes the phrase before it. */
function endsPhrase(doc: Doc, j: number, se: number): boolean {
  if (j >= se) return true;
  const p = doc.pos[j]!;
  if (p === POS.PUNCT) return doc.form[j] !== '-' && doc.form[j] !== '/';
  return p === POS.VERB || p === POS.AUX || p === POS.ADP || p === POS.PART;
}

/**
 * Is token j a common noun that the word before it modifies ("police station", "official statement")?
 * Not an agent noun ("army troops"), nor with `titlesToo` a title ("the army chief"), nor a time
 * adverb ("the government today": wink tags it a noun).
 */
function modifiesNoun(doc: Doc, lex: Lexicon, j: number, se: number, titlesToo: boolean): boolean {
  if (j >= se || doc.pos[j] !== POS.NOUN) return false;
  const w = doc.lower[j]!;
  // An agent or title that matches there, not one that merely starts with the word ("protest movement"
  // does not make "an official protest" a title before an agent).
  // ("a government commission", "the police department": a body noun that only refers back is a common noun here)
  const agent = lex.agents.starts(w) && !lex.namedBodyNouns.has(w) && lex.agents.longest(doc.lower, j, se, modAgent) > 0;
  const title = titlesToo && lex.titles.starts(w) && lex.titles.longest(doc.lower, j, se, modTitle) > 0;
  return !agent && !title && !TIME_ADVERBS.has(w);
}
const modAgent = newMatch<AgentDef>();
const modTitle = newMatch<TitleDef>();

/**
 * The country of the person or title phrase (already found) after "led by" / "headed by" at token j
 * ("a delegation led by Hungarian Foreign Minister Peter Szijjarto"), or null.
 */
function leaderCountry(doc: Doc, lex: Lexicon, phrases: readonly Phrase[], j: number, se: number): string | null {
  if (j + 2 >= se || !lex.leadVerbs.has(doc.lower[j]!) || doc.lower[j + 1] !== 'by') return null;
  let k = j + 2;
  if (doc.lower[k] === 'the') k++;
  for (const p of phrases) if (p.a === k || (p.a === j + 2 && k > j + 2)) return p.country;
  return null;
}

/** Nominal agents in the document. */
export function findAgents(doc: Doc, idx: SpanIndex, taken: Uint8Array, out: Phrase[]): void {
  const lex = lexicon();
  eachMatch(doc, idx, taken, lex.agents, agentMatch, false, (i, end, sa, se) => {
    let j = end;
    const def = agentMatch.value!;
    const hp = doc.pos[j - 1]!;
    // wink often tags a one-word agent "military" as an adjective: it is the head when a verb,
    // preposition or final punctuation follows ("The military said", "according to Iraqi military."),
    // not before a noun, a conjunction ("military and civilian personnel") or a hyphen ("military-drafted").
    // So is an adjective-tagged agent right before a person's name ("British national Mark Davies").
    const personNext = j < se && idx.startsAt[j]! >= 0 && idx.spans[idx.startsAt[j]!]!.type === 'PER';
    const adjHead = hp === POS.ADJ && (j - i > 1 || endsPhrase(doc, j, se) || personNext);
    if (hp !== POS.NOUN && hp !== POS.PROPN && !adjHead) {
      return j;
    }
    // "police station", "army base": the agent noun modifies another noun ("the government today"
    // is not a compound: wink tags the time adverb a noun).
    if (modifiesNoun(doc, lex, j, se, false)) return j;
    const headStart = i;
    const agentEnd = j;
    const q = qualifiersBefore(doc, lex, idx, taken, i, sa, true);
    let country = q.country;
    // "the Biden administration", "the Netanyahu government", "Reagan officials": the leader's country;
    // the leader's name is part of the phrase, no actor of its own.
    if (country === null && q.span === null && def.sector === 'GOV' && !def.refersToCountry && q.a > sa) {
      const k = idx.endsAt[q.a - 1]!;
      const s = k >= 0 ? idx.spans[k]! : null;
      const leader = s !== null && s.type === 'PER' && taken[s.a] === 0 ? leaderNamed(doc.text.slice(doc.start[s.a]!, doc.end[s.b - 1]!)) : null;
      if (s !== null && leader !== null) {
        country = leader.country;
        q.span = s;
        q.a = s.a > sa && lex.determiners.has(doc.lower[s.a - 1]!) ? s.a - 1 : s.a;
        q.det = q.a < s.a;
        q.modified = true;
      }
    }
    let comp = complementAfter(doc, idx, taken, j, se, false);
    if (comp !== null && country !== null) comp = null;
    if (comp !== null) {
      country = comp.country;
      j = comp.b;
    }
    // "Trump supporters", "supporters of Imran Khan": the people who follow a named person. The name is
    // part of the phrase (the person is not the one who acts) and gives it the person's country when
    // the leader list knows it.
    if (def.followsPerson && comp === null && country === null && q.span === null) {
      const k = q.a > sa ? idx.endsAt[q.a - 1]! : -1;
      const named = k >= 0 && idx.spans[k]!.type === 'PER' && taken[idx.spans[k]!.a] === 0 ? idx.spans[k]! : null;
      const of = named === null ? nameAfterPreposition(doc, idx, taken, j, se, 'of') : null;
      const person = named ?? (of !== null && of.type === 'PER' ? of : null);
      if (person !== null) {
        country = leaderNamed(doc.text.slice(doc.start[person.a]!, doc.end[person.b - 1]!))?.country ?? null;
        q.modified = true;
        if (named === null) {
          comp = person;
          j = person.b;
        } else {
          q.span = person;
          q.a = person.a > sa && lex.determiners.has(doc.lower[person.a - 1]!) ? person.a - 1 : person.a;
          q.det = q.a < person.a;
        }
      }
    }
    // "militants from Hamas", "officials from the World Bank": members named by a 'from' phrase of a coded
    // organisation are that organisation, as "Hamas militants" and "World Bank officials" are (armed
    // members of an armed group, officials of any body; not "hostages from ...").
    if (comp === null && country === null && q.span === null) {
      const from = nameAfterPreposition(doc, idx, taken, j, se, 'from');
      // (a body the knowledge base lacks but its name places and sectors, "the Kenya Defence Forces", counts too)
      const member = from !== null && from.type === 'ORG' && (from.code !== null || (from.country !== null && from.sector !== null)) &&
        (lex.armedSectors.has(def.sector ?? '') ? lex.armedSectors.has(from.sector ?? '') : def.sector === 'GOV' && def.kind === 'group' && !def.refersToCountry);
      if (member) {
        q.code = from.code;
        q.orgSector = from.sector;
        country = from.country;
        comp = from;
        j = from.b;
      }
    }
    // "Ukraine's allies", "US allies", "Western allies": a country or region named with them is whose
    // allies they are, not theirs (an organisation's still makes them its members: "NATO allies").
    if (def.partnersOf && (q.span === null || q.span.type !== 'ORG')) {
      country = null;
      q.demonym = null;
    }
    // "a delegation led by Hungarian Foreign Minister Peter Szijjarto": the leader's country.
    const led = country === null && comp === null ? leaderCountry(doc, lex, out, j, se) : null;
    if (led !== null) country = led;
    // "the sources said" after "diplomatic sources said": a bare definite one that refers back ("the
    // source of the funds" is no informant: an of-phrase makes it a thing's origin)
    const head = doc.lower.slice(headStart, agentEnd).join(' ');
    const origin = def.needsAffiliation && doc.lower[j] === 'of';
    const refersBack = def.needsModifier === true && q.det && doc.lower[q.a] === 'the' && !origin && out.some((p) => p.kind === 'agent' && p.b <= headStart && p.head === head);
    if ((def.needsModifier && !q.modified && comp === null && led === null && !refersBack) || ((def.refersToCountry || def.needsCountry) && country === null) || (def.needsAffiliation && ((country === null && q.sector === null && !refersBack) || origin))) {
      return j;
    }
    const definite = q.det && (doc.lower[q.a] === 'the' || doc.lower[q.a] === 'its');
    if (def.refersToOrg && !definite) return j;
    // "the committee" refers back to a named one; "the House Banking committee" names one of its own.
    if (def.refersToOrg && headStart !== q.a + 1 && lex.namedBodyNouns.has(head)) return j;
    // "faced stiff opposition from farmers", "its opposition to the plan" are attitudes; "the
    // opposition" and "Kenya's opposition" are the political opposition.
    if (def.needsDefinite && country === null) {
      const owned = q.det && def.ownable && lex.possessiveDeterminers.has(doc.lower[q.a]!);
      const definite = q.det && !def.ownedOnly && lex.groupDeterminers.has(doc.lower[q.a]!);
      if (!owned && !definite && !(def.ownedOnly && q.sector !== null)) return j;
    }
    // "Red Cross officials", "Hamas representatives": the officials of a coded organisation are the
    // organisation (CAMEO codes them with its code, not as a government of its slot).
    // So are the gunmen of a coded armed group ("PKK terrorists", "Hamas gunmen", "Taliban fighters").
    const armedOfOrg = q.code !== null && q.sector === null && lex.armedSectors.has(q.orgSector ?? '') && lex.armedSectors.has(def.sector ?? '');
    // (and a body named only with its affiliation is the affiliated organisation's: "the UN mission in Mali")
    const ofOrg = armedOfOrg || (q.code !== null && q.sector === null && def.sector === 'GOV' && (def.kind === 'group' || def.needsAffiliation === true) && !def.refersToCountry);
    const sector = ofOrg ? q.orgSector : (q.sector ?? def.sector ?? q.orgSector);
    // An organisation's full code carries over only when the phrase keeps its sector.
    if (q.code !== null && q.orgSector !== sector) q.code = null;
    // Ethnicity: a demonym on a group of people, not on a government's side or a state body.
    const ethnic = q.demonym !== null && !def.refersToCountry && !STATE_SECTORS.has(sector ?? '') ? q.demonym : null;
    let la = q.a;
    // (a count is the phrase's determiner, unless a hyphen makes it a modifier: "the 27-nation bloc")
    while (la < headStart && (lex.determiners.has(doc.lower[la]!) || doc.lower[la] === 'of') && doc.form[la + 1] !== '-') la++;
    out.push({
      a: q.a, b: j, kind: 'agent', na: -1, nb: -1, country, demonym: ethnic, sector, code: q.code, title: null, classes: null,
      gender: null, number: def.number === 'pl' || pluralOf(doc, headStart, j, '') === 'pl' ? 'pl' : 'sg',
      refersToCountry: def.refersToCountry, refersToOrg: def.refersToOrg,
      actorKind: def.kind, label: doc.text.slice(doc.start[la]!, doc.end[(comp !== null ? j : agentEnd) - 1]!),
      head, nested: nestedOf(q, comp), confidence: 0.7,
    });
    taken.fill(1, q.a, j);
    coordinatedQualifiers(doc, lex, idx, taken, out, q, sa);
    return j;
  });
}

/**
 * "The Turkish and Greek sides", "British, French and American troops": nationalities coordinated
 * before an agent each name a group of their own, with the agent's head and sector. `out`'s last
 * phrase is the agent just found (with the last nationality).
 */
function coordinatedQualifiers(doc: Doc, lex: Lexicon, idx: SpanIndex, taken: Uint8Array, out: Phrase[], q: Qualifier, sa: number): void {
  const main = out[out.length - 1]!;
  const national = (s: NameSpan | null): boolean => s !== null && (s.type === 'DEMONYM' || s.type === 'COUNTRY') && s.country !== null;
  if (q.span === null || q.span.a !== q.a || q.inner !== null || !national(q.span)) return;
  let k = q.a;
  for (;;) {
    const conj = k - 1;
    // The last conjunct joins with "and"; the ones before it with commas.
    const joins = k === q.a ? doc.lower[conj] === 'and' : doc.form[conj] === ',';
    if (conj - 1 < sa || taken[conj] === 1 || !joins) return;
    const e = idx.endsAt[conj - 1]!;
    const s = e >= 0 ? idx.spans[e]! : null;
    if (s === null || !national(s) || s.a < sa || taken[s.a] === 1) return;
    let a = s.a;
    if (a > sa && taken[a - 1] === 0 && lex.determiners.has(doc.lower[a - 1]!) && doc.lower[a - 1] !== 'both') a--;
    const ethnic = main.demonym !== null && s.type === 'DEMONYM' ? (s.ethnic ?? s.place?.demonym ?? null) : null;
    out.push({
      ...main, a, b: s.b, country: s.country, demonym: ethnic, code: null,
      label: `${doc.text.slice(doc.start[s.a]!, doc.end[s.b - 1]!)} ${main.head ?? ''}`.trim(), nested: [s],
    });
    taken.fill(1, a, s.b);
    if (a < s.a) return;
    k = s.a;
  }
}

/**
 * Visit every longest match of a lowercase trie on free tokens, sentence by sentence. `visit`
 * returns the token to continue from.
 */
function eachMatch<T>(
  doc: Doc,
  idx: SpanIndex,
  taken: Uint8Array,
  trie: TokenTrie<T>,
  match: TrieMatch<T>,
  skipShouting: boolean,
  visit: (i: number, end: number, sa: number, se: number) => number,
): void {
  for (let s = 0; s < doc.sentStart.length; s++) {
    const sa = doc.sentStart[s]!;
    const se = doc.sentEnd[s]!;
    let i = sa;
    while (i < se) {
      const free = taken[i] === 0 && idx.cover[i]! < 0 && !(skipShouting && idx.shouting[i] === 1);
      const end = free && trie.starts(doc.lower[i]!) ? trie.longest(doc.lower, i, se, match) : -1;
      i = end < 0 ? i + 1 : visit(i, end, sa, se);
    }
  }
}
