// data/time.json compiled once per process into Maps and Sets for the token matchers.
import { readDataJson } from '../kb/data.js';
import { WordGate } from '../kb/gate.js';

interface HolidayRule {
  month?: number;
  day?: number;
  weekday?: number;
  nth?: number;
  easter?: number;
}

interface TimeData {
  months: Record<string, number>;
  ambiguousMonths: string[];
  weekdays: Record<string, number>;
  weekdayPlurals: Record<string, number>;
  numbers: Record<string, number>;
  numberTens: string[];
  vagueNumbers: string[];
  ordinals: Record<string, number>;
  units: Record<string, string>;
  setAdverbs: Record<string, string>;
  setHeads: string[];
  setBefore: string[];
  seasons: Record<string, string>;
  partsOfDay: Record<string, string>;
  deictic: Record<string, number>;
  deicticPart: Record<string, string>;
  relative: Record<string, number>;
  latestWords: string[];
  approx: Record<string, boolean>;
  approxAfter: Record<string, boolean>;
  positional: string[];
  vague: Record<string, string | null>;
  vaguePhrases: Record<string, string>;
  vagueNeedsNext: Record<string, string[]>;
  agoWords: Record<string, number>;
  holidays: Record<string, HolidayRule>;
  clock: { meridiem: Record<string, number>; named: Record<string, string>; zones: string[]; oclock: string[] };
  tense: { future: string[]; futureBefore: string[]; past: string[]; reporting: string[]; passiveBe: string[] };
  fiscal: string[];
  quarterWords: Record<string, string>;
  yearAgo: string[];
  yearAgoParts: string[];
  yearEnd: string[];
  spokenCenturies: Record<string, number>;
  decadeWords: Record<string, number>;
  periodSkip: string[];
  /** Participles that give a period by its end ("the year ended June 30"). */
  periodEnds: string[];
  unitAdjectives: string[];
  notYearAfter: string[];
  boundBefore: string[];
  notYearBefore: string[];
  titleWords: string[];
  partOfDayLeaders: string[];
  partOfDayPrepositions: string[];
}

/** A multi-word phrase: its words (space-separated in the data) and a payload. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** Phrases indexed by the first token their first word starts with (wink splits at - and '). */
export type PhraseIndex<T> = Map<string, Phrase<T>[]>;

export interface TimeLexicon {
  months: Map<string, number>;
  ambiguousMonths: Set<string>;
  weekdays: Map<string, number>;
  weekdayPlurals: Map<string, number>;
  numbers: Map<string, number>;
  numberTens: Set<string>;
  vagueNumbers: Set<string>;
  ordinals: Map<string, number>;
  units: Map<string, string>;
  setAdverbs: Map<string, string>;
  setHeads: Set<string>;
  setBefore: Set<string>;
  seasons: Map<string, string>;
  partsOfDay: Map<string, string>;
  deictic: Map<string, number>;
  deicticPart: Map<string, string>;
  relative: Map<string, number>;
  latest: PhraseIndex<true>;
  approx: PhraseIndex<boolean>;
  /** After an expression, an approximate end kept in its span ("or so"; false: after a date only, "or later"). */
  approxAfter: PhraseIndex<boolean>;
  positional: PhraseIndex<true>;
  vague: Map<string, string | null>;
  vaguePhrases: PhraseIndex<string>;
  vagueNeedsNext: Map<string, Set<string>>;
  ago: PhraseIndex<number>;
  holidays: PhraseIndex<HolidayRule>;
  meridiem: Map<string, number>;
  namedClock: Map<string, string>;
  zones: Set<string>;
  oclock: Set<string>;
  futureCues: Set<string>;
  /** Future cues only when they stand before the expression (modals and plans: 'would leave Tuesday'). */
  futureBeforeCues: Set<string>;
  pastCues: Set<string>;
  reportingCues: Set<string>;
  /** Forms of "be" that are not past: a participle after them is a passive ("will be held"), not a past form. */
  passiveBe: Set<string>;
  fiscal: Set<string>;
  quarterWords: Map<string, string>;
  yearAgo: Set<string>;
  yearAgoParts: Set<string>;
  yearEnd: PhraseIndex<true>;
  spokenCenturies: Map<string, number>;
  decadeWords: Map<string, number>;
  periodSkip: Set<string>;
  periodEnds: Set<string>;
  unitAdjectives: Set<string>;
  notYearAfter: Set<string>;
  /** Words before a time expression that make it a bound of a state ("until 1973", "since October"), not when an act happened. */
  boundBefore: Set<string>;
  notYearBefore: Set<string>;
  /** Time words written lower-case in running text (capitalised, they name a title: 'This Week'). */
  titleWords: Set<string>;
  /** Words before a bare part of day that make it a time ("early afternoon", "the morning"). */
  partOfDayLeaders: Set<string>;
  /** Prepositions before "the" + part of day ("in the morning", "by the afternoon"). */
  partOfDayPrepositions: Set<string>;
  /** Every token form that can begin or continue a time expression (cheap gate before the matchers run). */
  starts: Set<string>;
  /** Forms that are a time expression, or its head, on their own ("Friday", "years", "now"). */
  standalone: Set<string>;
  /** One lookup for the scan: 1 = standalone time word, 2 = word that may lead into one. */
  gate: Map<string, 1 | 2>;
  /** Cheap pre-tests (kb/gate.ts): for the keys of `gate`, and for the first words of every PhraseIndex. */
  gateWords: WordGate;
  phraseWords: WordGate;
  startsWords: WordGate;
}

