// The environment production mode needs besides the database and keys: both OpenID Connect
// clients (https issuers) and the digital-mailbox service with its signing and seal keys (real RSA
// keys: production reads them at start). Tests of production behaviour spread it into their env.
import { rsaKey } from './rsa-key.ts';

export const productionOidcEnv: Readonly<Record<string, string>> = {
  INSYN_OIDC_ISSUER: 'https://eid.example.se', INSYN_OIDC_CLIENT_ID: 'insyn', INSYN_OIDC_CLIENT_SECRET: 'citizen-secret',
  INSYN_STAFF_OIDC_ISSUER: 'https://login.example.se', INSYN_STAFF_OIDC_CLIENT_ID: 'insyn-konsol',
  INSYN_STAFF_OIDC_CLIENT_SECRET: 'staff-secret',
  INSYN_MAILBOX_URL: 'https://mailbox.example.se',
  INSYN_MAILBOX_SIGNING_KEY: rsaKey().privateKeyPem,
  INSYN_MAILBOX_SEAL_KEY: rsaKey().privateKeyPem,
};
