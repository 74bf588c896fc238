import { readDataJson } from '../kb/data.js';

interface AgencyFile {
  credit_verbs: string[];
  credit_preps: string[];
  agency_nouns: string[];
  agencies: { name: string; names: string[] }[];
}

export interface AgencyIndex {
  /** Canonical name of a surface form, or null if it is not a known agency. */
  canonical(surface: string): string | null;
  /** The agency a story credits at its start or end ("..., Trend reports.", "AFP said"), from `from` on. */
  findReported(text: string, from: number): { name: string; span: [number, number] } | null;
}

let index: AgencyIndex | null = null;

/** Compiled once per process from data/agencies.json. */
export function agencyIndex(): AgencyIndex {
  if (index !== null) return index;
  const file = readDataJson<AgencyFile>('agencies.json');
  const byName = new Map<string, string>();
  for (const a of file.agencies) for (const n of a.names) byName.set(n, a.name);
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const alt = (words: string[]): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
  const names = alt([...byName.keys()]);
  // "<Agency> [news agency] reports|said ..." or "according to [the] <Agency>".
  const reported = new RegExp(
    `\\b(?:(${names})\\s+(?:(?:${alt(file.agency_nouns)})\\s+)?(?:${alt(file.credit_verbs)})\\b|(?:${alt(file.credit_preps)})\\s+(?:the\\s+)?(${names})\\b)`,
    'g',
  );
  index = {
    canonical: (surface) => byName.get(surface.trim()) ?? null,
    findReported(text, from) {
      // Only the first paragraph and the last 300 characters credit the agency.
      const firstPara = text.indexOf('\n\n', from);
      const windows: [number, number][] = [[from, firstPara < 0 ? Math.min(text.length, from + 600) : firstPara]];
      if (text.length - 300 > windows[0]![1]) windows.push([text.length - 300, text.length]);
      for (const [a, b] of windows) {
        reported.lastIndex = 0;
        const slice = text.slice(a, b);
        const m = reported.exec(slice);
        if (m) {
          const surface = (m[1] ?? m[2])!;
          const at = a + m.index + m[0].indexOf(surface);
          return { name: byName.get(surface)!, span: [at, at + surface.length] };
        }
      }
      return null;
    },
  };
  return index;
}
