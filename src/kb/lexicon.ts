// The actor lexicon: countries, organisations, agencies, titles, nominal agents, pronouns and name
// words from data/, compiled once per process into token tries and sets.
import { countries, type Country } from './countries.js';
import { readDataJson } from './data.js';
import { WordGate } from './gate.js';
import { TokenTrie, tokenizePhrases } from './trie.js';

export interface OrgDef {
  name: string;
  country: string;
  sector: string | null;
  code: string;
  /** A movement with national branches: its sector as the branch of the country named before it. */
  nationalSector: string | null;
}

/** What a case-sensitive name phrase is. */
export type NameEntry =
  | { type: 'country' | 'demonym' | 'metonym'; country: Country }
  | { type: 'org'; org: OrgDef }
  | { type: 'ethnic'; group: EthnicDef }
  | { type: 'agency'; name: string; country: string | null }
  | { type: 'notName' };

export interface TitleDef {
  title: string;
  sector: string | null;
  /** The country (ISO 3166 alpha-3) every holder of the title is of ("Pope": VAT), or null. */
  country: string | null;
  classes: readonly string[];
  gender: 'm' | 'f' | null;
  /** Only a title when a name follows ("General Ali", not "in general"). */
  needName: boolean;
}

/** An ethnic group named like a nationality (data/ethnic-groups.json). */
export interface EthnicDef {
  /** The group's adjective ("Kurdish"): the ethnicity of actors it names. */
  name: string;
  /** The one country the group lives in, or null when it lives in several. */
  country: Country | null;
  /** Also a given name or common word ("Karen"): a group only before a lower-case word. */
  ambiguous: boolean;
}

export interface AgentDef {
  sector: string | null;
  kind: 'group' | 'organisation';
  number: 'sg' | 'pl';
  refersToCountry: boolean;
  /** "the company": refers back to the most recent organisation. */
  refersToOrg: boolean;
  needsModifier: boolean;
  /** Equipment that stands for its operators only when a country or organisation owns it ("Israeli helicopters"). */
  needsCountry: boolean;
  /** An agent only with a country, demonym or sector modifier ("a Turkish diplomatic source"; not "an open source"). */
  needsAffiliation: boolean;
  /** A group only when definite or owned ("the opposition", "Kenya's opposition"; not "stiff opposition"). */
  needsDefinite: boolean;
  /** A needsDefinite noun that a possessive determiner also makes definite ("his party", not "a dinner party"). */
  ownable: boolean;
  /** An ownable noun that a bare 'the' does not make definite ("his party", "Kenya's ruling party"; not "the party"). */
  ownedOnly: boolean;
  /** People who follow a person named with them ("Trump supporters", "supporters of Imran Khan"). */
  followsPerson: boolean;
  /** Others in a relation to the country named with them, not of it ("Ukraine's allies", "US allies"). */
  partnersOf: boolean;
}

export interface PronounDef {
  number: 'sg' | 'pl';
  gender: 'm' | 'f' | null;
  case: 'subj' | 'obj' | 'poss';
}

