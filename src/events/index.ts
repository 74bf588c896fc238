// Events stage: CAMEO/PLOVER-coded, attributed events from verb patterns and noun triggers.
// Arguments come from the clause stage where it has a clause for the trigger, else from a shallow
// local search (src/events/phrases.ts); attribution from the innermost reporting frame.
import type { ActorLayer } from '../actors/types.js';
import type { ClauseLayer } from '../clauses/types.js';
import type { Mention } from '../mentions/types.js';
import type { Doc } from '../nlp/doc.js';
import type { PlaceLayer } from '../place/types.js';
import type { TextSpan, TimeOut } from '../schema.js';
import type { Source } from '../source/types.js';
import { analyseSentence, Ctx, documentPhrase, namesPeople, type Analysis } from './analyse.js';
import { codeInfo } from './codes.js';
import { fallbackFrames, frameOf, framesFromClauses, isAttribution, type EventFrame } from './frames.js';
import { findTriggers, type Trigger } from './match.js';
import { POS } from '../nlp/doc.js';
import { groupInfo } from './phrases.js';
import { composeCode, eventLexicon, type Rules } from './lexicon.js';
import type { Event } from './types.js';
import { wordSet } from '../kb/words.js';
import { uint8s } from '../slab.js';
import { parseYmd, periodHolds, type Ymd } from '../time/calendar.js';
import { timeLexicon } from '../time/lexicon.js';

/** Everything the event coder may read: the outputs of all earlier stages. */
export interface EventContext {
  source: Source;
  doc: Doc;
  mentions: readonly Mention[];
  actors: ActorLayer;
  clauses: ClauseLayer;
  times: readonly TimeOut[];
  places: PlaceLayer;
}

// A day: a DATE value, or the day of a TIME value ('2023-09-24TNI', '2023-09-26T10:35').
const FULL_DATE = /^\d{4}-\d{2}-\d{2}(?:$|T)/;

/**
 * Is the time expression at characters [start, end) an adverbial fronted before the clause that
 * starts at token e ("On Monday, police arrested", "Last week Israeli troops raided")? Only
 * prepositions, adverbs, conjunctions and punctuation before it in the sentence (from token s), and
 * no verb between it and the clause (in "On Monday, the ministry said police had arrested" the
 * time is the saying's).
 */
function fronted(doc: Doc, s: number, e: number, start: number, end: number): boolean {
  let k = s;
  for (; k < e && doc.start[k]! < start; k++) {
    const p = doc.pos[k]!;
    if (p !== POS.ADP && p !== POS.ADV && p !== POS.CCONJ && p !== POS.PUNCT) return false;
  }
  if (k >= e || doc.start[k] !== start) return false;
  while (k < e && doc.end[k]! <= end) k++;
  // "Last year's results were hit": a possessor, not an adverbial.
  if (e - k > 8 || doc.lower[k] === "'s") return false;
  for (; k < e; k++) if (doc.pos[k] === POS.VERB || doc.pos[k] === POS.AUX) return false;
  return true;
}

/**
 * Does the time expression at characters [start, end) (inside tokens a..b) fail to say when the act of
 * the trigger (tokens ta..tb) happened? A bound of a state ("until 1973", "since October"), or a
 * date modifying another noun ("a lawsuit over its 2018 act", "the 2016 election"; but "the 2016
 * arrest", "a 2015 meeting" date the trigger itself).
 */
function notWhen(doc: Doc, a: number, b: number, start: number, end: number, ta: number, tb: number): boolean {
  let k = a;
  while (k < b && doc.start[k]! < start) k++;
  if (k >= b || doc.start[k] !== start) return false;
  if (k > a && timeLexicon().boundBefore.has(doc.lower[k - 1]!)) return true;
  // A modifier stands between a determiner or possessor and its noun ("its 2018 act").
  const before = k > a ? doc.pos[k - 1]! : POS.X;
  if (before !== POS.DET && before !== POS.PRON && doc.lower[k - 1] !== "'s") return false;
  let j = k;
  while (j < b && doc.end[j]! <= end) j++;
  if (j >= b) return false;
  const next = doc.pos[j]!;
  if (next !== POS.NOUN && next !== POS.PROPN && next !== POS.ADJ) return false;
  // A modifier: it dates the noun phrase it stands in, which must hold the trigger.
  return !(ta >= j && tb <= j + 4);
}

/** Events stage: CAMEO/PLOVER-coded, attributed events from clauses and nominal triggers. */
export function codeEvents(ctx: EventContext): Event[] {
  const lex = eventLexicon();
  const { doc } = ctx;
  const c = new Ctx(ctx, lex);
  const nSent = doc.sentStart.length;
  const triggers: Trigger[][] = new Array(nSent);
  const isTrigger = uint8s(doc.length);
  for (let si = 0; si < nSent; si++) {
    const s = doc.sentStart[si]!;
    const e = doc.sentEnd[si]!;
    triggers[si] = e > s ? findTriggers(doc, s, e, lex).filter((t) => t.kind !== 'noun' || !c.insideName(t.tokStart, t.tokEnd)) : [];
    for (const t of triggers[si]!) isTrigger[t.anchor] = 1;
  }
  const all =
    ctx.clauses.clauses.length > 0 || ctx.clauses.frames.length > 0
      ? framesFromClauses(doc, ctx.clauses)
      : fallbackFrames(doc, lex.rules, (ph) => c.actorsOf(ph)[0] ?? -1);
  const frames = all.filter((f) => isAttribution(doc, f, isTrigger));
  const storyDate = ctx.source.meta.date;
  const storyDay = parseYmd(storyDate);
  const out: Event[] = [];
  for (let si = 0; si < nSent; si++) {
    const s = doc.sentStart[si]!;
    const e = doc.sentEnd[si]!;
    const list = refine(c, analyseSentence(c, triggers[si]!, s, e), s);
    for (const a of list) {
      const f = denialFrame(c, a, e);
      if (f !== null) frames.push(f);
    }
    // In the first sentence nothing has been reported before: an act named only in a time or
    // circumstance adjunct ("dies in prison after torture"), naming no agent there, is its one event.
    const lead = si === 0 && list.length > 0 && list.every((x) => x.background) && list[0]!.source === null ? list[0] : undefined;
    for (const a of list) {
      if (a.background && a !== lead) {
        // Not coded again, but it tells who the conflict is against ("following the operation against X").
        const t = a.targetActors[0];
        if (conflictRoot(a.code) && t !== undefined && armed(c.ctx.actors.actors[t]?.sector)) c.conflictParty = t;
        continue;
      }
      const ev = toEvent(c, a, si, frames, storyDate, storyDay);
      if (ev !== null && !toldBefore(out, ev)) out.push(ev);
    }
  }
  return out;
}

