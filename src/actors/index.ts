// Actors stage: cluster mentions into document actors (coreference) and code each one.
// Rules, in text order (see docs/ACTORS.md):
//  - a named person joins the actor with the same name, or the same surname and compatible
//    first names ("Blinken" -> "Antony Blinken");
//  - a title-only mention ("the head of state", "the Azerbaijani leader") joins the most recent
//    person whose country agrees and whose title shares a role class; an appositive
//    ("Aliyev, the president of ...") joins the person it follows;
//  - a country-standing noun ("the American side") joins the most salient actor of that country;
//  - agents join the group with the same head noun, country, ethnicity and sector;
//  - organisations by canonical name; countries by ISO code unless used as a place ("in Azerbaijan"):
//    such a country, and one a demonym puts on a thing ("a Croatian proposal"), is a latent actor
//    (ActorLayer.latent) that only becomes an actor when an event names it (./latent.ts);
//  - a plural title is a group of office holders ("European Community foreign ministers");
//  - a person or group with a role but no country takes the one country its sentence names that no
//    other person or organisation there owns ("Rebels attacked a base in northern Mali");
//  - he/she to the nearest singular person, they/them/their to the nearest plural group, within
//    the sentence and the two before.
import { countries } from '../kb/countries.js';
import { firstNameSex } from '../kb/first-names.js';
import { readDataJson } from '../kb/data.js';
import { lexicon, type Lexicon, type TitleDef } from '../kb/lexicon.js';
import { newMatch } from '../kb/trie.js';
import { findQuoteMarks, type QuoteMarks } from '../clauses/quotemarks.js';
import { lexicon as cueLexicon } from '../clauses/lexicon.js';
import type { Mention } from '../mentions/types.js';
import { POSSESSIVES } from '../mentions/index.js';
import { POS, tokenAt, type Doc } from '../nlp/doc.js';
import type { ActorKind } from '../schema.js';
import { actorConfidence, cameoCode, countryName, isTransnational, withoutDeterminer } from './code.js';
import { inOffice, leaderNamed } from './leaders.js';
import type { Actor, ActorLayer } from './types.js';
import { int32sOf } from '../slab.js';

interface Draft extends Actor {
  classes: Set<string>;
  gender: 'm' | 'f' | null;
  number: 'sg' | 'pl';
  /** Explicit code from the knowledge base (organisations). */
  known: string | null;
  /** Whether the name came from a proper name (not a role phrase). */
  named: boolean;
  last: number;
  /** Tokens of a person's name, cached for surname matching. */
  nameToks: string[];
}

/** Lookup structures that keep coreference linear in the number of mentions. */
interface Indexes {
  /** Name token -> person actors whose name has it. */
  byToken: Map<string, number[]>;
  /** Country -> actors of that country. */
  byCountry: Map<string, number[]>;
  /** Actor and mention of every link, in text order. */
  recentActor: number[];
  recentMention: number[];
}

/** Scratch for the title a possessed role in apposition names (see appositivePossessor). */
const roleTitle = newMatch<TitleDef>();

function push(m: Map<string, number[]>, k: string, v: number): void {
  const list = m.get(k);
  if (list === undefined) m.set(k, [v]);
  else if (list[list.length - 1] !== v) list.push(v);
}

/** Pronouns look back this many sentences for an antecedent. */
const PRONOUN_WINDOW = 2;
/** Role nouns look back this many sentences for their holder. */
const ROLE_WINDOW = 12;

/**
 * Actors stage: cluster mentions into document actors and code each one. `date` (the story's,
 * YYYY-MM-DD) tells whether a leader named without a title was in office. `townCountries` and
 * `contextCountries` give, by mention, the country (alpha-3) of its resolved place: every
 * resolution (the story's country), and the confident ones only (a sentence's country for its
 * actors without one).
 */
