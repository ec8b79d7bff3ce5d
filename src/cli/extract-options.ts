// Options shared by `insyn extract` and `insyn extract finish`.
import { InsynError } from '../domain/error-catalogue.ts';
import { extractFormats, type ExtractFormat } from '../operations/extracts/write-extract-files.ts';

export const extractOptionSpec = {
  out: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' },
} as const;

export const extractOptionUsage = '  --out DIR      where the files are written (default: the current directory)\n'
  + '  --format LIST  which files (default: pdf,json,html)\n'
  + '  --lang         language of the extract (default: sv)\n';

export function formatsOption(text: string | undefined): ExtractFormat[] {
  const names = (text ?? extractFormats.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.find((name) => !extractFormats.includes(name as ExtractFormat));
  if (unknown !== undefined || names.length === 0) throw new InsynError('BAD_USAGE', `--format takes ${extractFormats.join(', ')}`);
  return [...new Set(names)] as ExtractFormat[];
}

export function languageOption(text: string | undefined): 'sv' | 'en' {
  if (text !== undefined && text !== 'sv' && text !== 'en') throw new InsynError('BAD_USAGE', '--lang takes sv or en');
  return text ?? 'sv';
}
