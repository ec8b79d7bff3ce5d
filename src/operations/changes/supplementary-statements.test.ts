// Supplementary statements on PGlite with the demo catalog: stored sealed and by a keyed hash of
// the record's key, validated, and attached on reading to the collected record they concern only.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createContentSealer } from '../../audit/content-sealer.ts';
import { createRecordKeyer } from '../../audit/record-key.ts';
import { createSubjectKeyer } from '../../audit/subject-key.ts';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import type { DatabaseHandle } from '../../db/database.ts';
import { isInsynError, type ErrorCode } from '../../domain/error-catalogue.ts';
import { syntheticIdentityNumber } from '../../domain/personnummer.ts';
import type { ExtractPart } from '../../stores/extract-part-store.ts';
import { projectRoot } from '../../../test/support/run-insyn.ts';
import { pgliteDatabase } from '../../../test/support/test-databases.ts';
import { addSupplementaryStatement, supplementaryStatementsFor, type AddStatementInput } from './supplementary-statements.ts';

const SECRET = 'supplementary-statement-test-secret-'.repeat(2);
const at = new Date('2026-11-29T10:00:00.000Z');
const deps = {
  catalog: loadCatalog(join(projectRoot, 'catalog')), sealer: createContentSealer(SECRET), recordKeyer: createRecordKeyer(SECRET),
  subjectKey: createSubjectKeyer(SECRET), clock: () => at,
};
const anna = syntheticIdentityNumber('1984-03-12', 123);
const bo = syntheticIdentityNumber('1990-04-02', 456);
const WORDS = 'Samtalet gällde även min ansökan om bostadsbidrag.';
const input: AddStatementInput = {
  subject: anna, dataset: 'kontakthistorik.kontakt', key: { contact_id: '1002' }, fields: ['summary'], statement: `  ${WORDS}\n`,
  requestId: 'request-1', actor: 'staff:hanna',
};

/** The collected part of kontakthistorik.kontakt with records keyed 1001–1003 (values as text, as collected). */
const contacts: ExtractPart = {
  dataset: 'kontakthistorik.kontakt',
  items: ['1001', '1002', '1003'].map((id) => ({ key: id, values: { contact_id: id, pnr: anna.normalized.slice(2), summary: 'Samtal' }, matchedBy: ['pnr'], roles: ['insured'] })),
};

let handle: DatabaseHandle;
before(async () => { handle = await pgliteDatabase(); });
after(() => handle.close());

const refused = (code: ErrorCode) => (error: unknown) => isInsynError(error, code);

test('a statement is stored sealed, its record named by a keyed hash, never by its key or the person\'s number', async () => {
  const id = await addSupplementaryStatement(handle.db, deps, input);
  const row = await handle.db.selectFrom('supplementary_statement').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  assert.equal(row.subject_key, deps.subjectKey(anna.normalized));
  assert.deepEqual(row.fields, ['summary']);
  assert.equal(row.request_id, 'request-1');
  assert.equal(row.created_by, 'staff:hanna');
  assert.equal(row.created_at.toISOString(), at.toISOString());
  assert.equal(row.withdrawn_at, null);
  const stored = JSON.stringify(row);
  for (const clear of ['bostadsbidrag', '1002', anna.normalized, anna.normalized.slice(2)]) assert.ok(!stored.includes(clear), `${clear} is not stored in clear`);
  assert.deepEqual(deps.sealer.openJson(row.statement_sealed, `supplementary-statement/${id}`), { text: WORDS });
  assert.throws(() => deps.sealer.openJson(row.statement_sealed, 'supplementary-statement/another-row'), refused('SUBJECT_SEAL_INVALID'));
});

test('the statement is attached to its record among the collected ones, and to no other; another person sees none', async () => {
  const found = await supplementaryStatementsFor(handle.db, deps, deps.subjectKey(anna.normalized), [contacts]);
  const byItem = found.get('kontakthistorik.kontakt');
  assert.deepEqual([...(byItem?.keys() ?? [])], ['1002']);
  assert.deepEqual(byItem?.get('1002')?.map((statement) => [statement.text, statement.fields, statement.createdAt.toISOString()]),
    [[WORDS, ['summary'], at.toISOString()]]);
  assert.equal((await supplementaryStatementsFor(handle.db, deps, deps.subjectKey(bo.normalized), [contacts])).size, 0);
});

