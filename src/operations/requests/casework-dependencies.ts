// What the casework operations need: Insyn's own database, the catalog, the processing log, the
// keyed hashes (of persons, of records) and the sealers, a clock and the casework settings.
import type { Kysely } from 'kysely';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { RecordKeyer } from '../../audit/record-key.ts';
import type { SubjectKeyer } from '../../audit/subject-key.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { CaseworkConfig } from '../../config/config.ts';
import type { Database } from '../../db/database-schema.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import type { GuardianCheck } from './guardian-check.ts';
import type { TransitionLogPort } from './move-request.ts';

export interface CaseworkDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly processingLog: TransitionLogPort;
  readonly subjectKey: SubjectKeyer;
  readonly sealer: SubjectSealer;
  readonly contentSealer: ContentSealer;
  /** The keyed hash that names records of source systems (the extract finds supplementary statements by it). */
  readonly recordKeyer: RecordKeyer;
  readonly clock: () => Date;
  readonly casework: CaseworkConfig;
  readonly evesAreHolidays: boolean;
  /**
   * Whether the person has protected identity (a read through the access layer, logged).
   * Absent or failing: the case is treated as protected until collection says otherwise (fail closed).
   */
  readonly protectionOf?: (subject: IdentityNumber) => Promise<boolean>;
  /** Whether the population register shows the guardian's custody of the child (R08); absent: not checkable here. */
  readonly guardianOf?: GuardianCheck;
}
