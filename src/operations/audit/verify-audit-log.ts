// Use case: verify the processing log (`insyn audit verify`) — every chain, or one month's.
import { verifyProcessingLog } from '../../audit/verify-processing-log.ts';
import type { VerifyResult } from '../../audit/verify-result.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { AppServices } from '../app-services.ts';

export interface VerifyAuditLogRequest {
  /** `YYYY-MM`: only that month's chains. */
  readonly month?: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Reports the first bad event, if any; never throws for tampering (the result says so). */
export async function verifyAuditLog(services: Pick<AppServices, 'database'>, request: VerifyAuditLogRequest = {}): Promise<VerifyResult> {
  if (request.month !== undefined && !MONTH.test(request.month)) {
    throw new InsynError('VALIDATION_FAILED', 'month must be YYYY-MM');
  }
  return verifyProcessingLog(services.database.db, request.month === undefined ? {} : { month: request.month });
}
