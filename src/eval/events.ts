// Events: the sentence's class (PentaClass, PLOVER type, CAMEO root) from the strongest predicted event,
// and source/target actor spans with overlap matching, plus the country part of their CAMEO codes.
import type { EventOut, Readout, Span } from '../schema.js';
import type { Doc, ErrorLog } from './errors.js';
import type { GoldEvent, GoldLine } from './gold.js';
import { anyOverlap, macroF1, matchSpans, prf, ratio, unmatched } from './measure.js';
import type { Metrics, Scorer } from './types.js';

/**
 * CAMEO root -> PentaClass (Phoenix pipeline / ConfliBERT): 0 neutral statements and appeals,
 * 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
 */
export const ROOT_TO_PENTA: Readonly<Record<string, number>> = {
  '01': 0, '02': 0,
  '03': 1, '04': 1, '05': 1,
  '06': 2, '07': 2, '08': 2,
  '09': 3, '10': 3, '11': 3, '12': 3, '13': 3, '16': 3,
  '14': 4, '15': 4, '17': 4, '18': 4, '19': 4, '20': 4,
};

/** The CAMEO root of an event: its `root`, else the first two digits of its code. */
export function rootOf(e: EventOut): string | null {
  const r = /^\d\d$/.test(e.root) ? e.root : e.cameo.slice(0, 2);
  return r in ROOT_TO_PENTA ? r : null;
}

export function pentaOf(e: EventOut): number | null {
  const r = rootOf(e);
  return r === null ? null : ROOT_TO_PENTA[r]!;
}

/** The strongest predicted event: highest confidence, the first one on ties. */
export function strongest(events: readonly EventOut[]): EventOut | null {
  let best: EventOut | null = null;
  for (const e of events) if (best === null || e.confidence > best.confidence) best = e;
  return best;
}

/** The country part of a CAMEO actor code: its first three letters (USAGOV -> USA, IGOUNO -> IGO). */
export function countryPart(code: string | null): string | null {
  if (code === null || code.length < 3) return null;
  return code.slice(0, 3).toUpperCase();
}

interface Unit extends Span {
  code: string | null;
}

type Side = 'source' | 'target';

/**
 * The coder's argument spans on one side: the event's source_span/target_span when it has one,
 * else, per actor on that side, the actor's mention nearest the trigger (within the event's sentence
 * when it has one there). One unit per distinct span.
 */
export function sideUnits(r: Readout, side: Side, byMention: Map<string, Span>, byActor: Map<string, Readout['actors'][number]>): Unit[] {
  const out: Unit[] = [];
  const seen = new Map<string, Unit>();
  const push = (s: Span, code: string | null): void => {
    const key = `${s.start}:${s.end}`;
    const u = seen.get(key);
    if (u !== undefined) {
      if (u.code === null) u.code = code;
      return;
    }
    const unit = { start: s.start, end: s.end, code };
    seen.set(key, unit);
    out.push(unit);
  };
  for (const e of r.events) {
    const ids = e[side];
    const firstCode = ids.map((id) => byActor.get(id)?.code ?? null).find((c) => c !== null) ?? null;
    const explicit = side === 'source' ? e.source_span : e.target_span;
    if (explicit) {
      push(explicit, firstCode);
      continue;
    }
    const sent = r.sentences[e.sentence] ?? e.evidence;
    for (const id of ids) {
      const actor = byActor.get(id);
      if (actor === undefined) continue;
      let best: Span | null = null;
      let bestScore = Infinity;
      for (const mid of actor.mentions) {
        const m = byMention.get(mid);
        if (m === undefined) continue;
        const inSentence = m.start >= sent.start && m.end <= sent.end;
        const score = (inSentence ? 0 : 1e9) + Math.abs(m.start - e.trigger.start);
        if (score < bestScore) {
          best = m;
          bestScore = score;
        }
      }
      if (best !== null) push(best, actor.code);
    }
  }
  return out;
}

