// Times: TIMEX3 detection strict (exact span) and relaxed (any overlap), and type and value accuracy
// on the relaxed matches (the TempEval-3 definitions).
import type { Readout } from '../schema.js';
import type { Doc, ErrorLog } from './errors.js';
import type { GoldLine } from './gold.js';
import { anyOverlap, matchSpans, prf, ratio, sameSpan, unmatched } from './measure.js';
import type { Metrics, Scorer } from './types.js';

export class TimeScorer implements Scorer {
  private gold = 0;
  private pred = 0;
  private strict = 0;
  private relaxed = 0;
  private typeRight = 0;
  private valueRight = 0;

  add(line: GoldLine, r: Readout, doc: Doc, log: ErrorLog | null): void {
    if (line.task !== 'times') return;
    const gold = line.times;
    const pred = r.times;
    this.gold += gold.length;
    this.pred += pred.length;
    const exact = new Set(pred.map((p) => `${p.start}:${p.end}`));
    for (const g of gold) if (exact.has(`${g.start}:${g.end}`)) this.strict++;
    const match = matchSpans(gold, pred, anyOverlap);
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const pi = match[i]!;
      if (pi < 0) {
        log?.add('miss', g.type, doc, g, `value ${g.value}`);
        continue;
      }
      const p = pred[pi]!;
      this.relaxed++;
      if (p.type === g.type) this.typeRight++;
      else log?.add('wrong', 'type', doc, g, `predicted ${p.type} (gold ${g.type})`);
      if (p.value === g.value) this.valueRight++;
      else log?.add('wrong', 'value', doc, g, `predicted ${p.value ?? 'no value'} (gold ${g.value})`);
      if (log !== null && !sameSpan(g, p)) log.add('wrong', 'extent', doc, g, `predicted "${p.text}"`);
    }
    if (log !== null) for (const pi of unmatched(match, pred.length)) log.add('false alarm', pred[pi]!.type, doc, pred[pi]!, `value ${pred[pi]!.value ?? 'none'}`);
  }

  metrics(): Metrics {
    if (this.gold === 0) return {};
    return {
      strict_f1: prf(this.strict, this.pred, this.gold).f1,
      relaxed_f1: prf(this.relaxed, this.pred, this.gold).f1,
      type_accuracy: ratio(this.typeRight, this.relaxed),
      value_accuracy: ratio(this.valueRight, this.relaxed),
    };
  }

  details(): Record<string, string> {
    return {
      strict_f1: `${this.strict} exact of ${this.pred} predicted, ${this.gold} gold`,
      relaxed_f1: `${this.relaxed} overlapping of ${this.pred} predicted, ${this.gold} gold`,
      type_accuracy: `${this.typeRight} / ${this.relaxed} relaxed matches`,
      value_accuracy: `${this.valueRight} / ${this.relaxed} relaxed matches`,
    };
  }
}
