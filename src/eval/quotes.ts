// Quotes: content detection with overlap matching (half of the shorter span), then cue and speaker
// accuracy on the matched quotes.
import type { Readout, Span } from '../schema.js';
import type { Doc, ErrorLog } from './errors.js';
import type { GoldLine } from './gold.js';
import { anyOverlap, halfOfShorter, matchSpans, prf, ratio, unmatched } from './measure.js';
import type { Metrics, Scorer } from './types.js';

/** Every span that stands for the predicted speaker: its speaker_span and all mentions (and their names) of its actor. */
export function speakerSpans(r: Readout, q: Readout['quotes'][number]): Span[] {
  const out: Span[] = [];
  if (q.speaker_span) out.push(q.speaker_span);
  if (q.speaker !== null) {
    const actor = r.actors.find((a) => a.id === q.speaker);
    if (actor !== undefined) {
      const ids = new Set(actor.mentions);
      for (const m of r.mentions) {
        if (!ids.has(m.id)) continue;
        out.push(m);
        if (m.name_span) out.push(m.name_span);
      }
    }
  }
  return out;
}

export class QuoteScorer implements Scorer {
  private gold = 0;
  private pred = 0;
  private tp = 0;
  private cueTotal = 0;
  private cueRight = 0;
  private speakerTotal = 0;
  private speakerRight = 0;
  /** Whether any gold quote has a cue / a speaker: then the accuracy is reported even with nothing matched. */
  private hasCue = false;
  private hasSpeaker = false;

  add(line: GoldLine, r: Readout, doc: Doc, log: ErrorLog | null): void {
    if (line.task !== 'quotes') return;
    const gold = line.quotes;
    const pred = r.quotes;
    const match = matchSpans(
      gold.map((g) => g.content),
      pred.map((p) => p.content),
      halfOfShorter,
    );
    this.gold += gold.length;
    this.pred += pred.length;
    for (const g of gold) {
      if (g.cue !== null) this.hasCue = true;
      if (g.speaker !== null) this.hasSpeaker = true;
    }
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const pi = match[i]!;
      if (pi < 0) {
        log?.add('miss', 'quote', doc, g.content);
        continue;
      }
      this.tp++;
      const p = pred[pi]!;
      if (g.cue !== null) {
        this.cueTotal++;
        if (p.cue !== null && anyOverlap(p.cue, g.cue)) this.cueRight++;
        else log?.add('wrong', 'cue', doc, g.cue, p.cue ? `predicted cue "${p.cue.text}"` : 'no cue predicted');
      }
      if (g.speaker !== null) {
        this.speakerTotal++;
        const spans = speakerSpans(r, p);
        if (spans.some((s) => anyOverlap(s, g.speaker!))) this.speakerRight++;
        else {
          const said = p.speaker_span?.text ?? (p.speaker !== null ? r.actors.find((a) => a.id === p.speaker)?.name : undefined);
          log?.add('wrong', 'speaker', doc, g.speaker, said ? `predicted speaker "${said}"` : 'no speaker predicted');
        }
      }
    }
    if (log !== null) for (const pi of unmatched(match, pred.length)) log.add('false alarm', 'quote', doc, pred[pi]!.content);
  }

  metrics(): Metrics {
    if (this.gold === 0) return {};
    const c = prf(this.tp, this.pred, this.gold);
    const m: Metrics = { content_precision: c.precision, content_recall: c.recall, content_f1: c.f1 };
    if (this.hasCue) m.cue_accuracy = ratio(this.cueRight, this.cueTotal);
    if (this.hasSpeaker) m.speaker_accuracy = ratio(this.speakerRight, this.speakerTotal);
    return m;
  }

  details(): Record<string, string> {
    return {
      content_precision: `${this.tp} matched / ${this.pred} predicted`,
      content_recall: `${this.tp} matched / ${this.gold} gold`,
      cue_accuracy: `${this.cueRight} / ${this.cueTotal} matched quotes with a gold cue`,
      speaker_accuracy: `${this.speakerRight} / ${this.speakerTotal} matched quotes with a gold speaker`,
    };
  }
}
