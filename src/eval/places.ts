// Places: toponym detection (exact span and any-overlap), then geocoding on the toponyms matched by
// overlap: accuracy within 161 km (100 miles), median error, and country accuracy.
import type { Readout, Span } from '../schema.js';
import type { Doc, ErrorLog } from './errors.js';
import type { GoldLine } from './gold.js';
import { anyOverlap, haversineKm, matchSpans, MAX_ERROR_KM, median, prf, ratio, sameSpan, unmatched } from './measure.js';
import type { Metrics, Scorer } from './types.js';

export const ACC_KM = 161;

export interface PredToponym extends Span {
  name: string | null;
  lat: number | null;
  lon: number | null;
  country: string | null;
}

/**
 * The coder's toponyms: every mention a place lists (whatever its kind: "Paris", "Armenian" resolved
 * to Armenia), with that place's coordinates and country, plus country/place mentions that no place
 * lists (no coordinates). One toponym per span.
 */
export function readoutToponyms(r: Readout): PredToponym[] {
  const byId = new Map(r.mentions.map((m) => [m.id, m]));
  const out: PredToponym[] = [];
  const seen = new Set<string>();
  for (const p of r.places) {
    for (const id of p.mentions) {
      const m = byId.get(id);
      if (m === undefined || seen.has(`${m.start}:${m.end}`)) continue;
      seen.add(`${m.start}:${m.end}`);
      out.push({ start: m.start, end: m.end, name: p.name, lat: p.lat, lon: p.lon, country: p.country });
    }
  }
  for (const m of r.mentions) {
    if ((m.kind !== 'country' && m.kind !== 'place') || seen.has(`${m.start}:${m.end}`)) continue;
    seen.add(`${m.start}:${m.end}`);
    out.push({ start: m.start, end: m.end, name: null, lat: null, lon: null, country: null });
  }
  return out;
}

export class PlaceScorer implements Scorer {
  private gold = 0;
  private pred = 0;
  private exact = 0;
  private overlapped = 0;
  private readonly errorsKm: number[] = [];
  private within = 0;
  private countryTotal = 0;
  private countryRight = 0;
  /** Whether any gold toponym has coordinates / a country: then the metric is reported even with nothing matched. */
  private hasCoordinates = false;
  private hasCountries = false;

  add(line: GoldLine, r: Readout, doc: Doc, log: ErrorLog | null): void {
    if (line.task !== 'places') return;
    const gold = line.places;
    const pred = readoutToponyms(r);
    this.gold += gold.length;
    this.pred += pred.length;
    for (const g of gold) {
      if (g.lat !== null && g.lon !== null) this.hasCoordinates = true;
      if (g.country !== null) this.hasCountries = true;
    }
    const match = matchSpans(gold, pred, anyOverlap);
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const pi = match[i]!;
      if (pi < 0) {
        log?.add('miss', 'toponym', doc, g);
        continue;
      }
      const p = pred[pi]!;
      this.overlapped++;
      if (sameSpan(g, p)) this.exact++;
      if (g.lat !== null && g.lon !== null) {
        const km = p.lat !== null && p.lon !== null ? haversineKm(g.lat, g.lon, p.lat, p.lon) : MAX_ERROR_KM;
        this.errorsKm.push(km);
        if (km <= ACC_KM) this.within++;
        else log?.add('wrong', 'coordinates', doc, g, p.lat === null ? 'no coordinates' : `resolved to ${p.name ?? '?'}${p.country ? ` (${p.country})` : ''}`, km);
      }
      if (g.country !== null) {
        this.countryTotal++;
        if (p.country !== null && p.country.toUpperCase() === g.country) this.countryRight++;
        else log?.add('wrong', 'country', doc, g, `predicted ${p.country ?? 'no country'} (gold ${g.country})`);
      }
    }
    if (log !== null) for (const pi of unmatched(match, pred.length)) log.add('false alarm', 'toponym', doc, pred[pi]!);
  }

  metrics(): Metrics {
    if (this.gold === 0) return {};
    const e = prf(this.exact, this.pred, this.gold);
    const m: Metrics = { precision: e.precision, recall: e.recall, f1: e.f1, overlap_f1: prf(this.overlapped, this.pred, this.gold).f1 };
    if (this.hasCoordinates) {
      m.acc161 = ratio(this.within, this.errorsKm.length);
      m.median_km = median(this.errorsKm);
    }
    if (this.hasCountries) m.country_accuracy = ratio(this.countryRight, this.countryTotal);
    return m;
  }

  details(): Record<string, string> {
    return {
      precision: `${this.exact} exact / ${this.pred} predicted`,
      recall: `${this.exact} exact / ${this.gold} gold`,
      overlap_f1: `${this.overlapped} overlapping of ${this.pred} predicted, ${this.gold} gold`,
      acc161: `${this.within} / ${this.errorsKm.length} matched toponyms with gold coordinates`,
      median_km: `over ${this.errorsKm.length} matched toponyms (no coordinates = ${Math.round(MAX_ERROR_KM)} km)`,
      country_accuracy: `${this.countryRight} / ${this.countryTotal} matched toponyms with a gold country`,
    };
  }
}
