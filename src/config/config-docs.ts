// Renders docs/configuration.md from the config schema, so the docs cannot drift.
import { configSchema, type ConfigKeySpec } from './config-schema.ts';

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

function typeOf(key: ConfigKeySpec): string {
  if (key.type === 'enum') return (key.values ?? []).map((value) => `\`${value}\``).join(', ');
  return key.fileVariant ? `${key.type} (or \`${key.env}_FILE\`)` : key.type;
}

export function renderConfigurationDoc(): string {
  const rows = configSchema.map((key) =>
    `| \`${key.env}\` | ${cell(typeOf(key))} | ${key.default === undefined ? '' : `\`${cell(key.default)}\``} | ${cell(key.description)} |`);
  return [
    '# Configuration',
    '',
    'Insyn reads its configuration once, from environment variables, validates it and freezes it',
    '(`src/config/load-config.ts`). A bad value stops start-up with `CONFIG_INVALID` naming the key.',
    'This page is generated from `src/config/config-schema.ts` by `npm run docs`; a test keeps it in sync.',
    '',
    '## Modes',
    '',
    '| mode | when | database | development services |',
    '| --- | --- | --- | --- |',
    '| embedded | no `DATABASE_URL` (default) | PGlite under `INSYN_DATA_DIR`, locked against a second process | on |',
    '| development | `DATABASE_URL` set | PostgreSQL | on |',
    '| production | `INSYN_MODE=production` | PostgreSQL (required) | refused |',
    '',
    '## Keys',
    '',
    '| variable | type | default | meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
