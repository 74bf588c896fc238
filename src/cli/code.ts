// `readout code`: one story (file or stdin) to readout/1 JSON; --jsonl streams a JSONL file of stories.
import { once } from 'node:events';
import { createReadStream, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { UserError } from '../errors.js';
import { code, codeBatch } from '../readout.js';
import { decodeText, MAX_STORY_BYTES, parseStoryLine } from '../source/input.js';
import { validDate } from '../source/read.js';
import type { Readout } from '../schema.js';
import type { StoryInput } from '../source/types.js';
import { documentItems, documentTextItems, kindByExtension, kindOfFile, kindOfHead, type InputItem } from '../ingest/inputs.js';
import { parseCommand } from './args.js';
import { formatReadout } from './pretty.js';
import { boundHeapGrowth } from '../heap.js';

const HELP = `usage: readout code [FILE|DIR|-] [--date YYYY-MM-DD] [--pretty]
       readout code --jsonl [FILE|-] [--date YYYY-MM-DD] [--pretty]

Codes a plain-text story (optionally led by a "date YYYY-MM-DD" line and a dateline), a JSON line
{id, title, date, text, url}, a saved HTML article (its main text), every item of an RSS/Atom feed,
or every such file of a directory (.txt, .html, .rss, .atom, .xml), and prints readout/1 JSON, one
object per line.
  --jsonl    every line of FILE (or stdin) is a story; one readout/1 object per line, in order
  --date     the story date, overriding any date in the input
  --pretty   a readable summary of actors, events and claims instead of JSON`;

function readAllStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch {
    throw new UserError('cannot read standard input');
  }
}

function readFileBytes(path: string): Buffer {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new UserError(`${path}: no such file`);
  }
  if (st.isDirectory()) throw new UserError(`${path}: is a directory`);
  if (st.size > MAX_STORY_BYTES) throw new UserError(`${path}: too large (${(st.size / 1048576).toFixed(1)} MB; the limit for one story is ${MAX_STORY_BYTES / 1048576} MB)`);
  try {
    return readFileSync(path);
  } catch (err) {
    throw new UserError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** A whole input that is one JSON object is a story line; anything else is plain text. */
function storyOf(text: string, what: string): StoryInput {
  const t = text.trimStart();
  if (t.startsWith('{') && t.trimEnd().endsWith('}') && t.indexOf('\n') < 0) return parseStoryLine(t, what);
  return { text };
}

/** Stories per batch when coding a JSONL file (see codeBatch). */
const JSONL_BATCH = 256;

/**
 * Write to stdout and wait while its buffer is full: a pipe to a slower reader (jq, a database
 * loader) would otherwise hold every readout not yet read in memory (over 300 MB for the Reuters
 * corpus piped through cat).
 */
async function output(text: string): Promise<void> {
  if (text === '' || process.stdout.write(text)) return;
  await once(process.stdout, 'drain');
}

export async function run(args: string[]): Promise<number> {
  // A long --jsonl run would otherwise hold several times its live data (docs/BENCHMARKS.md).
  boundHeapGrowth();
  const parsed = parseCommand(args, {
    jsonl: { type: 'boolean' },
    date: { type: 'string' },
    pretty: { type: 'boolean' },
  }, HELP);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  let date: string | null = null;
  if (typeof values.date === 'string') {
    date = validDate(values.date);
    if (date === null) throw new UserError(`--date: not a YYYY-MM-DD date: ${values.date}`);
  }
  if (positionals.length > 1) throw new UserError('give one FILE, DIR or - (use --jsonl for many stories)');
  const target = positionals[0] ?? '-';
  const pretty = values.pretty === true;
  /** One readout as printed: the readable summary with --pretty, else one JSON line. */
  const render = (r: Readout, text: string): string => (pretty ? formatReadout(r, text) : JSON.stringify(r)) + '\n';
  const emit = async (story: StoryInput): Promise<void> => {
    await output(render(code(story, { date }), story.text));
  };

  if (values.jsonl) {
    const input = target === '-' ? process.stdin : createReadStream(target);
    if (target !== '-') {
      try {
        if (statSync(target).isDirectory()) throw new UserError(`${target}: is a directory`);
      } catch (err) {
        if (err instanceof UserError) throw err;
        throw new UserError(`${target}: no such file`);
      }
    }
    const rl = createInterface({ input, crlfDelay: Infinity });
    let n = 0;
    let bad = 0;
    // A file is coded in batches (each stage runs over the batch while its code and dictionaries are
    // in cache: about a third faster); stdin one story at a time, so an interactive caller gets each
    // readout as soon as its line is in.
    const batchSize = target === '-' ? 1 : JSONL_BATCH;
    let batch: (StoryInput | UserError)[] = [];
    const flush = async (): Promise<void> => {
      const stories = batch.filter((b): b is StoryInput => !(b instanceof UserError));
      const coded = codeBatch(stories, { date });
      let k = 0;
      let out = '';
      for (const b of batch) {
        if (b instanceof UserError) {
          bad++;
          process.stderr.write(`readout code: ${b.message}\n`);
          continue;
        }
        const c = coded[k++]!;
        if (c.readout === null) throw c.error;
        out += render(c.readout, b.text);
      }
      batch = [];
      await output(out);
    };
    for await (const line of rl) {
      n++;
      if (line.trim() === '') continue;
      try {
        batch.push(parseStoryLine(line, `${target === '-' ? 'stdin' : target}:${n}`));
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        batch.push(err);
      }
      if (batch.length >= batchSize) await flush();
    }
    await flush();
    return bad > 0 ? 2 : 0;
  }

  /** Code the stories of a saved HTML page or feed; its items that are not stories are reported. */
  let bad = 0;
  const emitItems = async (items: readonly InputItem[]): Promise<void> => {
    for (const item of items) {
      if ('story' in item) await emit(item.story);
      else {
        bad++;
        process.stderr.write(`readout code: ${item.what}: ${item.reason}\n`);
      }
    }
  };
  if (target !== '-') {
    let isDir = false;
    try {
      isDir = statSync(target).isDirectory();
    } catch {
      throw new UserError(`${target}: no such file`);
    }
    if (isDir) {
      const files = readdirSync(target)
        .filter((f) => !f.startsWith('.') && DIRECTORY_KINDS.has(kindByExtension(f) ?? ''))
        .sort();
      if (files.length === 0) throw new UserError(`${target}: no stories in this directory (.txt, .html, .rss, .atom or .xml files)`);
      for (const f of files) {
        const path = join(target, f);
        const kind = kindByExtension(f);
        if (kind === 'html' || kind === 'feed') await emitItems(documentItems(path, kind));
        else await emit(storyOf(decodeText(readFileBytes(path), path), path));
      }
      return bad > 0 ? 2 : 0;
    }
    const kind = kindOfFile(target);
    if (kind === 'html' || kind === 'feed') {
      await emitItems(documentItems(target, kind));
      return bad > 0 ? 2 : 0;
    }
  }
  const what = target === '-' ? 'stdin' : target;
  const bytes = target === '-' ? readAllStdin() : readFileBytes(target);
  const text = decodeText(bytes, what);
  const kind = target === '-' ? kindOfHead(text.slice(0, 512).trimStart().toLowerCase()) : 'txt';
  if (kind === 'html' || kind === 'feed') {
    await emitItems(documentTextItems(text, what, kind));
    return bad > 0 ? 2 : 0;
  }
  await emit(storyOf(text, what));
  return 0;
}

/** The kinds of file `readout code DIR` codes (JSONL files are for --jsonl). */
const DIRECTORY_KINDS: ReadonlySet<string> = new Set(['txt', 'html', 'feed']);
