// Use case: verify the processing log (`insyn audit verify`) — every chain, or one month's.
// It only reads: it opens the database itself, with no migrations, no processing log (whose
// checkpointer would seal whatever it found, tampered or not) and no key generation; the keys
// it trusts come from configuration and the key files, never from the database.
import { isMonth } from '../../audit/chain-key.ts';
import { readVerificationKeys, type VerificationKeys } from '../../audit/verification-keys.ts';
import { verifyProcessingLog } from '../../audit/verify-processing-log.ts';
import type { VerifyResult } from '../../audit/verify-result.ts';
import type { Config } from '../../config/config.ts';
import { openDatabase, type DatabaseHandle } from '../../db/database.ts';
import { pendingMigrations } from '../../db/migrations.ts';
import { InsynError } from '../../domain/error-catalogue.ts';

export interface VerifyAuditLogRequest {
  /** `YYYY-MM`: only that month's chains. */
  readonly month?: string;
}

async function verifyIn(database: DatabaseHandle, keys: VerificationKeys, config: Config, request: VerifyAuditLogRequest): Promise<VerifyResult> {
  const pending = await pendingMigrations(database.db);
  if (pending.length > 0) throw new InsynError('DATABASE_NOT_MIGRATED', `pending: ${pending.join(', ')}`);
  return verifyProcessingLog(database.db, {
    ...keys,
    sealGraceMs: config.unsealedGraceSeconds * 1000,
    ...(request.month === undefined ? {} : { month: request.month }),
  });
}

/** Reports the first bad event, if any; never throws for tampering (the result says so). */
export async function verifyAuditLog(config: Config, request: VerifyAuditLogRequest = {}): Promise<VerifyResult> {
  if (request.month !== undefined && !isMonth(request.month)) {
    throw new InsynError('VALIDATION_FAILED', 'month must be YYYY-MM');
  }
  const keys = readVerificationKeys(config);
  const database = await openDatabase(config);
  try {
    return await verifyIn(database, keys, config, request);
  } finally {
    // Only read from it: failing to close changes nothing the verdict rests on, so it must not replace it.
    await database.close().catch(() => {});
  }
}
