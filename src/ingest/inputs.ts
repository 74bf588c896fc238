// Input discovery and reading for `readout ingest`: files and folders of .txt stories, .jsonl
// (one story per line), RSS/Atom feeds and saved HTML. Every problem becomes a recorded skip
// with a reason; nothing throws past this module for a bad input.
import { closeSync, createReadStream, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UserError } from '../errors.js';
import { checkText, decodeText, MAX_STORY_BYTES } from '../source/input.js';
import { readFeed } from './feed.js';
import { readHtmlArticle } from './html.js';
import { reasonOf, type InputItem, type LineBlock } from './lines.js';

export type { InputItem, LineBlock } from './lines.js';

export type InputKind = 'txt' | 'jsonl' | 'feed' | 'html';

export interface InputFile {
  path: string;
  size: number;
  kind: InputKind;
}

/** What readInputs yields: stories and skips, or blocks of JSONL lines. */
export type InputPart = InputItem | { block: LineBlock; bytes: number };

const KIND_BY_EXT: Readonly<Record<string, InputKind>> = {
  '.txt': 'txt', '.text': 'txt', '.story': 'txt',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed', '.rdf': 'feed',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
};

/** The largest feed or HTML file read whole. */
const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

function errCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message ?? 'error';
}

/** Guess the kind of an explicitly named file without a known extension from its first bytes. */
function sniff(path: string): InputKind {
  let head = '';
  try {
    const fd = openSync(path, 'r');
    const buf = Buffer.alloc(512);
    const n = readSync(fd, buf, 0, 512, 0);
    closeSync(fd);
    head = buf.subarray(0, n).toString('utf8').trimStart().toLowerCase();
  } catch {
    return 'txt';
  }
  return kindOfHead(head);
}

/** The kind of a document from its first characters (trimmed, lower case): feed, HTML, JSONL or text. */
export function kindOfHead(head: string): InputKind {
  if (head.startsWith('<?xml') || head.startsWith('<rss') || head.startsWith('<feed')) return 'feed';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (head.startsWith('{')) return 'jsonl';
  return 'txt';
}

/** The kind of a file by its extension; null when the extension is not one readout reads. */
export function kindByExtension(path: string): InputKind | null {
  return KIND_BY_EXT[extname(path).toLowerCase()] ?? null;
}

/** The kind of a file named on the command line: by its extension, else by its first bytes. */
export function kindOfFile(path: string): InputKind {
  return kindByExtension(path) ?? sniff(path);
}

/**
 * Expand paths into input files, sorted within each folder (so every run reads in the same order);
 * unreadable paths become skips. Hidden files and files of unknown type inside folders are ignored.
 */
export function listInputs(paths: readonly string[]): { files: InputFile[]; bad: InputItem[] } {
  const files: InputFile[] = [];
  const bad: InputItem[] = [];
  const visit = (path: string, explicit: boolean): void => {
    let st;
    try {
      st = statSync(path);
    } catch (err) {
      bad.push({ what: path, reason: `cannot read (${errCode(err)})`, bytes: 0 });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path);
      } catch (err) {
        bad.push({ what: path, reason: `cannot read directory (${errCode(err)})`, bytes: 0 });
        return;
      }
      for (const name of names.sort()) if (!name.startsWith('.')) visit(join(path, name), false);
      return;
    }
    if (!st.isFile()) {
      if (explicit) bad.push({ what: path, reason: 'not a regular file', bytes: 0 });
      return;
    }
    const kind = KIND_BY_EXT[extname(path).toLowerCase()] ?? (explicit ? sniff(path) : undefined);
    if (kind !== undefined) files.push({ path, size: st.size, kind });
  };
  for (const p of paths) visit(p, true);
  return { files, bad };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readWhole(f: InputFile, limit: number): Buffer {
  if (f.size > limit) throw new UserError(`${f.path}: too large (${(f.size / 1048576).toFixed(1)} MB)`);
  try {
    return readFileSync(f.path);
  } catch (err) {
    throw new UserError(`${f.path}: cannot read (${errCode(err)})`);
  }
}

function decodeDocument(bytes: Buffer, what: string): string {
  try {
    const s = utf8.decode(bytes);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  } catch {
    throw new UserError(`${what}: not valid UTF-8 text`);
  }
}

