// The services a command or the HTTP server works with, opened by the composition root
// (src/main.ts) and closed when the process is done with them.
import type { ProcessingLog } from '../audit/processing-log.ts';
import type { RecordKeyer } from '../audit/record-key.ts';
import type { SubjectKeyer } from '../audit/subject-key.ts';
import type { ContentSealer } from '../audit/content-sealer.ts';
import type { SubjectSealer } from '../audit/subject-sealer.ts';
import type { Catalog } from '../catalog/catalog-types.ts';
import type { Config } from '../config/config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import type { AccessibilityFeedbackService } from './accessibility/accessibility-feedback.ts';
import type { WebAuth } from './auth/create-web-auth.ts';
import type { OidcProviders } from './auth/oidc-providers.ts';
import type { CaseworkService } from './requests/casework-service.ts';
import type { ConsentService } from './consent/consent-service.ts';
import type { RunningWorker, StartWorkerOptions } from './start-worker.ts';
import type { SourceSystems } from './source-systems.ts';

export interface AppServices {
  readonly config: Config;
  readonly catalog: Catalog;
  readonly database: DatabaseHandle;
  /** Migrations applied while opening (outside production the schema follows the code). */
  readonly migrated: readonly string[];
  /** Every processing of personal data is appended here first (no event, no access). */
  readonly processingLog: ProcessingLog;
  /** The keyed hash of a normalised personnummer that the processing log holds instead of it. */
  readonly subjectKey: SubjectKeyer;
  /** The keyed hash that names a record of a source system (restrictions, supplementary statements) instead of its key. */
  readonly recordKeyer: RecordKeyer;
  /** Seals a personnummer for Insyn's own tables (requests), under a key the database never holds. */
  readonly subjectSealer: SubjectSealer;
  /** Seals free text, decisions, letters and session identities for Insyn's own tables. */
  readonly contentSealer: ContentSealer;
  /** The time operations stamp (injected so that tests and reproducible outputs can fix it). */
  readonly clock: () => Date;
  /** The agency's source systems behind the access layer, opened on first use. */
  sources(): Promise<SourceSystems>;
  /** The casework use cases (requests, decisions, letters) for the e-service and the console. */
  casework(): CaseworkService;
  /** Cookie consent: the choice in force, recording choices as proof, export and retention. */
  consent(): ConsentService;
  /** Logins, sessions and rate limits with these OpenID Connect providers. */
  webAuth(providers: OidcProviders): WebAuth;
  /** The accessibility statement's feedback function (meddelandefunktion) and the console's reading of it. */
  accessibilityFeedback(): AccessibilityFeedbackService;
  /** Starts a job worker on Insyn's own database; stop it before closing the services. */
  startWorker(options?: StartWorkerOptions): RunningWorker;
  /** One round trip to Insyn's own database; rejects when it is unreachable (readiness probe). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
