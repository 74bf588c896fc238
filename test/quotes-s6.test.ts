// Quotations of session 6: participle reports after a quotation ("..., said X, referring to Y"),
// and their speaker when the story's quotations come far before them. Invented wire sentences.
import { test } from 'node:test';
import { hasQuote, quotesIn } from './quote-helpers.js';

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
