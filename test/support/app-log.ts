// The processing log as the application writes it: in the database the config names, migrated,
// with the keys main.ts loads (from configuration, or generated into INSYN_DATA_DIR/keys).
import type { Kysely } from 'kysely';
import { deriveChainHashKeys } from '../../src/audit/chain-hash-keys.ts';
import { createProcessingLog, type ProcessingLog, type ProcessingLogOptions } from '../../src/audit/processing-log.ts';
import { loadCheckpointSigner, loadSubjectKeySecret } from '../../src/audit/signing-keys.ts';
import type { Config } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database-schema.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrations.ts';

export interface AppLogContext {
  readonly db: Kysely<Database>;
  /** Not closed for you: closing writes a checkpoint. */
  readonly log: ProcessingLog;
}

/** Opens the config's database (in embedded mode taking the data-directory lock), runs `work`, closes it. */
export async function withAppLog<T>(config: Config, work: (context: AppLogContext) => Promise<T>, options: Partial<ProcessingLogOptions> = {}): Promise<T> {
  const database = await openDatabase(config);
  try {
    await migrateToLatest(database.db);
    const hashKeys = deriveChainHashKeys(loadSubjectKeySecret(config));
    const log = createProcessingLog({ db: database.db, signer: loadCheckpointSigner(config), hashKeys, checkpointIntervalMs: 0, ...options });
    const result = await work({ db: database.db, log });
    await log.flush();
    return result;
  } finally {
    await database.close();
  }
}

/** Everything in the log's tables besides the events, and how many events there are: what a read-only verifier must leave alone. */
export async function logTablesOf(db: Kysely<Database>) {
  return {
    checkpoints: await db.selectFrom('processing_log_checkpoint').selectAll().orderBy('id').execute(),
    signingKeys: await db.selectFrom('processing_log_signing_key').selectAll().orderBy('key_id').execute(),
    heads: await db.selectFrom('processing_log_head').selectAll().orderBy('chain').execute(),
    events: (await db.selectFrom('processing_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  };
}
