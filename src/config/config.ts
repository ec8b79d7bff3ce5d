// The one typed, validated, frozen configuration. Built once in main.ts and passed down.

export type Mode = 'embedded' | 'development' | 'production';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface SystemOptions {
  /** How long one query or HTTP call may take before the system counts as unavailable. */
  readonly timeoutMs?: number;
  /** Sent as `Authorization: Bearer …` to an HTTP system. */
  readonly token?: string;
}

/** An OpenID Connect provider Insyn logs people in with (openid-client). */
export interface OidcClientConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export interface WebConfig {
  /** The address people reach Insyn at; login redirects come back here. */
  readonly publicUrl: string;
  /** Citizens' e-legitimation (Swedish OIDC profile); undefined outside production: the development provider. */
  readonly citizenOidc: OidcClientConfig | undefined;
  /** Staff login; undefined outside production: the development provider. */
  readonly staffOidc: OidcClientConfig | undefined;
  /** The staff ID token claim that lists roles. */
  readonly staffRolesClaim: string;
  /** Port of the development identity provider (never in production). */
  readonly devIdentityProviderPort: number;
  readonly sessionIdleMinutes: number;
  readonly sessionMaxHours: number;
  readonly rateLimitPerPerson: number;
  readonly rateLimitPerAddress: number;
  /** Addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed. */
  readonly trustedProxies: readonly string[];
}

export interface ConsentConfig {
  /** How long a consent record is kept (ISO 8601 duration, P1M or more). */
  readonly retention: string;
  /** The consent cookie's Domain attribute; undefined: host-only. */
  readonly cookieDomain: string | undefined;
  /** Origins of the agency's other sites that embed the banner. */
  readonly sites: readonly string[];
}

export interface CaseworkConfig {
  /** The letters before the year in case numbers (diarienummer). */
  readonly caseNumberPrefix: string;
  /** A request for the same right by the same person within this many days of an earlier one is a duplicate. */
  readonly duplicateWindowDays: number;
  /** Case handlers are reminded this many working days before a due date. */
  readonly reminderWorkingDays: number;
  /** How long after its decision an erasure (and the request's other changes) waits before it is carried out. */
  readonly erasureWaitMs: number;
}

export interface DeliveryConfig {
  /** Base URL of the mailbox register (FaR); undefined outside production: the development mailbox operator. */
  readonly mailboxUrl: string | undefined;
  /** RSA private key (PKCS#8 PEM) that signs deliveries as the sender; undefined outside production: generated. */
  readonly mailboxSigningKey: string | undefined;
  /** The organisation certificate (PEM) sent in the signature's KeyInfo; optional. */
  readonly mailboxCertificate: string | undefined;
  /** RSA private key (PKCS#8 PEM) of the seal (the mediator's signature); undefined outside production: generated. */
  readonly mailboxSealKey: string | undefined;
  readonly mailboxTimeoutMs: number;
  /** A letter the mailbox service has not taken within this long goes by post. */
  readonly fallbackAfterMs: number;
  /** Where print files and batches for the print and mail vendor are written. */
  readonly printDir: string;
  /** Port of the development mailbox operator (never in production). */
  readonly devMailboxPort: number;
}

/** Where one catalog recipient is sent Art. 19 notifications. */
export interface NotifyTarget {
  /** The webhook (`https://…`; `http://` outside production) or NATS subject (`tls://host:port/<subject>`; `nats://` outside production). */
  readonly url: string;
  /** Signs each notification (HMAC-SHA256 of the body), for webhooks and NATS alike. */
  readonly secret: string;
}

export interface NotifyConfig {
  /** Recipient as the environment names it (upper case, `_` for `-`; recipientEnvId) → its channel; a recipient not here is not configured. */
  readonly recipients: Readonly<Record<string, NotifyTarget>>;
  readonly timeoutMs: number;
}

export interface Config {
  readonly mode: Mode;
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  readonly catalogDir: string;
  readonly logLevel: LogLevel;
  readonly subjectKeySecret: string | undefined;
  readonly checkpointSigningKey: string | undefined;
  /** Ids of earlier checkpoint signing keys that verification still trusts. */
  readonly trustedCheckpointKeyIds: readonly string[];
  /** Events may stay unsealed by a checkpoint this long before verification reports them. */
  readonly unsealedGraceSeconds: number;
  /** Catalog system id (lower case) → connection URL. */
  readonly systemUrls: Readonly<Record<string, string>>;
  /** Catalog system id → timeout and bearer token (HTTP systems). */
  readonly systemOptions: Readonly<Record<string, SystemOptions>>;
  /** Midsommarafton, julafton and nyårsafton move due dates like public holidays. */
  readonly deadlineEvesAreHolidays: boolean;
  readonly demoPersons: number;
  /** The demo agency's PostgreSQL systems; undefined: embedded PGlite under dataDir/demo-agency. */
  readonly demoPostgresUrl: string | undefined;
  /** The demo agency's MariaDB systems; undefined: the same embedded PGlite. */
  readonly demoMariadbUrl: string | undefined;
  /** Development services (demo archive, identity provider, mailbox operator) run only when true. */
  readonly devServices: boolean;
  readonly web: WebConfig;
  readonly casework: CaseworkConfig;
  readonly consent: ConsentConfig;
  readonly delivery: DeliveryConfig;
  readonly notify: NotifyConfig;
}
