import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { isInsynError } from '../domain/error-catalogue.ts';
import { parseIdentityNumber } from '../domain/personnummer.ts';
import { demoPersonas } from '../devservices/demo-agency/demo-personas.ts';
import { pgliteDatabase } from '../../test/support/test-databases.ts';
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
  const connector = fixture.sources.connectors.get('kontakthistorik');
  const original = connector.read;
  let touched = 0;
  (connector as { read: typeof original }).read = (request) => { touched += 1; return original(request); };
  try {
    const subject = parseIdentityNumber(demoPersonas().ordinaryAdult.identityNumber);
    await assert.rejects(
      fixture.sources.access.readSubject({ actor: { id: 'x' }, purpose: 'statistik', subject, dataset: 'kontakthistorik.kontakt' }),
      (error) => isInsynError(error, 'PURPOSE_NOT_ALLOWED'));
    assert.equal(touched, 0);
  } finally {
    (connector as { read: typeof original }).read = original;
  }
});

test('the log holds keyed hashes and field names only, and verifies', () => logHoldsNoPersonalDataAndVerifies(fixture));
