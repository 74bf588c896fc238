// Predicates from POS alone: verb groups with auxiliaries, negation, particles, voice and modality,
// and their subject, object, prepositional and by-agent arguments. One left-to-right pass per sentence.
import type { Doc } from '../nlp/doc.js';
import {
  P_ADJ, P_ADP, P_ADV, P_AUX, P_CCONJ, P_DET, P_NOUN, P_NUM, P_PART, P_PRON, P_PROPN, P_PUNCT, P_SCONJ, P_VERB,
  capitalisedInName, isNomCore, npCanStart, npEnd, npHead, npStartBack, parenthesisBefore, qualifiedNumber,
} from './chunk.js';
import { lexicon } from './lexicon.js';
import type { Arg, Clause, Modality } from './types.js';

export function makeArg(doc: Doc, a: number, b: number): Arg {
  return { tokStart: a, tokEnd: b, head: npHead(doc, a, b), mentions: [], actors: [] };
}

function endsEd(s: string): boolean {
  return s.length > 3 && s.charCodeAt(s.length - 1) === 100 && s.charCodeAt(s.length - 2) === 101; // "ed"
}

/** Verb lemma of token i; an adjective participle ("informed") maps back to its verb when the cue lexicon knows it. */
export function verbLemma(doc: Doc, i: number): string {
  const lemma = doc.lemma[i]!;
  const w = doc.lower[i]!;
  if (doc.pos[i] === P_NOUN && w.endsWith('ing')) return ingCue(w) ?? lemma; // ", joking that ..." (see adjectiveTaggedCue)
  if (doc.pos[i] !== P_ADJ) return lemma;
  if (w.endsWith('ing')) return ingCue(w) ?? lemma;
  if (!endsEd(w)) return lemma;
  const verbs = lexicon().verbs;
  const stem = w.slice(0, -2);
  if (verbs.has(stem)) return stem;
  if (verbs.has(stem + 'e')) return stem + 'e';
  if (stem.length > 2 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && verbs.has(stem.slice(0, -1))) {
    return stem.slice(0, -1);
  }
  if (stem.endsWith('i') && verbs.has(stem.slice(0, -1) + 'y')) return stem.slice(0, -1) + 'y';
  return stem + 'e';
}

/** The cue verb of an -ing form ("promising" -> "promise", "admitting" -> "admit"), or undefined. */
function ingCue(w: string): string | undefined {
  const verbs = lexicon().verbs;
  const stem = w.slice(0, -3);
  if (verbs.has(stem)) return stem;
  if (verbs.has(stem + 'e')) return stem + 'e';
  if (stem.length > 2 && stem.charCodeAt(stem.length - 1) === stem.charCodeAt(stem.length - 2) && verbs.has(stem.slice(0, -1))) return stem.slice(0, -1);
  return undefined;
}

/**
 * A participle cue the tagger calls an adjective or a noun after a comma, with a clausal complement
 * after it (", promising to build a wall", ", warning that ...", ", joking that ..."): a verb. Not
 * before a noun (", promising young players").
 */
function adjectiveTaggedCue(doc: Doc, i: number, a: number, b: number): boolean {
  const w = doc.lower[i]!;
  if (i - 1 < a || i + 2 >= b || doc.form[i - 1] !== ',' || !w.endsWith('ing')) return false;
  const n = doc.lower[i + 1]!;
  if (!((n === 'to' && (doc.pos[i + 2] === P_VERB || doc.pos[i + 2] === P_AUX)) || (n === 'that' && doc.pos[i + 2] !== P_PUNCT))) return false;
  return ingCue(w) !== undefined;
}

function isNegator(doc: Doc, k: number): boolean {
  const lex = lexicon();
  return doc.lemma[k] === 'not' || lex.negators.has(doc.lower[k]!) || (k > 0 && (lex.negatorPairs.get(doc.lower[k - 1]!)?.has(doc.lower[k]!) ?? false));
}

/**
 * Subject NP before token k (inclusive end), skipping adverbs; null when there is none.
 * A relative pronoun is its own subject ("who said").
 */
