// The event dictionaries (data/cameo/*.json) compiled once per process into Maps from an anchor word to
// its patterns, longest first. Knowledge lives in the JSON; this file only compiles it.
import { readDataJson } from '../kb/data.js';
import { WordGate } from '../kb/gate.js';

/**
 * One word slot of a pattern: the forms it accepts, whether a gap may precede it ('_'), and the fewest
 * tokens that gap must hold ('+': at least one, "return + to" needs an object before 'to').
 */
export interface Slot {
  words: ReadonlySet<string>;
  gap: boolean;
  minGap: number;
}

/** A compiled pattern: the anchor (first word) is the Map key; `rest` must follow it. */
export interface Pattern {
  rest: Slot[];
  /** CAMEO code, or null for a blocking pattern ('-'). */
  code: string | null;
  /** The pattern text, for debugging and docs. */
  text: string;
}

export interface Rules {
  /** Arrests, charges and convictions (code prefixes) whose 'for' + gerund or noun trigger of a cooperative root names the charge, no act of its own. */
  chargedActs: { codes: readonly string[]; preps: ReadonlySet<string>; roots: ReadonlySet<string> };
  compose: Record<string, Record<string, string>>;
  composeWindow: number;
  negatedCompose: Record<string, Record<string, string>>;
  /** Verbs a composition link passes through ("readiness to arrange the trip"). */
  lightVerbs: ReadonlySet<string>;
  futureGovernors: ReadonlySet<string>;
  permitGovernors: ReadonlySet<string>;
  /** Verbs whose gerund complement is their subject's act ("began shelling"). */
  gerundGovernors: ReadonlySet<string>;
  backgroundPreps: ReadonlySet<string>;
  targetPreps: readonly string[];
  topicPreps: { verbal: ReadonlySet<string>; any: ReadonlySet<string> };
  negators: ReadonlySet<string>;
  /** Roots a state speaker reporting them without an agent does not claim as its own acts (rules.json accusedRoots). */
  accusedRoots: ReadonlySet<string>;
  modals: ReadonlyMap<string, 'future' | 'hypothetical'>;
  reporting: ReadonlyMap<string, string>;
  inheritingPassives: ReadonlySet<string>;
  quantityWords: ReadonlyMap<string, number | null>;
  /** Verbs whose 'to'-complement did not happen ("failed to reach agreement"). */
  failGovernors: ReadonlySet<string>;
  /** Verbs whose 'to'-complement is decided or attempted, not only intended ("decided to lift the curfew"). */
  actGovernors: ReadonlySet<string>;
  /** Verbs of offering and the code a conflict act offered takes ("offered to send troops" is cooperation). */
  offerGovernors: { lemmas: ReadonlySet<string>; conflictAs: string };
  /** -ing participles used as adjectives of their doer ("the visiting delegation", "talks with invading forces"). */
  attributiveParticiples: ReadonlySet<string>;
  /** Obligation modals in someone's account -> the governing root ("Y must withdraw" -> demand 10). */
  obligationModals: ReadonlyMap<string, string>;
  /** Cues of asking and ordering: an act in their indirect content is asked for (lemma -> governor root). */
  directiveCues: ReadonlyMap<string, string>;
  /** Reporting cues that claim the speaker's own act ("claimed that they had attacked") -> code. */
  responsibilityCues: ReadonlyMap<string, string>;
  /**
   * A movement (deployment, arrival) with a purpose of `roots` in its sentence is that purpose; one of
   * `linkedMovement` whose 'to'-infinitive is of `linkedRoots` ("sent experts to investigate") too.
   */
  purpose: { movement: ReadonlySet<string>; roots: ReadonlySet<string>; linkedMovement: ReadonlySet<string>; linkedRoots: ReadonlySet<string> };
  /** Roots of appeals and demands whose that-clause is their complement ("demand that the US ease sanctions"). */
  thatGovernors: ReadonlySet<string>;
  /** Verbs of deliberating that also judge: with a small clause ("considered it inappropriate") no event. */
  judgementVerbs: ReadonlySet<string>;
  /** Verbs that are an event only with an actor as target ("prevent"). */
  actorPatientVerbs: ReadonlySet<string>;
  /** Auxiliaries that open a yes/no question ("Did the army shell the town?"). */
  questionOpeners: ReadonlySet<string>;
  /** Subordinators that open the reporter's own clause after a reporting clause ("..., officials said, as ..."). */
  reporterAsides: ReadonlySet<string>;
  /** Words opening a condition that makes a speaker's own conflict act a threat ("would ... if", "unless"). */
  conditionalThreats: ReadonlySet<string>;
  /** Nouns (lemmas) of a right or freedom to an act ("the right to peaceful protest"): no act is told. */
  rightNouns: ReadonlySet<string>;
}

