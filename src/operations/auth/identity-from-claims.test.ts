import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assuranceLevels } from '../../domain/assurance-levels.ts';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { swedishOidcClaims } from '../../domain/swedish-oidc-claims.ts';
import { citizenIdentityFromClaims, staffIdentityFromClaims } from './identity-from-claims.ts';

const number = '198403129003'; // a valid synthetic number (check digit 3)
const person = { sub: 's1', given_name: 'Eva', family_name: 'Ek', [swedishOidcClaims.personalIdentityNumber]: number };

test('level 3 and 4 with a personnummer give a personnummer identity', () => {
  for (const acr of [assuranceLevels.loa3, assuranceLevels.loa4]) {
    assert.deepEqual(citizenIdentityFromClaims({ ...person, acr }), { kind: 'personnummer', identityNumber: number, name: 'Eva Ek', acr });
  }
});

test('every level below 3, an unknown level and a missing acr are ASSURANCE_TOO_LOW, even with a personnummer', () => {
  const low = [assuranceLevels.loa1, assuranceLevels.loa2, assuranceLevels.loa2NonResident, assuranceLevels.eidasLow,
    assuranceLevels.eidasNotNotifiedLow, 'http://id.swedenconnect.se/loa/1.0/uncertified-loa3', 'loa3', undefined, 3];
  for (const acr of low) {
    assert.throws(() => citizenIdentityFromClaims({ ...person, acr }), (error) => isInsynError(error, 'ASSURANCE_TOO_LOW'), String(acr));
  }
});

test('a foreign eID at eIDAS substantial is a foreign identity by prid, else by eIDAS person identifier', () => {
  const foreign = {
    sub: 'f', name: 'Lena Hoffmann', birthdate: '1981-06-14', acr: assuranceLevels.eidasSubstantial,
    [swedishOidcClaims.prid]: 'DE:abc', [swedishOidcClaims.eidasPersonIdentifier]: 'DE/SE/xyz',
  };
  assert.deepEqual(citizenIdentityFromClaims(foreign),
    { kind: 'foreign', foreignId: 'DE:abc', name: 'Lena Hoffmann', birthDate: '1981-06-14', acr: assuranceLevels.eidasSubstantial });
  const withoutPrid = { ...foreign, [swedishOidcClaims.prid]: undefined, birthdate: '14/06/1981' };
  assert.deepEqual(citizenIdentityFromClaims(withoutPrid),
    { kind: 'foreign', foreignId: 'DE/SE/xyz', name: 'Lena Hoffmann', birthDate: null, acr: assuranceLevels.eidasSubstantial });
});

test('a login without any identity claim, or with an invalid number, is LOGIN_FAILED without echoing the number', () => {
  assert.throws(() => citizenIdentityFromClaims({ sub: 'x', acr: assuranceLevels.loa3 }), (error) => isInsynError(error, 'LOGIN_FAILED'));
  for (const bad of ['198403129004', '8403129003', '19840312-9003']) {
    const claims = { ...person, acr: assuranceLevels.loa3, [swedishOidcClaims.personalIdentityNumber]: bad };
    assert.throws(() => citizenIdentityFromClaims(claims), (error) => isInsynError(error, 'LOGIN_FAILED') && !String(error).includes(bad));
  }
});

test('staff: unknown roles are dropped, duplicates removed, a string claim is split; no known role is ROLE_REQUIRED', () => {
  const staff = { sub: 'anna', name: 'Anna L', roles: ['handlaggare', 'superuser', 'skyddad-identitet', 'handlaggare'] };
  assert.deepEqual(staffIdentityFromClaims(staff, 'roles'), { staffId: 'anna', name: 'Anna L', roles: ['handlaggare', 'skyddad-identitet'] });
  assert.deepEqual(staffIdentityFromClaims({ sub: 'g', grupper: 'granskare dataskyddsombud' }, 'grupper').roles, ['granskare', 'dataskyddsombud']);
  for (const roles of [[], ['admin'], undefined, 'praktikant']) {
    assert.throws(() => staffIdentityFromClaims({ sub: 'x', roles }, 'roles'), (error) => isInsynError(error, 'ROLE_REQUIRED'));
  }
  assert.throws(() => staffIdentityFromClaims({ roles: ['granskare'] }, 'roles'), (error) => isInsynError(error, 'LOGIN_FAILED'));
});
