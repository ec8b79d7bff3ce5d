// The restriction register (issue 6, Art. 18, R20) against the demo agency on PGlite: while a
// person's data are restricted only storage is allowed; a read for case handling is refused (a
// whole dataset) or leaves the restricted records out (one record), unless an Art. 18(2) ground is
// named, by the read or by its purpose (answering the person's own requests: consent). Every
// refusal and every use on a ground is logged. Lifting needs the notice the person was sent.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import { createRecordKeyer } from '../../src/audit/record-key.ts';
import { liftRestrictionAfterNotice, restrictData } from '../../src/operations/changes/restriction-register.ts';
import { openSourceFixture, type SourceFixture } from '../support/source-systems-fixture.ts';
import { pgliteDatabase } from '../support/test-databases.ts';

const personas = demoPersonas();
// The heavy case has many contacts; the ordinary adult is the other person, untouched.
const adult = parseIdentityNumber(personas.heavy.identityNumber);
const other = parseIdentityNumber(personas.ordinaryAdult.identityNumber);
const actor = { id: 'staff:hanna' };
const dataset = 'kontakthistorik.kontakt';

let fixture: SourceFixture;
before(async () => { fixture = await openSourceFixture({ logDatabase: await pgliteDatabase(), persons: 30, registers: true }); });
after(() => fixture.close());

const read = (purpose: string, subject = adult, more: { restrictionGround?: 'legal-claims' } = {}) => fixture.sources.access.readSubject({
  actor, purpose, subject, dataset, fields: ['contact_id', 'summary'], ...more,
});
const ids = async (purpose: string, subject = adult) => (await read(purpose, subject)).rows.map((row) => String(row.contact_id)).sort();

async function lastOutcome() {
  return fixture.logDatabase.db.selectFrom('processing_log').select(['outcome', 'detail', 'purpose']).where('kind', '=', 'read')
    .where('outcome', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
}

test('one record restricted: case handling reads the others; a ground or the person\'s own request reads it, logged', async () => {
  const all = await ids('handlaggning');
  assert.ok(all.length >= 2, 'the person has several contacts');
  const restricted = await restrictData({ db: fixture.logDatabase.db, catalog: fixture.catalog, keyed: createRecordKeyer(fixture.secret) }, {
    subjectKey: fixture.subjectKey(adult.normalized), dataset, key: { contact_id: all[0]! }, reason: 'accuracy-contested',
    requestId: 'request-1', actor: 'staff:hanna', at: new Date(),
  });
  assert.deepEqual(await ids('handlaggning'), all.slice(1), 'the restricted record is left out of case handling');
  assert.equal((await lastOutcome()).detail.restricted, 1, 'and the log says one was left out');
  assert.deepEqual((await read('handlaggning', adult, { restrictionGround: 'legal-claims' })).rows.length, all.length);
  assert.equal((await lastOutcome()).detail.restrictionGround, 'legal-claims');
  assert.deepEqual(await ids('rattigheter'), all, 'answering the person\'s own request reads it (the catalog\'s ground: consent)');
  assert.equal((await lastOutcome()).detail.restrictionGround, 'consent');
  assert.ok((await ids('handlaggning', other)).length > 0, 'another person is not affected');

  await assert.rejects(liftRestrictionAfterNotice(fixture.logDatabase.db, { id: restricted, notice: ' ', actor: 'staff:hanna', at: new Date() }),
    (error) => isInsynError(error, 'VALIDATION_FAILED'), 'not lifted before the person is told');
  await liftRestrictionAfterNotice(fixture.logDatabase.db, { id: restricted, notice: 'letter-1', actor: 'staff:hanna', at: new Date() });
  assert.deepEqual(await ids('handlaggning'), all, 'lifted');
});

test('a whole dataset restricted: a read for case handling is refused and logged; with a ground it is read', async () => {
  const restricted = await restrictData({ db: fixture.logDatabase.db, catalog: fixture.catalog, keyed: createRecordKeyer(fixture.secret) }, {
    subjectKey: fixture.subjectKey(adult.normalized), dataset, reason: 'objection-pending', actor: 'staff:hanna', at: new Date(),
  });
  const refusedBefore = await fixture.logDatabase.db.selectFrom('processing_log').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('outcome', '=', 'refused').executeTakeFirstOrThrow();
  await assert.rejects(read('handlaggning'), (error) => isInsynError(error, 'PROCESSING_RESTRICTED'));
  const refusedAfter = await fixture.logDatabase.db.selectFrom('processing_log').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('outcome', '=', 'refused').executeTakeFirstOrThrow();
  assert.equal(Number(refusedAfter.n), Number(refusedBefore.n) + 1, 'the refusal is logged');
  assert.ok((await read('handlaggning', adult, { restrictionGround: 'legal-claims' })).rows.length > 0);
  assert.ok((await read('rattigheter')).rows.length > 0);
  await liftRestrictionAfterNotice(fixture.logDatabase.db, { id: restricted, notice: 'letter-2', actor: 'staff:hanna', at: new Date() });
  assert.ok((await read('handlaggning')).rows.length > 0);
});
