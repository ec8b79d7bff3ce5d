// The restriction register (issue 6, Art. 18, R20) against the demo agency on PGlite: while a
// person's data are restricted only storage is allowed; a read for case handling is refused (a
// whole dataset) or leaves the restricted records out (one record), whoever is read, unless an
// Art. 18(2) ground is named, by the read or by its purpose (answering the person's own requests:
// consent). A change or an erasure of a restricted record needs a ground of its own. Every
// refusal and every use on a ground is logged. Lifting needs the notice the person was sent.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createRecordKeyer } from '../../src/audit/record-key.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../src/domain/personnummer.ts';
import { liftRestrictionAfterNotice, restrictData, type RestrictInput } from '../../src/operations/changes/restriction-register.ts';
import { openSourceFixture, type SourceFixture } from '../support/source-systems-fixture.ts';
import { pgliteDatabase } from '../support/test-databases.ts';

const personas = demoPersonas();
// The heavy case has many contacts; the ordinary adult is another person, named in the namesThirdParty persona's contact.
const heavy = parseIdentityNumber(personas.heavy.identityNumber);
const adult = parseIdentityNumber(personas.ordinaryAdult.identityNumber);
const writer = parseIdentityNumber(personas.namesThirdParty.identityNumber);
const actor = { id: 'staff:hanna' };
const dataset = 'kontakthistorik.kontakt';

let fixture: SourceFixture;
before(async () => { fixture = await openSourceFixture({ logDatabase: await pgliteDatabase(), persons: 30, registers: true }); });
after(() => fixture.close());

const read = (purpose: string, subject: IdentityNumber, more: { restrictionGround?: 'legal-claims' } = {}) => fixture.sources.access.readSubject({
  actor, purpose, subject, dataset, fields: ['contact_id', 'summary'], ...more,
});
const ids = async (purpose: string, subject: IdentityNumber) => (await read(purpose, subject)).rows.map((row) => String(row.contact_id)).sort();
const restrict = (input: Omit<RestrictInput, 'actor' | 'at'>) => restrictData({
  db: fixture.logDatabase.db, catalog: fixture.catalog, access: fixture.sources.access, subjectKey: fixture.subjectKey,
  keyed: createRecordKeyer(fixture.secret),
}, { ...input, actor: 'staff:hanna', at: new Date() });
const lift = (restricted: readonly string[], notice: string, subject = heavy) => liftRestrictionAfterNotice({
  db: fixture.logDatabase.db, catalog: fixture.catalog, access: fixture.sources.access, keyed: createRecordKeyer(fixture.secret),
}, { ids: restricted, notice, subject, actor: 'staff:hanna', at: new Date() });

