// The clause stage's knowledge, compiled once per process from data/reporting-verbs.json and
// data/modality.json into Maps and bit flags (hot loops only do Map lookups on strings they already have).
import { readDataJson } from '../kb/data.js';
import { WordGate } from '../kb/gate.js';
import type { Stance } from '../schema.js';
import type { Modality } from './types.js';

/** Complement flags of a cue verb. */
export const C_THAT = 1;
export const C_QUOTE = 2;
export const C_INF = 4;
export const C_NP = 8;
export const C_ING = 16;
export const C_ADDR = 32;
export const C_POST = 64;

const FLAG: Record<string, number> = {
  that: C_THAT, quote: C_QUOTE, inf: C_INF, np: C_NP, ing: C_ING, addr: C_ADDR, post: C_POST,
};

export interface Cue {
  stance: Stance;
  flags: number;
}

export interface Lexicon {
  /** Cue verbs by lemma ("say") and by lemma + particle/preposition ("point out", "call for"). */
  verbs: Map<string, Cue>;
  /** First words of two-word cue verbs ("point" -> ["out"]). */
  cueHeads: Map<string, string[]>;
  nouns: Map<string, Stance>;
  /** Verbs of appearance ("seem", "appear"): frames with no speaker over their whole clause. */
  evidentials: Set<string>;
  /** Nouns for a message whose author speaks through a participle after it ("a statement saying"). */
  documents: Set<string>;
  /** Adverbs that attribute their clause to unnamed others ("X reportedly met Y"). */
  hearsayAdverbs: Set<string>;
  /** Cue verbs that judge their passive subject for unnamed others ("is seen as", "was known as"). */
  perceptionPassives: Set<string>;
  /** Verbs of praise and blame that judge their passive subject before a "for/of/by/as" phrase ("was criticized for"). */
  judgementPassives: Set<string>;
  judgementPreps: Set<string>;
  /** Cue verbs with an object and a predicate of it ("called the plan a disgrace"). */
  smallClauseCues: Set<string>;
  /** Cue verbs of finding and showing with an object and its predicate ("polls show Trump leading", "see X as Y"). */
  objectPredicateCues: Set<string>;
  /** Nouns of measured opinion whose "in" phrase is a source ("in the latest poll, ..."). */
  sourceNouns: Set<string>;
  /** Participle cues whose actor object is the source a report relays ("..., Trend reports citing the ministry"). */
  citingCues: Set<string>;
  /** Whole complements that report nothing ("asked not to be named"). */
  notContent: Set<string>;
  /** Predicative cues: adjective + preposition or complementizer ("critical of", "confident that"). */
  adjectives: Map<string, Stance>;
  /** Nominal cues whose prepositional object is the content ("support for", "criticism of"). */
  nounPreps: Map<string, Stance>;
  /** Object nouns that set the stance of a cue ("expressed concern"). */
  stanceObjects: Map<string, Stance>;
  auxiliaries: Map<string, Modality>;
  catenatives: Map<string, Modality>;
  intentNouns: Set<string>;
  conditionals: Set<string>;
  /** Modals that report a future under a past-tense cue ("said X would ..."). */
  backshifted: Set<string>;
  presentIrregular: Set<string>;
  negators: Set<string>;
  /** Second word of two-word negators by first word ("no" -> "longer"). */
  negatorPairs: Map<string, Set<string>>;
  /** First words of a subject that negate its clause ("No troops were injured"). */
  negativeSubjects: Set<string>;
  complementizers: Set<string>;
  whWords: Set<string>;
  relativePronouns: Set<string>;
  /** Present-tense cue verbs the tagger may call nouns ("Polls show that"). */
  nounTaggedCues: Set<string>;
  /** Cue verbs the tagger may call nouns, read as verbs only before a complement clause ("The Post reports that"). */
  nounTaggedClauseCues: Set<string>;
  /** Cue verbs with a 'to' complement the tagger may call nouns after a subject ("Clinton plans to"). */
  nounTaggedInfinitiveCues: Set<string>;
  /** Present-tense cue verbs the tagger may call nouns that take a noun-phrase object ("Two-thirds support the plan"). */
  nounTaggedObjectCues: Set<string>;
  /** Pronouns that may stand as an object ("support him"). */
  objectPronouns: Set<string>;
  /** Subordinators that join a second report like "and" ("A said X, while B said Y"). */
  siblingConjunctions: Set<string>;
  subjectConjunctions: Set<string>;
  /** Verbs of saying and of a speaker's stance that no thing does ("warned", "declined to comment"). */
  speakerActVerbs: Set<string>;
  /** Nouns of a person's or body's speakers and bodies ("his party", "Rubio's campaign"): the possessor is not the phrase. */
  possessedSpeakers: Set<string>;
  /** After a comma, open an adverbial of the main clause that ends a report's content ("although", "even as"). */
  reportEndingSubordinators: Set<string>;
  /** Words that stand for a whole reported clause ("said so", "said yes"). */
  proformContents: Set<string>;
  particles: Set<string>;
  passiveAuxiliaries: Set<string>;
  subordinators: Set<string>;
  speakerAdverbs: Set<string>;
  /** Quantifiers that stand alone as a speaker ('Some said', 'both vowed'). */
  quantifierSubjects: Set<string>;
  timeNouns: Set<string>;
  /** Nouns of a span of time that open an adjunct of a report after its cue ("..., it said, days after ..."). */
  reportAdjunctNouns: Set<string>;
  /** Nouns of the occasion or medium of a report in an adjunct after its cue ("said in a statement Japan would ..."). */
  reportSettingNouns: Set<string>;
  adjunctPreps: Set<string>;
  /** Prepositions whose phrase still belongs to a speaker before its cue ("a spokesman for the army said"). */
  speakerPhrasePreps: Set<string>;
  /** Dashes that enclose an aside between a speaker and its cue ("Sims — a teacher — says"). */
  parentheticalDashes: Set<string>;
  /** Dashes between a quotation and the name that signs it ('"..." ― Ana Ruiz'). */
  signatureDashes: Set<string>;
  /** Subjects and following words that make a contracted "'s" before a participle "is", not "has". */
  expletiveSubjects: Set<string>;
  passiveCompanions: Set<string>;
  /** Qualifiers before a number ("at least", "more than"), as word lists by their first word. */
  numberQualifiers: Map<string, string[][]>;
  possessives: Set<string>;
  quoteOpen: Set<string>;
  quoteClose: Set<string>;
  quoteEither: Set<string>;
  singleOpen: Set<string>;
  singleClose: Set<string>;
  /** 1 for an ASCII character some quote mark starts with (and for ` and ', doubled marks): a cheap gate. */
  quoteAscii: Uint8Array;
  /**
   * Every part of a multi-word key before one of its spaces ("point" for "point out"), for `verbs`,
   * `adjectives` and `nounPreps`: a word that is none of them cannot begin a key, so the hot loops
   * build "w1 w2" strings only after this test.
   */
  verbPrefixes: Set<string>;
  adjectivePrefixes: Set<string>;
  nounPrepPrefixes: Set<string>;
  /** Cheap gates for the per-token lookups (see kb/gate.ts). */
  conditionalGate: WordGate;
  nounGate: WordGate;
}