/**
 * "Riot police used water cannon and tear gas to disperse the protesters": two triggers of one sentence
 * that give the same code, actors, realis, date and speaker are one event told twice, coded once.
 */
function toldBefore(out: readonly Event[], ev: Event): boolean {
  for (let k = out.length - 1; k >= 0 && out[k]!.sentence === ev.sentence; k--) {
    const o = out[k]!;
    if (o.cameo !== ev.cameo || o.realis !== ev.realis || o.date !== ev.date) continue;
    if ((o.attribution?.speaker ?? -1) !== (ev.attribution?.speaker ?? -1)) continue;
    if (sameActors(o.source, ev.source, o.source_span, ev.source_span) && sameActors(o.target, ev.target, o.target_span, ev.target_span)) return true;
  }
  return false;
}

/** The same actors; with none, the same phrase ("killed nine people and injured 44 others" are two). */
function sameActors(a: readonly number[], b: readonly number[], pa: TextSpan | null | undefined, pb: TextSpan | null | undefined): boolean {
  if (a.length !== b.length) return false;
  if (a.length === 0) return (pa?.start ?? -1) === (pb?.start ?? -1);
  for (const x of a) if (!b.includes(x)) return false;
  return true;
}

/**
 * "rejected claims that X ...", "denied reports that ...", "accused Y of ... saying that": a
 * denial (016, 12) or accusation (11) whose object noun takes a that-clause frames that clause as
 * the actor's claim (stance denied for denials), when the clause stage has no frame for it.
 */
function denialFrame(c: Ctx, a: Analysis, e: number): EventFrame | null {
  const doc = c.doc;
  const code = a.code;
  const denial = code === '016' || code.startsWith('12');
  if (a.trigger.kind !== 'verb' || !(denial || code.startsWith('11'))) return null;
  // "The RSF denied targeting civilians": a denied gerund is the denier's own act, which it denies.
  const g = a.trigger.tokEnd;
  // (wink tags some such gerunds as nouns: "denied beating the protesters")
  const gerund = doc.pos[g] === POS.VERB || (doc.pos[g] === POS.NOUN && g + 1 < e && (doc.pos[g + 1] === POS.DET || doc.pos[g + 1] === POS.PRON));
  if (code === '016' && g + 1 < e && gerund && (doc.lower[g]!.endsWith('ing') || doc.lower[g] === 'having')) {
    let last = g + 1;
    while (last < e && !clauseBreak(doc, last, e)) last++;
    const cue = { start: doc.start[a.trigger.anchor]!, end: doc.end[a.trigger.tokEnd - 1]!, text: doc.text.slice(doc.start[a.trigger.anchor]!, doc.end[a.trigger.tokEnd - 1]!) };
    return {
      start: doc.start[g]!,
      end: doc.end[last - 1]!,
      speakerActor: a.sourceActors[0] ?? -1,
      speakerPhrase: a.source,
      cue,
      cueStart: a.trigger.anchor,
      cueEnd: a.trigger.tokEnd,
      stance: 'denied',
      parent: -1,
      contentTok: g,
      direct: false,
    };
  }
  for (let t = a.trigger.tokEnd; t < Math.min(e, a.trigger.tokEnd + 6); t++) {
    if (doc.pos[t] === POS.PUNCT) return null;
    if (doc.lower[t] !== 'that' || doc.pos[t - 1] !== POS.NOUN) continue;
    const last = doc.pos[e - 1] === POS.PUNCT ? e - 1 : e;
    if (last <= t + 1) return null;
    const cue = { start: doc.start[a.trigger.anchor]!, end: doc.end[t - 1]!, text: doc.text.slice(doc.start[a.trigger.anchor]!, doc.end[t - 1]!) };
    return {
      start: doc.start[t + 1]!,
      end: doc.end[last - 1]!,
      speakerActor: a.sourceActors[0] ?? -1,
      speakerPhrase: a.source,
      cue,
      cueStart: a.trigger.anchor,
      cueEnd: t,
      stance: denial ? 'denied' : 'asserted',
      parent: -1,
      contentTok: t + 1,
      direct: false,
    };
  }
  return null;
}

/** Does a new clause start at token t: a final stop, or 'and'/'but'/a comma/a semicolon before a finite verb ("denied X and accused Y")? */
function clauseBreak(doc: Doc, t: number, e: number): boolean {
  if (doc.pos[t] === POS.PUNCT && (doc.form[t] === '.' || doc.form[t] === ';')) return true;
  const w = doc.lower[t]!;
  if (w !== 'and' && w !== 'but' && w !== ',') return false;
  const n = t + 1 < e ? t + 1 : -1;
  return n >= 0 && (doc.pos[n] === POS.AUX || (doc.pos[n] === POS.VERB && !doc.lower[n]!.endsWith('ing')));
}

/** Is the cue at k a noun with a named possessor ("NATO's decision")? */
function possessedCue(doc: Doc, k: number): boolean {
  return k > 0 && (doc.lower[k - 1] === "'s" || doc.lower[k - 1] === '’s');
}

/**
 * Is the act at `a` the head of the 'to'-infinitive a frame's content opens with ("plans to impose
 * sanctions"), or a noun in that verb's object ("plans to hold talks with X")? Not an act further on,
 * which may have an agent of its own ("tried to pressure Ukraine to launch an investigation", "to block
 * the USDA from seeking more").
 */
function infinitiveHead(doc: Doc, f: EventFrame, a: Analysis): boolean {
  let k = f.contentTok;
  if (k < 0 || k >= doc.length) return false;
  if (doc.lower[k] !== 'to') {
    if (k === 0 || doc.lower[k - 1] !== 'to') return false;
    k--;
  }
  let v = k + 1;
  while (v < doc.length && (doc.pos[v] === POS.ADV || doc.pos[v] === POS.PART)) v++;
  if (v >= doc.length || (doc.pos[v] !== POS.VERB && doc.pos[v] !== POS.AUX)) return false;
  const at = a.trigger.anchor;
  if (at === v) return true;
  if (a.trigger.kind !== 'noun' || at < v || at - v > 6) return false;
  for (let t = v + 1; t < at; t++) {
    const p = doc.pos[t]!;
    if (p === POS.VERB || p === POS.AUX || p === POS.PUNCT || p === POS.CCONJ || p === POS.SCONJ || p === POS.PRON || (p === POS.ADP && doc.lower[t] !== 'of')) return false;
  }
  return true;
}

