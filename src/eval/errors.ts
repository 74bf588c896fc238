// The error log behind `--errors N`: misses (gold the coder did not find), false alarms (predictions
// gold does not have) and wrong attributes on matched items. Errors with the same kind, label and
// surface text are grouped (the first example's note is shown); the worst groups are the most frequent (then the most severe, e.g. the
// largest distance), each shown with one example in its context.
import type { Span } from '../schema.js';

export type ErrorKind = 'miss' | 'false alarm' | 'wrong';

export interface EvalError {
  kind: ErrorKind;
  /** What was missed or wrong: an entity type, "quote", "toponym", "penta 3", ... */
  label: string;
  docId: string;
  line: number;
  /** The document text (shared, not copied) and the span to show. */
  text: string;
  span: Span;
  /** What the coder said instead, e.g. "predicted ORG", "value 2023-09-26 (gold 2023-09-25)". */
  note: string;
  /** Larger is worse (km for places); 1 otherwise. */
  severity: number;
}

export interface ErrorGroup {
  kind: ErrorKind;
  label: string;
  surface: string;
  count: number;
  severity: number;
  example: EvalError;
}

export interface Doc {
  id: string;
  line: number;
  text: string;
}

export class ErrorLog {
  private readonly groups = new Map<string, ErrorGroup>();

  add(kind: ErrorKind, label: string, doc: Doc, span: Span, note = '', severity = 1): void {
    const surface = doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
    const key = `${kind}\u0000${label}\u0000${surface.toLowerCase()}`;
    const g = this.groups.get(key);
    if (g !== undefined) {
      g.count++;
      if (severity > g.severity) g.severity = severity;
      return;
    }
    const example: EvalError = { kind, label, docId: doc.id, line: doc.line, text: doc.text, span, note, severity };
    this.groups.set(key, { kind, label, surface, count: 1, severity, example });
  }

  /** The n worst groups of one kind: most frequent first, then most severe, then first seen. */
  worst(kind: ErrorKind, n: number): ErrorGroup[] {
    const list = [...this.groups.values()].filter((g) => g.kind === kind);
    const order = new Map(list.map((g, i) => [g, i]));
    list.sort((a, b) => b.count - a.count || b.severity - a.severity || order.get(a)! - order.get(b)!);
    return list.slice(0, n);
  }
}

/** `…left «span» right…` on one line, `width` characters either side. */
export function inContext(text: string, span: Span, width = 50): string {
  const flat = (s: string): string => s.replace(/\s+/g, ' ');
  const a = Math.max(0, span.start - width);
  const b = Math.min(text.length, span.end + width);
  const maxInner = 160;
  let inner = text.slice(span.start, span.end);
  if (inner.length > maxInner) inner = `${inner.slice(0, maxInner / 2)} … ${inner.slice(-maxInner / 2)}`;
  return `${a > 0 ? '…' : ''}${flat(text.slice(a, span.start))}«${flat(inner)}»${flat(text.slice(span.end, b))}${b < text.length ? '…' : ''}`;
}
