// `insyn catalog ropa`: prints the record of processing activities (Art. 30(1) GDPR) from the
// data map as CSV, JSON or Markdown. Needs no database.
import { loadCatalog } from '../catalog/load-catalog.ts';
import { renderRopa, ropaFormats, type RopaFormat } from '../catalog/ropa.ts';
import type { Language } from '../catalog/ropa-words.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import { catalogDir } from './catalog-dir.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';

const languages: readonly Language[] = ['sv', 'en'];

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T {
  if (value === undefined) throw new InsynError('BAD_USAGE', `--${name} is required: ${allowed.join(', ')}`);
  if (!allowed.includes(value as T)) throw new InsynError('BAD_USAGE', `--${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export const catalogRopaCommand: Command = {
  name: 'catalog ropa',
  summary: 'Print the record of processing activities (Art. 30 GDPR, registerförteckning) from the data map.',
  usage: '--format csv|json|md [--lang sv|en] [--dir DIR]\n\n'
    + '  --format   csv (one row per dataset and purpose), json, or md (a readable document)\n'
    + '  --lang     language of the texts (default: sv)\n'
    + '  --dir DIR  the catalog folder (default: INSYN_CATALOG_DIR, ./catalog)',
  async run({ args, io, config }) {
    const { values } = parseOptions(args, { format: { type: 'string' }, lang: { type: 'string' }, dir: { type: 'string' } });
    const format: RopaFormat = oneOf('format', values.format, ropaFormats);
    const lang = oneOf('lang', values.lang ?? 'sv', languages);
    io.out.write(renderRopa(loadCatalog(catalogDir(values.dir, config)), format, lang));
    return 0;
  },
};
