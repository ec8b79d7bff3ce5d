// Produces the register extract of a collected request: applies the approved secrecy review,
// summarises the processing log for the person, finds their supplementary statements (Art. 16) on
// the collected records, and builds the extract model. Producing the extract is processing of
// personal data (it is printed), so it is logged first.
import type { Kysely } from 'kysely';
import { legalBasisText, resolvePurpose } from '../../access/resolve-dataset.ts';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { ProcessingLog } from '../../audit/processing-log.ts';
import type { RecordKeyer } from '../../audit/record-key.ts';
import { summarizeSubjectLog } from '../../audit/subject-log-summary.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import { datasetsById } from '../../catalog/catalog-walk.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import type { ExtractLanguage, ExtractModel } from '../../documents/extract-model.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { listExtractParts } from '../../stores/extract-part-store.ts';
import { findRequest } from '../../stores/request-store.ts';
import { requestSubject } from '../requests/request-subject.ts';
import { listReviewItems } from '../../stores/review-store.ts';
import { supplementaryStatementsFor } from '../changes/supplementary-statements.ts';
import { applyReview } from './apply-review.ts';
import { buildExtractModel } from './build-extract-model.ts';
import { RIGHTS_PURPOSE } from './collect-extract.ts';

export interface ProduceExtractDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly processingLog: ProcessingLog;
  readonly sealer: SubjectSealer;
  /** Opens the supplementary statements' texts. */
  readonly contentSealer: ContentSealer;
  /** Names records as the supplementary statements do (audit/record-key.ts). */
  readonly recordKeyer: RecordKeyer;
  readonly clock: () => Date;
}

export interface ProduceOptions {
  readonly actor: string;
  /** Default: the language the request was made in. */
  readonly language?: ExtractLanguage;
}

/** Statuses in which the collected copy exists and the extract can be assembled. */
const ASSEMBLABLE = new Set(['review', 'ready', 'approval']);

export interface AssembledExtract {
  readonly model: ExtractModel;
  readonly subjectKey: string;
  /** Datasets with at least one item in the extract. */
  readonly printed: readonly string[];
  readonly withheld: number;
  readonly redacted: number;
}

/** The extract as the collected copy and the review give it now; nothing is logged here. */
export async function assembleExtract(
  deps: Omit<ProduceExtractDependencies, 'processingLog'>, requestId: string,
  options: { readonly language?: ExtractLanguage; readonly preview?: boolean } = {},
): Promise<AssembledExtract> {
  const request = await findRequest(deps.db, requestId);
  if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  // A completed request's collected copy is gone: producing it again would show nothing.
  if (!ASSEMBLABLE.has(request.status)) throw new InsynError('REQUEST_NOT_READY', `the request is ${request.status}`);
  const { subject, subjectKey } = requestSubject(request, deps.sealer);
  const [parts, review] = await Promise.all([listExtractParts(deps.db, requestId), listReviewItems(deps.db, requestId)]);
  const reviewed = applyReview(parts, review, datasetsById(deps.catalog), { pending: options.preview ? 'leave-out' : 'refuse' });
  // Statements are found on the records as collected: a review may mask a key field, never the link.
  const statements = await supplementaryStatementsFor(deps.db, { ...deps, sealer: deps.contentSealer }, subjectKey, parts);
  const model = buildExtractModel({
    catalog: deps.catalog, reference: request.caseNumber ?? requestId, subject, reviewed, statements,
    accessLog: await summarizeSubjectLog(deps.db, subjectKey),
    language: options.language ?? request.language,
    generatedAt: deps.clock(),
  });
  return {
    model, subjectKey, printed: reviewed.parts.filter((part) => part.items.length > 0).map((part) => part.dataset),
    withheld: reviewed.withheld.length, redacted: reviewed.redacted.length,
  };
}

/** The extract to send: assembled, and its printing written to the processing log. */
export async function produceExtract(deps: ProduceExtractDependencies, requestId: string, options: ProduceOptions): Promise<ExtractModel> {
  const assembled = await assembleExtract(deps, requestId, options.language ? { language: options.language } : {});
  const purpose = resolvePurpose(deps.catalog, RIGHTS_PURPOSE);
  await deps.processingLog.append([{
    actor: options.actor, purpose: purpose.id, legalBasis: legalBasisText(purpose), kind: 'print',
    subjectKey: assembled.subjectKey, datasets: assembled.printed, fields: [], stepId: requestId,
    detail: { withheld: assembled.withheld, redacted: assembled.redacted },
  }]);
  return assembled.model;
}
