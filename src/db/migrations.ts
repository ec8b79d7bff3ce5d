// Every migration of Insyn's own database, in order. A migration file is named
// NNNN-what-it-does.ts and exports `up` (and `down` where reversing is safe).
import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import * as processingLog from './migrations/0001-processing-log.ts';
import * as processingLogKeyVersion from './migrations/0002-processing-log-key-version.ts';
import * as jobs from './migrations/0003-jobs.ts';
import * as requests from './migrations/0004-requests.ts';
import * as casework from './migrations/0005-casework.ts';
import * as requestPeriodIndexes from './migrations/0006-request-period-indexes.ts';
import * as delivery from './migrations/0007-delivery.ts';
import * as changeRecords from './migrations/0008-change-records.ts';
import * as recipientNotifications from './migrations/0009-recipient-notifications.ts';
import * as changeItems from './migrations/0010-change-items.ts';
import * as supplementaryStatements from './migrations/0011-supplementary-statements.ts';
import * as consent from './migrations/0012-consent.ts';
import * as accessibilityFeedback from './migrations/0013-accessibility-feedback.ts';

const migrations: Record<string, Migration> = {
  '0001-processing-log': processingLog,
  '0002-processing-log-key-version': processingLogKeyVersion,
  '0003-jobs': jobs,
  '0004-requests': requests,
  '0005-casework': casework,
  '0006-request-period-indexes': requestPeriodIndexes,
  '0007-delivery': delivery,
  '0008-change-records': changeRecords,
  '0009-recipient-notifications': recipientNotifications,
  '0010-change-items': changeItems,
  '0011-supplementary-statements': supplementaryStatements,
  '0012-consent': consent,
  '0013-accessibility-feedback': accessibilityFeedback,
};

/** Brings the schema to the latest version; throws the first migration error. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).map((result) => result.migrationName);
}

/** Names of the migrations not yet applied; reads only (creates no migration table). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  return (await migrator.getMigrations()).filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}