const WITHHELD_CUES = wordSet('withheld_report_cues');
const REFUSALS = wordSet('refusal_verbs');
const PRESUPPOSING_WH = wordSet('presupposing_wh_words');
const REPORT_COMPLEMENTIZERS = wordSet('report_complementizers');

/** Is the reporting verb at token v withheld: negated ("did not say", "has not commented") or refused ("declined to say")? */
function withheldAt(c: Ctx, v: number): boolean {
  const doc = c.doc;
  if (!WITHHELD_CUES.has(doc.lemma[v]!)) return false;
  if (v >= 2 && doc.lower[v - 1] === 'to' && REFUSALS.has(doc.lemma[v - 2]!)) return true;
  return c.clauseOf(v)?.negated === true;
}

/**
 * Does an adverbial clause open in [a, b) ("declined to comment because the talks will be held ..."): a
 * subordinator other than the complementizers of a report, whose clause is the story's, not withheld.
 */
function reasonBefore(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (doc.pos[t] === POS.SCONJ && !REPORT_COMPLEMENTIZERS.has(doc.lower[t]!)) return true;
  return false;
}

/**
 * "Israeli airstrikes killed 22 people, the health ministry said, as Israel expanded its ground
 * operation": is token t in a clause that rules.json reporterAsides opens right after a reporting
 * clause that follows its content? That clause is the reporter's, not the speaker's.
 */
function reporterAside(doc: Doc, rules: Rules, f: EventFrame, t: number): boolean {
  if (f.contentTok >= f.cueStart || t <= f.cueEnd) return false;
  let k = f.cueEnd;
  while (k < t && doc.pos[k] === POS.PUNCT && doc.form[k] === ',') k++;
  return k < t && k > f.cueEnd && rules.reporterAsides.has(doc.lower[k]!);
}

/** Does token range [a, b) hold a withheld reporting verb? */
function withheldIn(c: Ctx, a: number, b: number): boolean {
  for (let t = a; t < b; t++) if (withheldAt(c, t)) return true;
  return false;
}