export interface Lexicon {
  /** Every anchor word of a verb pattern or a noun trigger (a quick filter before the Map lookups). */
  anchors: ReadonlySet<string>;
  /** Cheap pre-test for `anchors` (see kb/gate.ts). */
  anchorGate: WordGate;
  verbs: ReadonlyMap<string, Pattern[]>;
  nouns: ReadonlyMap<string, Pattern[]>;
  rules: Rules;
}

interface PatternFile {
  classes?: Record<string, string>;
  patterns: Record<string, string[]>;
}

interface RulesFile {
  chargedActs: { codes: string[]; preps: string[]; roots: string[] };
  compose: Record<string, Record<string, string>>;
  composeWindow: number;
  negatedCompose: Record<string, Record<string, string>>;
  lightVerbs: string[];
  futureGovernors: string[];
  permitGovernors: string[];
  gerundGovernors: string[];
  backgroundPreps: string[];
  targetPreps: string[];
  topicPreps: { verbal: string[]; any: string[] };
  negators: string[];
  accusedRoots: string[];
  modals: Record<string, 'future' | 'hypothetical'>;
  reporting: Record<string, string>;
  inheritingPassives: string[];
  quantityWords: Record<string, number | null>;
  failGovernors: string[];
  actGovernors: string[];
  offerGovernors: { lemmas: string[]; conflictAs: string };
  attributiveParticiples: string[];
  obligationModals: Record<string, string>;
  directiveCues: Record<string, string>;
  responsibilityCues: Record<string, string>;
  purpose: { movement: string[]; roots: string[]; linkedMovement: string[]; linkedRoots: string[] };
  thatGovernors: string[];
  judgementVerbs: string[];
  actorPatientVerbs: string[];
  questionOpeners: string[];
  reporterAsides: string[];
  conditionalThreats: string[];
  rightNouns: string[];
}

const CODE = /^(\d{3,4}|-)$/;

function compile(file: PatternFile, classes: Record<string, string>, what: string): Map<string, Pattern[]> {
  const out = new Map<string, Pattern[]>();
  const seen = new Set<string>();
  for (const list of Object.values(file.patterns)) {
    for (const entry of list) {
      const eq = entry.lastIndexOf('=');
      const lhs = entry.slice(0, eq).trim();
      const code = entry.slice(eq + 1).trim();
      if (eq < 0 || !CODE.test(code) || lhs === '') throw new Error(`${what}: bad pattern "${entry}"`);
      if (seen.has(lhs)) continue; // the first entry of a pattern wins
      seen.add(lhs);
      const words = lhs.split(/\s+/);
      const slots: Slot[] = [];
      let gap = false;
      let minGap = 0;
      for (const w of words) {
        if (w === '_' || w === '+') {
          gap = true;
          minGap = w === '+' ? 1 : 0;
          continue;
        }
        const alts: string[] = [];
        for (const part of w.split('|')) {
          const cls = part.startsWith('@') ? classes[part.slice(1)] : part;
          if (cls === undefined) throw new Error(`${what}: unknown class ${part} in "${entry}"`);
          alts.push(...cls.split('|'));
        }
        slots.push({ words: new Set(alts), gap, minGap });
        gap = false;
        minGap = 0;
      }
      const [anchor, ...rest] = slots;
      const p: Pattern = { rest, code: code === '-' ? null : code, text: lhs };
      for (const a of anchor!.words) {
        let arr = out.get(a);
        if (arr === undefined) out.set(a, (arr = []));
        arr.push(p);
      }
    }
  }
  // Longest first; among equals, adjacent (no gap) before gapped.
  const gaps = (p: Pattern): number => p.rest.reduce((n, s) => n + (s.gap ? 1 : 0), 0);
  for (const arr of out.values()) arr.sort((a, b) => b.rest.length - a.rest.length || gaps(a) - gaps(b));
  return out;
}

