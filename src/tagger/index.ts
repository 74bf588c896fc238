// The entity tagger: an averaged-perceptron BIO tagger with constrained Viterbi decoding over the
// runtime tokenization (see docs/TAGGER.md). `defaultTagger()` loads the shipped English news model
// from models/ once per process.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../nlp/doc.js';
import { NerModel, type EntitySpan, type EntityType } from './model.js';

export type { EntitySpan, EntityType };
export { ENTITY_TYPES, LABELS, ModelFileError, NerModel } from './model.js';

export interface Tagger {
  /** Tag every sentence of the document. */
  tag(doc: Doc): EntitySpan[];
}

/** File name of the shipped model under models/. */
export const DEFAULT_MODEL_FILE = 'ner-en-news.rdner';

/** Absolute path of the shipped model (works from src/ and from dist*\/src/). */
export function defaultModelPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  let fallback: string | null = null;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'models', DEFAULT_MODEL_FILE);
    if (existsSync(candidate)) return candidate;
    if (fallback === null && existsSync(join(dir, 'package.json'))) fallback = candidate;
    dir = dirname(dir);
  }
  return fallback ?? join(dir, 'models', DEFAULT_MODEL_FILE);
}

/** Load a tagger from a model file; throws ModelFileError (a UserError naming the file) when unusable. */
export function loadTagger(path: string): Tagger & { model: NerModel } {
  const model = NerModel.load(path);
  return { model, tag: (doc) => model.tag(doc) };
}

let shipped: Tagger | null = null;

/** The default English news tagger shipped in models/ (loaded once per process, on first use). */
export function defaultTagger(): Tagger {
  if (shipped === null) shipped = loadTagger(defaultModelPath());
  return shipped;
}
