// The access layer's behaviour, asserted the same way on every engine binding.
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { verifyProcessingLog } from '../../src/audit/verify-processing-log.ts';
import { isInsynError, type ErrorCode } from '../../src/domain/error-catalogue.ts';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import type { SourceFixture } from './source-systems-fixture.ts';

const personas = demoPersonas();
const actor = { id: 'handlaggare-4711' };

async function logRows(fixture: SourceFixture) {
  const result = await sql<Record<string, unknown>>`select * from processing_log order by id`.execute(fixture.logDatabase.db);
  return result.rows;
}

export async function readsEverySystemAndLogsBeforeAndAfter(fixture: SourceFixture): Promise<void> {
  const subject = parseIdentityNumber(personas.ordinaryAdult.identityNumber);
  const datasets = fixture.catalog.systems.flatMap((system) => system.datasets).filter((dataset) => dataset.identityFields.length > 0);
  for (const dataset of datasets) {
    if (!dataset.purposes.includes('rattigheter')) continue;
    const before = (await logRows(fixture)).length;
    const result = await fixture.sources.access.readSubject({ actor, purpose: 'rattigheter', subject, dataset: dataset.qualifiedId });
    const events = (await logRows(fixture)).slice(before);
    assert.equal(events.length, 2, `${dataset.qualifiedId}: an attempt and an outcome`);
    assert.equal(events[0]!.outcome, null);
    assert.equal(events[1]!.outcome, 'success');
    assert.equal(Number(events[1]!.outcome_of), Number(events[0]!.id));
    assert.equal(events[0]!.subject_key, fixture.subjectKey(subject.normalized));
    assert.deepEqual(events[0]!.datasets, [dataset.qualifiedId]);
    assert.deepEqual(events[0]!.fields, dataset.fields.map((field) => field.name));
    assert.equal(result.rows.length, result.matchedBy.length);
    assert.equal(events[1]!.detail && (events[1]!.detail as { rows: number }).rows, result.rows.length);
    for (const row of result.rows) assert.deepEqual(Object.keys(row).sort(), dataset.fields.map((field) => field.name).sort());
  }
}

export async function findsEveryStoredForm(fixture: SourceFixture): Promise<void> {
  const subject = parseIdentityNumber(personas.ordinaryAdult.identityNumber);
  const read = (dataset: string) => fixture.sources.access.readSubject({ actor, purpose: 'handlaggning', subject, dataset });
  const payments = await read('utbetalningar.utbetalning');   // pnr10-dash
  const contacts = await read('kontakthistorik.kontakt');     // pnr10 and pnr12 (third party)
  const cases = await read('arenden.arende');                 // pnr12-dash
  const documents = await read('dokumentarkiv.dokument');     // over HTTP
  for (const [name, result] of Object.entries({ payments, cases, documents })) {
    assert.ok(result.rows.length > 0, `${name} found`);
  }
  assert.ok(contacts.matchedBy.some((fields) => fields.includes('third_party_pnr')), 'the person is found where someone else named them');
  const centenarian = parseIdentityNumber(personas.centenarian.identityNumber);
  const old = await fixture.sources.access.readSubject({ actor, purpose: 'handlaggning', subject: centenarian, dataset: 'utbetalningar.utbetalning' });
  assert.ok(old.rows.length > 0, "a centenarian's '+' form is found");
  assert.ok(old.rows.every((row) => String(row.pnr).includes('+')));
}

async function refused(fixture: SourceFixture, request: Parameters<SourceFixture['sources']['access']['readSubject']>[0], code: ErrorCode) {
  const before = (await logRows(fixture)).length;
  await assert.rejects(fixture.sources.access.readSubject(request), (error) => isInsynError(error, code));
  const events = (await logRows(fixture)).slice(before);
  assert.equal(events.length, 2, 'the refused attempt is logged with its outcome');
  assert.deepEqual(events.map((event) => event.outcome), [null, 'refused']);
  assert.ok(events.every((event) => event.outcome !== 'success'), 'nothing records a success');
  assert.deepEqual(events[0]!.fields, [], 'no fields were read');
}

export async function refusesWhatTheCatalogDoesNotAllow(fixture: SourceFixture): Promise<void> {
  const subject = parseIdentityNumber(personas.ordinaryAdult.identityNumber);
  await refused(fixture, { actor, purpose: 'statistik', subject, dataset: 'kontakthistorik.kontakt' }, 'PURPOSE_NOT_ALLOWED');
  await refused(fixture, { actor, purpose: 'nyfikenhet', subject, dataset: 'arenden.arende' }, 'UNKNOWN_PURPOSE');
  await refused(fixture, { actor, purpose: 'handlaggning', subject, dataset: 'arenden.hemligt' }, 'UNKNOWN_DATASET');
  await refused(fixture, { actor, purpose: 'handlaggning', subject, dataset: 'arenden.arende', fields: ['pnr', 'password'] }, 'UNKNOWN_FIELD');
}

export async function logHoldsNoPersonalDataAndVerifies(fixture: SourceFixture): Promise<void> {
  await fixture.log.checkpoint();
  const text = JSON.stringify(await logRows(fixture));
  for (const persona of Object.values(personas)) {
    const digits = persona.identityNumber;
    assert.ok(!text.includes(digits) && !text.includes(digits.slice(2)), 'no identity number in the log');
    assert.ok(!text.includes(persona.familyName), 'no name in the log');
  }
  const verified = await verifyProcessingLog(fixture.logDatabase.db, fixture.verificationKeys);
  assert.equal(verified.ok, true, JSON.stringify(verified.problem));
}
