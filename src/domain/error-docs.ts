// Renders docs/errors.md from the error catalogue, so the docs cannot drift.
import { errorCatalogue } from './error-catalogue.ts';

export function renderErrorsDoc(): string {
  const rows = Object.entries(errorCatalogue).map(([code, entry]) =>
    `| \`${code}\` | ${entry.status} | ${entry.sv} | ${entry.en} | ${entry.help.replaceAll('|', '\\|')} |`);
  return [
    '# Errors',
    '',
    'Every error a user, operator or client can see has a stable code. The HTTP API answers',
    '`{ "code": "…", "message": "…" }` with the status below; the CLI prints `CODE: message` and exits',
    '2 for bad usage or input (4xx), 1 otherwise. Messages never contain personal data.',
    'This page is generated from `src/domain/error-catalogue.ts` by `npm run docs`; a test keeps it in sync.',
    '',
    '| code | HTTP | svenska | English | what to do |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
