// Helpers of the quotation tests: the quotes the clause layer finds in a text (no mentions, no
// actors), and a check that one of them looks like what is wanted.
import assert from 'node:assert/strict';
import type { ActorLayer } from '../src/actors/types.js';
import { analyseClauses } from '../src/clauses/index.js';
import { quotesOf } from '../src/clauses/quotes.js';
import { parse } from '../src/nlp/doc.js';

export const NO_ACTORS: ActorLayer = { actors: [], actorOf: new Int32Array(0) };

export interface Q {
  cue: string | null;
  content: string;
  speaker: string | null;
}

export function quotesIn(text: string): Q[] {
  const doc = parse(text);
  const layer = analyseClauses(doc, [], NO_ACTORS);
  return quotesOf(doc, [], NO_ACTORS, layer).map((q) => ({ cue: q.cue?.text ?? null, content: q.content.text, speaker: q.speaker_span?.text ?? null }));
}

export function hasQuote(qs: Q[], want: Partial<Q>): void {
  const ok = qs.some((q) => (want.cue === undefined || q.cue === want.cue) && (want.content === undefined || q.content === want.content) && (want.speaker === undefined || q.speaker === want.speaker));
  assert.ok(ok, `no quote like ${JSON.stringify(want)} in ${JSON.stringify(qs)}`);
}
