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
