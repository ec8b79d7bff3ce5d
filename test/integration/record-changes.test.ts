// The access layer's change door (issue 6, R18) against the demo agency on PGlite: a correction
// of a changeable field of the person's own record is made in the source, logged by field name
// before and after, its values kept sealed apart from the log (and erasable); anything the catalog
// does not allow, another person's record, or a record changed meanwhile is refused, logged, and
// leaves the source untouched.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createContentSealer } from '../../src/audit/content-sealer.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import { parseIdentityNumber } from '../../src/domain/personnummer.ts';
import { openChangeValues } from '../../src/operations/changes/change-values.ts';
import { eraseChangeValues, findChangeRecord } from '../../src/stores/change-record-store.ts';
import { openSourceFixture, type SourceFixture } from '../support/source-systems-fixture.ts';
import { pgliteDatabase } from '../support/test-databases.ts';

const personas = demoPersonas();
// The heavy case has contacts of its own; the namesThirdParty persona's contact names the ordinary adult.
const person = parseIdentityNumber(personas.heavy.identityNumber);
const other = parseIdentityNumber(personas.namesThirdParty.identityNumber);
const adult = parseIdentityNumber(personas.ordinaryAdult.identityNumber);
const actor = { id: 'staff:hanna' };

let fixture: SourceFixture;
before(async () => { fixture = await openSourceFixture({ logDatabase: await pgliteDatabase(), persons: 30, registers: true }); });
after(() => fixture.close());

/** The person's own contacts (matched by their own number, not as a third party named in someone else's). */
async function contacts(subject = person) {
  const { rows, matchedBy } = await fixture.sources.access.readSubject({
    actor, purpose: 'rattigheter', subject, dataset: 'kontakthistorik.kontakt', fields: ['contact_id', 'summary', 'channel'],
  });
  return (rows as { contact_id: string; summary: string | null; channel: string }[]).filter((_, index) => matchedBy[index]!.includes('pnr'));
}

async function events(kind: string) {
  return fixture.logDatabase.db.selectFrom('processing_log').select(['kind', 'fields', 'datasets', 'detail', 'outcome', 'outcome_of'])
    .where('kind', '=', kind).orderBy('id').execute();
}

test('a correction of the person\'s own record: made in the source, logged by name, values sealed apart and erasable', async () => {
  const [record] = await contacts();
  assert.ok(record, 'the person has contacts of their own');
  const corrected = 'Frågade om utbetalningsdag (rättad enligt begäran)';
  const result = await fixture.sources.access.changeRecord({
    actor, purpose: 'rattigheter', subject: person, dataset: 'kontakthistorik.kontakt', key: { contact_id: record.contact_id },
    expect: { summary: record.summary }, set: { summary: corrected }, stepId: 'request-1',
  });
  assert.equal(result.outcome, 'updated');
  assert.equal((await contacts()).find((row) => row.contact_id === record.contact_id)?.summary, corrected);

  const logged = await events('rectify');
  const attempt = logged.find((event) => (event.detail as Record<string, unknown>).change === result.changeId && event.outcome === null);
  assert.deepEqual(attempt?.fields, ['summary']);
  assert.deepEqual(attempt?.datasets, ['kontakthistorik.kontakt']);
  assert.ok(logged.some((event) => event.outcome === 'success' && (event.detail as Record<string, unknown>).result === 'updated'));
  const logText = JSON.stringify(logged);
  assert.ok(!logText.includes(corrected) && !(record.summary && logText.includes(record.summary)), 'no value in the log');

  const sealer = createContentSealer(fixture.secret);
  assert.deepEqual(await openChangeValues(fixture.logDatabase.db, sealer, result.changeId), {
    key: { contact_id: record.contact_id }, before: { summary: record.summary }, after: { summary: corrected },
  });
  const stored = await findChangeRecord(fixture.logDatabase.db, result.changeId);
  assert.ok(stored?.valuesSealed && !stored.valuesSealed.includes(corrected), 'sealed at rest');

  // The same step again (a crash after the change): nothing changes twice.
  const again = await fixture.sources.access.changeRecord({
    actor, purpose: 'rattigheter', subject: person, dataset: 'kontakthistorik.kontakt', key: { contact_id: record.contact_id },
    expect: { summary: record.summary }, set: { summary: corrected }, stepId: 'request-1',
  });
  assert.equal(again.outcome, 'already-applied');

  assert.equal(await eraseChangeValues(fixture.logDatabase.db, result.changeId, new Date()), true);
  assert.equal(await openChangeValues(fixture.logDatabase.db, sealer, result.changeId), undefined);
  assert.ok((await findChangeRecord(fixture.logDatabase.db, result.changeId))?.valuesErasedAt, 'the row stays for the log\'s reference');
});