function toEvent(c: Ctx, a: Analysis, si: number, frames: readonly EventFrame[], storyDate: string | null, storyDay: Ymd | null): Event | null {
  const doc = c.doc;
  const rules = c.lex.rules;
  const trigStart = doc.start[a.trigger.tokStart]!;
  const trigEnd = doc.end[a.trigger.tokEnd - 1]!;
  let fi = frameOf(frames, trigStart, a.trigger.anchor);
  if (fi >= 0 && reporterAside(doc, rules, frames[fi]!, a.trigger.anchor)) fi = -1;
  // "did not comment on the aid shipments", "declined to say whether it would send troops": what a
  // withheld report is about is claimed by no one, the story included.
  if (fi >= 0 && withheldIn(c, frames[fi]!.cueStart, frames[fi]!.cueEnd) && !reasonBefore(doc, frames[fi]!.contentTok, a.trigger.anchor)) {
    // ("did not say how many soldiers were killed": a wh-clause other than 'whether' is given, told by the story)
    const k = frames[fi]!.contentTok;
    if (!(PRESUPPOSING_WH.has(doc.lower[k]!) || (k > 0 && PRESUPPOSING_WH.has(doc.lower[k - 1]!)))) return null;
    fi = -1;
  }
  if (fi < 0 && a.trigger.kind === 'verb') fi = coordinatedContent(c, a, frames);
  if (fi >= 0) fi = holderOrReporter(doc, frames, fi);
  const f = fi >= 0 ? frames[fi]! : null;
  let realis = a.realis;
  if (f !== null && f.stance === 'denied' && realis === 'actual') realis = 'negated';
  if (realis === 'actual') realis = questioned(doc, si, a.trigger.anchor, rules) ?? realis;
  let source = a.sourceActors;
  let target = a.targetActors;
  let sourcePhrase = a.source;
  let targetPhrase = a.target;
  let code = a.code;
  let own = false;
  // "refused to comment on the strikes on Gaza": a refusal to comment is not aimed at its topic.
  if (targetPhrase !== null && doc.lower[targetPhrase.tokStart - 1] !== 'to' && a.trigger.kind === 'verb' && withheldIn(c, a.trigger.tokStart, a.trigger.tokEnd)) {
    target = [];
    targetPhrase = null;
  }
  // A pronoun subject inside someone's account is usually the speaker ("Lebanon says it will ..."), but
  // not 'he', 'she' or 'they' inside a direct quotation ('Police spokesman X said: "He fired a shot"').
  if (source.length === 0 && f !== null && sourcePhrase !== null && f.speakerPhrase !== null && selfPronoun(doc, sourcePhrase) && !(f.direct && QUOTED_OTHER.has(doc.lower[sourcePhrase.tokStart]!))) {
    sourcePhrase = f.speakerPhrase;
    if (f.speakerActor >= 0) source = [f.speakerActor];
    own = true;
  }
  // "The United States said it was following the case and urged X to ...": a pronoun that opens a report's
  // content stands for the speaker, also as the subject of a verb coordinated with the content's, which the
  // story may tell as the speaker's own act (outside the report).
  if (source.length === 0 && f === null && sourcePhrase !== null && selfPronoun(doc, sourcePhrase) && !QUOTED_OTHER.has(doc.lower[sourcePhrase.tokStart]!)) {
    const opened = frames.find((o) => o.contentTok === sourcePhrase!.tokStart && !o.direct && o.speakerActor >= 0);
    if (opened !== undefined) {
      sourcePhrase = opened.speakerPhrase ?? sourcePhrase;
      source = [opened.speakerActor];
    }
  }
  // So is a pronoun target ("they attacked us, the minister said"; the reverse of "I met X" in X's account).
  if (target.length === 0 && f !== null && targetPhrase !== null && f.speakerActor >= 0 && !source.includes(f.speakerActor) && targetPhrase.tokEnd - targetPhrase.tokStart === 1 && SPEAKER.has(doc.lower[targetPhrase.tokStart]!)) {
    target = [f.speakerActor];
    targetPhrase = f.speakerPhrase;
  }
  // "Washington announced plans to slap tariffs on Japan", "Iran intends to expand talks with X": an
  // act in the infinitive of an intention names no subject of its own; the one who intends is its agent.
  // (Not a possessor's intention welcomed or reported by someone else, "welcomed NATO's decision to send
  // trainers": the dev gold codes only the welcoming there, and a source on the act cost ConfliBERT
  // source F1 0.825 -> 0.824.)
  if (source.length === 0 && sourcePhrase === null && f !== null && f.stance === 'intent' && f.speakerActor >= 0 && !possessedCue(doc, f.cueStart) && infinitiveHead(doc, f, a)) {
    source = [f.speakerActor];
    sourcePhrase = f.speakerPhrase;
    own = true;
  }
  if (f !== null) {
    if (f.speakerActor >= 0 && source.includes(f.speakerActor)) own = true;
    // "the rebels claimed that they had attacked the base": the speaker claims its own act (015).
    const claimed = rules.responsibilityCues.get(doc.lemma[f.cueStart]!);
    if (claimed !== undefined && own && conflictRoot(code)) code = claimed;
    // "X said Y must withdraw": an obligation the speaker puts on someone else is the speaker's demand
    // (must: 10) or appeal (should: 02) to them, of the act it names.
    // So is an act in what someone recommends, urges or orders ("recommended the troops withdraw").
    // (An appeal asked for, "proposed that the companies ask the ministry to ...", stays the asker's own.)
    const directive = directiveOf(doc, f, a, rules);
    const asked = directive !== undefined && !rules.thatGovernors.has(code.slice(0, 2)) ? directive : undefined;
    const gov = own || a.passiveNoAgent || realis === 'negated' ? undefined : obligation(doc, a, rules) ?? asked;
    if (gov !== undefined && a.source !== null && (f.speakerActor >= 0 || f.speakerPhrase !== null)) {
      code = composeCode(rules, gov + '0', code) ?? gov + '0';
      target = source;
      targetPhrase = a.source;
      source = f.speakerActor >= 0 ? [f.speakerActor] : [];
      sourcePhrase = f.speakerPhrase;
      realis = 'actual';
    } else if (directive !== undefined && realis === 'actual') realis = 'hypothetical';
  }
  // "to prevent the spread of the virus": preventing is a political act only when done to an actor or
  // to an act ("police prevented the demonstration").
  if (a.trigger.kind === 'verb' && target.length === 0 && code === a.trigger.code && rules.actorPatientVerbs.has(doc.lemma[a.trigger.anchor]!) && !eventObject(c, a)) return null;
  const info = codeInfo(code);
  if (info === null) return null;
  // "the torture to which he was subjected", "saying it will negotiate only with Washington": a bare
  // pronoun or relative word that no actor stands behind names no one; it is no argument span.
  if (target.length === 0 && unnamedPronoun(doc, targetPhrase)) targetPhrase = null;
  if (source.length === 0 && unnamedPronoun(doc, sourcePhrase)) sourcePhrase = null;
  // "Following this news, X issued a statement calling on Y": a document whose author was not found is no agent.
  if (source.length === 0 && documentPhrase(doc, sourcePhrase)) sourcePhrase = null;
  // "removing the sanctions is out of the question", "agreed to cancel the strike": a phrase among the
  // trigger's own words is what the act is done to, never its agent.
  if (source.length === 0 && sourcePhrase !== null && sourcePhrase.tokStart < a.trigger.tokEnd && sourcePhrase.tokEnd > a.trigger.tokStart) sourcePhrase = null;
  let confidence = a.confidence;
  const actors = c.ctx.actors.actors;
  // Discourse continuity: inside a speaker's account, an agentless coercion or assault with no named
  // target ("weapons had been confiscated", after "disarming X") is against the story's current armed
  // opponent: the last armed target of a 15-20 event or armed yielding side of an 08 event.
  // (Not when the patient is people the text names: "At least one person was killed, police said" is no act
  // on the armed opponent.)
  if (f !== null && a.passiveNoAgent && target.length === 0 && c.conflictParty >= 0 && info.root >= '17' && !source.includes(c.conflictParty) && !namesPeople(doc, a.target)) {
    target = [c.conflictParty];
    confidence -= 0.1;
  }
  // Implied agent: an agentless passive ("weapons had been confiscated") or "there is cooperation with X"
  // inside the account of a state speaker (GOV, MIL, COP) is that speaker's country's act, when it is
  // cooperative or aimed at an actor of another country; never outside a frame.
  if (source.length === 0 && a.passiveNoAgent && f !== null && f.speakerActor >= 0) {
    const sp = actors[f.speakerActor];
    const foreign = target.some((t) => actors[t]?.country != null && actors[t]!.country !== sp?.country);
    // (not when the target is of the speaker's own country: no act of a country on itself)
    const own = target.some((t) => actors[t]?.country != null && actors[t]!.country === sp?.country);
    // Not an assault (rules.json accusedRoots): a state reporting that a foreign national "was poisoned"
    // accuses someone else; states report their own military and police acts (17, 19, 20).
    if (sp !== undefined && sp.country !== null && (sp.sector === 'GOV' || sp.sector === 'MIL' || sp.sector === 'COP') && (info.quad <= 2 || (foreign && !rules.accusedRoots.has(info.root))) && !own) {
      const country = actors.findIndex((x) => x.kind === 'country' && x.country === sp.country);
      source = [country >= 0 ? country : f.speakerActor];
      confidence -= 0.1;
    }
  }
  if (info.root === '08' && source.length > 0 && armed(actors[source[0]!]?.sector)) c.conflictParty = source[0]!;
  else if (conflictRoot(info.code) && target.length > 0 && armed(actors[target[0]!]?.sector)) c.conflictParty = target[0]!;
  // Date: a day in the clause (a date, or the day of a clock time), else the start of a resolved
  // range, else the story date. A period that leaves out the story date ("in 2016", "last month")
  // gives no day: null, not the story date. Bounds and modifiers of other nouns are skipped (notWhen).
  // A time fronted before the clause ("On Monday, police arrested ...") counts when the clause names none.
  const evStart = doc.start[a.evidence.tokStart]!;
  const evEnd = doc.end[a.evidence.tokEnd - 1]!;
  const sentLo = doc.start[doc.sentStart[si]!]!;
  let clauseDay: string | null = null;
  let clauseElsewhere = false;
  let frontDay: string | null = null;
  let frontElsewhere = false;
  for (const t of c.ctx.times) {
    if (t.end > evEnd || t.start < sentLo) continue;
    const inside = t.start >= evStart;
    if (inside ? clauseDay !== null : frontDay !== null) continue;
    if (inside) {
      if (notWhen(doc, a.evidence.tokStart, a.evidence.tokEnd, t.start, t.end, a.trigger.tokStart, a.trigger.tokEnd)) continue;
    } else if (!fronted(doc, doc.sentStart[si]!, a.evidence.tokStart, t.start, t.end)) continue;
    const day = t.value !== null && FULL_DATE.test(t.value) ? t.value.slice(0, 10) : t.from != null && FULL_DATE.test(t.from) ? t.from.slice(0, 10) : null;
    const elsewhere = day === null && t.type === 'DATE' && t.value !== null && storyDay !== null && periodHolds(t.value, storyDay) === false;
    if (inside) {
      clauseDay = day;
      clauseElsewhere ||= elsewhere;
    } else {
      frontDay = day;
      frontElsewhere ||= elsewhere;
    }
  }
  const date =
    clauseDay ?? (clauseElsewhere ? null : frontDay ?? (frontElsewhere ? null : storyDate));
  const span = (ph: { tokStart: number; tokEnd: number } | null) =>
    ph === null ? null : { start: doc.start[ph.tokStart]!, end: doc.end[ph.tokEnd - 1]!, text: doc.text.slice(doc.start[ph.tokStart]!, doc.end[ph.tokEnd - 1]!) };
  // "the Gaza Strip late Friday evening", "India this week", "Friday a Japanese-drafted resolution": a
  // time phrase at either end of an argument is when, not who; the span is the rest.
  sourcePhrase = withoutTime(c, sourcePhrase);
  targetPhrase = withoutTime(c, targetPhrase);
  return {
    sentence: si,
    trigger: { start: trigStart, end: trigEnd, text: doc.text.slice(trigStart, trigEnd) },
    cameo: info.code,
    root: info.root,
    quad: info.quad,
    goldstein: info.goldstein,
    plover: info.plover,
    source,
    target: target.filter((t) => !source.includes(t)),
    source_span: span(sourcePhrase),
    target_span: span(targetPhrase),
    date,
    place: c.placeIn(a.evidence.tokStart, a.evidence.tokEnd, info.code),
    attribution:
      f === null
        ? null
        : { speaker: f.speakerActor, speaker_span: f.speakerActor < 0 ? span(f.speakerPhrase) : null, cue: f.cue, stance: f.stance },
    realis,
    quantity: a.quantity,
    confidence: Math.round(Math.max(0.05, Math.min(0.99, confidence)) * 100) / 100,
    evidence: { start: doc.start[a.evidence.tokStart]!, end: doc.end[a.evidence.tokEnd - 1]! },
  };
}

