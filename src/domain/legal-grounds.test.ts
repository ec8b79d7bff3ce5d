import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEGAL_GROUND_IDS, LEGAL_GROUNDS, isLegalGroundId, legalGroundLabel } from './legal-grounds.ts';

test('the standard grounds cover the GDPR, dataskyddslagen and OSL provisions a decision cites', () => {
  for (const id of ['gdpr-12-5', 'gdpr-15-4', 'gdpr-17-3-b', 'gdpr-17-3-d', 'gdpr-17-3-e', 'gdpr-18', 'gdpr-21-1',
    'dsl-5-1', 'dsl-5-2', 'osl-12-3', 'osl-21-3', 'osl-28-1']) {
    assert.ok(isLegalGroundId(id), id);
  }
  assert.equal(LEGAL_GROUND_IDS.length, 12);
});

test('each ground names its provision in Swedish and English', () => {
  assert.match(LEGAL_GROUNDS['osl-28-1'].sv, /^28 kap\. 1 § offentlighets- och sekretesslagen \(2009:400\)/);
  assert.match(LEGAL_GROUNDS['osl-28-1'].en, /^Chapter 28, Section 1 of the Public Access to Information and Secrecy Act \(2009:400\)/);
  assert.match(LEGAL_GROUNDS['dsl-5-1'].sv, /^5 kap\. 1 § dataskyddslagen \(2018:218\)/);
  assert.match(LEGAL_GROUNDS['gdpr-12-5'].sv, /^Artikel 12\.5 i EU:s dataskyddsförordning/);
  assert.match(LEGAL_GROUNDS['gdpr-17-3-b'].en, /^Article 17\(3\)\(b\)/);
  for (const id of LEGAL_GROUND_IDS) assert.notEqual(LEGAL_GROUNDS[id].sv, LEGAL_GROUNDS[id].en, id);
});

test('a ground in the case handler\'s own words is shown as written, and no inherited key counts as an id', () => {
  assert.equal(legalGroundLabel('gdpr-15-4', 'en'), LEGAL_GROUNDS['gdpr-15-4'].en);
  assert.equal(legalGroundLabel(' 24 kap. 8 § offentlighets- och sekretesslagen ', 'sv'), '24 kap. 8 § offentlighets- och sekretesslagen');
  assert.equal(isLegalGroundId('toString'), false);
});