export type { HolidayRule };

function firstToken(word: string): string {
  const cut = word.search(/(?<=.)['\u2019-]/);
  return cut > 0 ? word.slice(0, cut) : word;
}

function phraseIndex<T>(entries: Iterable<[string, T]>): PhraseIndex<T> {
  const idx: PhraseIndex<T> = new Map();
  for (const [text, value] of entries) {
    const words = text.toLowerCase().split(' ');
    const key = firstToken(words[0]!);
    let list = idx.get(key);
    if (list === undefined) idx.set(key, (list = []));
    list.push({ words, value });
  }
  // Longest phrases first, so the first hit is the longest.
  for (const list of idx.values()) list.sort((a, b) => b.words.length - a.words.length);
  return idx;
}

let cached: TimeLexicon | null = null;

/** The compiled lexicon (lazy singleton). */
export function timeLexicon(): TimeLexicon {
  if (cached !== null) return cached;
  const d = readDataJson<TimeData>('time.json');
  const m = <V>(r: Record<string, V>): Map<string, V> => new Map(Object.entries(r));
  const lex: TimeLexicon = {
    months: m(d.months),
    ambiguousMonths: new Set(d.ambiguousMonths),
    weekdays: m(d.weekdays),
    weekdayPlurals: m(d.weekdayPlurals),
    numbers: m(d.numbers),
    numberTens: new Set(d.numberTens),
    vagueNumbers: new Set(d.vagueNumbers),
    ordinals: m(d.ordinals),
    units: m(d.units),
    setAdverbs: m(d.setAdverbs),
    setHeads: new Set(d.setHeads),
    setBefore: new Set(d.setBefore),
    seasons: m(d.seasons),
    partsOfDay: m(d.partsOfDay),
    deictic: m(d.deictic),
    deicticPart: m(d.deicticPart),
    relative: m(d.relative),
    latest: phraseIndex(d.latestWords.map((w): [string, true] => [w, true])),
    approx: phraseIndex(Object.entries(d.approx)),
    approxAfter: phraseIndex(Object.entries(d.approxAfter)),
    positional: phraseIndex(d.positional.map((w): [string, true] => [w, true])),
    vague: m(d.vague),
    vaguePhrases: phraseIndex(Object.entries(d.vaguePhrases)),
    vagueNeedsNext: new Map(Object.entries(d.vagueNeedsNext).map(([k, v]) => [k, new Set(v)])),
    ago: phraseIndex(Object.entries(d.agoWords)),
    holidays: phraseIndex(Object.entries(d.holidays)),
    meridiem: m(d.clock.meridiem),
    namedClock: m(d.clock.named),
    zones: new Set(d.clock.zones),
    oclock: new Set(d.clock.oclock),
    futureCues: new Set(d.tense.future),
    futureBeforeCues: new Set(d.tense.futureBefore),
    pastCues: new Set(d.tense.past),
    reportingCues: new Set(d.tense.reporting),
    passiveBe: new Set(d.tense.passiveBe),
    fiscal: new Set(d.fiscal),
    quarterWords: m(d.quarterWords),
    yearAgo: new Set(d.yearAgo),
    yearAgoParts: new Set(d.yearAgoParts),
    yearEnd: phraseIndex(d.yearEnd.map((w): [string, true] => [w, true])),
    spokenCenturies: m(d.spokenCenturies),
    decadeWords: m(d.decadeWords),
    periodSkip: new Set(d.periodSkip),
    periodEnds: new Set(d.periodEnds),
    unitAdjectives: new Set(d.unitAdjectives),
    notYearAfter: new Set(d.notYearAfter),
    boundBefore: new Set(d.boundBefore),
    notYearBefore: new Set(d.notYearBefore),
    titleWords: new Set(d.titleWords),
    partOfDayLeaders: new Set(d.partOfDayLeaders),
    partOfDayPrepositions: new Set(d.partOfDayPrepositions),
    starts: new Set(),
    standalone: new Set(),
    gate: new Map(),
    gateWords: new WordGate(),
    phraseWords: new WordGate(),
    startsWords: new WordGate(),
  };
  const starts = lex.starts;
  const add = (keys: Iterable<string>): void => {
    for (const k of keys) starts.add(k);
  };
  add(lex.months.keys());
  add(lex.weekdays.keys());
  add(lex.weekdayPlurals.keys());
  add(lex.numbers.keys());
  add(lex.vagueNumbers);
  add(lex.units.keys());
  add(lex.setAdverbs.keys());
  add(lex.setHeads);
  add(lex.seasons.keys());
  add(lex.partsOfDay.keys());
  add(lex.deictic.keys());
  add(lex.relative.keys());
  add(lex.latest.keys());
  add(lex.approx.keys());
  add(lex.positional.keys());
  add(lex.vague.keys());
  add(lex.vaguePhrases.keys());
  add(lex.holidays.keys());
  add(lex.namedClock.keys());
  add(lex.fiscal);
  add(lex.yearAgo);
  add(lex.ordinals.keys());
  add(lex.yearEnd.keys());
  add(lex.spokenCenturies.keys());
  add(lex.decadeWords.keys());
  add(['the', 'that', 'year', 'mid']);
  add(lex.periodSkip);
  add(lex.unitAdjectives);
  for (const idx of [lex.latest, lex.approx, lex.approxAfter, lex.positional, lex.vaguePhrases, lex.ago, lex.holidays, lex.yearEnd]) {
    for (const list of idx.values()) for (const p of list) for (const w of p.words) add(w.split(/(?=['\u2019-])|(?<=-)/));
  }
  const alone = lex.standalone;
  for (const keys of [
    lex.months.keys(), lex.weekdays.keys(), lex.weekdayPlurals.keys(), lex.units.keys(), lex.setAdverbs.keys(),
    lex.seasons.keys(), lex.partsOfDay.keys(), lex.deictic.keys(), lex.vague.keys(), lex.namedClock.keys(),
    lex.yearAgo, lex.holidays.keys(), lex.yearEnd.keys(), lex.decadeWords.keys(),
  ]) {
    for (const k of keys) alone.add(k);
  }
  for (const k of starts) lex.gate.set(k, 2);
  for (const k of alone) lex.gate.set(k, 1);
  for (const k of lex.gate.keys()) lex.gateWords.add(k);
  for (const k of starts) lex.startsWords.add(k);
  for (const idx of [lex.latest, lex.approx, lex.approxAfter, lex.positional, lex.vaguePhrases, lex.ago, lex.holidays, lex.yearEnd]) {
    for (const k of idx.keys()) lex.phraseWords.add(k);
  }
  cached = lex;
  return lex;
}