/**
 * The frame an event is attributed to when its innermost frame is an intent held by no known actor
 * ("Those who want to blame Iran are lying", "it was decided to ..."), inside someone's account: the
 * claim is that speaker's (the intent still gives the realis). Otherwise the innermost frame itself.
 */
function holderOrReporter(doc: Doc, frames: readonly EventFrame[], fi: number): number {
  const f = frames[fi]!;
  if (f.stance !== 'intent' || f.speakerActor >= 0) return fi;
  const cue = doc.start[f.cueStart]!;
  let best = fi;
  for (let i = 0; i < frames.length; i++) {
    const g = frames[i]!;
    if (i === fi || g.speakerActor < 0 || g.stance === 'intent' || cue < g.start || cue >= g.end || f.end > g.end) continue;
    if (best === fi || g.end - g.start < frames[best]!.end - frames[best]!.start) best = i;
  }
  return best;
}

/**
 * The realis of an act asked about in a direct question (rules.json questionOpeners): under a modal
 * before it, the modal's ("How would you work with Congress?"); in a yes/no question, hypothetical;
 * null for a statement or a wh-question with a plain tense ("Why did Iran attack the tanker?").
 */
function questioned(doc: Doc, si: number, anchor: number, rules: Rules): 'future' | 'hypothetical' | null {
  const s = doc.sentStart[si]!;
  let last = doc.sentEnd[si]! - 1;
  while (last > s && doc.pos[last] === POS.PUNCT && doc.form[last] !== '?') last--;
  if (doc.form[last] !== '?' || anchor > last) return null;
  // (the question is the clause the act is in: from the last sentence-internal quote or colon before it)
  let open = s;
  for (let k = anchor - 1; k > s; k--) {
    const f = doc.form[k]!;
    if (f === '"' || f === '“' || f === ':' || f === ';') {
      open = k + 1;
      break;
    }
  }
  for (let k = open; k < anchor; k++) {
    const m = rules.modals.get(doc.lower[k]!);
    if (m !== undefined && doc.pos[k] === POS.AUX) return m;
  }
  return rules.questionOpeners.has(doc.lower[open]!) ? 'hypothetical' : null;
}

/** Is the head of the analysis' object phrase an event noun ("prevented the demonstration")? */
function eventObject(c: Ctx, a: Analysis): boolean {
  const t = a.target;
  if (t === null) return false;
  const head = t.tokEnd - 1;
  return eventNoun(c.lex.nouns.get(c.doc.lemma[head]!)) || eventNoun(c.lex.nouns.get(c.doc.lower[head]!));
}

/** Does an anchor start some event noun? An anchor of blocking phrases only ("user" of "user demand = -") does not. */
function eventNoun(ps: readonly { code: string | null }[] | undefined): boolean {
  return ps !== undefined && ps.some((p) => p.code !== null);
}

/**
 * Sentence rules over its analyses (data/cameo/rules.json):
 * - "failed to reach agreement" (failGovernors): a cooperative act (03-08) someone failed to do is a
 *   rejection (12x, actual); any other act under 'fail to' did not happen (negated).
 * - "decided to lift the curfew", "an attempt to assassinate" (actGovernors): the act itself, actual.
 * - An announced act with no subject found is still an intent (03x) or threat (13x).
 * - "deployed troops to the peacekeeping mission", "arrived in X to help deliver aid" (purpose): a
 *   movement whose purpose, named in the same sentence, is aid or peacekeeping is that act, one event.
 */
