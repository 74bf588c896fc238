import type { MentionKind } from '../schema.js';

/**
 * A mention: a span of the text that refers to an actor, a place or a role.
 * Token range [tokStart, tokEnd) of the Doc; character range [start, end) of the original text.
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
}