test('a person named in someone else\'s record cannot change it', async () => {
  const { rows, matchedBy } = await fixture.sources.access.readSubject({ actor, purpose: 'rattigheter', subject: adult, dataset: 'kontakthistorik.kontakt', fields: ['contact_id', 'summary'] });
  const index = rows.findIndex((_, position) => !matchedBy[position]!.includes('pnr'));
  assert.ok(index >= 0, 'the ordinary adult is named in another person\'s contact');
  const record = rows[index]!;
  await assert.rejects(fixture.sources.access.changeRecord({
    actor, purpose: 'rattigheter', subject: adult, dataset: 'kontakthistorik.kontakt', key: { contact_id: String(record.contact_id) },
    expect: { summary: (record.summary as string | null) ?? null }, set: { summary: 'Ändrad av den som nämns' },
  }), (error) => isInsynError(error, 'SOURCE_CONFLICT'));
  const again = await fixture.sources.access.readSubject({ actor, purpose: 'rattigheter', subject: adult, dataset: 'kontakthistorik.kontakt', fields: ['contact_id', 'summary'] });
  assert.equal(again.rows.find((row) => row.contact_id === record.contact_id)?.summary, record.summary, 'untouched');
});

test('what the catalog does not allow, another person\'s record and a stale value are refused, logged, and change nothing', async () => {
  const [mine] = await contacts();
  const [theirs] = await contacts(other);
  assert.ok(mine && theirs);
  const refusedBefore = (await events('rectify')).filter((event) => event.outcome === 'refused').length;
  const attempts: [string, Parameters<SourceFixture['sources']['access']['changeRecord']>[0], string][] = [
    ['not changeable', { actor, purpose: 'rattigheter', subject: person, dataset: 'kontakthistorik.kontakt', key: { contact_id: mine.contact_id }, expect: { channel: mine.channel }, set: { channel: 'brev' } }, 'CHANGE_NOT_ALLOWED'],
    ['a value decided on for a field not changed', { actor, purpose: 'rattigheter', subject: person, dataset: 'kontakthistorik.kontakt', key: { contact_id: mine.contact_id }, expect: { summary: mine.summary, handler_note: 'gissning' }, set: { summary: mine.summary } }, 'CHANGE_NOT_ALLOWED'],
    ['not by its key', { actor, purpose: 'rattigheter', subject: person, dataset: 'kontakthistorik.kontakt', key: { pnr: 'x' }, expect: { summary: mine.summary }, set: { summary: 'x' } }, 'CHANGE_NOT_ALLOWED'],
    ['another person\'s record', { actor, purpose: 'rattigheter', subject: person, dataset: 'kontakthistorik.kontakt', key: { contact_id: theirs.contact_id }, expect: { summary: theirs.summary }, set: { summary: 'Ändrad' } }, 'SOURCE_CONFLICT'],
    ['a purpose the dataset does not allow', { actor, purpose: 'statistik', subject: person, dataset: 'kontakthistorik.kontakt', key: { contact_id: mine.contact_id }, expect: { summary: mine.summary }, set: { summary: 'Ändrad' } }, 'PURPOSE_NOT_ALLOWED'],
  ];
  for (const [name, request, code] of attempts) {
    await assert.rejects(fixture.sources.access.changeRecord(request), (error) => isInsynError(error, code as never), name);
  }
  assert.equal((await events('rectify')).filter((event) => event.outcome === 'refused').length, refusedBefore + attempts.length, 'each refusal logged');
  await assert.rejects(fixture.sources.access.changeRecord({
    actor, purpose: 'rattigheter', subject: person, dataset: 'kontakthistorik.kontakt', key: { contact_id: mine.contact_id },
    expect: { summary: 'Något annat än det som står där' }, set: { summary: 'Ändrad' },
  }), (error) => isInsynError(error, 'SOURCE_CONFLICT'), 'a value changed since it was read');
  assert.deepEqual(await contacts(), await contacts(), 'reads are stable');
  assert.equal((await contacts()).find((row) => row.contact_id === mine.contact_id)?.summary, mine.summary, 'untouched');
  assert.equal((await contacts(other)).find((row) => row.contact_id === theirs.contact_id)?.summary, theirs.summary, 'untouched');
});