interface SideCounts {
  gold: number;
  pred: number;
  tp: number;
  codeTotal: number;
  codeRight: number;
  hasCode: boolean;
}

const newSide = (): SideCounts => ({ gold: 0, pred: 0, tp: 0, codeTotal: 0, codeRight: 0, hasCode: false });

export class EventScorer implements Scorer {
  /** Per line: gold penta class (or 'none' for a line without events) and the predicted class. */
  private readonly penta: Array<[number | 'none', number | null]> = [];
  private anyPenta = false;
  private ploverTotal = 0;
  private ploverRight = 0;
  private rootTotal = 0;
  private rootRight = 0;
  private spanLines = 0;
  private readonly sides: Record<Side, SideCounts> = { source: newSide(), target: newSide() };

  add(line: GoldLine, r: Readout, doc: Doc, log: ErrorLog | null): void {
    if (line.task !== 'events') return;
    const gold = line.events;
    const best = strongest(r.events);
    const whole: Span = { start: 0, end: line.text.length };
    const at = best !== null ? best.trigger : whole;
    const said = best !== null ? ` (trigger "${best.trigger.text}", ${best.cameo})` : '';

    const goldPenta = gold.find((g) => g.penta !== null)?.penta ?? null;
    const predPenta = best !== null ? pentaOf(best) : null;
    if (goldPenta !== null) this.anyPenta = true;
    if (goldPenta !== null || gold.length === 0) {
      this.penta.push([goldPenta ?? 'none', predPenta]);
      if (goldPenta !== null && predPenta === null) log?.add('miss', `penta ${goldPenta}`, doc, whole, 'no event');
      else if (goldPenta !== null && predPenta !== goldPenta) log?.add('wrong', `penta ${goldPenta}`, doc, at, `predicted ${predPenta}${said}`);
      else if (goldPenta === null && predPenta !== null) log?.add('false alarm', 'event', doc, at, `predicted penta ${predPenta}${said}`);
    }

    const plovers = new Set(gold.map((g) => g.plover?.toUpperCase()).filter((p): p is string => !!p));
    if (plovers.size > 0) {
      this.ploverTotal++;
      const p = best?.plover?.type.toUpperCase() ?? null;
      if (p !== null && plovers.has(p)) this.ploverRight++;
      else log?.add(p === null ? 'miss' : 'wrong', [...plovers].join('/'), doc, p === null ? whole : at, p === null ? 'no PLOVER type' : `predicted ${p}${said}`);
    }
    const roots = new Set(gold.map((g) => g.root ?? g.cameo?.slice(0, 2)).filter((x): x is string => !!x));
    if (roots.size > 0) {
      this.rootTotal++;
      const root = best !== null ? rootOf(best) : null;
      if (root !== null && roots.has(root)) this.rootRight++;
      else log?.add(root === null ? 'miss' : 'wrong', `root ${[...roots].join('/')}`, doc, root === null ? whole : at, root === null ? 'no event' : `predicted root ${root}${said}`);
    }

    const located = (g: GoldEvent, s: Side): boolean => g[s] !== null && g[s]!.start !== null;
    if (!gold.some((g) => located(g, 'source') || located(g, 'target'))) {
      // Lines without actor spans: only codes without spans can still be scored.
      this.codesWithoutSpans(gold, r);
      return;
    }
    this.spanLines++;
    const byMention = new Map<string, Span>(r.mentions.map((m) => [m.id, m]));
    const byActor = new Map(r.actors.map((a) => [a.id, a]));
    for (const side of ['source', 'target'] as const) {
      const c = this.sides[side];
      const goldSpans: Unit[] = [];
      const seen = new Map<string, Unit>();
      for (const g of gold) {
        const a = g[side];
        if (a === null || a.start === null || a.end === null) continue;
        const key = `${a.start}:${a.end}`;
        const u = seen.get(key);
        if (u !== undefined) {
          if (u.code === null) u.code = a.code;
          continue;
        }
        const unit = { start: a.start, end: a.end, code: a.code };
        seen.set(key, unit);
        goldSpans.push(unit);
      }
      const pred = sideUnits(r, side, byMention, byActor);
      const match = matchSpans(goldSpans, pred, anyOverlap);
      c.gold += goldSpans.length;
      c.pred += pred.length;
      for (let i = 0; i < goldSpans.length; i++) {
        const g = goldSpans[i]!;
        const p = match[i]! >= 0 ? pred[match[i]!]! : null;
        if (p !== null) c.tp++;
        else log?.add('miss', side, doc, g, g.code ?? '');
        if (g.code !== null) {
          c.hasCode = true;
          c.codeTotal++;
          const want = countryPart(g.code);
          const got = p !== null ? countryPart(p.code) : null;
          if (got !== null && got === want) c.codeRight++;
          else if (p !== null) log?.add('wrong', `${side} code`, doc, g, `predicted ${p.code ?? 'no code'} (gold ${g.code})`);
        }
      }
      if (log !== null) for (const pi of unmatched(match, pred.length)) log.add('false alarm', side, doc, pred[pi]!, pred[pi]!.code ?? '');
    }
    this.codesWithoutSpans(gold, r);
  }