/** A block of lines holds at most this many lines and (unless one line is longer) bytes. */
const BLOCK_LINES = 64;
const BLOCK_BYTES = 256 * 1024;

/** Stream a JSONL file as blocks of whole lines (raw bytes; one bad line stays one skip). */
async function* jsonlBlocks(f: InputFile): AsyncGenerator<InputPart> {
  let rest: Buffer = Buffer.alloc(0);
  let lineNo = 1;
  const stream = createReadStream(f.path, { highWaterMark: 1 << 20 });
  const block = (data: Buffer, unterminated: boolean, lines: number): InputPart => {
    const part: InputPart = { block: { path: f.path, firstLine: lineNo, data, unterminated }, bytes: data.length };
    lineNo += lines;
    return part;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const buf = rest.length > 0 ? Buffer.concat([rest, chunk]) : chunk;
      let from = 0;
      // Cut after BLOCK_LINES newlines, or at the last newline within BLOCK_BYTES.
      for (;;) {
        let cut = -1;
        let lines = 0;
        for (let nl = buf.indexOf(10, from); nl >= 0; nl = buf.indexOf(10, nl + 1)) {
          if (nl - from >= BLOCK_BYTES && cut >= 0) break;
          cut = nl;
          if (++lines === BLOCK_LINES || nl - from >= BLOCK_BYTES) break;
        }
        if (cut < 0) break;
        yield block(buf.subarray(from, cut + 1), false, lines);
        from = cut + 1;
      }
      rest = Buffer.from(buf.subarray(from));
      if (rest.length > MAX_STORY_BYTES * 2) {
        yield { what: `${f.path}:${lineNo}`, reason: 'line too long (no newline within 10 MB)', bytes: rest.length };
        return;
      }
    }
  } catch (err) {
    yield { what: f.path, reason: `cannot read (${errCode(err)})`, bytes: 0 };
    return;
  }
  if (rest.length > 0) yield block(rest, true, 1);
}

function* fileItems(f: InputFile): Generator<InputItem> {
  try {
    if (f.kind === 'txt') {
      const text = decodeText(readWhole(f, MAX_STORY_BYTES), f.path);
      yield { what: f.path, story: { text }, bytes: f.size };
      return;
    }
    const items = documentTextItems(decodeDocument(readWhole(f, MAX_DOCUMENT_BYTES), f.path), f.path, f.kind === 'html' ? 'html' : 'feed');
    // The file's bytes are shared among its items (for the progress bar).
    const share = f.size / items.length;
    for (const it of items) yield { ...it, bytes: share };
  } catch (err) {
    const reason = err instanceof UserError ? reasonOf(err, f.path) : `cannot be read (${(err as Error).message.split('\n')[0]})`;
    yield { what: f.path, reason, bytes: f.size };
  }
}

/**
 * The stories of one saved HTML page or RSS/Atom feed, and why its other items are not stories
 * (`readout code` reads these documents as `readout ingest` does).
 */
export function documentItems(path: string, kind: 'html' | 'feed'): InputItem[] {
  let size = 0;
  try {
    size = statSync(path).size;
  } catch (err) {
    return [{ what: path, reason: `cannot read (${errCode(err)})`, bytes: 0 }];
  }
  return [...fileItems({ path, size, kind })];
}

/** The story of an HTML page or the items of a feed given as text (standard input). */
export function documentTextItems(text: string, what: string, kind: 'html' | 'feed'): InputItem[] {
  try {
    if (kind === 'html') {
      const story = readHtmlArticle(text, what);
      checkText(story.text, what);
      return [{ what, story, bytes: text.length }];
    }
    const items = readFeed(text, what);
    if (items.length === 0) return [{ what, reason: 'feed without items', bytes: text.length }];
    return items.map((it) => {
      if ('reason' in it) return { ...it, bytes: 0 };
      try {
        checkText(it.story.text, it.what);
        return { ...it, bytes: 0 };
      } catch (err) {
        return { what: it.what, reason: reasonOf(err, it.what), bytes: 0 };
      }
    });
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    return [{ what, reason: reasonOf(err, what), bytes: text.length }];
  }
}

/** Every story, block of JSONL lines and bad input of the files, in order. */
export async function* readInputs(files: readonly InputFile[]): AsyncGenerator<InputPart> {
  for (const f of files) {
    if (f.kind === 'jsonl') yield* jsonlBlocks(f);
    else yield* fileItems(f);
  }
}
