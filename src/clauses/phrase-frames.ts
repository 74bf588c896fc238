// Reporting frames cued by phrases rather than verbs: "according to X", nominal cues ("his warning
// that", "support for"), predicative adjectives ("critical of", "confident that") and headline
// attributions ("Sanders: ...").
import type { Doc } from '../nlp/doc.js';
import { P_ADP, P_AUX, P_CCONJ, P_ADV, P_NOUN, P_PART, P_PRON, P_PROPN, P_PUNCT, P_VERB, npEnd, npStartBack } from './chunk.js';
import type { Ctx } from './frame-ctx.js';
import { contentEnd, frame, isComma, isQuoteTok } from './frame-ctx.js';
import { lexicon } from './lexicon.js';
import { makeArg } from './predicates.js';
import type { Arg } from './types.js';

/** "according to X, ..." and "..., according to X." */
export function accordingFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a; k + 2 < b; k++) {
    if (doc.lower[k] !== 'according' || doc.lower[k + 1] !== 'to') continue;
    const e = npEnd(doc, k + 2, b);
    if (e <= k + 2) continue;
    const speaker = makeArg(doc, k + 2, e);
    let first = a;
    while (first < k && (doc.pos[first] === P_CCONJ || doc.pos[first] === P_ADV)) first++;
    if (first === k) {
      let ca = e;
      if (ca < b && isComma(doc, ca)) ca++;
      frame(ctx, s, speaker, k, k + 2, ca, contentEnd(ctx, ca, b), false, 'asserted', false);
    } else {
      let cb = k;
      while (cb > a && doc.pos[cb - 1] === P_PUNCT && !isQuoteTok(ctx, cb - 1)) cb--;
      if (e < b && isComma(doc, e) && e + 2 < b) cb = contentEnd(ctx, e + 1, b); // "X, according to Y, is ..."
      frame(ctx, s, speaker, k, k + 2, a, cb, false, 'asserted', false);
    }
    k = e;
  }
}

/** Nominal cues with a complement: "his warning that ...", "Azerbaijan's readiness to ...". */
export function nounFrames(ctx: Ctx, s: number): void {
  const doc = ctx.doc;
  const lex = lexicon();
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  for (let k = a + 1; k + 2 < b; k++) {
    if (doc.pos[k] !== P_NOUN) continue;
    const stance = lex.nouns.get(doc.lemma[k]!) ?? lex.nouns.get(doc.lower[k]!);
    if (stance === undefined) continue;
    const n = doc.lower[k + 1]!;
    const isThat = n === 'that' && k + 2 < b && (doc.pos[k + 2] !== P_AUX && doc.pos[k + 2] !== P_VERB);
    const isTo = n === 'to' && (doc.pos[k + 2] === P_VERB || doc.pos[k + 2] === P_AUX);
    if (!isThat && !isTo) continue;
    // the possessor: "his", "Azerbaijan's"
    let speaker: Arg | null = null;
    let p = k - 1;
    while (p >= a && (doc.pos[p] === P_NOUN || doc.pos[p] === P_PROPN ? false : doc.pos[p] === P_PART ? false : doc.pos[p] !== P_PUNCT && doc.pos[p] !== P_PRON && doc.pos[p] !== P_VERB && doc.pos[p] !== P_AUX && doc.pos[p] !== P_ADP)) p--;
    if (p >= a && doc.pos[p] === P_PRON && lex.possessives.has(doc.lower[p]!)) speaker = makeArg(doc, p, p + 1);
    else if (p >= a && doc.pos[p] === P_PART && p - 1 >= a) {
      const st = npStartBack(doc, p - 1, a);
      if (st <= p - 1) speaker = makeArg(doc, st, p);
    }
    if (speaker === null) continue;
    frame(ctx, s, speaker, k, k + 1, k + 1, contentEnd(ctx, k + 1, b), false, stance, false);
  }
}
