// `insyn consent export` on the real PostgreSQL: the records of the period, one JSON object per
// line with the notice text shown, and a bad date refused as bad usage.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { migrateToLatest } from '../../src/db/migrations.ts';
import { openPostgres } from '../../src/db/database.ts';
import { createConsentService } from '../../src/operations/consent/consent-service.ts';
import { runInsyn } from '../support/run-insyn.ts';
import { scratchPostgres } from '../support/test-databases.ts';
import { demoCatalog } from '../support/test-server.ts';

test('insyn consent export writes the period\'s records as JSON lines', async (t) => {
  const scratch = await scratchPostgres(t);
  if (!scratch) return;
  t.after(() => scratch.drop());
  const handle = openPostgres(scratch.url, 2);
  await migrateToLatest(handle.db);
  let now = new Date('2026-03-01T10:00:00Z');
  const consent = createConsentService({ db: handle.db, catalog: demoCatalog(), clock: () => now, retention: 'P3Y' });
  const first = await consent.record({ cookie: undefined, choice: 'all', language: 'sv', method: 'banner', site: 'https://insyn.example' });
  now = new Date('2026-03-05T10:00:00Z');
  await consent.record({ cookie: `1.${first.stored.consentId}.1.analytics`, choice: 'necessary', language: 'sv', method: 'settings', site: 'https://insyn.example' });
  await handle.close();

  const dataDir = mkdtempSync(join(tmpdir(), 'insyn-consent-export-'));
  t.after(() => rmSync(dataDir, { recursive: true, force: true }));
  const env = { DATABASE_URL: scratch.url, INSYN_DATA_DIR: dataDir, INSYN_MODE: undefined };
  const all = await runInsyn(['consent', 'export'], env);
  assert.equal(all.code, 0, all.stderr);
  const lines = all.stdout.trim().split('\n').map((line) => JSON.parse(line) as { piiPrincipalId: string; event: { type: string; time: string }; notice: { text: string } });
  assert.deepEqual(lines.map((line) => [line.piiPrincipalId, line.event.type, line.event.time]), [
    [first.stored.consentId, 'given', '2026-03-01T10:00:00.000Z'],
    [first.stored.consentId, 'withdrawn', '2026-03-05T10:00:00.000Z'],
  ]);
  assert.match(lines[0]?.notice.text ?? '', /Ja, jag godkänner alla kakor/);
  assert.match(all.stderr, /2 consent records exported/);

  const firstDays = await runInsyn(['consent', 'export', '--from', '2026-03-01', '--to', '2026-03-04'], env);
  assert.equal(firstDays.stdout.trim().split('\n').length, 1);
  const bad = await runInsyn(['consent', 'export', '--from', '2026-02-30'], env);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--from must be a date/);
});