export function buildActors(
  doc: Doc,
  mentions: readonly Mention[],
  date: string | null = null,
  datelineCountry: string | null = null,
  townCountries: readonly (string | null)[] = [],
  contextCountries: readonly (string | null)[] = [],
): ActorLayer {
  const lex = lexicon();
  const actorOf = int32sOf(mentions.length, -1);
  const drafts: Draft[] = [];
  const byKey = new Map<string, number>();
  /** A code of one named organisation only (uniqueOrgCodes) -> its actor: "Houthi rebels" and "the Houthis". */
  const byOrgCode = new Map<string, number>();
  const orgCodeOf = (m: Mention): string | null => (m.code != null && uniqueOrgCodes().has(m.code) ? m.code : null);
  /** Agent head + sector -> the latest group with that head. */
  const byHead = new Map<string, number>();
  /** Agent head -> the latest group with that head, whatever its sector ("the sources" after "diplomatic sources"). */
  const byHeadAnySector = new Map<string, number>();
  /** Person mention index -> the title mention that introduced it as an appositive. */
  const deferred = new Map<number, number>();
  const ix: Indexes = { byToken: new Map(), byCountry: new Map(), recentActor: [], recentMention: [] };
  /** Country mentions used as places and demonyms on things, in text order: latent country actors. */
  const placeCountries: number[] = [];
  /** Mention i refers to actor a; with `learn`, what the mention says of it (country, sector, ...) is folded in. */
  const link = (i: number, a: number, learn = true): void => {
    actorOf[i] = a;
    const d = drafts[a]!;
    d.mentions.push(i);
    d.last = i;
    const hadCountry = d.country !== null;
    if (learn) absorb(d, mentions[i]!);
    if (!hadCountry && d.country !== null) push(ix.byCountry, d.country, a);
    ix.recentActor.push(a);
    ix.recentMention.push(i);
  };
  const indexName = (a: number): void => {
    for (const t of drafts[a]!.nameToks) push(ix.byToken, t, a);
  };
  /** Found an actor with mention i; `from` (a mention nested in i) says first what the actor is. */
  const create = (i: number, kind: ActorKind, name: string, key: string | null, from: Mention | null = null): number => {
    const m = mentions[i]!;
    const d: Draft = {
      name, kind, country: null, sector: null, title: null, code: null, ethnicity: null, mentions: [], confidence: 0,
      classes: new Set(), gender: null, number: m.number === 'pl' ? 'pl' : 'sg', known: null, named: m.nameStart !== null, last: i,
      nameToks: kind === 'person' ? nameTokens(name) : [],
    };
    if (kind === 'person') d.gender = firstNameGender(d.nameToks);
    if (from !== null) absorb(d, from);
    drafts.push(d);
    if (key !== null) byKey.set(key, drafts.length - 1);
    if (d.named) indexName(drafts.length - 1);
    link(i, drafts.length - 1);
    return drafts.length - 1;
  };

  // A person the text gives no country, named like a leader in data/leaders.json, is that leader.
  const knownLeader = (a: number): void => {
    const d = drafts[a]!;
    if (!d.named) return;
    const leader = leaderNamed(d.name);
    // A country the text gives wins; the same country ("Muhammadu Buhari of Nigeria") still takes the office.
    if (leader === null || (d.country !== null && d.country !== leader.country)) return;
    if (d.country === null) {
      d.country = leader.country;
      push(ix.byCountry, leader.country, a);
    }
    if (d.sector === null && inOffice(leader, date)) d.sector = 'GOV';
  };

  /** Person a is named `name`: it becomes the actor's name when it is longer than the name it had, or it had none. */
  const fullName = (a: number, name: string): void => {
    const d = drafts[a]!;
    if ((name.length > d.name.length && d.named) || !d.named) {
      d.name = name;
      d.named = true;
      d.nameToks = nameTokens(name);
      d.gender ??= firstNameGender(d.nameToks);
      indexName(a);
    }
  };

  const possessives = possessiveDeterminers();
  /**
   * The actor a possessive determiner at mention i's start refers to: the latest person ("his", "her")
   * or other actor ("its", "their") before it in its sentence or the one before; -1 when none agrees.
   */
  const possessor = (i: number): number => {
    const m = mentions[i]!;
    const gender = possessives.get(doc.lower[m.tokStart]!);
    if (gender === undefined) return -1;
    const a = actorOf[i]!;
    const sent = doc.sentOf[m.tokStart]!;
    // A possessive that opens its sentence refers to the first actor of the sentence before that agrees,
    // its subject as a rule ("The EU imposed sanctions on Iran. Its foreign policy chief ..."); one
    // inside a sentence to the latest before it.
    const opening = m.tokStart === doc.sentStart[sent];
    let found = -1;
    for (let k = ix.recentActor.length - 1; k >= 0; k--) {
      const b = ix.recentActor[k]!;
      const at = mentions[ix.recentMention[k]!]!.tokStart;
      if (b === a || at >= m.tokStart) continue;
      if (sent - doc.sentOf[at]! > 1) break;
      const p = drafts[b]!;
      if ((p.kind === 'person') !== (gender !== null) || (gender !== null && p.gender !== null && p.gender !== gender)) continue;
      if (!opening) return b;
      found = b;
    }
    return found;
  };
  /** Actor a takes possessor b's country, and its knowledge-base code when a is of b's sector. */
  const countryOfPossessor = (a: number, b: number): void => {
    const d = drafts[a]!;
    const p = drafts[b]!;
    if (d.country !== null || p.country === null) return;
    d.country = p.country;
    if (d.known === null && p.sector !== null && p.sector === d.sector) d.known = p.known;
    push(ix.byCountry, p.country, a);
  };
  /**
   * Person a holds an office of organisation b ("the group's leader, X", "its foreign policy chief, X"):
   * the title, and the organisation's country and code when the text gives the person none; false
   * (nothing done) when b is no organisation. A leader of a named body is of the body's sector
   * (titles.json bodyTitles), other offices of the title's.
   */
  const holdsOfficeOf = (a: number, b: number, title: string, titleSector: string | null): boolean => {
    const d = drafts[a]!;
    const p = drafts[b]!;
    if (!(p.kind === 'organisation' || (p.kind === 'group' && p.known !== null))) return false;
    d.title ??= title;
    if (d.country === null && d.known === null && p.country !== null) {
      d.country = p.country;
      d.known = p.known;
      d.sector ??= lex.bodyTitles.has(title) ? (p.sector ?? titleSector) : (titleSector ?? p.sector);
      push(ix.byCountry, p.country, a);
    }
    return true;
  };
  /** "Its foreign policy chief(, Josep Borrell)": a title owned by an organisation's "its" is its office. */
  const ownedOffice = (i: number): boolean => {
    const m = mentions[i]!;
    if (m.title === null || possessives.get(doc.lower[m.tokStart]!) !== null || actorOf[i]! < 0) return false;
    const o = possessor(i);
    return o >= 0 && holdsOfficeOf(actorOf[i]!, o, m.title, m.sector);
  };
  // "his spokesman Stephane Dujarric", "his Turkish counterpart Hakan Fidan": a person in a role of
  // the possessor's takes its sector, and its country when the phrase names none.
  const possessed = (i: number): void => {
    const m = mentions[i]!;
    const roleEnd = m.nameStart !== null ? tokenAt(doc, m.nameStart) : m.tokEnd;
    let role = false;
    for (let t = m.tokStart + 1; t < roleEnd && !role; t++) role = lex.possessedRoles.has(doc.lower[t]!);
    if (!role && ownedOffice(i)) return;
    const b = role ? possessor(i) : -1;
    if (b < 0) return;
    const d = drafts[actorOf[i]!]!;
    if (d.sector === null) d.sector = drafts[b]!.sector;
    // "his Turkish counterpart Hakan Fidan" after "Foreign Minister Sergey Lavrov": a mirrored role holds
    // the possessor's office (classes too, so "the Turkish minister" finds him later).
    const p = drafts[b]!;
    if (d.title !== null && lex.mirroredTitles.has(d.title) && p.kind === 'person' && p.title !== null && !lex.mirroredTitles.has(p.title)) {
      d.title = p.title;
      for (const c of p.classes) d.classes.add(c);
    }
    countryOfPossessor(actorOf[i]!, b);
  };
  // "five of its fighters" after "The PKK said": a group of an organisation, country or group named
  // before, with its country (and its code when the group is of its sector).
  /**
   * "the junta's leader, Gen. Abdourahamane Tchiani,", "the bloc's chairman, Nigerian President Bola Tinubu":
   * a person in apposition after a possessed role noun takes the possessor's country when it names none.
   */
  const appositivePossessor = (i: number): void => {
    const m = mentions[i]!;
    const t = m.tokStart;
    // (wink tags a title's last word an adjective now and then: "foreign policy chief")
    if (t < 4 || doc.form[t - 1] !== ',' || (doc.pos[t - 2] !== POS.NOUN && doc.pos[t - 2] !== POS.ADJ)) return;
    // The role: up to three words after the possessive ("the bloc's foreign policy chief, Josep Borrell,").
    let r = t - 3;
    while (r > t - 5 && r > 0 && !POSSESSIVES.has(doc.lower[r]!) && (doc.pos[r] === POS.NOUN || doc.pos[r] === POS.ADJ)) r--;
    if (!POSSESSIVES.has(doc.lower[r]!)) return;
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const o = mentions[k]!;
      if (o.tokEnd !== r || actorOf[k]! < 0) continue;
      const d = drafts[actorOf[i]!]!;
      const p = drafts[actorOf[k]!]!;
      // "the group's leader, Yahya Sinwar", "the bloc's foreign policy chief, Josep Borrell": the title of an
      // organisation's office makes its holder the organisation's, with its code, as "Hamas leader X" does.
      const title = lex.titles.longest(doc.lower, r + 1, t - 1, roleTitle) === t - 1 ? roleTitle.value! : null;
      if (title !== null && holdsOfficeOf(actorOf[i]!, actorOf[k]!, title.title, title.sector)) return;
      if (doc.pos[t - 2] !== POS.NOUN && title === null) return;
      // (a role of the possessor's, "Merkel's spokesperson", takes its sector too, as "his spokesman" does)
      if (d.sector === null && lex.possessedRoles.has(doc.lower[t - 2]!)) d.sector = p.sector;
      if (title !== null) d.title ??= title.title;
      countryOfPossessor(actorOf[i]!, actorOf[k]!);
      return;
    }
  };
  const possessedGroup = (i: number): void => {
    if (mentions[i]!.country !== null || possessives.get(doc.lower[mentions[i]!.tokStart]!) !== null) return;
    // ("its allies": the possessor's partners, not of its country)
    if (lex.partnerHeads.has(mentions[i]!.head ?? '')) return;
    const b = possessor(i);
    if (b >= 0) countryOfPossessor(actorOf[i]!, b);
  };

  /**
   * Whether mention o opens its sentence: only a determiner, capitalised modifiers and possessors may
   * come before it ("The Chinese Foreign Ministry", "Iran's Foreign Ministry", "Russia's army").
   */
  const opensSentence = (o: Mention): boolean => {
    for (let t = doc.sentStart[doc.sentOf[o.tokStart]!]!; t < o.tokStart; t++) {
      const w = doc.lower[t]!;
      if (lex.determiners.has(w) || w === "'s" || w === '\u2019s' || w === "'") continue;
      const c = doc.form[t]!.charCodeAt(0);
      if ((doc.pos[t] === POS.PROPN || doc.pos[t] === POS.ADJ) && c >= 65 && c <= 90) continue;
      return false;
    }
    return true;
  };
  /** The quotation a token lies in (-1: none), for the spokesperson's body below. */
  const quotations = quotationOf(doc);
  const quoteOf = quotations.of;
  /**
   * The first organisation or country actor, outside any quotation m is not in, of m's own sentence
   * before m, else of the nearest sentence before (within two) that names one; -1 if none.
   */
  const bodyBefore = (m: Mention, self: number): number => {
    const sent = doc.sentOf[m.tokStart]!;
    let best = -1;
    let bestSent = -1;
    for (let k = ix.recentActor.length - 1; k >= 0; k--) {
      const o = mentions[ix.recentMention[k]!]!;
      if (o.tokStart >= m.tokStart) continue;
      const s = doc.sentOf[o.tokStart]!;
      if ((best >= 0 && s !== bestSent) || sent - s > 2) break;
      const b = ix.recentActor[k]!;
      const p = drafts[b]!;
      if (b === self || p.country === null || (p.kind !== 'organisation' && p.kind !== 'country')) continue;
      if (quoteOf(o.tokStart) !== quoteOf(m.tokStart)) continue;
      // The body is the subject that opens its sentence ("The Kremlin said", "China's Foreign Ministry
      // announced"): a country or company named further on is where things happen or to whom.
      if (!opensSentence(o)) continue;
      best = b;
      bestSent = s;
    }
    return best;
  };
  // "ministry spokesman Nasser Kanaani" after "Iran's Foreign Ministry condemned ...", "spokeswoman Mao
  // Ning told a briefing" after "the Chinese Foreign Ministry announced ...": a spokesperson whose phrase
  // names no country, possessor or 'for' phrase speaks for a body the story has named: the one its body
  // noun names, else the first body or country of the nearest sentence before that names one.
  const speaksForBody = (i: number): void => {
    const m = mentions[i]!;
    const a = actorOf[i]!;
    if (a < 0 || m.country !== null || m.number === 'pl' || doc.lower[m.tokEnd] === 'for' || possessives.has(doc.lower[m.tokStart]!)) return;
    const d = drafts[a]!;
    // The body is read where the spokesperson is introduced ("The spokesman" later says nothing new).
    if (d.country !== null || d.kind !== 'person' || d.mentions[0] !== i) return;
    const roleEnd = m.nameStart !== null ? tokenAt(doc, m.nameStart) : m.tokEnd;
    let voice = -1;
    for (let t = m.tokStart; t < roleEnd; t++) if (lex.bodyVoices.has(doc.lower[t]!)) voice = t;
    if (voice < 0) return;
    let head = '';
    let common = true;
    for (let t = m.tokStart; t < voice; t++) {
      const w = doc.lower[t]!;
      if (lex.voiceModifiers.has(w)) continue;
      if (head !== '') return; // a body named in more words is the mention's own to code
      head = w;
      common = doc.form[t] === w;
    }
    const named = head !== '' ? organisationNamed(doc, drafts, ix, mentions, m, head) : -1;
    // "military spokesman" after "an offensive by the Iranian military": a body named by its common
    // noun is the one the story has as a subject, not any body of that name.
    if (named >= 0 && opensSentence(mentions[drafts[named]!.mentions[0]!]!)) {
      if (drafts[named]!.country !== null) speakFor(a, named);
      return;
    }
    // With no body of that name, a common noun of the state ("Germany also recalled its ambassador, a
    // government spokesman said") speaks for the subject, as no noun does; a name the story has no actor
    // for ("a Sony spokesman") is that body's, and a company's or the military's spokesman is too often
    // the other side's, whoever opened the sentence. Applied once every actor is made (below), before
    // the countries of the spokesperson's sentence and the dateline's: whom a spokesperson speaks for is
    // the story's subject, not a country the sentence names ("recalled its ambassador from Minsk").
    if (head !== '' && (named >= 0 || !common || m.sector !== 'GOV')) return;
    const b = bodyBefore(m, a);
    if (b >= 0 && drafts[b]!.country !== null) voices.push(a, b);
  };
  /** Pairs (spokesperson actor, body actor) found by speaksForBody, applied after the main loop. */
  const voices: number[] = [];
  const speakFor = (a: number, b: number): void => {
    const d = drafts[a]!;
    const body = drafts[b]!;
    if (d.country !== null) return;
    d.country = body.country;
    d.sector ??= body.kind === 'country' ? (body.sector ?? 'GOV') : body.sector;
    if (d.known === null && body.sector !== null && body.sector === d.sector) d.known = body.known;
    push(ix.byCountry, body.country!, a);
  };

  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.nested === true) {
      // "Clinton ... Supporters of Hillary Clinton": a person's full name inside another phrase still
      // completes the person named before (the phrase's actor is another).
      // (only a one-word name is completed so: a phrase may name the person with a by-name, "Crooked Hillary Clinton supporters")
      if (m.kind === 'person' && m.name !== null && m.name.includes(' ')) {
        const a = findPerson(drafts, ix, m);
        if (a >= 0 && !drafts[a]!.name.includes(' ')) fullName(a, m.name);
      }
      continue;
    }
    switch (m.kind) {
      case 'person': {
        const a = findPerson(drafts, ix, m);
        if (a >= 0) {
          link(i, a);
          if (m.name !== null) fullName(a, m.name);
        } else create(i, 'person', nestedFullName(mentions, i) ?? m.name ?? m.text, null);
        const t = deferred.get(i);
        if (t !== undefined) {
          link(t, actorOf[i]!);
          ownedOffice(t);
        }
        // "her husband Siarhei": a family noun right before the name gives the person's sex.
        const pd = drafts[actorOf[i]!]!;
        if (pd.gender === null && m.tokStart > doc.sentStart[doc.sentOf[m.tokStart]!]!) pd.gender = kinshipGender(doc.lower[m.tokStart - 1]!);
        possessed(i);
        appositivePossessor(i);
        speaksForBody(i);
        knownLeader(actorOf[i]!);
        break;
      }
      case 'title': {
        if (m.number === 'pl') {
          // "European Community foreign ministers", "Israeli officials": a group of office holders.
          const key = `titles|${m.title ?? ''}|${m.country ?? ''}|${m.code ?? ''}`;
          const a = byKey.get(key);
          if (a !== undefined) link(i, a);
          else create(i, 'group', withoutDeterminer(m.text), key);
          break;
        }
        // "its chief executive, Jane Doe,": the title waits for the person it introduces.
        const next = appositiveAhead(doc, mentions, i);
        if (next >= 0) {
          deferred.set(next, i);
          break;
        }
        const a = appositiveOf(doc, mentions, actorOf, i) ?? (introducesNew(doc, m) ? -1 : findHolder(doc, drafts, ix, mentions, m));
        if (a >= 0) link(i, a);
        else create(i, 'person', withoutDeterminer(m.text), null);
        speaksForBody(i);
        break;
      }
      case 'agent': {
        // "the PKK terrorist group", "the Hamas militant group": the organisation itself, one actor with
        // its code (the bare "PKK" later joins it), not a group of its own.
        const named = describedOrganisation(doc, lex, mentions, i);
        if (named >= 0) {
          const o = mentions[named]!;
          const key = orgKey(o.name ?? o.text);
          const a = byKey.get(key);
          if (a !== undefined) link(i, a);
          else create(i, 'organisation', o.name ?? o.text, key, o);
          break;
        }
        const onePerson = personRole(doc, m);
        if (onePerson) {
          // "journalist Ali Demir", "British national Mark Davies": the role of the person it names.
          const next = nameAhead(mentions, i);
          if (next >= 0) {
            deferred.set(next, i);
            break;
          }
          // "Mark Davies, a British citizen," / "Hatice Cengiz is a Turkish national": the person's role.
          const held = roleOfPersonBefore(doc, mentions, actorOf, i);
          if (held >= 0) {
            link(i, held);
            break;
          }
        }
        if (m.refersToOrg === true) {
          // "the commission" after "the National Telecommunications Commission": only a body named so;
          // with none, the noun is no actor of its own (a company's committee, an unnamed council).
          if (lex.namedBodyNouns.has(m.head ?? '')) {
            const named = organisationNamed(doc, drafts, ix, mentions, m, m.head!);
            if (named >= 0) link(i, named);
            break;
          }
          const a = recentOrganisation(doc, drafts, ix, mentions, m);
          // "NATO Secretary-General Mark Rutte said the alliance ...": an intergovernmental body named only
          // inside another phrase is the one "the alliance" or "the bloc" refers back to.
          const nested = a < 0 && lex.intergovernmentalNouns.has(m.head ?? '') ? nestedIntergovernmental(doc, mentions, i) : -1;
          if (a >= 0) link(i, a);
          else if (nested >= 0) {
            const o = mentions[nested]!;
            const key = `org|${(o.name ?? o.text).toLowerCase()}`;
            const b = byKey.get(key);
            if (b !== undefined) link(i, b);
            else create(i, 'organisation', o.name ?? o.text, key, o);
          } else create(i, 'organisation', withoutDeterminer(m.text), null);
          break;
        }
        if (m.refersToCountry === true) {
          const a = salientOf(drafts, ix, m.country!);
          if (a >= 0) link(i, a);
          else countryActor(i, m.country!, 'GOV');
          break;
        }
        const head = m.head ?? m.name ?? '';
        const key = `agent|${head}|${m.country ?? ''}|${m.ethnicity ?? ''}|${m.sector ?? ''}`;
        const orgCode = orgCodeOf(m);
        let a = byKey.get(key) ?? (orgCode !== null ? byOrgCode.get(orgCode) : undefined);
        // "the army" after "the Israeli army": a bare definite agent is the latest one with that head;
        // "the ministry" after "the Azerbaijani Defense Ministry", the latest organisation named so.
        if (m.country === null && m.ethnicity === null && /^the\s/i.test(m.text)) {
          a = byHead.get(`${head}|${m.sector ?? ''}`) ?? (m.sector === null ? byHeadAnySector.get(head) : undefined) ?? a;
          if (a === undefined) {
            const named = organisationNamed(doc, drafts, ix, mentions, m, head);
            if (named >= 0) {
              link(i, named);
              break;
            }
          }
        }
        if (a !== undefined) link(i, a);
        else {
          // "a French national", "a U.S. citizen": one person, whom "he" and "his family" can refer to.
          const kind = m.actorKind === 'organisation' ? 'organisation' : onePerson && m.number === 'sg' ? 'person' : 'group';
          a = create(i, kind, m.name ?? withoutDeterminer(m.text), key);
          possessedGroup(i);
        }
        byHead.set(`${head}|${m.sector ?? ''}`, a);
        byHeadAnySector.set(head, a);
        if (orgCode !== null && !byOrgCode.has(orgCode)) byOrgCode.set(orgCode, a);
        break;
      }
      case 'organisation': {
        const key = orgKey(m.name ?? m.text);
        const orgCode = orgCodeOf(m);
        let a = byKey.get(key) ?? (orgCode !== null ? byOrgCode.get(orgCode) : undefined) ?? shortNameOf(drafts, m);
        // A state body's generic name with another country's modifier is another body ("the Russian
        // Foreign Ministry" ... "the Turkish Foreign Ministry"); a mention with no country of its own
        // goes to the latest body of that name.
        const other = a !== undefined && m.country !== null && drafts[a]!.country !== null && drafts[a]!.country !== m.country;
        if (other) a = byKey.get(`${key}|${m.country}`);
        if (a !== undefined) {
          link(i, a);
          byKey.set(key, a);
        } else if (other) create(i, 'organisation', m.name ?? m.text, key);
        else {
          // A one-word "organisation" the knowledge base does not know that is the surname of a person
          // named before is that person ("Nabil Hasan al-Quaety ... al-Quaety's work").
          const one = m.code == null && m.name !== null ? nameTokens(m.name) : [];
          const p = one.length === 1 ? findPerson(drafts, ix, m) : -1;
          // What the knowledge base says of the organisation ("Bloomberg", a news outlet) is not said of the person.
          if (p >= 0 && drafts[p]!.nameToks.length > 1 && drafts[p]!.nameToks[drafts[p]!.nameToks.length - 1] === one[0]) link(i, p, false);
          else create(i, 'organisation', m.name ?? m.text, key);
        }
        const got = drafts[actorOf[i]!];
        if (got !== undefined && got.kind === 'organisation' && got.country !== null) byKey.set(`${key}|${got.country}`, actorOf[i]!);
        if (orgCode !== null && got !== undefined && !byOrgCode.has(orgCode)) byOrgCode.set(orgCode, actorOf[i]!);
        break;
      }
      case 'country':
        if (m.country === null) break;
        if (!isLocative(doc, lex, m)) countryActor(i, m.country, null);
        else placeCountries.push(i);
        break;
      case 'place':
        if (m.refersToCountry === true && m.country !== null) countryActor(i, m.country, 'GOV');
        break;
      case 'demonym': {
        // An ethnic group without a state of its own ("Kurds") is still a group; its adjective on a thing names no country.
        if (m.country === null && (m.actorKind !== 'group' || m.ethnicity === null)) break;
        // "an Australian ultimatum", "German goods": the country stands behind the thing (latent).
        if (m.actorKind !== 'group') {
          placeCountries.push(i);
          break;
        }
        const key = `demonym|${m.country ?? ''}|${m.ethnicity ?? ''}`;
        const a = byKey.get(key);
        if (a !== undefined) link(i, a);
        else create(i, 'group', m.text, key);
        break;
      }
      case 'pronoun': {
        const a = antecedent(doc, mentions, actorOf, drafts, i, quotations);
        if (a >= 0) {
          actorOf[i] = a;
          drafts[a]!.mentions.push(i);
        }
        break;
      }
      default:
        break;
    }
  }

  function countryActor(i: number, iso3: string, sector: string | null): void {
    const key = `country|${iso3}|${sector ?? ''}`;
    const a = byKey.get(key);
    if (a !== undefined) link(i, a);
    else {
      const k = create(i, 'country', countryName(iso3), key);
      drafts[k]!.country = iso3;
      drafts[k]!.sector = sector;
    }
  }

  const toActor = (d: Draft): Actor => {
    d.mentions.sort((x, y) => x - y);
    return {
      name: d.name,
      kind: d.kind,
      country: d.country,
      sector: d.sector,
      title: d.title,
      code: cameoCode(d.country, d.sector, d.known),
      ethnicity: d.ethnicity,
      mentions: d.mentions,
      confidence: actorConfidence(d, mentions),
    };
  };
  // "a former adviser for U.S. President Donald Trump", "a spokesman for the company": a serving
  // title's 'for' phrase names whom the holder serves, whose sector and country the holder takes
  // (as "his spokesman" does; see possessed).
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const a = actorOf[i]!;
    if (a < 0 || m.title === null || !lex.servingTitles.has(m.title) || doc.lower[m.tokEnd] !== 'for') continue;
    const j = mentionFrom(mentions, i + 1, m.tokEnd + 1, doc.lower[m.tokEnd + 1] === 'the' ? m.tokEnd + 2 : m.tokEnd + 1);
    const b = j >= 0 ? actorOf[j]! : -1;
    if (b < 0 || b === a) continue;
    const d = drafts[a]!;
    if (d.sector === null && d.country === null) d.sector = drafts[b]!.sector;
    countryOfPossessor(a, b);
  }
  // Spokespersons speak for the bodies speaksForBody found for them.
  for (let k = 0; k < voices.length; k += 2) speakFor(voices[k]!, voices[k + 1]!);
  // "BERLIN (Reuters) - Germany expelled two Russian diplomats after prosecutors charged a German citizen
  // with spying for Moscow": police and prosecutors are where the story is filed, not the country their
  // sentence happens to name (one placed in a country, "police in Gaza", is that country's still).
  const datelineLocal = datelineCountry !== null ? localsOf('datelineLocals') : null;
  countriesFromContext(doc, mentions, actorOf, drafts, contextCountries, (d) => datelineLocal !== null && isLocal(datelineLocal, d));
  // Without a dateline, a story that is plainly about one country ("died in Aden, in southern Yemen ...
  // the government called for") places its bare state bodies there, as a dateline would.
  if (datelineCountry !== null) {
    fromDateline(doc, mentions, drafts, datelineCountry, 'datelineLocals');
    // "TBILISI, Georgia (AP) - ... Prime Minister Irakli Kobakhidze", in a story that keeps naming
    // Georgia: when the story's country is the dateline's, its bare state bodies and officials are too.
    // So too when the story names no other country at all ("NAIROBI (Reuters) - ... marched on Kenya's
    // parliament ... The government deployed the army"): whose government else could it be.
    // So too when the lead sentence names the dateline's country and no other ("KHARTOUM (AFP) - Sudan's
    // paramilitary RSF shelled a market in El Fasher ... the army said"): the story is set there.
    if (
      storyCountry(mentions, townCountries) === datelineCountry ||
      onlyCountry(mentions, townCountries, datelineCountry) ||
      leadCountry(doc, mentions, townCountries) === datelineCountry
    ) {
      fromDateline(doc, mentions, drafts, datelineCountry, 'storyLocals');
    }
  } else {
    const home = storyCountry(mentions, townCountries) ?? soleCountry(doc, mentions, townCountries);
    if (home !== null) fromDateline(doc, mentions, drafts, home, 'storyLocals');
  }
  sectorKinCountries(drafts);
  const actors: Actor[] = drafts.map(toActor);
  // Countries named only as places or on things: latent actors (see ActorLayer), one per country the
  // story has no actor for.
  const latent: Actor[] = [];
  const placeActorOf = int32sOf(mentions.length, -1);
  const latentOf = new Map<string, number>();
  for (const i of placeCountries) {
    const iso3 = mentions[i]!.country!;
    const own = byKey.get(`country|${iso3}|`);
    if (own !== undefined) {
      placeActorOf[i] = own;
      continue;
    }
    let k = latentOf.get(iso3);
    if (k === undefined) {
      k = latent.length;
      latentOf.set(iso3, k);
      latent.push({ name: countryName(iso3), kind: 'country', country: iso3, sector: null, title: null, code: iso3, ethnicity: null, mentions: [], confidence: 0 });
    }
    const a = latent[k]!;
    a.mentions.push(i);
    a.confidence = Math.max(a.confidence, mentions[i]!.confidence);
    placeActorOf[i] = actors.length + k;
  }
  return { actors, actorOf, latent, placeActorOf };
}

