// Helpers for the event tests: find an event by what a coder would check (root, countries, names,
// speaker, realis), reading actors and spans of a readout/1 document.
import assert from 'node:assert/strict';
import { countries } from '../src/kb/countries.js';
import { code } from '../src/readout.js';
import type { EventOut, Readout } from '../src/schema.js';

export interface Want {
  /** CAMEO root(s), e.g. '19' or ['18', '19']. */
  root?: string | string[];
  /** CAMEO code prefix ('016', '112' matches 1123). */
  cameo?: string;
  /** ISO3 country (3 upper-case letters) or a name fragment of a source actor / the source span. */
  src?: string;
  tgt?: string;
  /** Name fragment of the speaker; null = reported as fact. */
  speaker?: string | null;
  realis?: EventOut['realis'];
}

function countriesIn(text: string): Set<string> {
  const kb = countries();
  const out = new Set<string>();
  const words = text.split(/[\s,;()]+/);
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const w = words.slice(i, i + n).join(' ').replace(/['’]s$/, '');
      const c = kb.byName(w) ?? kb.byDemonym(w);
      if (c !== null) out.add(c.iso3);
    }
  }
  return out;
}

function sideMatches(r: Readout, ids: string[], span: { text: string } | null | undefined, want: string): boolean {
  const iso = /^[A-Z]{3}$/.test(want);
  const low = want.toLowerCase();
  for (const id of ids) {
    const a = r.actors.find((x) => x.id === id);
    if (a === undefined) continue;
    if (iso && a.country === want) return true;
    if (!iso && a.name.toLowerCase().includes(low)) return true;
    if (!iso && a.mentions.some((m) => r.mentions.find((x) => x.id === m)?.text.toLowerCase().includes(low))) return true;
  }
  if (span != null) {
    if (iso && countriesIn(span.text).has(want)) return true;
    if (!iso && span.text.toLowerCase().includes(low)) return true;
  }
  return false;
}

function speakerMatches(r: Readout, e: EventOut, want: string | null): boolean {
  if (want === null) return e.attribution === null;
  if (e.attribution === null) return false;
  const low = want.toLowerCase();
  const a = r.actors.find((x) => x.id === e.attribution!.speaker);
  if (a !== undefined && (a.name.toLowerCase().includes(low) || a.mentions.some((m) => r.mentions.find((x) => x.id === m)?.text.toLowerCase().includes(low))))
    return true;
  return e.attribution.speaker_span?.text.toLowerCase().includes(low) ?? false;
}

export function matches(r: Readout, e: EventOut, w: Want): boolean {
  if (w.root !== undefined && !(Array.isArray(w.root) ? w.root : [w.root]).includes(e.root)) return false;
  if (w.cameo !== undefined && !e.cameo.startsWith(w.cameo)) return false;
  if (w.src !== undefined && !sideMatches(r, e.source, e.source_span, w.src)) return false;
  if (w.tgt !== undefined && !sideMatches(r, e.target, e.target_span, w.tgt)) return false;
  if (w.speaker !== undefined && !speakerMatches(r, e, w.speaker)) return false;
  if (w.realis !== undefined && e.realis !== w.realis) return false;
  return true;
}

export function findEvent(r: Readout, w: Want): EventOut | undefined {
  return r.events.find((e) => matches(r, e, w));
}

/** One line per event, for assertion messages. */
export function describe(r: Readout): string {
  const name = (id: string | null): string => (id === null ? '?' : r.actors.find((a) => a.id === id)?.name ?? id);
  return r.events
    .map(
      (e) =>
        `${e.cameo} ${e.source.map(name).join('+') || e.source_span?.text || '?'} -> ${e.target.map(name).join('+') || e.target_span?.text || '?'} ` +
        `[${e.realis}; ${e.attribution === null ? 'fact' : name(e.attribution.speaker) + (e.attribution.speaker_span ? ' ' + e.attribution.speaker_span.text : '')}] "${e.trigger.text}"`,
    )
    .join('\n');
}

/** Code, source span and target span of every event, for assertion messages. */
export const shown = (r: Readout): string => JSON.stringify(r.events.map((x) => [x.cameo, x.source_span?.text ?? null, x.target_span?.text ?? null]));

/** The target spans of the events whose code starts with `prefix`. */
export function targets(r: Readout, prefix: string): string[] {
  return r.events.filter((e) => e.cameo.startsWith(prefix)).map((e) => e.target_span?.text ?? '');
}

/** Every phrase of `want` is the target span of an event with a code starting with `prefix`. */
export function assertTargets(s: string, prefix: string, want: readonly string[]): void {
  const r = code(s);
  const got = targets(r, prefix);
  for (const w of want) assert.ok(got.includes(w), `${s}: want target "${w}" of ${prefix}: ${shown(r)}`);
}
