// Per-sentence analysis of triggers: arguments (source, target), realis, quantity, composition of
// governing events with their complements, and the merging of an event noun with the event verb it
// is the subject of.
import type { Actor } from '../actors/types.js';
import { lexicon as clauseLexicon } from '../clauses/lexicon.js';
import type { Clause } from '../clauses/types.js';
import { countries } from '../kb/countries.js';
import { lexicon as actorLexicon } from '../kb/lexicon.js';
import { countryName } from '../actors/code.js';
import { POS, tokenAt, type Doc } from '../nlp/doc.js';
import type { Realis } from '../schema.js';
import type { EventContext } from './index.js';
import { composeCode, negatedComposeCode, type Lexicon } from './lexicon.js';
import type { Trigger } from './match.js';
import { argsRight, groupInfo, groupStart, headOf, isNominal, listRight, npLeft, npRight, participleModifier, subjectLeft, type Phrase, type PrepPhrase } from './phrases.js';
import { wordSet } from '../kb/words.js';
import { readDataJson } from '../kb/data.js';
import { int32sOf, uint8s } from '../slab.js';
import { WordGate } from '../kb/gate.js';

export interface Analysis {
  trigger: Trigger;
  code: string;
  source: Phrase | null;
  target: Phrase | null;
  sourceActors: number[];
  targetActors: number[];
  realis: Realis;
  /** No agent can be named from the clause: a passive without by-agent, or "there is <event noun>". */
  passiveNoAgent: boolean;
  quantity: { text: string; value: number | null; span: [number, number] } | null;
  confidence: number;
  evidence: Phrase;
  /** Token range the trigger's own phrase covers (the noun phrase of a noun trigger). */
  extent: Phrase;
  /** Start of the verb group (verbs) or of the noun phrase (nouns). */
  groupStart: number;
  background: boolean;
  /** Ranges of the trigger's object and prepositional phrases, with the preposition ('' for the object). */
  args: { prep: string; tokStart: number; tokEnd: number }[];
  /** The subject was reached through a relative pronoun; the antecedent phrase. */
  antecedent: Phrase | null;
  /** A joint act of source and target: also coded the other way round (target -> source). */
  reciprocal: boolean;
  /** The two sides are a pair acting on each other ("both sides accused each other"), whatever the act. */
  mutual?: boolean;
  /** Further targets of a coordinated target phrase ("defended Iraq and Libya"): one more event each. */
  moreTargets: Phrase[];
  /** Why the analysis was dropped (kept for the rules that look at dropped triggers). */
  dropped: '' | 'composed' | 'topic' | 'same' | 'relative' | 'merged' | 'repeat' | 'figurative';
}

/** Two actors a later "the two countries" or "each other" may refer to; `at` orders them in the text. */
interface Pair {
  at: number;
  a: number;
  b: number;
  aPh: Phrase;
  bPh: Phrase;
}

/** Per-document lookups shared by the sentence analyses. */
export class Ctx {
  readonly doc: Doc;
  readonly lex: Lexicon;
  readonly ctx: EventContext;
  /** Mention index of every token (-1: none). */
  private readonly tokMention: Int32Array;
  private readonly timeTok: Uint8Array;
  /** 1 for the tokens of reporting cues ("said", "reported", "according to"). */
  readonly cueTok: Uint8Array;
  private readonly byPred = new Map<number, Clause>();
  /** The first country actor of each ISO 3166 alpha-3 code. */
  private readonly countryActors = new Map<string, number>();
  readonly hasActors: boolean;
  private readonly placeActorOf: Int32Array | undefined;
  /** Roots of the events coded so far in this document. */
  readonly seenRoots = new Set<string>();
  /** The opponent in the story's conflict so far: last target of a 15-20 event, or the yielding side of an 08 event (-1: none). */
  conflictParty = -1;
  /** Phrases that refer back to a pair ("the two countries", "each other"): index into pairRefs by token (-1: none). */
  private readonly pairRefAt: Int32Array;
  private readonly pairRefs: Phrase[] = [];
  /** Pairs a later "the two countries" can refer to, in text order: coordinated actors ("A and B") and the sides of joint acts. */
  private readonly pairs: Pair[] = [];

  constructor(ctx: EventContext, lex: Lexicon) {
    this.ctx = ctx;
    this.doc = ctx.doc;
    this.lex = lex;
    this.tokMention = int32sOf(ctx.doc.length, -1);
    ctx.mentions.forEach((m, i) => {
      for (let t = m.tokStart; t < m.tokEnd; t++) {
        const cur = this.tokMention[t]!;
        if (cur < 0 || ctx.mentions[cur]!.tokEnd - ctx.mentions[cur]!.tokStart > m.tokEnd - m.tokStart || ctx.actors.actorOf[cur]! < 0) {
          if (ctx.actors.actorOf[i]! >= 0 || cur < 0) this.tokMention[t] = i;
        }
      }
    });
    for (const cl of ctx.clauses.clauses) this.byPred.set(cl.pred, cl);
    ctx.actors.actors.forEach((a, i) => {
      if (a.kind === 'country' && a.country !== null && !this.countryActors.has(a.country)) this.countryActors.set(a.country, i);
    });
    const n = ctx.actors.actors.length;
    ctx.actors.latent?.forEach((a, k) => {
      if (a.country !== null && !this.countryActors.has(a.country)) this.countryActors.set(a.country, n + k);
    });
    this.hasActors = ctx.actors.actors.length > 0;
    this.placeActorOf = ctx.actors.placeActorOf;
    this.timeTok = uint8s(ctx.doc.length);
    this.cueTok = uint8s(ctx.doc.length);
    for (const f of ctx.clauses.frames) this.cueTok.fill(1, f.cue.tokStart, f.cue.tokEnd);
    for (const tm of ctx.times) for (let t = tokenAt(ctx.doc, tm.start); t < ctx.doc.length && ctx.doc.start[t]! < tm.end; t++) this.timeTok[t] = 1;
    this.pairRefAt = int32sOf(ctx.doc.length, -1);
    if (this.hasActors) this.findPairs();
  }

  /**
   * The coordinated pairs of actors ("Armenia and Azerbaijan", "the Sudanese government and the SPLM")
   * and the phrases that may refer back to one ("the two countries", "both sides", "each other").
   */
  private findPairs(): void {
    const doc = this.doc;
    const rr = roles();
    const actorAt = (t: number): number => {
      const m = this.tokMention[t]!;
      if (m < 0) return -1;
      const a = this.ctx.actors.actorOf[m]!;
      return a >= 0 ? a : this.placeActorOf?.[m] ?? -1;
    };
    const mentionAt = (t: number): Phrase => {
      const m = this.ctx.mentions[this.tokMention[t]!]!;
      return { tokStart: m.tokStart, tokEnd: m.tokEnd };
    };
    const gate = rr.pairWordGate;
    for (let t = 1; t + 1 < doc.length; t++) {
      const w = doc.lower[t]!;
      if (!gate.may(w)) continue;
      if (w === 'and' && !this.insideMention(t)) {
        const r = doc.lower[t + 1] === 'the' && t + 2 < doc.length ? t + 2 : t + 1;
        const a = actorAt(t - 1);
        const b = actorAt(r);
        if (a < 0 || b < 0 || a === b || doc.sentOf[t - 1] !== doc.sentOf[r]) continue;
        const aPh = mentionAt(t - 1);
        // A list of three or more ("A, B and C") is no pair.
        if (aPh.tokStart > 0 && doc.form[aPh.tokStart - 1] === ',') continue;
        this.pairs.push({ at: t, a, b, aPh, bPh: mentionAt(r) });
      } else if (rr.pairDeterminers.has(w) && rr.pairNouns.has(doc.lower[t + 1]!) && (w === 'both' || doc.lower[t - 1] === 'the')) {
        this.addPairRef({ tokStart: w === 'both' ? t : t - 1, tokEnd: t + 2 });
      } else if (rr.reciprocalPronouns.get(w) === doc.lower[t + 1]) {
        this.addPairRef({ tokStart: t, tokEnd: t + 2 });
      } else if (rr.pairPronouns.has(w) && this.unresolved(t)) {
        this.addPairRef({ tokStart: t, tokEnd: t + 1 });
      }
    }
  }

  /** Is token t outside any mention, or in one the actors stage found no actor for? */
  private unresolved(t: number): boolean {
    const m = this.tokMention[t]!;
    return m < 0 || this.ctx.actors.actorOf[m]! < 0;
  }

  private addPairRef(ph: Phrase): void {
    for (let k = ph.tokStart; k < ph.tokEnd; k++) this.pairRefAt[k] = this.pairRefs.length;
    this.pairRefs.push(ph);
  }

  /** The two sides of a joint act coded in this story ("Putin met Erdogan"), for a later "the two leaders". */
  noteJointAct(a: number, b: number, aPh: Phrase, bPh: Phrase): void {
    const at = Math.min(aPh.tokStart, bPh.tokStart);
    if (a === b || this.pairs.some((p) => p.at === at)) return;
    let i = this.pairs.length;
    while (i > 0 && this.pairs[i - 1]!.at > at) i--;
    this.pairs.splice(i, 0, { at, a, b, aPh, bPh });
  }

  /**
   * The pair a phrase refers back to when it holds "the two countries", "both sides" or "each other":
   * the latest pair named before it, at most roles.json pairReferences.sentencesBack sentences back.
   */
  pairOf(ph: Phrase | null): { pair: Pair; ref: Phrase } | null {
    if (ph === null || this.pairs.length === 0) return null;
    for (let t = ph.tokStart; t < ph.tokEnd; t++) {
      const r = this.pairRefAt[t]!;
      if (r < 0) continue;
      const ref = this.pairRefs[r]!;
      const sent = this.doc.sentOf[ref.tokStart]!;
      // A pronoun ("they") reaches only a pair that is the subject of its own or the sentence before.
      const pronoun = ref.tokEnd - ref.tokStart === 1;
      for (let i = this.pairs.length - 1; i >= 0; i--) {
        const p = this.pairs[i]!;
        if (p.at >= ref.tokStart) continue;
        const ps = this.doc.sentOf[p.at]!;
        if (ps < sent - (pronoun ? 1 : roles().pairSentencesBack)) return null;
        if (pronoun && Math.min(p.aPh.tokStart, p.bPh.tokStart) > this.doc.sentStart[ps]! + 1) return null;
        return { pair: p, ref };
      }
      return null;
    }
    return null;
  }

  /**
   * The protesters named last in tokens [min, t) (roles.json protesterHeads: "thousands of protesters
   * ..., the sixth night of demonstrations"): their mention's phrase and actor, or null.
   */
  protestersBefore(t: number, min: number): { phrase: Phrase; actor: number } | null {
    const heads = roles().protesterHeads;
    for (let k = t - 1; k >= min; k--) {
      const m = this.tokMention[k]!;
      if (m < 0) continue;
      const x = this.ctx.mentions[m]!;
      const a = this.ctx.actors.actorOf[m]!;
      if (x.kind === 'agent' && a >= 0 && heads.has(x.head ?? '')) return { phrase: { tokStart: x.tokStart, tokEnd: x.tokEnd }, actor: a };
      k = Math.min(k, x.tokStart);
    }
    return null;
  }

  /**
   * Do tokens [a, b) lie inside the proper name of a mention that is longer than them ("Amnesty" in
   * "Amnesty International", "Ceasefire" in "the Ceasefire Violations Committee")? A word of a name
   * names the actor, it is no event.
   */
  insideName(a: number, b: number): boolean {
    const m = this.tokMention[a]!;
    if (m < 0) return false;
    const x = this.ctx.mentions[m]!;
    // An organisation known by its whole name carries no name span: the mention is the name.
    const from = x.nameStart ?? (x.kind === 'organisation' ? x.start : null);
    const to = x.nameEnd ?? (x.kind === 'organisation' ? x.end : null);
    if (from === null || to === null) return false;
    const doc = this.doc;
    // (only capitalised words: "the UN peacekeeping force" still names peacekeeping)
    const c0 = doc.form[a]!.charCodeAt(0);
    if (c0 < 65 || c0 > 90) return false;
    return doc.start[a]! >= from && doc.end[b - 1]! <= to && to - from > doc.end[b - 1]! - doc.start[a]!;
  }

  /** First token of the mention at token t (t itself outside mentions): "Associated Press" from "Press". */
  mentionStart(t: number): number {
    const m = this.tokMention[t]!;
    return m >= 0 ? Math.min(t, this.ctx.mentions[m]!.tokStart) : t;
  }

  /** Is token `t` inside a mention that also covers token t - 1 (a name running over 'and')? */
  insideMention(t: number): boolean {
    const m = this.tokMention[t]!;
    return m >= 0 && this.ctx.mentions[m]!.tokStart < t && this.ctx.mentions[m]!.tokEnd > t;
  }

  /**
   * A lone pronoun's antecedent in the same sentence ("Palestinian leaders said they would ..."): the
   * latest earlier mention of the pronoun's actor that is not itself a pronoun, as a phrase; else the phrase.
   */
  antecedentIn(ph: Phrase | null): Phrase | null {
    if (ph === null || ph.tokEnd - ph.tokStart !== 1) return ph;
    const m = this.tokMention[ph.tokStart]!;
    if (m < 0 || this.ctx.mentions[m]!.kind !== 'pronoun') return ph;
    const a = this.ctx.actors.actorOf[m]!;
    if (a < 0) return ph;
    const sent = this.doc.sentOf[ph.tokStart]!;
    let best: Phrase | null = null;
    for (const k of this.ctx.actors.actors[a]!.mentions) {
      const o = this.ctx.mentions[k]!;
      if (o.kind === 'pronoun' || o.tokEnd > ph.tokStart || this.doc.sentOf[o.tokStart] !== sent) continue;
      best = { tokStart: o.tokStart, tokEnd: o.tokEnd };
    }
    return best ?? ph;
  }

  /** Does the phrase name a resolved place (a country, region or city)? */
  placeInPhrase(ph: Phrase): boolean {
    const placeOf = this.ctx.places.placeOf;
    for (let t = ph.tokStart; t < ph.tokEnd; t++) {
      const m = this.tokMention[t]!;
      if (m >= 0 && (placeOf[m] ?? -1) >= 0) return true;
    }
    return false;
  }

  /**
   * The country actor behind the first resolved place a phrase names ("a curfew in Algiers", "shelled
   * the town of Cizre"): CAMEO and PLOVER code a place that is an act's target as its country. A country
   * the story has no actor for becomes a latent actor (ActorLayer.latent, kept only if an event names it).
   * -1 when the phrase names no place with a country.
   */
  placeCountryActor(ph: Phrase): number {
    const placeOf = this.ctx.places.placeOf;
    for (let t = ph.tokStart; t < ph.tokEnd; t++) {
      const m = this.tokMention[t]!;
      const p = m >= 0 ? placeOf[m] ?? -1 : -1;
      if (p < 0) continue;
      const iso2 = this.ctx.places.places[p]!.country;
      const iso3 = iso2 === null ? null : countries().byIso2(iso2)?.iso3 ?? null;
      if (iso3 === null) return -1;
      const known = this.countryActors.get(iso3);
      if (known !== undefined) return known;
      const layer = this.ctx.actors;
      if (layer.latent === undefined) return -1;
      layer.latent.push({ name: countryName(iso3), kind: 'country', country: iso3, sector: null, title: null, code: iso3, ethnicity: null, mentions: [], confidence: this.ctx.places.places[p]!.confidence });
      const a = layer.actors.length + layer.latent.length - 1;
      this.countryActors.set(iso3, a);
      return a;
    }
    return -1;
  }

  /**
   * Is the phrase's head a place name with a country ("urged Washington", "an ultimatum to Kabul")? As
   * the one an act is addressed to, a capital or country named as a place stands for its government.
   */
  placeHead(ph: Phrase): boolean {
    const m = this.tokMention[headOf(this.doc, ph)]!;
    if (m < 0 || (this.ctx.places.placeOf[m] ?? -1) < 0) return false;
    return this.ctx.places.places[this.ctx.places.placeOf[m]!]!.country !== null;
  }

  /** Is token t part of a mention (a name the mentions stage found: "the Red Cross", "Human Rights Watch")? */
  inMention(t: number): boolean {
    return this.tokMention[t]! >= 0;
  }

  /** Does the phrase hold a country actor? */
  countryIn(ph: Phrase): boolean {
    return this.actorsOf(ph).some((a) => this.actor(a).kind === 'country');
  }

  /** An actor by index, latent ones (countries named only as places) included. */
  actor(a: number): Actor {
    const layer = this.ctx.actors;
    return layer.actors[a] ?? layer.latent![a - layer.actors.length]!;
  }

  /** Is token `t` inside a time expression? */
  isTime(t: number): boolean {
    return this.timeTok[t] === 1;
  }

  clauseOf(pred: number): Clause | undefined {
    return this.byPred.get(pred);
  }

  /** Actors referred to inside a phrase, in text order, distinct. */
  actorsOf(ph: Phrase | null): number[] {
    const out = this.mentionActorsOf(ph);
    if (ph !== null && out.length === 0 && this.countryActors.size > 0) {
      // A demonym or country name with no actor of its own ("Israeli airstrikes", "U.S. sanctions")
      // stands for the country's actor when the story has one.
      const kb = countries();
      for (let t = ph.tokStart; t < ph.tokEnd; t++) {
        const f = this.doc.form[t]!;
        const first = f.charCodeAt(0);
        if (first < 65 || first > 90) continue;
        const c = kb.byDemonym(f) ?? kb.byName(f);
        const a = c !== null ? this.countryActors.get(c.iso3) : undefined;
        if (a !== undefined && !out.includes(a)) out.push(a);
      }
    }
    return out;
  }

  /** Actors of the mentions inside a phrase other than the mention that covers token `h` (its head). */
  actorsBeside(ph: Phrase, h: number): number[] {
    const out: number[] = [];
    for (let t = ph.tokStart; t < ph.tokEnd; t++) {
      const m = this.tokMention[t]!;
      if (m < 0) continue;
      const mm = this.ctx.mentions[m]!;
      if (mm.tokStart <= h && h < mm.tokEnd) continue;
      let a = this.ctx.actors.actorOf[m]!;
      if (a < 0 && this.placeActorOf !== undefined) a = this.placeActorOf[m]!;
      if (a >= 0 && !out.includes(a)) out.push(a);
    }
    return out;
  }

  /** Actors of the mentions inside a phrase (no demonym standing for its country), text order, distinct. */
  mentionActorsOf(ph: Phrase | null): number[] {
    if (ph === null) return [];
    const out: number[] = [];
    for (let t = ph.tokStart; t < ph.tokEnd; t++) {
      if (this.pairRefAt[t]! >= 0) {
        // "the two countries", "each other": the pair named before.
        const p = this.pairOf({ tokStart: t, tokEnd: t + 1 });
        if (p !== null) {
          if (!out.includes(p.pair.a)) out.push(p.pair.a);
          if (!out.includes(p.pair.b)) out.push(p.pair.b);
          t = p.ref.tokEnd - 1;
          continue;
        }
      }
      const m = this.tokMention[t]!;
      if (m < 0) continue;
      let a = this.ctx.actors.actorOf[m]!;
      // A country named as a place ("in Liberia") stands for its (latent) country actor.
      if (a < 0 && this.placeActorOf !== undefined) a = this.placeActorOf[m]!;
      if (a >= 0 && !out.includes(a)) out.push(a);
      // "a former adviser for President Trump": whom a serving title serves modifies it; the phrase is the adviser.
      const mm = this.ctx.mentions[m]!;
      if (out.length === 1 && mm.title !== null && actorLexicon().servingTitles.has(mm.title) && mm.tokEnd < ph.tokEnd && this.doc.lower[mm.tokEnd] === 'for') break;
    }
    return out;
  }

  /**
   * Where the event of code `code` happened: the first place mention in [a, b) after a locative
   * preposition ('in', 'at', 'near': function-words event_place_preps), or after 'to'/'into' for acts
   * that go somewhere (visits, giving, deployments: event_goal_preps); or -1. A place after another
   * preposition is a participant or a topic ('backed by Iran', 'sanctions on Iran', 'talks with Iran',
   * 'between Israel and Egypt'), and one after 'based in' says where an actor is based, not where
   * it acted ('the group, based in Paris, condemned ...').
   */
  placeIn(a: number, b: number, code: string): number {
    const { mentions, places } = this.ctx;
    const lower = this.doc.lower;
    for (let t = a; t < b; t++) {
      const m = this.tokMention[t]!;
      const mi = m >= 0 ? m : -1;
      if (mi < 0) continue;
      const p = places.placeOf[mi] ?? -1;
      if (p < 0) continue;
      const prev = mentions[mi]!.tokStart - 1;
      if (prev >= 0 && this.doc.pos[prev] === POS.ADP && !(prev > 0 && BASE_WORDS.has(lower[prev - 1]!) && this.doc.pos[prev - 1] !== POS.NOUN)) {
        if (EVENT_PLACE_PREPS.has(lower[prev]!)) return p;
        if (EVENT_GOAL_PREPS.has(lower[prev]!) && goesSomewhere(code)) return p;
      }
      t = mentions[mi]!.tokEnd - 1;
    }
    return -1;
  }
}

const EVENT_PLACE_PREPS = wordSet('event_place_preps');
const EVENT_GOAL_PREPS = wordSet('event_goal_preps');
const BASE_WORDS = wordSet('base_words');

/** Acts that go somewhere: visits and hosting, giving, deployments (their 'to' place is where they happen). */
function goesSomewhere(code: string): boolean {
  const r = roles();
  return r.venueTargetCodes.some((c) => code.startsWith(c)) || r.giveRoots.some((c) => code.startsWith(c)) || r.destinationCodes.some((c) => code.startsWith(c));
}

function hasProper(doc: Doc, ph: Phrase): boolean {
  for (let t = ph.tokStart; t < ph.tokEnd; t++) {
    const p = doc.pos[t]!;
    if (p === POS.PROPN || (p === POS.ADJ && doc.form[t]!.charCodeAt(0) <= 90 && doc.form[t]!.charCodeAt(0) >= 65)) return true;
  }
  return false;
}

function isPronoun(doc: Doc, ph: Phrase): boolean {
  return ph.tokEnd - ph.tokStart === 1 && doc.pos[ph.tokStart] === POS.PRON;
}

/** A phrase that names a participant (an actor, a name or a pronoun) rather than a thing or a time. */
function participant(c: Ctx, ph: Phrase | null): boolean {
  if (ph === null) return false;
  if (c.actorsOf(ph).length > 0) return true;
  if (c.isTime(ph.tokStart)) return false;
  return hasProper(c.doc, ph) || isPronoun(c.doc, ph);
}

function realisOf(negated: boolean, modal: string | null): Realis {
  if (negated) return 'negated';
  if (modal === 'future' || modal === 'intent') return 'future';
  if (modal !== null && modal !== 'none') return 'hypothetical';
  return 'actual';
}

function quantityIn(c: Ctx, ph: Phrase | null): Analysis['quantity'] {
  if (ph === null) return null;
  const doc = c.doc;
  const words = c.lex.rules.quantityWords;
  for (let t = ph.tokStart; t < ph.tokEnd; t++) {
    const w = doc.lower[t]!;
    const known = words.get(w);
    if (doc.pos[t] === POS.NUM || known !== undefined) {
      const digits = w.replace(/,/g, '');
      const value = /^\d+(\.\d+)?$/.test(digits) ? Number(digits) : known ?? null;
      return { text: doc.form[t]!, value, span: [doc.start[t]!, doc.end[t]!] };
    }
  }
  return null;
}

/** Are the actors exactly the two of the pair? */
function sameActors(actors: readonly number[], p: { pair: { a: number; b: number } }): boolean {
  return actors.length === 2 && actors.includes(p.pair.a) && actors.includes(p.pair.b);
}

/** Split "X and Y" at its top-level 'and' (for reciprocal events). */
function splitAnd(doc: Doc, ph: Phrase): [Phrase, Phrase] | null {
  for (let t = ph.tokStart + 1; t < ph.tokEnd - 1; t++) {
    if (doc.lower[t] === 'and') return [{ tokStart: ph.tokStart, tokEnd: t }, { tokStart: t + 1, tokEnd: ph.tokEnd }];
  }
  return null;
}

