// The erasure plan (issue 6, R19) against the demo agency on PGlite: every record held on the
// person with the catalog's decision; the real run erases exactly the plan's `erase` items, keeps
// every other record untouched, and run again erases nothing twice.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import { executeErasure, planErasure, type ErasurePlanItem } from '../../src/operations/changes/erasure-plan.ts';
import { openSourceFixture, type SourceFixture } from '../support/source-systems-fixture.ts';
import { pgliteDatabase } from '../support/test-databases.ts';

const personas = demoPersonas();
const heavy = parseIdentityNumber(personas.heavy.identityNumber);
const input = { subject: heavy, actor: 'staff:hanna', stepId: 'request-9' };

let fixture: SourceFixture;
before(async () => { fixture = await openSourceFixture({ logDatabase: await pgliteDatabase(), persons: 30, registers: true }); });
after(() => fixture.close());

const label = (item: ErasurePlanItem) => `${item.dataset} ${JSON.stringify(item.key)}`;

test('the dry run: every record with the catalog\'s decision, kept ones with their ground', async () => {
  const plan = await planErasure(fixture.catalog, fixture.sources.access, input);
  const byDataset = (id: string) => plan.filter((item) => item.dataset === id);
  assert.ok(byDataset('kontakthistorik.kontakt').some((item) => item.decision === 'erase'), 'contacts are erasable');
  assert.ok(byDataset('mina-sidor.avisering').some((item) => item.decision === 'erase'), 'notification settings (MariaDB) are erasable');
  for (const [dataset, reason] of [['arenden.arende', 'official-authority'], ['folkbokforing.person', 'legal-obligation'], ['utbetalningar.utbetalning', 'legal-obligation']] as const) {
    const items = byDataset(dataset);
    assert.ok(items.length > 0, `${dataset} holds records of the person`);
    assert.ok(items.every((item) => item.decision === 'keep' && item.reason === reason && item.reference), `${dataset} kept on ${reason}`);
  }
  for (const item of plan) {
    const dataset = fixture.catalog.systems.flatMap((system) => system.datasets).find((candidate) => candidate.qualifiedId === item.dataset)!;
    assert.deepEqual(Object.keys(item.key).sort(), [...dataset.primaryKey].sort(), `${item.dataset}: named by its key`);
  }
});

test('the real run erases exactly the plan\'s erase items and nothing else; again, nothing twice', async () => {
  const plan = await planErasure(fixture.catalog, fixture.sources.access, input);
  const erase = plan.filter((item) => item.decision === 'erase').map(label).sort();
  const kept = plan.filter((item) => item.decision === 'keep').map(label).sort();
  const receipt = await executeErasure(fixture.sources.access, plan, input);
  assert.deepEqual(receipt.map((item) => `${item.dataset} ${JSON.stringify(item.key)}`).sort(), erase, 'the dry run and the real run agree item for item');
  assert.ok(receipt.every((item) => item.outcome === 'deleted'));
  const after = await planErasure(fixture.catalog, fixture.sources.access, input);
  assert.deepEqual(after.filter((item) => item.decision === 'erase').map(label), [], 'nothing erasable is left');
  assert.deepEqual(after.filter((item) => item.decision === 'keep').map(label).sort(), kept, 'every kept record is still there');
  const again = await executeErasure(fixture.sources.access, plan, input);
  assert.ok(again.every((item) => item.outcome === 'already-gone'), 'run again, nothing is erased twice');
});