interface GrammarFile {
  complementizers: string[];
  whWords: string[];
  relativePronouns: string[];
  nounTaggedCues: string[];
  nounTaggedClauseCues: string[];
  nounTaggedInfinitiveCues: string[];
  nounTaggedObjectCues: string[];
  objectPronouns: string[];
  siblingConjunctions: string[];
  subjectConjunctions: string[];
  speakerActVerbs: string[];
  possessedSpeakers: string[];
  reportEndingSubordinators: string[];
  proformContents: string[];
  particles: string[];
  passiveAuxiliaries: string[];
  subordinators: string[];
  speakerAdverbs: string[];
  quantifierSubjects: string[];
  timeNouns: string[];
  reportAdjunctNouns: string[];
  reportSettingNouns: string[];
  adjunctPreps: string[];
  speakerPhrasePreps: string[];
  parentheticalDashes: string[];
  signatureDashes: string[];
  expletiveSubjects: string[];
  passiveCompanions: string[];
  numberQualifiers: string[];
  possessives: string[];
  quoteMarks: { open: string[]; close: string[]; either: string[]; singleOpen: string[]; singleClose: string[] };
}

interface VerbsFile {
  verbs: Record<string, [Stance, string]>;
  evidentials: string[];
  documents: string[];
  hearsayAdverbs: string[];
  perceptionPassives: string[];
  judgementPassives: string[];
  judgementPreps: string[];
  smallClauseCues: string[];
  objectPredicateCues: string[];
  sourceNouns: string[];
  citingCues: string[];
  notContent: string[];
  nouns: Record<string, Stance>;
  adjectives: Record<string, Stance>;
  nounPreps: Record<string, Stance>;
  concern: { objects: Record<string, Stance> };
}