export function subjectBefore(doc: Doc, k: number, lo: number): Arg | null {
  while (k >= lo && doc.pos[k] === P_ADV) k--;
  // a time phrase between the subject and its verb ("The council on Wednesday approved", "Officials
  // last week said") is no subject: the phrase before it is
  if (k - 1 >= lo && lexicon().timeNouns.has(doc.lower[k]!)) {
    let t = k - 1;
    if (doc.pos[t] === P_DET || doc.pos[t] === P_ADJ) t--;
    if (t >= lo && doc.pos[t] === P_ADP) t--;
    if (t >= lo && t < k - 1 && (doc.pos[t] === P_NOUN || doc.pos[t] === P_PROPN || doc.pos[t] === P_PRON)) k = t;
  }
  // a name's party or state label ("Sen. Jane Doe (D-Vt.) introduced"): the name before it is the subject,
  // unless that name is a preposition's object ("Foreign ministers of the Arab League (AL) issued": the
  // phrase is longer than a name, and the events stage finds its start)
  if (k - 2 >= lo && doc.form[k] === ')') {
    const t = parenthesisBefore(doc, k, lo);
    if (t < k && t >= lo && doc.pos[t] === P_PROPN) {
      const s = npStartBack(doc, t, lo);
      if (s - 1 >= lo && doc.pos[s - 1] === P_ADP) return null;
      k = t;
    }
  }
  if (k < lo) return null;
  if (doc.pos[k] === P_PRON || lexicon().relativePronouns.has(doc.lower[k]!)) {
    if (lexicon().possessives.has(doc.lower[k]!) && doc.lower[k] !== 'her') return null;
    return makeArg(doc, k, k + 1);
  }
  const s = npStartBack(doc, k, lo);
  return s <= k ? makeArg(doc, s, k + 1) : null;
}

/** How far back (tokens) a relative clause set off by commas is looked for. */
const RELATIVE_SPAN = 40;

/**
 * The subject before a non-restrictive relative clause that ends at the comma `comma` ("Egypt, which
 * has mediated between the parties, | urged"; "Smith, who led the inquiry, | said"): the noun phrase
 * before the comma that opens it with a relative pronoun (not 'that'), when no other comma comes between.
 */
function subjectBeforeRelative(doc: Doc, comma: number, lo: number): Arg | null {
  const rel = lexicon().relativePronouns;
  for (let r = comma - 1; r > lo && r >= comma - RELATIVE_SPAN; r--) {
    if (doc.form[r] !== ',') continue;
    const w = doc.lower[r + 1]!;
    if (w === 'that' || !rel.has(w) || r + 1 >= comma) return null;
    return subjectBefore(doc, r - 1, lo);
  }
  return null;
}

/**
 * A cue verb the tagger called a noun ("Polls show that ...", "New filings show it has ..."): a noun or
 * name right before it (its subject, not a determiner's noun) and a complement clause right after.
 */
