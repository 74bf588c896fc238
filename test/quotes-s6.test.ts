// Quotations of session 6: participle reports after a quotation ("..., said X, referring to Y"),
// and their speaker when the story's quotations come far before them. Invented wire sentences.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from '../src/nlp/doc.js';
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

test('a present-tense cue the tagger calls a noun takes its object after a plural or a name', () => {
  hasQuote(quotesIn('The race is close, and recent surveys show Mayor Diaz with a narrow lead.'), { cue: 'show', speaker: 'recent surveys' });
  hasQuote(quotesIn('Two-thirds support reducing the fees for small farms.'), { cue: 'support', content: 'reducing the fees for small farms' });
  hasQuote(quotesIn('Mr. Okafor points to structural problems in the grain market.'), { cue: 'points to', content: 'structural problems' });
  // a noun after a possessive or with a verb after it stays a noun
  assert.equal(quotesIn("The company's support staff left early.").length, 0);
  assert.equal(quotesIn('Union support remains strong.').length, 0);
});

test('a relative pronoun before the cue is the speaker span; the antecedent stays the speaker', () => {
  hasQuote(quotesIn('The plan was drafted by Ms. Reyes, who said it would cut costs.'), { cue: 'said', speaker: 'who', content: 'it would cut costs' });
  hasQuote(quotesIn('Senators who have long argued that the tax is unfair voted no.'), { speaker: 'who' });
  // no relative pronoun: the subject itself
  hasQuote(quotesIn('Ms. Reyes said it would cut costs.'), { cue: 'said', speaker: 'Ms. Reyes' });
});

test('verbs of ruling, listing, crediting and pressing are cues', () => {
  hasQuote(quotesIn('The appeals court ruled that the new map violated the state constitution.'), { cue: 'ruled', content: 'that the new map violated the state constitution' });
  hasQuote(quotesIn('The campaign listed the senator as a co-chair.'), { cue: 'listed', speaker: 'The campaign' });
  hasQuote(quotesIn('Mr. Osei pressed the council to delay the vote.'), { cue: 'pressed', content: 'to delay the vote' });
  hasQuote(quotesIn('The mayor attributed the decline to the closure of the mill.'), { cue: 'attributed', speaker: 'The mayor' });
});

test('a party-and-state parenthesis ending in an abbreviation stop does not end the sentence', () => {
  const text = 'Last year, Sen. Ann Marsh (R-Ky.) said that she would not bring up the bill.';
  assert.equal(parse(text).sentStart.length, 1);
  hasQuote(quotesIn(text), { cue: 'said', speaker: 'Sen. Ann Marsh', content: 'that she would not bring up the bill' });
  // a new sentence after a parenthesis still starts one
  assert.equal(parse('He left early (as planned.) The vote went ahead.').sentStart.length, 2);
});

test('present-tense cues after a name are cues even when the tagger calls them nouns', () => {
  hasQuote(quotesIn('Ms. Varga writes that the reform came too late.'), { cue: 'writes', content: 'that the reform came too late' });
});

test('a participle clause that opens the sentence speaks for the main clause subject', () => {
  hasQuote(quotesIn('Citing the audit, the senator said the agency had failed.'), { cue: 'Citing', speaker: 'the senator', content: 'the audit' });
  hasQuote(quotesIn('Praising the volunteers, Mayor Ruiz thanked the crews.'), { cue: 'Praising', speaker: 'Mayor Ruiz' });
});

test('a participle after a thing the speaker made or did belongs to the speaker', async () => {
  // the mention stage is needed (the rule asks whether the phrases hold actors): run the whole coder
  const { code } = await import('../src/readout.js');
  const r = code({ text: 'Mayor Ruiz blasted out a new robocall touting the harbor plan.', date: null, id: null }, {});
  const q = r.quotes.find((x) => x.cue?.text === 'touting');
  assert.ok(q !== undefined);
  assert.equal(q.speaker_span?.text, 'Mayor Ruiz');
  assert.equal(q.content.text, 'the harbor plan');
});
