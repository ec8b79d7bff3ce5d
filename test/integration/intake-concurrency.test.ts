// Simultaneous submissions of the same request on PostgreSQL (several connections): one becomes
// the case, the others are linked to it as duplicates — none slips past the duplicate check.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import { registerRequest } from '../../src/operations/requests/register-request.ts';
import { openCaseworkFixture } from '../support/casework-fixture.ts';
import { postgresDatabase } from '../support/test-databases.ts';

test('PostgreSQL: five simultaneous identical requests make one case and four duplicates of it', async (t) => {
  const database = await postgresDatabase(t);
  if (!database) return;
  const fixture = await openCaseworkFixture({ database, now: '2026-03-02T09:00:00Z' });
  t.after(() => fixture.close());
  const subject = parseIdentityNumber('198403129003');
  const results = await Promise.all(Array.from({ length: 5 }, () => registerRequest(fixture.deps, {
    right: 'erasure', channel: 'e-service', language: 'sv', subject, identityMethod: 'e-legitimation', actor: 'e-service',
    details: { text: 'Radera mina gamla kontaktuppgifter.' },
  })));
  const originals = results.filter((result) => result.duplicateOf === null);
  assert.equal(originals.length, 1);
  assert.ok(results.filter((result) => result.duplicateOf !== null).every((result) => result.duplicateOf === originals[0]!.id));
  assert.equal(new Set(results.map((result) => result.caseNumber)).size, 5, 'every submission has its own case number');
});