function nounTaggedCue(doc: Doc, i: number, a: number, b: number): boolean {
  if (i - 1 < a || i + 1 >= b) return false;
  const lex = lexicon();
  const w = doc.lower[i]!;
  const clauseOnly = lex.nounTaggedClauseCues.has(w);
  const clausal = clauseOnly || lex.nounTaggedCues.has(w);
  const infinitive = lex.nounTaggedInfinitiveCues.has(w) && doc.lower[i + 1] === 'to' && i + 2 < b && (doc.pos[i + 2] === P_VERB || doc.pos[i + 2] === P_AUX);
  if (!clausal && !infinitive && !lex.nounTaggedObjectCues.has(w)) return false;
  const prev = doc.pos[i - 1]!;
  if (prev !== P_NOUN && prev !== P_PROPN) return false;
  // "Clinton plans to call ...", "Democrats plan to release ...": after a name or a plural, not a
  // compound's modifier ("the Clinton plans to ...")
  if (infinitive) return subjectLike(doc, i);
  if (lex.nounTaggedObjectCues.has(w) && nounTaggedObject(doc, i, b)) return true;
  if (!clausal) return false;
  // postposed: "..., new fundraising reports show.", also after a quotation ('"...," Smith notes.')
  if (i + 2 === b && doc.pos[i + 1] === P_PUNCT) {
    if (clauseOnly) return false;
    const st = npStartBack(doc, i - 1, a);
    if (st - 1 >= a && doc.form[st - 1] === ',') return true;
    return st - 2 >= a && (lex.quoteClose.has(doc.form[st - 1]!) || lex.quoteEither.has(doc.form[st - 1]!)) && (doc.form[st - 2] === ',' || doc.form[st - 2] === '?' || doc.form[st - 2] === '!');
  }
  if (i + 2 >= b) return false;
  const n = doc.pos[i + 1]!;
  if (doc.lower[i + 1] === 'that') {
    const m = doc.pos[i + 2]!;
    // "news reports that question ...": for a noun as often as a verb, only a subject that cannot
    // continue a relative clause ("reports that the", "reports that Hess") opens its complement
    if (clauseOnly && m !== P_DET && m !== P_PROPN && m !== P_PRON) return false;
    return n !== P_PUNCT && m !== P_AUX && m !== P_VERB && m !== P_PUNCT;
  }
  if (!npCanStart(doc, i + 1)) return false;
  let e = npEnd(doc, i + 1, b);
  if (e <= i + 1) return false;
  while (e < b && doc.pos[e] === P_ADV) e++;
  if (e >= b) return false;
  // an object with a participle after a cue of showing ("Polls show Sanders surging")
  if (doc.pos[e] === P_VERB && doc.lower[e]!.endsWith('ing')) return lex.objectPredicateCues.has(doc.lemma[i]!);
  return doc.pos[e] === P_AUX || doc.pos[e] === P_VERB;
}

/** The word before a cue the tagger called a noun at i can be its subject: a plural noun, or a name not after a determiner or possessive. */
function subjectLike(doc: Doc, i: number): boolean {
  const pw = doc.lower[i - 1]!;
  if (doc.pos[i - 1] === P_NOUN && (!pw.endsWith('s') || pw.endsWith('ss'))) return false;
  return !(i - 2 >= 0 && (doc.pos[i - 2] === P_DET || doc.pos[i - 2] === P_PART) && doc.pos[i - 1] === P_PROPN);
}

/**
 * An object after a cue the tagger called a noun ("Two-thirds support reducing ...", "recent polls show
 * Clinton with a lead", "Obama praises the deal."): the subject is a name or a plural noun (not a
 * compound's modifier: "the Clinton support"), and the object is a gerund or a noun phrase opened by
 * a determiner, a name, a number or an object pronoun that no verb continues (else it is a subject).
 */
function nounTaggedObject(doc: Doc, i: number, b: number): boolean {
  if (!subjectLike(doc, i)) return false;
  let k = i + 1;
  // a prepositional cue ("calls for", "points to", "talks about"): the object follows the preposition
  if (doc.pos[k] === P_ADP || doc.pos[k] === P_SCONJ) {
    if (k + 1 >= b || !lexicon().verbs.has(`${doc.lemma[i]}${' '}${doc.lower[k]}`)) return false;
    k++;
  }
  const n = doc.pos[k]!;
  if (n === P_VERB && doc.lower[k]!.endsWith('ing')) return true;
  // after a preposition any noun phrase; right after the cue only one no compound noun could continue
  if (k === i + 1 && n !== P_DET && n !== P_PROPN && n !== P_NUM && !(n === P_PRON && lexicon().objectPronouns.has(doc.lower[k]!))) return false;
  if (!npCanStart(doc, k)) return false;
  const e = npEnd(doc, k, b);
  if (e <= k) return false;
  if (e >= b) return true;
  const q = doc.pos[e]!;
  return q === P_PUNCT || q === P_ADP || q === P_CCONJ || q === P_SCONJ;
}

/** Can a token of this tag open a clause's subject (a determiner, a name, a noun, a pronoun)? */
function opensSubject(p: number): boolean {
  return p === P_DET || p === P_PROPN || p === P_NOUN || p === P_PRON;
}

