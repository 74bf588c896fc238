import type { ActorKind, MentionKind } from '../schema.js';

/**
 * A mention: a span of the text that refers to an actor, a place or a role.
 * Token range [tokStart, tokEnd) of the Doc; character range [start, end) of the original text.
 *
 * Mentions are sorted by start (an outer mention before the names nested in it). Actor mentions
 * (person, title, agent, organisation, pronoun, ...) never overlap each other: a person mention
 * swallows its title and the country or organisation that qualifies it ("U.S. Secretary of State
 * Antony Blinken" is one person mention whose country, title and name fields carry the parts).
 * The qualifying names are also emitted as `nested` mentions (country "U.S.") that carry no actor;
 * see docs/ACTORS.md.
 */
export interface Mention {
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  text: string;
  kind: MentionKind;
  /** Canonical name read from the span ("Ilham Aliyev" from "President ... Ilham Aliyev"). */
  name: string | null;
  /** Character span of the proper name inside the mention, or null for nominal/pronoun mentions. */
  nameStart: number | null;
  nameEnd: number | null;
  /** ISO 3166-1 alpha-3, or IGO / NGO / MNC, where the span says it (title, demonym, country). */
  country: string | null;
  /** CAMEO sector code (GOV, MIL, REB, ...) where the span says it. */
  sector: string | null;
  /** Title or role read from the span ("Secretary of State", "President"). */
  title: string | null;
  /** Ethnic or national group named by a demonym inside the span ("Armenian"). */
  ethnicity: string | null;
  /** Which recognizer found it: 'tagger', 'gazetteer', 'pattern', ... */
  via: string;
  confidence: number;
  /** Full CAMEO actor code when the knowledge base gives it (organisations: IGOUNO, NGOHLHIRC). */
  code?: string | null;
  /** Role classes of the title (see data/titles.json) for coreference of role nouns. */
  classes?: readonly string[] | null;
  /** Grammatical number (pronouns, agents, titles). */
  number?: 'sg' | 'pl' | null;
  /** Gender where the text says it (pronoun, honorific, gendered title). */
  gender?: 'm' | 'f' | null;
  /** Case of a pronoun: subjects prefer the previous sentence's subject as antecedent. */
  pronounCase?: 'subj' | 'obj' | 'poss' | null;
  /** A definite noun standing for an organisation named before ("the company"). */
  refersToOrg?: boolean;
  /** A noun standing for a country's government or delegation ("the American side"). */
  refersToCountry?: boolean;
  /** Lowercase head noun of an agent ("armed forces"), for clustering group mentions. */
  head?: string | null;
  /**
   * A name that never founds an actor, kept for entity and place recognition: a name inside another
   * mention (the country of a title, the demonym of an agent, the organisation of an official), or
   * the story's reporting agency ("Interfax news agency said"), which is its source, not a participant.
   */
  nested?: boolean;
  /** The kind of actor this mention would found (agents: group or organisation). */
  actorKind?: ActorKind | null;
}
