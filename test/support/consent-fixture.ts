// Insyn's web server with cookie consent behind it, for inject() and browser tests: a migrated
// PGlite database of its own (or the one given), the consent service on the demo catalog (or
// another), and buildServer with consent and, optionally, the agency's other sites. The clock is
// settable so that retention can be tested.
import type { FastifyInstance } from 'fastify';
import type { Catalog } from '../../src/catalog/catalog-types.ts';
import type { ConsentConfig } from '../../src/config/config.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { buildServer } from '../../src/http/build-server.ts';
import { createConsentService, type ConsentService } from '../../src/operations/consent/consent-service.ts';
import { pgliteDatabase } from './test-databases.ts';
import { alwaysReady, demoCatalog, type ClosableContext } from './test-server.ts';

export interface ConsentFixtureOptions {
  readonly catalog?: Catalog;
  readonly database?: DatabaseHandle;
  readonly consent?: Partial<ConsentConfig>;
  readonly publicUrl?: string;
}

export interface ConsentFixture {
  readonly app: FastifyInstance;
  readonly database: DatabaseHandle;
  readonly consent: ConsentService;
  /** The fixture's clock (real time unless set). */
  setNow(at: Date | undefined): void;
}

export async function consentFixture(t: ClosableContext, options: ConsentFixtureOptions = {}): Promise<ConsentFixture> {
  const ownDatabase = options.database === undefined;
  const database = options.database ?? await pgliteDatabase();
  let now: Date | undefined;
  const clock = () => now ?? new Date();
  const catalog = options.catalog ?? demoCatalog();
  const config: ConsentConfig = { retention: 'P3Y', cookieDomain: undefined, sites: [], ...options.consent };
  const consent = createConsentService({ db: database.db, catalog, clock, retention: config.retention });
  const publicUrl = options.publicUrl ?? 'http://localhost';
  const app = await buildServer({
    config: {
      mode: 'development', logLevel: 'info', consent: config,
      web: { publicUrl },
    },
    catalog, ready: alwaysReady, consent, log: { level: 'silent' },
  });
  t.after(async () => {
    await app.close();
    await consent.flush();
    if (ownDatabase) await database.close();
  });
  return { app, database, consent, setNow: (at) => { now = at; } };
}
