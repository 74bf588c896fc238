// Entities: exact-span, exact-type precision/recall/F1 per type and micro-averaged (the CoNLL-2003
// definition: an entity counts only when both its boundaries and its type agree with gold).
import type { MentionKind, Readout, Span } from '../schema.js';
import type { Doc, ErrorLog } from './errors.js';
import { ENTITY_TYPES, type EntityType, type GoldEntity, type GoldLine } from './gold.js';
import { prf } from './measure.js';
import type { Metrics, Scorer, TypeMetrics } from './types.js';

/**
 * Readout mention kinds as CoNLL types. A person is scored on its proper-name span (`name_span`,
 * "Antony Blinken" in "Secretary of State Antony Blinken") when it has one. Titles, nominal agents
 * and pronouns are not named entities.
 */
export const KIND_TO_TYPE: Readonly<Record<MentionKind, EntityType | null>> = {
  person: 'PER',
  organisation: 'ORG',
  country: 'LOC',
  place: 'LOC',
  demonym: 'MISC',
  misc: 'MISC',
  title: null,
  agent: null,
  pronoun: null,
};

export interface TypedSpan extends Span {
  type: EntityType;
}

/** The coder's named entities: mentions mapped through KIND_TO_TYPE, duplicates removed. */
export function readoutEntities(r: Readout): TypedSpan[] {
  const out: TypedSpan[] = [];
  const seen = new Set<string>();
  // CoNLL labels an organisation or miscellaneous name as a whole: a place named inside it ("Texas" in
  // "Texas Department of Health", "Houston" in "Houston-based") is part of the ORG or MISC, not a LOC of
  // its own.
  const orgs = r.mentions.filter((m) => m.kind === 'organisation' || m.kind === 'misc');
  const insideOrg = (m: { start: number; end: number }): boolean =>
    orgs.some((o) => o.start <= m.start && m.end <= o.end && (o.start !== m.start || o.end !== m.end));
  for (const m of r.mentions) {
    const type = KIND_TO_TYPE[m.kind];
    if (type === null || type === undefined) continue;
    if (type === 'LOC' && insideOrg(m)) continue;
    const s = m.kind === 'person' && m.name_span ? m.name_span : m;
    const key = `${s.start}:${s.end}:${type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: s.start, end: s.end, type });
  }
  return out;
}

export class EntityScorer implements Scorer {
  private readonly tp = new Map<string, number>();
  private readonly gold = new Map<string, number>();
  private readonly pred = new Map<string, number>();

  constructor(private readonly predict: (r: Readout, text: string) => TypedSpan[] = (r) => readoutEntities(r)) {}

  add(line: GoldLine, readout: Readout, doc: Doc, log: ErrorLog | null): void {
    if (line.task !== 'entities') return;
    this.score(line.entities, this.predict(readout, line.text), doc, log);
  }

  /** Score predicted against gold entities of one document. */
  score(gold: readonly GoldEntity[], pred: readonly TypedSpan[], doc: Doc, log: ErrorLog | null): void {
    const bump = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
    const predByKey = new Map<string, TypedSpan>();
    const predTypeBySpan = new Map<string, string>();
    for (const p of pred) {
      predByKey.set(`${p.start}:${p.end}:${p.type}`, p);
      predTypeBySpan.set(`${p.start}:${p.end}`, p.type);
      bump(this.pred, p.type);
    }
    const goldKeys = new Set<string>();
    const goldTypeBySpan = new Map<string, string>();
    for (const g of gold) {
      const key = `${g.start}:${g.end}:${g.type}`;
      if (goldKeys.has(key)) continue;
      goldKeys.add(key);
      goldTypeBySpan.set(`${g.start}:${g.end}`, g.type);
      bump(this.gold, g.type);
      if (predByKey.has(key)) bump(this.tp, g.type);
      else if (log !== null) {
        const other = predTypeBySpan.get(`${g.start}:${g.end}`);
        log.add('miss', g.type, doc, g, other ? `predicted ${other}` : '');
      }
    }
    if (log === null) return;
    for (const [key, p] of predByKey) {
      if (goldKeys.has(key)) continue;
      const other = goldTypeBySpan.get(`${p.start}:${p.end}`);
      log.add('false alarm', p.type, doc, p, other ? `gold ${other}` : '');
    }
  }

  metrics(): Metrics {
    let tp = 0;
    let gold = 0;
    let pred = 0;
    const perType: TypeMetrics = {};
    for (const t of ENTITY_TYPES) {
      const g = this.gold.get(t) ?? 0;
      const p = this.pred.get(t) ?? 0;
      const k = this.tp.get(t) ?? 0;
      tp += k;
      gold += g;
      pred += p;
      if (g > 0 || p > 0) perType[t] = { ...prf(k, p, g), gold: g, predicted: p };
    }
    if (gold === 0) return {};
    const micro = prf(tp, pred, gold);
    return { micro_precision: micro.precision, micro_recall: micro.recall, micro_f1: micro.f1, per_type: perType };
  }

  details(): Record<string, string> {
    let tp = 0;
    let gold = 0;
    let pred = 0;
    for (const t of ENTITY_TYPES) {
      tp += this.tp.get(t) ?? 0;
      gold += this.gold.get(t) ?? 0;
      pred += this.pred.get(t) ?? 0;
    }
    return { micro_precision: `${tp} correct / ${pred} predicted`, micro_recall: `${tp} correct / ${gold} gold`, micro_f1: 'exact span and type' };
  }
}
