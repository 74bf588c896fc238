// Direct-quotation spans from quotation marks (curly, straight, `` ''), across sentences and,
// for a quote whose paragraph ends unclosed and the next reopens, across paragraphs.
import type { Doc } from '../nlp/doc.js';
import { lexicon } from './lexicon.js';

/** Quote spans as token pairs: open mark token qa[n], close mark token qb[n] (inclusive). */
export interface QuoteMarks {
  qa: number[];
  qb: number[];
}

const MAX_QUOTE_TOKENS = 600;

/** Kind of quote mark at token i: 1 open, 2 close, 3 either (straight), 0 none; `len` = tokens it spans. */
function markAt(doc: Doc, i: number): number {
  const f = doc.form[i]!;
  const lex = lexicon();
  // Most tokens start with an ASCII character no quote mark starts with.
  const c = f.charCodeAt(0);
  if (c < 128 && lex.quoteAscii[c] === 0) return 0;
  if (lex.quoteOpen.has(f)) return 1;
  if (lex.quoteClose.has(f)) return 2;
  if (lex.quoteEither.has(f)) return 3;
  if (lex.singleOpen.has(f)) return 4;
  if (lex.singleClose.has(f)) return 5;
  if ((f === '`' || f === "'") && i + 1 < doc.length && doc.form[i + 1] === f && doc.start[i + 1] === doc.end[i]) {
    return f === '`' ? 1 : 3;
  }
  // the tokenizer keeps the second ' of an opening '' on a one-letter word ("''A pastor ...": "'" + "'A")
  if (f === "'" && i + 1 < doc.length && doc.start[i + 1] === doc.end[i] && doc.form[i + 1]!.length === 2 && doc.form[i + 1]!.charCodeAt(0) === 39 && (i === 0 || doc.start[i]! > doc.end[i - 1]!)) {
    return 1;
  }
  return 0;
}

export function findQuoteMarks(doc: Doc): QuoteMarks {
  const qa: number[] = [];
  const qb: number[] = [];
  let open = -1;
  let paraEnd = -1; // last token of the paragraph the pending quote is in
  let single = false; // the pending quote opened with a single curly mark
  for (let i = 0; i < doc.length; i++) {
    if (open >= 0 && doc.newlineBefore[i] === 2) {
      // A quote runs on into a new paragraph only when that paragraph reopens it.
      const k = markAt(doc, i);
      if (single || (k !== 1 && k !== 3)) {
        open = -1;
        single = false;
      } else paraEnd = i - 1;
    }
    let kind = markAt(doc, i);
    if (kind === 0) continue;
    // Single curly quotes: a quote of their own only outside double quotes; inside, they are nested.
    if (kind === 4 || kind === 5) {
      if (open >= 0 && !single) continue;
      if (kind === 4) {
        if (open < 0) {
          open = i;
          single = true;
          paraEnd = -1;
        }
      } else if (open >= 0) {
        qa.push(open);
        qb.push(i);
        open = -1;
        single = false;
      }
      continue;
    }
    if (single) {
      open = -1; // an unclosed single quote (an apostrophe) under a real quote mark
      single = false;
    }
    const double = doc.form[i] === '`' || doc.form[i] === "'";
    const last = double ? i + 1 : i;
    if (kind === 3) {
      const spaceBefore = i === 0 || doc.start[i]! > doc.end[i - 1]!;
      const spaceAfter = last + 1 >= doc.length || doc.start[last + 1]! > doc.end[last]!;
      if (spaceBefore && !spaceAfter) kind = 1;
      else if (!spaceBefore && spaceAfter) kind = 2;
      else kind = open >= 0 ? 2 : 1;
    }
    if (kind === 1) {
      if (open >= 0 && paraEnd >= open) {
        // An unclosed quote continued in a new paragraph: the earlier part ends with its paragraph.
        qa.push(open);
        qb.push(paraEnd);
      }
      open = i;
      paraEnd = -1;
    } else if (open >= 0) {
      if (last - open <= MAX_QUOTE_TOKENS) {
        qa.push(open);
        qb.push(last);
      }
      open = -1;
      paraEnd = -1;
    }
    i = last;
  }
  return { qa, qb };
}