  /** Gold actors with a code but no span: right when any predicted actor on that side has the same country part. */
  private codesWithoutSpans(gold: readonly GoldEvent[], r: Readout): void {
    for (const side of ['source', 'target'] as const) {
      const c = this.sides[side];
      const wanted = gold.map((g) => g[side]).filter((a) => a !== null && a.start === null && a.code !== null);
      if (wanted.length === 0) continue;
      const byActor = new Map(r.actors.map((a) => [a.id, a]));
      const have = new Set(r.events.flatMap((e) => e[side].map((id) => countryPart(byActor.get(id)?.code ?? null))));
      for (const a of wanted) {
        c.hasCode = true;
        c.codeTotal++;
        if (have.has(countryPart(a!.code))) c.codeRight++;
      }
    }
  }

  metrics(): Metrics {
    const m: Metrics = {};
    if (this.anyPenta) {
      const rows = this.penta;
      let right = 0;
      for (const [g, p] of rows) if ((g === 'none' && p === null) || g === p) right++;
      m.penta_accuracy = ratio(right, rows.length);
      m.penta_macro_f1 = macroF1(rows, [0, 1, 2, 3, 4]);
    }
    if (this.ploverTotal > 0) m.plover_accuracy = ratio(this.ploverRight, this.ploverTotal);
    if (this.rootTotal > 0) m.root_accuracy = ratio(this.rootRight, this.rootTotal);
    for (const side of ['source', 'target'] as const) {
      const c = this.sides[side];
      if (c.gold > 0) m[`${side}_f1`] = prf(c.tp, c.pred, c.gold).f1;
    }
    for (const side of ['source', 'target'] as const) {
      const c = this.sides[side];
      if (c.hasCode) m[`${side}_code_accuracy`] = ratio(c.codeRight, c.codeTotal);
    }
    return m;
  }

  details(): Record<string, string> {
    const d: Record<string, string> = {};
    let right = 0;
    let none = 0;
    for (const [g, p] of this.penta) {
      if ((g === 'none' && p === null) || g === p) right++;
      if (p === null) none++;
    }
    d.penta_accuracy = `${right} / ${this.penta.length} sentences (${none} with no event predicted)`;
    d.penta_macro_f1 = 'mean F1 of the classes 0-4 present';
    d.plover_accuracy = `${this.ploverRight} / ${this.ploverTotal} lines with a gold PLOVER type`;
    d.root_accuracy = `${this.rootRight} / ${this.rootTotal} lines with a gold root`;
    for (const side of ['source', 'target'] as const) {
      const c = this.sides[side];
      d[`${side}_f1`] = `${c.tp} overlapping of ${c.pred} predicted, ${c.gold} gold (${this.spanLines} lines with spans)`;
      d[`${side}_code_accuracy`] = `${c.codeRight} / ${c.codeTotal} gold ${side}s with a code`;
    }
    return d;
  }
}