export interface Lexicon {
  /** Case-sensitive names: countries, demonyms, metonyms, organisations, agencies, month names. */
  names: TokenTrie<NameEntry>;
  /** Lowercase title phrases. */
  titles: TokenTrie<TitleDef>;
  /** Lowercase agent nouns. */
  agents: TokenTrie<AgentDef>;
  /** Lowercase words fixing a sector when placed before a title or agent. */
  sectorModifiers: TokenTrie<string>;
  /** Adjectives and nouns allowed between a determiner and an agent noun. */
  agentModifiers: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** Determiners before which a needsDefinite noun names the group ("the opposition"): agents.json groupDeterminers. */
  groupDeterminers: ReadonlySet<string>;
  honorifics: ReadonlyMap<string, 'm' | 'f' | null>;
  /** Participles that introduce a group's leader ("a delegation led by ..."). */
  leadVerbs: ReadonlySet<string>;
  /** Participles that place a group before "in" ("a group based in Trinidad"). */
  locatedParticiples: ReadonlySet<string>;
  /** Modifiers of groups from outside the country their sentence names ("international", "foreign"). */
  outsiderModifiers: ReadonlySet<string>;
  /** Region adjectives, lowercase ("latin american", "western"): agents.json regionalModifiers. */
  regionalModifiers: ReadonlySet<string>;
  /** Heads of agents that are partners of whom they are named with (agents.json partnersOf: "allies"). */
  partnerHeads: ReadonlySet<string>;
  /** "the bloc", "the alliance": nouns that refer back to an intergovernmental body only (agents.json intergovernmentalNouns). */
  intergovernmentalNouns: ReadonlySet<string>;
  /** "the commission", "the embassy": nouns that refer back only to an organisation named with that head (agents.json namedBodyNouns). */
  namedBodyNouns: ReadonlySet<string>;
  /** Verbs whose object is followed by an 'of' complement of their own ("accused X of"): agents.json ofObjectVerbs. */
  ofObjectVerbs: ReadonlySet<string>;
  /** Sectors of armed groups (agents.json armedSectors). */
  armedSectors: ReadonlySet<string>;
  /** Possessive determiners ("his party"): the keys of agents.json possessives. */
  possessiveDeterminers: ReadonlySet<string>;
  /** Sectors of groups that are outsiders as the audience of a statement (the press: "told reporters"). */
  audienceSectors: ReadonlySet<string>;
  /** Lemmas right before such an audience ("tell", "brief", "to"). */
  audienceCues: ReadonlySet<string>;
  /** Verbs (lemmas) that send their object out of the sentence's country ("expelled two diplomats"). */
  outsiderObjectVerbs: ReadonlySet<string>;
  /** Canonical titles whose 'for' phrase names whom they serve ("a spokesman for the chancellor"). */
  servingTitles: ReadonlySet<string>;
  /** One-word forms of the serving titles ("spokesman", "adviser"), whose "for" phrase is part of their noun phrase. */
  servingForms: ReadonlySet<string>;
  /** Titles whose sector is the organisation's named in their phrase ("Senate Majority Leader"). */
  bodyTitles: ReadonlySet<string>;
  /** Titles of a member of a body ("a Purolator official"): an organisation before them gives their sector, known or not. */
  memberTitles: ReadonlySet<string>;
  /** Canonical titles whose 'to' phrase names the posting, not the country ("ambassador to Germany"). */
  postedTitles: ReadonlySet<string>;
  /** Nouns of a place whose possessive determines a title after it ("the city's mayor"). */
  placePossessors: ReadonlySet<string>;
  /** Canonical titles of monarchs and popes, named with a regnal number ("Queen Elizabeth II"). */
  regnalTitles: ReadonlySet<string>;
  /** Prepositions of a domain or constituency between a title and a name ("Senator from Vermont Bernie Sanders"). */
  domainPreps: ReadonlySet<string>;
  /** Prepositions before a bare title that name an office rather than its holder ("the nominee for President of X"). */
  officePreps: ReadonlySet<string>;
  /** Role words that, after a possessive, tie a person to the possessor ("his spokesman X"). */
  possessedRoles: ReadonlySet<string>;
  /** Nouns that, after an organisation's name, make the phrase that organisation ("the PKK terrorist group"; agents.json). */
  organisationNouns: ReadonlySet<string>;
  /** Spokesperson words: with no body of their own named, the holder speaks for the story's body (titles.json bodyVoices). */
  bodyVoices: ReadonlySet<string>;
  /** Words before a spokesperson word that name no body ("a senior spokesman"). */
  voiceModifiers: ReadonlySet<string>;
  /** Of those, the canonical titles of roles that mirror the possessor's office ("his counterpart"): the holder takes the possessor's title. */
  mirroredTitles: ReadonlySet<string>;
  pronouns: ReadonlyMap<string, PronounDef>;
  /** Cheap pre-test for `pronouns` (see kb/gate.ts). */
  pronounWords: WordGate;
  /** Capitalised organisation head nouns ("Office", "Ministry") with the sector they imply. */
  orgHeads: ReadonlyMap<string, string | null>;
  /** Canonical names of movements with national branches -> the branch's sector ("Red Cross" -> NGO). */
  nationalSectors: ReadonlyMap<string, string>;
  /** Organisations whose short name makes a following capitalised name one of their bodies. */
  prefixOrgs: ReadonlySet<string>;
  /** Last words of names of events, contests, laws and agreements ("Election", "Cup", "Act"). */
  eventHeads: ReadonlySet<string>;
  /** Nouns that end the names of institutions and never a person's ("... Organizations", "... Institute"). */
  institutionHeads: ReadonlySet<string>;
  /** Lower-case words after a name that make it an organisation of a sector ("the ruling Georgian Dream party"). */
  followingHeads: ReadonlyMap<string, string | null>;
  locatives: ReadonlySet<string>;
  /** Nouns of reaction and communication whose 'from' phrase names its author: a capital there is its government. */
  metonymSourceNouns: ReadonlySet<string>;
  /** Words that open an adverbial clause ("after", "as", "since"; clause-grammar.json), which wink may tag as prepositions. */
  subordinators: ReadonlySet<string>;
  /** "northern", "eastern": may stand between a locative and a country. */
  directionals: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  /** First words of country names that stand for that country after "the" ("the North"). */
  countryHalves: ReadonlySet<string>;
  /** Party letters written before a legislator's home ("D" of "D-Pa.", "DFL" of "DFL-Cook"). */
  partyLetters: ReadonlySet<string>;
}