/**
 * The country mention i names, for telling which country a story is about: its own, or the country of
 * the town the places stage resolved it to; null for none and for international bodies.
 */
function namedCountry(m: Mention, i: number, placeCountries: readonly (string | null)[]): string | null {
  const c = m.country ?? (m.kind === 'place' ? placeCountries[i] ?? null : null);
  return c === null || isTransnational(c) ? null : c;
}

/**
 * The country a story is about, when one dominates: named (as a country, place or demonym, or by a
 * town or region in it: `placeCountries`, ISO alpha-3 per mention) at least three times and at least
 * twice as often as any other; null otherwise. The towns count because a story set in one country
 * often names another more often ("UK urges US to waive immunity ...": Watford, London and
 * Northamptonshire are where it happens).
 */
function storyCountry(mentions: readonly Mention[], placeCountries: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    // A person or organisation the places stage also read as a town ("McArthur") is not counted.
    const c = namedCountry(m, i, placeCountries);
    if (c !== null && m.nested !== true) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (const [c, n] of counts) {
    if (n > top) {
      second = top;
      top = n;
      best = c;
    } else if (n > second) second = n;
  }
  return top >= 3 && top >= 2 * second ? best : null;
}

/**
 * The one country a story names (towns' countries included; international bodies aside), if it names
 * it at least twice as a place where things happen (a country or town of its own, not a modifier of
 * someone, not a destination or topic: "in northern Bangladesh ... in Sylhet"); else null. One mention is
 * too little: "a conference in Paris", "Kenyan nationals fled", "U.S. Secretary of State Jane Roe met".
 */
