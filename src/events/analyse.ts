// Per-sentence analysis of triggers: arguments (source, target), realis, quantity, composition of
// governing events with their complements, and the merging of an event noun with the event verb it
// is the subject of.
import type { Clause } from '../clauses/types.js';
import { POS, type Doc } from '../nlp/doc.js';
import type { Realis } from '../schema.js';
import type { EventContext } from './index.js';
import type { Lexicon } from './lexicon.js';
import { findTriggers, type Trigger } from './match.js';
import { argsRight, groupInfo, groupStart, headOf, isNominal, npLeft, subjectLeft, type Phrase, type PrepPhrase } from './phrases.js';

export interface Analysis {
  trigger: Trigger;
  code: string;
  source: Phrase | null;
  target: Phrase | null;
  sourceActors: number[];
  targetActors: number[];
  realis: Realis;
  passiveNoAgent: boolean;
  quantity: { text: string; value: number | null; span: [number, number] } | null;
  confidence: number;
  evidence: Phrase;
  /** Token range the trigger's own phrase covers (the noun phrase of a noun trigger). */
  extent: Phrase;
  /** Start of the verb group (verbs) or of the noun phrase (nouns). */
  groupStart: number;
  background: boolean;
}

/** Per-document lookups shared by the sentence analyses. */
export class Ctx {
  readonly doc: Doc;
  readonly lex: Lexicon;
  readonly ctx: EventContext;
  /** Mention index of every token (-1: none). */
  private readonly tokMention: Int32Array;
  private readonly byPred = new Map<number, Clause>();
  readonly hasActors: boolean;

  constructor(ctx: EventContext, lex: Lexicon) {
    this.ctx = ctx;
    this.doc = ctx.doc;
    this.lex = lex;
    this.tokMention = new Int32Array(ctx.doc.length).fill(-1);
    ctx.mentions.forEach((m, i) => {
      for (let t = m.tokStart; t < m.tokEnd; t++) {
        const cur = this.tokMention[t]!;
        if (cur < 0 || ctx.mentions[cur]!.tokEnd - ctx.mentions[cur]!.tokStart > m.tokEnd - m.tokStart || ctx.actors.actorOf[cur]! < 0) {
          if (ctx.actors.actorOf[i]! >= 0 || cur < 0) this.tokMention[t] = i;
        }
      }
    });
    for (const cl of ctx.clauses.clauses) this.byPred.set(cl.pred, cl);
    this.hasActors = ctx.actors.actors.length > 0;
  }

  clauseOf(pred: number): Clause | undefined {
    return this.byPred.get(pred);
  }

  /** Actors referred to inside a phrase, in text order, distinct. */
  actorsOf(ph: Phrase | null): number[] {
    if (ph === null) return [];
    const out: number[] = [];
    for (let t = ph.tokStart; t < ph.tokEnd; t++) {
      const m = this.tokMention[t]!;
      if (m < 0) continue;
      const a = this.ctx.actors.actorOf[m]!;
      if (a >= 0 && !out.includes(a)) out.push(a);
    }
    return out;
  }