/** Does the phrase hold a comma (a list of three or more: "China, Iran and Russia")? */
function hasComma(doc: Doc, ph: Phrase): boolean {
  for (let t = ph.tokStart; t < ph.tokEnd; t++) if (doc.form[t] === ',') return true;
  return false;
}

/** A passive subject may be a list ("equipment, weapons as well as ammunition had been seized"). */
function extendList(doc: Doc, ph: Phrase, min: number): Phrase {
  let i = ph.tokStart;
  let best = i;
  while (i - 1 >= min) {
    const w = doc.lower[i - 1]!;
    if (isNominal(doc, i - 1) || w === ',' || w === 'and' || w === 'as' || w === 'well' || w === 'or' || w === 'of') i--;
    else break;
    if (isNominal(doc, i) && doc.lower[i] !== 'as') best = i;
  }
  const stop = i - 1;
  const ok = stop < min || doc.lower[stop] === 'that' || doc.pos[stop] === POS.SCONJ || doc.form[stop] === ':';
  return ok && best < ph.tokStart ? { tokStart: best, tokEnd: ph.tokEnd } : ph;
}

interface Args {
  /** Negated with a future or hypothetical modal ("will not lift", "would not negotiate"). */
  refusal: boolean;
  relative: boolean;
  subject: Phrase | null;
  object: Phrase | null;
  preps: PrepPhrase[];
  passive: boolean;
  agent: Phrase | null;
  realis: Realis;
  governor: number;
  end: number;
}

/** Arguments of the verb at `v` (clause stage when it has the clause, else the shallow search). */
function verbArgs(c: Ctx, v: number, after: number, s: number, e: number): Args & { g: number } {
  return partitiveObject(c.doc, verbArgsOf(c, v, after, s, e), after);
}

/**
 * "arrested some of the protesters", "expelled most of the peacekeepers": a quantifier right after the
 * verb (clause-grammar.json quantifierSubjects) with an 'of' phrase is the object, the people counted in
 * it, not an object-less verb with an 'of' phrase.
 */
function partitiveObject<A extends { object: Phrase | null; preps: PrepPhrase[]; passive: boolean }>(doc: Doc, a: A, after: number): A {
  if (a.passive || (a.object !== null && a.object.tokEnd - a.object.tokStart > 1)) return a;
  let q = a.object !== null ? a.object.tokStart : after;
  while (a.object === null && q < doc.length && doc.pos[q] === POS.ADV) q++;
  if (q + 1 >= doc.length || !clauseLexicon().quantifierSubjects.has(doc.lower[q]!) || doc.lower[q + 1] !== 'of') return a;
  const of = a.preps.find((p) => p.prep === 'of' && p.tokStart === q + 2);
  // "allocate some of their oil sales": a possessive there binds the thing to the subject, left as it was.
  if (of === undefined || roles().ownPossessives.has(doc.lower[of.tokStart]!)) return a;
  return { ...a, object: { tokStart: q, tokEnd: of.tokEnd }, preps: a.preps.filter((p) => p !== of) };
}

function verbArgsOf(c: Ctx, v: number, after: number, s: number, e: number): Args & { g: number } {
  const doc = c.doc;
  const rules = c.lex.rules;
  const cl = c.clauseOf(v);
  const g = groupStart(doc, v, s, rules);
  const sub = subjectLeft(doc, g, s, rules);
  const r = argsRight(doc, after, e, 14);
  if (cl !== undefined) {
    const ph = (a: { tokStart: number; tokEnd: number } | null): Phrase | null => (a === null ? null : { tokStart: a.tokStart, tokEnd: a.tokEnd });
    const preps: PrepPhrase[] = cl.preps.map((p) => ({ prep: p.prep, tokStart: p.arg.tokStart, tokEnd: p.arg.tokEnd }));
    for (const p of r.preps) {
      const same = preps.find((q) => q.tokStart === p.tokStart);
      if (same === undefined) preps.push(p);
      else if (p.tokEnd > same.tokEnd) same.tokEnd = p.tokEnd; // the shallow phrase keeps its of-chain
    }
    preps.sort((x, y) => x.tokStart - y.tokStart);
    const passive = cl.voice === 'passive';
    return {
      refusal: cl.negated && cl.modality !== 'none',
      relative: sub.relative,
      // A relative pronoun subject ("a fire that killed 19") stands for the phrase before it.
      subject: cl.subject !== null && !(sub.relative && cl.subject.tokEnd - cl.subject.tokStart === 1) ? ph(cl.subject) : sub.np,
      object: passive ? ph(cl.object) : ph(cl.object) ?? r.object,
      preps: preps.filter((p) => !(passive && p.prep === 'by')),
      passive,
      agent: ph(cl.agent),
      realis: realisOf(cl.negated, cl.modality),
      governor: sub.governor,
      end: Math.max(cl.tokEnd, after, r.clauseEnd),
      g,
    };
  }
  const info = groupInfo(doc, g, v, rules);
  let realis = realisOf(info.negated, info.modal);
  if (realis === 'actual' && sub.governor >= 0 && rules.futureGovernors.has(doc.lemma[sub.governor]!)) realis = 'future';
  if (realis === 'actual') {
    for (let t = s; t < g; t++) if (doc.lower[t] === 'if' || doc.lower[t] === 'unless') realis = 'hypothetical';
  }
  const agentPP = info.passive ? r.preps.find((p) => p.prep === 'by') ?? null : null;
  return {
    refusal: info.negated && info.modal !== null,
    relative: sub.relative,
    subject: sub.np,
    object: r.object,
    preps: r.preps.filter((p) => p !== agentPP),
    passive: info.passive,
    agent: agentPP,
    realis,
    governor: sub.governor,
    end: r.clauseEnd,
    g,
  };
}

/**
 * Target: the object if it names an actor, else the first target-preposition phrase that does, else
 * a named participant in such a phrase, else the object itself when it is a plain noun phrase outside
 * the trigger ("stormed a police headquarters", "killed 500 civilians": the patient of the act is its
 * target even when it is no actor).
 */
function chooseTarget(c: Ctx, object: Phrase | null, preps: readonly PrepPhrase[], trigger: Phrase | null = null, code = '', self: readonly number[] = NONE, onTopic = true): Phrase | null {
  const root = code.slice(0, 2);
  // What names only the source itself ("held their first meeting with X", "offered its troops to X")
  // is the source's own thing, never whom the act is aimed at.
  const own = (ph: Phrase): boolean => ownedBy(c, ph, self) || ownPossessive(c, ph, self, root);
  // In a show of force the source's own forces yield to a place or actor aimed at, if any.
  const ownForces = object !== null && roles().ownPossessiveAlso.has(root) && ownPossessive(c, object, self, root) ? object : null;
  if (object !== null && own(object)) object = null;
  const sent = object !== null && sentForces(c, object, code);
  // "sent troops to X", "gave $2 million to X": in aid the object is what is given, the recipient the target.
  // "released two aid workers to the Red Cross": people released (roles.json releasedPersons) are the
  // target; the 'to' phrase is only whom they are handed to. Not the source's own people ("did not
  // release his delegates to Biden"), which go to the 'to' phrase.
  if (object !== null && code !== '' && roles().releasedPersons.some((p) => code.startsWith(p)) && c.actorsOf(object).length > 0 && !roles().ownPossessives.has(c.doc.lower[object.tokStart]!)) return object;
  if (object !== null && code !== '' && roles().giveRoots.some((p) => code.startsWith(p))) {
    // "skulls that date back to A.D. 640 to Peru": a 'to' right after another verb is that verb's.
    // "up to $1.5 billion" is an amount, no recipient.
    const given = (p: PrepPhrase): boolean => p.prep === 'to' && p.tokStart > object!.tokEnd && c.doc.lower[p.tokStart - 2] !== 'up' && !onOtherVerb(c.doc, p.tokStart - 1, trigger);
    // "provided assistance to about 550 households", "returned the bible to its owners": in giving
    // (roles.json recipients) the 'to' phrase is the recipient even when it names no actor.
    let to = preps.find((p) => given(p) && (c.actorsOf(p).length > 0 || c.placeInPhrase(p)));
    if (to === undefined && roles().recipientCodes.some((k) => code.startsWith(k))) {
      to = preps.find((p) => given(p) && !c.isTime(p.tokStart) && patientObject(c, p, trigger ?? p) && !own(p));
      // "to 300,000 people in northeast Nigeria": as with "aid to people in Yemen", the country is the recipient.
      const where = to !== undefined ? preps[preps.indexOf(to) + 1] : undefined;
      if (where !== undefined && where.prep === 'in' && where.tokStart === to!.tokEnd + 1 && c.countryIn(where)) return where;
      // "to its owners last week", "to its owners 71 years after": a time or number after the head is no part of it.
      if (to !== undefined) {
        const doc = c.doc;
        for (let k = to.tokStart + 1; k < to.tokEnd; k++) {
          const afterNoun = doc.pos[k - 1] === POS.NOUN || doc.pos[k - 1] === POS.PRON;
          if (afterNoun && (c.isTime(k) || doc.pos[k] === POS.NUM)) {
            to = { prep: to.prep, tokStart: to.tokStart, tokEnd: k };
            break;
          }
        }
      }
    }
    // "handed over $4 million worth of equipment and medicines to X", "returned artifacts, including a
    // vase, to X", "returned a painting that was stolen in 1989 to X": a recipient past a long object.
    // (in giving to people, roles.json recipients, the far 'to' phrase need name no actor either:
    // "distributed supplies including tents, food and clothing to people who had fled")
    if (to === undefined && trigger !== null) to = farRecipient(c, object, trigger, own, roles().recipientCodes.some((k) => code.startsWith(k))) ?? undefined;
    // "deploy peacekeepers in Iraq", "sent 200 troops in Syria": a place right after what is given or sent is where it goes.
    if (to === undefined && roles().destinationCodes.some((k) => code.startsWith(k))) {
      const where = preps.find((p) => p.tokStart > object!.tokEnd);
      if (where !== undefined && where.prep === 'in' && where.tokStart === object.tokEnd + 1 && !c.isTime(where.tokStart) && (c.placeInPhrase(where) || c.countryIn(where)) && !own(where)) return where;
    }
    if (to !== undefined) {
      // "troops to the UN peacekeeping force in South Sudan": those sent to a mission go where it is.
      const i = preps.indexOf(to);
      const where = preps[i + 1];
      if (where !== undefined && where.prep === 'in' && where.tokStart === to.tokEnd + 1 && roles().missionNouns.has(c.doc.lemma[headOf(c.doc, to)]!) && c.countryIn(where)) return where;
      return to;
    }
  }
  if (sent) object = null;
  if (object !== null && c.actorsOf(object).length > 0) return object;
  // A place name as object or 'to' phrase is whom the act is addressed to ("urged Washington to",
  // "issued an ultimatum to Kabul"), before an actor in a later phrase ("after talks with a U.S. envoy").
  if (object !== null && c.placeHead(object)) return object;
  const order = c.lex.rules.targetPreps;
  // "aid for Sarajevo", "suspended aid for 50,000 people in Idlib": in aid a 'for' phrase is a recipient, as 'to' is.
  const forAid = code !== '' && roles().aidRecipientCodes.some((k) => code.startsWith(k));
  const recipientPrep = (p: PrepPhrase): boolean => p.prep === 'to' || (forAid && roles().aidRecipientPreps.has(p.prep));
  let firstNamed: Phrase | null = null;
  // "shelled the village with artillery", "struck a target with missiles": after the object of an act of
  // force, a 'with' phrase headed by a weapon is what it was done with, even when it names armed forces
  // ("artillery"), not whom it hit ("closed its borders with Iran", "exchanged fire with gunmen" stay).
  const rr = roles();
  const instrument = (p: PrepPhrase): boolean => {
    if (object === null || p.tokStart < object.tokEnd || !rr.instrumentRoots.has(root) || !rr.instrumentPreps.has(p.prep)) return false;
    const h = headOf(c.doc, p);
    return rr.instrumentHeads.has(c.doc.lemma[h]!) || rr.instrumentHeads.has(c.doc.lower[h]!);
  };
  for (const p of preps) {
    if (!(order.includes(p.prep) || recipientPrep(p)) || own(p) || instrument(p) || (onTopic && p.prep === 'on' && roles().onTopicRoots.has(root))) continue;
    if (c.actorsOf(p).length > 0 || (recipientPrep(p) && c.placeHead(p))) return p;
    if (firstNamed === null && participant(c, p)) firstNamed = p;
  }
  // The patient of a material act comes before the place it happened.
  const patient = object !== null && trigger !== null && roles().patientRoots.has(root) && patientObject(c, object, trigger);
  const after = object !== null ? object.tokEnd : trigger !== null ? trigger.tokEnd : -1;
  if (firstNamed === null) {
    // "aid to people in Yemen", "troops in Mali": a country named in an 'in' phrase is the recipient.
    const inCountry = attachedPrep(c, preps, after, (p) => p.prep === 'in' && c.countryIn(p), roles().patientRoots.has(root), recipientPrep);
    // "killed five people in Iraq", "stormed a police headquarters in eastern Afghanistan": the patient
    // of a material act is the object with the country it is in, one phrase (its actor is the country's).
    if (inCountry !== null && patient && inCountry.tokStart === object!.tokEnd + 1) return { tokStart: object!.tokStart, tokEnd: inCountry.tokEnd };
    if (inCountry !== null) return inCountry;
  }
  if (object !== null && !c.hasActors && !(isPronoun(c.doc, object) && c.doc.lower[object.tokStart] === 'it')) return object;
  if (firstNamed !== null) return firstNamed;
  const recipient = roles().recipientPreps;
  for (const p of preps) if (recipient.has(p.prep) && c.actorsOf(p).length > 0) return p;
  // Only an act done to something has a patient as target; in verbal and cooperative acts the
  // object is what is said or given ("expressed concern", "pledged support").
  if (patient) return object;
  // With no one named, the place of the act is its target ("lifted the curfew in X", "arrived in X").
  // A show of force aimed nowhere else keeps its own forces ("put its troops on high alert").
  // A curfew, a state of emergency or martial law is imposed or lifted over an area, its target even
  // when no place is resolved there ("declared a state of siege in the town", roles.json areaMeasures).
  const area = code !== '' && roles().areaMeasureCodes.some((k) => code.startsWith(k));
  const placed = (p: PrepPhrase): boolean => c.placeInPhrase(p) || (area && p.prep === 'in' && !c.isTime(p.tokStart) && trigger !== null && patientObject(c, p, trigger));
  const where = attachedPrep(c, preps, after, (p) => (roles().placePreps.has(p.prep) || recipientPrep(p)) && placed(p), roles().patientRoots.has(root), recipientPrep) ?? ownForces;
  // (an object that is the trigger's own words, "launched an attack on X", is no object)
  const ownWords = object !== null && trigger !== null && object.tokStart < trigger.tokEnd && object.tokEnd > trigger.tokStart;
  if (where !== null || (object !== null && !ownWords) || self.length === 0 || !rr.aimedPatientRoots.has(root)) return where;
  // "China launched cyber-attacks on 141 organisations", "the army launched an attack on the rebel
  // headquarters": with no object, the phrase an act of force by a named actor is aimed at (roles.json
  // aimPreps) is its patient, the target, even when it names no actor and no resolved place (roles.json
  // aimedPatientRoots). With no one named as its agent such a phrase is as often figurative ("the battle
  // against the crisis", "the fight against poverty").
  // (not a phrase headed by an event noun: "retaliating against missile attacks" answers an act, whose
  // author, not the act, is whom it is aimed at)
  const eventHead = (p: PrepPhrase): boolean => {
    const h = headOf(c.doc, p);
    const alone = (w: string): boolean => c.lex.nouns.get(w)?.some((q) => q.rest.length === 0 && q.code !== null) ?? false;
    return alone(c.doc.lemma[h]!) || alone(c.doc.lower[h]!);
  };
  return attachedPrep(c, preps, after, (p) => rr.aimPreps.has(p.prep) && patientObject(c, p, trigger ?? NOWHERE) && !eventHead(p));
}

const NOWHERE: Phrase = { tokStart: -1, tokEnd: -1 };

/**
 * The closing comma of a proper name set off by commas that starts at `k` (", Operation Rah-e-Nijat,"),
 * or -1: names and hyphens only, at most 8 tokens.
 */
function namedAside(doc: Doc, k: number, e: number): number {
  if (k >= e || doc.form[k] !== ',' || k + 1 >= e || doc.pos[k + 1] !== POS.PROPN) return -1;
  for (let j = k + 2; j < e && j <= k + 9; j++) {
    if (doc.form[j] === ',') return j;
    // (a hyphenated name may have lower-case parts: "Rah-e-Nijat")
    if (doc.pos[j] !== POS.PROPN && doc.form[j] !== '-' && doc.form[j - 1] !== '-') return -1;
  }
  return -1;
}

/**
 * "pressuring lecturers to cancel", "charged Erdoğan with terrorism", "urged residents to leave": the
 * object that fills the gap of a pattern closed by a preposition or an infinitive 'to' ("pressure _ to",
 * "charge _ with") is whom the act is done to, even when it names no actor the actors stage knows.
 * Only a nominal head (not "it", "that"), not the source's own people ("urged its members to").
 */
const GAPPED = /\s[_+]\s\S+$/;

function gapObject(c: Ctx, t: Trigger, object: Phrase | null, self: readonly number[]): Phrase | null {
  if (object === null || object.tokStart <= t.anchor || object.tokEnd > t.tokEnd || !GAPPED.test(t.pattern)) return null;
  // (a closing preposition is left out of the trigger's words: "charge _ with" gives "charged X")
  const closing = object.tokEnd === t.tokEnd ? object.tokEnd : object.tokEnd === t.last ? t.last : -1;
  if (closing < 0 || closing >= c.doc.length || (c.doc.pos[closing] !== POS.ADP && c.doc.pos[closing] !== POS.PART)) return null;
  const pattern = t.pattern;
  if (!pattern.slice(pattern.lastIndexOf(' ') + 1).split('|').includes(c.doc.lower[closing]!)) return null;
  if (c.isTime(object.tokStart) || ownedBy(c, object, self) || ownPossessive(c, object, self, t.code!.slice(0, 2))) return null;
  const h = headOf(c.doc, object);
  const p = c.doc.pos[h]!;
  if (p === POS.PRON) return IMPERSONAL.has(c.doc.lower[h]!) ? null : object;
  return p === POS.NOUN || p === POS.PROPN ? object : null;
}

const NONE: readonly number[] = [];

/**
 * The 'to' phrase of giving that the phrase finder did not reach: past an object that runs on as a
 * list, a quantity ("more than $4 million worth of equipment and medicines"), an aside of
 * roles.json farRecipients.asides ("artifacts, including a vase,") or a relative clause ("a painting
 * that was stolen in 1989 from a museum"), within farRecipients.window tokens of its sentence. Only a
 * phrase naming an actor or a place (with `anyPatient`, for acts given to people, any noun phrase not reached through
 * a relative clause: "assistance which takes total help to 446 mln stg" names no recipient); a 'to' on the relative clause's verb ("skulls that date back to
 * A.D. 640") is passed over. Null at anything that opens another clause (a verb outside a relative
 * clause, a subordinator, a coordinated verb) or an infinitive.
 */
function farRecipient(c: Ctx, object: Phrase, trigger: Phrase, own: (ph: Phrase) => boolean, anyPatient = false): PrepPhrase | null {
  const doc = c.doc;
  const fr = roles().farRecipients;
  const sentEnd = doc.sentEnd[doc.sentOf[object.tokStart]!]!;
  const end = Math.min(sentEnd, object.tokEnd + fr.window);
  let relative = false;
  for (let k = object.tokEnd; k < end; k++) {
    const w = doc.lower[k]!;
    const p = doc.pos[k]!;
    if (w === 'to') {
      const np = npRight(doc, k + 1, sentEnd);
      if (np === null || c.isTime(np.tokStart)) return null;
      const pp: PrepPhrase = { prep: 'to', tokStart: np.tokStart, tokEnd: np.tokEnd };
      if (onOtherVerb(doc, k, trigger) || doc.lower[k - 1] === 'up') {
        k = np.tokEnd - 1;
        continue;
      }
      return (c.actorsOf(pp).length > 0 || c.placeInPhrase(pp) || (anyPatient && !relative && patientObject(c, pp, trigger))) && !own(pp) ? pp : null;
    }
    if (w === ',') {
      relative = false;
      continue;
    }
    if (p === POS.SCONJ || (p === POS.CCONJ && (doc.pos[k + 1] === POS.VERB || doc.pos[k + 1] === POS.AUX))) return null;
    if (p === POS.PUNCT && w !== '-' && w !== '$') return null;
    if (relative || fr.asides.has(w)) continue;
    const afterNoun = doc.pos[k - 1] === POS.NOUN || doc.pos[k - 1] === POS.PROPN;
    if (afterNoun && IMPERSONAL.has(w) && w !== 'what') {
      relative = true;
      continue;
    }
    // "artifacts looted from the museum": a participle right after a noun opens a reduced relative clause.
    if (p === POS.VERB && afterNoun && doc.pos[k + 1] === POS.ADP && doc.lemma[k] !== w && !c.lex.rules.reporting.has(doc.lemma[k]!)) {
      relative = true;
      continue;
    }
    if (p === POS.VERB || p === POS.AUX || p === POS.PRON && !roles().ownPossessives.has(w)) return null;
  }
  return null;
}

/**
 * "mobilized troops", "dispatched the army", "offered to send troops to help X": the armed forces a
 * deployment sends are the sender's own, never whom the act is aimed at (its target is where they go,
 * or whom they are sent against). A deployment code (roles.json sentForces.codes) or a verb of sending
 * right before the object, and an object headed by a noun of armed forces.
 */
function sentForces(c: Ctx, object: Phrase, code: string): boolean {
  const rr = roles();
  const doc = c.doc;
  if (!rr.forceHeads.has(doc.lemma[headOf(doc, object)]!) && !rr.forceHeads.has(doc.lower[headOf(doc, object)]!)) return false;
  if (rr.sentForceCodes.some((k) => code.startsWith(k))) return true;
  const before = object.tokStart - 1;
  return before >= 0 && doc.pos[before] === POS.VERB && rr.sendVerbs.has(doc.lemma[before]!);
}

/**
 * Do all the actors the mentions of a phrase name belong to `self` (and does it name any)? A bare
 * demonym is not such a mention: "Palestinian factions" are not the Palestinian source's own thing.
 */
function ownedBy(c: Ctx, ph: Phrase, self: readonly number[]): boolean {
  if (self.length === 0) return false;
  const a = c.mentionActorsOf(ph);
  return a.length > 0 && a.every((x) => self.includes(x));
}

/**
 * "withdrew its troops", "opened their borders", "expressed his concern": in a verbal, cooperative or
 * yielding act (roots below roles.json ownPossessives.belowRoot) a phrase opened by a possessive
 * determiner belongs to the act's source, whom English binds it to. Not in material conflict, where
 * "attacked their positions" is as often the other side's.
 */
function ownPossessive(c: Ctx, ph: Phrase, self: readonly number[], root: string): boolean {
  const rr = roles();
  if (self.length === 0 || root === '' || (root >= rr.ownPossessiveBelow && !rr.ownPossessiveAlso.has(root)) || ph.tokEnd - ph.tokStart < 2) return false;
  if (!rr.ownPossessives.has(c.doc.lower[ph.tokStart]!)) return false;
  // "its blockade of Yemen", "his Lebanese counterpart": a phrase that names someone else, or whose head
  // is a relation to another ("their counterparts", "its allies"), is not the source's own.
  const h = headOf(c.doc, ph);
  if (c.actorsBeside(ph, h).some((a) => !self.includes(a))) return false;
  // the relation may also stand before a name: "his Turkish counterpart Hakan Fidan"
  for (let t = ph.tokStart + 1; t <= h; t++) if (rr.relationalHeads.has(c.doc.lemma[t]!)) return false;
  return true;
}

const isTo = (p: PrepPhrase): boolean => p.prep === 'to';