function refine(c: Ctx, list: Analysis[], s: number): Analysis[] {
  const doc = c.doc;
  const rules = c.lex.rules;
  for (const a of list) {
    const root = a.code.slice(0, 2);
    if (a.trigger.kind === 'verb' && governedBy(doc, a.trigger.anchor, s, rules.failGovernors)) {
      const rejected = root >= '03' && root <= '08' ? composeCode(rules, '120', a.code) : null;
      if (rejected !== null) {
        a.code = rejected;
        a.realis = 'actual';
      } else a.realis = 'negated';
    } else if (a.trigger.kind === 'verb' && a.realis === 'future' && a.trigger.code !== null && governedBy(doc, a.trigger.anchor, s, rules.actGovernors)) {
      a.code = a.trigger.code;
      a.realis = 'actual';
    } else if (a.trigger.kind === 'verb' && a.realis === 'negated' && root === '03' && groupInfo(doc, a.groupStart, a.trigger.anchor, rules).modal !== null) {
      // "will not accept the proposal", "would not agree to": a refused intent to cooperate is a rejection.
      const rejected = composeCode(rules, '120', a.code);
      if (rejected !== null) {
        a.code = rejected;
        a.realis = 'actual';
      }
    } else if (a.trigger.kind === 'verb' && a.realis === 'future' && a.source === null && !a.passiveNoAgent && a.code === a.trigger.code) {
      // An announced act whose subject the analysis did not find ("Greece, like other members, plans to
      // impose restrictions") is still an intent (03x) or threat (13x), as with a named subject.
      const as = root >= '04' && root <= '08' ? '030' : root >= '14' && root <= '20' && root !== '15' ? '130' : null;
      const code = as === null ? null : composeCode(rules, as, a.code);
      if (code !== null) a.code = code;
    }
    // "forces backed by Russian warplanes attacked ...": a participle with its by-agent right after a noun
    // describes that noun (a reduced relative clause); the sentence's own event is its main verb.
    // "the coalition fighting the rebels has declared a ceasefire": an -ing participle right after a noun
    // is an active reduced relative describing that noun, not the sentence's main event either.
    if (a.trigger.kind === 'verb' && (reducedRelative(doc, a.trigger.anchor, s) || ingAfterNoun(doc, a.trigger.anchor, s))) a.confidence -= 0.1;
    // "thousands of protesters outside parliament, the sixth night of demonstrations against the
    // government": a protest that names no one who protests is the protesters' named before it.
    if (root === '14' && a.sourceActors.length === 0 && a.source === null && !a.passiveNoAgent) {
      const p = c.protestersBefore(a.trigger.tokStart, s);
      if (p !== null && !a.targetActors.includes(p.actor)) {
        a.source = p.phrase;
        a.sourceActors = [p.actor];
      }
    }
    // "talks with visiting Hungarian Prime Minister Viktor Orban", "the invading army": an -ing
    // participle between a determiner (or 'with') and its noun describes that noun, which does it.
    if (a.trigger.kind === 'verb' && a.target !== null && a.target.tokStart === a.trigger.tokEnd && attributiveParticiple(doc, rules, a.trigger.anchor, s)) {
      a.source = a.target;
      a.sourceActors = a.targetActors;
      a.target = null;
      a.targetActors = [];
    }
  }
  return sameMeeting(c, purposeMerge(c, thatClauses(c, patientNouns(c, list))));
}

/**
 * "Lavrov met his Turkish counterpart Hakan Fidan in Moscow and discussed the war in Ukraine", "met
 * Fidan in Ankara to discuss border security": a consultation verb joined by 'and' to an earlier
 * consultation of the same subject with someone named, or its purpose ('to'),
 * which itself names no one but a country (the topic's), is that meeting told on, not a second one with
 * the country.
 */
function sameMeeting(c: Ctx, list: Analysis[]): Analysis[] {
  let drop: Set<Analysis> | null = null;
  const layer = c.ctx.actors;
  // (latent country actors follow the story's actors: see ActorLayer)
  const kindOf = (t: number): string | undefined => layer.actors[t]?.kind ?? layer.latent?.[t - layer.actors.length]?.kind;
  for (const a of list) {
    if (a.trigger.kind !== 'verb' || !a.code.startsWith('04') || a.groupStart < 1) continue;
    const before = c.doc.lower[a.groupStart - 1];
    if (before !== 'and' && before !== 'to' && c.doc.lower[a.groupStart] !== 'to') continue;
    if (!a.targetActors.every((t) => kindOf(t) === 'country')) continue;
    const met = list.find(
      (b) =>
        b !== a &&
        b.code.startsWith('04') &&
        b.trigger.anchor < a.trigger.anchor &&
        b.targetActors.some((t) => kindOf(t) !== 'country') &&
        (a.sourceActors.length === 0 || a.sourceActors.every((x) => b.sourceActors.includes(x))),
    );
    if (met !== undefined) (drop ??= new Set()).add(a);
  }
  return drop === null ? list : list.filter((a) => !drop!.has(a));
}

/**
 * Is the verb at `v` one of rules.json attributiveParticiples used as an adjective: right after a
 * determiner, or after a noun's or a verb's 'with' ("talks with visiting X", "met with visiting X")?
 * Not after a possessive ("her sentencing decisions" are the possessor's act).
 */
function attributiveParticiple(doc: Doc, rules: Rules, v: number, s: number): boolean {
  if (v <= s || v + 1 >= doc.length || !rules.attributiveParticiples.has(doc.lower[v]!)) return false;
  if (doc.lower[v - 1] === 'with') {
    if (v - 2 < s || (doc.pos[v - 2] !== POS.NOUN && doc.pos[v - 2] !== POS.VERB)) return false;
  } else if (doc.pos[v - 1] !== POS.DET) return false;
  // a noun phrase follows ("the visiting delegation"), not a verb's object of another kind
  const n = doc.pos[v + 1]!;
  return n === POS.NOUN || n === POS.PROPN || n === POS.ADJ;
}

/**
 * "deployed troops to the peacekeeping mission", "the deployment of troops on a peacekeeping mission":
 * a movement (verb or noun) in a sentence that names aid or peacekeeping (purpose.roots) is that act; "sent a team of experts to investigate":
 * a sending whose 'to'-infinitive is of purpose.linkedRoots is that act. One event.
 */
