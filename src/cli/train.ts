// `readout train ner`: train the entity tagger from readout-gold/1 entity files (see docs/TAGGER.md).
import { statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { DEFAULT_CLUSTER_OPTIONS, learnClusters, readCorpusTexts } from '../tagger/clusters.js';
import { emptyStats, loadExamples, type AlignStats, type Example, type Score } from '../tagger/data.js';
import { buildGazetteers } from '../tagger/gazetteer.js';
import type { LexiconData } from '../tagger/lexicon.js';
import { ENTITY_TYPES, NerModel } from '../tagger/model.js';
import { train } from '../tagger/train.js';
import { parseCommand } from './args.js';

const HELP = `usage: readout train ner --train FILE.jsonl --dev FILE.jsonl --out MODEL
                        [--epochs N] [--seed S] [--bits B] [--runs N]
                        [--corpus FILE.jsonl ... | --lexicon-from MODEL] [--no-gazetteers] [--quiet]

Trains the averaged-perceptron entity tagger (PER, ORG, LOC, MISC) on readout-gold/1 "entities"
files. Every document is parsed with the runtime tokenizer and its gold spans aligned to tokens.
Prints the dev F1 of every epoch and keeps the best epoch; deterministic for a seed.
  --train    training file (readout-gold/1 entities JSONL)
  --dev      development file: per-epoch F1, best epoch kept (optional, but recommended)
  --out      where to write the model (the shipped one is models/ner-en-news.rdner)
  --epochs   passes over the training data (default 12)
  --seed     shuffling seed (default 1)
  --bits     log2 of the feature hash table size (default 18)
  --runs     training runs over differently shuffled data, each keeping its best dev epoch; the model
             is the mean of their weights (default 1; as fast to use as one run)
  --corpus   unlabelled news (JSONL with a "text" field) to learn word clusters from; repeatable
  --lexicon-from  take the gazetteer snapshot and the word clusters of an existing model file
             instead of building them (retrains the weights only: minutes instead of the clusters'
             quarter of an hour, and features exactly as that model saw them)
  --no-gazetteers  do not use the gazetteer features (countries, cities, organisations, titles)
  --quiet    print nothing but errors`;

/**
 * One training run by default, as the shipped model was trained: more runs (their weights averaged) were
 * measured only together with features that were dropped (docs/TAGGER.md, "Unseen names (session 13)").
 */
const DEFAULT_RUNS = 1;

function intOption(v: unknown, name: string, dflt: number, min: number, max: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UserError(`--${name} must be an integer from ${min} to ${max}`);
  return n;
}

function needFile(path: string, what: string): void {
  try {
    if (!statSync(path).isFile()) throw new Error();
  } catch {
    throw new UserError(`${what} ${path}: no such file`);
  }
}

function load(path: string, what: string): { examples: Example[]; stats: AlignStats } {
  needFile(path, what);
  const stats = emptyStats();
  try {
    return { examples: loadExamples(path, stats), stats };
  } catch (err) {
    throw new UserError(err instanceof Error ? err.message : String(err));
  }
}

function f(x: number): string {
  return (x * 100).toFixed(2);
}

function scoreLine(s: Score): string {
  return `F1 ${f(s.micro.f1)} (P ${f(s.micro.p)} R ${f(s.micro.r)}) ` + ENTITY_TYPES.map((t) => `${t} ${f(s.byType[t].f1)}`).join(' ');
}

export async function run(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    process.stdout.write(HELP + '\n');
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'ner') throw new UserError(`unknown model '${sub}' (only 'ner' can be trained)`);
  const parsed = parseCommand(rest, {
    train: { type: 'string' },
    dev: { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string' },
    seed: { type: 'string' },
    bits: { type: 'string' },
    runs: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    'lexicon-from': { type: 'string' },
    'no-gazetteers': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  }, HELP);
  if (parsed === null) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UserError(`unexpected argument '${positionals[0]}'`);
  const trainPath = values.train as string | undefined;
  const devPath = values.dev as string | undefined;
  const out = values.out as string | undefined;
  if (trainPath === undefined || out === undefined) throw new UserError('--train FILE and --out MODEL are required (see --help)');
  const epochs = intOption(values.epochs, 'epochs', 12, 1, 200);
  const seed = intOption(values.seed, 'seed', 1, 0, 2 ** 31 - 1);
  const bits = intOption(values.bits, 'bits', 18, 10, 24);
  const runs = intOption(values.runs, 'runs', DEFAULT_RUNS, 1, 32);
  const corpora = (values.corpus as string[] | undefined) ?? [];
  for (const c of corpora) needFile(c, 'corpus');
  const quiet = values.quiet === true;
  const log = (line: string): void => {
    if (!quiet) process.stderr.write(line + '\n');
  };
  const t0 = performance.now();
  const secs = (): string => ((performance.now() - t0) / 1000).toFixed(1) + 's';

  const tr = load(trainPath, 'training file');
  log(alignLine('train', tr.stats));
  const dv = devPath !== undefined ? load(devPath, 'dev file') : { examples: [], stats: emptyStats() };
  if (devPath !== undefined) log(alignLine('dev', dv.stats));
  if (tr.examples.length === 0) throw new UserError(`training file ${trainPath}: no documents`);

  const lexiconFrom = values['lexicon-from'] as string | undefined;
  if (lexiconFrom !== undefined && (corpora.length > 0 || values['no-gazetteers'] === true)) {
    throw new UserError('--lexicon-from takes the whole lexicon of a model: do not combine it with --corpus or --no-gazetteers');
  }
  const lexicon: LexiconData = lexiconFrom !== undefined ? lexiconOf(lexiconFrom) : { gazetteers: [], clusters: null };
  if (lexiconFrom !== undefined) {
    log(`lexicon of ${lexiconFrom}: ${lexicon.gazetteers.length} gazetteers, ${lexicon.clusters?.words.length ?? 0} cluster words`);
  } else if (values['no-gazetteers'] !== true) {
    lexicon.gazetteers = buildGazetteers();
    log(`gazetteers: ${lexicon.gazetteers.map((g) => `${g.name} ${g.phrases.length}`).join(', ')} [${secs()}]`);
  }
  if (corpora.length > 0) {
    const texts: string[] = [];
    for (const c of corpora) {
      try {
        texts.push(...readCorpusTexts(c));
      } catch {
        throw new UserError(`corpus ${c}: not a JSONL file of objects with a "text" field`);
      }
    }
    lexicon.clusters = learnClusters(
      tr.examples.map((e) => e.doc),
      texts,
      { ...DEFAULT_CLUSTER_OPTIONS, seed, onProgress: quiet ? undefined : (what) => progress(`clusters: ${what}`) },
    );
    clearProgress();
    log(`clusters: ${lexicon.clusters.words.length} words from ${texts.length} texts + the training file [${secs()}]`);
  }

  const result = train(tr.examples, dv.examples, {
    epochs,
    seed,
    bits,
    lexicon,
    runs,
    onProgress: quiet ? undefined : (epoch, fraction) => progress(`epoch ${epoch}/${epochs} ${bar(fraction)}`),
    onEpoch: (epoch, dev, stats, seconds, run) => {
      clearProgress();
      const errs = `${stats.mistakes}/${stats.sentences} sentences wrong`;
      log(`${runs > 1 ? `run ${run + 1}/${runs} ` : ''}epoch ${epoch}/${epochs}: ${dev !== null ? 'dev ' + scoreLine(dev) : 'no dev file'}; train ${errs}; ${seconds.toFixed(1)}s`);
    },
  });
  const info = {
    trainedOn: trainPath,
    dev: devPath ?? null,
    epochs,
    bestEpoch: result.bestEpoch,
    seed,
    runs,
    devF1: result.best?.micro.f1 ?? null,
  };
  let bytes: number;
  try {
    bytes = result.model.save(out, info);
  } catch (err) {
    throw new UserError(`cannot write ${out} (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const which = runs > 1 ? `mean of ${runs} runs (run 1: best epoch ${result.bestEpoch})` : `best epoch ${result.bestEpoch}`;
  const best = result.best !== null ? `${which}: dev ${scoreLine(result.best)}` : `last epoch ${result.bestEpoch}`;
  if (!quiet) process.stdout.write(`${best}\nwrote ${out} (${(bytes / 1048576).toFixed(2)} MB) in ${secs()}\n`);
  return 0;
}

/** The lexicon (gazetteer snapshot, clusters) stored in a model file; a bad file gets ModelFileError's one line. */
function lexiconOf(path: string): LexiconData {
  needFile(path, 'model');
  return NerModel.load(path).lexicon.data;
}

function alignLine(what: string, s: AlignStats): string {
  return (
    `${what}: ${s.documents} documents, ${s.tokens} tokens, ${s.entities} entities; ` +
    `${s.misaligned} not on token boundaries, ${s.crossSentence} across sentence breaks, ${s.overlapping} overlapping`
  );
}

const tty = process.stderr.isTTY === true;

function bar(fraction: number): string {
  const width = 30;
  const done = Math.round(fraction * width);
  return `[${'#'.repeat(done)}${'.'.repeat(width - done)}] ${Math.round(fraction * 100)}%`;
}

function progress(text: string): void {
  if (tty) process.stderr.write(`\r${text.slice(0, 100).padEnd(60)}`);
}

function clearProgress(): void {
  if (tty) process.stderr.write(`\r${' '.repeat(100)}\r`);
}