/**
 * Does the preposition at `k` hang on a verb other than the trigger's ("date back to", "was stolen
 * in 1989 from")? A verb right before it, past adverbs and particles, outside the trigger.
 */
function onOtherVerb(doc: Doc, k: number, trigger: Phrase | null): boolean {
  let v = k - 1;
  while (v >= 0 && (doc.pos[v] === POS.ADV || doc.pos[v] === POS.PART)) v--;
  if (v < 0 || doc.pos[v] !== POS.VERB) return false;
  // A pattern's gap may run over a relative clause ("returned skulls that date back"): only the
  // trigger's own verb counts as the act's.
  if (trigger !== null && 'anchor' in trigger) return v !== (trigger as Trigger).anchor;
  return trigger === null || v < trigger.tokStart || v >= trigger.tokEnd;
}

/**
 * The first prepositional phrase after token `after` (the verb or its object) that passes `test`,
 * among those that hang on the verb: the first one, past time phrases ("on Sunday") and a 'to'
 * phrase; not one that qualifies an earlier phrase ("opinions on the situation in X").
 */
function attachedPrep(c: Ctx, preps: readonly PrepPhrase[], after: number, test: (p: PrepPhrase) => boolean, material = false, recipient: (p: PrepPhrase) => boolean = isTo): PrepPhrase | null {
  const aim = roles().aimPreps;
  for (let i = 0; i < preps.length; i++) {
    const p = preps[i]!;
    if (p.tokStart <= after) continue;
    if (test(p)) return p;
    // An 'of' phrase right after the object continues it ("withdrew some of its troops from Syria").
    if (p.prep === 'of' && p.tokStart === after + 1) {
      after = p.tokEnd;
      continue;
    }
    // A recipient phrase may come first ("aid to people in Yemen").
    if (c.isTime(p.tokStart) || recipient(p)) continue;
    // In a material act, so may the thing aimed at, with its place right after it ("fired at targets in
    // Jericho"); not a verbal act's topic ("agreed on maritime borders in the Eastern Mediterranean").
    const next = preps[i + 1];
    if (material && aim.has(p.prep) && next !== undefined && next.tokStart - 1 === p.tokEnd && c.actorsOf(p).length === 0) continue;
    return null;
  }
  return null;
}

/** An object that can stand as a target without naming an actor: a noun phrase, not a time, not the trigger's own words. */
function patientObject(c: Ctx, ph: Phrase, trigger: Phrase): boolean {
  const doc = c.doc;
  if ((ph.tokStart < trigger.tokEnd && ph.tokEnd > trigger.tokStart) || c.isTime(ph.tokStart)) return false;
  const h = headOf(doc, ph);
  const p = doc.pos[h]!;
  if (p === POS.PRON) return !IMPERSONAL.has(doc.lower[h]!);
  return p === POS.NOUN || p === POS.PROPN || p === POS.NUM;
}

/** Parts of speech that open a noun phrase: what may follow a verb as its direct object. */
const OBJECT_START: ReadonlySet<number> = new Set([POS.DET, POS.NOUN, POS.PROPN, POS.ADJ, POS.NUM, POS.PRON]);

/**
 * Whether verb v, right after a noun phrase, is its clause's main verb: no verb or auxiliary follows it
 * before the clause ends (a comma, a conjunction, a subordinator).
 */
function mainVerbAt(doc: Doc, v: number, e: number): boolean {
  for (let k = v + 1; k < e; k++) {
    const p = doc.pos[k]!;
    if (p === POS.CCONJ || p === POS.SCONJ || doc.form[k] === ',') return true;
    if (p === POS.VERB || p === POS.AUX) return false;
  }
  return true;
}

/** A subject followed by a prepositional phrase ("the UN mission in Afghanistan"): the core names the actor. */
function subjectWithPP(c: Ctx, np: Phrase | null, min: number, pastAdjunct = false): { full: Phrase | null; actors: number[] } {
  const r = subjectWithPPCore(c, np, min);
  if (!pastAdjunct) return r;
  // "The Foreign Office during a weekly briefing in Islamabad welcomed": a phrase inside a circumstance
  // adjunct is no subject of the verb after it; the noun phrase before the adjunct is, without it.
  const f = r.full;
  if (f === null || r.actors.length > 0) return r;
  const doc = c.doc;
  const p = f.tokStart - 1;
  if (p - 1 < min || doc.pos[p] !== POS.ADP || !SUBJECT_ADJUNCTS.has(doc.lower[p]!)) return r;
  // past the subject's own parenthesis ("The Foreign Office (FO) during ...")
  let q = p;
  if (doc.form[q - 1] === ')') {
    let k = q - 2;
    while (k > min && k >= q - 8 && doc.form[k] !== '(') k--;
    if (doc.form[k] !== '(') return r;
    q = k;
  }
  if (q - 1 < min || !isNominal(doc, q - 1)) return r;
  const core = npLeft(doc, q, min);
  return core !== null ? { full: { tokStart: core.tokStart, tokEnd: p }, actors: c.actorsOf(core) } : r;
}

function subjectWithPPCore(c: Ctx, np: Phrase | null, min: number): { full: Phrase | null; actors: number[] } {
  if (np === null) return { full: null, actors: [] };
  const doc = c.doc;
  const p = np.tokStart - 1;
  // "militias backed by Iran", "rebels loyal to Haftar", "gunmen linked to al-Qaeda": the group that acts
  // is the noun before its affiliation, not the patron named in it.
  const affiliated = p - 2 >= min && AFFILIATION_PREPS.has(doc.lower[p]!) && AFFILIATIONS.has(doc.lower[p - 1]!) && isNominal(doc, p - 2);
  if (affiliated || (p - 1 >= min && doc.pos[p] === POS.ADP && PP_SUBJECT.has(doc.lower[p]!) && isNominal(doc, p - 1))) {
    const core = npLeft(doc, affiliated ? p - 1 : p, min);
    if (core !== null) {
      const a = c.actorsOf(core);
      // An affiliated group that is an actor stands alone: its patron is no co-author of the act.
      const full = affiliated && a.length > 0 ? core : { tokStart: core.tokStart, tokEnd: np.tokEnd };
      return { full, actors: a.length > 0 ? a : c.actorsOf(np) };
    }
  }
  return { full: np, actors: c.actorsOf(np) };
}

/** Tokens that end a possessor ("Syria's", "the miners'"). */
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
const PP_SUBJECT = wordSet('subject_skipping_prepositions');
const SUBJECT_ADJUNCTS = wordSet('subject_adjunct_prepositions');
const AFFILIATIONS = wordSet('affiliation_words');
const AFFILIATION_PREPS = wordSet('affiliation_prepositions');

interface RolesFile {
  reciprocal: { coordinatedRoots: string[]; withCodes: string[]; verbs: string[]; venuePreps: string[]; venueTargetCodes: string[]; notJointCodes: string[] };
  recipientPreps: string[];
  giveRoots: string[];
  recipients: string[];
  farRecipients: { asides: string[]; window: number };
  patientRoots: string[];
  protestPurpose: { codes: string[]; words: string[]; preps: string[]; demandVerbs: string[]; window: number };
  reportNouns: string[];
  causeVerbs: string[];
  witnessVerbs: string[];
  reportedActRoots: string[];
  opinionVerbs: { verbs: string[]; preps: string[] };
  evidenceSubjects: string[];
  naturalCauses: string[];
  economicSubjects: string[];
  vehicleSubjects: string[];
  operationNouns: string[];
  victimVerbs: string[];
  suppressVerbs: string[];
  protesterHeads: string[];
  stanceParticiples: string[];
  reducedPassive: { preps: string[]; participles: string[] };
  inSupportOf: string[];
  agentParticiples: Record<string, string>;
  onTopicRoots: string[];
  imposedOn: { codes: string[]; preps: string[] };
  placePreps: string[];
  betweenTargets: string[];
  authorOf: { codes: string[]; preps: string[] };
  demandAuthors: { codes: string[]; nouns: string[]; preps: string[]; window: number };
  areaMeasures: string[];
  destinations: string[];
  agentOf: { codes: string[]; suppressCodes: string[]; preps: string[]; topicPreps: string[] };
  thatTargetRoots: string[];
  fromCodes: string[];
  fromAuthors: { codes: string[]; receiverVerbs: string[]; hadRoots: string[]; comeVerbs: string[] };
  causedReactions: { roots: string[] };
  judgementParticiples: { roots: string[] };
  conditionTargets: { roots: string[]; words: string[] };
  beneficiaries: { codes: string[]; verbs: string[]; remedies: string[] };
  missionNouns: string[];
  asVerbs: string[];
  sequenceVerbs: string[];
  dativeVerbs: string[];
  ofPatientCodes: string[];
  patientPossessorNouns: string[];
  topicTargets: { codes: string[]; preps: string[] };
  ownPossessives: { words: string[]; belowRoot: string; alsoRoots: string[]; relationalHeads: string[] };
  listMemberHeads: string[];
  purposePlaces: { roots: string[]; verbs: string[]; preps: string[] };
  askedFrom: { codes: string[]; preps: string[] };
  pairReferences: { determiners: string[]; pronouns: string[]; nouns: string[]; reciprocals: string[]; sentencesBack: number };
  aimPreps: string[];
  aimedPatientRoots: string[];
  releasedCodes: string[];
  releasedPersons: string[];
  labourStrikes: { codes: string[]; nouns: string[]; sectors: string[]; heads: string[]; code: string };
  aidRecipients: { codes: string[]; preps: string[] };
  claimedActs: { codes: string[]; preps: string[]; placePreps: string[] };
  sentForces: { codes: string[]; verbs: string[]; heads: string[] };
  issuedDocuments: { verbs: string[]; moreNouns: string[] };
  instruments: { roots: string[]; preps: string[]; heads: string[] };
}

interface Roles {
  coordinated: ReadonlySet<string>;
  /** Codes of those roots that coordinated actors do side by side, not with each other (reciprocal.notJointCodes). */
  notJoint: ReadonlySet<string>;
  /** Code prefixes of joint acts whose 'with' partner is the other side. */
  withCodes: readonly string[];
  /** Prepositions of the place a joint act happens in, and the codes whose place is still the target (visits, hosting). */
  venuePreps: ReadonlySet<string>;
  venueTargetCodes: readonly string[];
  verbs: ReadonlySet<string>;
  recipientPreps: ReadonlySet<string>;
  /** CAMEO roots whose object is what is given: a 'to' recipient naming an actor or place outranks it. */
  giveRoots: readonly string[];
  /** Words of an aside inside what is given ("including", "worth") and how far a 'to' recipient may be looked for past the object. */
  farRecipients: { asides: ReadonlySet<string>; window: number };
  /** Code prefixes of giving whose 'to' phrase is the recipient even when it names no actor. */
  recipientCodes: readonly string[];
  /** CAMEO roots whose plain object, naming no actor, is still the target (the patient of a material act). */
  patientRoots: ReadonlySet<string>;
  /** Protests (code prefixes) and the purpose phrase that names what they are against ("in protest against X"). */
  protestCodes: readonly string[];
  protestWords: ReadonlySet<string>;
  protestPreps: ReadonlySet<string>;
  /** Verbs of a protest's purpose that demand or protest something ("to demand", "calling for"), and how far after the trigger. */
  demandVerbs: ReadonlySet<string>;
  protestWindow: number;
  /** Yields and rejections (code prefixes) aimed at the author of the demand they answer, its nouns and author prepositions. */
  demandAuthorCodes: readonly string[];
  demandNouns: ReadonlySet<string>;
  demandAuthorPreps: ReadonlySet<string>;
  demandAuthorWindow: number;
  /** Codes of measures imposed or lifted over an area (curfew, state of emergency, martial law): their 'in' phrase is the target. */
  areaMeasureCodes: readonly string[];
  /** Codes of sending forces (deployments, peacekeepers) whose 'in' phrase right after the object is where they go. */
  destinationCodes: readonly string[];
  /** Nouns of reports and charges: their 'by' agent is the author, not the one an investigation or protest is aimed at. */
  reportNouns: ReadonlySet<string>;
  /** Verbs of causing ("sparked protests"): their subject is a cause, not the agent of their event-noun object. */
  causeVerbs: ReadonlySet<string>;
  /** Verbs of reporting ("reported the arrests"): as a cue, their subject is not the agent of their event-noun object. */
  witnessVerbs: ReadonlySet<string>;
  /** Roots of acts a reporter tells as a clause of their own with a plain past verb ("said the attack killed twelve"). */
  reportedActRoots: ReadonlySet<string>;
  /** Verbs of judging and attributing ("characterized the attack as"): their subject is not the agent of their event-noun object. */
  opinionVerbs: ReadonlySet<string>;
  opinionPreps: ReadonlySet<string>;
  /** Nouns of evidence and findings, and of accidents and disasters: subjects that never act. */
  evidenceSubjects: ReadonlySet<string>;
  naturalCauses: ReadonlySet<string>;
  economicSubjects: ReadonlySet<string>;
  vehicleSubjects: ReadonlySet<string>;
  /** Operations and attacks: "killed in a US operation" names the agent of a passive. */
  operationNouns: ReadonlySet<string>;
  /** Verbs whose subject undergoes their event-noun object ("fled a crackdown"): the target, not the agent. */
  victimVerbs: ReadonlySet<string>;
  /** Verbs that act against an event ("cracked down on protests"): their subject is not its agent. */
  suppressVerbs: ReadonlySet<string>;
  /** Agent heads that name protesters ("protesters", "demonstrators"): who protests when a protest noun names no one. */
  protesterHeads: ReadonlySet<string>;
  stanceParticiples: ReadonlySet<string>;
  reducedPassivePreps: ReadonlySet<string>;
  inSupportOf: ReadonlySet<string>;
  agentParticiples: ReadonlyMap<string, string>;
  reducedParticiples: ReadonlySet<string>;
  /** Roots whose 'on' phrase is the topic, not the target ("talks on a troop pullback"). */
  onTopicRoots: ReadonlySet<string>;
  imposedCodes: readonly string[];
  imposedPreps: ReadonlySet<string>;
  placePreps: ReadonlySet<string>;
  betweenTargets: ReadonlySet<string>;
  /** CAMEO code prefixes whose 'from'/'by' phrase after the object names its author, the target. */
  authorCodes: readonly string[];
  authorPreps: ReadonlySet<string>;
  /** CAMEO code prefixes whose object or topic is an act; its 'by' phrase (agentPreps) names the target. */
  agentCodes: readonly string[];
  /** Codes of suppressing an act (agentOf.suppressCodes): aimed at the act's 'by' agent, never at the actor of an 'over' topic. */
  suppressCodes: readonly string[];
  agentPreps: ReadonlySet<string>;
  /** Topic prepositions after which that act may be named ("protest against the violations by X"). */
  agentTopicPreps: ReadonlySet<string>;
  thatTargetRoots: ReadonlySet<string>;
  fromCodes: readonly string[];
  /** Code prefixes of event nouns whose 'from' phrase names their author ("an offer from NATO"), and the verbs whose subject is then the one it is aimed at ("received assurances from Greece"). */
  fromAuthorCodes: readonly string[];
  receiverVerbs: ReadonlySet<string>;
  /** Roots of reactions that a trailing participle of causing aims at the actor of its clause (roles.json causedReactions). */
  causedReactionRoots: ReadonlySet<string>;
  /** Roots of judgements a trailing participle tells as an act of its own (roles.json judgementParticiples). */
  judgementRoots: ReadonlySet<string>;
  /** Roots (intent 03, support 05, cooperation 06) whose noun the subject of 'have' receives ("has the support of the army"). */
  hadRoots: ReadonlySet<string>;
  comeVerbs: ReadonlySet<string>;
  /** Roots (threats) whose condition clause ("unless X ...", "if X ...") names the one threatened. */
  conditionRoots: ReadonlySet<string>;
  conditionWords: ReadonlySet<string>;
  /** Aid (code prefixes) whose 'to help X' purpose names its recipient, and the verbs of that purpose. */
  beneficiaryCodes: readonly string[];
  beneficiaryVerbs: ReadonlySet<string>;
  beneficiaryRemedies: ReadonlySet<string>;
  missionNouns: ReadonlySet<string>;
  asVerbs: ReadonlySet<string>;
  sequenceVerbs: ReadonlySet<string>;
  dativeVerbs: ReadonlySet<string>;
  /** CAMEO code prefixes of event nouns whose 'of' phrase is the patient ("the arrest of X"). */
  ofPatientCodes: readonly string[];
  /** Event nouns whose possessor is their patient ("Jamal's killing"). */
  patientPossessorNouns: ReadonlySet<string>;
  /** CAMEO code prefixes of opinions whose topic is the target, and the prepositions that introduce it. */
  topicCodes: readonly string[];
  topicPreps: ReadonlySet<string>;
  ownPossessives: ReadonlySet<string>;
  ownPossessiveBelow: string;
  /** Roots above ownPossessiveBelow where the possessive is still the source's own (posture 15, reduced relations 16). */
  ownPossessiveAlso: ReadonlySet<string>;
  relationalHeads: ReadonlySet<string>;
  listMemberHeads: ReadonlySet<string>;
  purposePlaces: { roots: ReadonlySet<string>; verbs: ReadonlySet<string>; preps: ReadonlySet<string> };
  /** Phrases referring back to a pair of actors: 'the two'/'both' + a plural noun, and the reciprocal pronouns (first word -> second). */
  /** Codes (prefixes) of appeals and demands whose phrase of `askedFromPreps` right on the verb is the one asked. */
  askedFromCodes: readonly string[];
  askedFromPreps: ReadonlySet<string>;
  pairDeterminers: ReadonlySet<string>;
  pairPronouns: ReadonlySet<string>;
  pairNouns: ReadonlySet<string>;
  reciprocalPronouns: ReadonlyMap<string, string>;
  /** Pre-test for the first words above and 'and' (findPairs reads every token of a story). */
  pairWordGate: WordGate;
  pairSentencesBack: number;
  /** Prepositions of the thing an act is aimed at, whose place may follow ("fired at targets in Jericho"). */
  aimPreps: ReadonlySet<string>;
  /** Aid (code prefixes) whose phrase of `aidRecipientPreps` names its recipient, as a 'to' phrase does ("aid for Sarajevo"). */
  aidRecipientCodes: readonly string[];
  aidRecipientPreps: ReadonlySet<string>;
  /** Claims of responsibility (code prefixes), the preposition of the act claimed, and those of its place. */
  claimedCodes: readonly string[];
  claimedPreps: ReadonlySet<string>;
  claimedPlacePreps: ReadonlySet<string>;
  /** Deployments (code prefixes), verbs of sending, and heads of the armed forces sent ("sent troops", "mobilized the army"). */
  sentForceCodes: readonly string[];
  sendVerbs: ReadonlySet<string>;
  forceHeads: ReadonlySet<string>;
  /** Verbs of issuing and the documents issued, whose participle speaks for the issuer ("issued a statement urging X"). */
  issueVerbs: ReadonlySet<string>;
  /** Roots of force whose phrase of `instrumentPreps` after an object is what the act is done with ("shelled the village with artillery"). */
  instrumentRoots: ReadonlySet<string>;
  /** Roots of force whose aim phrase ('on', 'against') is the target with no object, even naming no actor. */
  aimedPatientRoots: ReadonlySet<string>;
  /** Codes (prefixes) of releasing persons and returning property, whose agentless passive subject is the target. */
  releasedCodes: readonly string[];
  /** Codes (prefixes) of releasing people, whose object naming an actor is the target before a 'to' recipient. */
  releasedPersons: readonly string[];
  /** A bare strike noun (codes, nouns) whose strikers are workers (sectors, heads) is the labour strike `code`. */
  labourStrikes: { codes: ReadonlySet<string>; nouns: ReadonlySet<string>; sectors: ReadonlySet<string>; heads: ReadonlySet<string>; code: string };
  instrumentPreps: ReadonlySet<string>;
  instrumentHeads: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
}

let rolesCache: Roles | null = null;

/** data/roles.json, compiled once. */
function roles(): Roles {
  if (rolesCache === null) {
    const f = readDataJson<RolesFile>('roles.json');
    rolesCache = {
      coordinated: new Set(f.reciprocal.coordinatedRoots),
      notJoint: new Set(f.reciprocal.notJointCodes),
      withCodes: f.reciprocal.withCodes,
      venuePreps: new Set(f.reciprocal.venuePreps),
      venueTargetCodes: f.reciprocal.venueTargetCodes,
      verbs: new Set(f.reciprocal.verbs),
      recipientPreps: new Set(f.recipientPreps),
      giveRoots: f.giveRoots,
      farRecipients: { asides: new Set(f.farRecipients.asides), window: f.farRecipients.window },
      recipientCodes: f.recipients,
      patientRoots: new Set(f.patientRoots),
      protestCodes: f.protestPurpose.codes,
      protestWords: new Set(f.protestPurpose.words),
      protestPreps: new Set(f.protestPurpose.preps),
      demandVerbs: new Set(f.protestPurpose.demandVerbs),
      protestWindow: f.protestPurpose.window,
      demandAuthorCodes: f.demandAuthors.codes,
      demandNouns: new Set(f.demandAuthors.nouns),
      demandAuthorPreps: new Set(f.demandAuthors.preps),
      demandAuthorWindow: f.demandAuthors.window,
      areaMeasureCodes: f.areaMeasures,
      destinationCodes: f.destinations,
      reportNouns: new Set(f.reportNouns),
      causeVerbs: new Set(f.causeVerbs),
      witnessVerbs: new Set(f.witnessVerbs),
      reportedActRoots: new Set(f.reportedActRoots),
      opinionVerbs: new Set(f.opinionVerbs.verbs),
      opinionPreps: new Set(f.opinionVerbs.preps),
      evidenceSubjects: new Set(f.evidenceSubjects),
      naturalCauses: new Set(f.naturalCauses),
      economicSubjects: new Set(f.economicSubjects),
      vehicleSubjects: new Set(f.vehicleSubjects),
      operationNouns: new Set(f.operationNouns),
      victimVerbs: new Set(f.victimVerbs),
      suppressVerbs: new Set(f.suppressVerbs),
      protesterHeads: new Set(f.protesterHeads),
      stanceParticiples: new Set(f.stanceParticiples),
      reducedPassivePreps: new Set(f.reducedPassive.preps),
      inSupportOf: new Set(f.inSupportOf),
      agentParticiples: new Map(Object.entries(f.agentParticiples)),
      reducedParticiples: new Set(f.reducedPassive.participles),
      onTopicRoots: new Set(f.onTopicRoots),
      imposedCodes: f.imposedOn.codes,
      imposedPreps: new Set(f.imposedOn.preps),
      placePreps: new Set(f.placePreps),
      betweenTargets: new Set(f.betweenTargets),
      authorCodes: f.authorOf.codes,
      authorPreps: new Set(f.authorOf.preps),
      agentCodes: [...f.agentOf.codes, ...f.agentOf.suppressCodes],
      suppressCodes: f.agentOf.suppressCodes,
      agentPreps: new Set(f.agentOf.preps),
      agentTopicPreps: new Set(f.agentOf.topicPreps),
      thatTargetRoots: new Set(f.thatTargetRoots),
      fromCodes: f.fromCodes,
      fromAuthorCodes: f.fromAuthors.codes,
      receiverVerbs: new Set(f.fromAuthors.receiverVerbs),
      causedReactionRoots: new Set(f.causedReactions.roots),
      judgementRoots: new Set(f.judgementParticiples.roots),
      hadRoots: new Set(f.fromAuthors.hadRoots),
      comeVerbs: new Set(f.fromAuthors.comeVerbs),
      conditionRoots: new Set(f.conditionTargets.roots),
      conditionWords: new Set(f.conditionTargets.words),
      beneficiaryCodes: f.beneficiaries.codes,
      beneficiaryVerbs: new Set(f.beneficiaries.verbs),
      beneficiaryRemedies: new Set(f.beneficiaries.remedies),
      missionNouns: new Set(f.missionNouns),
      asVerbs: new Set(f.asVerbs),
      sequenceVerbs: new Set(f.sequenceVerbs),
      dativeVerbs: new Set(f.dativeVerbs),
      ofPatientCodes: f.ofPatientCodes,
      patientPossessorNouns: new Set(f.patientPossessorNouns),
      topicCodes: f.topicTargets.codes,
      topicPreps: new Set(f.topicTargets.preps),
      ownPossessives: new Set(f.ownPossessives.words),
      ownPossessiveBelow: f.ownPossessives.belowRoot,
      ownPossessiveAlso: new Set(f.ownPossessives.alsoRoots),
      relationalHeads: new Set(f.ownPossessives.relationalHeads),
      listMemberHeads: new Set(f.listMemberHeads),
      purposePlaces: { roots: new Set(f.purposePlaces.roots), verbs: new Set(f.purposePlaces.verbs), preps: new Set(f.purposePlaces.preps) },
      askedFromCodes: f.askedFrom.codes,
      askedFromPreps: new Set(f.askedFrom.preps),
      pairDeterminers: new Set(f.pairReferences.determiners),
      pairPronouns: new Set(f.pairReferences.pronouns),
      pairNouns: new Set(f.pairReferences.nouns),
      reciprocalPronouns: new Map(f.pairReferences.reciprocals.map((w) => w.split(' ') as [string, string])),
      pairWordGate: new WordGate(['and', ...f.pairReferences.determiners, ...f.pairReferences.pronouns, ...f.pairReferences.reciprocals.map((w) => w.split(' ')[0]!)]),
      pairSentencesBack: f.pairReferences.sentencesBack,
      aimPreps: new Set(f.aimPreps),
      aidRecipientCodes: f.aidRecipients.codes,
      aidRecipientPreps: new Set(f.aidRecipients.preps),
      claimedCodes: f.claimedActs.codes,
      claimedPreps: new Set(f.claimedActs.preps),
      claimedPlacePreps: new Set(f.claimedActs.placePreps),
      sentForceCodes: f.sentForces.codes,
      sendVerbs: new Set(f.sentForces.verbs),
      forceHeads: new Set(f.sentForces.heads),
      issueVerbs: new Set(f.issuedDocuments.verbs),
      instrumentRoots: new Set(f.instruments.roots),
      aimedPatientRoots: new Set(f.aimedPatientRoots),
      releasedCodes: f.releasedCodes,
      releasedPersons: f.releasedPersons,
      labourStrikes: { codes: new Set(f.labourStrikes.codes), nouns: new Set(f.labourStrikes.nouns), sectors: new Set(f.labourStrikes.sectors), heads: new Set(f.labourStrikes.heads), code: f.labourStrikes.code },
      instrumentPreps: new Set(f.instruments.preps),
      instrumentHeads: new Set(f.instruments.heads),
      documentNouns: new Set([...clauseLexicon().documents, ...f.issuedDocuments.moreNouns]),
    };
  }
  return rolesCache;
}