function soleCountry(doc: Doc, mentions: readonly Mention[], placeCountries: readonly (string | null)[]): string | null {
  let only: string | null = null;
  let located = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const c = namedCountry(m, i, placeCountries);
    if (c === null) continue;
    if (only !== null && c !== only) return null;
    only = c;
    if ((m.kind === 'place' || m.kind === 'country') && m.nested !== true && !elsewhere(doc, m)) located++;
  }
  return located >= 2 ? only : null;
}

let kinWords: ReadonlyMap<string, ReadonlySet<string>> | null = null;

/**
 * "Venezuela's opposition said its candidate had won ... Opposition leader Maria Corina Machado said":
 * the actors of a sector named by its body's word, and its titled persons (agents.json sectorKin), with
 * no country of their own take the country of the sector's others, when all of those that have one share it.
 */
function sectorKinCountries(drafts: Draft[]): void {
  kinWords ??= new Map(Object.entries(readDataJson<{ sectorKin: Record<string, string[]> }>('agents.json').sectorKin).map(([k, v]) => [k, new Set(v)]));
  for (const [sector, words] of kinWords) {
    const named = (d: Draft): boolean => d.name.toLowerCase().split(/[\s-]+/).some((w) => words.has(w));
    let country: string | null = null;
    let shared = true;
    const without: Draft[] = [];
    for (const d of drafts) {
      if (d.sector !== sector || d.mentions.length === 0) continue;
      if (d.country === null) {
        if (named(d) || (d.kind === 'person' && d.title !== null)) without.push(d);
      } else if (isTransnational(d.country) || (country !== null && country !== d.country)) shared = false;
      else country = d.country;
    }
    if (!shared || country === null) continue;
    for (const d of without) d.country = country;
  }
}

/**
 * The organisation an agent phrase is, when its head noun is an organisation noun (agents.json
 * organisationNouns) right after the organisation's name, with only lower-case words between ("the PKK
 * terrorist group"): the index of the nested organisation mention, or -1.
 */
function describedOrganisation(doc: Doc, lex: Lexicon, mentions: readonly Mention[], i: number): number {
  const m = mentions[i]!;
  const head = m.head ?? '';
  const last = head.slice(head.lastIndexOf(' ') + 1);
  if (!lex.organisationNouns.has(last)) return -1;
  for (let j = i + 1; j < mentions.length && mentions[j]!.tokStart < m.tokEnd; j++) {
    const o = mentions[j]!;
    if (o.kind !== 'organisation' || o.tokEnd >= m.tokEnd) continue;
    for (let t = o.tokEnd; t < m.tokEnd; t++) if (doc.form[t] !== doc.lower[t]) return -1;
    return j;
  }
  return -1;
}

/**
 * The one country the story's first sentence names (as a country, demonym, or a town or region in it;
 * international bodies aside), or null when it names none or several.
 */
function leadCountry(doc: Doc, mentions: readonly Mention[], placeCountries: readonly (string | null)[]): string | null {
  let only: string | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (doc.sentOf[m.tokStart] !== 0) break;
    const c = namedCountry(m, i, placeCountries);
    if (c === null) continue;
    if (only !== null && c !== only) return null;
    only = c;
  }
  return only;
}

/** Whether every country the story names (towns' countries included; international bodies aside) is `country`. */
function onlyCountry(mentions: readonly Mention[], placeCountries: readonly (string | null)[], country: string): boolean {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const c = namedCountry(m, i, placeCountries);
    if (c !== null && c !== country) return false;
  }
  return true;
}

/** The first mention from index `from` on that starts at token `lo` or `hi`, or -1 (mentions are in text order). */
function mentionFrom(mentions: readonly Mention[], from: number, lo: number, hi: number): number {
  for (let j = from; j < mentions.length && mentions[j]!.tokStart <= hi; j++) {
    const t = mentions[j]!.tokStart;
    if ((t === lo || t === hi) && mentions[j]!.nested !== true) return j;
  }
  return -1;
}

/**
 * A person or group with a role but no country ("Judge Alejandro Rivera", "Opposition groups") takes
 * the country its first sentence names (a country, a demonym, a capital, or a town or region the places
 * stage resolved with confidence), when that is one country and not the country of another
 * person or organisation there ("... opened investigations against 28 Chilean officials"; but not
 * "U.S. Secretary of State X met President Y").
 */
function countriesFromContext(
  doc: Doc,
  mentions: readonly Mention[],
  actorOf: Int32Array,
  drafts: Draft[],
  placeCountries: readonly (string | null)[],
  /** Actors the dateline places: only a country they are placed in ('in' phrase) overrides it. */
  datelineLocal: (d: Draft) => boolean,
): void {
  let pending = false;
  for (const d of drafts) if (needsCountry(d) || minority(doc, mentions, d)) pending = true;
  if (!pending) return;
  const indexOf = new Map<Mention, number>();
  for (let i = 0; i < mentions.length; i++) indexOf.set(mentions[i]!, i);
  // Per sentence: countries named there (free) and those that belong to a person or organisation (owned);
  // a national capital named as a place counts as its country ("a curfew in Algiers").
  const nSent = doc.sentStart.length;
  const free: (string[] | undefined)[] = new Array(nSent);
  const owned: (string[] | undefined)[] = new Array(nSent);
  /** Countries named as a destination, a partner or a topic: not where the sentence happens. */
  const away: (string[] | undefined)[] = new Array(nSent);
  const named: (string[] | undefined)[] = new Array(nSent);
  /** Countries named as where a visitor goes, with the visiting word's token (see `visitedAt`). */
  const visits: ({ country: string; at: number }[] | undefined)[] = new Array(nSent);
  /** Countries named by their own names outside persons and organisations, with the token their mention ends at. */
  const namedAt: ({ country: string; at: number }[] | undefined)[] = new Array(nSent);
  /** Countries of armed groups named there: another armed group beside them is as often their enemy. */
  const armedOf: (string[] | undefined)[] = new Array(nSent);
  /** Country of each mention, capitals included. */
  // (a town or region resolved by the places stage counts too: "drones attacked a depot in the Bryansk region")
  const countryOf = (m: Mention): string | null =>
    m.country ?? (m.kind === 'place' && m.nested !== true ? (capitalCountry(m.text) ?? placeCountries[indexOf.get(m)!] ?? null) : null);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const c = countryOf(m);
    if (c === null) continue;
    const s = doc.sentOf[m.tokStart]!;
    const a = actorOf[i]!;
    const owner = a >= 0 && (drafts[a]!.kind === 'person' || drafts[a]!.kind === 'organisation');
    const list = owner ? (owned[s] ??= []) : elsewhere(doc, m) ? (away[s] ??= []) : (free[s] ??= []);
    if (!list.includes(c)) list.push(c);
    if (!owner) {
      const v = visitedAt(doc, m);
      if (v >= 0) (visits[s] ??= []).push({ country: c, at: v });
      if (m.kind === 'country') (namedAt[s] ??= []).push({ country: c, at: m.tokEnd });
    }
    const all = (named[s] ??= []);
    if (!all.includes(c)) all.push(c);
    if (a >= 0 && drafts[a]!.kind === 'group' && armedSector(drafts[a]!.sector)) {
      const list2 = (armedOf[s] ??= []);
      if (!list2.includes(c)) list2.push(c);
    }
  }
  for (const d of drafts) {
    if (d.mentions.length === 0) continue;
    const first = mentions[d.mentions[0]!]!;
    const s = doc.sentOf[first.tokStart]!;
    if (minority(doc, mentions, d)) {
      // "ethnic Albanians in south Serbia", "ethnic Turks ... in Bulgaria": a minority is coded with the
      // country it lives in, the one the sentence places it in; its ethnicity stays.
      const home = placedIn(doc, mentions, d.mentions[0]!, countryOf) ?? nearestOtherCountry(doc, mentions, d.mentions[0]!, d.country!, countryOf);
      if (home !== null) {
        d.ethnicity ??= countries().byIso3(d.country!)?.demonym ?? null;
        d.country = home;
      }
      continue;
    }
    if (!needsCountry(d) || qualifiedByOrganisation(mentions, d.mentions[0]!) || outsider(doc, first, d)) continue;
    // "Security forces in Guinea", "Demonstrators in Baghdad": the country a group's mention is placed in
    // (a person "in Tel Aviv" is as often visiting).
    const attached = d.kind === 'group' ? placedIn(doc, mentions, d.mentions[0]!, countryOf) : null;
    if (attached !== null && !isTransnational(attached)) {
      d.country = attached;
      continue;
    }
    if (datelineLocal(d)) continue;
    // "troops killed 1,269 Libyan soldiers": an armed group does not take the country of the other armed group.
    const enemies = armedSector(d.sector) ? (armedOf[s] ?? []) : [];
    // "King Charles visited Kenya": the visitor does not take the country visited.
    const visited = (c: string): boolean => (visits[s] ?? []).some((v) => v.country === c && first.tokEnd <= v.at);
    // "The United States urged the authorities to ...": those addressed are not of the country addressing them.
    const by = addressedAt(doc, first);
    const addressing = (c: string): boolean => by >= 0 && (namedAt[s] ?? []).some((v) => v.country === c && v.at <= by);
    const cands = (free[s] ?? []).filter((c) => !(owned[s] ?? []).includes(c) && !(away[s] ?? []).includes(c) && !enemies.includes(c) && !visited(c) && !addressing(c) && !isTransnational(c));
    if (cands.length === 1) d.country = cands[0]!;
  }
}

