import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DatabaseHandle } from '../../db/database.ts';
import { createWebAuth } from '../../operations/auth/create-web-auth.ts';
import { resolveOidcProviders } from '../../operations/auth/oidc-providers.ts';
import { pgliteDatabase } from '../../../test/support/test-databases.ts';
import { sessionCookieOptions, tokensMatch } from './web-session.ts';
import { isInsynError } from '../../domain/error-catalogue.ts';

let database: DatabaseHandle;
before(async () => { database = await pgliteDatabase(); });
after(async () => { await database?.close(); });

const provider = { issuer: 'https://eid.example.se', clientId: 'insyn', clientSecret: 'secret' };
const web = (publicUrl: string) => ({
  publicUrl, citizenOidc: provider, staffOidc: provider, staffRolesClaim: 'roles', devIdentityProviderPort: 0,
  sessionIdleMinutes: 15, sessionMaxHours: 8, rateLimitPerPerson: 10, rateLimitPerAddress: 100, trustedProxies: [],
});
const auth = (publicUrl: string) => createWebAuth({
  db: database.db, mode: 'production', web: web(publicUrl), providers: resolveOidcProviders(web(publicUrl)), subjectKeySecret: 's'.repeat(40),
});

test('the session cookie is Secure exactly when the public URL is https, and always HttpOnly, Lax, Path=/', () => {
  assert.deepEqual(sessionCookieOptions(auth('https://insyn.example.se')), { httpOnly: true, sameSite: 'lax', path: '/', secure: true });
  assert.equal(sessionCookieOptions(auth('http://127.0.0.1:3000')).secure, false);
});

test('CSRF tokens match only exactly, and only strings', () => {
  assert.equal(tokensMatch('abc', 'abc'), true);
  for (const submitted of ['abd', 'ab', 'abcd', '', undefined, ['abc'], 7]) assert.equal(tokensMatch(submitted, 'abc'), false);
});

test('production providers come from the configuration; without one and without the development provider it is CONFIG_INVALID', () => {
  const dev = { citizen: { ...provider, issuer: 'http://127.0.0.1:3001' }, staff: { ...provider, issuer: 'http://127.0.0.1:3001' } };
  assert.equal(resolveOidcProviders({ citizenOidc: provider, staffOidc: undefined }, dev).staff.issuer, 'http://127.0.0.1:3001');
  assert.equal(resolveOidcProviders({ citizenOidc: provider, staffOidc: undefined }, dev).citizen, provider);
  assert.throws(() => resolveOidcProviders({ citizenOidc: undefined, staffOidc: provider }), (error) => isInsynError(error, 'CONFIG_INVALID'));
});