function purposeMerge(c: Ctx, list: Analysis[]): Analysis[] {
  const doc = c.doc;
  const p = c.lex.rules.purpose;
  for (const mover of list) {
    if (mover.background) continue;
    const plain = p.movement.has(mover.code);
    const linked = mover.trigger.kind === 'verb' && p.linkedMovement.has(mover.code);
    if (!plain && !linked) continue;
    const purpose = list.find(
      (a) =>
        a !== mover &&
        !a.background &&
        ((plain && p.roots.has(a.code.slice(0, 2))) ||
          (linked && p.linkedRoots.has(a.code.slice(0, 2)) && a.trigger.kind === 'verb' && a.trigger.anchor > mover.trigger.anchor && doc.lower[a.trigger.anchor - 1] === 'to')),
    );
    if (purpose === undefined) continue;
    // A participle that describes its noun is no movement of the sentence's ("with visiting Orban,
    // Erdogan said Türkiye would send aid"): two acts.
    if (mover.trigger.kind === 'verb' && attributiveParticiple(doc, c.lex.rules, mover.trigger.anchor, doc.sentStart[doc.sentOf[mover.trigger.anchor]!]!)) continue;
    mover.code = purpose.code;
    if (mover.targetActors.length === 0 && purpose.targetActors.length > 0) {
      mover.target = purpose.target;
      mover.targetActors = purpose.targetActors;
    }
    return list.filter((a) => a !== purpose);
  }
  return list;
}

/**
 * "reiterated its demand that the US ease sanctions", "demanded that Israel withdraw": an appeal or
 * demand (thatGovernors) whose that-clause starts right after it is composed with the clause's first
 * event, as with a 'to'-complement; the one asked is the clause's subject.
 */
function thatClauses(c: Ctx, list: Analysis[]): Analysis[] {
  const doc = c.doc;
  const rules = c.lex.rules;
  let dropped: Analysis[] | null = null;
  for (const g of list) {
    if (!rules.thatGovernors.has(g.code.slice(0, 2)) || dropped?.includes(g)) continue;
    // 'that' right after the trigger, or after a time word ("its demand today that").
    let t = g.trigger.last + 1;
    while (t < doc.length && t <= g.trigger.last + 2 && doc.lower[t] !== 'that' && (doc.pos[t] === POS.ADV || c.isTime(t))) t++;
    if (t >= doc.length || doc.lower[t] !== 'that') continue;
    const k = list.find((a) => a.trigger.anchor > t);
    if (k === undefined || k.trigger.anchor - t > rules.composeWindow) continue;
    const code = composeCode(rules, g.code, k.code);
    if (code === null) continue;
    g.code = code;
    if (g.targetActors.length === 0 && k.sourceActors.length > 0) {
      g.target = k.source;
      g.targetActors = k.sourceActors;
    }
    (dropped ??= []).push(k);
  }
  return dropped === null ? list : list.filter((a) => !dropped!.includes(a));
}

/**
 * "UN sanctions against Iran were lifted", "the curfew was eased": an event noun that is the subject of
 * a passive event verb is what the verb acts on, not an event of its own; the verb takes the code of
 * its pattern with that noun as object ('lift _ sanctions' 085), and the noun's target.
 */
function patientNouns(c: Ctx, list: Analysis[]): Analysis[] {
  const doc = c.doc;
  let dropped: Analysis[] | null = null;
  for (const v of list) {
    if (v.trigger.kind !== 'verb') continue;
    const info = groupInfo(doc, v.groupStart, v.trigger.anchor, c.lex.rules);
    if (!info.passive) continue;
    const n = list.find((a) => a.trigger.kind === 'noun' && a.trigger.last < v.groupStart && clauseBetween(doc, a.trigger.last, v.groupStart));
    if (n === undefined) continue;
    const code = objectCode(c, v.trigger.anchor, n.trigger.last);
    if (code === null) continue;
    v.code = code;
    if (v.targetActors.length === 0 && n.targetActors.length > 0) {
      v.target = n.target;
      v.targetActors = n.targetActors;
    }
    // No agent named: whoever imposed what is lifted ("UN sanctions") is taken as the one lifting it.
    if (v.passiveNoAgent) {
      v.source = n.source;
      v.sourceActors = n.sourceActors;
    }
    (dropped ??= []).push(n);
  }
  // The same with a passive verb that is no trigger on its own ("the curfew was eased"): the noun
  // takes the code of the verb's pattern with it as object.
  for (const n of list) {
    if (n.trigger.kind !== 'noun' || dropped?.includes(n)) continue;
    const v = passiveAfter(doc, n.trigger.last);
    if (v < 0 || list.some((a) => a.trigger.anchor === v)) continue;
    const code = objectCode(c, v, n.trigger.last);
    if (code !== null) n.code = code;
  }
  return dropped === null ? list : list.filter((a) => !dropped!.includes(a));
}

/** The participle of a passive right after the subject head at `head` ("the curfew was eased"), or -1. */
function passiveAfter(doc: Doc, head: number): number {
  let t = head + 1;
  while (t < doc.length && t - head <= 8 && doc.pos[t] !== POS.AUX) t++;
  if (t >= doc.length || doc.pos[t] !== POS.AUX || !clauseBetween(doc, head, t)) return -1;
  let be = false;
  for (; t < doc.length && (doc.pos[t] === POS.AUX || doc.pos[t] === POS.ADV || doc.pos[t] === POS.PART); t++) if (doc.lemma[t] === 'be' || doc.lower[t] === 'been') be = true;
  return be && t < doc.length && doc.pos[t] === POS.VERB && doc.lemma[t] !== doc.lower[t] ? t : -1;
}

/** Between a subject's head and its verb group: a short modifier, no verb, clause punctuation or other subject. */
function clauseBetween(doc: Doc, head: number, group: number): boolean {
  if (group - head > 8) return false;
  for (let t = head + 1; t < group; t++) {
    const p = doc.pos[t]!;
    if (p === POS.VERB || p === POS.AUX || p === POS.SCONJ || p === POS.PRON || (p === POS.PUNCT && doc.form[t] !== '-')) return false;
  }
  return true;
}

/** The code of the verb at `v` with the word at `obj` as its object (a 'verb _ noun' pattern), or null. */
function objectCode(c: Ctx, v: number, obj: number): string | null {
  const doc = c.doc;
  const list = c.lex.verbs.get(doc.lemma[v]!) ?? c.lex.verbs.get(doc.lower[v]!);
  if (list === undefined) return null;
  for (const p of list) {
    if (p.rest.length !== 1 || p.code === null) continue;
    const w = p.rest[0]!.words;
    if (w.has(doc.lemma[obj]!) || w.has(doc.lower[obj]!)) return p.code;
  }
  return null;
}

