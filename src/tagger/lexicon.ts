// The tagger's lexicon: gazetteer phrases and learned word clusters, SNAPSHOT into the model file at
// training time so that the model's features never drift when data/ or npm packages change.
import { hashString, IntTable, mix } from './hash.js';

/** Serialisable lexicon, stored verbatim in the model file. */
export interface LexiconData {
  /** Gazetteer name -> phrases, each phrase as its wink tokens joined by one space, lower-cased. */
  gazetteers: { name: string; phrases: string[]; anyCase?: boolean }[];
  /** Word clusters learned from unlabelled news: per granularity a cluster id for each word. */
  clusters: { words: string[]; ids: number[][] } | null;
}

/** Seed of the chained phrase hash (token hashes folded left to right). */
const PHRASE_SEED = 0x2545f491;
const PHRASE_STEP = 91;
/** Bit set on a phrase-trie key that is a proper prefix of a longer phrase. */
export const PREFIX_BIT = 1 << 30;

/** Extend a phrase key with the next token's lower-case hash. */
export function phraseStep(key: number, lowerHash: number): number {
  return mix(PHRASE_STEP, key, lowerHash);
}

export class Lexicon {
  readonly data: LexiconData;
  /** Chained phrase hash -> bitmask of gazetteers ending here | PREFIX_BIT when a longer phrase continues. */
  readonly phrases = new IntTable();
  readonly maxPhraseTokens: number;
  /** Bitmask of gazetteers whose matches need no capital on the first word. */
  readonly anyCaseMask: number;
  /** word -> index into `clusterIds` (granularities consecutive ids per word). */
  private readonly clusterOf = new Map<string, number>();
  private readonly clusterIds: Int32Array;
  readonly granularities: number;

  constructor(data: LexiconData) {
    this.data = data;
    let maxTokens = 1;
    let anyCase = 0;
    if (data.gazetteers.length > 29) throw new Error('too many gazetteers (at most 29)');
    data.gazetteers.forEach((g, t) => {
      const bit = 1 << t;
      if (g.anyCase === true) anyCase |= bit;
      for (const p of g.phrases) {
        const toks = p.split(' ');
        if (toks.length > maxTokens) maxTokens = toks.length;
        let key = PHRASE_SEED;
        for (let j = 0; j < toks.length; j++) {
          key = phraseStep(key, hashString(toks[j]!));
          const prev = this.phrases.get(key);
          this.phrases.set(key, prev | (j === toks.length - 1 ? bit : PREFIX_BIT));
        }
      }
    });
    this.maxPhraseTokens = maxTokens;
    this.anyCaseMask = anyCase;
    const c = data.clusters;
    this.granularities = c === null ? 0 : c.ids.length;
    const G = this.granularities;
    this.clusterIds = new Int32Array(c === null ? 0 : c.words.length * G);
    if (c !== null) {
      for (let w = 0; w < c.words.length; w++) {
        for (let g = 0; g < G; g++) this.clusterIds[w * G + g] = c.ids[g]![w]!;
        this.clusterOf.set(c.words[w]!, w * G);
      }
    }
  }

  static phraseSeed(): number {
    return PHRASE_SEED;
  }

  /**
   * Cluster ids of a surface form: the form itself, else its capitalised form (for all-caps
   * headlines), else its lower case; null when the word was not clustered.
   */
  clusters(form: string, lower: string): Int32Array | null {
    let at = this.clusterOf.get(form);
    if (at === undefined && lower.length > 1) at = this.clusterOf.get(lower.charAt(0).toUpperCase() + lower.slice(1));
    if (at === undefined) at = this.clusterOf.get(lower);
    return at === undefined ? null : this.clusterIds.subarray(at, at + this.granularities);
  }
}

export const EMPTY_LEXICON: LexiconData = { gazetteers: [], clusters: null };
