// JSONL lines as the ingest reads them: blocks of whole raw lines, and their decoding into stories
// or skips, one line at a time (one bad line is one skip).
import { UserError } from '../errors.js';
import { decodeText, parseStoryLine } from '../source/input.js';
import type { StoryInput } from '../source/types.js';

/** One thing read from the inputs: a story, or a bad input with its reason. `bytes` feeds the progress bar. */
export type InputItem =
  | { what: string; story: StoryInput; bytes: number }
  | { what: string; reason: string; bytes: number };

/** Whole lines of a JSONL file as read (blockItems decodes them). */
export interface LineBlock {
  path: string;
  /** Line number of the first line (1-based). */
  firstLine: number;
  data: Uint8Array;
  /** The block ends at the end of the file, in the middle of a line. */
  unterminated: boolean;
}

/** Strip a leading "what: " from a UserError message so the reason stands alone. */
export function reasonOf(err: unknown, what: string): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.startsWith(`${what}: `) ? msg.slice(what.length + 2) : msg;
}

function lineItem(bytes: Uint8Array, what: string, lastWithoutNewline: boolean): InputItem | null {
  const n = bytes.length + 1;
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 13) end--;
  let blank = true;
  for (let i = 0; i < end && blank; i++) if (bytes[i] !== 32 && bytes[i] !== 9) blank = false;
  if (blank) return null;
  try {
    const line = decodeText(bytes.subarray(0, end), what);
    return { what, story: parseStoryLine(line, what), bytes: n };
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    let reason = reasonOf(err, what);
    if (lastWithoutNewline && reason === 'not valid JSON') reason = 'truncated JSON line (the file ends in the middle of a line)';
    return { what, reason, bytes: n };
  }
}

/** The stories and bad lines of a block of JSONL lines, each line decoded and checked on its own. */
export function blockItems(block: LineBlock): InputItem[] {
  const out: InputItem[] = [];
  const buf = Buffer.isBuffer(block.data) ? block.data : Buffer.from(block.data.buffer, block.data.byteOffset, block.data.length);
  let line = block.firstLine;
  let from = 0;
  while (from < buf.length) {
    let nl = buf.indexOf(10, from);
    const last = nl < 0;
    if (last) nl = buf.length;
    const item = lineItem(buf.subarray(from, nl), `${block.path}:${line}`, last && block.unterminated);
    if (item) out.push(item);
    line++;
    from = nl + 1;
  }
  return out;
}