/**
 * The direct quotation token t lies in (its index; -1 outside every quotation), the quotation marks
 * found on first use (most stories ask for none).
 */
interface Quotations {
  /** The quotation a token lies in (-1: none). */
  of: (t: number) => number;
  /** The opening mark token of quotation n. */
  open: (n: number) => number;
}

function quotationOf(doc: Doc): Quotations {
  let marks: QuoteMarks | null = null;
  return {
    of: (t: number): number => {
      marks ??= findQuoteMarks(doc);
      for (let n = 0; n < marks.qa.length; n++) if (marks.qa[n]! < t && t < marks.qb[n]!) return n;
      return -1;
    },
    open: (n: number): number => (marks ??= findQuoteMarks(doc)).qa[n]!,
  };
}

/** How far before a quotation's opening mark its speaker's cue verb may be ("X said at a press conference:"). */
const SPEAKER_REACH = 15;

/**
 * Is mention m the speaker of quotation q, a quotation of whole sentences (opening a sentence or after
 * ':' or ','; in a partial one, 'the company said it "extends its condolences"', the speaker may be
 * 'its'): m is outside it, and followed before its opening mark (within SPEAKER_REACH tokens, no other
 * quotation between) by a cue verb as its first verb ('X said: "...', '"...," X said. "...')?
 */
function speaksQuotation(doc: Doc, m: Mention, q: number, quotations: Quotations): boolean {
  const open = quotations.open(q);
  if (m.tokEnd > open || open - m.tokEnd > SPEAKER_REACH) return false;
  const before = doc.form[open - 1];
  if (before !== ':' && before !== ',' && doc.sentStart[doc.sentOf[open]!] !== open) return false;
  // (a subject: not the object of a preposition, "an aide to Lyng said")
  if (m.tokStart > 0 && doc.pos[m.tokStart - 1] === POS.ADP) return false;
  // The first verb after m is the cue.
  for (let t = m.tokEnd; t < open; t++) {
    if (quotations.of(t) >= 0) return false;
    if (doc.pos[t] === POS.VERB) return cueLexicon().verbs.has(doc.lemma[t]!);
  }
  return false;
}

function armedSector(sector: string | null): boolean {
  return sector === 'MIL' || sector === 'REB';
}

/**
 * The country of a place named in an 'in' phrase right after the mention ("Security forces in Guinea",
 * "Ethnic Albanians in south Serbia", "settlers in the city of Hebron"), or null.
 */
function placedIn(doc: Doc, mentions: readonly Mention[], i: number, countryOf: (m: Mention) => string | null): string | null {
  const m = mentions[i]!;
  // "a terror group based in Trinidad": a placing participle may come before the "in".
  const t = m.tokEnd + 1 < doc.length && lexicon().locatedParticiples.has(doc.lower[m.tokEnd]!) ? m.tokEnd + 1 : m.tokEnd;
  if (t >= doc.length || doc.lower[t] !== 'in' || doc.sentOf[t] !== doc.sentOf[m.tokStart]) return null;
  // The first mention with a country within a few tokens ("in the northern city of Kirkuk").
  for (let k = i + 1; k < mentions.length; k++) {
    const o = mentions[k]!;
    if (o.tokStart <= t) continue;
    if (o.tokStart > t + 5) break;
    const c = countryOf(o);
    if (c !== null) return c;
  }
  return null;
}

/** The country other than `own` named nearest to mention i in its sentence ("... offensive against ethnic Albanian guerrillas" after "Macedonia"), or null. */
function nearestOtherCountry(doc: Doc, mentions: readonly Mention[], i: number, own: string, countryOf: (m: Mention) => string | null): string | null {
  const m = mentions[i]!;
  const s = doc.sentOf[m.tokStart]!;
  let best: string | null = null;
  let dist = Infinity;
  for (const step of [-1, 1]) {
    for (let k = i + step; k >= 0 && k < mentions.length; k += step) {
      const o = mentions[k]!;
      if (doc.sentOf[o.tokStart] !== s) break;
      const c = countryOf(o);
      if (c === null || c === own || isTransnational(c)) continue;
      const d = step < 0 ? m.tokStart - o.tokEnd : o.tokStart - m.tokEnd;
      if (d < dist) {
        best = c;
        dist = d;
      }
      break;
    }
  }
  return best;
}

/** "ethnic Albanians": a group named by a demonym after a minority word (data/roles.json minorityMarkers). */
function minority(doc: Doc, mentions: readonly Mention[], d: Draft): boolean {
  if (d.kind !== 'group' || d.country === null || d.mentions.length === 0) return false;
  const m = mentions[d.mentions[0]!]!;
  const before = m.tokStart - 1;
  return (before >= 0 && minorityMarkers().has(doc.lower[before]!)) || minorityMarkers().has(doc.lower[m.tokStart]!);
}

let markers: ReadonlySet<string> | null = null;
function minorityMarkers(): ReadonlySet<string> {
  return (markers ??= new Set(readDataJson<{ minorityMarkers: string[] }>('roles.json').minorityMarkers));
}

let possessiveMap: ReadonlyMap<string, 'm' | 'f' | null> | null = null;
/** Possessive determiners with the gender of a person possessor, null for any other (data/agents.json possessives). */
function possessiveDeterminers(): ReadonlyMap<string, 'm' | 'f' | null> {
  return (possessiveMap ??= new Map(Object.entries(readDataJson<{ possessives: Record<string, 'm' | 'f' | null> }>('agents.json').possessives)));
}

interface Locals {
  sectors: ReadonlySet<string>;
  titles: ReadonlySet<string>;
}
let locals: Record<'datelineLocals' | 'storyLocals', Locals> | null = null;
/**
 * Police, courts, governors and mayors with no country of their own belong where the story is filed
 * ("LAGOS, Nigeria (AP) - Police fired tear gas": NGACOP; data/agents.json datelineLocals); in a story
 * with no dateline that plainly is about one country, so do its government and armed forces
 * (storyLocals: "the government called for his death to be investigated" in a story on Yemen).
 */
function fromDateline(doc: Doc, mentions: readonly Mention[], drafts: Draft[], country: string, which: 'datelineLocals' | 'storyLocals'): void {
  const local = localsOf(which);
  // Judges in a story about an international court ("THE HAGUE - The International Criminal Court ...
  // Judges found ...") are the court's: no local body of a sector that an international one has here.
  const international = new Set<string>();
  for (const d of drafts) if (d.country !== null && d.sector !== null && isTransnational(d.country)) international.add(d.sector);
  for (const d of drafts) {
    if (d.country !== null || d.mentions.length === 0 || (d.sector !== null && international.has(d.sector))) continue;
    // "the border guards of the two countries" say whose they are ("accused the protesters of
    // terrorism": that 'of' is the verb's)
    const first = mentions[d.mentions[0]!]!;
    const end = first.tokEnd;
    if (end < doc.length && doc.lower[end] === 'of' && !(first.tokStart > 0 && (lexicon().ofObjectVerbs.has(doc.lemma[first.tokStart - 1]!) || lexicon().ofObjectVerbs.has(doc.lower[first.tokStart - 1]!)))) continue;
    if (isLocal(local, d) && !regionalBefore(doc, first.tokStart)) d.country = country;
  }
}

function localsOf(which: 'datelineLocals' | 'storyLocals'): Locals {
  if (locals === null) {
    const f = readDataJson<Record<'datelineLocals' | 'storyLocals', { sectors: string[]; titles: string[] }>>('agents.json');
    const set = (l: { sectors: string[]; titles: string[] }): Locals => ({ sectors: new Set(l.sectors), titles: new Set(l.titles) });
    locals = { datelineLocals: set(f.datelineLocals), storyLocals: set(f.storyLocals) };
  }
  return locals[which];
}

/** Whether an actor is one of the locals (by sector, or by title). */
function isLocal(local: Locals, d: Draft): boolean {
  return (d.sector !== null && local.sectors.has(d.sector)) || (d.title !== null && local.titles.has(d.title));
}

/** The word lists of roles.json 'elsewhere', compiled once. */
interface ElsewhereWords {
  preps: ReadonlySet<string>;
  borders: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  visitVerbs: ReadonlySet<string>;
  travelVerbs: ReadonlySet<string>;
  travelNouns: ReadonlySet<string>;
  addressVerbs: ReadonlySet<string>;
}
let elsewhereCompiled: ElsewhereWords | null = null;

function elsewhereWords(): ElsewhereWords {
  if (elsewhereCompiled === null) {
    type Words = { [K in keyof ElsewhereWords]: string[] };
    const e = readDataJson<{ elsewhere: Words }>('roles.json').elsewhere;
    elsewhereCompiled = {
      preps: new Set(e.preps),
      borders: new Set(e.borders),
      topics: new Set(e.topics),
      visitVerbs: new Set(e.visitVerbs),
      travelVerbs: new Set(e.travelVerbs),
      travelNouns: new Set(e.travelNouns),
      addressVerbs: new Set(e.addressVerbs),
    };
  }
  return elsewhereCompiled;
}