let lexicon: Lexicon | null = null;

/** The compiled event dictionaries (lazy singleton). */
export function eventLexicon(): Lexicon {
  if (lexicon !== null) return lexicon;
  const verbs = readDataJson<PatternFile>('cameo/verbs.json');
  const nouns = readDataJson<PatternFile>('cameo/nouns.json');
  const r = readDataJson<RulesFile>('cameo/rules.json');
  const classes = verbs.classes ?? {};
  const v = compile(verbs, classes, 'cameo/verbs.json');
  const n = compile(nouns, classes, 'cameo/nouns.json');
  const anchors = new Set([...v.keys(), ...n.keys()]);
  lexicon = {
    anchors,
    anchorGate: new WordGate(anchors),
    verbs: v,
    nouns: n,
    rules: {
      chargedActs: { codes: r.chargedActs.codes, preps: new Set(r.chargedActs.preps), roots: new Set(r.chargedActs.roots) },
      compose: r.compose,
      composeWindow: r.composeWindow,
      negatedCompose: r.negatedCompose,
      lightVerbs: new Set(r.lightVerbs),
      futureGovernors: new Set(r.futureGovernors),
      permitGovernors: new Set(r.permitGovernors),
      gerundGovernors: new Set(r.gerundGovernors),
      backgroundPreps: new Set(r.backgroundPreps),
      targetPreps: r.targetPreps,
      topicPreps: { verbal: new Set(r.topicPreps.verbal), any: new Set(r.topicPreps.any) },
      negators: new Set(r.negators),
      accusedRoots: new Set(r.accusedRoots),
      modals: new Map(Object.entries(r.modals)),
      reporting: new Map(Object.entries(r.reporting)),
      inheritingPassives: new Set(r.inheritingPassives),
      quantityWords: new Map(Object.entries(r.quantityWords)),
      failGovernors: new Set(r.failGovernors),
      actGovernors: new Set(r.actGovernors),
      offerGovernors: { lemmas: new Set(r.offerGovernors.lemmas), conflictAs: r.offerGovernors.conflictAs },
      attributiveParticiples: new Set(r.attributiveParticiples),
      obligationModals: new Map(Object.entries(r.obligationModals)),
      directiveCues: new Map(Object.entries(r.directiveCues)),
      responsibilityCues: new Map(Object.entries(r.responsibilityCues)),
      purpose: {
        movement: new Set(r.purpose.movement),
        roots: new Set(r.purpose.roots),
        linkedMovement: new Set(r.purpose.linkedMovement),
        linkedRoots: new Set(r.purpose.linkedRoots),
      },
      thatGovernors: new Set(r.thatGovernors),
      judgementVerbs: new Set(r.judgementVerbs),
      actorPatientVerbs: new Set(r.actorPatientVerbs),
      questionOpeners: new Set(r.questionOpeners),
      reporterAsides: new Set(r.reporterAsides),
      conditionalThreats: new Set(r.conditionalThreats),
      rightNouns: new Set(r.rightNouns),
    },
  };
  return lexicon;
}

/**
 * The code of governor `g` with a negated complement `k` ("vowed not to return", "promised not to
 * attack"): rules.json negatedCompose, else the governor's own code.
 */
export function negatedComposeCode(rules: Rules, g: string, k: string): string {
  const hit = rules.negatedCompose[g.slice(0, 2)]?.[k.slice(0, 2)];
  if (hit === undefined) return g;
  return hit.length === 2 ? composeCode(rules, hit + '0', k) ?? hit + '0' : hit;
}

/** Governor code `g` combined with complement code `k` by the compose table (most specific key wins); null: none. */
export function composeCode(rules: Rules, g: string, k: string): string | null {
  const table = rules.compose[g.slice(0, 2)];
  if (table === undefined) return null;
  for (let key = k; key.length >= 2; key = key.slice(0, -1)) {
    const hit = table[key];
    if (hit !== undefined) return hit;
  }
  return null;
}
