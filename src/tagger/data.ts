// Reading readout-gold/1 entity files for training and scoring: each document is parsed with the
// runtime tokenizer (parse from src/nlp/doc.ts) and its gold character spans are aligned to tokens.
import { readFileSync } from 'node:fs';
import { parse, tokenAt, type Doc } from '../nlp/doc.js';
import { ENTITY_TYPES, type EntityType } from './model.js';

export interface GoldEntity {
  start: number;
  end: number;
  type: EntityType;
}

export interface Example {
  id: string;
  doc: Doc;
  gold: GoldEntity[];
  /** Gold BIO label per token (see LABELS). */
  labels: Uint8Array;
}

export interface AlignStats {
  documents: number;
  tokens: number;
  entities: number;
  /** Gold entities whose start or end does not fall on a token boundary (labelled by overlap). */
  misaligned: number;
  /** Gold entities that cross a sentence boundary of the runtime splitter (labelled up to it). */
  crossSentence: number;
  /** Gold entities overlapping an earlier one (ignored for labels). */
  overlapping: number;
}

const TYPE_INDEX = new Map<string, number>(ENTITY_TYPES.map((t, i) => [t, i]));

/** Read a readout-gold/1 entities JSONL file; throws Error with file:line on malformed input. */
export function readEntityFile(path: string): { id: string; text: string; gold: GoldEntity[] }[] {
  const out: { id: string; text: string; gold: GoldEntity[] }[] = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!.trim();
    if (line === '') continue;
    let obj: { id?: unknown; text?: unknown; entities?: unknown };
    try {
      obj = JSON.parse(line) as typeof obj;
    } catch {
      throw new Error(`${path}:${ln + 1}: not JSON`);
    }
    if (typeof obj.text !== 'string' || !Array.isArray(obj.entities)) {
      throw new Error(`${path}:${ln + 1}: not a readout-gold/1 entities record (needs "text" and "entities")`);
    }
    const text = obj.text;
    const gold: GoldEntity[] = [];
    for (const e of obj.entities as { start?: unknown; end?: unknown; type?: unknown }[]) {
      if (typeof e.start !== 'number' || typeof e.end !== 'number' || typeof e.type !== 'string' || !TYPE_INDEX.has(e.type)) {
        throw new Error(`${path}:${ln + 1}: bad entity ${JSON.stringify(e)} (start, end, type PER|ORG|LOC|MISC)`);
      }
      if (e.start < 0 || e.end > text.length || e.end <= e.start) throw new Error(`${path}:${ln + 1}: entity span out of range`);
      gold.push({ start: e.start, end: e.end, type: e.type as EntityType });
    }
    gold.sort((a, b) => a.start - b.start || b.end - a.end);
    out.push({ id: typeof obj.id === 'string' ? obj.id : `line${ln + 1}`, text, gold });
  }
  return out;
}

export function emptyStats(): AlignStats {
  return { documents: 0, tokens: 0, entities: 0, misaligned: 0, crossSentence: 0, overlapping: 0 };
}

/** Parse every document and align its gold spans to BIO token labels. */
export function loadExamples(path: string, stats: AlignStats): Example[] {
  const out: Example[] = [];
  for (const rec of readEntityFile(path)) {
    const doc = parse(rec.text);
    const labels = new Uint8Array(doc.length);
    stats.documents++;
    stats.tokens += doc.length;
    let lastEnd = -1;
    for (const g of rec.gold) {
      stats.entities++;
      if (g.start < lastEnd) {
        stats.overlapping++;
        continue;
      }
      lastEnd = g.end;
      // First token overlapping the span, and one past the last.
      let a = tokenAt(doc, g.start);
      if (a > 0 && doc.end[a - 1]! > g.start) a--;
      let b = a;
      while (b < doc.length && doc.start[b]! < g.end) b++;
      if (b <= a) {
        stats.misaligned++;
        continue;
      }
      if (doc.start[a] !== g.start || doc.end[b - 1] !== g.end) stats.misaligned++;
      const sent = doc.sentOf[a]!;
      if (doc.sentOf[b - 1] !== sent) {
        stats.crossSentence++;
        b = doc.sentEnd[sent]!;
      }
      if (labels[a] !== 0) continue; // a token shared with a previous misaligned span
      const t = TYPE_INDEX.get(g.type)!;
      labels[a] = 1 + 2 * t;
      for (let i = a + 1; i < b; i++) labels[i] = 2 + 2 * t;
    }
    out.push({ id: rec.id, doc, gold: rec.gold, labels });
  }
  return out;
}

/** Per-type and micro precision/recall/F1 over exact character spans. */
export interface Score {
  byType: Record<EntityType, { tp: number; fp: number; fn: number; p: number; r: number; f1: number }>;
  micro: { tp: number; fp: number; fn: number; p: number; r: number; f1: number };
}

export function score(pairs: { gold: GoldEntity[]; pred: GoldEntity[] }[]): Score {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  for (const t of [...ENTITY_TYPES, 'all']) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  for (const { gold, pred } of pairs) {
    const g = new Set(gold.map((e) => `${e.start}:${e.end}:${e.type}`));
    const p = new Set(pred.map((e) => `${e.start}:${e.end}:${e.type}`));
    for (const k of p) {
      const t = k.slice(k.lastIndexOf(':') + 1);
      const hit = g.has(k);
      counts.get(t)![hit ? 'tp' : 'fp']++;
      counts.get('all')![hit ? 'tp' : 'fp']++;
    }
    for (const k of g) {
      if (p.has(k)) continue;
      const t = k.slice(k.lastIndexOf(':') + 1);
      counts.get(t)!.fn++;
      counts.get('all')!.fn++;
    }
  }
  const prf = (c: { tp: number; fp: number; fn: number }) => {
    const p = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
    const r = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
    return { ...c, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
  };
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(counts.get(t)!)])) as Score['byType'];
  return { byType, micro: prf(counts.get('all')!) };
}