interface TitlesFile {
  titles: { title: string; forms: string[]; sector: string | null; country?: string; classes: string[]; gender?: 'm' | 'f' }[];
  sectorModifiers: Record<string, string | null>;
  honorifics: Record<string, 'm' | 'f' | null>;
  needName: string[];
  servingTitles: string[];
  bodyTitles: string[];
  memberTitles: string[];
  possessedRoles: string[];
  bodyVoices: string[];
  voiceModifiers: string[];
  mirroredTitles: string[];
  postedTitles: string[];
  placePossessors: string[];
  regnalTitles: string[];
  domainPreps: string[];
  officePreps: string[];
  rankPrefixes: Record<string, string>;
  rankless: string[];
}
interface AgentsFile {
  agents: {
    forms: string[];
    sector: string | null;
    kind: 'group' | 'organisation';
    number: 'sg' | 'pl';
    refersToCountry?: boolean;
    refersToOrg?: boolean;
    needsModifier?: boolean;
    needsCountry?: boolean;
    needsAffiliation?: boolean;
    needsDefinite?: boolean;
    ownable?: boolean;
    ownedOnly?: boolean;
    followsPerson?: boolean;
    partnersOf?: boolean;
  }[];
  determiners: string[];
  groupDeterminers: string[];
  ethnicModifiers: string[];
  leadVerbs: string[];
  organisationNouns: string[];
  locatedParticiples: string[];
  outsiderModifiers: string[];
  regionalModifiers: string[];
  intergovernmentalNouns: string[];
  namedBodyNouns: string[];
  ofObjectVerbs: string[];
  armedSectors: string[];
  possessives: Record<string, unknown>;
  outsiderAudience: { sectors: string[]; before: string[] };
  outsiderObjectVerbs: string[];
}
interface OrgsFile {
  organisations: { name: string; names: string[]; country: string; sector: string | null; code: string; nationalSector?: string }[];
  heads: Record<string, string | null>;
  prefixOrgs: string[];
  eventHeads: string[];
  institutionHeads: string[];
  followingHeads: Record<string, string | null>;
}
interface EthnicFile {
  groups: { name: string; forms: string[]; country: string | null }[];
  ambiguous: string[];
}
interface NamesFile {
  notNames: string[];
  locatives: string[];
  directionals: string[];
  placeNouns: string[];
  nameParticles: string[];
  countryHalves: string[];
  partyLetters: string[];
  metonymSourceNouns: string[];
}
interface AgenciesFile {
  agencies: { name: string; names: string[]; country?: string }[];
}
interface PronounsFile {
  pronouns: Record<string, PronounDef>;
}

let lex: Lexicon | null = null;