/**
 * "The United States and Jordan", "Iran, Syria and Iraq": extend a phrase naming an actor to the left
 * over coordinated phrases that name other actors (not over a name that itself runs over 'and').
 */
function coordinatedLeft(c: Ctx, ph: Phrase | null, min: number): Phrase | null {
  if (ph === null || c.actorsOf(ph).length === 0) return ph;
  const doc = c.doc;
  let start = ph.tokStart;
  let seen = c.actorsOf(ph);
  // (A phrase that holds an 'and' itself, or opens with 'a'/'an' as an appositive does, is past that point.)
  let joined = doc.lower[ph.tokStart] === 'a' || doc.lower[ph.tokStart] === 'an';
  for (let k = ph.tokStart; k < ph.tokEnd && !joined; k++) joined = doc.lower[k] === 'and';
  for (let k = start - 1; k - 1 >= min; ) {
    const w = doc.lower[k]!;
    if ((w !== 'and' && w !== ',') || c.insideMention(k)) break;
    const left = npLeft(doc, k, min);
    if (left === null) break;
    // Before any 'and', a comma right before the phrase may end a fronted prepositional phrase, whose
    // object is no conjunct ("According to the Associated Press, Iran has ...", "In Colombia, the ELN").
    let before = c.mentionStart(left.tokStart) - 1;
    if (before >= min && doc.pos[before] === POS.DET) before--;
    // Nor is the object of a verb ("Addressing parliament, the president warned", "a briefing that
    // included Governor X, Trump denied").
    if (w === ',' && !joined && before >= min && (doc.pos[before] === POS.ADP || doc.lower[before] === 'to' || doc.pos[before] === POS.VERB)) break;
    joined = true;
    const a = c.actorsOf(left);
    if (a.length === 0 || a.some((x) => seen.includes(x))) break;
    seen = seen.concat(a);
    start = left.tokStart;
    k = start - 1;
    if (w === ',' && k >= min && doc.lower[k] === 'and') break;
  }
  return start === ph.tokStart ? ph : { tokStart: start, tokEnd: ph.tokEnd };
}

/**
 * The subject a shallow search misses: past a time adjunct ("The NLC on Tuesday called on"), a
 * parenthesised acronym ("Amnesty International (AI) has accused"), and, for a participle on the
 * object of another verb ("issued a statement urging X"), that verb's subject.
 */
function realSubject(c: Ctx, np: Phrase | null, g: number, t: Trigger, min: number, e: number): Phrase | null {
  return documentAuthor(c, t, min, e) ?? shallowSubject(c, np, g, t, min, e);
}

/**
 * The subject of the verb at `vb` that an event noun hangs on, found as any verb's subject is (past a
 * parenthesis, a time adjunct, to the named member of a list: "the U.S. Government (USG) provided $33
 * million in assistance", "The FDA and a house subcommittee are conducting probes").
 */
function governorSubject(c: Ctx, np: Phrase | null, g: number, vb: number, min: number, e: number): Phrase | null {
  // (not a participle on a document, whose issuer did not do what follows: "released a statement saying
  // an attack ...", "issued a ruling finding in favor of a lawsuit")
  if (c.doc.lower[vb]!.endsWith('ing') && !(vb - 1 >= min && c.doc.pos[vb - 1] === POS.AUX)) return np;
  const governor: Trigger = { kind: 'verb', anchor: vb, tokStart: vb, tokEnd: vb + 1, last: vb, code: null, pattern: '' };
  return shallowSubject(c, np, g, governor, min, e) ?? np;
}

function shallowSubject(c: Ctx, np: Phrase | null, g: number, t: Trigger, min: number, e: number): Phrase | null {
  const doc = c.doc;
  // "Washington along with its allies demanded": the phrase before a companion link leads the subject.
  if (np !== null && np.tokEnd === g) {
    const link = companionLinkBefore(doc, np.tokStart, min);
    const left = link >= 0 ? npLeft(doc, link, min) : null;
    if (left !== null && participant(c, left)) return { tokStart: left.tokStart, tokEnd: np.tokEnd };
  }
  // "Israeli helicopters and tanks", "Russian aircraft including helicopter gunships", "British aircraft
  // using guided missiles", "the Hizbollah (Party of God) group": a subject whose last phrase names no
  // actor is led by the phrase before it that does.
  if (np !== null && np.tokEnd === g && !isPronoun(doc, np) && (c.actorsOf(np).length === 0 || (np.tokStart - 1 > min && doc.lower[np.tokStart - 1] === 'including'))) {
    let k = np.tokStart - 1;
    if (k > min && doc.form[k] === ')') {
      while (k > min && k >= np.tokStart - 9 && doc.form[k] !== '(') k--;
      if (doc.form[k] !== '(') k = -1;
    } else if (!(k > min && (doc.lower[k] === 'and' || doc.lower[k] === 'including'))) {
      while (k > min && k >= np.tokStart - 3 && !(doc.pos[k] === POS.VERB && doc.lower[k]!.endsWith('ing')) && (doc.pos[k] === POS.VERB || isNominal(doc, k))) k--;
      if (!(doc.pos[k] === POS.VERB && doc.lower[k]!.endsWith('ing'))) k = -1;
    }
    const left = k > min ? npLeft(doc, k, min) : null;
    if (left !== null && c.actorsOf(left).length > 0) return { tokStart: left.tokStart, tokEnd: np.tokEnd };
  }
  if (np !== null && participant(c, np)) {
    let time = true;
    for (let k = np.tokStart; k < np.tokEnd; k++) if (!c.isTime(k)) time = false;
    if (!time) return np;
  }
  // Back from the verb group (or the time phrase) over a time adjunct and a parenthesis.
  let k = np !== null && np.tokEnd === g ? np.tokStart : g;
  if (np !== null && np.tokEnd === g && k - 1 >= min && doc.pos[k - 1] === POS.ADP && c.isTime(k)) k--;
  // "A delegation of X here on Thursday called on": an adverb before the time adjunct is no subject.
  if (k !== g) while (k - 1 > min && doc.pos[k - 1] === POS.ADV) k--;
  if (k - 1 >= min && doc.form[k - 1] === ')') {
    let j = k - 2;
    while (j >= min && j >= k - 8 && doc.form[j] !== '(') j--;
    if (j >= min && doc.form[j] === '(') k = j;
  }
  // (right before the subject only for a floating quantifier or a possessor: "they both offered", "The
  // miners' leaders demanded"; "Police alleged the accused attacked" is no phrase led by "Police alleged")
  const joined = np !== null && np.tokEnd === g && k === np.tokStart && !(np.tokEnd - np.tokStart === 1 && doc.pos[np.tokStart] === POS.DET) && !POSSESSIVE_MARKS.has(doc.lower[k - 1] ?? '');
  if ((k !== g && !joined) || np === null) {
    const left = k < g ? npLeft(doc, k, min) : null;
    if (left !== null && c.actorsOf(left).length > 0) return { tokStart: left.tokStart, tokEnd: np?.tokEnd ?? g };
  }
  // "issued a statement urging X": the participle's agent is the subject of the verb whose object it follows.
  if (np !== null && doc.lower[t.anchor]!.endsWith('ing') && np.tokEnd === t.anchor && !participant(c, np)) {
    let gv = np.tokStart - 1;
    // Past the object's modifiers ("approved a strongly worded resolution criticizing X") and a
    // particle ("put out a report accusing X").
    while (gv > min && gv >= np.tokStart - 4 && (doc.pos[gv] === POS.ADV || doc.pos[gv] === POS.DET || doc.pos[gv] === POS.ADJ || (doc.pos[gv] === POS.VERB && doc.lower[gv]!.endsWith('ed') && doc.pos[gv - 1] === POS.ADV))) gv--;
    if (gv - 1 >= min && (doc.pos[gv] === POS.ADP || doc.pos[gv] === POS.PART) && doc.pos[gv - 1] === POS.VERB) gv--;
    if (gv >= min && doc.pos[gv] === POS.VERB) {
      // "Human Rights Watch in New York issued a statement": the subject's core names the author.
      const sub = subjectWithPP(c, verbArgs(c, gv, gv + 1, min, e).subject, min);
      if (sub.full !== null && sub.actors.length > 0) return sub.full;
    }
  }
  return np;
}

/** Is the phrase headed (its last word) by a noun of people (roles.json listMemberHeads: "at least one person")? */
export function namesPeople(doc: Doc, ph: Phrase | null): boolean {
  return ph !== null && ph.tokEnd > ph.tokStart && roles().listMemberHeads.has(doc.lemma[ph.tokEnd - 1]!);
}

/**
 * "a statement", "a joint statement", "resolution": a phrase headed (before any preposition) by a
 * document (roles.json issuedDocuments: reporting-verbs documents and moreNouns) carries its author's
 * words; it is never the agent of an act.
 */
export function documentPhrase(doc: Doc, ph: Phrase | null): boolean {
  if (ph === null) return false;
  let head = -1;
  for (let k = ph.tokStart; k < ph.tokEnd; k++) {
    const p = doc.pos[k]!;
    if (p === POS.ADP || p === POS.PUNCT || p === POS.VERB) break;
    if (p === POS.NOUN || p === POS.PROPN) head = k;
  }
  return head >= 0 && doc.pos[head] === POS.NOUN && roles().documentNouns.has(doc.lemma[head]!);
}

/**
 * "X, the head of the Red Cross, issued a statement on Monday calling on Y", "sent a letter to Congress
 * asking for aid": a participle right after a document (roles.json issuedDocuments.nouns) that the
 * subject of a verb of issuing put out, past a time phrase and the 'to' phrase of whom it went to,
 * speaks for that subject: the author of the document, not the document or its addressee, is the
 * participle's agent. Null when the participle follows no such document.
 */
function documentAuthor(c: Ctx, t: Trigger, min: number, e: number): Phrase | null {
  const doc = c.doc;
  const a = t.anchor;
  if (t.kind !== 'verb' || !doc.lower[a]!.endsWith('ing') || a - 2 < min) return null;
  const rr = roles();
  // Back over a time phrase and a 'to' phrase ("a statement Monday", "a letter on Tuesday", "a letter
  // to the head of the WHO"), to the document's head.
  let k = a - 1;
  let to = false;
  for (let n = 0; k > min && n < 12 && !rr.documentNouns.has(doc.lemma[k]!); n++, k--) {
    const p = doc.pos[k]!;
    if (c.isTime(k) || (p === POS.ADP && (doc.lower[k] === 'to' || c.isTime(k + 1)))) {
      if (doc.lower[k] === 'to') to = true;
      continue;
    }
    if (p === POS.PUNCT && doc.form[k] !== '(' && doc.form[k] !== ')') return null;
    if (p === POS.VERB || p === POS.AUX || p === POS.SCONJ || p === POS.CCONJ) return null;
  }
  if (!rr.documentNouns.has(doc.lemma[k]!) || (k < a - 1 && !to && !c.isTime(k + 1) && doc.pos[k + 1] !== POS.ADP)) return null;
  // Over the document's modifiers to the verb that issued it ("released a strongly worded statement", "put out a report").
  let gv = k - 1;
  while (gv > min && gv >= k - 4 && (doc.pos[gv] === POS.ADV || doc.pos[gv] === POS.DET || doc.pos[gv] === POS.ADJ || doc.pos[gv] === POS.NUM || doc.pos[gv] === POS.NOUN)) gv--;
  if (gv - 1 >= min && (doc.pos[gv] === POS.ADP || doc.pos[gv] === POS.PART) && doc.pos[gv - 1] === POS.VERB) gv--;
  if (gv < min || doc.pos[gv] !== POS.VERB || !rr.issueVerbs.has(doc.lemma[gv]!)) return null;
  const args = verbArgs(c, gv, gv + 1, min, e);
  const issuer: Trigger = { kind: 'verb', anchor: gv, tokStart: gv, tokEnd: gv + 1, last: gv, code: null, pattern: '' };
  // The issuer's subject as any verb's: past a parenthesis or an appositive ("X, the head of Y, issued").
  const full = shallowSubject(c, args.subject, args.g, issuer, min, e) ?? appositiveSubject(c, args.g, min);
  return full !== null && c.actorsOf(full).length > 0 ? full : null;
}

/** Start of a companion link ("along with", "together with") ending right before token t, or -1. */
function companionLinkBefore(doc: Doc, t: number, min: number): number {
  for (let n = 1; n <= 3 && t - n > min; n++) if (COMPANION_LINKS.has(doc.lower.slice(t - n, t).join(' '))) return t - n;
  return -1;
}

/**
 * "promised to continue military aid to Mozambique", "offered to hand over to Britain": the actor the
 * 'to'-infinitive right after the verb is aimed at (its object or target-preposition phrase), or null.
 */
function infinitiveTarget(c: Ctx, t: Trigger, e: number, self: readonly number[]): Phrase | null {
  const doc = c.doc;
  for (let k = t.anchor + 1; k < e && k <= t.tokEnd + 4; k++) {
    if (doc.lower[k] !== 'to' || doc.pos[k] !== POS.PART) {
      // Only the trigger's own words and a time adjunct may come first ("refused on Monday to sell").
      if (k >= t.tokEnd && !c.isTime(k) && !(doc.pos[k] === POS.ADP && k + 1 < e && c.isTime(k + 1))) return null;
      continue;
    }
    let v = k + 1;
    while (v < e && doc.pos[v] === POS.ADV) v++;
    if (v >= e || doc.pos[v] !== POS.VERB) return null;
    const r = argsRight(doc, v + 1, e, 14);
    // The infinitive's subject is the verb's own ("willing to withdraw its troops from X"): its own
    // things are no target either.
    // The complement's 'on' phrase is its own ("agreed to lift the ban on X"), no topic of the governor.
    const target = chooseTarget(c, r.object, r.preps, null, t.code!, self, false);
    return target !== null && c.actorsOf(target).length > 0 ? target : null;
  }
  return null;
}

/**
 * "withdrew its troops from Lebanon", "the withdrawal of some forces from Panama": a yield (roles.json
 * fromCodes) is aimed at the actor it leaves, named in a 'from' phrase after the object (or the 'of'
 * phrase of a noun); null when there is none.
 */
function leftFrom(c: Ctx, object: Phrase | null, preps: readonly PrepPhrase[], t: Trigger, self: readonly number[]): Phrase | null {
  if (!roles().fromCodes.some((p) => t.code!.startsWith(p))) return null;
  let after = object !== null ? Math.max(object.tokEnd, t.tokEnd) : t.tokEnd;
  const of = preps.find((p) => p.prep === 'of' && p.tokStart === after + 1);
  if (object === null && t.kind === 'noun' && of !== undefined) after = of.tokEnd;
  // A place left counts too ("withdrew peacekeepers from Sinai"), not the source's own country.
  const left = (p: PrepPhrase): boolean => {
    const named = c.actorsOf(p);
    if (named.length > 0) return named.some((x) => !self.includes(x));
    return c.placeInPhrase(p) && !self.includes(c.placeCountryActor(p));
  };
  const from = attachedPrep(c, preps, after, (p) => p.prep === 'from' && left(p));
  // "open its borders to Somali refugees from Libya": right after a 'to' phrase, 'from' tells where
  // those come from, not what the act leaves.
  if (from !== null && preps.some((p) => p.prep === 'to' && p.tokEnd === from.tokStart - 1)) return null;
  return from;
}

/**
 * Targets a verb reaches through another phrase: the author of a rejected or accepted proposal
 * ("rejected an offer from Kabul", "accepted demands by the rebels"), where a withdrawal leaves
 * ("pulled its troops out from Lebanon"), and the subject of what is demanded or threatened
 * ("demanded that Hamas renounce violence").
 */
function authorOrAddressee(c: Ctx, object: Phrase | null, preps: readonly PrepPhrase[], t: Trigger, root: string, e: number): Phrase | null {
  const rr = roles();
  if (rr.thatTargetRoots.has(root)) {
    const np = thatSubject(c, t, e);
    return np !== null && c.actorsOf(np).length > 0 ? np : null;
  }
  return null;
}

/** The part of a phrase before its first 'of' ("the shelling" of "the shelling of Syrian villages"): where its agent is named. */
function headPart(doc: Doc, ph: Phrase): Phrase {
  let k = ph.tokStart;
  while (k < ph.tokEnd && doc.lower[k] !== 'of') k++;
  return { tokStart: ph.tokStart, tokEnd: k };
}

/**
 * Whom a comment on an act, a request or a rejection is aimed at (roles.json authorOf, agentOf): the
 * author or agent named by a 'by' (or 'from') phrase right after the object or a topic phrase that
 * continues it, past a participle ("rejected an offer from Kabul", "demanded an admission by Moscow",
 * "the return of property seized by government forces", "investigating crimes committed by X"). The
 * walk stops at a phrase that names an actor itself; null when there is no such phrase.
 */
function actAgent(c: Ctx, t: Trigger, object: Phrase | null, preps: readonly PrepPhrase[], e: number, self: readonly number[]): Phrase | null {
  const rr = roles();
  const code = t.code!;
  const author = rr.authorCodes.some((p) => code.startsWith(p));
  if (!author && !rr.agentCodes.some((p) => code.startsWith(p))) return null;
  const doc = c.doc;
  // "complained to the UN over Israeli air raids": a criticism, investigation or protest is aimed at
  // the actor its topic names, not at whom it is addressed to.
  if (!author && !rr.suppressCodes.some((p) => code.startsWith(p))) {
    for (const p of preps) {
      if (p.tokStart >= t.tokEnd && (p.prep === 'over' || p.prep === 'about') && c.actorsOf(p).length > 0 && !ownedBy(c, p, self)) return p;
    }
  }
  if (!author && object !== null && rr.reportNouns.has(doc.lemma[headOf(doc, object)]!)) return null;
  // The whole object, coordinated modifiers included ("political and territorial autonomy from X").
  const whole = object !== null ? npRight(doc, object.tokStart, e) : null;
  let end = object !== null ? Math.max(object.tokEnd, whole?.tokEnd ?? 0, t.tokEnd) : t.tokEnd;
  // "demanded from Interpol to publish ...": the one asked, right on the verb (roles.json askedFrom).
  // (Not a plural noun the tagger took for a verb: "conceded to demands from X" names X as the author.)
  const before = t.anchor > 0 ? doc.pos[t.anchor - 1]! : POS.PUNCT;
  const nounLike = before === POS.ADP || before === POS.DET || before === POS.ADJ || (before === POS.PART && doc.lower[t.anchor - 1] === 'to');
  if (author && t.kind === 'verb' && !nounLike && object === null && t.tokEnd + 1 < e && rr.askedFromPreps.has(doc.lower[t.tokEnd]!) && rr.askedFromCodes.some((p) => code.startsWith(p))) {
    let np = npRight(doc, t.tokEnd + 1, e);
    // The object may follow with no break ("demanded from the government the release of ..."): stop at its determiner.
    for (let k = (np?.tokStart ?? e) + 1; np !== null && k < np.tokEnd; k++) {
      if (doc.pos[k] === POS.DET) np = { tokStart: np.tokStart, tokEnd: k };
    }
    if (np !== null && c.actorsOf(np).length > 0) return np;
  }
  // A 'by' phrase right on the verb is its own agent ("a report released by X"): an act must come first.
  let act = object !== null;
  for (let i = 0, steps = 0; steps < 4; steps++) {
    // Past an adverb and a participle on the act ("property seized by", "crimes allegedly committed by").
    let k = end;
    while (k < e && k < end + 2 && (doc.pos[k] === POS.ADV || c.isTime(k) || (doc.pos[k] === POS.VERB && !doc.lower[k]!.endsWith('ing')))) {
      // A present-tense form right on the verb is a plural noun the tagger misread ("rejected calls by X").
      if (doc.pos[k] === POS.VERB && k === t.tokEnd && doc.lower[k]!.endsWith('s')) act = true;
      k++;
    }
    if (act && k + 1 < e && doc.pos[k] === POS.ADP && (author ? rr.authorPreps : rr.agentPreps).has(doc.lower[k]!)) {
      // A capital or city as agent ("an admission by Moscow") stands for its country's government.
      const np = npRight(doc, k + 1, e);
      // An author named by a name the actor stage did not know ("demands from the Neighborhood Association") is still one.
      return np !== null && (c.actorsOf(np).length > 0 || c.placeCountryActor(np) >= 0 || (author && hasProper(doc, np) && !c.isTime(np.tokStart))) ? np : null;
    }
    // The next topic phrase right after ("an end to the attacks", "against the violations").
    while (i < preps.length && preps[i]!.tokStart <= end) i++;
    const p = preps[i];
    if (p === undefined || p.tokStart !== k + 1 || !roles().agentTopicPreps.has(p.prep) || c.isTime(p.tokStart) || c.actorsOf(p).length > 0) return null;
    // "an allegation by X", "a report by X": the 'by' agent of a report is its author, not the one it accuses.
    if (!author && rr.reportNouns.has(doc.lemma[headOf(doc, p)]!)) return null;
    end = p.tokEnd;
    act = true;
  }
  return null;
}

/**
 * "lifted sanctions imposed on Eritrea", "eased the curfew imposed in North Sinai": an act on a measure
 * (roles.json imposedOn) whose object carries a participle with an 'on'/'against'/'in' phrase is aimed
 * at whom or where the measure was imposed; null otherwise.
 */
