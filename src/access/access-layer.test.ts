import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isInsynError } from '../domain/error-catalogue.ts';
import { parseIdentityNumber } from '../domain/personnummer.ts';
import { demoPersonas } from '../devservices/demo-agency/demo-personas.ts';
import { pgliteDatabase } from '../../test/support/test-databases.ts';
import { countReads } from '../../test/support/counting-connectors.ts';
import { testHashKeys, testSigner } from '../../test/support/processing-log-fixtures.ts';
import { createProcessingLog } from '../audit/processing-log.ts';
import { createAccessLayer } from './access-layer.ts';
import { openSourceFixture, type SourceFixture } from '../../test/support/source-systems-fixture.ts';
import {
  findsEveryStoredForm, logHoldsNoPersonalDataAndVerifies, readsEverySystemAndLogsBeforeAndAfter,
  refusesWhatTheCatalogDoesNotAllow,
} from '../../test/support/access-layer-scenarios.ts';

let fixture: SourceFixture;
before(async () => { fixture = await openSourceFixture({ logDatabase: await pgliteDatabase() }); });
after(() => fixture.close());

test('reads a person from every system, logging the attempt before and the outcome after', () => readsEverySystemAndLogsBeforeAndAfter(fixture));
test('finds a person under every stored form of the number, over SQL and HTTP', () => findsEveryStoredForm(fixture));
test('refuses a purpose, dataset or field the catalog does not allow, logs the refusal, records no success', () => refusesWhatTheCatalogDoesNotAllow(fixture));

test('a disallowed purpose never reaches the source system', async () => {
  const touched = countReads(fixture.sources.connectors);
  const access = createAccessLayer({ catalog: fixture.catalog, log: fixture.log, connectors: touched.registry, subjectKey: fixture.subjectKey });
  const subject = parseIdentityNumber(demoPersonas().ordinaryAdult.identityNumber);
  await assert.rejects(
    access.readSubject({ actor: { id: 'x' }, purpose: 'statistik', subject, dataset: 'kontakthistorik.kontakt' }),
    (error) => isInsynError(error, 'PURPOSE_NOT_ALLOWED'));
  assert.equal(touched.count(), 0);
  await access.readSubject({ actor: { id: 'x' }, purpose: 'handlaggning', subject, dataset: 'kontakthistorik.kontakt' });
  assert.equal(touched.count(), 1, 'an allowed purpose reads by both identity fields in one query');
});

test('the log holds keyed hashes and field names only, and verifies', () => logHoldsNoPersonalDataAndVerifies(fixture));

test('no event, no access: when the log cannot be written, the source is never touched', async () => {
  const deadLogDatabase = await pgliteDatabase();
  const deadLog = createProcessingLog({ db: deadLogDatabase.db, signer: testSigner(), hashKeys: testHashKeys(), checkpointIntervalMs: 0 });
  await deadLogDatabase.close();
  const touched = countReads(fixture.sources.connectors);
  const access = createAccessLayer({ catalog: fixture.catalog, log: deadLog, connectors: touched.registry, subjectKey: fixture.subjectKey });
  const subject = parseIdentityNumber(demoPersonas().ordinaryAdult.identityNumber);
  await assert.rejects(
    access.readSubject({ actor: { id: 'x' }, purpose: 'handlaggning', subject, dataset: 'arenden.arende' }),
    (error) => isInsynError(error, 'AUDIT_WRITE_FAILED'));
  assert.equal(touched.count(), 0);
});

test('when the outcome cannot be logged after a read, the rows are withheld (AUDIT_OUTCOME_FAILED)', async () => {
  const logDatabase = await pgliteDatabase();
  const log = createProcessingLog({ db: logDatabase.db, signer: testSigner(), hashKeys: testHashKeys(), checkpointIntervalMs: 0 });
  // The log's database goes away while the source system is being read.
  const touched = countReads(fixture.sources.connectors, () => logDatabase.close());
  const access = createAccessLayer({ catalog: fixture.catalog, log, connectors: touched.registry, subjectKey: fixture.subjectKey });
  const subject = parseIdentityNumber(demoPersonas().ordinaryAdult.identityNumber);
  await assert.rejects(
    access.readSubject({ actor: { id: 'x' }, purpose: 'handlaggning', subject, dataset: 'arenden.arende' }),
    (error) => isInsynError(error, 'AUDIT_OUTCOME_FAILED'));
  assert.equal(touched.count(), 1);
});

test('a source that answers rows matching no condition is unavailable: nothing is handed out', async () => {
  const real = fixture.sources.connectors;
  // The archive behaves as a source that ignores the search conditions: it adds someone else's row.
  const ignoring = {
    get: (systemId: string) => {
      const connector = real.get(systemId);
      return { ...connector, read: async (request: Parameters<typeof connector.read>[0]) => [...await connector.read(request), { document_id: 999_999_999, pnr: '190001010000', case_id: 1, title: 'x' }] };
    },
    all: () => real.all(),
    close: async () => {},
  };
  const access = createAccessLayer({ catalog: fixture.catalog, log: fixture.log, connectors: ignoring, subjectKey: fixture.subjectKey });
  const subject = parseIdentityNumber(demoPersonas().ordinaryAdult.identityNumber);
  await assert.rejects(
    access.readSubject({ actor: { id: 'x' }, purpose: 'handlaggning', subject, dataset: 'dokumentarkiv.dokument' }),
    (error) => isInsynError(error, 'SOURCE_UNAVAILABLE') && !String(error).includes(subject.normalized));
});
