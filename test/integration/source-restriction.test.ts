// Restriction and erasure where the source system does them itself (issue 6, Art. 17 and 18): the
// demo payment system marks restricted payments in its own column (`utbetalning.restricted`), and a
// contact record (here, with a catalog changed for the test) is erased by anonymisation. On PGlite,
// and on PostgreSQL + MariaDB when they run (the payments then live in MariaDB):
// - restricting a record sets the mark in the source as well as the register; a read for case
//   handling leaves the record out (counted in the log), a read on an Art. 18(2) ground includes
//   it; lifting clears the mark, unless another restriction still covers the record;
// - a mark the source system set itself restricts the same way: left out of case handling, and a
//   change or an erasure of it needs a ground of the request's own (never a false `already-gone`);
// - an anonymising erasure keeps the row with its fields cleared, and a re-run changes nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createRecordKeyer } from '../../src/audit/record-key.ts';
import type { Catalog, Dataset } from '../../src/catalog/catalog-types.ts';
import type { Row } from '../../src/connectors/connector.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { withDemoConnections } from '../../src/devservices/demo-agency/demo-schema.ts';
import { demoTable, type DemoTableName } from '../../src/devservices/demo-agency/demo-tables.ts';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../src/domain/personnummer.ts';
import { liftRestrictionAfterNotice, restrictData, type RestrictInput } from '../../src/operations/changes/restriction-register.ts';
import { openSourceFixture, type SourceFixture } from '../support/source-systems-fixture.ts';
import { pgliteDatabase, serviceDatabases, type ServiceDatabases } from '../support/test-databases.ts';

const actor = { id: 'staff:hanna' };
const payments = 'utbetalningar.utbetalning';
const contacts = 'kontakthistorik.kontakt';
const ANONYMOUS_PNR = '0000000000';
const ANONYMOUS_SUMMARY = '(anonymiserad)';
const CLEARED = ['pnr', 'summary', 'third_party_pnr', 'third_party_note', 'handler_note'];

/** The demo catalog with contacts erased by anonymisation and marked restricted in a column of their own (added to the table below). */
function testCatalog(catalog: Catalog): Catalog {
  const change = (dataset: Dataset): Dataset => (dataset.qualifiedId !== contacts ? dataset : {
    ...dataset,
    fields: [...dataset.fields, { name: 'restricted', category: 'contact', description: { sv: 'Spärrad', en: 'Restricted' } }],
    restriction: { field: 'restricted', value: '1', clearedValue: '0' },
    erasure: { rule: 'erasable', method: 'anonymise', fields: CLEARED, values: { pnr: ANONYMOUS_PNR, summary: ANONYMOUS_SUMMARY } },
  });
  return { ...catalog, systems: catalog.systems.map((system) => ({ ...system, datasets: system.datasets.map(change) })) };
}

interface Stack {
  readonly fixture: SourceFixture;
  /** SQL on the demo table's own database (`?` placeholders). */
  sql(table: DemoTableName, text: string, params?: readonly unknown[]): Promise<Row[]>;
}

async function openStack(fixture: SourceFixture): Promise<Stack> {
  const sql = (table: DemoTableName, text: string, params: readonly unknown[] = []) =>
    withDemoConnections(fixture.sources.demoTargets!, (connections) => connections.for(demoTable(table).role).query(text, params));
  await sql('kontakt', 'ALTER TABLE kontakt ADD COLUMN restricted integer NOT NULL DEFAULT 0');
  return { fixture, sql };
}

const keyed = (stack: Stack) => createRecordKeyer(stack.fixture.secret);
const restrict = (stack: Stack, input: Omit<RestrictInput, 'actor' | 'at'>) => restrictData({
  db: stack.fixture.logDatabase.db, catalog: stack.fixture.catalog, access: stack.fixture.sources.access, subjectKey: stack.fixture.subjectKey, keyed: keyed(stack),
}, { ...input, actor: actor.id, at: new Date() });
const lift = (stack: Stack, ids: readonly string[], subject: IdentityNumber, notice: string) => liftRestrictionAfterNotice({
  db: stack.fixture.logDatabase.db, catalog: stack.fixture.catalog, access: stack.fixture.sources.access, keyed: keyed(stack),
}, { ids, notice, subject, actor: actor.id, at: new Date() });

const read = (stack: Stack, purpose: string, subject: IdentityNumber, dataset: string, more: { restrictionGround?: 'legal-claims' } = {}) =>
  stack.fixture.sources.access.readSubject({ actor, purpose, subject, dataset, ...more });

/** The person's own payments (matched by their own number), by id. */
async function ownPayments(stack: Stack, subject: IdentityNumber, purpose = 'handlaggning'): Promise<string[]> {
  const { rows } = await read(stack, purpose, subject, payments);
  return rows.map((row) => String(row.payment_id)).sort();
}

async function marks(stack: Stack, ids: readonly string[]): Promise<number[]> {
  const rows = await stack.sql('utbetalning', `SELECT payment_id, restricted FROM utbetalning WHERE payment_id IN (${ids.map(() => '?').join(', ')}) ORDER BY payment_id`, ids);
  return rows.map((row) => Number(row.restricted));
}