function imposedOn(c: Ctx, t: Trigger, object: Phrase | null, e: number): Phrase | null {
  const rr = roles();
  if (object === null || !rr.imposedCodes.some((p) => t.code!.startsWith(p))) return null;
  const doc = c.doc;
  let k = Math.max(object.tokEnd, t.tokEnd);
  const limit = k + 3;
  let participle = false;
  while (k < e && k < limit && (doc.pos[k] === POS.ADV || c.isTime(k) || (doc.pos[k] === POS.VERB && !doc.lower[k]!.endsWith('ing')))) {
    if (doc.pos[k] === POS.VERB) participle = true;
    k++;
  }
  if (!participle || k + 1 >= e || doc.pos[k] !== POS.ADP || !rr.imposedPreps.has(doc.lower[k]!)) return null;
  const np = npRight(doc, k + 1, e);
  return np !== null && (c.actorsOf(np).length > 0 || c.placeCountryActor(np) >= 0) ? np : null;
}

/**
 * "staged a hunger strike in protest against violations by Algerian security forces", "blocked
 * streets in defiance of Chinese authorities", "in protest of the Russian government's refusal": a
 * protest (roles.json protestPurpose) is aimed at the actor its purpose phrase names, or at the 'by'
 * agent of the act that phrase names; null otherwise.
 */
function protestedAgent(c: Ctx, t: Trigger, e: number, self: readonly number[] = NONE): Phrase | null {
  const rr = roles();
  if (!rr.protestCodes.some((p) => t.code!.startsWith(p))) return null;
  const doc = c.doc;
  const demanded = demandedOf(c, t, e, self);
  if (demanded !== null) return demanded;
  for (let k = t.tokEnd; k + 2 < e; k++) {
    if (!rr.protestWords.has(doc.lemma[k]!) || !rr.protestPreps.has(doc.lower[k + 1]!)) continue;
    const np = npRight(doc, k + 2, e);
    if (np === null) return null;
    // Its agent is named before the head ("the Russian government's refusal", "Chinese authorities"),
    // not in an 'of' complement, which names the patient ("last week's arrest of activists").
    let core = np.tokStart;
    while (core < np.tokEnd && doc.lower[core] !== 'of') core++;
    if (c.actorsOf({ tokStart: np.tokStart, tokEnd: core }).length > 0) return np;
    // "against the violations by X": the agent of the act protested.
    let j = np.tokEnd;
    while (j < e && j < np.tokEnd + 2 && (doc.pos[j] === POS.ADV || (doc.pos[j] === POS.VERB && !doc.lower[j]!.endsWith('ing')))) j++;
    if (j + 1 < e && doc.lower[j] === 'by') {
      const by = npRight(doc, j + 1, e);
      if (by !== null && c.actorsOf(by).length > 0) return by;
    }
    return null;
  }
  return null;
}

/**
 * "staged demonstrations to demand reforms by President Suharto's government", "began a hunger strike
 * to protest President Assad's failure", "a demonstration calling for the removal of President X": a
 * protest whose purpose (a 'to'-infinitive or an -ing participle of one of roles.json
 * protestPurpose.demandVerbs, within protestPurpose.window tokens) demands or protests something is
 * aimed at the first actor that purpose names, in its own clause, other than the protesters' own ("to
 * press their demands ... from President X's government"), or at the 'by' agent of the act it names.
 * Null when there is none.
 */
function demandedOf(c: Ctx, t: Trigger, e: number, self: readonly number[]): Phrase | null {
  const rr = roles();
  const doc = c.doc;
  const last = Math.min(e, t.tokEnd + rr.protestWindow);
  let from = -1;
  for (let k = t.tokEnd; k < last; k++) {
    const w = doc.lower[k]!;
    if (w === ';' || doc.pos[k] === POS.SCONJ) return null;
    if (w === 'to' && k + 1 < e && doc.pos[k + 1] === POS.VERB && rr.demandVerbs.has(doc.lemma[k + 1]!)) from = k + 2;
    else if (doc.pos[k] === POS.VERB && w.endsWith('ing') && rr.demandVerbs.has(doc.lemma[k]!)) from = k + 1;
    if (from >= 0) break;
  }
  if (from < 0) return null;
  for (let k = from; k < e; k++) {
    const w = doc.lower[k]!;
    // The purpose's own clause: up to a comma, a semicolon or a conjunction opening another clause.
    if (w === ',' || w === ';' || doc.pos[k] === POS.SCONJ || IMPERSONAL.has(w)) return null;
    if (!isNominal(doc, k) || (k > from && isNominal(doc, k - 1))) continue;
    const np = npRight(doc, k, e);
    if (np === null || c.isTime(np.tokStart)) continue;
    const named = c.actorsOf(np);
    if (named.length === 0 || ownedBy(c, np, self)) {
      k = np.tokEnd - 1;
      continue;
    }
    // "the violations under Sharia law by Islamic fundamentalists": the 'by' agent of what is protested.
    if (np.tokEnd + 1 < e && doc.lower[np.tokEnd] === 'by') {
      const by = npRight(doc, np.tokEnd + 1, e);
      if (by !== null && c.actorsOf(by).length > 0) return by;
    }
    return np;
  }
  return null;
}

/**
 * "declined to resign despite growing pressure by the anti-corruption commission", "refused to respond
 * to a demand from the US President", "would not meet the hostage-takers' demands", "despite President
 * Biden's request": a yield or a rejection (roles.json demandAuthors) that names no actor as its target
 * is aimed at the author of the demand, request or pressure it answers, named in the act's clause
 * (within demandAuthors.window tokens) as the noun's possessor or in its 'from'/'by'/'of' phrase; not
 * the source's own. Null when there is none.
 */
function demandAuthor(c: Ctx, t: Trigger, e: number, self: readonly number[]): Phrase | null {
  const rr = roles();
  if (!rr.demandAuthorCodes.some((p) => t.code!.startsWith(p))) return null;
  const doc = c.doc;
  const last = Math.min(e, t.tokEnd + rr.demandAuthorWindow);
  const named = (ph: Phrase | null): ph is Phrase => ph !== null && !c.isTime(ph.tokStart) && (c.actorsOf(ph).length > 0 || hasProper(doc, ph)) && !ownedBy(c, ph, self);
  for (let k = t.tokEnd; k < last; k++) {
    const w = doc.lower[k]!;
    if (w === ';' || doc.pos[k] === POS.SCONJ || IMPERSONAL.has(w)) return null;
    if (doc.pos[k] !== POS.NOUN || !rr.demandNouns.has(doc.lemma[k]!)) continue;
    // "President Biden's request", "the hostage-takers' demands", "the rebel demands"
    const poss = doc.lower[k - 1] === "'s" || doc.lower[k - 1] === '’s' || doc.lower[k - 1] === "'" || doc.lower[k - 1] === '’';
    const before = npLeft(doc, poss ? k - 1 : k, t.tokEnd);
    if (before !== null && before.tokEnd > before.tokStart && named(before)) return before;
    if (k + 2 < e && rr.demandAuthorPreps.has(doc.lower[k + 1]!)) {
      const after = npRight(doc, k + 2, e);
      if (named(after)) return after;
    }
    return null;
  }
  return null;
}

/**
 * "claimed responsibility for the attack in Kandahar", "for missile attacks on the army's sites": a claim
 * of responsibility (roles.json claimedActs) is aimed at what the act it claims was aimed at, named in an
 * aim phrase (roles.json aimPreps) of that act, or at the place of the act; not past a comma, a verb or a
 * relative clause ("for the attack, which killed dozens in Kabul"), else null.
 */
function claimedActTarget(c: Ctx, t: Trigger, e: number): Phrase | null {
  const rr = roles();
  if (!rr.claimedCodes.some((k) => t.code!.startsWith(k))) return null;
  const doc = c.doc;
  if (t.tokEnd >= e || !rr.claimedPreps.has(doc.lower[t.tokEnd]!)) return null;
  for (let k = t.tokEnd + 1; k + 1 < e; k++) {
    const w = doc.lower[k]!;
    if (doc.pos[k] === POS.PUNCT || doc.pos[k] === POS.VERB || doc.pos[k] === POS.AUX || IMPERSONAL.has(w)) return null;
    const aim = rr.aimPreps.has(w);
    if (!aim && !rr.claimedPlacePreps.has(w)) continue;
    const np = npRight(doc, k + 1, e);
    if (np === null || c.isTime(np.tokStart)) continue;
    if (aim || c.placeInPhrase(np)) return np;
  }
  return null;
}

/** The subject of a that-clause right after the trigger ("demanded on Tuesday that Hamas ..."), or null. */
function thatSubject(c: Ctx, t: Trigger, e: number): Phrase | null {
  const doc = c.doc;
  for (let k = t.tokEnd; k < e && k < t.tokEnd + 5; k++) {
    if (doc.lower[k] === 'that') return npRight(doc, k + 1, e);
    // Only a time adjunct may come between ("demanded on Tuesday that").
    if (!c.isTime(k) && doc.pos[k] !== POS.ADV && !(doc.pos[k] === POS.ADP && k + 1 < e && c.isTime(k + 1))) return null;
  }
  return null;
}

/**
 * What an opinion (roles.json topicTargets: pessimism, concern, optimism, hope) is about, its target
 * when it names no actor as one: the first topic phrase after the trigger ("skeptical about the
 * scheme", "pessimism over Alitalia's future") or the subject of its that-clause ("hoped that Gambari
 * would ..."); null for other events.
 */
function topicTarget(c: Ctx, t: Trigger, preps: readonly PrepPhrase[], e: number): Phrase | null {
  const rr = roles();
  if (!rr.topicCodes.some((p) => t.code!.startsWith(p))) return null;
  for (const p of preps) {
    if (p.tokStart < t.tokEnd || c.isTime(p.tokStart)) continue;
    if (rr.topicPreps.has(p.prep)) return p;
  }
  const np = thatSubject(c, t, e);
  return np !== null && !c.isTime(np.tokStart) && !isPronoun(c.doc, np) ? np : null;
}

/**
 * "Myanmar has said it would allow UN agencies access": 'would' in a clause reported after a reporting
 * verb in a past form (the clause stage backshifts only under a past-tense first verb, so not under
 * "has said") is the 'will' of what was said, a future act, not a hypothesis; not in a sentence with a
 * condition ("would boycott if ...") nor under a present cue ("says ... would").
 */
function backshiftedWill(c: Ctx, a: Analysis, s: number, e: number): boolean {
  if (a.realis !== 'hypothetical' || a.trigger.kind !== 'verb') return false;
  const doc = c.doc;
  const modality = clauseLexicon();
  if (!wouldIn(doc, a.groupStart, a.trigger.anchor)) return false;
  let cue = false;
  for (let k = s; k < e; k++) {
    const w = doc.lower[k]!;
    if (modality.conditionals.has(w)) return false;
    if (k < a.groupStart && c.cueTok[k] === 1 && pastForm(doc, k)) cue = true;
  }
  return cue;
}

/**
 * "The United States said it would reimpose sanctions if ...", "would retaliate unless ..., the minister
 * said": a reported 'would' act with a condition (rules.json conditionalThreats) after it in its
 * sentence is announced, as a backshifted 'will' is, but only on that condition.
 */
function conditionalWould(c: Ctx, a: Analysis, s: number, e: number): boolean {
  if (a.realis !== 'hypothetical') return false;
  const doc = c.doc;
  const backshifted = clauseLexicon().backshifted;
  // A noun's act is its verb's ("would reimpose oil sanctions"): look back over that verb group too.
  let from = a.groupStart;
  if (a.trigger.kind !== 'verb') while (from > s && from > a.groupStart - 4 && doc.pos[from - 1] !== POS.PUNCT && !backshifted.has(doc.lower[from]!)) from--;
  if (!wouldIn(doc, from, a.trigger.anchor)) return false;
  // "Asked if South Korea would retaliate ...", "If attacked, Iran would ...": a question or a
  // condition before the act is no announcement of it.
  const conditionals = clauseLexicon().conditionals;
  for (let k = s; k < from; k++) if (conditionals.has(doc.lower[k]!)) return false;
  let condition = false;
  for (let k = a.trigger.tokEnd; k < e && !condition; k++) condition = c.lex.rules.conditionalThreats.has(doc.lower[k]!);
  if (!condition) return false;
  for (let k = s; k < e; k++) if (c.cueTok[k] === 1 && (k < from || k >= a.trigger.tokEnd)) return true;
  return false;
}

/** A backshifted modal ("would", "'d": modality.json backshifted) among tokens [a, b)? */
function wouldIn(doc: Doc, a: number, b: number): boolean {
  const backshifted = clauseLexicon().backshifted;
  for (let k = a; k < b; k++) if (backshifted.has(doc.lower[k]!)) return true;
  return false;
}

/** A verb in a past form ("said", "has said"; not "says", "saying"): its form differs from its lemma. */
function pastForm(doc: Doc, k: number): boolean {
  if (doc.pos[k] !== POS.VERB) return false;
  const w = doc.lower[k]!;
  const l = doc.lemma[k]!;
  return w !== l && !w.endsWith('ing') && w !== `${l}s` && w !== `${l}es`;
}

/** The noun phrase that opens the sentence at `s` when a verb group follows it before `end`, or null. */
function leadingSubject(c: Ctx, s: number, end: number): Phrase | null {
  const doc = c.doc;
  const np = npRight(doc, s, end);
  if (np === null || np.tokEnd >= end || c.isTime(np.tokStart)) return null;
  const p = doc.pos[np.tokEnd]!;
  return p === POS.AUX || p === POS.VERB ? np : null;
}

const PARTICIPLE_OPENERS = wordSet('participle_clause_openers');
const NON_PARTICIPLES = wordSet('non_participle_openers');

/**
 * "Speaking at a press conference with X, Erdogan said", "After meeting Putin in Ankara, Erdogan
 * said": a present participle that opens the sentence (after at most the openers of function-words
 * participle_clause_openers) has no subject of its own; its agent is the main clause's subject, the
 * phrase after one of the next commas that a verb follows. Null when the participle is no such
 * opener or no actor is named there.
 */
function frontedParticipleSubject(c: Ctx, v: number, s: number, e: number): Phrase | null {
  const doc = c.doc;
  const w = doc.lower[v]!;
  if ((doc.pos[v] !== POS.VERB && doc.pos[v] !== POS.NOUN) || !w.endsWith('ing') || NON_PARTICIPLES.has(w)) return null;
  let k = s;
  while (k < v && PARTICIPLE_OPENERS.has(doc.lower[k]!)) k++;
  if (k !== v) return null;
  for (let j = v + 1, commas = 0; j + 1 < e && commas < 3; j++) {
    // A finite clause before the comma ("Dealing demand has been getting stronger, X said") is no participle clause.
    if (doc.pos[j] === POS.AUX || doc.pos[j] === POS.SCONJ) return null;
    if (doc.form[j] !== ',') continue;
    commas++;
    const sub = leadingSubject(c, j + 1, e);
    if (sub !== null && c.actorsOf(sub).length > 0) return sub;
  }
  return null;
}

/**
 * "The main rebel group, the Forces for Democracy (FDD), insisted": the subject before an appositive
 * that ends with a comma right before the verb group at `g` (the phrase and its appositive), or null.
 */
function appositiveSubject(c: Ctx, g: number, min: number): Phrase | null {
  const doc = c.doc;
  const k = g - 1;
  if (k <= min || doc.form[k] !== ',') return null;
  for (let j = k - 1; j > min && j >= k - 12; j--) {
    const p = doc.pos[j]!;
    // A participle after a determiner or possessive, before its noun, is a modifier inside the
    // appositive ("Sidhoum, Algeria's leading human rights activist, staged ..."), no verb.
    const modifier = p === POS.VERB && j + 1 < k && isNominal(doc, j + 1) && (doc.pos[j - 1] === POS.DET || doc.lower[j - 1] === "'s" || doc.lower[j - 1] === '’s');
    // A word of a name the tagger calls a verb ("the head of the Red Cross", "Human Rights Watch") is no verb.
    if ((p === POS.VERB || p === POS.SCONJ || p === POS.AUX) && !modifier && !(p === POS.VERB && c.inMention(j)) && !(doc.form[j - 1] === ',' && APPOSITIVE_OPENERS.has(doc.lower[j]!))) return null;
    if (doc.form[j] !== ',') continue;
    const np = npLeft(doc, j, min);
    return np !== null && c.actorsOf(np).length > 0 ? { tokStart: np.tokStart, tokEnd: k } : null;
  }
  return null;
}

/**
 * "sent officials to Qatar to investigate", "sent 200 troops in Syria to serve as peacekeepers": a
 * 'to'-infinitive of purpose after a clause's prepositional phrase is done by that clause's subject (a
 * 'to'-infinitive right after an object is left alone: "asked X to leave" is X's act).
 */
function purposeSubject(c: Ctx, g: number, min: number): Phrase | null {
  const cl = purposeClause(c, g, min);
  if (cl === null || cl.preps.length === 0 || cl.subject === null) return null;
  const sub = { tokStart: cl.subject.tokStart, tokEnd: cl.subject.tokEnd };
  return c.actorsOf(sub).length > 0 ? sub : null;
}

/** The active clause that ends right before the 'to' of a purpose infinitive whose verb group starts at `g`. */
function purposeClause(c: Ctx, g: number, min: number): Clause | null {
  const doc = c.doc;
  if (g - 2 < min || doc.lower[g - 1] !== 'to' || doc.pos[g - 1] !== POS.PART) return null;
  for (let v = g - 2; v >= min; v--) {
    const cl = c.clauseOf(v);
    if (cl === undefined) continue;
    return cl.tokEnd === g - 1 && cl.voice === 'active' ? cl : null;
  }
  return null;
}

/**
 * "dispatched a team to Detroit to investigate", "sent inspectors to a plant in central Iran to
 * monitor": the place the clause before a purpose infinitive sends someone to (its last 'to', 'into' or
 * 'in' phrase naming a place or country) is where the purpose is carried out, and so its target when
 * the purpose names no actor (roles.json purposePlaces).
 */
function purposePlace(c: Ctx, g: number, min: number): Phrase | null {
  const cl = purposeClause(c, g, min);
  const pp = roles().purposePlaces;
  if (cl === null || !pp.verbs.has(c.doc.lemma[cl.pred]!)) return null;
  for (let i = cl.preps.length - 1; i >= 0; i--) {
    const p = cl.preps[i]!;
    if (!pp.preps.has(p.prep)) continue;
    const ph = { tokStart: p.arg.tokStart, tokEnd: p.arg.tokEnd };
    if (c.placeInPhrase(ph) || c.countryIn(ph)) return ph;
  }
  return null;
}

/**
 * "urged Europe and the United States to ...": an object that names no actor itself, joined by 'and' to
 * a phrase that does, is the whole coordination (the chunker stops at 'and').
 */
function withNamedConjunct(c: Ctx, ph: Phrase | null, max: number): Phrase | null {
  if (ph === null || ph.tokEnd + 1 >= max || c.doc.lower[ph.tokEnd] !== 'and' || c.actorsOf(ph).length > 0) return ph;
  const right = npRight(c.doc, ph.tokEnd + 1, max);
  return right !== null && c.actorsOf(right).length > 0 && !opensClause(c.doc, right, max) ? { tokStart: ph.tokStart, tokEnd: right.tokEnd } : ph;
}

/** "pledged funds and Syria is taxing goods": a conjunct a verb follows is the subject of a new clause. */
function opensClause(doc: Doc, ph: Phrase, max: number): boolean {
  let k = ph.tokEnd;
  while (k < max && doc.pos[k] === POS.ADV) k++;
  return k < max && (doc.pos[k] === POS.VERB || doc.pos[k] === POS.AUX);
}

/** "Colombia and Brazil": extend a phrase naming an actor to the right over coordinated phrases naming other actors. */
function coordinatedRight(c: Ctx, ph: Phrase | null, max: number): Phrase | null {
  if (ph === null || c.actorsOf(ph).length === 0) return ph;
  const doc = c.doc;
  let end = ph.tokEnd;
  let seen = c.actorsOf(ph);
  while (end + 1 < max) {
    // "the Central African Republic (CAR) and the Democratic Republic of the Congo (DRC)": a short
    // parenthesis after a member (its abbreviation) belongs to it when the list goes on after it.
    const close = parenthesisEnd(doc, end, max);
    if (close > end && close < max && (doc.lower[close] === 'and' || doc.lower[close] === ',')) {
      end = close;
      continue;
    }
    const w = doc.lower[end]!;
    if ((w !== 'and' && w !== ',') || c.insideMention(end)) break;
    const right = npRight(doc, w === ',' && doc.lower[end + 1] === 'and' ? end + 2 : end + 1, max);
    if (right === null) break;
    // A comma joins list members only ("A, B and C"), not a participle or an appositive after it; the
    // phrase after the comma may hold the list's last two members ("aid to El Salvador, Guatemala and
    // Honduras": the chunker takes "Guatemala and Honduras" as one phrase).
    if (w === ',' && doc.lower[end + 1] !== 'and' && doc.lower[right.tokEnd] !== ',' && doc.lower[right.tokEnd] !== 'and' && !topLevelAnd(c, right)) break;
    const a = c.actorsOf(right);
    if (a.length === 0 || a.some((x) => seen.includes(x))) break;
    seen = seen.concat(a);
    end = right.tokEnd;
  }
  return end === ph.tokEnd ? ph : { ...ph, tokEnd: end };
}

/** End (exclusive) of a short parenthesis opening at token k ("(CAR)", "(LAF)"), or k when there is none. */
function parenthesisEnd(doc: Doc, k: number, max: number): number {
  if (doc.form[k] !== '(') return k;
  for (let j = k + 1; j < max && j <= k + PARENTHESIS_MAX; j++) if (doc.form[j] === ')') return j + 1;
  return k;
}

/** Longest parenthesis (in tokens, marks included) read as part of the member before it. */
const PARENTHESIS_MAX = 6;

/** Does the phrase hold an 'and' outside any mention ("Guatemala and Honduras", not "Trinidad and Tobago")? */
function topLevelAnd(c: Ctx, ph: Phrase): boolean {
  for (let t = ph.tokStart + 1; t < ph.tokEnd - 1; t++) if (c.doc.lower[t] === 'and' && !c.insideMention(t)) return true;
  return false;
}

/**
 * Split a phrase at its top-level 'and' / ',' into conjuncts that each name other actors ("Iraq and
 * Libya"); null when it is not such a coordination.
 */
function conjuncts(c: Ctx, ph: Phrase, unnamed = false): Phrase[] | null {
  const doc = c.doc;
  const out: Phrase[] = [];
  let a = ph.tokStart;
  let hasAnd = false;
  for (let t = ph.tokStart + 1; t < ph.tokEnd - 1; t++) {
    const w = doc.lower[t]!;
    if ((w !== 'and' && w !== ',') || c.insideMention(t)) continue;
    if (w === 'and') hasAnd = true;
    if (t > a) out.push({ tokStart: a, tokEnd: t });
    a = t + 1;
    if (w === ',' && doc.lower[a] === 'and') a++;
  }
  if (out.length === 0 || a >= ph.tokEnd || !hasAnd) return null;
  out.push({ tokStart: a, tokEnd: ph.tokEnd });
  const seen = new Set<number>();
  for (const p of out) {
    const acts = c.actorsOf(p);
    // (with `unnamed`, a member that names no actor may be a noun phrase of people or things done to:
    // "lifted sanctions on Rusal and other companies", "condolences to the people and Government of X")
    if (acts.length === 0 && !(unnamed && nounMember(c, p))) return null;
    for (const x of acts) {
      if (seen.has(x)) return null;
      seen.add(x);
    }
  }
  return out;
}
/**
 * A list member that names no actor but people or a body of them (roles.json listMemberHeads: "other
 * companies", "the people", "people who work for it"), or a resolved place ("Europe"); not a thing.
 */
function nounMember(c: Ctx, p: Phrase): boolean {
  if (c.isTime(p.tokStart)) return false;
  if (c.placeInPhrase(p)) return true;
  const h = headOf(c.doc, p);
  return c.doc.pos[h] === POS.NOUN && roles().listMemberHeads.has(c.doc.lemma[h]!);
}

const IMPERSONAL = wordSet('relative_words');
const APPOSITIVE_OPENERS = wordSet('appositive_openers');
const COMPANION_LINKS = wordSet('companion_links');
const VERB_PARTICLES = wordSet('verb_particles');

