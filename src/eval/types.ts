// What every task scorer provides to the runner and the reports.
import type { Readout } from '../schema.js';
import type { Doc, ErrorLog } from './errors.js';
import type { GoldLine } from './gold.js';

/** Per-type figures (entities): precision, recall, F1 and the counts behind them. */
export type TypeMetrics = Record<string, { precision: number; recall: number; f1: number; gold: number; predicted: number }>;

/** A metric value: a number, null (undefined here, e.g. a median of nothing) or a per-type table. */
export type MetricValue = number | null | TypeMetrics;

export type Metrics = Record<string, MetricValue>;

export interface Scorer {
  /** Score one gold line against the coder's readout of its text. */
  add(gold: GoldLine, readout: Readout, doc: Doc, log: ErrorLog | null): void;
  /** The metrics of the issue; a metric is absent when the lines seen so far have no gold for it. */
  metrics(): Metrics;
  /** A short "how it was counted" note per metric (counts), for the tables. */
  details(): Record<string, string>;
}
