// The casework use cases as one object for the HTTP layer (which never reaches the database
// itself): each method authorises (role, need-to-know), then calls the operation. Staff actors
// are `staff:<id>`; citizens act as `e-service`.
import { InsynError } from '../../domain/error-catalogue.ts';
import type { Decision } from '../../domain/decision.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import type { SupplementNeed } from '../../documents/letters/letter-model.ts';
import type { SecrecyClass } from '../../catalog/catalog-types.ts';
import type { CaseworkStatistics } from '../../domain/casework-statistics.ts';
import { caseworkStatistics, type StatisticsPeriod } from '../../stores/casework-statistics-store.ts';
import { listQueue, listRequesterRequests, type QueueFilter } from '../../stores/request-queries.ts';
import type { ExtensionReason } from '../../stores/request-store.ts';
import type { ExtractModel } from '../../documents/extract-model.ts';
import { protectedAddressMask } from './protected-address-mask.ts';
import { resendDelivery } from '../delivery/resend-delivery.ts';
import { assembleExtract } from '../extracts/produce-extract.ts';
import { approveReview, proposeDecision as proposeReviewItem } from '../extracts/review-extract.ts';
import { openCitizenCase, openStaffCase, type CaseAccessDependencies, type StaffRole, type StaffViewer } from './case-access.ts';
import {
  caseDocument, caseSummary, citizenCaseDetail, staffCaseDetail, staffCaseDocument, type CaseDocument, type CaseSummary, type CitizenCaseDetail,
  type StaffCaseDetail,
} from './case-views.ts';
import { assignRequest } from './assign-request.ts';
import { retryCollection } from './retry-collection.ts';
import { approveRequestDecision, proposeRequestDecision, returnRequestDecision, type DecisionDependencies } from './decide-request.ts';
import { extendDeadline } from './extend-deadline.ts';
import type { IntakeInput } from './intake-input.ts';
import { matchRequest } from './match-request.ts';
import { pauseRequest, resumeRequest } from './pause-request.ts';
import { registerRequest, type IntakeResult } from './register-request.ts';
import { searchCases } from './search-cases.ts';
import type { ChangeworkDependencies } from '../changes/change-work.ts';
import { changeActions, changesView } from '../changes/change-actions.ts';
import { stalledChangeExecutions, type StalledExecution } from '../../stores/change-item-store.ts';

export type { StaffRole, StaffViewer };

export interface CaseworkServiceDependencies extends DecisionDependencies, CaseAccessDependencies {
  /** The change workflows (issue 6); absent: a request's changes cannot be proposed here. */
  readonly changework?: ChangeworkDependencies;
}

export type QueueQuery = Omit<QueueFilter, 'includeProtected' | 'assignedTo'> & { readonly mine?: boolean };

export interface ReviewProposalInput {
  readonly dataset: string;
  readonly itemKey: string;
  readonly decision: 'release' | 'redact' | 'withhold';
  readonly kind?: SecrecyClass;
  readonly fields?: readonly string[];
}

const actorOf = (viewer: StaffViewer) => `staff:${viewer.staffId}`;

function requireRole(viewer: StaffViewer, roles: readonly StaffRole[]): void {
  if (!roles.some((role) => viewer.roles.includes(role))) throw new InsynError('ROLE_REQUIRED', `one of ${roles.join(', ')}`);
}

const HANDLER: readonly StaffRole[] = ['handlaggare', 'granskare', 'administrator'];
const REVIEWER: readonly StaffRole[] = ['granskare'];
const DPO: readonly StaffRole[] = ['dataskyddsombud', 'administrator'];

