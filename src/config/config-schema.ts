// Every configuration key Insyn reads, with its type, default and documentation.
// docs/configuration.md is generated from this list and a test keeps the two in sync.

export type ConfigKeyType = 'string' | 'port' | 'url' | 'path' | 'enum' | 'integer' | 'secret';

export interface ConfigKeySpec {
  readonly env: string;
  readonly type: ConfigKeyType;
  readonly values?: readonly string[];
  readonly default?: string;
  readonly description: string;
  /** Secrets may also be read from the file named by `<env>_FILE`. */
  readonly fileVariant?: boolean;
}

export const configSchema: readonly ConfigKeySpec[] = [
  {
    env: 'INSYN_MODE', type: 'enum', values: ['embedded', 'development', 'production'],
    description: 'Run mode. Default: `embedded` without DATABASE_URL, `development` with it. '
      + '`production` requires DATABASE_URL and refuses the development services.',
  },
  {
    env: 'DATABASE_URL', type: 'url',
    description: "PostgreSQL connection URL for Insyn's own tables. Unset: embedded PGlite under INSYN_DATA_DIR.",
  },
  {
    env: 'INSYN_DATA_DIR', type: 'path', default: './data',
    description: 'Directory for the embedded database, the demo source systems and development keys. Locked against a second process.',
  },
  { env: 'PORT', type: 'port', default: '3000', description: 'TCP port the HTTP server listens on.' },
  { env: 'HOST', type: 'string', default: '127.0.0.1', description: 'Interface the HTTP server binds to.' },
  { env: 'INSYN_CATALOG_DIR', type: 'path', default: './catalog', description: 'Directory with the data map (catalog) YAML files.' },
  {
    env: 'INSYN_LOG_LEVEL', type: 'enum', values: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info',
    description: 'Structured log level. Logs never carry personal data in clear.',
  },
  {
    env: 'INSYN_SUBJECT_KEY_SECRET', type: 'secret', fileVariant: true,
    description: 'Secret (at least 32 characters) for the keyed hash that pseudonymises data subjects in the processing log. '
      + 'Required in production; elsewhere generated once into INSYN_DATA_DIR/keys.',
  },
  {
    env: 'INSYN_CHECKPOINT_SIGNING_KEY', type: 'secret', fileVariant: true,
    description: 'Ed25519 private key (PKCS#8 PEM) that signs processing-log checkpoints. '
      + 'Required in production; elsewhere generated once into INSYN_DATA_DIR/keys.',
  },
  {
    env: 'INSYN_TRUSTED_CHECKPOINT_KEY_IDS', type: 'string',
    description: 'Comma-separated ids (16 hex digits) of earlier checkpoint signing keys whose checkpoints `insyn audit verify` '
      + 'still trusts after a key rotation. The current key (INSYN_CHECKPOINT_SIGNING_KEY, or the generated one) is always trusted; '
      + 'keys registered only in the database never are.',
  },
  {
    env: 'INSYN_UNSEALED_GRACE_SECONDS', type: 'integer', default: '900',
    description: 'How long processing-log events may stay unsealed by a signed checkpoint before `insyn audit verify` '
      + 'reports them as a problem (`unsealed`: checkpoints deleted, or no Insyn process running to write them). '
      + 'A running Insyn seals every few seconds; younger unsealed events are only counted.',
  },
  {
    env: 'INSYN_SYSTEM_<ID>_URL', type: 'url',
    description: 'Connection for the catalog system `<ID>` (upper case, `-` as `_`): `postgres://…`, `mysql://…` or `http(s)://…`. '
      + 'Outside production an unbound SQL system uses an embedded PGlite database and the demo archive the built-in development service.',
  },
  {
    env: 'INSYN_SYSTEM_<ID>_TIMEOUT_MS', type: 'integer', default: '10000',
    description: 'How long one query or HTTP call to the catalog system `<ID>` may take (100–3,600,000 ms) before the system counts '
      + 'as unavailable; a register extract then waits for the system and continues when it answers.',
  },
  {
    env: 'INSYN_SYSTEM_<ID>_TOKEN', type: 'secret', fileVariant: true,
    description: 'Bearer token sent as `Authorization: Bearer …` to the HTTP system `<ID>`. SQL systems take their credentials in the URL.',
  },
  {
    env: 'INSYN_DEADLINE_EVES_ARE_HOLIDAYS', type: 'enum', values: ['true', 'false'], default: 'false',
    description: 'Whether midsommarafton, julafton and nyårsafton move a request\'s due date like public holidays do '
      + '(lag (1930:173) om beräkning av lagstadgad tid). Default false: the GDPR month is an EU-law period, so the safe '
      + 'reading keeps the earlier date.',
  },
  {
    env: 'INSYN_DEMO_PERSONS', type: 'integer', default: '200',
    description: 'How many synthetic persons `npm start` seeds into the demo agency on first start in embedded mode.',
  },
  {
    env: 'INSYN_DEMO_POSTGRES_URL', type: 'url',
    description: "PostgreSQL URL (`postgres://…`) of the database that holds the demo agency's PostgreSQL systems "
      + '(folkbokforing, arenden, kontakthistorik and the document archive\'s rows); `insyn demo seed` writes there. '
      + 'Unset: the embedded PGlite database INSYN_DATA_DIR/demo-agency.',
  },
  {
    env: 'INSYN_DEMO_MARIADB_URL', type: 'url',
    description: "MariaDB URL (`mysql://…`) of the database that holds the demo agency's MariaDB systems "
      + '(utbetalningar, lakarintyg, utlamnanden, mina-sidor); `insyn demo seed` writes there. '
      + 'Unset: the embedded PGlite database INSYN_DATA_DIR/demo-agency, with PostgreSQL variants of these tables.',
  },
  {
    env: 'INSYN_PUBLIC_URL', type: 'url',
    description: 'The address people reach Insyn at (`https://…` in production); OpenID Connect logins come back to '
      + '`<url>/inloggning/retur` and `<url>/konsol/inloggning/retur`. Default: `http://<HOST>:<PORT>`.',
  },
  {
    env: 'INSYN_OIDC_ISSUER', type: 'url',
    description: "Issuer URL of the citizens' e-legitimation provider (OpenID Connect as the Swedish profile oidc.se describes: "
      + 'acr loa3 or higher, claim https://id.oidc.se/claim/personalIdentityNumber). Required in production; elsewhere unset '
      + 'means the development identity provider.',
  },
  { env: 'INSYN_OIDC_CLIENT_ID', type: 'string', description: "Insyn's client id at INSYN_OIDC_ISSUER. Required with it." },
  {
    env: 'INSYN_OIDC_CLIENT_SECRET', type: 'secret', fileVariant: true,
    description: "Insyn's client secret at INSYN_OIDC_ISSUER (client_secret_basic). Required with it.",
  },
  {
    env: 'INSYN_STAFF_OIDC_ISSUER', type: 'url',
    description: "Issuer URL of the staff login (the agency's own identity provider). Required in production; elsewhere unset "
      + 'means the development identity provider.',
  },
  { env: 'INSYN_STAFF_OIDC_CLIENT_ID', type: 'string', description: "Insyn's client id at INSYN_STAFF_OIDC_ISSUER. Required with it." },
  {
    env: 'INSYN_STAFF_OIDC_CLIENT_SECRET', type: 'secret', fileVariant: true,
    description: "Insyn's client secret at INSYN_STAFF_OIDC_ISSUER. Required with it.",
  },
  {
    env: 'INSYN_STAFF_ROLES_CLAIM', type: 'string', default: 'roles',
    description: 'The staff ID token claim holding the roles: `handlaggare`, `granskare`, `dataskyddsombud`, `administrator`, '
      + 'and `skyddad-identitet` for the authorisation to open cases of persons with protected identity.',
  },
  {
    env: 'INSYN_DEV_IDP_PORT', type: 'port', default: '3001',
    description: 'Port of the development identity provider (oidc-provider with test persons and staff), started by `npm start` '
      + 'outside production and never in production.',
  },
  { env: 'INSYN_SESSION_IDLE_MINUTES', type: 'integer', default: '15', description: 'A session ends after this many minutes without a request.' },
  { env: 'INSYN_SESSION_MAX_HOURS', type: 'integer', default: '8', description: 'A session ends this many hours after login, however active.' },
  {
    env: 'INSYN_RATE_LIMIT_PERSON_PER_MINUTE', type: 'integer', default: '10',
    description: 'Submissions of public forms accepted per logged-in person and minute (then RATE_LIMITED).',
  },
  {
    env: 'INSYN_RATE_LIMIT_ADDRESS_PER_MINUTE', type: 'integer', default: '100',
    description: 'Submissions of public forms accepted per network address and minute (then RATE_LIMITED).',
  },
  {
    env: 'INSYN_TRUSTED_PROXIES', type: 'string',
    description: 'Comma-separated addresses or CIDR ranges of the reverse proxies in front of Insyn (e.g. `10.0.0.0/8`). '
      + 'Only requests from these have X-Forwarded-For believed, so that rate limits and logs see the client\'s address and not the '
      + 'proxy\'s. Unset: no proxy is trusted.',
  },
  {
    env: 'INSYN_CONSENT_RETENTION', type: 'string', default: 'P3Y',
    description: 'ISO 8601 duration (at least P1M): how long a cookie-consent record (the proof of a choice, Art. 7(1) GDPR) is kept '
      + 'after it was made; older records are deleted every hour. A choice lasts at most a year (the consent cookie\'s lifetime), '
      + 'so the default keeps each proof two years beyond the last day it could be relied on.',
  },
  {
    env: 'INSYN_CONSENT_COOKIE_DOMAIN', type: 'string',
    description: 'Domain attribute of the consent cookie, e.g. `agency.se`, so that one choice holds on every site under the agency\'s '
      + 'domain (the other sites embed the banner; see docs/consent.md). Must be INSYN_PUBLIC_URL\'s host or a parent of it. '
      + 'Unset: the cookie belongs to Insyn\'s own host only.',
  },
  {
    env: 'INSYN_CONSENT_SITES', type: 'string',
    description: 'Comma-separated origins of the agency\'s other sites that embed the banner (e.g. `https://www.agency.se`): their '
      + 'pages may post a choice to Insyn (CORS with credentials for the JSON API, the form\'s return address) and nothing else may. '
      + 'Unset: only Insyn\'s own pages.',
  },
  {
    env: 'INSYN_CASE_NUMBER_PREFIX', type: 'string', default: 'DSR',
    description: 'The letters (1–8 capitals) before the year in case numbers (diarienummer), as in `DSR 2026/000123`.',
  },
  {
    env: 'INSYN_DUPLICATE_WINDOW_DAYS', type: 'integer', default: '30',
    description: 'A request for the same right by the same person while an earlier one is open, or within this many days of '
      + 'its answer, is linked to it as a duplicate and the person is told.',
  },
  {
    env: 'INSYN_REMINDER_WORKING_DAYS', type: 'integer', default: '5',
    description: 'Case handlers see a reminder on a request this many working days before its due date, and an alert after it.',
  },
  {
    env: 'INSYN_ERASURE_WAIT', type: 'string', default: 'P7D',
    description: 'ISO 8601 duration from PT0S to P90D: how long after the decision on an erasure request the erasure (and the '
      + 'request\'s other decided changes) waits before it is carried out in the source systems, so that a decision can still be '
      + 'reconsidered. Corrections, completions, restrictions and objections are carried out at once.',
  },
  {
    env: 'INSYN_MAILBOX_URL', type: 'url',
    description: 'Base URL of the digital-mailbox service (Mina meddelanden: the FaR reachability lookup at '
      + '`<url>/recipient/v3/is-reachable`; the operator\'s delivery address comes from its answer). Required in production; '
      + 'elsewhere unset means the development mailbox operator that `npm start` runs.',
  },
  {
    env: 'INSYN_MAILBOX_SIGNING_KEY', type: 'secret', fileVariant: true,
    description: 'RSA private key (PKCS#8 PEM) of the organisation certificate that signs each delivery (XML signature, RSA-SHA256). '
      + 'Required with INSYN_MAILBOX_URL; elsewhere generated once into INSYN_DATA_DIR/keys.',
  },
  {
    env: 'INSYN_MAILBOX_CERTIFICATE', type: 'secret', fileVariant: true,
    description: 'The organisation certificate (PEM) matching INSYN_MAILBOX_SIGNING_KEY, sent in the signature\'s KeyInfo. Optional.',
  },
  {
    env: 'INSYN_MAILBOX_SEAL_KEY', type: 'secret', fileVariant: true,
    description: 'RSA private key (PKCS#8 PEM) that seals deliveries for the operator (the mediator\'s signature over the signed '
      + 'delivery and the time it was received). Required with INSYN_MAILBOX_URL; elsewhere generated once into INSYN_DATA_DIR/keys.',
  },
  {
    env: 'INSYN_MAILBOX_TIMEOUT_MS', type: 'integer', default: '10000',
    description: 'How long one call to the mailbox register or operator may take before it counts as failed and is retried.',
  },
  {
    env: 'INSYN_MAILBOX_FALLBACK_AFTER', type: 'string', default: 'PT24H',
    description: 'ISO 8601 duration, at most PT72H: a letter that the mailbox service has not taken within this long after it was '
      + 'written (the service did not answer) goes by post instead, and the request says so. A send whose answer was lost is '
      + 'never followed by post: the same message is sent to that operator again (no letter twice).',
  },
  {
    env: 'INSYN_PRINT_DIR', type: 'path',
    description: 'Directory for print files: `staged/` while waiting, `batches/<id>/` with `manifest.json` (written last) for the '
      + 'print and mail vendor. Shared by every Insyn process. Default: INSYN_DATA_DIR/print.',
  },
  {
    env: 'INSYN_DEV_MAILBOX_PORT', type: 'port', default: '3002',
    description: 'Port of the development mailbox operator (reachability lookup, delivery, and an inbox at `/` where demo persons '
      + 'read their letters), started by `npm start` outside production and never in production.',
  },
  {
    env: 'INSYN_NOTIFY_<RECIPIENT>_URL', type: 'url',
    description: 'Where the catalog recipient `<RECIPIENT>` (upper case, `-` as `_`) is told of a rectification, erasure or '
      + 'restriction of data disclosed to it (Art. 19): an HTTP webhook `https://…` (`http://` outside production) that takes a JSON '
      + 'POST with an `Idempotency-Key` header, or a NATS JetStream subject `tls://host:port/<subject>` (`nats://` outside production; '
      + 'the subject is letters, digits, `_`, `-` and dots) to which the same JSON is published with `Nats-Msg-Id: <notification id>` '
      + '(give the stream a duplicate window so a retry is dropped as a duplicate) and sent once the stream acknowledges it. '
      + 'A recipient without it gets no notification: each one is marked failed with RECIPIENT_NOT_CONFIGURED for a case handler to see.',
  },
  {
    env: 'INSYN_NOTIFY_<RECIPIENT>_SECRET', type: 'secret', fileVariant: true,
    description: 'Shared secret (at least 32 characters) with which notifications to `<RECIPIENT>` are signed: header '
      + '`X-Insyn-Signature: sha256=<hex HMAC-SHA256 of the body>` on a webhook, message header `Insyn-Signature` (the same value) '
      + 'on NATS. Required with INSYN_NOTIFY_<RECIPIENT>_URL.',
  },
  {
    env: 'INSYN_NOTIFY_TIMEOUT_MS', type: 'integer', default: '10000',
    description: 'How long one notification to a recipient may take (100–600,000 ms; for NATS: connecting, and waiting for the '
      + 'stream\'s ack) before it is tried again later.',
  },
];
