// Completion (Art. 16) on the whole stack (PGlite, the demo agency, a real worker collecting): a
// supplementary statement added to one of a demo person's contacts is in that person's extract on
// that record and on no other, in the model and in the JSON copy; another person's extract shows
// nothing of it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { createRecordKeyer } from '../../src/audit/record-key.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { extractJson } from '../../src/documents/extract-json.ts';
import type { ExtractModel } from '../../src/documents/extract-model.ts';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import { addSupplementaryStatement, type StatementDependencies } from '../../src/operations/changes/supplementary-statements.ts';
import { assembleExtract } from '../../src/operations/extracts/produce-extract.ts';
import { listReviewItems } from '../../src/stores/review-store.ts';
import { FIXED_CLOCK, FIXTURE_SEALER_SECRET, openExtractFixture, type ExtractFixture } from '../support/extract-fixture.ts';
import { pgliteDatabase } from '../support/test-databases.ts';

const personas = demoPersonas();
const WORDS = 'Jag ringde också för att meddela att jag har flyttat till en ny adress i samma kommun.';
const DATASET = 'kontakthistorik.kontakt';

let fixture: ExtractFixture;
let deps: StatementDependencies;
before(async () => {
  fixture = await openExtractFixture({ logDatabase: await pgliteDatabase(), persons: 30 });
  deps = {
    catalog: fixture.catalog, sealer: createContentSealer(FIXTURE_SEALER_SECRET), recordKeyer: createRecordKeyer(fixture.secret),
    subjectKey: fixture.subjectKey, clock: FIXED_CLOCK,
  };
});
after(() => fixture.close());

async function collected(identityNumber: string): Promise<string> {
  const id = await fixture.request(identityNumber);
  const request = await fixture.settle(id);
  assert.ok(request.status === 'review' || request.status === 'ready', `collected, not ${request.status}`);
  return id;
}

/** The extract as it would be sent now (items waiting for secrecy review left out), as the console previews it. */
async function extractOf(requestId: string): Promise<ExtractModel> {
  const db = fixture.logDatabase.db;
  return (await assembleExtract({ db, catalog: fixture.catalog, sealer: fixture.sealer, contentSealer: deps.sealer, recordKeyer: deps.recordKeyer, clock: FIXED_CLOCK }, requestId, { preview: true })).model;
}

function withStatements(model: ExtractModel): { dataset: string; key: string; texts: string[] }[] {
  return model.systems.flatMap((system) => system.datasets.flatMap((dataset) => dataset.items
    .filter((item) => item.statements !== undefined)
    .map((item) => ({ dataset: dataset.id, key: item.key, texts: item.statements!.map((statement) => statement.text) }))));
}

test('a statement on one of the person\'s contacts is on that record in their extract and on no other; another person sees nothing of it', async () => {
  const anna = personas.heavy.identityNumber;
  const requestId = await collected(anna);
  const waiting = new Set((await listReviewItems(fixture.logDatabase.db, requestId)).map((item) => `${item.dataset} ${item.itemKey}`));
  const contacts = (await fixture.parts(requestId)).find((part) => part.dataset === DATASET)?.items ?? [];
  const own = contacts.filter((item) => item.matchedBy.includes('pnr') && !waiting.has(`${DATASET} ${item.key}`));
  assert.ok(own.length >= 100, 'the persona has many contacts of her own that need no secrecy review');
  const chosen = own[Math.floor(own.length / 2)]!;
  assert.deepEqual(withStatements(await extractOf(requestId)), [], 'no statement before one is added');

  await addSupplementaryStatement(fixture.logDatabase.db, deps, {
    subject: parseIdentityNumber(anna), dataset: DATASET, key: { contact_id: chosen.values.contact_id! }, fields: ['summary'],
    statement: WORDS, requestId, actor: 'staff:hanna',
  });

  const model = await extractOf(requestId);
  assert.deepEqual(withStatements(model), [{ dataset: DATASET, key: chosen.key, texts: [WORDS] }]);
  const item = model.systems.flatMap((system) => system.datasets).find((dataset) => dataset.id === DATASET)!.items.find((entry) => entry.key === chosen.key)!;
  assert.deepEqual(item.statements, [{ text: WORDS, addedOn: '2026-11-29', fields: [{ field: 'summary', label: 'Sammanfattning' }] }]);
  assert.equal(extractJson(model).split(WORDS).length - 1, 1, 'the JSON copy holds the statement once');

  const bo = personas.namesThirdParty.identityNumber;
  const other = await extractOf(await collected(bo));
  assert.ok(other.systems.some((system) => system.datasets.some((dataset) => dataset.id === DATASET)), 'the other person has contacts too');
  assert.deepEqual(withStatements(other), []);
  assert.ok(!extractJson(other).includes(WORDS));
});