test('erasure: the person\'s own record of an erasable dataset goes (once); a kept dataset and someone else\'s record do not', async () => {
  const heavy = parseIdentityNumber(personas.heavy.identityNumber);
  const [record] = await contacts(heavy);
  assert.ok(record, 'the heavy case has contacts');
  const erase = (subject = heavy, dataset = 'kontakthistorik.kontakt', key: Record<string, string> = { contact_id: record.contact_id }) =>
    fixture.sources.access.eraseRecord({ actor, purpose: 'rattigheter', subject, dataset, key, stepId: 'request-2' });
  assert.equal((await erase()).outcome, 'deleted');
  assert.ok(!(await contacts(heavy)).some((row) => row.contact_id === record.contact_id), 'gone from the source');
  assert.equal((await erase()).outcome, 'already-gone', 'the same step again erases nothing twice');
  const erased = (await events('erase')).filter((event) => event.outcome === 'success');
  assert.deepEqual(erased.map((event) => (event.detail as Record<string, unknown>).result), ['deleted', 'already-gone']);
  assert.ok(!JSON.stringify(erased).includes(record.contact_id), 'the log names the dataset, not the record');

  const { rows } = await fixture.sources.access.readSubject({ actor, purpose: 'rattigheter', subject: heavy, dataset: 'arenden.arende', fields: ['case_id'] });
  const [kept] = rows;
  assert.ok(kept, 'the heavy case has benefit cases');
  await assert.rejects(erase(heavy, 'arenden.arende', { case_id: String(kept.case_id) }),
    (error) => isInsynError(error, 'CHANGE_NOT_ALLOWED') && /official-authority/.test((error as Error).message), 'kept on its ground');

  // A contact that names the person only as a third party (the namesThirdParty persona's contact names the ordinary adult) is someone else's record.
  const named = adult;
  const { rows: mentions, matchedBy } = await fixture.sources.access.readSubject({ actor, purpose: 'rattigheter', subject: named, dataset: 'kontakthistorik.kontakt', fields: ['contact_id'] });
  const foreign = mentions.find((_, index) => !matchedBy[index]!.includes('pnr'));
  assert.ok(foreign, 'the ordinary adult is named in someone else\'s contact');
  await assert.rejects(erase(named, 'kontakthistorik.kontakt', { contact_id: String(foreign.contact_id) }), (error) => isInsynError(error, 'CHANGE_NOT_ALLOWED'));
  assert.ok((await fixture.sources.access.readSubject({ actor, purpose: 'rattigheter', subject: named, dataset: 'kontakthistorik.kontakt', fields: ['contact_id'] }))
    .rows.some((row) => row.contact_id === foreign.contact_id), 'untouched');
});