/** "forces fighting the rebels": a verb in -ing right after a noun (the trigger's own anchor only). */
function ingAfterNoun(doc: Doc, v: number, s: number): boolean {
  if (v <= s || doc.pos[v] !== POS.VERB || !doc.lower[v]!.endsWith('ing')) return false;
  const q = doc.pos[v - 1]!;
  return q === POS.NOUN || q === POS.PROPN;
}

function reducedRelative(doc: Doc, v: number, s: number): boolean {
  if (v <= s || v + 1 >= doc.length || doc.lower[v + 1] !== 'by' || doc.lemma[v] === doc.lower[v]) return false;
  const q = doc.pos[v - 1]!;
  return q === POS.NOUN || q === POS.PROPN || (doc.form[v - 1] === ',' && v - 2 >= s && (doc.pos[v - 2] === POS.NOUN || doc.pos[v - 2] === POS.PROPN));
}

/** "failed to reach", "have failed to even agree": the verb at `v` is the 'to'-complement of one of `verbs`. */
function governedBy(doc: Doc, v: number, s: number, verbs: ReadonlySet<string>): boolean {
  let to = false;
  for (let t = v - 1; t >= s && t >= v - 4; t--) {
    if (!to && doc.lower[t] === 'to') {
      to = true;
      continue;
    }
    if (to && verbs.has(doc.lemma[t]!)) return true;
    if (doc.pos[t] !== POS.ADV) return false;
  }
  return false;
}

/** The root an obligation modal in the trigger's verb group gives ("must withdraw", "must be ready"). */
function obligation(doc: Doc, a: Analysis, rules: Rules): string | undefined {
  // A noun trigger looks from the start of its phrase, through the one verb it is the object of
  // ("should open talks").
  const from = a.trigger.kind === 'noun' ? Math.min(a.groupStart, a.trigger.anchor) : a.trigger.anchor;
  let verbs = a.trigger.kind === 'noun' ? 1 : 0;
  for (let t = from - 1; t >= 0 && t >= from - 4; t--) {
    const p = doc.pos[t]!;
    if (p !== POS.AUX && p !== POS.ADV && p !== POS.PART && p !== POS.VERB) return undefined;
    if (p === POS.VERB && doc.lemma[t] !== 'be' && verbs-- <= 0) return undefined;
    const gov = rules.obligationModals.get(doc.lower[t]!);
    if (gov !== undefined) return gov;
  }
  return undefined;
}

/**
 * The governor root (rules.json directiveCues) of a frame whose verb cue asks for or orders the act of
 * verb trigger a, told in the bare form of a mandative clause ("recommended that the troops withdraw",
 * "asked that his name be withdrawn", "should leave"); undefined for other cues and acts (a tensed
 * verb, "ask the nations that have denied us access", is no act asked for) and a direct quotation.
 */
function directiveOf(doc: Doc, f: EventFrame, a: Analysis, rules: Rules): string | undefined {
  if (f.direct || a.trigger.kind !== 'verb' || doc.pos[f.cueStart] !== POS.VERB) return undefined;
  const gov = rules.directiveCues.get(doc.lemma[f.cueStart]!);
  if (gov === undefined) return undefined;
  const g = a.groupStart;
  const w = doc.lower[g]!;
  if (!(w === 'be' || w === 'should' || (doc.pos[g] === POS.VERB && doc.lemma[g] === w))) return undefined;
  return gov;
}

function conflictRoot(code: string): boolean {
  const r = code.slice(0, 2);
  return r >= '15' && r <= '20' && r !== '16';
}

const ARMED = new Set(['MIL', 'REB', 'UAF', 'INS', 'SEP', 'IMG']);

function armed(sector: string | null | undefined): boolean {
  return sector != null && ARMED.has(sector);
}

const SELF = wordSet('self_reference_pronouns');
const SPEAKER = wordSet('speaker_pronouns');
const QUOTED_OTHER = wordSet('quoted_other_pronouns');

/** The phrase without time tokens at its ends (c.isTime); the phrase itself when nothing else is left. */
function withoutTime<P extends { tokStart: number; tokEnd: number }>(c: Ctx, ph: P | null): P | { tokStart: number; tokEnd: number } | null {
  if (ph === null) return null;
  const doc = c.doc;
  let a = ph.tokStart;
  let b = ph.tokEnd;
  while (b > a && c.isTime(b - 1)) b--;
  // Only a tail opened by a lowercase word after a noun ("late Friday", "this week", "five months"):
  // a name may end in a month or day ("Black September").
  if (b < ph.tokEnd && (b === a || doc.form[b] === doc.form[b]!.toUpperCase() || doc.form[b]![0] !== doc.lower[b]![0] || !(doc.pos[b - 1] === POS.NOUN || doc.pos[b - 1] === POS.PROPN))) b = ph.tokEnd;
  while (a < b && c.isTime(a)) a++;
  // Only a head opened by a time before a determiner ("Friday a Japanese-drafted resolution"): "the 17
  // November group" keeps its words.
  if (a > ph.tokStart && (a >= b || doc.pos[a] !== POS.DET)) a = ph.tokStart;
  return a === ph.tokStart && b === ph.tokEnd ? ph : { tokStart: a, tokEnd: b };
}

const UNNAMED = wordSet('unnamed_pronouns');

function unnamedPronoun(doc: Doc, ph: { tokStart: number; tokEnd: number } | null): boolean {
  return ph !== null && ph.tokEnd - ph.tokStart === 1 && UNNAMED.has(doc.lower[ph.tokStart]!);
}

function selfPronoun(doc: Doc, ph: { tokStart: number; tokEnd: number }): boolean {
  return ph.tokEnd - ph.tokStart === 1 && SELF.has(doc.lower[ph.tokStart]!);
}

/**
 * "X said its aircraft had targeted A and had not attacked B": a verb group after 'and' that carries
 * its own auxiliary continues the reported content that ends just before the 'and' (a bare past tense,
 * "X denied A and accused B", continues the speaker's own clause instead).
 */
function coordinatedContent(c: Ctx, a: Analysis, frames: readonly EventFrame[]): number {
  const doc = c.doc;
  const g = a.groupStart;
  if (g < 1 || doc.lower[g - 1] !== 'and' || g === a.trigger.anchor || doc.pos[g] !== POS.AUX) return -1;
  const andStart = doc.start[g - 1]!;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    if (f.end <= andStart && andStart - f.end <= 2 && f.start < andStart) return i;
  }
  return -1;
}
