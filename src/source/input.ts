// Validation of raw input bytes and JSON lines: every problem becomes a one-line UserError.
import { UserError } from '../errors.js';
import { validDate } from './read.js';
import type { StoryInput } from './types.js';

/** The largest story the coder accepts; anything larger is not a news report. */
export const MAX_STORY_BYTES = 5 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode the bytes of one story, rejecting empty, oversized, binary and non-UTF-8 input. */
export function decodeText(bytes: Uint8Array, what: string): string {
  if (bytes.length > MAX_STORY_BYTES) {
    throw new UserError(`${what}: too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit for one story is ${MAX_STORY_BYTES / 1048576} MB)`);
  }
  // Text saved as UTF-16 (Windows "Unicode") starts with its byte-order mark; its NUL bytes are
  // the high halves of ASCII letters, not binary data.
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  let text: string;
  if (utf16 !== null) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw new UserError(`${what}: not valid ${utf16.toUpperCase()} text (it starts with a UTF-16 byte-order mark)`);
    }
  } else {
    let nul = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) nul++;
    if (nul > 0) throw new UserError(`${what}: binary data (${nul} NUL bytes), not a text story`);
    try {
      text = utf8.decode(bytes);
    } catch {
      throw new UserError(`${what}: not valid UTF-8 text`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  checkText(text, what);
  return text;
}

/** Reject text that is empty or mostly control characters. */
export function checkText(text: string, what: string): void {
  if (text.trim().length === 0) throw new UserError(`${what}: empty story (no text)`);
  let control = 0;
  /** U+FFFD: bytes a reader before us could not decode (a JSONL stream read with replacement). */
  let undecodable = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
    else if (c === 0xfffd) undecodable++;
  }
  if ((control + undecodable) * 20 > text.length) {
    if (undecodable > control) throw new UserError(`${what}: not valid UTF-8 text (${undecodable} undecodable bytes)`);
    throw new UserError(`${what}: binary data (${control + undecodable} control characters), not a text story`);
  }
}

/** Parse one JSON line `{id, title, date, text, url}` into a story. */
export function parseStoryLine(line: string, what: string): StoryInput {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    throw new UserError(`${what}: not valid JSON`);
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new UserError(`${what}: not a JSON object`);
  const o = obj as Record<string, unknown>;
  if (typeof o.text !== 'string') throw new UserError(`${what}: no "text" field (a story line needs {"text": "..."})`);
  if (o.text.length > MAX_STORY_BYTES) throw new UserError(`${what}: text too large (over ${MAX_STORY_BYTES / 1048576} MB)`);
  checkText(o.text, what);
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
  const date = str(o.date);
  if (date !== null && date !== '' && validDate(date.slice(0, 10)) === null) throw new UserError(`${what}: "date" is not YYYY-MM-DD: ${JSON.stringify(date).slice(0, 40)}`);
  return { text: o.text, id: str(o.id), title: str(o.title), date: date ? date.slice(0, 10) : null, url: str(o.url) };
}
