import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderConfigurationDoc } from './config-docs.ts';
import { configSchema } from './config-schema.ts';

test('docs/configuration.md is generated from the config schema (run `npm run docs` after changing it)', () => {
  const onDisk = readFileSync(new URL('../../docs/configuration.md', import.meta.url), 'utf8');
  assert.equal(onDisk, renderConfigurationDoc());
});

test('every key the loader reads is in the schema, and every schema key is documented', () => {
  const loader = readFileSync(new URL('./load-config.ts', import.meta.url), 'utf8');
  const read = [...loader.matchAll(/'((?:INSYN|DATABASE|PORT|HOST)[A-Z_]*)'/g)].map((match) => match[1]);
  const documented = new Set(configSchema.map((key) => key.env));
  for (const key of read) assert.ok(documented.has(key!), `${key} is read but not in config-schema.ts`);
  for (const key of configSchema) assert.ok(key.description.length > 20, `${key.env} needs a description`);
});
