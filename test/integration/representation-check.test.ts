// R08 against the demo agency's population register: a guardian's custody of a child under 18
// is read through the access layer (and logged); anyone else, or an adult child, is refused.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import { guardianCheck } from '../../src/operations/requests/guardian-check.ts';
import { protectionLookup } from '../../src/operations/requests/protection-lookup.ts';
import { openSourceFixture, type SourceFixture } from '../support/source-systems-fixture.ts';
import { pgliteDatabase } from '../support/test-databases.ts';

let fixture: SourceFixture;
before(async () => { fixture = await openSourceFixture({ logDatabase: await pgliteDatabase(), persons: 30 }); });
after(() => fixture.close());

const personas = demoPersonas();
const id = (role: keyof typeof personas) => parseIdentityNumber(personas[role].identityNumber);
const at = new Date('2026-11-29T10:00:00Z');

test('the guardian of the demo child is shown by the population register; an unrelated adult is not', async () => {
  const check = guardianCheck(fixture.catalog, async () => fixture.sources.access);
  assert.equal(await check(id('guardian'), id('child'), at), true);
  assert.equal(await check(id('ordinaryAdult'), id('child'), at), false);
  // Custody ends at 18: the same relation does not make the guardian a representative of an adult.
  const adulthood = new Date(`${Number(personas.child.birthDate.slice(0, 4)) + 18}${personas.child.birthDate.slice(4)}T12:00:00Z`);
  assert.equal(await check(id('guardian'), id('child'), adulthood), false);
  const reads = await fixture.logDatabase.db.selectFrom('processing_log').select(['actor', 'kind', 'datasets'])
    .where('actor', '=', 'insyn-intake').execute();
  assert.ok(reads.some((event) => event.kind === 'read' && (event.datasets as string[]).includes('folkbokforing.relation')));
});

test('protected identity is read from the population register', async () => {
  const lookup = protectionLookup(fixture.catalog, async () => fixture.sources.access);
  assert.equal(await lookup(id('skyddadFolkbokforing')), true);
  assert.equal(await lookup(id('sekretessmarkering')), true);
  assert.equal(await lookup(id('ordinaryAdult')), false);
});
