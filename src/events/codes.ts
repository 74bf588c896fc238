// CAMEO code facts (root, QuadClass, Goldstein, penta, PLOVER type/mode) from data/cameo-codes.json.
import { readDataJson } from '../kb/data.js';

export interface CodeInfo {
  code: string;
  root: string;
  label: string | null;
  quad: 1 | 2 | 3 | 4;
  goldstein: number;
  penta: number;
  plover: { type: string; mode: string | null } | null;
}

interface CodesFile {
  roots: Record<string, { name: string; goldstein: number; quad: 1 | 2 | 3 | 4; penta: number }>;
  codes: Record<string, { label: string | null; goldstein: number; plover: { type: string; mode: string | null } | null }>;
}

let table: Map<string, CodeInfo> | null = null;

function load(): Map<string, CodeInfo> {
  const f = readDataJson<CodesFile>('cameo-codes.json');
  const m = new Map<string, CodeInfo>();
  for (const [code, c] of Object.entries(f.codes)) {
    const root = code.slice(0, 2);
    const r = f.roots[root];
    if (r === undefined) continue;
    m.set(code, { code, root, label: c.label, quad: r.quad, goldstein: c.goldstein, penta: r.penta, plover: c.plover });
  }
  return m;
}

/** Facts of a CAMEO code (3-4 digits); falls back to the parent code; null for an unknown code. */
export function codeInfo(code: string): CodeInfo | null {
  if (table === null) table = load();
  for (let c = code; c.length >= 3; c = c.slice(0, -1)) {
    const hit = table.get(c);
    if (hit !== undefined) return c === code ? hit : { ...hit, code };
  }
  return null;
}
