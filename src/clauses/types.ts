import type { Stance } from '../schema.js';

/** An argument phrase of a predicate, as a token range, with the mentions and actors inside it. */
export interface Arg {
  tokStart: number;
  tokEnd: number;
  /** Head token (the noun the phrase is about). */
  head: number;
  /** Mention indices inside the phrase. */
  mentions: number[];
  /** Actor indices referred to by the phrase (via its mentions), most salient first. */
  actors: number[];
}

export type Modality = 'none' | 'future' | 'intent' | 'hypothetical' | 'ability' | 'obligation';

/** One predicate with its arguments. */
export interface Clause {
  sentence: number;
  /** Main verb token (or the nominal trigger's head for noun clauses). */
  pred: number;
  /** Full predicate token range including particles and auxiliaries ("has made", "pointed out"). */
  predStart: number;
  predEnd: number;
  /** Lemma of the main verb, with particle ("point out"). */
  lemma: string;
  subject: Arg | null;
  object: Arg | null;
  /** Prepositional arguments ("to President ...", "against the Armenian armed forces"). */
  preps: { prep: string; arg: Arg }[];
  voice: 'active' | 'passive';
  /** By-agent of a passive. */
  agent: Arg | null;
  negated: boolean;
  modality: Modality;
  /** Index into ClauseLayer.frames of the innermost reporting frame whose content holds this clause. */
  frame: number;
  /** Token extent of the clause. */
  tokStart: number;
  tokEnd: number;
}

/** A reporting frame: speaker + cue + content ("The head of state said that ..."). */
export interface Frame {
  sentence: number;
  /** The speaker phrase; null for "It was underlined that ..." with no recoverable speaker. */
  speaker: Arg | null;
  /** Speaker actor index, possibly inherited (the informant of "X was informed that"), or -1. */
  speakerActor: number;
  cue: { tokStart: number; tokEnd: number };
  /** Content character span. */
  content: { start: number; end: number };
  direct: boolean;
  stance: Stance;
  /** Enclosing frame index or -1 ("X said Y claimed that ..."). */
  parent: number;
  /** Content token range [tokStart, tokEnd). */
  contentTok: { tokStart: number; tokEnd: number };
  /**
   * The speaker is not in the frame's own words but the current speaker of the discourse ("It was
   * underlined that ...", "The American side was informed that ..."): true, and `inherited` is the
   * frame it comes from (-1 when there was none).
   */
  inherits: boolean;
  inherited: number;
}

export interface ClauseLayer {
  clauses: Clause[];
  frames: Frame[];
}