/** Tags of a one-word "object" that is a particle of a phrasal pattern ("let free", "set loose"). */
const PARTICLE_POS: ReadonlySet<number> = new Set([POS.ADJ, POS.ADV, POS.ADP, POS.PART]);

/**
 * The patient of a reduced passive at the verb `v` (group start `g`) after the noun phrase `np`, or null:
 * the participle follows the noun directly, or after 'being', and the noun opens after a preposition of
 * roles.json reducedPassive ("the release of activists detained": `np` may run from "the release" when
 * it is an object, not a clause's subject).
 */
function reducedPassive(c: Ctx, v: number, g: number, np: Phrase, s: number): Phrase | null {
  const doc = c.doc;
  const w = doc.lower[v]!;
  if (!(w.endsWith('ed') || w.endsWith('en') || roles().reducedParticiples.has(w)) || w === doc.lemma[v] || doc.pos[v] !== POS.VERB) return null;
  const head = doc.pos[np.tokEnd - 1];
  if (head !== POS.NOUN && head !== POS.PROPN && head !== POS.PRON) return null;
  const being = np.tokEnd === v - 1 && doc.lower[v - 1] === 'being';
  if (!being && !(g === v && np.tokEnd === v)) return null;
  // "Militias backed by Iran attacked", "Civilians killed by the army were buried": a participle right
  // after a subject naming actors, with a by-agent that names an actor and followed by the sentence's
  // own verb, is a reduced passive on that subject.
  if (!being && doc.lower[v + 1] === 'by' && v + 2 < doc.length && doc.sentOf[v + 2] === doc.sentOf[v] && c.actorsOf(np).length > 0) {
    const agent = npRight(doc, v + 2, doc.sentEnd[doc.sentOf[v]!]!);
    if (agent !== null && c.actorsOf(agent).length > 0) {
      let n = agent.tokEnd;
      while (n < doc.length && doc.pos[n] === POS.ADV) n++;
      if (n < doc.length && (doc.pos[n] === POS.AUX || doc.pos[n] === POS.VERB) && doc.sentOf[n] === doc.sentOf[v]) return np;
    }
  }
  let k = np.tokEnd - 1;
  while (k >= np.tokStart && doc.pos[k] !== POS.ADP) k--;
  if (k < np.tokStart) {
    if (being) return np;
    k = np.tokStart - 1;
    if (k < s) return null;
  }
  if (!insideClause(c, k, s)) return null;
  return doc.pos[k] === POS.ADP && roles().reducedPassivePreps.has(doc.lower[k]!) && k + 1 < np.tokEnd ? { tokStart: k + 1, tokEnd: np.tokEnd } : being ? np : null;
}

/**
 * Whether the noun phrase starting at `np` sits inside another verb's clause, not opening a clause of its
 * own: a verb or 'be' before it in the sentence that is no reporting cue, with no subordinator, relative
 * word or comma between ("was the liberation of prisoners arrested"; not "Police said the men from X
 * attacked", nor "Doctors from two aid groups donated").
 */
function insideClause(c: Ctx, np: number, s: number): boolean {
  const doc = c.doc;
  for (let k = np - 1; k >= s; k--) {
    const p = doc.pos[k];
    if (p === POS.VERB || p === POS.AUX) return c.cueTok[k] !== 1;
    if (p === POS.SCONJ || p === POS.PUNCT || IMPERSONAL.has(doc.lower[k]!)) return false;
  }
  return false;
}

/** The object of a verb of permitting (rules.json permitGovernors) before the 'to' that opens the verb group at `g` ("allowed China to extradite"), or null. */
function permittedAgent(c: Ctx, g: number, s: number): Phrase | null {
  const doc = c.doc;
  if (g - 2 < s || doc.lower[g - 1] !== 'to') return null;
  const np = npLeft(doc, g - 1, s);
  if (np === null || np.tokStart - 1 < s) return null;
  const v = np.tokStart - 1;
  return doc.pos[v] === POS.VERB && c.lex.rules.permitGovernors.has(doc.lemma[v]!) ? np : null;
}

function analyseVerb(c: Ctx, t: Trigger, s: number, e: number, prevSubject: Phrase | null): Analysis {
  const doc = c.doc;
  const a = verbArgs(c, t.anchor, t.anchor + 1, s, e);
  // "Israel is opposed to French mediation", "Vietnam is committed to opening up": a participle of
  // stance after 'be' with no by-agent is what its subject holds, not something done to it.
  if (a.passive && a.agent === null && roles().stanceParticiples.has(doc.lemma[t.anchor]!)) a.passive = false;
  if (t.tokEnd > t.anchor + 1 && a.preps.every((p) => p.tokStart < t.tokEnd)) {
    // "gave a warm welcome on Thursday to X": the words of a longer pattern may stop the search for
    // phrases before the pattern ends; the phrases after it are the verb's too.
    let more = argsRight(doc, t.tokEnd, e, 14).preps;
    // "launched a military operation, Operation Zarb, against militants": past a name set off by commas
    // right after the pattern, which names the act itself.
    if (more.length === 0) {
      // (past the rest of the pattern's noun phrase: "launched a strategic offensive military operation, ...")
      const rest = npRight(doc, t.tokEnd, e);
      const close = namedAside(doc, rest !== null && rest.tokStart === t.tokEnd ? rest.tokEnd : t.tokEnd, e);
      if (close > 0) more = argsRight(doc, close + 1, e, 14).preps;
    }
    if (more.length > 0) a.preps = a.preps.concat(more);
  }
  // "rejected Thursday a United Nations appeal": a time adjunct before the object is no part of it.
  if (a.object !== null && c.isTime(a.object.tokStart)) {
    let k = a.object.tokStart;
    while (k < e && c.isTime(k)) k++;
    if (k < a.object.tokEnd) a.object = { tokStart: k, tokEnd: a.object.tokEnd };
    else {
      const r = argsRight(doc, k, e, 14);
      a.object = r.object;
      if (r.object !== null) a.preps = a.preps.filter((p) => p.tokStart >= r.object!.tokEnd || p.tokEnd <= r.object!.tokStart);
    }
  }
  // "let free some 74 political leaders", "set free the hostages": an object inside the trigger's own
  // words is a particle of the pattern; the verb's object follows the pattern.
  if (a.object !== null && a.object.tokStart > t.anchor && a.object.tokEnd === a.object.tokStart + 1 && a.object.tokEnd <= t.tokEnd && PARTICLE_POS.has(doc.pos[a.object.tokStart]!)) a.object = argsRight(doc, t.tokEnd, e, 14).object;
  // "beat up Palestinian detainees", "blew up three power lines": a particle right after the verb is
  // the verb's (function-words verb_particles); the noun phrase after it is the object.
  const particle = t.anchor + 1;
  if (particle === t.tokEnd && particle + 1 < e && VERB_PARTICLES.has(doc.lower[particle]!) && (a.object === null || a.object.tokStart === particle) && !a.passive) {
    const np = npRight(doc, particle + 1, e);
    if (np !== null && !c.isTime(np.tokStart)) {
      a.object = np;
      a.preps = a.preps.filter((p) => p.tokStart !== particle + 1);
    }
  }
  // "deported a convicted IRA bomber": an object that ends in its determiner was cut before a
  // participle that modifies the noun after it; the phrase runs on to that noun.
  if (a.object !== null && doc.pos[a.object.tokEnd - 1] === POS.DET && a.object.tokEnd < e && participleModifier(doc, a.object.tokEnd)) {
    const whole = npRight(doc, a.object.tokStart, e);
    if (whole !== null && whole.tokEnd > a.object.tokEnd) a.object = whole;
  }
  let subject = a.subject;
  // Coordinated verbs share the subject ("X met Y and signed ...").
  // "a fire that killed 19 people and injured eight": a relative pronoun the clause stage gives as the
  // subject of a coordinated verb stands for what the first verb's subject stood for.
  const relativeSubject = subject !== null && subject.tokEnd - subject.tokStart === 1 && IMPERSONAL.has(doc.lower[subject.tokStart]!);
  if ((subject === null || relativeSubject) && prevSubject !== null && a.g - 1 >= s && doc.lower[a.g - 1] === 'and' && a.governor < 0) subject = prevSubject;
  else subject = coordinatedLeft(c, realSubject(c, subject, a.g, t, s, e) ?? appositiveSubject(c, a.g, s), s);
  // "Jamal's killing", "the minister's arrest": a gerund of an act done to someone, opened by a
  // possessor and without an object ("Israel's killing of civilians" has one), reads as a passive:
  // the possessor is its patient.
  const poss = t.anchor - 1;
  if (!a.passive && a.object === null && poss - 1 >= s && (doc.lower[poss] === "'s" || doc.lower[poss] === '’s') && possessorIsPatient(doc, t, e)) {
    a.passive = true;
    a.agent = null;
    subject = npLeft(doc, poss, s);
  }
  // "the release of political prisoners arrested during the campaign", "a protester being shot": a
  // bare participle right after a noun inside a prepositional phrase, or after 'being', is a reduced
  // passive (roles.json reducedPassive): the noun is its patient and a 'by' phrase its agent.
  // Only where an actor takes part: "opinion polls released on Saturday", "the level demanded by the
  // world market" stay as they were (no event).
  const reducedPatient = !a.passive && a.object === null && a.subject !== null ? reducedPassive(c, t.anchor, a.g, a.subject, s) : null;
  const by = reducedPatient !== null ? a.preps.find((p) => p.prep === 'by' && p.tokStart > t.anchor) : undefined;
  if (reducedPatient !== null && (c.actorsOf(reducedPatient).length > 0 || (by !== undefined && c.actorsOf(by).length > 0))) {
    a.passive = true;
    a.agent = by ?? null;
    if (by !== undefined) a.preps = a.preps.filter((p) => p !== by);
    subject = reducedPatient;
  }
  // "a bill that would have allowed China to extradite suspects": the infinitive after the object of a
  // verb of permitting (rules.json permitGovernors) is that object's act, permitted, not done.
  const permitted = !a.passive ? permittedAgent(c, a.g, s) : null;
  if (permitted !== null) subject = permitted;
  // The purpose of another clause's act takes its subject, but stays below that act in strength.
  const purposeOf = subject === null && a.governor < 0 && !a.passive ? purposeSubject(c, a.g, s) : null;
  if (purposeOf !== null) subject = purposeOf;
  // "Germany has been the largest donor, contributing $46 million to X": a participle clause after a
  // comma with no subject of its own is done by the subject of the sentence it continues.
  if (subject === null && purposeOf === null && !a.passive && a.governor < 0 && a.g - 1 > s && doc.form[a.g - 1] === ',' && doc.lower[t.anchor]!.endsWith('ing')) subject = leadingSubject(c, s, a.g - 1);
  // "Meeting Putin in Ankara, Erdogan said ...": an opening participle clause is done by the main clause's subject.
  if (subject === null && purposeOf === null && !a.passive && a.governor < 0) subject = frontedParticipleSubject(c, t.anchor, s, e);
  const subj = subjectWithPP(c, subject, s, t.kind === 'verb' && doc.pos[t.anchor] === POS.VERB);
  // "was killed in a US counter-terrorism operation", "died in an Israeli airstrike": a passive with no
  // by-agent names its agent as the owner of the operation it happened in (roles.json operationNouns).
  if (a.passive && a.agent === null) {
    const op = a.preps.find((p) => (p.prep === 'in' || p.prep === 'during') && roles().operationNouns.has(doc.lemma[headOf(doc, p)]!) && c.actorsOf(p).length > 0);
    if (op !== undefined) {
      a.agent = op;
      a.preps = a.preps.filter((p) => p !== op);
    }
  }
  const patient = a.passive ? (subject !== null ? extendList(doc, subject, s) : null) : a.object;
  // "was condemned by the United Nations and the European Union": every member of a coordinated by-agent acts.
  const agentPh = a.passive ? coordinatedRight(c, a.agent, e) : null;
  let source = c.antecedentIn(a.passive ? agentPh : subj.full);
  let sourceActors = a.passive ? c.actorsOf(agentPh) : subj.actors;
  let target = coordinatedRight(c, chooseTarget(c, a.passive ? patient : withNamedConjunct(c, a.object, e), a.preps, t, t.code!, sourceActors), e);
  const root = t.code!.slice(0, 2);
  // A yield (08) with no agent: the one who disarms or withdraws is its patient. Not an actor released
  // (roles.json releasedCodes): "two hostages were freed" names whom the release is done to, the
  // target, and not who released them.
  const released = a.passive && c.actorsOf(patient).length > 0 && roles().releasedCodes.some((k) => t.code!.startsWith(k));
  if (source === null && root === '08' && patient !== null && !released) {
    source = patient;
    sourceActors = c.actorsOf(patient);
    if (target === patient) target = null;
  }
  const rr = roles();
  // The author or agent of the act an object names outranks a phrase further on ("investigating crimes
  // by X against Y" is aimed at X), not an object that names an actor itself.
  // An object naming actors only in its 'of' complement ("condemned the shelling of Syrian villages by
  // Turkish forces") yields to a 'by' agent.
  const objectNamed = target !== null && target === a.object && c.actorsOf(target).length > 0;
  // "blocked streets in Hong Kong in defiance of Chinese authorities": the place a protest happens in
  // yields to whom its purpose names.
  const placeOnlyTarget = target !== null && target !== a.object && rr.venuePreps.has((target as PrepPhrase).prep ?? '') && c.placeInPhrase(target);
  let agent = a.passive || (objectNamed && c.actorsOf(headPart(doc, target!)).length > 0) ? null : actAgent(c, t, a.object, a.preps, e, sourceActors) ?? (c.actorsOf(target).length === 0 || placeOnlyTarget ? protestedAgent(c, t, e, sourceActors) : null);
  if (agent !== null && objectNamed && doc.lower[agent.tokStart - 1] !== 'by') agent = null;
  // Where a withdrawal leaves outranks the withdrawn ("withdraw inspectors and aid workers from Iraq").
  const left = a.passive ? null : leftFrom(c, a.object, a.preps, t, sourceActors);
  if (agent !== null) target = agent;
  else if (left !== null) target = left;
  else if (c.actorsOf(target).length === 0) target = imposedOn(c, t, a.passive ? null : a.object, e) ?? authorOrAddressee(c, a.object, a.preps, t, root, e) ?? infinitiveTarget(c, t, e, sourceActors) ?? demandAuthor(c, t, e, sourceActors) ?? topicTarget(c, t, a.preps, e) ?? target;
  target = claimedActTarget(c, t, e) ?? target;
  if (target === null && !a.passive) target = gapObject(c, t, a.object, sourceActors);
  if (c.actorsOf(target).length === 0 && rr.purposePlaces.roots.has(root)) target = purposePlace(c, a.g, s) ?? target;
  // Joint acts: "held talks with X", "Trump meets Nieto" ...
  let reciprocal =
    target !== null &&
    ((rr.withCodes.some((p) => t.code!.startsWith(p)) && (target as PrepPhrase).prep === 'with' && !verbBetween(doc, t.tokEnd, target.tokStart)) ||
      (target === a.object && !a.passive && rr.verbs.has(doc.lemma[t.anchor]!)));
  // ... and a coordinated subject with no target ("Russia and China agreed"), both ways. A place the
  // act happens in is no target then: "Shoukry and Dendias met in Cairo" is a meeting of the two.
  const placeOnly =
    target !== null &&
    target !== a.object &&
    rr.venuePreps.has((target as PrepPhrase).prep ?? '') &&
    !rr.venueTargetCodes.some((k) => t.code!.startsWith(k)) &&
    c.placeInPhrase(target);
  // (Not a passive's by-agent: "was welcomed by Egypt and Qatar" is welcomed by both, of something else.)
  if ((target === null || placeOnly) && source !== null && !a.passive && rr.coordinated.has(root) && !rr.notJoint.has(t.code!.slice(0, 3))) {
    const parts = splitAnd(doc, source);
    // A list of three or more ("China, Iran and Russia pledged funds") acts side by side, not on each other.
    if (parts !== null && participant(c, parts[0]) && participant(c, parts[1]) && !hasComma(doc, parts[0])) {
      [source, target] = parts;
      sourceActors = c.actorsOf(source);
      reciprocal = true;
    }
  }
  // "The two countries agreed", "both sides accused each other": a subject that refers back to a pair,
  // in a joint act with no target or an act on "each other", is coded between the two, both ways.
  let pairTarget: number[] | null = null;
  let mutual = false;
  if (!reciprocal && source !== null) {
    const bySubject = c.pairOf(source);
    // "each other" may be the object the target rule passed over (it names the source's own actors), or
    // a word of the trigger's pattern ("accused each other of").
    const byObject = c.pairOf(target) ?? c.pairOf(a.object) ?? c.pairOf(t);
    const p = byObject !== null && sameActors(sourceActors, byObject) ? byObject : bySubject !== null && (target === null || placeOnly) && rr.coordinated.has(root) ? bySubject : null;
    if (p !== null) {
      const { pair, ref } = p;
      if (doc.sentOf[pair.aPh.tokStart] === doc.sentOf[t.anchor]) {
        // the pair is named in this sentence: its own phrases are the two sides
        source = pair.aPh;
        target = pair.bPh;
      } else {
        source = bySubject?.ref ?? source;
        target = byObject !== null && byObject.ref.tokStart >= t.tokEnd ? byObject.ref : ref;
        pairTarget = [pair.b];
      }
      sourceActors = [pair.a];
      reciprocal = true;
      mutual = true;
    }
  }
  let realis = a.realis;
  let code = t.code!;
  // "will not lift the ban", "would not negotiate": a refusal to cooperate or yield is a rejection (12x).
  if (a.refusal && (root === '08' || root === '04' || root === '06' || root === '07')) {
    const rejected = composeCode(c.lex.rules, '120', code);
    if (rejected !== null) {
      code = rejected;
      realis = 'actual';
    }
  }
  if (subject !== null && !a.passive && (doc.lower[subject.tokStart] === 'no' || doc.lower[subject.tokStart] === 'none')) realis = 'negated';
  if (permitted !== null && realis !== 'negated') realis = 'hypothetical';
  let conf = 0.6;
  if (participant(c, source) && purposeOf === null) conf += 0.15;
  if (participant(c, target)) conf += 0.05;
  if (t.tokEnd - t.tokStart > 1) conf += 0.05;
  const end = Math.max(a.end, t.tokEnd);
  const args: Analysis['args'] = [];
  if (a.object !== null) args.push({ prep: '', tokStart: a.object.tokStart, tokEnd: a.object.tokEnd });
  for (const p of a.preps) args.push({ prep: p.prep, tokStart: p.tokStart, tokEnd: p.tokEnd });
  return {
    trigger: t,
    code,
    source,
    target,
    sourceActors,
    targetActors: pairTarget ?? c.actorsOf(target),
    mutual,
    realis,
    passiveNoAgent: a.passive && a.agent === null,
    quantity: quantityIn(c, patient),
    confidence: conf,
    evidence: { tokStart: Math.min(source?.tokStart ?? a.g, a.g), tokEnd: Math.min(e, end) },
    extent: { tokStart: t.anchor, tokEnd: t.tokEnd },
    groupStart: a.g,
    background: false,
    args,
    antecedent: a.relative ? antecedentOf(doc, a.g, s) : null,
    reciprocal,
    moreTargets: [],
    // "evidence supported his murder", "the accident killed eleven": evidence that supports and an
    // accident or disaster that kills are no actor doing so (roles.json evidenceSubjects, naturalCauses),
    // nor is a market quantity that hits a record or declines (economicSubjects: "net profit hit a record").
    // So is a participle on such a noun ("wildfires destroying the rainforest", "smoke from wildfires burning it").
    dropped:
      !a.passive &&
      ((subject !== null && c.actorsOf(subject).length === 0 && (agentless(doc.lemma[headOf(doc, phraseHead(doc, subject, s))]!) || (a.relative && agentlessAntecedent(doc, a.g, s)))) ||
        (c.actorsOf(subject).length === 0 && doc.lower[t.anchor]!.endsWith('ing') && agentlessBefore(doc, t.anchor, s)))
        ? 'figurative'
        : '',
  };
}

/**
 * The head phrase of a subject: the part before its first preposition ("the accident [in ...]"), and
 * when the subject found is itself the object of a preposition of place ("The accident in [Salaheddin
 * district] killed"), the phrase that preposition hangs on ("of" phrases are left alone: "the findings
 * of the committee, which is considering" is said of the committee).
 */
function phraseHead(doc: Doc, ph: Phrase, s: number): Phrase {
  let h = ph;
  for (let hops = 0; hops < 2 && h.tokStart - 2 >= s && doc.pos[h.tokStart - 1] === POS.ADP && doc.lower[h.tokStart - 1] !== 'of'; hops++) {
    const outer = npLeft(doc, h.tokStart - 1, s);
    if (outer === null || outer.tokEnd !== h.tokStart - 1) break;
    h = outer;
  }
  let k = h.tokStart + 1;
  while (k < h.tokEnd && doc.pos[k] !== POS.ADP) k++;
  return { tokStart: h.tokStart, tokEnd: k };
}

/**
 * Is the possessor of trigger t its patient ("Jamal's killing", "the leader's arrest": roles.json
 * patientPossessorNouns), with no of-phrase after it to name the patient ("Israel's killing of civilians")?
 */
function possessorIsPatient(doc: Doc, t: Trigger, e: number): boolean {
  if (t.tokEnd < e && doc.lower[t.tokEnd] === 'of') return false;
  const nouns = roles().patientPossessorNouns;
  return nouns.has(doc.lower[t.tokEnd - 1]!) || nouns.has(doc.lemma[t.tokEnd - 1]!);
}

/**
 * A subject head (lemma) that never acts: evidence, an accident, disaster or disease, a market quantity
 * ("prices fell") or a vehicle with no driver named ("the plane struck a hangar").
 */
function agentless(lemma: string): boolean {
  const rr = roles();
  return rr.evidenceSubjects.has(lemma) || rr.naturalCauses.has(lemma) || rr.economicSubjects.has(lemma) || rr.vehicleSubjects.has(lemma);
}

/** A verb in tokens [a, b): a 'with' phrase after it is that verb's ("agreed to help with X's investigation"). */
function verbBetween(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.pos[k] === POS.VERB) return true;
  return false;
}

/**
 * Is the verb at `vb` one of judging or attributing whose object (or 'against'/'about' phrase) is the
 * event noun ("characterized the attack as", "spoke out against the attack")? Its subject is no agent of it.
 */
function opinionOf(doc: Doc, vb: number, prep: string | null): boolean {
  const rr = roles();
  return rr.opinionVerbs.has(doc.lemma[vb]!) && (prep === null || rr.opinionPreps.has(prep));
}

/** Is the noun right before the participle at `g` (adverbs skipped) one that never acts ("wildfires [currently] destroying")? */
function agentlessBefore(doc: Doc, g: number, s: number): boolean {
  let k = g - 1;
  while (k >= s && doc.pos[k] === POS.ADV) k--;
  return k >= s && doc.pos[k] === POS.NOUN && agentless(doc.lemma[k]!);
}

/**
 * Is the noun a relative pronoun before verb group `g` hangs on agentless ("involved in a traffic
 * collision which killed X", "the storm, which destroyed")? The subject phrase found for the pronoun
 * may reach further left than that noun.
 */
function agentlessAntecedent(doc: Doc, g: number, s: number): boolean {
  let k = g - 1;
  const relatives = clauseLexicon().relativePronouns;
  while (k > s && k >= g - 6 && !relatives.has(doc.lower[k]!)) k--;
  if (k <= s || !relatives.has(doc.lower[k]!)) return false;
  k--;
  if (doc.form[k] === ',' && k > s) k--;
  return doc.pos[k] === POS.NOUN && agentless(doc.lemma[k]!);
}

/** The phrase a relative clause at verb group `g` hangs on: back from the pronoun to the clause's verb or punctuation. */
function antecedentOf(doc: Doc, g: number, s: number): Phrase {
  let k = g - 2;
  while (k >= s && k >= g - 12 && doc.pos[k] !== POS.VERB && doc.pos[k] !== POS.SCONJ && !(doc.pos[k] === POS.PUNCT && doc.form[k] !== ',')) k--;
  return { tokStart: k + 1, tokEnd: g };
}

