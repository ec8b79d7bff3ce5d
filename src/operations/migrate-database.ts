import { migrateToLatest } from '../db/migrations.ts';
import type { AppServices } from './app-services.ts';

/** Brings Insyn's own database to the latest schema; returns the migrations it applied. */
export async function migrateDatabase(services: AppServices): Promise<string[]> {
  return [...services.migrated, ...(await migrateToLatest(services.database.db))];
}