  /** Place index of the first place mention after 'in/at/near/...' in [a, b), or -1. */
  placeIn(a: number, b: number): number {
    const { mentions, places } = this.ctx;
    for (let t = a; t < b; t++) {
      const m = this.tokMention[t]!;
      const mi = m >= 0 ? m : -1;
      if (mi < 0) continue;
      const p = places.placeOf[mi] ?? -1;
      if (p < 0) continue;
      const prev = mentions[mi]!.tokStart - 1;
      if (prev >= 0 && this.doc.pos[prev] === POS.ADP && this.doc.lower[prev] !== 'of') return p;
      t = mentions[mi]!.tokEnd - 1;
    }
    return -1;
  }
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

/** A phrase that names a participant (an actor, a name or a pronoun) rather than a thing. */
function participant(c: Ctx, ph: Phrase | null): boolean {
  if (ph === null) return false;
  if (c.actorsOf(ph).length > 0) return true;
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

/** Split "X and Y" at its top-level 'and' (for reciprocal events). */
function splitAnd(doc: Doc, ph: Phrase): [Phrase, Phrase] | null {
  for (let t = ph.tokStart + 1; t < ph.tokEnd - 1; t++) {
    if (doc.lower[t] === 'and') return [{ tokStart: ph.tokStart, tokEnd: t }, { tokStart: t + 1, tokEnd: ph.tokEnd }];
  }
  return null;
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
  const doc = c.doc;
  const rules = c.lex.rules;
  const cl = c.clauseOf(v);
  const g = groupStart(doc, v, s, rules);
  const sub = subjectLeft(doc, g, s, rules);
  if (cl !== undefined) {
    const ph = (a: { tokStart: number; tokEnd: number } | null): Phrase | null => (a === null ? null : { tokStart: a.tokStart, tokEnd: a.tokEnd });
    return {
      subject: ph(cl.subject) ?? sub.np,
      object: ph(cl.object),
      preps: cl.preps.map((p) => ({ prep: p.prep, tokStart: p.arg.tokStart, tokEnd: p.arg.tokEnd })),
      passive: cl.voice === 'passive',
      agent: ph(cl.agent),
      realis: realisOf(cl.negated, cl.modality),
      governor: sub.governor,
      end: Math.max(cl.tokEnd, after),
      g,
    };
  }
  const info = groupInfo(doc, g, v, rules);
  const r = argsRight(doc, after, e, 14);
  let realis = realisOf(info.negated, info.modal);
  if (realis === 'actual' && sub.governor >= 0 && rules.futureGovernors.has(doc.lemma[sub.governor]!)) realis = 'future';
  if (realis === 'actual') {
    for (let t = s; t < g; t++) if (doc.lower[t] === 'if' || doc.lower[t] === 'unless') realis = 'hypothetical';
  }
  const agentPP = info.passive ? r.preps.find((p) => p.prep === 'by') ?? null : null;
  return {
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

function chooseTarget(c: Ctx, candidates: (Phrase | null)[]): Phrase | null {
  for (const ph of candidates) if (ph !== null && c.actorsOf(ph).length > 0) return ph;
  for (const ph of candidates) if (ph !== null && participant(c, ph)) return ph;
  return null;
}

function analyseVerb(c: Ctx, t: Trigger, s: number, e: number, prevSubject: Phrase | null): Analysis {
  const doc = c.doc;
  const a = verbArgs(c, t.anchor, t.anchor + 1, s, e);
  let subject = a.subject;
  // Coordinated verbs share the subject ("X met Y and signed ...").
  if (subject === null && a.g - 1 >= s && doc.lower[a.g - 1] === 'and' && a.governor < 0) subject = prevSubject;
  let patient = a.passive ? (subject !== null ? extendList(doc, subject, s) : null) : a.object;
  let source = a.passive ? a.agent : subject;
  const order = c.lex.rules.targetPreps;
  const preps = a.preps.filter((p) => order.includes(p.prep) && p.prep !== 'of').sort((x, y) => x.tokStart - y.tokStart);
  let target = chooseTarget(c, [patient, ...preps]);
  if (target === null && !c.hasActors && patient !== null && !a.passive) target = patient;
  const root = t.code!.slice(0, 2);
  // A yield (08) with no agent: the one who disarms, withdraws or is released is its patient.
  if (source === null && root === '08' && patient !== null) {
    source = patient;
    if (target === patient) target = null;
  }
  // Reciprocal events with a coordinated subject and no target ("Russia and China agreed").
  if (target === null && source !== null && (root <= '06' || root === '19')) {
    const parts = splitAnd(doc, source);
    if (parts !== null && participant(c, parts[0]) && participant(c, parts[1])) [source, target] = parts;
  }
  let conf = 0.6;
  if (participant(c, source)) conf += 0.15;
  if (target !== null) conf += 0.05;
  if (t.tokEnd - t.tokStart > 1) conf += 0.05;
  const end = Math.max(a.end, t.tokEnd);
  void patient;
  patient = a.passive ? patient : a.object;
  return {
    trigger: t,
    code: t.code!,
    source,
    target,
    sourceActors: c.actorsOf(source),
    targetActors: c.actorsOf(target),
    realis: a.realis,
    passiveNoAgent: a.passive && a.agent === null,
    quantity: quantityIn(c, patient),
    confidence: conf,
    evidence: { tokStart: Math.min(source?.tokStart ?? a.g, a.g), tokEnd: Math.min(e, end) },
    extent: { tokStart: t.anchor, tokEnd: t.tokEnd },
    groupStart: a.g,
    background: false,
  };
}

function analyseNoun(c: Ctx, t: Trigger, s: number, e: number): Analysis {
  const doc = c.doc;
  const rules = c.lex.rules;
  // The noun phrase around the trigger: modifiers to the left ("Israeli", "Azerbaijan's", "the").
  const left = npLeft(doc, t.tokStart, s);
  const npStart = left?.tokStart ?? t.tokStart;
  const r = argsRight(doc, t.tokEnd, e, 12);
  const preps = r.preps;
  let source: Phrase | null = null;
  let target: Phrase | null = null;
  // "talks between X and Y"
  const between = preps.find((p) => p.prep === 'between');
  if (between !== undefined) {
    const parts = splitAnd(doc, between);
    if (parts !== null) [source, target] = parts;
  }
  // Possessive or name modifier inside the phrase ("Azerbaijan's readiness", "Israeli airstrikes").
  if (source === null && npStart < t.tokStart) {
    let poss = -1;
    for (let k = npStart; k < t.tokStart; k++) if (doc.lower[k] === '\'s' || doc.lower[k] === '’s') poss = k;
    if (poss > npStart) source = npLeft(doc, poss, npStart);
    else if (npStart < t.tokStart && doc.pos[npStart] === POS.PRON) source = { tokStart: npStart, tokEnd: npStart + 1 };
    else {
      const mods: Phrase = { tokStart: npStart, tokEnd: t.tokStart };
      if (participant(c, mods)) source = mods;
    }
  }
  const by = preps.find((p) => p.prep === 'by');
  if (source === null && by !== undefined) source = by;
  // The governing verb: the noun phrase is its object ("made a phone call", "imposed a curfew").
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
  let vb = before;
  while (vb >= s && (doc.pos[vb] === POS.ADV || doc.pos[vb] === POS.PART && doc.lower[vb] !== 'to')) vb--;
  if (!background && vb >= s && doc.pos[vb] === POS.VERB) {
    const a = verbArgs(c, vb, vb + 1, s, e);
    g = a.g;
    if (source === null) source = a.passive ? a.agent : a.subject;
    if (realis === 'actual') realis = a.realis;
    if (target === null) {
      const more = a.preps.filter((p) => p.tokStart >= t.tokEnd && rules.targetPreps.includes(p.prep));
      target = chooseTarget(c, more);
    }
  }
  if (target === null) {
    const order = rules.targetPreps;
    const cands = preps.filter((p) => order.includes(p.prep)).sort((x, y) => x.tokStart - y.tokStart);
    target = chooseTarget(c, cands);
  }
  if (target !== null && source !== null && target.tokStart === source.tokStart) target = null;
  let conf = 0.55;
  if (participant(c, source)) conf += 0.15;
  if (target !== null) conf += 0.05;
  if (t.tokEnd - t.tokStart > 1) conf += 0.05;
  const ext: Phrase = { tokStart: npStart, tokEnd: t.tokEnd };
  return {
    trigger: t,
    code: t.code!,
    source,
    target,
    sourceActors: c.actorsOf(source),
    targetActors: c.actorsOf(target),
    realis,
    passiveNoAgent: false,
    quantity: quantityIn(c, ext),
    confidence: conf,
    evidence: { tokStart: Math.min(g, source?.tokStart ?? g), tokEnd: Math.max(t.tokEnd, r.clauseEnd) },
    extent: ext,
    groupStart: npStart,
    background,
  };
}

/** The combined code of governor `g` with complement code `k` (most specific key wins). */
function composed(c: Ctx, g: string, k: string): string | null {
  const table = c.lex.rules.compose[g.slice(0, 2)];
  if (table === undefined) return null;
  for (let key = k; key.length >= 2; key = key.slice(0, -1)) {
    const hit = table[key];
    if (hit !== undefined) return hit;
  }
  return g;
}

/** Is there a 'to'/'for' link between the end of `g` and the complement anchor `k` (no clause break)? */
function linked(doc: Doc, from: number, to: number): boolean {
  let link = false;
  for (let t = from; t < to; t++) {
    const w = doc.lower[t]!;
    if (w === 'to' || w === 'for' || w === 'on') link = true;
    if (doc.pos[t] === POS.PUNCT || doc.pos[t] === POS.SCONJ || w === 'that') return false;
  }
  return link;
}

/** Analyse every trigger of sentence `si` = tokens [s, e). */
export function analyseSentence(c: Ctx, si: number, s: number, e: number): Analysis[] {
  void si;
  const doc = c.doc;
  const triggers = findTriggers(doc, s, e, c.lex);
  if (triggers.length === 0) return [];
  const out: (Analysis | null)[] = [];
  let prevSubject: Phrase | null = null;
  for (const t of triggers) {
    const a: Analysis = t.kind === 'verb' ? analyseVerb(c, t, s, e, prevSubject) : analyseNoun(c, t, s, e);
    if (t.kind === 'verb' && a.source !== null) prevSubject = a.source;
    out.push(a);
  }
  // Composition: appeal/intent/demand/reject/threaten + a 'to'/'for' complement that is itself a trigger.
  const window = c.lex.rules.composeWindow;
  for (let i = 0; i < out.length; i++) {
    const g = out[i];
    if (g == null || c.lex.rules.compose[g.code.slice(0, 2)] === undefined) continue;
    for (let j = i + 1; j < out.length; j++) {
      const k = out[j];
      if (k == null) continue;
      if (k.trigger.anchor - g.trigger.tokEnd > window) break;
      if (!linked(doc, g.trigger.tokEnd, k.trigger.anchor)) continue;
      g.code = composed(c, g.code, k.code) ?? g.code;
      if (g.target === null || g.targetActors.length === 0) {
        if (k.target !== null) {
          g.target = k.target;
          g.targetActors = k.targetActors;
        }
      }
      g.quantity ??= k.quantity;
      g.evidence = { tokStart: g.evidence.tokStart, tokEnd: Math.max(g.evidence.tokEnd, k.evidence.tokEnd) };
      g.confidence += 0.05;
      out[j] = null;
      break;
    }
  }
  // An event noun that is the subject of an event verb is the same event ("the airstrike killed ...").
  for (let i = 0; i < out.length; i++) {
    const n = out[i];
    if (n == null || n.trigger.kind !== 'noun') continue;
    for (let j = i + 1; j < out.length; j++) {
      const v = out[j];
      if (v == null || v.trigger.kind !== 'verb') continue;
      if (v.source === null || n.trigger.last < v.source.tokStart || n.trigger.last >= v.source.tokEnd + 1) continue;
      if (headOf(doc, v.source) !== n.trigger.last && v.source.tokEnd - 1 !== n.trigger.last) continue;
      if (n.code.slice(0, 2) >= '18' && v.code.slice(0, 2) >= '18' && n.code.length >= v.code.length) v.code = n.code;
      v.source = n.source;
      v.sourceActors = n.sourceActors;
      v.passiveNoAgent = false;
      out[i] = null;
      break;
    }
  }
  return out.filter((a): a is Analysis => a !== null && !a.background);
}
