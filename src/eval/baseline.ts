// The entity baseline: compromise's people(), places() and organizations() on the same text, mapped to
// PER, LOC and ORG (compromise has no MISC). compromise is a development dependency, loaded only for
// `--baseline`.
//
// Offsets: compromise reports each term's `offset.start`/`length` in UTF-16 code units of the input,
// without the term's surrounding punctuation (pre/post). A match spans from its first term's start to
// its last term's end; a trailing possessive ('s, ’s, or a bare ' after s) is cut off, because the
// possessive is not part of the name ("Obama's" -> "Obama").
import type { EntityType } from './gold.js';
import type { TypedSpan } from './entities.js';

interface Term {
  text: string;
  tags?: string[];
  offset: { start: number; length: number };
}
interface Match {
  terms: Term[];
}
interface View {
  people(): { json(o: object): Match[] };
  places(): { json(o: object): Match[] };
  organizations(): { json(o: object): Match[] };
}
type Nlp = (text: string) => View;

let nlpPromise: Promise<Nlp> | null = null;

export function loadCompromise(): Promise<Nlp> {
  nlpPromise ??= import('compromise').then((m) => (m as unknown as { default: Nlp }).default);
  return nlpPromise;
}

const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/i;

/** Character span of one compromise match, with the possessive trimmed; null when empty. */
export function matchSpan(text: string, terms: readonly Term[]): { start: number; end: number } | null {
  if (terms.length === 0) return null;
  const first = terms[0]!;
  const last = terms[terms.length - 1]!;
  const start = first.offset.start;
  let end = last.offset.start + last.offset.length;
  const m = POSSESSIVE.exec(text.slice(Math.max(start, end - 3), end));
  if (m !== null && end - m[0].length > start) end -= m[0].length;
  return end > start ? { start, end } : null;
}

const KINDS: ReadonlyArray<[keyof View, EntityType]> = [
  ['people', 'PER'],
  ['places', 'LOC'],
  ['organizations', 'ORG'],
];

/** compromise's entities in `text` as typed character spans (one per span; first type wins). */
export function compromiseEntities(nlp: Nlp, text: string): TypedSpan[] {
  const doc = nlp(text);
  const out: TypedSpan[] = [];
  const seen = new Set<string>();
  for (const [method, type] of KINDS) {
    for (const m of doc[method]().json({ offset: true, terms: { offset: true } })) {
      const s = matchSpan(text, m.terms);
      if (s === null || seen.has(`${s.start}:${s.end}`)) continue;
      seen.add(`${s.start}:${s.end}`);
      out.push({ ...s, type });
    }
  }
  return out;
}