interface ModalityFile {
  auxiliaries: Record<string, Modality>;
  catenatives: Record<string, Modality>;
  intentNouns: string[];
  conditionals: string[];
  backshifted: string[];
  presentIrregular: string[];
  negators: string[];
  negatorPairs: [string, string][];
  negativeSubjects: string[];
}

let compiled: Lexicon | null = null;

/** The parts of the keys before each of their spaces ("a b c" -> "a", "a b"). */
function spacePrefixes(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) for (let p = k.indexOf(' '); p >= 0; p = k.indexOf(' ', p + 1)) out.add(k.slice(0, p));
  return out;
}

/** Table of the ASCII characters the given strings start with. */
function asciiStarts(words: readonly string[]): Uint8Array {
  const out = new Uint8Array(128);
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (c < 128) out[c] = 1;
  }
  return out;
}

/** The compiled lexicon (lazy singleton). */
export function lexicon(): Lexicon {
  if (compiled !== null) return compiled;
  const v = readDataJson<VerbsFile>('reporting-verbs.json');
  const m = readDataJson<ModalityFile>('modality.json');
  const g = readDataJson<GrammarFile>('clause-grammar.json');
  const verbs = new Map<string, Cue>();
  const cueHeads = new Map<string, string[]>();
  for (const [lemma, [stance, spec]] of Object.entries(v.verbs)) {
    let flags = 0;
    for (const f of spec.split(' ')) {
      const bit = FLAG[f];
      if (bit === undefined) throw new Error(`reporting-verbs.json: unknown complement '${f}' for '${lemma}'`);
      flags |= bit;
    }
    verbs.set(lemma, { stance, flags });
    const sp = lemma.indexOf(' ');
    if (sp > 0) {
      const head = lemma.slice(0, sp);
      const list = cueHeads.get(head) ?? [];
      list.push(lemma.slice(sp + 1));
      cueHeads.set(head, list);
    }
  }
  const negatorPairs = new Map<string, Set<string>>();
  for (const [a, b] of m.negatorPairs) {
    const s = negatorPairs.get(a) ?? new Set<string>();
    s.add(b);
    negatorPairs.set(a, s);
  }
  compiled = {
    verbs,
    cueHeads,
    nouns: new Map(Object.entries(v.nouns)),
    evidentials: new Set(v.evidentials),
    documents: new Set(v.documents),
    hearsayAdverbs: new Set(v.hearsayAdverbs),
    perceptionPassives: new Set(v.perceptionPassives),
    judgementPassives: new Set(v.judgementPassives),
    judgementPreps: new Set(v.judgementPreps),
    smallClauseCues: new Set(v.smallClauseCues),
    objectPredicateCues: new Set(v.objectPredicateCues),
    sourceNouns: new Set(v.sourceNouns),
    citingCues: new Set(v.citingCues),
    notContent: new Set(v.notContent),
    adjectives: new Map(Object.entries(v.adjectives)),
    nounPreps: new Map(Object.entries(v.nounPreps)),
    stanceObjects: new Map(Object.entries(v.concern.objects)),
    auxiliaries: new Map(Object.entries(m.auxiliaries)),
    catenatives: new Map(Object.entries(m.catenatives)),
    intentNouns: new Set(m.intentNouns),
    conditionals: new Set(m.conditionals),
    backshifted: new Set(m.backshifted),
    presentIrregular: new Set(m.presentIrregular),
    negators: new Set(m.negators),
    negatorPairs,
    negativeSubjects: new Set(m.negativeSubjects),
    complementizers: new Set(g.complementizers),
    whWords: new Set(g.whWords),
    relativePronouns: new Set(g.relativePronouns),
    nounTaggedCues: new Set(g.nounTaggedCues),
    nounTaggedClauseCues: new Set(g.nounTaggedClauseCues),
    nounTaggedInfinitiveCues: new Set(g.nounTaggedInfinitiveCues),
    nounTaggedObjectCues: new Set(g.nounTaggedObjectCues),
    objectPronouns: new Set(g.objectPronouns),
    siblingConjunctions: new Set(g.siblingConjunctions),
    subjectConjunctions: new Set(g.subjectConjunctions),
    speakerActVerbs: new Set(g.speakerActVerbs),
    possessedSpeakers: new Set(g.possessedSpeakers),
    reportEndingSubordinators: new Set(g.reportEndingSubordinators),
    proformContents: new Set(g.proformContents),
    particles: new Set(g.particles),
    passiveAuxiliaries: new Set(g.passiveAuxiliaries),
    subordinators: new Set(g.subordinators),
    speakerAdverbs: new Set(g.speakerAdverbs),
    quantifierSubjects: new Set(g.quantifierSubjects),
    timeNouns: new Set(g.timeNouns),
    reportAdjunctNouns: new Set(g.reportAdjunctNouns),
    reportSettingNouns: new Set(g.reportSettingNouns),
    adjunctPreps: new Set(g.adjunctPreps),
    speakerPhrasePreps: new Set(g.speakerPhrasePreps),
    parentheticalDashes: new Set(g.parentheticalDashes),
    signatureDashes: new Set(g.signatureDashes),
    expletiveSubjects: new Set(g.expletiveSubjects),
    passiveCompanions: new Set(g.passiveCompanions),
    numberQualifiers: byFirstWord(g.numberQualifiers),
    possessives: new Set(g.possessives),
    quoteOpen: new Set(g.quoteMarks.open),
    quoteClose: new Set(g.quoteMarks.close),
    quoteEither: new Set(g.quoteMarks.either),
    singleOpen: new Set(g.quoteMarks.singleOpen),
    singleClose: new Set(g.quoteMarks.singleClose),
    quoteAscii: asciiStarts([...Object.values(g.quoteMarks).flat(), '`', "'"]),
    verbPrefixes: spacePrefixes(verbs.keys()),
    adjectivePrefixes: spacePrefixes(Object.keys(v.adjectives)),
    nounPrepPrefixes: spacePrefixes(Object.keys(v.nounPreps)),
    conditionalGate: new WordGate(m.conditionals),
    nounGate: new WordGate(Object.keys(v.nouns)),
  };
  return compiled;
}

/** Multi-word phrases as word lists grouped by their first word, longest first. */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(' ');
    const list = out.get(words[0]!) ?? [];
    list.push(words);
    out.set(words[0]!, list);
  }
  for (const list of out.values()) list.sort((x, y) => y.length - x.length);
  return out;
}
