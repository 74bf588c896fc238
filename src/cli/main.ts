// The `readout` command: a thin dispatcher; each subcommand lives in its own module, loaded on demand
// so that `readout code` starts cold without loading the store, the trainer or the evaluator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { tuneJit } from '../jit.js';
import { DATA_DIR } from '../kb/data.js';
import { SCHEMA_VERSION } from '../schema.js';

const COMMANDS: Readonly<Record<string, { summary: string; load: () => Promise<{ run(args: string[]): Promise<number> }> }>> = {
  code: { summary: 'code stories to readout/1 JSON (or --pretty)', load: () => import('./code.js') },
  eval: { summary: 'measure every layer against readout-gold/1 files', load: () => import('./eval.js') },
  train: { summary: 'train the entity tagger (readout train ner ...)', load: () => import('./train.js') },
  ingest: { summary: 'code files, folders and feeds into the event database', load: () => import('./ingest.js') },
  query: { summary: 'query coded events in the database', load: () => import('./query.js') },
  show: { summary: 'print one stored story with its events and claims', load: () => import('./show.js') },
  stats: { summary: 'counts of what the database holds', load: () => import('./stats.js') },
  export: { summary: 'export events as jsonl, csv, gdelt, plover or phoenix', load: () => import('./export.js') },
};

/** "readout 0.1.0 (readout/1 JSON, Node v20...)": the package version and the output contract. */
function version(): string {
  const pkg = JSON.parse(readFileSync(join(DATA_DIR, '..', 'package.json'), 'utf8')) as { version: string };
  return `readout ${pkg.version} (${SCHEMA_VERSION} JSON, Node ${process.version})`;
}

function usage(): string {
  const lines = ['usage: readout <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name.padEnd(8)} ${c.summary}`);
  lines.push('', 'readout <command> --help for the options of a command; readout --version for the version');
  return lines.join('\n');
}

/**
 * A reader that stops early (`readout code --jsonl FILE | head`) closes the pipe: stop quietly, as
 * Unix tools do. Any other failure to write the output is one line on stderr, not a stack trace.
 */
function endOnClosedOutput(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    process.stderr.write(`readout: cannot write the output: ${err.message}\n`);
    process.exit(1);
  });
}

export async function main(argv: string[]): Promise<number> {
  endOnClosedOutput();
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    process.stderr.write(`readout: unknown command '${name}' (try: readout --help)\n`);
    return 2;
  }
  tuneJit();
  try {
    const mod = await command.load();
    return await mod.run(rest);
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`readout ${name}: ${err.message}\n`);
      return err.exitCode;
    }
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`readout ${name}: internal error: ${msg.split('\n')[0]}\n`);
    if (process.env.READOUT_DEBUG) process.stderr.write(String(err instanceof Error ? err.stack : err) + '\n');
    return 1;
  }
}