async function lastOutcome() {
  return fixture.logDatabase.db.selectFrom('processing_log').select(['outcome', 'detail', 'purpose']).where('kind', '=', 'read')
    .where('outcome', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
}

test('one record restricted: case handling reads the others; a ground or the person\'s own request reads it, logged', async () => {
  const all = await ids('handlaggning', heavy);
  assert.ok(all.length >= 2, 'the person has several contacts');
  const restricted = await restrict({ subject: heavy, dataset, key: { contact_id: all[0]! }, reason: 'accuracy-contested', requestId: 'request-1' });
  assert.deepEqual(await ids('handlaggning', heavy), all.slice(1), 'the restricted record is left out of case handling');
  assert.equal((await lastOutcome()).detail.restricted, 1, 'and the log says one was left out');
  const grounded = await read('handlaggning', heavy, { restrictionGround: 'legal-claims' });
  assert.equal(grounded.rows.length, all.length);
  assert.equal(grounded.restricted.filter(Boolean).length, 1, 'the restricted row is marked');
  assert.equal((await lastOutcome()).detail.restrictionGround, 'legal-claims');
  assert.deepEqual(await ids('rattigheter', heavy), all, 'answering the person\'s own request reads it (the catalog\'s ground: consent)');
  assert.equal((await lastOutcome()).detail.restrictionGround, 'consent');
  assert.ok((await ids('handlaggning', adult)).length > 0, 'another person is not affected');

  await assert.rejects(lift(restricted, ' '), (error) => isInsynError(error, 'VALIDATION_FAILED'), 'not lifted before the person is told');
  await lift(restricted, 'letter-1');
  assert.deepEqual(await ids('handlaggning', heavy), all, 'lifted');
});

test('a record restricted for its owner stays restricted when someone it names is read', async () => {
  const { rows, matchedBy } = await read('handlaggning', adult);
  const named = rows.find((_, index) => !matchedBy[index]!.includes('pnr'));
  assert.ok(named, 'the ordinary adult is named in another person\'s contact');
  const restricted = await restrict({ subject: writer, dataset, key: { contact_id: String(named.contact_id) }, reason: 'unlawful' });
  assert.ok(!(await ids('handlaggning', adult)).includes(String(named.contact_id)), 'not read through the person it names either');
  await lift(restricted, 'letter-2', writer);
});

test('what restrictData is given must be a record of the person, exactly as the source holds its key', async () => {
  const [first] = await ids('handlaggning', heavy);
  const keys: Record<string, string>[] = [{ contact_id: `0${first}` }, { contact_id: `${first} ` }, { contact_id: 'no-such-contact' }, { pnr: heavy.normalized }];
  for (const key of keys) {
    await assert.rejects(restrict({ subject: heavy, dataset, key, reason: 'legal-claims' }), (error) => isInsynError(error, 'VALIDATION_FAILED'), JSON.stringify(key));
  }
  const { rows } = await read('handlaggning', adult);
  const someoneElses = rows.find((row) => !(String(row.contact_id) === first));
  assert.ok(someoneElses);
  await assert.rejects(restrict({ subject: heavy, dataset, key: { contact_id: String(someoneElses.contact_id) }, reason: 'legal-claims' }),
    (error) => isInsynError(error, 'VALIDATION_FAILED'), 'another person\'s record');
});

test('a whole dataset restricted: reads for case handling refused; changes and erasure need a ground of their own', async () => {
  const [record] = (await read('handlaggning', heavy)).rows;
  assert.ok(record);
  const restricted = await restrict({ subject: heavy, dataset, reason: 'objection-pending' });
  await assert.rejects(read('handlaggning', heavy), (error) => isInsynError(error, 'PROCESSING_RESTRICTED'));
  assert.ok((await read('handlaggning', heavy, { restrictionGround: 'legal-claims' })).rows.length > 0);
  assert.ok((await read('rattigheter', heavy)).rows.length > 0);
  const key = { contact_id: String(record.contact_id) };
  const change = { actor, purpose: 'rattigheter', subject: heavy, dataset, key, expect: { summary: (record.summary as string | null) ?? null }, set: { summary: 'Rättad' } };
  await assert.rejects(fixture.sources.access.changeRecord(change), (error) => isInsynError(error, 'PROCESSING_RESTRICTED'), 'not even the rights purpose changes it');
  await assert.rejects(fixture.sources.access.eraseRecord({ actor, purpose: 'handlaggning', subject: heavy, dataset, key }),
    (error) => isInsynError(error, 'PROCESSING_RESTRICTED'), 'refused, never a false already-gone');
  assert.equal((await fixture.sources.access.changeRecord({ ...change, restrictionGround: 'legal-claims' })).outcome, 'updated', 'on a ground it is changed');
  const refused = await fixture.logDatabase.db.selectFrom('processing_log').select(['kind', 'detail']).where('outcome', '=', 'refused')
    .where('kind', 'in', ['rectify', 'erase']).execute();
  assert.ok(refused.some((event) => event.kind === 'rectify' && event.detail.code === 'PROCESSING_RESTRICTED'));
  assert.ok(refused.some((event) => event.kind === 'erase' && event.detail.code === 'PROCESSING_RESTRICTED'));
  await lift(restricted, 'letter-3');
  assert.ok((await read('handlaggning', heavy)).rows.length > 0);
});
