import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoPersonas } from '../../devservices/demo-agency/demo-personas.ts';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { formatIdentityNumber, parseIdentityNumber } from '../../domain/personnummer.ts';
import { listRequestSteps } from '../../stores/request-store.ts';
import { approveProposals, listReviewItems, proposeReview } from '../../stores/review-store.ts';
import { pgliteDatabase } from '../../../test/support/test-databases.ts';
import { openExtractFixture, type ExtractFixture } from '../../../test/support/extract-fixture.ts';

let fixture: ExtractFixture;
before(async () => { fixture = await openExtractFixture({ logDatabase: await pgliteDatabase() }); });
after(() => fixture.close());

const personas = demoPersonas();

test('a request is collected from every planned dataset, stage by stage, each step done', async () => {
  const id = await fixture.request(personas.heavy.identityNumber);
  const request = await fixture.settle(id);
  assert.ok(['review', 'ready'].includes(request.status), request.status);
  const steps = await listRequestSteps(fixture.logDatabase.db, id);
  const collected = steps.filter((step) => step.name.startsWith('collect:'));
  assert.equal(collected.length, 11);
  assert.ok(collected.every((step) => step.status === 'done'));
  const parts = await fixture.parts(id);
  const payments = parts.find((part) => part.dataset === 'utbetalningar.utbetalning')!;
  assert.ok(payments.items.length > 1000, 'the heavy person has thousands of payments');
  assert.equal(new Set(payments.items.map((item) => item.key)).size, payments.items.length, 'each payment once');
  assert.ok(payments.items.every((item) => item.roles.includes('insured')));
});

test('a doctor is found as the author of certificates, not given the patients\' cases', async () => {
  const id = await fixture.request(personas.doctor.identityNumber);
  await fixture.settle(id);
  const parts = await fixture.parts(id);
  const certificates = parts.find((part) => part.dataset === 'lakarintyg.intyg')!;
  const written = certificates.items.filter((item) => item.roles.includes('healthcare-professional'));
  assert.ok(written.length > 0, 'certificates the doctor wrote');
  const own = formatIdentityNumber(parseIdentityNumber(personas.doctor.identityNumber), 'pnr12-dash');
  const cases = parts.find((part) => part.dataset === 'arenden.arende')?.items ?? [];
  assert.ok(cases.every((item) => item.values.pnr === own), 'only the doctor\'s own cases, none of the patients\'');
});

test('marked items wait for review; the extract is refused until a second person approves, then withheld parts are gone', async () => {
  const id = await fixture.request(personas.namesThirdParty.identityNumber);
  const request = await fixture.settle(id);
  assert.equal(request.status, 'review');
  await assert.rejects(fixture.produce(id), (error) => isInsynError(error, 'REVIEW_PENDING'));
  const review = await listReviewItems(fixture.logDatabase.db, id);
  assert.ok(review.length > 0 && review.every((item) => item.kinds.length > 0));
  const at = new Date();
  for (const item of review) {
    await proposeReview(fixture.logDatabase.db, id, item, { decision: 'withhold', kind: item.kinds[0]! }, 'handler-1', at);
  }
  assert.equal(await approveProposals(fixture.logDatabase.db, id, 'handler-1', at), 0, 'nobody approves their own proposal');
  assert.equal(await approveProposals(fixture.logDatabase.db, id, 'reviewer-1', at), review.length);
  const model = await fixture.produce(id);
  const withheldCount = model.secrecy.withheld.reduce((sum, entry) => sum + entry.count, 0);
  assert.equal(withheldCount, review.length);
  const shownKeys = model.systems.flatMap((system) => system.datasets).flatMap((dataset) => dataset.items.map((item) => `${dataset.id}\u0000${item.key}`));
  for (const item of review) assert.ok(!shownKeys.includes(`${item.dataset}\u0000${item.itemKey}`));
});
