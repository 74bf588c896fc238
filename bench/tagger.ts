// Throughput of the entity tagger alone: texts are parsed first (wink is not timed), then tag() runs
// over the pre-parsed Docs, after a warm-up pass.
import { parse, type Doc } from '../src/nlp/doc.js';
import { defaultTagger } from '../src/tagger/index.js';

export async function benchTagger(texts: string[]): Promise<{ tokens: number; seconds: number; tokensPerSecond: number }> {
  const docs: Doc[] = texts.map((t) => parse(t));
  const tagger = defaultTagger();
  let tokens = 0;
  for (const d of docs) tokens += d.length;
  // Warm-up: the word cache and the JIT.
  for (let i = 0; i < Math.min(docs.length, 200); i++) tagger.tag(docs[i]!);
  const t0 = performance.now();
  let spans = 0;
  for (const d of docs) spans += tagger.tag(d).length;
  const seconds = (performance.now() - t0) / 1000;
  void spans;
  return { tokens, seconds, tokensPerSecond: seconds > 0 ? tokens / seconds : 0 };
}

// Direct run: node dist-*/bench/tagger.js FILE.jsonl [N] (texts from a JSONL file with a "text" field).
if (process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const { readFileSync } = await import('node:fs');
  const file = process.argv[2];
  if (file === undefined) {
    process.stderr.write('usage: node bench/tagger.js FILE.jsonl [MAX_TEXTS]\n');
    process.exit(2);
  }
  const max = Number(process.argv[3] ?? 5000);
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, max)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const r = await benchTagger(texts);
  process.stdout.write(`tagger: ${r.tokens} tokens in ${r.seconds.toFixed(2)}s = ${Math.round(r.tokensPerSecond)} tokens/s\n`);
}
