// The time stage: TIMEX3-style time expressions (type and normalised value) with exact offsets,
// relative expressions resolved against the story date (source.meta.date). A cheap Set lookup on
// each token gates the grammar, so sentences without a time word cost one lookup per token.
import type { Doc } from '../nlp/doc.js';
import type { TimeOut } from '../schema.js';
import type { Source } from '../source/types.js';
import { parseYmd, refOf } from './calendar.js';
import { datelineTime } from './dateline.js';
import { Grammar } from './grammar.js';
import { timeLexicon } from './lexicon.js';
import { Tokens } from './tokens.js';

const QUARTER_VALUE = /^\d{4}-Q[1-4]$/;

/** Time expressions with TIMEX3 type and value, resolved against the story date. */
export function findTimes(doc: Doc, source: Source): TimeOut[] {
  const lex = timeLexicon();
  const tokens = new Tokens(doc, lex);
  const grammar = new Grammar(tokens);
  grammar.dct = parseYmd(source.meta.date);
  const out: TimeOut[] = [];
  const header = datelineTime(source, lex, grammar.dct);
  if (header !== null) out.push(header);
  const lower = doc.lower;
  const gate = lex.gate;
  const gateWords = lex.gateWords;
  // Words of the gate that only continue an expression ("of" in "end of") start none: skip them.
  const first = grammar.startWords();
  for (let s = 0; s < doc.sentStart.length; s++) {
    const lo = doc.sentStart[s]!;
    const hi = doc.sentEnd[s]!;
    tokens.lo = lo;
    tokens.hi = hi;
    for (let i = lo; i < hi; i++) {
      const w = lower[i]!;
      // Words that only lead into an expression ("the", "last", "about") need a time word after them.
      const g = gateWords.may(w) ? gate.get(w) : undefined;
      if (g === undefined) {
        if (!tokens.loose(w)) continue;
      } else if (!(first.has(w) || tokens.loose(w)) || (g === 2 && !tokens.isStart(i + 1))) continue;
      const h = grammar.at(i);
      if (h === null) continue;
      if (tokens.inTitle(h.a, h.b)) {
        i = h.b - 1;
        continue;
      }
      const start = doc.start[h.a]!;
      const end = doc.end[h.b - 1]!;
      const t: TimeOut = { start, end, text: doc.text.slice(start, end), type: h.type, value: h.value };
      if (h.from !== undefined) {
        t.from = h.from;
        t.to = h.to ?? null;
      }
      out.push(t);
      if (h.type === 'DATE' || h.type === 'TIME') grammar.ref = refOf(h.value) ?? grammar.ref;
      // A quarter counted back ("a year ago", "the year-ago quarter") compares with the reference
      // quarter; it does not replace it, or the next "a year earlier" would step back twice.
      if (h.type === 'DATE' && h.value !== null && h.k !== 'g' && h.back !== true && QUARTER_VALUE.test(h.value)) grammar.quarterRef = h.value;
      grammar.lastEnd = h.b;
      i = h.b - 1;
    }
  }
  return out;
}
