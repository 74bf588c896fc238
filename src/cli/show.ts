import { UserError } from '../errors.js';

// Placeholder until the command lands (see the open issues); replaced by its owner.
export async function run(args: string[]): Promise<number> {
  void args;
  throw new UserError('the show command is not available yet');
}
