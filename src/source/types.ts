import type { Meta } from '../schema.js';

/** One story as handed to the coder. `text` is kept verbatim: every offset points into it. */
export interface StoryInput {
  text: string;
  id?: string | null;
  title?: string | null;
  date?: string | null;
  url?: string | null;
}

/** The Source stage: the original text, where the story body starts, and the metadata read off it. */
export interface Source {
  text: string;
  /** Offset of the first character of the body (after a `date` line and the dateline, if any). */
  bodyStart: number;
  meta: Meta;
}
