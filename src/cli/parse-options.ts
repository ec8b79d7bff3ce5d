import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { InsynError } from '../domain/error-catalogue.ts';

/** node:util parseArgs, with unknown options and stray arguments turned into BAD_USAGE. */
export function parseOptions<T extends ParseArgsOptionsConfig>(args: readonly string[], options: T, positionals = 0) {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: positionals > 0, strict: true });
    if (parsed.positionals.length > positionals) {
      throw new InsynError('BAD_USAGE', `unexpected argument: ${parsed.positionals[positionals]}`);
    }
    return parsed;
  } catch (error) {
    if (error instanceof InsynError) throw error;
    throw new InsynError('BAD_USAGE', (error as Error).message);
  }
}
