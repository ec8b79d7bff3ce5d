// The catalog folder a catalog command works on: --dir when given (it must exist), else the
// configured INSYN_CATALOG_DIR.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config/config.ts';
import { InsynError } from '../domain/error-catalogue.ts';

export function catalogDir(option: string | undefined, config: Config): string {
  if (option === undefined) return config.catalogDir;
  const directory = resolve(option);
  if (!statSync(directory, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InsynError('BAD_USAGE', `--dir ${option}: no such folder`);
  }
  return directory;
}