/** Analyse sentence s, appending its clauses to `out`. */
export function sentenceClauses(doc: Doc, s: number, out: Clause[]): void {
  const lex = lexicon();
  const a = doc.sentStart[s]!;
  const b = doc.sentEnd[s]!;
  const pos = doc.pos;
  const lower = doc.lower;
  let pending: Modality = 'none';
  let pendingUntil = -1;
  let conditional = false;
  /** Whether the condition opened after a clause of its sentence (it then ends at ", and"). */
  let trailingCondition = false;
  const firstOfSentence = out.length;
  let i = a;
  while (i < b) {
    const p = pos[i]!;
    const w = lower[i]!;
    if (lex.conditionalGate.may(w) && lex.conditionals.has(w) && w !== 'whether') {
      conditional = true;
      trailingCondition = out.length > firstOfSentence;
    }
    // "threatened to use force if talks fail, and its chiefs met in Ghana": a condition that follows
    // its main clause ends where a comma and a conjunction open the next clause with a subject (a fronted one, "If
    // talks fail, X will act and Y will follow", governs the coordination after it).
    if (conditional && trailingCondition && w === ',' && i + 2 < b && pos[i + 1] === P_CCONJ && opensSubject(pos[i + 2]!)) conditional = false;
    if (((p !== P_AUX && p !== P_VERB) || capitalisedInName(doc, i, a)) && !(p === P_NOUN && (nounTaggedCue(doc, i, a, b) || adjectiveTaggedCue(doc, i, a, b))) && !(p === P_ADJ && adjectiveTaggedCue(doc, i, a, b))) {
      // "plans to", "readiness to", "ready to" whatever their tag: the next verb inherits the modality
      if (i + 2 < b && lower[i + 1] === 'to' && (pos[i + 2] === P_VERB || pos[i + 2] === P_AUX)) {
        const cat = lex.catenatives.get(doc.lemma[i]!) ?? (lex.intentNouns.has(lower[i]!) ? 'intent' : undefined);
        if (cat !== undefined) {
          pending = cat;
          pendingUntil = i + 4;
        }
      }
      if (p === P_PUNCT && lower[i] !== ',') conditional = false;
      i++;
      continue;
    }
    const gs = i;
    let j = i;
    let main = -1;
    let lastAux = -1;
    let be = -1;
    let negated = false;
    let modality: Modality = 'none';
    while (j < b) {
      const q = pos[j]!;
      if (q === P_AUX) {
        lastAux = j;
        const lem = doc.lemma[j]!;
        if (lex.passiveAuxiliaries.has(lem)) be = j;
        const m = lex.auxiliaries.get(lower[j]!) ?? lex.auxiliaries.get(lem);
        if (m !== undefined && modality === 'none') modality = m;
        j++;
        continue;
      }
      if (q === P_PART && doc.lemma[j] === 'not') {
        negated = true;
        j++;
        continue;
      }
      if (q === P_ADV && j + 1 < b && (pos[j + 1] === P_AUX || pos[j + 1] === P_VERB || pos[j + 1] === P_ADV || pos[j + 1] === P_PART)) {
        if (isNegator(doc, j)) negated = true;
        j++;
        continue;
      }
      if (q === P_VERB) {
        main = j;
        j++;
        break;
      }
      if (q === P_ADJ && be >= 0 && be === lastAux && endsEd(lower[j]!)) {
        main = j;
        j++;
        break;
      }
      break;
    }
    if (main < 0) main = lastAux >= 0 ? lastAux : gs;
    if (j <= gs) j = gs + 1;
    let lemma = verbLemma(doc, main);
    // Particle or cue preposition ("pointed out", "called for", "is going on").
    // (the tagger may call a preposition before a gerund a subordinator: "called for ending the ban")
    if (j < b && (pos[j] === P_ADP || pos[j] === P_PART || pos[j] === P_ADV || pos[j] === P_NOUN || (pos[j] === P_SCONJ && !lex.complementizers.has(lower[j]!) && j + 1 < b && gerundAt(doc, j + 1)))) {
      // Multi-word cue keys start with the lemma: build "lemma w" only when some key does.
      const keyed = lex.verbPrefixes.has(lemma);
      const two = keyed ? lemma + ' ' + lower[j]! : '';
      const three = keyed && j + 1 < b && lex.verbPrefixes.has(two) ? two + ' ' + lower[j + 1]! : '';
      if (three !== '' && lex.verbs.has(three)) {
        lemma = three;
        j += 2;
      } else if (pos[j] !== P_NOUN && ((keyed && lex.verbs.has(two)) || (pos[j] !== P_SCONJ && lex.particles.has(lower[j]!) && (j + 1 >= b || (!npCanStart(doc, j + 1) && !gerundAt(doc, j + 1)))))) {
        lemma = keyed ? two : lemma + ' ' + lower[j]!;
        j++;
      }
    }
    // Negators just before the group ("never targeted", "no longer holds").
    if (gs - 1 >= a && isNegator(doc, gs - 1)) negated = true;
    if (modality === 'none' && pending !== 'none' && gs <= pendingUntil) modality = pending;
    if (modality === 'none' && conditional) modality = 'hypothetical';
    pending = 'none';
    // Catenatives hand their modality to the verb after "to": "plans to visit", "is ready to help".
    let t = j;
    if (t < b && pos[t] === P_ADJ && lex.catenatives.has(lower[t]!)) t++;
    if (t < b && lower[t] === 'to' && t + 1 < b) {
      const cat = lex.catenatives.get(t > j ? lower[j]! : doc.lemma[main]!);
      if (cat !== undefined) {
        pending = cat;
        pendingUntil = t + 3;
      }
    }
    // Subject: the NP just before the group, or the previous clause's subject across "and".
    let subject = subjectBefore(doc, gs - 1, a);
    let passive = be >= 0 && main !== be && main > be && !lower[main]!.endsWith('ing') && !perfectS(doc, be, main, a, b);
    let sharedPassive: Clause | null = null;
    if (subject === null) {
      let k = gs - 1;
      while (k >= a && pos[k] === P_ADV) k--;
      // "Egypt, which has mediated between the parties, urged ...": the subject before a relative
      // clause set off by commas.
      if (k > a && doc.form[k] === ',') subject = subjectBeforeRelative(doc, k, a);
      if (subject === null && k >= a && pos[k] === P_CCONJ && out.length > firstOfSentence) {
        // "X said that ..., and outlined ...": after a comma the conjunct shares the main clause's subject
        const first = k - 1 >= a && doc.form[k - 1] === ',' ? firstWithSubject(out, firstOfSentence) : null;
        subject = first ?? out[out.length - 1]!.subject;
        // "were arrested and charged", "were killed or wounded": a bare participle joined to a passive
        // shares its auxiliary, so it is passive too and its subject is its patient.
        const prev = out[out.length - 1]!;
        if (first === null && prev.voice === 'passive' && main === gs && k === prev.tokEnd && bareParticiple(doc, main, j, b)) {
          passive = true;
          sharedPassive = prev;
        }
      }
    }
    // A negative subject negates its clause: "No troops were injured", "Nobody claimed the attack".
    if (subject !== null && subject.tokStart < gs && lex.negativeSubjects.has(lower[subject.tokStart]!)) negated = true;
    // Object and prepositional arguments.
    let k = j;
    while (k < b && pos[k] === P_ADV) k++;
    let object: Arg | null = null;
    const counted = k < b ? qualifiedNumber(doc, k, b) : -1;
    if (counted > k) {
      // "killed at least 12 people": the qualifier opens the object.
      const e = npEnd(doc, counted, b);
      object = makeArg(doc, k, e);
      k = e;
    } else if (k < b && !lex.complementizers.has(lower[k]!) && npCanStart(doc, k) && pos[k] !== P_ADV) {
      const e = npEnd(doc, k, b);
      if (e > k && !(e === k + 1 && pos[k] === P_PRON && e < b && (pos[e] === P_AUX || pos[e] === P_VERB))) {
        object = makeArg(doc, k, e);
        k = e;
      }
    }
    const preps: { prep: string; arg: Arg }[] = [];
    let agent: Arg | null = null;
    while (k + 1 < b && pos[k] === P_ADP && !(lower[k] === 'to' && pos[k + 1] === P_VERB)) {
      const e = npEnd(doc, k + 1, b);
      if (e <= k + 1) break;
      const arg = makeArg(doc, k + 1, e);
      if (passive && lower[k] === 'by' && agent === null) agent = arg;
      else preps.push({ prep: lower[k]!, arg });
      k = e;
      while (k < b && pos[k] === P_ADV) k++;
    }
    // The two verbs share a by-agent written once ("were killed by X or wounded", "were killed or wounded by X").
    if (sharedPassive !== null) {
      if (agent === null) agent = sharedPassive.agent;
      else if (sharedPassive.agent === null) sharedPassive.agent = agent;
    }
    const tokStart = subject !== null && subject.tokStart < gs ? subject.tokStart : gs;
    out.push({
      sentence: s,
      pred: main,
      predStart: gs,
      predEnd: j,
      lemma,
      subject,
      object,
      preps,
      voice: passive ? 'passive' : 'active',
      agent,
      negated,
      modality,
      frame: -1,
      tokStart,
      tokEnd: Math.max(k, j),
    });
    i = j;
  }
}

