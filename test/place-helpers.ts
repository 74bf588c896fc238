// Helpers of the places tests: what a readout lists for a written place name.
import type { Readout } from '../src/schema.js';

/** The place listed for the first mention written `text`, as "name (country)", or null. */
export function placeOf(r: Readout, text: string, source: string): string | null {
  for (const p of r.places) {
    for (const id of p.mentions) {
      const m = r.mentions.find((x) => x.id === id);
      if (m !== undefined && source.slice(m.start, m.end) === text) return `${p.name} (${p.country ?? '-'})`;
    }
  }
  return null;
}

/** The readout's places, for assertion messages. */
export const shown = (r: Readout): string => JSON.stringify(r.places.map((p) => [p.name, p.country, p.kind]));