/**
 * The subject of the nearest clause before `end` (from `s`) whose active verb's subject names an actor
 * other than `not`: "North Korea fired a missile, drawing ...", "Ortega praised the coup, drawing ...",
 * "the minister said the plan would fail, drawing ..." (the one who spoke); not the speaker of a cue
 * after its content ("North Korea fired a missile ..., the military said, drawing ...").
 */
function actingSubjectBefore(c: Ctx, s: number, end: number, e: number, not: readonly number[]): Phrase | null {
  const doc = c.doc;
  for (let k = end - 1; k >= s; k--) {
    if (doc.pos[k] !== POS.VERB) continue;
    if (c.cueTok[k] === 1 && c.ctx.clauses.frames.some((f) => f.cue.tokStart <= k && k < f.cue.tokEnd && f.contentTok.tokEnd <= f.cue.tokStart)) continue;
    const a = verbArgs(c, k, k + 1, s, e);
    if (a.passive || a.subject === null || a.subject.tokEnd > k) continue;
    const subject = subjectWithPP(c, coordinatedLeft(c, a.subject, s), s).full;
    const actors = c.actorsOf(subject);
    if (actors.length > 0 && !actors.some((x) => not.includes(x))) return subject;
  }
  return null;
}

/**
 * The phrase after 'from' when the event noun at `t` is the subject of a verb of coming (roles.json
 * fromAuthors.comeVerbs): "Statements of condemnation have come from the Arab League", "criticism came from X".
 */
function cameFrom(c: Ctx, t: Trigger, preps: PrepPhrase[], e: number): Phrase | null {
  const doc = c.doc;
  let k = t.tokEnd;
  // (past the noun's own phrases: "support for the plan also came from X")
  for (const p of preps) if (p.tokStart === k + 1 && p.prep !== 'from') k = p.tokEnd;
  while (k < e && (doc.pos[k] === POS.AUX || doc.pos[k] === POS.ADV)) k++;
  if (k + 2 >= e || doc.pos[k] !== POS.VERB || !roles().comeVerbs.has(doc.lemma[k]!)) return null;
  k++;
  return doc.lower[k] === 'from' ? npRight(doc, k + 1, e) : null;
}

/** The doer named after a participle of agency (roles.json agentParticiples) at `k`, right after an event noun, or null. */
function participleAgent(c: Ctx, k: number, e: number): Phrase | null {
  const doc = c.doc;
  if (k < e && doc.form[k] === ',') k++;
  while (k < e && doc.pos[k] === POS.ADV) k++;
  if (k + 2 >= e || doc.lower[k] === doc.lemma[k] || doc.lower[k]!.endsWith('ing')) return null;
  const rr = roles();
  let prep = doc.lower[k + 1] === 'out' ? rr.agentParticiples.get(doc.lemma[k]! + ' out') : undefined;
  if (prep !== undefined) k += 2;
  else {
    prep = rr.agentParticiples.get(doc.lemma[k]!);
    k++;
  }
  if (prep === undefined || doc.lower[k] !== prep) return null;
  const np = npRight(doc, k + 1, e);
  return np !== null && c.actorsOf(np).length > 0 ? np : null;
}

/**
 * "About 900 employees stopped work in a strike", "miners ... on the first day of a strike": a bare
 * 'strike' whose strikers are workers (an actor of a labour sector, or a phrase headed by a noun of
 * workers) is a labour strike (roles.json labourStrikes), not the military strike the bare noun codes.
 */
function labourStrike(c: Ctx, t: Trigger, source: Phrase | null): boolean {
  const ls = roles().labourStrikes;
  if (source === null || t.tokEnd - t.tokStart !== 1 || !ls.codes.has(t.code!) || !ls.nouns.has(c.doc.lower[t.anchor]!)) return false;
  const actors = c.actorsOf(source);
  if (actors.length > 0) return actors.some((i) => ls.sectors.has(c.ctx.actors.actors[i]?.sector ?? ''));
  return ls.heads.has(c.doc.lemma[headOf(c.doc, source)]!);
}

function analyseNoun(c: Ctx, t: Trigger, s: number, e: number): Analysis {
  const doc = c.doc;
  const rules = c.lex.rules;
  // The noun phrase around the trigger: modifiers to the left ("Israeli", "Azerbaijan's", "the").
  const left = npLeft(doc, t.tokStart, s);
  const npStart = left?.tokStart ?? t.tokStart;
  const r = argsRight(doc, t.tokEnd, e, 12);
  const preps = r.preps;
  /** One past the noun's own chain of prepositional phrases ("the attack on the checkpoint"). */
  let phrasesEnd = t.tokEnd;
  for (const p of preps) if (p.tokStart === phrasesEnd + 1) phrasesEnd = p.tokEnd;
  let source: Phrase | null = null;
  let target: Phrase | null = null;
  const rr = roles();
  const root = t.code!.slice(0, 2);
  let reciprocal = false;
  let more: Phrase[] = [];
  // "talks between X and Y"
  const between = preps.find((p) => p.prep === 'between');
  if (between !== undefined) {
    // (past an abbreviation: "between the Kachin Independence Organization (KIO) and the government")
    const parts = splitAnd(doc, coordinatedRight(c, between, e) ?? between);
    if (parts !== null && rr.betweenTargets.has(t.code!.slice(0, 3))) {
      // "mediation between X and Y": the two sides are the targets, the mediator the source.
      target = parts[0];
      more = [parts[1]];
    } else if (parts !== null) {
      [source, target] = parts;
      reciprocal = rr.coordinated.has(root);
    }
  }
  // Possessive or name modifier inside the phrase ("Azerbaijan's readiness", "Israeli airstrikes"). A
  // possessive pronoun ("completed its investigation") is the subject of the verb the phrase belongs
  // to, when it has one; else the pronoun's antecedent in the sentence.
  let possessor: Phrase | null = null;
  if (source === null && npStart < t.tokStart) {
    let poss = -1;
    for (let k = npStart; k < t.tokStart; k++) if (doc.lower[k] === '\'s' || doc.lower[k] === '’s') poss = k;
    if (poss > npStart) {
      // "Jamal's killing", "the opposition leader's arrest": the possessor of an act done to someone is
      // its patient, unless an of-phrase names the patient ("Israel's killing of civilians").
      const owner = npLeft(doc, poss, npStart);
      if (possessorIsPatient(doc, t, e)) target = owner;
      else source = owner;
    }
    else if (doc.pos[npStart] === POS.PRON) possessor = { tokStart: npStart, tokEnd: npStart + 1 };
    else {
      const mods: Phrase = { tokStart: npStart, tokEnd: t.tokStart };
      if (participant(c, mods)) source = mods;
    }
  }
  // "an attack by X", "the release of hostages by X": a 'by' phrase on the noun or its 'of' phrase is its
  // agent; one further on belongs to another phrase ("in protest against abuses by the guards").
  const by = preps.find((p, i) => p.prep === 'by' && (p.tokStart === t.tokEnd + 1 || (i > 0 && preps[i - 1]!.prep === 'of' && preps[i - 1]!.tokStart === t.tokEnd + 1 && p.tokStart === preps[i - 1]!.tokEnd + 1)));
  if (source === null && by !== undefined) source = by;
  // "the attack, reportedly carried out by the Taliban", "another attack ascribed to the rebels": the
  // doer named by a participle of agency on the noun (roles.json agentParticiples) is its source.
  if (source === null) {
    // (past the noun's own phrases: "the attack on the checkpoint, carried out by X")
    const doer = participleAgent(c, phrasesEnd, e);
    if (doer !== null) {
      source = doer;
      if (target !== null && target.tokStart === doer.tokStart) target = null;
    }
  }
  // "the visit of the president", "the withdrawal of French troops": the of-phrase names the agent;
  // "the arrest of the opposition leader", "the release of the hostages": it names the patient.
  const of = preps.length > 0 && preps[0]!.prep === 'of' && preps[0]!.tokStart === t.tokEnd + 1 ? preps[0]! : undefined;
  // "skeptical of a Russian announcement", "pessimism about Iranian motives": the phrase an attitude is
  // about, right after it, is its target when it names an actor (else the one addressed may be:
  // "conveyed concerns about the furlough to the government"); an adjective's 'of' phrase is its
  // complement, never the one who holds the attitude (that is the subject of the copula).
  const topic = preps.length > 0 && preps[0]!.tokStart === t.tokEnd + 1 && rr.topicPreps.has(preps[0]!.prep) && rr.topicCodes.some((p) => t.code!.startsWith(p)) ? preps[0]! : null;
  if (topic !== null && target === null && c.actorsOf(topic).length > 0) target = topic;
  // "rallied in support of President X": a bare noun of purpose after 'in' (roles.json inSupportOf) is
  // for whom its 'of' phrase names, the target.
  const forWhom = of !== undefined && npStart === t.tokStart && t.tokEnd === t.anchor + 1 && npStart - 1 >= s && doc.lower[npStart - 1] === 'in' && rr.inSupportOf.has(doc.lemma[t.anchor]!);
  if (forWhom) {
    if (target === null && c.actorsOf(of).length > 0) target = of;
  } else if (of !== undefined && (topic !== null || doc.pos[t.last] === POS.ADJ)) {
    if (target === null && c.actorsOf(of).length > 0) target = of;
  } else if (of !== undefined && c.actorsOf(of).length > 0) {
    if (rr.ofPatientCodes.some((p) => t.code!.startsWith(p))) {
      if (target === null) target = of;
    } else if (source === null) source = of;
  } else if (of !== undefined && target === null && rr.ofPatientCodes.some((p) => t.code!.startsWith(p)) && c.placeCountryActor(of) >= 0) {
    // "the invasion of South Lebanon", "the bombing of Belgrade": a place is the patient too.
    target = of;
  }
  let realis: Realis = 'actual';
  let g = npStart;
  let background = false;
  const before = npStart - 1;
  if (before >= s) {
    const w = doc.lower[before]!;
    const w2 = before - 1 >= s ? doc.lower[before - 1]! : '';
    if (rules.backgroundPreps.has(w) || (w === 'of' && rules.backgroundPreps.has(w2))) background = true;
    if (w === 'no' || w === 'without') realis = 'negated';
  }
  // "indicated no support will come": the phrase opens with "no".
  if (doc.lower[npStart] === 'no' && npStart < t.tokStart) realis = 'negated';
  // "an offer from NATO to help", "assurances from Greece that ...", "criticism from Congress", "an offer
  // of help from the African Union": a 'from' phrase on a noun of saying, offering, giving or protesting
  // (roles.json fromAuthors) names its author, not the verb's subject ("received assurances from Greece");
  // not in a time adjunct ("following an invitation from X"), which refers back to an act told elsewhere.
  let fromAuthor = false;
  if (source === null && !background && rr.fromAuthorCodes.some((p) => t.code!.startsWith(p))) {
    const from = preps.find((p, i) => p.prep === 'from' && (p.tokStart === t.tokEnd + 1 || (i > 0 && preps[i - 1]!.prep === 'of' && preps[i - 1]!.tokStart === t.tokEnd + 1 && p.tokStart === preps[i - 1]!.tokEnd + 1)));
    // (the noun phrase only: "appeals from Latin American countries, faced with debt, to the U.S.")
    let np = from !== undefined && !c.isTime(from.tokStart) ? npRight(doc, from.tokStart, e) : cameFrom(c, t, preps, e);
    // (a list of authors: "condemnation from Seoul, Washington and Tokyo")
    const list = from !== undefined && np !== null && doc.form[np.tokEnd] === ',' ? listRight(doc, from.tokStart, e) : null;
    if (list !== null && c.actorsOf(list).length > c.actorsOf(np).length) np = list;
    if (np !== null && c.actorsOf(np).length > 0) {
      source = np;
      fromAuthor = true;
    }
  }
  // The verb the phrase belongs to: its object ("made a phone call"), a copula ("is ready to"), or the
  // verb a prepositional phrase hangs on ("thanked X in a telephone conversation").
  let vb = before;
  while (vb >= s && ((doc.pos[vb] === POS.ADV && doc.lower[vb] !== 'as') || (doc.pos[vb] === POS.PART && doc.lower[vb] !== 'to'))) vb--;
  // "gave Putin a stern warning", "handed Iran an ultimatum": a noun phrase between a verb of giving
  // (roles.json dativeVerbs) and the event noun is its first object, the one the act is addressed to.
  let dative: Phrase | null = null;
  if (!background && vb >= s && vb === before && npStart < t.tokStart && doc.pos[npStart] === POS.DET && (doc.pos[vb] === POS.PROPN || doc.pos[vb] === POS.NOUN || doc.pos[vb] === POS.PRON)) {
    const np = npLeft(doc, vb + 1, s);
    const v = np !== null ? np.tokStart - 1 : -1;
    if (np !== null && v >= s && doc.pos[v] === POS.VERB && rr.dativeVerbs.has(doc.lemma[v]!) && c.actorsOf(np).length > 0) {
      dative = np;
      vb = v;
    }
  }
  // The preposition the phrase hangs on, if any ("spoke out against the attack").
  const prepBefore = vb >= s && doc.pos[vb] === POS.ADP ? doc.lower[vb]! : null;
  // Whether the phrase is the subject of a clause of its own after a reporting cue ("said the attack had
  // killed twelve"): an auxiliary follows it, or, for an act of violence (roles.json reportedActRoots), a
  // verb that no later verb of the clause leaves a reduced relative ("said the attack killed twelve",
  // not "the release of a citizen held hostage was").
  // (a past form with an object of its own is that clause's verb, not a reduced relative on the noun: "said
  // the attack targeted power plants", as against "the attack targeted at civilians")
  const finiteAfter = phrasesEnd + 1 < e && doc.pos[phrasesEnd] === POS.VERB && rr.reportedActRoots.has(root) && OBJECT_START.has(doc.pos[phrasesEnd + 1]!) && mainVerbAt(doc, phrasesEnd, e);
  const ownClause = prepBefore === null && (finiteAfter || (r.clauseEnd < e && (doc.pos[r.clauseEnd] === POS.AUX || (doc.pos[r.clauseEnd] === POS.VERB && rr.reportedActRoots.has(root) && mainVerbAt(doc, r.clauseEnd, e)))));
  // "held 20,000 civilians as human shields": a material act named as what a verb's object is made into
  // is done by the verb's subject to that object. Not an 'as' that opens a clause ("as street battles
  // raged"): there a verb follows the phrase.
  const asWhat = vb >= s && doc.lower[vb] === 'as' && rr.patientRoots.has(root) && !(t.tokEnd < e && (doc.pos[t.tokEnd] === POS.VERB || doc.pos[t.tokEnd] === POS.AUX)) ? vb : -1;
  // (only a verb of holding or using makes its object into what follows 'as': "announced the cause of
  // death as a cardiac arrest" names, it does not arrest)
  if (!background && vb >= s && ((doc.pos[vb] === POS.ADP && doc.lower[vb] !== 'of') || asWhat >= 0)) {
    for (let k = vb - 1; k >= s && k >= vb - 8; k--) {
      if (doc.pos[k] === POS.PUNCT || doc.pos[k] === POS.SCONJ) break;
      if (doc.pos[k] === POS.VERB) {
        vb = k;
        break;
      }
    }
  }
  // "launched artillery, mortar and rocket fire against X", "launched 10 days of war games": an event
  // noun that ends a coordinated or counted object is the verb's object too (not when a verb follows:
  // then the phrase is a subject, "..., and rocket fire hit the town").
  // (the count right on the verb: "launched 10 days of war games", not "followed two weeks of protests",
  // whose subject is no agent of them)
  const counted = vb - 3 >= s && doc.lower[vb] === 'of' && doc.pos[vb - 1] === POS.NOUN && doc.pos[vb - 2] === POS.NUM && doc.pos[vb - 3] === POS.VERB && !roles().causeVerbs.has(doc.lemma[vb - 3]!) && !roles().sequenceVerbs.has(doc.lemma[vb - 3]!);
  if (!background && vb >= s && (doc.pos[vb] === POS.CCONJ || counted) && !(t.tokEnd < e && (doc.pos[t.tokEnd] === POS.VERB || doc.pos[t.tokEnd] === POS.AUX))) {
    for (let k = vb - 1; k >= s && k >= vb - 10; k--) {
      // (a gerund after a determiner is a noun of the list: "the deplatforming and censorship of X")
      if (doc.pos[k] === POS.VERB && !(k - 1 >= s && (doc.pos[k - 1] === POS.DET || doc.pos[k - 1] === POS.ADJ || doc.lower[k - 1] === "'s" || doc.lower[k - 1] === '’s'))) {
        vb = k;
        break;
      }
      if (!(isNominal(doc, k) || doc.form[k] === ',' || doc.pos[k] === POS.CCONJ || doc.lower[k] === 'of')) break;
    }
  }
  // "there is ongoing cooperation with X": no agent in the clause.
  // (also with auxiliaries before 'be': "there had been no talks", "there will be a meeting")
  let be = before;
  while (be >= s && doc.lemma[be] !== 'be' && be > before - 2) be--;
  let there = be - 1;
  while (there >= s && doc.pos[there] === POS.AUX && there > be - 3) there--;
  const existential =
    (before - 1 >= s && doc.lemma[before] === 'be' && doc.lower[before - 1] === 'there') ||
    (before - 2 >= s && doc.lemma[before - 1] === 'be' && doc.lower[before - 2] === 'there') ||
    (be >= s && doc.lemma[be] === 'be' && there >= s && doc.lower[there] === 'there');
  // ('have' right before the phrase is the main verb the tagger called an auxiliary: "the ministry had no comment")
  if (!background && !existential && vb >= s && (doc.pos[vb] === POS.VERB || (doc.pos[vb] === POS.AUX && (doc.lemma[vb] === 'be' || doc.lemma[vb] === 'have')))) {
    const a = verbArgs(c, vb, vb + 1, s, e);
    g = a.g;
    // "Serb forces were engaged in ethnic cleansing": a participle of stance holds its subject's act.
    if (a.passive && a.agent === null && doc.lower[before] === 'in' && rr.stanceParticiples.has(doc.lemma[vb]!)) a.passive = false;
    // "the arrest sparked protests": the subject of a verb of causing is the cause, not the agent.
    // "Turkey received assurances from Greece", "the government has the support of the army": the one
    // who receives, wins or has what is given or offered is whom it is aimed at, not its source (not
    // with a recipient of its own: "have commitments to the alliance"; not "have a plan ready").
    // (also with an author the actors stage does not know or none at all: "secured aid from banks",
    // "Ukraine received military aid" name the recipient, not the giver)
    // (a participle modifying the noun is no verb of receiving: "its secured loan", "a 19.4 mln dlr secured loan")
    const q = vb - 1 >= s ? doc.pos[vb - 1]! : POS.PUNCT;
    let counted = false;
    for (let k = vb - 1; k >= s && k >= vb - 4 && (doc.pos[k] === POS.NOUN || doc.pos[k] === POS.NUM || doc.form[k] === '-'); k--) if (doc.pos[k] === POS.NUM || doc.form[k] === '-') counted = true;
    const modifier = doc.lower[vb]!.endsWith('ed') && (q === POS.DET || q === POS.NUM || q === POS.ADJ || rr.ownPossessives.has(doc.lower[vb - 1] ?? '') || counted);
    // (not an attitude: "are getting skeptical about us" is what they become)
    const fromCodes = !modifier && doc.pos[t.last] !== POS.ADJ && rr.fromAuthorCodes.some((p) => t.code!.startsWith(p));
    const received = !a.passive && ((fromCodes && (prepBefore === null || prepBefore === 'in') && rr.receiverVerbs.has(doc.lemma[vb]!)) || (doc.lemma[vb] === 'have' && rr.hadRoots.has(root) && doc.pos[t.last] !== POS.ADJ && !preps.some(isTo) && !a.preps.some((p) => p.prep === 'to' && p.tokStart > t.tokEnd)));
    if (received && target === null) target = subjectWithPP(c, coordinatedLeft(c, a.subject ?? appositiveSubject(c, a.g, s), s), s).full;
    if (!a.passive && roles().victimVerbs.has(doc.lemma[vb]!)) {
      // "refugees who fled a military crackdown", "civilians who survived the attack": the one who
      // undergoes the event is its target; its agent is not named here.
      if (target === null) target = subjectWithPP(c, coordinatedLeft(c, a.subject ?? appositiveSubject(c, a.g, s), s), s).full;
    } else if (source === null && !received && !roles().causeVerbs.has(doc.lemma[vb]!) && !(roles().suppressVerbs.has(doc.lemma[vb]!) && (prepBefore === null || prepBefore === 'on')) && !(c.cueTok[vb] === 1 && (roles().witnessVerbs.has(doc.lemma[vb]!) || ownClause)) && !opinionOf(doc, vb, prepBefore)) source = subjectWithPP(c, coordinatedLeft(c, a.passive ? a.agent : governorSubject(c, a.subject, a.g, vb, s, e) ?? appositiveSubject(c, a.g, s) ?? (c.cueTok[vb] === 1 ? null : frontedParticipleSubject(c, vb, s, e)), s), s).full;
    // "North Korea fired a missile, drawing condemnation from Seoul": a reaction a trailing participle
    // of causing or receiving brings about is aimed at the one who acted in the clause it hangs on.
    if (c.actorsOf(target).length === 0 && !a.passive && vb - 1 > s && doc.form[vb - 1] === ',' && doc.lower[vb]!.endsWith('ing') && rr.causedReactionRoots.has(root) && (rr.causeVerbs.has(doc.lemma[vb]!) || rr.receiverVerbs.has(doc.lemma[vb]!))) {
      target = actingSubjectBefore(c, s, vb - 1, e, c.actorsOf(source)) ?? target;
    }
    if (possessor !== null && c.actorsOf(source).length === 0) source = null;
    if (realis === 'actual') realis = a.realis;
    if (asWhat >= 0 && target === null && !a.passive && rr.asVerbs.has(doc.lemma[vb]!)) {
      const made = npLeft(doc, asWhat, vb + 1);
      if (made !== null && made.tokEnd === asWhat && (participant(c, made) || patientObject(c, made, t))) target = made;
    }
    if (target === null && dative !== null) target = dative;
    if (target === null) target = chooseTarget(c, null, a.preps.filter((p) => p.tokStart >= t.tokEnd), null, root, c.actorsOf(source));
    // "told Vladimir Putin in a phone call", "thanked X during a meeting": the other side of a consultation
    // named in an adjunct, with none of its own, is the object of the verb it hangs on (not an audience:
    // "told reporters in a meeting").
    if (c.actorsOf(target).length === 0 && root === '04' && (prepBefore === 'in' || prepBefore === 'during') && !a.passive && a.object !== null && a.object.tokEnd <= t.tokStart && !preps.some((p) => p.prep === 'with')) {
      const met = c.actorsOf(a.object);
      const own = c.actorsOf(source);
      const audience = actorLexicon().audienceSectors;
      if (met.length > 0 && !met.some((x) => own.includes(x)) && !met.every((x) => audience.has(c.ctx.actors.actors[x]?.sector ?? ''))) target = a.object;
    }
  }
  // The phrase as subject of a verb ("the dialogue ... is going on between X and Y").
  if (!background && (vb < s || doc.pos[vb] !== POS.VERB)) {
    let k = r.clauseEnd;
    while (k < e && (doc.pos[k] === POS.AUX || doc.pos[k] === POS.ADV || doc.pos[k] === POS.PART)) k++;
    if (k < e && k > r.clauseEnd - 1 && doc.pos[k] === POS.VERB) {
      const later = argsRight(doc, k + 1, e, 12).preps;
      const bt = later.find((p) => p.prep === 'between');
      const parts = source === null && bt !== undefined ? splitAnd(doc, bt) : null;
      if (parts !== null) {
        [source, target] = parts;
        reciprocal = rr.coordinated.has(root);
      }
      else if (target === null) target = chooseTarget(c, null, later, null, root, c.actorsOf(source));
    }
  }
  if (source === null && possessor !== null) source = c.antecedentIn(possessor);
  // "After meeting Putin in Ankara, Erdogan said": a gerund the tagger calls a noun, opening the sentence.
  if (source === null && npStart === t.tokStart) source = frontedParticipleSubject(c, t.anchor, s, e);
  if (target === null) target = chooseTarget(c, null, preps.filter((p) => p !== of), null, root, c.actorsOf(source));
  if (c.actorsOf(target).length === 0) {
    target = actAgent(c, t, null, preps, e, c.actorsOf(source)) ?? protestedAgent(c, t, e, c.actorsOf(source)) ?? topicTarget(c, t, preps, e) ?? leftFrom(c, null, preps, t, c.actorsOf(source)) ?? target;
  }
  if (target !== null && source !== null && target.tokStart === source.tokStart) target = null;
  if (target !== null && rr.withCodes.some((p) => t.code!.startsWith(p)) && (target as PrepPhrase).prep === 'with') reciprocal = true;
  // "Israel and Lebanon renewed negotiations": a coordinated subject of a joint act, both ways (not the
  // authors in a 'from' phrase: "won support from Britain and France" is support from both, side by side).
  if (!reciprocal && !fromAuthor && more.length === 0 && source !== null && rr.coordinated.has(root) && !rr.notJoint.has(t.code!.slice(0, 3)) && c.actorsOf(target).length === 0) {
    const parts = splitAnd(doc, source);
    if (parts !== null && c.actorsOf(parts[0]).length > 0 && c.actorsOf(parts[1]).length > 0) {
      [source, target] = parts;
      reciprocal = true;
    }
  }
  let conf = 0.55;
  if (participant(c, source)) conf += 0.15;
  if (target !== null) conf += 0.05;
  if (t.tokEnd - t.tokStart > 1) conf += 0.05;
  const ext: Phrase = { tokStart: npStart, tokEnd: t.tokEnd };
  return {
    trigger: t,
    code: labourStrike(c, t, source) ? rr.labourStrikes.code : t.code!,
    source,
    target,
    sourceActors: c.actorsOf(source),
    targetActors: c.actorsOf(target),
    realis,
    passiveNoAgent: existential && source === null,
    quantity: quantityIn(c, ext),
    confidence: conf,
    evidence: { tokStart: Math.min(g, source?.tokStart ?? g), tokEnd: Math.max(t.tokEnd, r.clauseEnd) },
    extent: ext,
    groupStart: npStart,
    background,
    args: preps.map((p) => ({ prep: p.prep, tokStart: p.tokStart, tokEnd: p.tokEnd })),
    antecedent: null,
    reciprocal,
    moreTargets: more,
    dropped: '',
  };
}