export function createCaseworkService(deps: CaseworkServiceDependencies) {
  const staffCase = async (requestId: string, viewer: StaffViewer, view: string) => {
    requireRole(viewer, [...HANDLER, 'dataskyddsombud']);
    return openStaffCase(deps, { requestId, viewer, view });
  };
  /** Opens the case for a change (logged as a view), then runs it with the staff actor. */
  const act = async <T>(requestId: string, viewer: StaffViewer, roles: readonly StaffRole[], action: string, run: (actor: string) => Promise<T>): Promise<T> => {
    requireRole(viewer, roles);
    await openStaffCase(deps, { requestId, viewer, view: action });
    return run(actorOf(viewer));
  };
  return {
    /** Intake from the e-service (the citizen's own session) or by staff (registering a letter, call or visit). */
    register: (input: IntakeInput, viewer?: StaffViewer): Promise<IntakeResult> => {
      if (viewer) requireRole(viewer, HANDLER);
      return registerRequest(deps, { ...input, actor: viewer ? actorOf(viewer) : 'e-service' });
    },
    myRequests: async (viewerKey: string): Promise<CaseSummary[]> => (await listRequesterRequests(deps.db, viewerKey)).map(caseSummary),
    citizenCase: async (requestId: string, viewerKey: string): Promise<CitizenCaseDetail> =>
      citizenCaseDetail(deps, await openCitizenCase(deps, { requestId, viewerKey, view: 'request' })),
    citizenDocument: async (requestId: string, letterId: string, viewerKey: string): Promise<CaseDocument> =>
      caseDocument(deps, await openCitizenCase(deps, { requestId, viewerKey, view: 'letter' }), letterId),
    queue: async (query: QueueQuery, viewer: StaffViewer): Promise<{ rows: CaseSummary[]; total: number }> => {
      requireRole(viewer, [...HANDLER, 'dataskyddsombud']);
      const { mine, ...filter } = query;
      const result = await listQueue(deps.db, {
        ...filter, includeProtected: viewer.roles.includes('skyddad-identitet'), ...(mine ? { assignedTo: actorOf(viewer) } : {}),
      });
      return { rows: result.rows.map(caseSummary), total: result.total };
    },
    staffCase: async (requestId: string, viewer: StaffViewer): Promise<StaffCaseDetail> => {
      const request = await staffCase(requestId, viewer, 'request-page');
      const detail = await staffCaseDetail(deps, request);
      if (!deps.changework || request.right === 'access') return detail;
      const canHandle = HANDLER.some((role) => viewer.roles.includes(role));
      return { ...detail, changes: await changesView(deps.changework, request, { actor: actorOf(viewer), withRecords: canHandle && request.status === 'handling' }) };
    },
    /** Decided changes whose run waits for a failing system or failed (shown above the queue). */
    stalledChanges: async (viewer: StaffViewer): Promise<StalledExecution[]> => {
      requireRole(viewer, [...HANDLER, 'dataskyddsombud']);
      return stalledChangeExecutions(deps.db, viewer.roles.includes('skyddad-identitet'));
    },
    /** The change proposals, decisions on items and the run (issue 6); each opens the case first (logged). */
    changes: (requestId: string, viewer: StaffViewer) => changeActions(() => {
      if (!deps.changework) throw new InsynError('CHANGE_NOT_ALLOWED', 'the change workflows are not configured');
      return deps.changework;
    }, (action, run) => act(requestId, viewer, HANDLER, action, (actor) => run(requestId, actor))),
    /** The register extract as it would be sent now (the collected copy with the review applied); the view is logged. */
    previewExtract: async (requestId: string, viewer: StaffViewer): Promise<{ summary: CaseSummary; model: ExtractModel }> => {
      const request = await staffCase(requestId, viewer, 'extract-preview');
      const { model } = await assembleExtract(deps, requestId, { preview: true });
      const mask = protectedAddressMask(deps.catalog);
      return { summary: caseSummary(request), model: request.protected || mask.showsProtection(model) ? mask.extract(model) : model };
    },
    staffDocument: async (requestId: string, letterId: string, viewer: StaffViewer): Promise<CaseDocument> =>
      staffCaseDocument(deps, await staffCase(requestId, viewer, 'letter'), letterId),
    /** A failed register extract is collected again. */
    retry: (requestId: string, viewer: StaffViewer) => act(requestId, viewer, HANDLER, 'retry', (actor) => retryCollection(deps, { requestId, actor })),
    /** A failed delivery (digital mailbox or post) is sent again. */
    resendDelivery: (requestId: string, viewer: StaffViewer, deliveryId: string) =>
      act(requestId, viewer, HANDLER, 'resend-delivery', (actor) => resendDelivery(deps, { requestId, deliveryId, actor })),
    /** The case handler takes the request: it is theirs in the queue. */
    assign: (requestId: string, viewer: StaffViewer) => act(requestId, viewer, HANDLER, 'assign', (actor) => assignRequest(deps, { requestId, actor })),
    extend: (requestId: string, viewer: StaffViewer, input: { reason: ExtensionReason; reasons: string }) =>
      act(requestId, viewer, HANDLER, 'extend', (actor) => extendDeadline(deps, { requestId, ...input, actor })),
    pause: (requestId: string, viewer: StaffViewer, input: { needs: readonly SupplementNeed[]; details?: string }) =>
      act(requestId, viewer, HANDLER, 'pause', (actor) => pauseRequest(deps, { requestId, ...input, actor })),
    resume: (requestId: string, viewer: StaffViewer) => act(requestId, viewer, HANDLER, 'resume', (actor) => resumeRequest(deps, { requestId, actor })),
    match: (requestId: string, viewer: StaffViewer, subject: IdentityNumber) =>
      act(requestId, viewer, HANDLER, 'match', (actor) => matchRequest(deps, { requestId, subject, actor })),
    proposeReview: (requestId: string, viewer: StaffViewer, input: ReviewProposalInput) =>
      act(requestId, viewer, HANDLER, 'review-propose', (by) => proposeReviewItem(deps, { requestId, ...input, by })),
    /** `seen`: the latest proposal time the granskare was shown; later proposals are not approved unseen. */
    approveReview: (requestId: string, viewer: StaffViewer, seen?: Date) =>
      act(requestId, viewer, REVIEWER, 'review-approve', (by) => approveReview(deps, requestId, by, seen)),
    proposeDecision: (requestId: string, viewer: StaffViewer, decision: Decision) =>
      act(requestId, viewer, HANDLER, 'decision-propose', (actor) => proposeRequestDecision(deps, { requestId, decision, actor })),
    approveDecision: (requestId: string, viewer: StaffViewer) =>
      act(requestId, viewer, REVIEWER, 'decision-approve', (actor) => approveRequestDecision(deps, { requestId, actor })),
    returnDecision: (requestId: string, viewer: StaffViewer) =>
      act(requestId, viewer, REVIEWER, 'decision-return', (actor) => returnRequestDecision(deps, { requestId, actor })),
    /** A person's cases, found by a search that names its purpose (logged before it runs). */
    search: (viewer: StaffViewer, input: { readonly person: IdentityNumber; readonly purpose: string }): Promise<CaseSummary[]> => {
      requireRole(viewer, [...HANDLER, 'dataskyddsombud']);
      return searchCases(deps, viewer, input);
    },
    statistics: (period: StatisticsPeriod, viewer: StaffViewer): Promise<CaseworkStatistics> => {
      requireRole(viewer, DPO);
      return caseworkStatistics(deps.db, period);
    },
  };
}

export type CaseworkService = ReturnType<typeof createCaseworkService>;
