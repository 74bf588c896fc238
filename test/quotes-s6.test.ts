// Quotations of session 6: participle reports after a quotation ("..., said X, referring to Y"),
// and their speaker when the story's quotations come far before them. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorLayer } from '../src/actors/types.js';
import { analyseClauses } from '../src/clauses/index.js';
import { quotesOf } from '../src/clauses/quotes.js';
import { parse } from '../src/nlp/doc.js';

const NO_ACTORS: ActorLayer = { actors: [], actorOf: new Int32Array(0) };

interface Q {
  cue: string | null;
  content: string;
  speaker: string | null;
}

function quotesIn(text: string): Q[] {
  const doc = parse(text);
  const layer = analyseClauses(doc, [], NO_ACTORS);
  return quotesOf(doc, [], NO_ACTORS, layer).map((q) => ({ cue: q.cue?.text ?? null, content: q.content.text, speaker: q.speaker_span?.text ?? null }));
}

function hasQuote(qs: Q[], want: Partial<Q>): void {
  const ok = qs.some((q) => (want.cue === undefined || q.cue === want.cue) && (want.content === undefined || q.content === want.content) && (want.speaker === undefined || q.speaker === want.speaker));
  assert.ok(ok, `no quote like ${JSON.stringify(want)} in ${JSON.stringify(qs)}`);
}

test('a participle cue after a report takes its object as content, not as an inverted speaker', () => {
  const qs = quotesIn('"The timing was right," the banker said, referring to the two coastal resorts.');
  hasQuote(qs, { cue: 'said', speaker: 'the banker' });
  hasQuote(qs, { cue: 'referring to', content: 'the two coastal resorts', speaker: 'the banker' });
  // a finite cue after a comma still inverts: the NP is the speaker
  hasQuote(quotesIn('The port will reopen in May, said the harbour master.'), { cue: 'said', speaker: 'the harbour master', content: 'The port will reopen in May' });
});

test('the participle takes the speaker of its sentence\'s quotation even when many quotations follow', () => {
  const later = Array.from({ length: 14 }, (_, i) => `"Point ${i + 1} matters," Ms. Lane said.`).join('\n\n');
  const text = `"Cities decide elections," said Ed Vance, a former mayor, referring to the list of endorsements.\n\n${later}`;
  hasQuote(quotesIn(text), { cue: 'referring to', content: 'the list of endorsements', speaker: 'Ed Vance' });
});