/** The compiled lexicon (lazy singleton; one wink pass tokenizes every phrase). */
export function lexicon(): Lexicon {
  if (lex !== null) return lex;
  const titlesFile = readDataJson<TitlesFile>('titles.json');
  const agentsFile = readDataJson<AgentsFile>('agents.json');
  const orgsFile = readDataJson<OrgsFile>('organisations.json');
  const namesFile = readDataJson<NamesFile>('names.json');
  const grammarFile = readDataJson<{ subordinators: string[] }>('clause-grammar.json');
  const agencies = readDataJson<AgenciesFile>('agencies.json');
  const pronounsFile = readDataJson<PronounsFile>('pronouns.json');

  // Collect every phrase with where it goes, then tokenize them all in one pass.
  const phrases: string[] = [];
  const sinks: ((tokens: string[]) => void)[] = [];
  const add = (phrase: string, sink: (tokens: string[]) => void): void => {
    phrases.push(phrase);
    sinks.push(sink);
  };
  const names = new TokenTrie<NameEntry>();
  const titles = new TokenTrie<TitleDef>();
  const agents = new TokenTrie<AgentDef>();
  const sectorModifiers = new TokenTrie<string>();
  const lower = (ts: string[]): string[] => ts.map((t) => t.toLowerCase());

  // Names, in priority order (the first entry for a phrase wins).
  for (const w of namesFile.notNames) add(w, (ts) => names.addTokens(ts, { type: 'notName' }));
  for (const o of orgsFile.organisations) {
    const org: OrgDef = { name: o.name, country: o.country, sector: o.sector, code: o.code, nationalSector: o.nationalSector ?? null };
    for (const n of o.names) add(n, (ts) => names.addTokens(ts, { type: 'org', org }));
  }
  const kb = countries();
  for (const s of kb.surfaces) {
    // A word that is also a demonym ("Thai", "Saudi") reads as the demonym; abbreviations ("U.S.") stay names.
    const demonym = s.type === 'name' && kb.byDemonym(s.surface) !== null && !s.surface.includes('.') && s.surface !== s.surface.toUpperCase();
    const type = s.type === 'name' ? (demonym ? 'demonym' : 'country') : s.type;
    add(s.surface, (ts) => names.addTokens(ts, { type, country: s.country }));
  }
  for (const a of agencies.agencies) for (const n of a.names) add(n, (ts) => names.addTokens(ts, { type: 'agency', name: a.name, country: a.country ?? null }));
  const ethnicFile = readDataJson<EthnicFile>('ethnic-groups.json');
  const ambiguousEthnic = new Set(ethnicFile.ambiguous);
  for (const g of ethnicFile.groups) {
    const country = g.country === null ? null : kb.byIso3(g.country);
    for (const f of g.forms) {
      const group: EthnicDef = { name: g.name, country, ambiguous: ambiguousEthnic.has(f) };
      add(f, (ts) => names.addTokens(ts, { type: 'ethnic', group }));
    }
  }

  const needName = new Set(titlesFile.needName);
  const titleForms = new Set(titlesFile.titles.flatMap((t) => t.forms));
  const rankless = new Set(titlesFile.rankless);
  for (const t of titlesFile.titles) {
    for (const f of t.forms) {
      const def: TitleDef = {
        title: t.title,
        sector: t.sector,
        country: t.country ?? null,
        classes: t.classes,
        gender: t.gender ?? null,
        needName: needName.has(f),
      };
      add(f, (ts) => titles.addTokens(lower(ts), def));
      // "Deputy Foreign Minister", "Assistant Secretary of State": a rank before a title is a post of
      // its own in the same sector, which the head title's role nouns do not refer back to.
      for (const [prefix, written] of Object.entries(titlesFile.rankPrefixes)) {
        const form = `${prefix} ${f}`;
        if (titleForms.has(form) || rankless.has(f) || f.split(' ')[0] === prefix) continue;
        const ranked: TitleDef = { title: `${written} ${t.title}`, sector: t.sector, country: t.country ?? null, classes: [], gender: t.gender ?? null, needName: needName.has(f) };
        add(form, (ts) => titles.addTokens(lower(ts), ranked));
      }
    }
  }
  for (const a of agentsFile.agents) {
    const def: AgentDef = {
      sector: a.sector,
      kind: a.kind,
      number: a.number,
      refersToCountry: a.refersToCountry === true,
      refersToOrg: a.refersToOrg === true,
      needsModifier: a.needsModifier === true,
      needsCountry: a.needsCountry === true,
      needsAffiliation: a.needsAffiliation === true,
      needsDefinite: a.needsDefinite === true,
      ownable: a.ownable === true,
      ownedOnly: a.ownedOnly === true,
      followsPerson: a.followsPerson === true,
      partnersOf: a.partnersOf === true,
    };
    for (const f of a.forms) add(f, (ts) => agents.addTokens(lower(ts), def));
  }
  for (const [w, sector] of Object.entries(titlesFile.sectorModifiers)) {
    if (sector !== null) add(w, (ts) => sectorModifiers.addTokens(lower(ts), sector));
  }

  const tokenized = tokenizePhrases(phrases);
  for (let i = 0; i < phrases.length; i++) sinks[i]!(tokenized[i]!);

  const prefixOrgs = new Set<string>();
  for (const p of orgsFile.prefixOrgs) prefixOrgs.add(p);
  lex = {
    names,
    titles,
    agents,
    sectorModifiers,
    agentModifiers: new Set([...agentsFile.ethnicModifiers, ...Object.keys(titlesFile.sectorModifiers)]),
    determiners: new Set(agentsFile.determiners),
    groupDeterminers: new Set(agentsFile.groupDeterminers),
    honorifics: new Map(Object.entries(titlesFile.honorifics)),
    servingTitles: new Set(titlesFile.servingTitles),
    servingForms: new Set(titlesFile.titles.filter((t) => titlesFile.servingTitles.includes(t.title)).flatMap((t) => t.forms.filter((f) => !f.includes(' ')))),
    bodyTitles: new Set(titlesFile.bodyTitles),
    memberTitles: new Set(titlesFile.memberTitles),
    possessedRoles: new Set(titlesFile.possessedRoles),
    bodyVoices: new Set(titlesFile.bodyVoices),
    voiceModifiers: new Set(titlesFile.voiceModifiers),
    mirroredTitles: new Set(titlesFile.mirroredTitles),
    postedTitles: new Set(titlesFile.postedTitles),
    placePossessors: new Set(titlesFile.placePossessors),
    regnalTitles: new Set(titlesFile.regnalTitles),
    domainPreps: new Set(titlesFile.domainPreps),
    officePreps: new Set(titlesFile.officePreps),
    leadVerbs: new Set(agentsFile.leadVerbs),
    organisationNouns: new Set(agentsFile.organisationNouns),
    locatedParticiples: new Set(agentsFile.locatedParticiples),
    outsiderModifiers: new Set(agentsFile.outsiderModifiers),
    regionalModifiers: new Set(agentsFile.regionalModifiers),
    partnerHeads: new Set(agentsFile.agents.filter((a) => a.partnersOf === true).flatMap((a) => a.forms)),
    intergovernmentalNouns: new Set(agentsFile.intergovernmentalNouns),
    namedBodyNouns: new Set(agentsFile.namedBodyNouns),
    ofObjectVerbs: new Set(agentsFile.ofObjectVerbs),
    armedSectors: new Set(agentsFile.armedSectors),
    possessiveDeterminers: new Set(Object.keys(agentsFile.possessives)),
    audienceSectors: new Set(agentsFile.outsiderAudience.sectors),
    audienceCues: new Set(agentsFile.outsiderAudience.before),
    outsiderObjectVerbs: new Set(agentsFile.outsiderObjectVerbs),
    pronouns: new Map(Object.entries(pronounsFile.pronouns)),
    pronounWords: new WordGate(Object.keys(pronounsFile.pronouns)),
    orgHeads: new Map(Object.entries(orgsFile.heads)),
    nationalSectors: new Map(orgsFile.organisations.filter((o) => o.nationalSector !== undefined).map((o) => [o.name, o.nationalSector!])),
    prefixOrgs,
    eventHeads: new Set(orgsFile.eventHeads),
    institutionHeads: new Set(orgsFile.institutionHeads),
    followingHeads: new Map(Object.entries(orgsFile.followingHeads)),
    locatives: new Set(namesFile.locatives),
    metonymSourceNouns: new Set(namesFile.metonymSourceNouns),
    subordinators: new Set(grammarFile.subordinators),
    directionals: new Set(namesFile.directionals),
    placeNouns: new Set(namesFile.placeNouns),
    nameParticles: new Set(namesFile.nameParticles),
    countryHalves: new Set(namesFile.countryHalves),
    partyLetters: new Set(namesFile.partyLetters),
  };
  return lex;
}