/**
 * Whether a country mention names somewhere else than where its sentence happens: after a preposition
 * of direction or opposition ("fleeing towards Burkina Faso", "the fight against Serb forces"), across
 * a border ("the border with Burkina Faso") or in an 'in' phrase on a topic noun ("the situation in
 * Syria"; data/roles.json elsewhere).
 */
function elsewhere(doc: Doc, m: Mention): boolean {
  const words = elsewhereWords();
  let k = m.tokStart - 1;
  const a = doc.sentStart[doc.sentOf[m.tokStart]!]!;
  while (k >= a && doc.pos[k] === POS.DET) k--;
  if (k < a) return false;
  const w = doc.lower[k]!;
  if (words.preps.has(w)) return true;
  if (k - 1 < a) return false;
  if (w === 'with') return words.borders.has(doc.lower[k - 1]!);
  return w === 'in' && words.topics.has(doc.lemma[k - 1]!);
}

/**
 * The verb a mention is the addressee of ("urged the authorities", "called on the government", "accused
 * the police"; roles.json elsewhere.addressVerbs): its token, or -1.
 */
function addressedAt(doc: Doc, m: Mention): number {
  const a = doc.sentStart[doc.sentOf[m.tokStart]!]!;
  let k = m.tokStart - 1;
  while (k >= a && doc.pos[k] === POS.DET) k--;
  if (k >= a && (doc.lower[k] === 'on' || doc.lower[k] === 'upon')) k--;
  // (a verb with its subject before it, not a participle on the noun: "the accused officials")
  return k > a && doc.pos[k] === POS.VERB && elsewhereWords().addressVerbs.has(doc.lemma[k]!) ? k : -1;
}

/**
 * Where a country mention is named as the place a visitor goes ("visited Kenya", "travelled to Turkey",
 * "arrived in Nigeria", "on a state visit to Kenya"): the token of the visiting word, else -1. Those
 * named before that word (the visitors) are seldom of that country; those after it often are ("flew
 * to Japan for talks with government officials").
 */
function visitedAt(doc: Doc, m: Mention): number {
  const words = elsewhereWords();
  let k = m.tokStart - 1;
  const a = doc.sentStart[doc.sentOf[m.tokStart]!]!;
  while (k >= a && doc.pos[k] === POS.DET) k--;
  if (k < a) return -1;
  if (doc.pos[k] === POS.VERB && words.visitVerbs.has(doc.lemma[k]!)) return k;
  const w = doc.lower[k]!;
  if (k - 1 < a || (w !== 'in' && w !== 'to')) return -1;
  const before = doc.lemma[k - 1]!;
  if (doc.pos[k - 1] === POS.VERB && words.travelVerbs.has(before)) return k - 1;
  return w === 'to' && doc.pos[k - 1] === POS.NOUN && words.travelNouns.has(before) ? k - 1 : -1;
}

let capitals: Map<string, string> | null = null;
/** A national capital's country (ISO3), from the country knowledge base ("Algiers" -> DZA). */
function capitalCountry(name: string): string | null {
  if (capitals === null) {
    capitals = new Map();
    for (const c of countries().all) if (c.capital !== null && !capitals.has(c.capital)) capitals.set(c.capital, c.iso3);
  }
  return capitals.get(name) ?? null;
}

/** "European Community foreign ministers": the mention's role is qualified by an organisation, not a country. */
function qualifiedByOrganisation(mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i]!;
  for (let k = i + 1; k < mentions.length && mentions[k]!.tokStart < m.tokEnd; k++) {
    if (mentions[k]!.nested === true && mentions[k]!.kind === 'organisation') return true;
  }
  return false;
}

/**
 * A group from outside the country its sentence names: "the international community", "foreign
 * troops", the press as the audience of a statement ("told reporters"; not "a journalist was killed").
 * It takes no country from context.
 */
function outsider(doc: Doc, m: Mention, d: Draft): boolean {
  const lex = lexicon();
  if (d.kind !== 'group') return false;
  const before = m.tokStart > 0 ? doc.lemma[m.tokStart - 1]! : '';
  if (d.sector !== null && lex.audienceSectors.has(d.sector) && lex.audienceCues.has(before)) return true;
  // "Russia expelled two diplomats", "Libya deported 50 migrants": those sent out of the sentence's country
  // are not of it (the verb may stand before a determiner or a number of the object).
  let v = m.tokStart - 1;
  while (v > 0 && v >= m.tokStart - 3 && (doc.pos[v] === POS.DET || doc.pos[v] === POS.NUM)) v--;
  if (v >= 0 && doc.pos[v] === POS.VERB && lex.outsiderObjectVerbs.has(doc.lemma[v]!)) return true;
  for (let t = m.tokStart; t < m.tokEnd; t++) if (lex.outsiderModifiers.has(doc.lower[t]!)) return true;
  return regionalBefore(doc, m.tokStart);
}

/**
 * "several Latin American governments", "European leaders", "Western diplomats": a capitalised regional
 * adjective of one to three words right before token t (data/agents.json regionalModifiers).
 */
function regionalBefore(doc: Doc, t: number): boolean {
  const regional = lexicon().regionalModifiers;
  const s = doc.sentStart[doc.sentOf[t]!]!;
  let phrase = '';
  for (let k = t - 1; k >= s && k >= t - 3; k--) {
    const c = doc.form[k]!.charCodeAt(0);
    if (c < 65 || c > 90) return false;
    phrase = phrase === '' ? doc.lower[k]! : `${doc.lower[k]!} ${phrase}`;
    if (regional.has(phrase)) return true;
  }
  return false;
}

function needsCountry(d: Draft): boolean {
  if (d.country !== null || d.known !== null) return false;
  // "Kurds demonstrated in Kirkuk": an ethnic group without a state takes the country it is placed in.
  return (d.sector !== null && (d.kind === 'person' || d.kind === 'group')) || (d.kind === 'group' && d.ethnicity !== null);
}

/** Fold what a mention says into its actor (first values win; a named title beats a bare one). */
function absorb(d: Draft, m: Mention): void {
  if (d.country === null && m.country !== null) d.country = m.country;
  if (d.sector === null && m.sector !== null) d.sector = m.sector;
  // "the Deputy Chief Minister ... former Deputy Chief Minister": a titled mention that says the holder has
  // left the office (ELI) outranks the office's own sector taken from a bare title before it.
  else if (m.sector === 'ELI' && m.title !== null && d.title === m.title && !d.named) d.sector = 'ELI';
  if (d.title === null && m.title !== null) d.title = m.title;
  if (d.ethnicity === null && m.ethnicity !== null) d.ethnicity = m.ethnicity;
  if (d.known === null && m.code != null) d.known = m.code;
  if (d.gender === null && m.gender != null) d.gender = m.gender;
  if (m.classes) for (const c of m.classes) d.classes.add(c);
}

let nameArticle: RegExp | null = null;

/**
 * Name tokens for matching, without the Arabic article joined to a surname ("al-Assad", "Al-Quaety" at a
 * sentence start; names.json surnameArticles): news writes the same person "Bashar al-Assad" and "Assad".
 */
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING = /[\u0300-\u036f]/g;

/**
 * "Bernie Sanders supporters ... Sanders said": a person first named inside a group's or body's phrase
 * (a nested mention, no actor of its own) gives a later surname its full name: the latest earlier nested
 * person's name of several words that ends with mention i's one-word name, or null.
 */
function nestedFullName(mentions: readonly Mention[], i: number): string | null {
  const name = mentions[i]!.name ?? mentions[i]!.text;
  if (name.includes(' ')) return null;
  for (let k = i - 1; k >= 0; k--) {
    const n = mentions[k]!;
    if (n.nested !== true || n.kind !== 'person') continue;
    const full = n.name ?? n.text;
    if (full.length > name.length + 1 && full.endsWith(' ' + name)) return full;
  }
  return null;
}

function nameTokens(name: string): string[] {
  nameArticle ??= new RegExp(`^(?:${readDataJson<{ surnameArticles: string[] }>('names.json').surnameArticles.join('|')})[-\u2010\u2011](?=\\p{Lu})`, 'iu');
  const article = nameArticle;
  // Accents are dropped: "Erdoğan" and "Erdogan" are one name (news spells it both ways).
  const plain = NON_ASCII.test(name) ? name.normalize('NFD').replace(COMBINING, '') : name;
  return plain
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((t) => t.replace(article, ''));
}

