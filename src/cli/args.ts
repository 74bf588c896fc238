import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors.js';

/** node:util parseArgs with strict checking, turning its errors into one-line user errors. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
): { values: Record<string, string | boolean | string[] | boolean[] | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | string[] | boolean[] | undefined>, positionals };
  } catch (err) {
    throw new UserError(err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
}

/**
 * Parse a subcommand's arguments with a standard `--help` / `-h`: prints `help` and returns null when
 * asked (the command then exits 0), else the parsed values and positionals.
 */
export function parseCommand<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
  help: string,
): ReturnType<typeof parseCommandArgs> | null {
  const parsed = parseCommandArgs(args, { ...options, help: { type: 'boolean', short: 'h' } });
  if (parsed.values.help === true) {
    process.stdout.write(help + '\n');
    return null;
  }
  return parsed;
}
