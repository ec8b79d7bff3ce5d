import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  consentEvent, effectiveConsent, formatConsentCookie, grantedBy, needsBanner, parseConsentCookie,
} from './consent.ts';

const id = 'AbCdEfGhIjKlMnOpQrSt_-';

test('the cookie value round-trips and only values Insyn writes are read', () => {
  const consent = { consentId: id, revision: 3, granted: ['analytics', 'preferences'] };
  assert.equal(formatConsentCookie(consent), `1.${id}.3.analytics:preferences`);
  assert.deepEqual(parseConsentCookie(formatConsentCookie(consent)), consent);
  assert.deepEqual(parseConsentCookie(`1.${id}.1.`), { consentId: id, revision: 1, granted: [] });
  for (const bad of [undefined, '', `2.${id}.1.`, `1.${id}.0.`, `1.short.1.`, `1.${id}.1.Analytics`, `1.${id}.1.a:a`,
    `1.${id}.1.a.b`, `1.${id}.01.`, `1.${id}.1.${'a'.repeat(600)}`]) {
    assert.equal(parseConsentCookie(bad), null, String(bad));
  }
});

test('a choice counts at its own revision; GPC refuses only where no choice was made', () => {
  const stored = { consentId: id, revision: 2, granted: ['analytics'] };
  assert.deepEqual(effectiveConsent(stored, 2, true), { source: 'choice', granted: ['analytics'], stored });
  const older = effectiveConsent(stored, 3, false);
  assert.deepEqual([older.source, older.granted, needsBanner(older)], ['none', [], true]);
  const gpc = effectiveConsent(null, 3, true);
  assert.deepEqual([gpc.source, gpc.granted, needsBanner(gpc)], ['gpc', [], false]);
  assert.equal(needsBanner(effectiveConsent(stored, 2, false)), false);
});

test('choices map to the optional categories in the catalog order, unknown ones refused', () => {
  const optional = ['analytics', 'preferences'];
  assert.deepEqual(grantedBy('all', optional), optional);
  assert.deepEqual(grantedBy('necessary', optional), []);
  assert.deepEqual(grantedBy(['preferences', 'analytics'], optional), optional);
  assert.throws(() => grantedBy(['marketing'], optional), /unknown cookie category: marketing/);
});

test('each record names what happened against the choice before it', () => {
  assert.equal(consentEvent(null, ['analytics']), 'given');
  assert.equal(consentEvent(null, []), 'refused');
  assert.equal(consentEvent(['analytics'], []), 'withdrawn');
  assert.equal(consentEvent([], ['analytics']), 'given');
  assert.equal(consentEvent(['analytics'], ['analytics']), 'confirmed');
  assert.equal(consentEvent([], []), 'confirmed');
});