/**
 * A past participle at `v` standing alone after a conjunction ("and charged with", "or wounded"): not an
 * -ing or -s form, and no object after it (the verbs of "were deployed and opened fire" are two clauses).
 */
function bareParticiple(doc: Doc, v: number, after: number, b: number): boolean {
  const w = doc.lower[v]!;
  if (doc.pos[v] !== P_VERB || w.endsWith('ing') || (w.endsWith('s') && !w.endsWith('ss')) || w === doc.lemma[v]) return false;
  let k = after;
  while (k < b && doc.pos[k] === P_ADV) k++;
  if (k >= b) return true;
  // "... and said, “...”", "and joked:": a cue verb joined to a passive is a new report unless a
  // preposition follows it ("were arrested and accused of spying").
  if (lexicon().verbs.has(doc.lemma[v]!) && doc.pos[k] !== P_ADP) return false;
  // "was asked and declined to comment", "was contacted and said that ...": an active verb with a complement.
  if (doc.lower[k] === 'to' && k + 1 < b && (doc.pos[k + 1] === P_VERB || doc.pos[k + 1] === P_AUX)) return false;
  if (lexicon().complementizers.has(doc.lower[k]!) || lexicon().quoteOpen.has(doc.form[k]!) || lexicon().quoteEither.has(doc.form[k]!) || doc.form[k] === ':') return false;
  return !npCanStart(doc, k);
}