/** First names agree when equal, when one is an initial of the other, or when one is missing. */
function firstNamesAgree(x: string[], y: string[]): boolean {
  if (x.length < 2 || y.length < 2) return true;
  const a = x[0]!.replace(/\.$/, '');
  const b = y[0]!.replace(/\.$/, '');
  if (a === b) return true;
  return (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

function findPerson(drafts: Draft[], ix: Indexes, m: Mention): number {
  if (m.name === null) return -1;
  const toks = nameTokens(m.name);
  const last = toks[toks.length - 1]!;
  const candidates = ix.byToken.get(last);
  if (candidates === undefined) return -1;
  let best = -1;
  for (let k = candidates.length - 1; k >= 0; k--) {
    const a = candidates[k]!;
    const d = drafts[a]!;
    if (d.kind !== 'person' || !d.named || !d.nameToks.includes(last)) continue;
    if (d.name === m.name) return a;
    const dt = d.nameToks;
    if (dt[dt.length - 1] === last && firstNamesAgree(dt, toks)) {
      if (!compatible(d.country, m.country)) continue;
      if (best < 0 || a > best) best = a;
    } else if (toks.length === 1 && (best < 0 || a > best)) best = a;
  }
  if (toks.length === 1 && best >= 0) {
    // A bare surname that two persons of the story share is the one the story keeps naming, unless the
    // latest of them has been named nearly as often: after "Mayor Sadiq Khan (no relation)", "Khan was
    // convicted" is still the attacker Usman Khan named ten times before.
    let main = best;
    for (const a of candidates) {
      const d = drafts[a]!;
      if (d.kind === 'person' && d.named && d.nameToks[d.nameToks.length - 1] === last && d.mentions.length > drafts[main]!.mentions.length) main = a;
    }
    if (main !== best && drafts[main]!.mentions.length >= SURNAME_DOMINANCE * drafts[best]!.mentions.length) best = main;
  }
  return best;
}

/** How many times more often the story must have named a namesake before a bare surname goes to it, not the latest. */
const SURNAME_DOMINANCE = 3;

function compatible(x: string | null, y: string | null): boolean {
  return x === null || y === null || x === y;
}

/** "Ilham Aliyev, the president of Azerbaijan,": a title right after a person and a comma. */
function appositiveOf(doc: Doc, mentions: readonly Mention[], actorOf: Int32Array, i: number): number | null {
  let k = i - 1;
  while (k >= 0 && mentions[k]!.nested === true) k--;
  if (k < 0) return null;
  const p = mentions[k]!;
  const m = mentions[i]!;
  if (p.kind !== 'person' || actorOf[k]! < 0) return null;
  if (m.tokStart !== p.tokEnd + 1 || doc.form[p.tokEnd] !== ',') return null;
  return actorOf[k]!;
}

/**
 * Whether agent mention m can be one person's role: a singular count noun of people ("journalist",
 * "activist", "national"), not a body ("the government", "police") nor a group ("journalists").
 */
function personRole(doc: Doc, m: Mention): boolean {
  if (m.actorKind !== 'group' || m.refersToOrg === true || m.refersToCountry === true) return false;
  const h = m.tokEnd - 1;
  // A plural head has a lemma other than its form ("journalists" -> "journalist").
  // wink tags some of them adjectives ("a Saudi national") or, capitalised, proper nouns ("Activist
  // Nabeel Rajab"); the mention layer took them as heads.
  return doc.pos[h] !== POS.VERB && doc.lemma[h] === doc.lower[h] && !massNouns().has(doc.lower[h]!);
}

/**
 * "the House" after "the United States House of Representatives", "the Senate" after "the U.S.
 * Senate": a one-word organisation name that begins (before "of") the name of an organisation named
 * before with a country, or is the head noun that ends it, is that organisation (the latest such).
 */
function shortNameOf(drafts: readonly Draft[], m: Mention): number | undefined {
  const name = m.name ?? m.text;
  if (m.code != null || m.country !== null || !/^[A-Z][a-z]+$/.test(name)) return undefined;
  const before = name + ' of ';
  // The end of a name only when it is an organisation head noun: "the Fund" is the International
  // Monetary Fund, but "the House" is not the White House.
  const after = lexicon().orgHeads.has(name) ? ' ' + name : null;
  for (let a = drafts.length - 1; a >= 0; a--) {
    const d = drafts[a]!;
    if (d.kind !== 'organisation' || d.country === null) continue;
    if (d.name.startsWith(before) || (after !== null && d.name.endsWith(after))) return a;
  }
  return undefined;
}

let uniqueCodes: ReadonlySet<string> | null = null;

/**
 * Codes that name one organisation of organisations.json and no other ("YEMREBHOU", the Houthis; not
 * "MNCUSABUS", which many companies share): members named by it ("Houthi rebels", "Taliban fighters")
 * and the organisation are one actor.
 */
function uniqueOrgCodes(): ReadonlySet<string> {
  if (uniqueCodes === null) {
    const count = new Map<string, number>();
    for (const o of readDataJson<{ organisations: { code?: string | null }[] }>('organisations.json').organisations) {
      if (o.code) count.set(o.code, (count.get(o.code) ?? 0) + 1);
    }
    uniqueCodes = new Set([...count].filter(([, n]) => n === 1).map(([c]) => c));
  }
  return uniqueCodes;
}

let legalForms: ReadonlySet<string> | null = null;

/**
 * The key of an organisation's name: lower case, without a legal form at its end (organisations.json
 * legalForms) or the Reuters markup after it, so that "General Motors Corp" and "General Motors",
 * "<Siemens AG>" and "Siemens" are one company.
 */
function orgKey(name: string): string {
  legalForms ??= new Set(readDataJson<{ legalForms: string[] }>('organisations.json').legalForms);
  let end = name.length;
  while (end > 0 && name.charCodeAt(end - 1) === 62 /* '>' */) end--;
  const sp = name.lastIndexOf(' ', end - 1);
  if (sp > 0 && legalForms.has(name.slice(sp + 1, end))) end = sp;
  return `org|${name.slice(0, end).replace(/\s+/g, ' ').toLowerCase()}`;
}

let kinship: ReadonlyMap<string, 'm' | 'f'> | null = null;

/** The sex a family noun gives the person it names ("husband", "daughter"; first-names.json kinship), or null. */
function kinshipGender(word: string): 'm' | 'f' | null {
  kinship ??= new Map(Object.entries(readDataJson<{ kinship: Record<string, 'm' | 'f'> }>('first-names.json').kinship));
  return kinship.get(word) ?? null;
}

/** The gender a person's first name implies (data/first-names.json), or null. */
function firstNameGender(toks: readonly string[]): 'm' | 'f' | null {
  return toks.length < 2 ? null : firstNameSex(toks[0]!);
}

let appositiveDeterminers: ReadonlySet<string> | null = null;
/** Determiners of a role noun that describes the person named before it (data/agents.json roleDeterminers). */
function roleDeterminers(): ReadonlySet<string> {
  return (appositiveDeterminers ??= new Set(readDataJson<{ roleDeterminers: string[] }>('agents.json').roleDeterminers));
}

let massAgents: ReadonlySet<string> | null = null;
/** Agent nouns that name a body or a mass, never one person, though singular in form (data/agents.json massNouns). */
function massNouns(): ReadonlySet<string> {
  return (massAgents ??= new Set(readDataJson<{ massNouns: string[] }>('agents.json').massNouns));
}

/** "journalist Ali Demir": the index of the person mention that starts right where agent i ends, or -1. */
function nameAhead(mentions: readonly Mention[], i: number): number {
  const m = mentions[i]!;
  let k = i + 1;
  while (k < mentions.length && mentions[k]!.nested === true) k++;
  if (k >= mentions.length) return -1;
  const n = mentions[k]!;
  return n.kind === 'person' && n.nameStart !== null && n.tokStart === m.tokEnd ? k : -1;
}

/**
 * "Mark Davies, a British citizen," or "Hatice Cengiz is a Turkish national" or "Michael Avenatti, the
 * California lawyer,": the actor of the person named just before a singular role noun i with a
 * determiner, after a comma or "is"/"was"; -1 when there is none.
 */
function roleOfPersonBefore(doc: Doc, mentions: readonly Mention[], actorOf: Int32Array, i: number): number {
  const m = mentions[i]!;
  if (!roleDeterminers().has(doc.lower[m.tokStart]!)) return -1;
  let k = i - 1;
  while (k >= 0 && mentions[k]!.nested === true) k--;
  if (k < 0) return -1;
  const p = mentions[k]!;
  if (p.kind !== 'person' || p.nameStart === null || actorOf[k]! < 0 || m.tokStart !== p.tokEnd + 1) return -1;
  const between = doc.lower[p.tokEnd]!;
  return between === ',' || between === 'is' || between === 'was' ? actorOf[k]! : -1;
}

/**
 * "its chief executive, Jane Doe", "the mayor of London, Sadiq Khan": the index of the person mention
 * right after the title (and its of-phrase) and a comma, or -1.
 */
function appositiveAhead(doc: Doc, mentions: readonly Mention[], i: number): number {
  const m = mentions[i]!;
  let comma = m.tokEnd;
  // (the title's of-phrase: a few words, no verb and no other punctuation before the comma, naming a
  // place or a body, as "of London" does; not "the leader of Roman Catholic Christianity")
  if (doc.lower[comma] === 'of') {
    const limit = Math.min(doc.sentEnd[doc.sentOf[m.tokStart]!]!, comma + APPOSITIVE_OF_PHRASE);
    comma++;
    while (comma < limit && doc.form[comma] !== ',' && doc.pos[comma] !== POS.VERB && doc.pos[comma] !== POS.AUX && doc.pos[comma] !== POS.PUNCT) comma++;
  }
  let k = i + 1;
  let placed = comma === m.tokEnd;
  for (; k < mentions.length && (mentions[k]!.nested === true || mentions[k]!.tokEnd <= comma); k++) {
    const kind = mentions[k]!.kind;
    if (kind === 'misc') return -1;
    if (kind === 'place' || kind === 'country' || kind === 'organisation' || kind === 'agent') placed = true;
  }
  if (k >= mentions.length || !placed) return -1;
  const n = mentions[k]!;
  if (n.kind !== 'person' || n.title !== null || n.tokStart !== comma + 1 || doc.form[comma] !== ',') return -1;
  return k;
}
/** Most tokens in the of-phrase of a title before its appositive name ("the mayor of London, ..."). */
const APPOSITIVE_OF_PHRASE = 8;

/**
 * Actors mentioned within `window` sentences before mention m, most recent first (each once),
 * read off the recency list so the cost stays bounded by the mentions in the window.
 */
function* recentActors(doc: Doc, ix: Indexes, mentions: readonly Mention[], m: Mention, window: number): Generator<number> {
  const sent = doc.sentOf[m.tokStart]!;
  const seen = new Set<number>();
  for (let k = ix.recentActor.length - 1; k >= 0; k--) {
    if (sent - doc.sentOf[mentions[ix.recentMention[k]!]!.tokStart]! > window) return;
    const a = ix.recentActor[k]!;
    if (seen.has(a)) continue;
    seen.add(a);
    yield a;
  }
}

/** "the company": the most recent organisation actor (within the role window). */
/** The most recent organisation (within ROLE_WINDOW sentences) whose name ends in `head` ("Defense Ministry" for "ministry"), or -1. */
function organisationNamed(doc: Doc, drafts: Draft[], ix: Indexes, mentions: readonly Mention[], m: Mention, head: string): number {
  if (head === '' || head.includes(' ')) return -1;
  for (const a of recentActors(doc, ix, mentions, m, ROLE_WINDOW)) {
    const d = drafts[a]!;
    // "Hamas militants ... the group": members named by their organisation's code stand for it.
    if (d.kind !== 'organisation' && !(d.kind === 'group' && d.known !== null)) continue;
    const name = d.name.toLowerCase();
    if (name.endsWith(head) && (name.length === head.length || name[name.length - head.length - 1] === ' ')) return a;
    // "the Ministry of Defense of Azerbaijan" ... "the ministry": the head first, its domain after "of"
    if (name.startsWith(`${head} of `)) return a;
    // "the National Commission on Dairy Policy" ... "the commission": the head before its topic
    if (name.startsWith(`${head} on `) || name.includes(` ${head} on `)) return a;
  }
  return -1;
}

function recentOrganisation(doc: Doc, drafts: Draft[], ix: Indexes, mentions: readonly Mention[], m: Mention): number {
  const intergovernmental = lexicon().intergovernmentalNouns.has(m.head ?? '');
  for (const a of recentActors(doc, ix, mentions, m, ROLE_WINDOW)) {
    const d = drafts[a]!;
    if (intergovernmental && d.country !== 'IGO') continue;
    // "Hamas militants ... the group": members named by their organisation's code stand for it.
    if (d.kind !== 'organisation' && !(d.kind === 'group' && d.known !== null)) continue;
    if (m.sector !== null && d.sector !== null && d.sector !== m.sector) continue;
    return a;
  }
  return -1;
}

/**
 * The latest intergovernmental organisation named inside another mention (a nested one, with no actor of
 * its own) before mention i, within ROLE_WINDOW sentences; -1 when none.
 */
function nestedIntergovernmental(doc: Doc, mentions: readonly Mention[], i: number): number {
  const sent = doc.sentOf[mentions[i]!.tokStart]!;
  for (let k = i - 1; k >= 0; k--) {
    const o = mentions[k]!;
    if (sent - doc.sentOf[o.tokStart]! > ROLE_WINDOW) break;
    if (o.nested === true && o.kind === 'organisation' && o.country === 'IGO') return k;
  }
  return -1;
}

/**
 * The person a title-only mention refers to: a person whose country agrees and whose title shares
 * a role class, from the most recent sentence that has one; within that sentence the first such
 * person (the subject, usually: "A's President X phoned B's President Y. The head of state said"
 * is X).
 */
function findHolder(doc: Doc, drafts: Draft[], ix: Indexes, mentions: readonly Mention[], m: Mention): number {
  const sent = doc.sentOf[m.tokStart]!;
  let best = -1;
  let bestSent = -1;
  for (let k = ix.recentActor.length - 1; k >= 0; k--) {
    const ms = doc.sentOf[mentions[ix.recentMention[k]!]!.tokStart]!;
    if (best >= 0 && ms !== bestSent) break;
    if (sent - ms > ROLE_WINDOW) break;
    const a = ix.recentActor[k]!;
    if (holds(drafts[a]!, m)) {
      best = a;
      bestSent = ms;
    }
  }
  return best;
}

let newReferent: { one: ReadonlySet<string>; two: ReadonlySet<string> } | null = null;

/** "another federal judge", "a second official": a title that names someone not met before (titles.json newReferent). */
function introducesNew(doc: Doc, m: Mention): boolean {
  if (newReferent === null) {
    const list = readDataJson<{ newReferent: string[] }>('titles.json').newReferent;
    newReferent = { one: new Set(list.filter((w) => !w.includes(' '))), two: new Set(list.filter((w) => w.includes(' '))) };
  }
  // The determiner opens the mention, or stands right before it (mentions may leave it out).
  const a = m.tokStart;
  const sa = doc.sentStart[doc.sentOf[a]!]!;
  const two = (k: number): boolean => k >= sa && newReferent!.two.has(`${doc.lower[k]!} ${doc.lower[k + 1]!}`);
  return newReferent.one.has(doc.lower[a]!) || (a > sa && newReferent.one.has(doc.lower[a - 1]!)) || (a + 1 < m.tokEnd && two(a)) || two(a - 2);
}

function holds(d: Draft, m: Mention): boolean {
  if (d.kind !== 'person' || !compatible(d.country, m.country)) return false;
  if (m.gender != null && d.gender !== null && m.gender !== d.gender) return false;
  if (d.title !== null && d.title === m.title) return true;
  if (m.classes) for (const c of m.classes) if (d.classes.has(c)) return true;
  // A person known only by name may take a role noun that names their country.
  return d.title === null && m.country !== null && d.country === m.country;
}

/** The most salient actor of a country: most mentions so far, then most recent; persons and bodies only. */
function salientOf(drafts: Draft[], ix: Indexes, country: string): number {
  let best = -1;
  for (const a of ix.byCountry.get(country) ?? []) {
    const d = drafts[a]!;
    if (d.kind === 'group') continue;
    if (d.sector !== null && d.sector !== 'GOV' && d.sector !== 'MIL') continue;
    if (best < 0 || d.mentions.length > drafts[best]!.mentions.length || (d.mentions.length === drafts[best]!.mentions.length && d.last > drafts[best]!.last)) best = a;
  }
  return best;
}

/** A country used as a place: after a locative preposition, or the complement of a place noun. */
function isLocative(doc: Doc, lex: Lexicon, m: Mention): boolean {
  let t = m.tokStart;
  if (t === 0 || doc.sentOf[t - 1] !== doc.sentOf[t]) return false;
  // "in the Gaza Strip", "in northern Turkey": look past an article and a direction word.
  if (t >= 2 && doc.lower[t - 1] === 'the' && doc.sentOf[t - 2] === doc.sentOf[t]) t--;
  if (t >= 2 && lex.directionals.has(doc.lower[t - 1]!) && doc.sentOf[t - 2] === doc.sentOf[t]) t--;
  const prev = doc.lower[t - 1]!;
  if (lex.locatives.has(prev) && doc.pos[t - 1] === POS.ADP) return true;
  if (prev === 'of' && t >= 2) {
    let k = t - 2;
    if (k > 0 && doc.lower[k] === 'the') k--;
    return lex.placeNouns.has(doc.lower[k]!);
  }
  return false;
}

/**
 * Antecedent of a pronoun, within the sentence and the two before. Earlier in the same sentence the
 * nearest compatible mention wins; in an earlier sentence a subject pronoun takes that sentence's
 * first compatible mention (its subject, usually), other pronouns the nearest.
 */
function antecedent(doc: Doc, mentions: readonly Mention[], actorOf: Int32Array, drafts: Draft[], i: number, quotations: Quotations): number {
  const quoteOf = quotations.of;
  const p = mentions[i]!;
  // A third-person pronoun inside a quotation is not its speaker, who says 'I' ('Police spokesman X
  // said: "He fired a shot at the attacker"').
  const pq = quoteOf(p.tokStart);
  let passedSpeaker = false;
  const sent = doc.sentOf[p.tokStart]!;
  let pending = -1;
  let pendingSent = -1;
  // "Gunmen killed 12 people before they fled": a subject pronoun looks past a verb's object to that verb's subject.
  let object = -1;
  let verb = -1;
  for (let k = i - 1; k >= 0; k--) {
    const m = mentions[k]!;
    const ms = doc.sentOf[m.tokStart]!;
    if (pending >= 0 && ms !== pendingSent) return pending;
    if (object >= 0 && ms !== sent) return object;
    if (sent - ms > PRONOUN_WINDOW) break;
    const a = actorOf[k]!;
    if (a < 0 || !agrees(p, m, drafts[a]!)) continue;
    // Outside quotations, a pronoun quoted in the same sentence (someone the speaker talks of) is not
    // the one the speaker is: '"When he says he will fight, I believe him," he said.'
    if (pq < 0 && ms === sent && m.kind === 'pronoun' && quoteOf(m.tokStart) >= 0) continue;
    if (pq >= 0 && quoteOf(m.tokStart) !== pq) {
      if (speaksQuotation(doc, m, pq, quotations)) {
        passedSpeaker = true;
        continue;
      }
      // Past the speaker, the one meant is named in the speaker's words (this quotation or one before)
      // or in its own sentence; a name further back in the narrative is a guess.
      if (passedSpeaker && ms !== sent && quoteOf(m.tokStart) < 0) continue;
    }
    // "Police arrested them": an object pronoun does not refer to its own clause's subject.
    if (ms === sent && p.pronounCase === 'obj' && sameClause(doc, m.tokEnd, p.tokStart)) continue;
    // "Speaking to Martin Smith of PBS, he said": the object of a fronted phrase is not the subject after it.
    if (ms === sent && p.pronounCase === 'subj' && frontedObject(doc, m, p.tokStart)) continue;
    if (object >= 0) {
      if (a !== object && m.tokEnd === verbGroupStart(doc, verb)) return a;
      continue;
    }
    if (ms === sent && p.pronounCase === 'subj') {
      const v = verbBefore(doc, m.tokStart, doc.sentStart[sent]!);
      if (v >= 0) {
        object = a;
        verb = v;
        continue;
      }
    }
    if (ms === sent || p.pronounCase !== 'subj') return a;
    // (the earliest agreeing mention of the sentence before, its subject as a rule, but not one inside a
    // quotation that opens it: '"The ambassador will stay," Catherine Colonna told reporters. She said')
    if (pending >= 0 && quoteOf(m.tokStart) >= 0 && quoteOf(p.tokStart) < 0) continue;
    pending = a;
    pendingSent = ms;
  }
  return object >= 0 ? object : pending;
}



/**
 * Is mention m the object of a preposition in a phrase that a comma closes before token `at`, with no
 * verb after the comma ("Speaking to [Martin Smith] of PBS, he said", "After talks with [Putin], she said")?
 */
function frontedObject(doc: Doc, m: Mention, at: number): boolean {
  let k = m.tokStart - 1;
  while (k >= 0 && doc.pos[k] === POS.DET) k--;
  if (k < 0 || !(doc.pos[k] === POS.ADP || doc.lower[k] === 'to') || doc.sentOf[k] !== doc.sentOf[m.tokStart]) return false;
  for (let t = m.tokEnd; t < at; t++) {
    if (doc.form[t] !== ',') continue;
    for (let u = t + 1; u < at; u++) if (doc.pos[u] === POS.VERB || doc.pos[u] === POS.AUX) return false;
    return true;
  }
  return false;
}

/** The verb whose object starts at token t ("killed [at least] 12 people"), or -1. */
function verbBefore(doc: Doc, t: number, min: number): number {
  let k = t - 1;
  for (let n = 0; n < 2 && k >= min && doc.pos[t] === POS.NUM && (doc.pos[k] === POS.ADP || doc.pos[k] === POS.ADJ || doc.pos[k] === POS.ADV); n++) k--;
  return k >= min && doc.pos[k] === POS.VERB ? k : -1;
}

/** First token of the verb group ending at the verb v (auxiliaries, adverbs, negation). */
function verbGroupStart(doc: Doc, v: number): number {
  let k = v;
  while (k - 1 >= 0 && (doc.pos[k - 1] === POS.AUX || doc.pos[k - 1] === POS.ADV || doc.pos[k - 1] === POS.PART)) k--;
  return k;
}

function agrees(p: Mention, m: Mention, d: Draft): boolean {
  if (p.number === 'sg') {
    if (d.kind !== 'person') return false;
    // A pronoun of the same gender already resolved carries its person on ("She explained ... She
    // credited ... she said"): the chain of a narrative, not a guess.
    if (m.kind === 'pronoun') return p.gender != null && m.gender === p.gender && m.number === 'sg';
    return p.gender == null || d.gender === null || p.gender === d.gender;
  }
  return (d.kind === 'group' && d.number === 'pl') || m.kind === 'pronoun';
}

/** No clause boundary (punctuation, conjunction, subordinator) between tokens a and b. */
function sameClause(doc: Doc, a: number, b: number): boolean {
  for (let t = a; t < b; t++) {
    const p = doc.pos[t]!;
    if (p === POS.PUNCT || p === POS.SCONJ || p === POS.CCONJ) return false;
  }
  return true;
}