test('a key is matched exactly as the source holds it: no trimming, no other dataset', async () => {
  const spaced: ExtractPart = { ...contacts, items: contacts.items.map((item) => ({ ...item, values: { ...item.values, contact_id: ` ${item.key}` } })) };
  assert.equal((await supplementaryStatementsFor(handle.db, deps, deps.subjectKey(anna.normalized), [spaced])).size, 0);
  const otherDataset: ExtractPart = { ...contacts, dataset: 'arenden.arende' };
  assert.equal((await supplementaryStatementsFor(handle.db, deps, deps.subjectKey(anna.normalized), [otherDataset])).size, 0);
});

test('a withdrawn statement is no longer shown', async () => {
  const id = await addSupplementaryStatement(handle.db, deps, { ...input, key: { contact_id: '1003' }, fields: [], statement: 'Tillbakadragen.' });
  const shown = async () => [...(await supplementaryStatementsFor(handle.db, deps, deps.subjectKey(anna.normalized), [contacts])).get('kontakthistorik.kontakt')!.keys()].sort();
  assert.deepEqual(await shown(), ['1002', '1003']);
  await handle.db.updateTable('supplementary_statement').set({ withdrawn_at: at }).where('id', '=', id).execute();
  assert.deepEqual(await shown(), ['1002']);
});

test('the dataset, the key, the fields and the statement are validated', async () => {
  await assert.rejects(addSupplementaryStatement(handle.db, deps, { ...input, dataset: 'kontakthistorik.nothing' }), refused('UNKNOWN_DATASET'));
  await assert.rejects(addSupplementaryStatement(handle.db, deps, { ...input, key: { pnr: '1' } }), refused('VALIDATION_FAILED'));
  await assert.rejects(addSupplementaryStatement(handle.db, deps, { ...input, key: { contact_id: '' } }), refused('VALIDATION_FAILED'));
  await assert.rejects(addSupplementaryStatement(handle.db, deps, { ...input, key: { contact_id: '1', pnr: '1' } }), refused('VALIDATION_FAILED'));
  await assert.rejects(addSupplementaryStatement(handle.db, deps, { ...input, fields: ['summary', 'shoe_size'] }), refused('UNKNOWN_FIELD'));
  await assert.rejects(addSupplementaryStatement(handle.db, deps, { ...input, statement: ' \n ' }), refused('VALIDATION_FAILED'));
  await assert.rejects(addSupplementaryStatement(handle.db, deps, { ...input, statement: 'x'.repeat(4001) }), refused('VALIDATION_FAILED'));
  await assert.rejects(addSupplementaryStatement(handle.db, deps, { ...input, actor: ' ' }), refused('VALIDATION_FAILED'));
  const count = await handle.db.selectFrom('supplementary_statement').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(Number(count.n), 2, 'nothing refused was stored');
});

test('the fields are kept once each, in the catalog\'s order; a statement joins the caller\'s transaction', async () => {
  const id = await handle.db.transaction().execute((trx) => addSupplementaryStatement(trx, deps, { ...input, fields: ['summary', 'channel', 'summary'] }));
  const row = await handle.db.selectFrom('supplementary_statement').select('fields').where('id', '=', id).executeTakeFirstOrThrow();
  assert.deepEqual(row.fields, ['channel', 'summary']);
  await assert.rejects(handle.db.transaction().execute(async (trx) => {
    await addSupplementaryStatement(trx, deps, { ...input, statement: 'Rullas tillbaka.' });
    throw new Error('the caller fails');
  }));
  const texts = (await supplementaryStatementsFor(handle.db, deps, deps.subjectKey(anna.normalized), [contacts])).get('kontakthistorik.kontakt')!.get('1002')!.map((statement) => statement.text);
  assert.ok(!texts.includes('Rullas tillbaka.'));
});