/** A gerund at k: a preposition before it heads a phrase ("said in making his announcement"), it is no particle. */
function gerundAt(doc: Doc, k: number): boolean {
  return doc.pos[k] === P_VERB && doc.lower[k]!.endsWith('ing');
}

/**
 * "He's said he will run", "she's told reporters that": a contracted "'s" before a cue verb's
 * participle is "has", not "is", unless an expletive subject or a passive's companion follows or
 * precedes ("It's said that", "he's expected to", "is seen as", "accused of", "criticized by").
 */
function perfectS(doc: Doc, be: number, main: number, a: number, b: number): boolean {
  const w = doc.lower[be]!;
  if (w !== "'s" && w !== '’s') return false;
  const lex = lexicon();
  const lemma = doc.lemma[main]!;
  if (!lex.verbs.has(lemma) || lex.perceptionPassives.has(lemma)) return false;
  if (be - 1 >= a && lex.expletiveSubjects.has(doc.lower[be - 1]!)) return false;
  const next = main + 1 < b ? doc.lower[main + 1]! : '';
  return !lex.passiveCompanions.has(next) && next !== '.' && next !== ',';
}

function firstWithSubject(out: Clause[], from: number): Arg | null {
  for (let i = from; i < out.length; i++) if (out[i]!.subject !== null) return out[i]!.subject;
  return null;
}

/** True for a token that is a finite verb group start after an NP ("said [the vote] was"). */
export function startsVerbGroup(doc: Doc, k: number, b: number): boolean {
  while (k < b && doc.pos[k] === P_ADV) k++;
  return k < b && (doc.pos[k] === P_AUX || (doc.pos[k] === P_VERB && !doc.lower[k]!.endsWith('ing')));
}

export { isNomCore, P_PRON };