const LINKS = new Set(['to', 'for', 'on']);
/** Words that negate a 'to'-complement right before its 'to'. */

/**
 * Is complement `k` governed by `g`, with no clause break in between: a verb `k` as a 'to'-infinitive
 * ("agreed to withdraw", "urged X to release"), an 'of'-gerund after an accusation ("accused X of
 * using"), or a noun `k` after 'to'/'for'/'on' or heading `g`'s object ("demanded the release")?
 */
function linked(doc: Doc, g: Analysis, k: Analysis, lightVerb: (lemma: string) => boolean): boolean {
  let link = false;
  let onlyModifiers = true;
  const accuse = g.code.startsWith('11');
  for (let t = g.trigger.anchor + 1; t < k.trigger.anchor; t++) {
    const w = doc.lower[t]!;
    const p = doc.pos[t]!;
    if (LINKS.has(w) || (accuse && w === 'of')) link = true;
    // A verb after the preposition is what it linked ("agreed to resign after the protests"), not a
    // noun further on; only a light verb passes the link on ("readiness to arrange the trip").
    else if (p === POS.VERB && !lightVerb(doc.lemma[t]!)) link = false;
    if (p === POS.PUNCT || p === POS.SCONJ || w === 'that' || (p === POS.CCONJ && k.trigger.kind === 'verb')) return false;
    if (t >= g.trigger.tokEnd && !(p === POS.DET || p === POS.ADJ || p === POS.NUM || (p === POS.PRON && w !== 'it') || w === '\'s')) onlyModifiers = false;
  }
  if (k.trigger.kind === 'verb') {
    const before = k.groupStart - 1;
    return before > g.trigger.anchor && (doc.lower[before] === 'to' || (accuse && doc.lower[before] === 'of'));
  }
  if (accuse) return link;
  return link || onlyModifiers;
}

function inside(t: number, r: { tokStart: number; tokEnd: number }): boolean {
  return t >= r.tokStart && t < r.tokEnd;
}

const VERBAL_ROOTS = new Set(['01', '02', '03', '04', '05', '09', '10', '11', '12', '13']);

/** The subject of the first condition clause ("unless X", "if X") in [from, e) when it names an actor, or null. */
function conditionSubject(c: Ctx, from: number, e: number): Phrase | null {
  const words = roles().conditionWords;
  for (let k = from; k + 1 < e; k++) {
    if (!words.has(c.doc.lower[k]!)) continue;
    const np = npRight(c.doc, k + 1, e);
    return np !== null && c.actorsOf(np).length > 0 ? np : null;
  }
  return null;
}

/**
 * The one a purpose 'to help|assist|support X' after token `from` names ("to help Haiti cope", "to help
 * defend Saudi Arabia"), when it is an actor; else the country in the 'in' phrase of a remedy or any
 * purpose infinitive ("to fight the epidemic in West Africa", "to help people in Somalia"); or null.
 */
function helpedBy(c: Ctx, from: number, e: number): Phrase | null {
  const doc = c.doc;
  const verbs = roles().beneficiaryVerbs;
  for (let k = from; k + 2 < e; k++) {
    if (doc.lower[k] !== 'to' || doc.pos[k] !== POS.PART || !verbs.has(doc.lemma[k + 1]!)) continue;
    let t = k + 2;
    if (doc.pos[t] === POS.VERB) t++; // "to help defend X"
    const np = npRight(doc, t, e);
    if (np !== null && c.actorsOf(np).length > 0) return np;
    break;
  }
  // "funding to fight the Ebola epidemic in West Africa", "supplies aimed at ameliorating food shortages
  // in Yemen": aid against an affliction (roles.json beneficiaries.remedies) helps those it afflicts,
  // named in the affliction's 'in' phrase.
  const remedies = roles().beneficiaryRemedies;
  // (a gerund may be tagged as a noun: "aimed at ameliorating")
  const remedy = (k: number): boolean => {
    const l = doc.lemma[k]!;
    const base = l.endsWith('ing') ? l.slice(0, -3) : l;
    return remedies.has(l) || remedies.has(base) || remedies.has(`${base}e`);
  };
  for (let k = from; k + 2 < e; k++) {
    // "euros to promote investment in Ethiopia", "to help people in Somalia": any purpose infinitive.
    const purpose = doc.pos[k] === POS.VERB && doc.lower[k - 1] === 'to' && doc.pos[k - 1] === POS.PART;
    if (!purpose && (!remedy(k) || !((doc.pos[k] === POS.VERB && doc.lower[k - 1] === 'to') || doc.lower[k]!.endsWith('ing')))) continue;
    for (let j = k + 1; j + 1 < e && j <= k + 12; j++) {
      if ((doc.pos[j] === POS.VERB && !remedy(j)) || doc.pos[j] === POS.PUNCT) break;
      if (doc.lower[j] !== 'in') continue;
      const np = npRight(doc, j + 1, e);
      return np !== null && !c.isTime(np.tokStart) && (c.actorsOf(np).length > 0 || c.placeCountryActor(np) >= 0 || c.placeInPhrase(np)) ? np : null;
    }
    return null;
  }
  return null;
}

/** Analyse the triggers of sentence [s, e). */
/** Longest stretch (tokens) after a mediation trigger searched for the parties it is between. */
const PARTIES_WINDOW = 12;

/**
 * The 'between' or 'among' phrase naming actors in the clause after token `from` ("efforts between
 * rival militias", "to resolve the rift between Qatar and other Gulf states", "among Serbia's feuding
 * republics"), with the list it opens; null when there is none before a comma, a semicolon or a
 * subordinator.
 */
function partiesBetween(c: Ctx, from: number, e: number): Phrase | null {
  const doc = c.doc;
  for (let k = from; k < e && k < from + PARTIES_WINDOW; k++) {
    const p = doc.pos[k]!;
    if ((p === POS.PUNCT && doc.form[k] !== '-') || p === POS.SCONJ) return null;
    const w = doc.lower[k]!;
    if (w !== 'between' && w !== 'among') continue;
    const np = coordinatedRight(c, npRight(doc, k + 1, e), e);
    return np !== null && c.actorsOf(np).length > 0 ? np : null;
  }
  return null;
}

/** A joint act of its source and target, coded both ways ("Putin met Erdogan", "both sides accused each other"). */
function jointAct(a: Analysis): a is Analysis & { source: Phrase; target: Phrase } {
  return a.reciprocal && a.source !== null && a.target !== null && (roles().coordinated.has(a.code.slice(0, 2)) || a.mutual === true);
}

/** The two sides of a joint act, one actor each, as a pair a later "the two leaders" may refer to. */
function noteSides(c: Ctx, a: Analysis & { source: Phrase; target: Phrase }): void {
  if (a.sourceActors.length === 1 && a.targetActors.length === 1) c.noteJointAct(a.sourceActors[0]!, a.targetActors[0]!, a.source, a.target);
}

export function analyseSentence(c: Ctx, triggers: readonly Trigger[], s: number, e: number): Analysis[] {
  const doc = c.doc;
  if (triggers.length === 0) return [];
  const all: Analysis[] = [];
  let prevSubject: Phrase | null = null;
  for (const t of triggers) {
    const a: Analysis = t.kind === 'verb' ? analyseVerb(c, t, s, e, prevSubject) : analyseNoun(c, t, s, e);
    if (t.kind === 'verb' && a.source !== null) prevSubject = a.source;
    // "X met Y in Tehran, where the two ministers discussed trade": the sides of a joint act are a pair
    // the rest of its own sentence may refer back to (noted again, no-op, when the act is kept below).
    if (jointAct(a)) noteSides(c, a);
    all.push(a);
  }
  const live = (a: Analysis): boolean => a.dropped === '';
  // 1. Composition: appeal/intent/demand/reject/threaten/accuse + a complement that is itself a trigger.
  const window = c.lex.rules.composeWindow;
  const isLight = (lemma: string): boolean => c.lex.rules.lightVerbs.has(lemma);
  for (let j = 1; j < all.length; j++) {
    const k = all[j]!;
    for (let i = j - 1; i >= 0; i--) {
      const g = all[i]!;
      if (!live(g) || c.lex.rules.compose[g.code.slice(0, 2)] === undefined) continue;
      if (k.trigger.anchor - g.trigger.tokEnd > window) break;
      if (!linked(doc, g, k, isLight)) continue;
      // "vowed not to return the Golan Heights", "promised not to attack": a negated complement.
      const negated = k.trigger.kind === 'verb' && k.groupStart - 2 > g.trigger.anchor && doc.lower[k.groupStart - 1] === 'to' && c.lex.rules.negators.has(doc.lower[k.groupStart - 2]!);
      let code = negated ? negatedComposeCode(c.lex.rules, g.code, k.code) : composeCode(c.lex.rules, g.code, k.code);
      // "offered to send troops to Uganda": an offer is for the good of whom it is made to, no threat.
      const offer = c.lex.rules.offerGovernors;
      if (code !== null && code.startsWith('13') && g.code.startsWith('03') && offer.lemmas.has(doc.lemma[g.trigger.anchor]!)) code = offer.conflictAs;
      if (code !== null) {
        g.code = code;
        // "offered to send troops to Uganda": a target the governor found inside its complement is read
        // better by the complement's own roles when they pass over it to a later phrase (what is sent is
        // no target, where it goes is).
        if (g.target !== null && g.target.tokStart > k.trigger.anchor && k.targetActors.length > 0 && k.target !== null && k.target.tokStart >= g.target.tokStart) {
          g.target = k.target;
          g.targetActors = k.targetActors;
        } else if (g.targetActors.length === 0) {
          if (k.trigger.kind === 'noun' && k.sourceActors.length > 0 && !k.sourceActors.some((x) => g.sourceActors.includes(x))) {
            // "readiness to arrange the visit of X": X is who the intent is towards.
            g.target = k.source;
            g.targetActors = k.sourceActors;
          } else if (k.targetActors.length > 0) {
            g.target = k.target;
            g.targetActors = k.targetActors;
          } else if (g.target === null) g.target = k.target;
        }
        g.confidence += 0.05;
      }
      g.quantity ??= k.quantity;
      g.evidence = { tokStart: g.evidence.tokStart, tokEnd: Math.max(g.evidence.tokEnd, k.evidence.tokEnd) };
      k.dropped = 'composed';
      break;
    }
  }
  // 1a. "was arrested for collaborating with Boko Haram", "convicted for aiding the rebels": the cooperation
  //     an arrest, charge or conviction is for (rules.json chargedActs) is the charge, alleged by the one who
  //     arrests, not cooperation that the story states; it is no event of its own. (A conflict act named so,
  //     "arrested for protesting", is mostly one the story tells as having happened, and stays.)
  const charged = c.lex.rules.chargedActs;
  for (let j = 1; j < all.length; j++) {
    const k = all[j]!;
    const at = k.trigger.kind === 'verb' ? k.groupStart : k.trigger.tokStart;
    if (!live(k) || at < 1 || !charged.roots.has(k.code.slice(0, 2)) || !charged.preps.has(doc.lower[at - 1]!)) continue;
    if (k.trigger.kind === 'verb' && !doc.lower[k.trigger.anchor]!.endsWith('ing')) continue;
    for (let i = j - 1; i >= 0; i--) {
      const g = all[i]!;
      if (!live(g) || !charged.codes.some((x) => g.code.startsWith(x))) continue;
      let clear = g.trigger.tokEnd <= at - 1;
      for (let t = g.trigger.tokEnd; clear && t < at - 1; t++) {
        const p = doc.pos[t]!;
        if (p === POS.PUNCT || p === POS.SCONJ || p === POS.VERB || p === POS.CCONJ) clear = false;
      }
      if (!clear) continue;
      k.dropped = 'composed';
      break;
    }
  }
  // 1b. Announced intentions (CAMEO): a future cooperative act ("China will send aid") is an expressed
  //     intent (03x), a future conflict act ("will impose a curfew", "plans to withdraw its envoy") a
  //     threat (13x). Realis stays 'future': it is about the act the trigger names. A future show of
  //     force (15, "will hold drills") stays what it is.
  //     So is a reported act under a condition ("said it would reimpose sanctions if ..."), whose
  //     realis stays hypothetical.
  for (const a of all) {
    if (live(a) && a.source !== null && backshiftedWill(c, a, s, e)) a.realis = 'future';
    if (!live(a) || (a.realis !== 'future' && !conditionalWould(c, a, s, e)) || a.source === null) continue;
    const root = a.code.slice(0, 2);
    const as = root >= '04' && root <= '08' ? '03' : root >= '14' && root <= '20' && root !== '15' ? '13' : null;
    const code = as === null ? null : composeCode(c.lex.rules, as + '0', a.code);
    if (code !== null) a.code = code;
  }
  // 1c. "threatened to strike unless Israel rescinded ...": a threat that names no one is aimed at the
  //     subject of its condition.
  for (const a of all) {
    if (live(a) && a.targetActors.length === 0 && !(a.target !== null && c.placeInPhrase(a.target)) && roles().conditionRoots.has(a.code.slice(0, 2))) {
      const np = conditionSubject(c, a.trigger.tokEnd, e);
      if (np !== null) {
        a.target = np;
        a.targetActors = c.actorsOf(np);
      }
    }
  }
  // 1d. "emergency aid to help Haiti cope", "donated ventilators to assist Ethiopia": aid that names no
  //     recipient is aimed at whom its purpose helps.
  for (const a of all) {
    if (live(a) && a.targetActors.length === 0 && !(a.target !== null && c.placeInPhrase(a.target)) && roles().beneficiaryCodes.some((p) => a.code.startsWith(p))) {
      const np = coordinatedRight(c, helpedBy(c, a.trigger.tokEnd, e), e);
      if (np !== null) {
        a.target = np;
        a.targetActors = c.actorsOf(np);
      }
    }
  }
  // 1b. "the right to peaceful protest", "the right to strike", "freedom of assembly": a right to an act
  //     is no act (rules.json rightNouns).
  for (const a of all) {
    let k = a.groupStart - 1;
    if (a.trigger.kind === 'verb' && doc.lower[a.groupStart] === 'to') k = a.groupStart;
    if (k - 1 < s || a.dropped !== '') continue;
    if ((doc.lower[k] === 'to' || doc.lower[k] === 'of') && c.lex.rules.rightNouns.has(doc.lemma[k - 1]!)) a.dropped = 'topic';
  }
  // 2. Topics: an event noun that is the object or topic of another trigger is not a new event
  //    ("condemned the attack", "talks on a ceasefire"); one inside a phrase of a trigger of its own root
  //    is the same event ("killed in the fighting").
  const topic = c.lex.rules.topicPreps;
  for (const a of all) {
    const verbal = VERBAL_ROOTS.has(a.code.slice(0, 2));
    const irrealis = a.dropped === 'composed';
    for (const n of all) {
      if (n === a || n.trigger.kind !== 'noun' || n.dropped !== '') continue;
      // Coordinated with a trigger of the same root ("tear gas and water cannon"): the same event.
      if (n.trigger.anchor > a.trigger.last && n.trigger.anchor - a.trigger.last <= 4 && n.code.slice(0, 2) === a.code.slice(0, 2)) {
        let coord = false;
        for (let t = a.trigger.last + 1; t < n.trigger.anchor; t++) if (doc.lower[t] === 'and' || doc.lower[t] === ',' || doc.lower[t] === 'or') coord = true;
        if (coord) {
          n.dropped = 'same';
          continue;
        }
      }
      for (const r of a.args) {
        if (!inside(n.trigger.anchor, r)) continue;
        const isTopic = irrealis || (r.prep === '' ? a.trigger.kind === 'verb' : verbal ? topic.verbal.has(r.prep) : topic.any.has(r.prep));
        if (isTopic) n.dropped = 'topic';
        else if (n.code.slice(0, 2) === a.code.slice(0, 2)) n.dropped = 'same';
      }
    }
  }
  // 3. A relative clause on a phrase that is only a topic or complement ("accused X of an attack that killed 30").
  for (const a of all) {
    if (a.antecedent === null || a.dropped !== '') continue;
    for (const n of all) if (n.dropped !== '' && n.dropped !== 'same' && inside(n.trigger.last, a.antecedent)) a.dropped = 'relative';
  }
  // 4. ", killing 20 people": a participle after a comma continues the event before it. Not a judgement of
  //    another root (roles.json judgementParticiples): "expelled two diplomats, accusing them of spying"
  //    tells a second act, an accusation, of the same subject.
  for (let i = 1; i < all.length; i++) {
    const v = all[i]!;
    const t = v.trigger.anchor;
    if (!live(v) || v.trigger.kind !== 'verb' || !doc.lower[t]!.endsWith('ing') || t - 1 < s || doc.form[t - 1] !== ',') continue;
    let p = -1;
    for (let k = i - 1; k >= 0; k--) if (live(all[k]!)) {
      p = k;
      break;
    }
    if (p < 0) continue;
    const prev = all[p]!;
    // (roles.json judgementParticiples; not other roots, whose subject a participle cannot tell reliably:
    // "accused X of trying to ..., threatening to ..." is X's threat, not the accuser's)
    if (v.code.slice(0, 2) !== prev.code.slice(0, 2) && roles().judgementRoots.has(v.code.slice(0, 2))) continue;
    if (v.target !== null && (prev.target === null || (prev.targetActors.length === 0 && v.targetActors.length > 0))) {
      prev.target = v.target;
      prev.targetActors = v.targetActors;
    }
    prev.quantity ??= v.quantity;
    prev.evidence = { tokStart: prev.evidence.tokStart, tokEnd: Math.max(prev.evidence.tokEnd, v.evidence.tokEnd) };
    v.dropped = 'merged';
  }
  // 5. An event noun that is the subject of an event verb is the same event ("the airstrike killed ...").
  for (const n of all) {
    if (!live(n) || n.trigger.kind !== 'noun') continue;
    for (const v of all) {
      if (!live(v) || v.trigger.kind !== 'verb' || v.source === null || v.trigger.anchor < n.trigger.anchor) continue;
      if (!inside(n.trigger.last, v.source)) continue;
      if (headOf(doc, v.source) !== n.trigger.last && v.source.tokEnd - 1 !== n.trigger.last) continue;
      if (n.code.slice(0, 2) >= '18' && v.code.slice(0, 2) >= '18' && n.code.length >= v.code.length && n.code !== v.code) v.code = n.code;
      // "NATO peacekeeping troops arrived in Bosnia": a movement whose subject names its purpose (aid,
      // peacekeeping: rules.json purpose) is that act, as when the purpose is named elsewhere.
      else if (c.lex.rules.purpose.movement.has(v.code) && c.lex.rules.purpose.roots.has(n.code.slice(0, 2))) v.code = n.code;
      v.source = n.source;
      v.sourceActors = n.sourceActors;
      v.passiveNoAgent = false;
      n.dropped = 'merged';
      break;
    }
  }
  // 5b. "At least 26 people were killed after a car bomb struck a bus": an agentless passive of violence
  //     in a sentence whose other violent act (17-20) names its agent is that act's outcome, not an
  //     event of its own; its victims are that act's target only when it names none.
  for (const v of all) {
    if (!live(v) || v.trigger.kind !== 'verb' || !v.passiveNoAgent || v.source !== null || v.code.slice(0, 2) < '18') continue;
    const w = all.find((x) => x !== v && live(x) && x.source !== null && x.code.slice(0, 2) >= '17');
    if (w === undefined) continue;
    if (w.target === null && v.target !== null) {
      w.target = v.target;
      w.targetActors = v.targetActors;
    }
    w.quantity ??= v.quantity;
    v.dropped = 'merged';
  }
  // 6. A bare definite event noun ("the aid", "the attack") with nothing of its own refers back.
  for (const n of all) {
    if (!live(n) || n.trigger.kind !== 'noun' || n.source !== null || n.target !== null) continue;
    const d = n.extent.tokStart;
    if ((doc.lower[d] === 'the' || doc.lower[d] === 'this' || doc.lower[d] === 'these') && c.seenRoots.has(n.code.slice(0, 2))) n.dropped = 'repeat';
  }
  const out: Analysis[] = [];
  for (const a of all) {
    if (!live(a)) continue;
    out.push(a);
    if (a.target !== null && a.targetActors.length === 0) {
      const pc = c.placeCountryActor(a.target);
      if (pc >= 0) a.targetActors = [pc];
    }
    // "ended mediation efforts between rival militias", "a mediation effort to resolve the rift between
    // Qatar and other Gulf states": mediation is aimed at the parties it is between, wherever in its
    // clause they are named.
    if (a.targetActors.length === 0 && roles().betweenTargets.has(a.code.slice(0, 3))) {
      const parties = partiesBetween(c, a.trigger.tokEnd, e);
      if (parties !== null) {
        a.target = parties;
        a.targetActors = c.actorsOf(parties);
      }
    }
    if (a.target !== null && a.targetActors.length > 0) {
      // "defended Iraq and Libya": one event per coordinated target. A member that names no actor is
      // one more target when another member names one ("sanctions on Rusal and other companies").
      const parts = conjuncts(c, a.target, true);
      if (parts !== null) {
        a.target = parts[0]!;
        a.targetActors = c.actorsOf(a.target);
        a.moreTargets = parts.slice(1);
      }
    }
    for (const t of a.moreTargets) out.push({ ...a, target: t, targetActors: c.actorsOf(t), confidence: a.confidence - 0.05, reciprocal: false, moreTargets: [] });
    // A joint act is also the target's act towards the source.
    if (jointAct(a)) {
      noteSides(c, a);
      out.push({ ...a, source: a.target, target: a.source, sourceActors: a.targetActors, targetActors: a.sourceActors, confidence: a.confidence - 0.05, reciprocal: false, moreTargets: [] });
    }
  }
  for (const a of out) if (!a.background) c.seenRoots.add(a.code.slice(0, 2));
  return out;
}
