// The environment production mode needs besides the database and keys: both OpenID Connect
// clients (https issuers). Tests of production behaviour spread it into their env.
export const productionOidcEnv: Readonly<Record<string, string>> = {
  INSYN_OIDC_ISSUER: 'https://eid.example.se', INSYN_OIDC_CLIENT_ID: 'insyn', INSYN_OIDC_CLIENT_SECRET: 'citizen-secret',
  INSYN_STAFF_OIDC_ISSUER: 'https://login.example.se', INSYN_STAFF_OIDC_CLIENT_ID: 'insyn-konsol',
  INSYN_STAFF_OIDC_CLIENT_SECRET: 'staff-secret',
};