async function lastOutcome(stack: Stack, kind: string) {
  return stack.fixture.logDatabase.db.selectFrom('processing_log').select(['outcome', 'detail', 'fields']).where('kind', '=', kind)
    .where('outcome', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
}

/** A demo persona with a few payments of their own (the heavy persona has thousands). */
async function personWithPayments(stack: Stack, skip: readonly string[] = []): Promise<{ subject: IdentityNumber; ids: string[] }> {
  for (const persona of Object.values(demoPersonas())) {
    if (skip.includes(persona.identityNumber)) continue;
    const subject = parseIdentityNumber(persona.identityNumber);
    const ids = await ownPayments(stack, subject);
    if (ids.length >= 2 && ids.length <= 60) return { subject, ids };
  }
  throw new Error('no demo persona with a few payments');
}

async function restrictingMarksTheSource(stack: Stack): Promise<void> {
  const { subject, ids } = await personWithPayments(stack);
  const [first] = ids;
  assert.deepEqual(await marks(stack, ids), ids.map(() => 0), 'seeded unrestricted');
  const restricted = await restrict(stack, { subject, dataset: payments, key: { payment_id: first! }, reason: 'accuracy-contested', requestId: 'request-1' });
  assert.deepEqual(await marks(stack, [first!]), [1], 'the mark is set in the payment system');
  const event = await lastOutcome(stack, 'restrict');
  assert.deepEqual([event.outcome, event.fields, event.detail.marked], ['success', ['restricted'], 1], 'and the write is logged as restrict');
  assert.deepEqual(await ownPayments(stack, subject), ids.slice(1), 'case handling reads the others');
  assert.equal((await lastOutcome(stack, 'read')).detail.restricted, 1, 'the log counts the one left out');
  const grounded = await read(stack, 'handlaggning', subject, payments, { restrictionGround: 'legal-claims' });
  assert.equal(grounded.rows.length, ids.length, 'on an Art. 18(2) ground it is read');
  assert.equal(grounded.restricted.filter(Boolean).length, 1);
  assert.equal((await lastOutcome(stack, 'read')).detail.restrictionGround, 'legal-claims');

  await restrict(stack, { subject, dataset: payments, key: { payment_id: first! }, reason: 'legal-claims', requestId: 'request-1' });
  assert.equal((await lastOutcome(stack, 'restrict')).detail.unchanged, 1, 'restricting a marked record again writes nothing');
  await lift(stack, restricted, subject, 'letter-1');
  assert.deepEqual(await marks(stack, [first!]), [1], 'another restriction still covers the record: the mark stays');
  assert.deepEqual(await ownPayments(stack, subject), ids.slice(1));
  const rest = await stack.fixture.logDatabase.db.selectFrom('restriction').select('id').where('dataset', '=', payments).where('lifted_at', 'is', null).execute();
  await lift(stack, rest.map((row) => row.id), subject, 'letter-2');
  assert.deepEqual(await marks(stack, [first!]), [0], 'the last restriction lifted clears the mark');
  assert.deepEqual(await ownPayments(stack, subject), ids);
}

async function wholeDatasetMarksEveryRecord(stack: Stack): Promise<void> {
  const { subject, ids } = await personWithPayments(stack);
  const restricted = await restrict(stack, { subject, dataset: payments, reason: 'objection-pending', requestId: 'request-2' });
  assert.deepEqual(await marks(stack, ids), ids.map(() => 1), 'each of the person\'s payments is marked');
  await assert.rejects(read(stack, 'handlaggning', subject, payments), (error) => isInsynError(error, 'PROCESSING_RESTRICTED'));
  await lift(stack, restricted, subject, 'letter-3');
  assert.deepEqual(await marks(stack, ids), ids.map(() => 0), 'lifted: every mark cleared');
  assert.deepEqual(await ownPayments(stack, subject), ids);
}

async function sourceMarkRestricts(stack: Stack): Promise<void> {
  const { subject, ids } = await personWithPayments(stack);
  const [first] = ids;
  await stack.sql('utbetalning', 'UPDATE utbetalning SET restricted = 1 WHERE payment_id = ?', [first]);
  assert.deepEqual(await ownPayments(stack, subject), ids.slice(1), 'a payment the system itself restricted is left out of case handling');
  assert.equal((await lastOutcome(stack, 'read')).detail.restricted, 1);
  const own = await read(stack, 'rattigheter', subject, payments);
  assert.equal(own.rows.length, ids.length, 'the person\'s own request reads it (the catalog\'s ground: consent)');
  assert.deepEqual(own.rows.filter((_, index) => own.restricted[index]).map((row) => String(row.payment_id)), [first]);
  await stack.sql('utbetalning', 'UPDATE utbetalning SET restricted = 0 WHERE payment_id = ?', [first]);
  assert.deepEqual(await ownPayments(stack, subject), ids);
}

/** The person's own contacts (not those naming them as a third party), with their summaries. */
async function ownContacts(stack: Stack, subject: IdentityNumber): Promise<Row[]> {
  const { rows, matchedBy } = await read(stack, 'rattigheter', subject, contacts);
  return rows.filter((_, index) => matchedBy[index]!.includes('pnr'));
}

async function sourceMarkNeedsAGroundToChange(stack: Stack): Promise<void> {
  const subject = parseIdentityNumber(demoPersonas().heavy.identityNumber);
  const [contact] = await ownContacts(stack, subject);
  assert.ok(contact, 'the heavy persona has contacts of their own');
  const key = { contact_id: String(contact.contact_id) };
  await stack.sql('kontakt', 'UPDATE kontakt SET restricted = 1 WHERE contact_id = ?', [key.contact_id]);
  const restricted = (error: unknown) => isInsynError(error, 'PROCESSING_RESTRICTED');
  const base = { actor, subject, dataset: contacts, key };
  await assert.rejects(stack.fixture.sources.access.eraseRecord({ ...base, purpose: 'handlaggning' }), restricted, 'left out of the read, never taken for gone');
  await assert.rejects(stack.fixture.sources.access.eraseRecord({ ...base, purpose: 'rattigheter' }), restricted, 'the purpose\'s own ground does not count');
  const change = { ...base, purpose: 'rattigheter', expect: { summary: String(contact.summary) }, set: { summary: 'Rättad' } };
  await assert.rejects(stack.fixture.sources.access.changeRecord(change), restricted);
  assert.equal((await stack.fixture.sources.access.changeRecord({ ...change, restrictionGround: 'legal-claims' })).outcome, 'updated', 'on a ground of its own');
  await stack.sql('kontakt', 'UPDATE kontakt SET restricted = 0 WHERE contact_id = ?', [key.contact_id]);
}

async function anonymisingErasure(stack: Stack): Promise<void> {
  const subject = parseIdentityNumber(demoPersonas().draftAndNote.identityNumber);
  const [contact] = await ownContacts(stack, subject);
  assert.ok(contact, 'the persona has a contact of their own');
  const key = { contact_id: String(contact.contact_id) };
  const row = async () => (await stack.sql('kontakt', `SELECT ${['contact_id', 'channel', 'contact_at', ...CLEARED].join(', ')} FROM kontakt WHERE contact_id = ?`, [key.contact_id]))[0];
  const before = await row();
  const erase = () => stack.fixture.sources.access.eraseRecord({ actor, purpose: 'rattigheter', subject, dataset: contacts, key, stepId: 'request-3' });
  assert.equal((await erase()).outcome, 'anonymised');
  const after = await row();
  assert.ok(after, 'the row is kept');
  assert.deepEqual({ ...after }, {
    ...before, pnr: ANONYMOUS_PNR, summary: ANONYMOUS_SUMMARY, third_party_pnr: null, third_party_note: null, handler_note: null,
  }, 'only the anonymised fields changed: null, or the catalog\'s value');
  assert.ok(!(await ownContacts(stack, subject)).some((own) => String(own.contact_id) === key.contact_id), 'no longer the person\'s');
  const event = await lastOutcome(stack, 'erase');
  assert.deepEqual([event.fields, event.detail.result], [CLEARED, 'anonymised']);
  assert.equal((await erase()).outcome, 'already-gone', 'a re-run finds no record of the person');
  assert.deepEqual(await row(), after, 'and changes nothing');
}

const scenarios: readonly [string, (stack: Stack) => Promise<void>][] = [
  ['restricting a record marks it in the source; reads leave it out without a ground; lifting clears the mark once nothing else restricts it', restrictingMarksTheSource],
  ['a whole dataset restricted marks each of the person\'s records, and lifting clears them', wholeDatasetMarksEveryRecord],
  ['a mark the source system set itself restricts reads like the register', sourceMarkRestricts],
  ['a record the source marked is changed or erased only on a ground of the request\'s own', sourceMarkNeedsAGroundToChange],
  ['an anonymising erasure keeps the row with its fields cleared; a re-run changes nothing', anonymisingErasure],
];

let pglite: Stack;
let services: Stack | undefined;
let databases: ServiceDatabases | undefined;

before(async () => {
  pglite = await openStack(await openSourceFixture({ logDatabase: await pgliteDatabase(), persons: 30, registers: true, catalog: testCatalog }));
  databases = await serviceDatabases();
  if (databases) services = await openStack(await openSourceFixture({ ...databases, persons: 30, registers: true, catalog: testCatalog }));
});

after(async () => {
  await pglite?.fixture.close();
  await services?.fixture.close();
  await databases?.drop();
});

for (const [name, scenario] of scenarios) {
  test(`PGlite: ${name}`, () => scenario(pglite));
  test(`PostgreSQL + MariaDB: ${name}`, async (t) => {
    if (!services) return t.skip('PostgreSQL or MariaDB is not reachable: this scenario did not run');
    await scenario(services);
  });
}
