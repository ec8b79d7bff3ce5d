// What the e-service and the console show of a case, unsealed for the viewer: presenters with
// explicit fields, so nothing reaches a page by accident. Citizens see status, dates and their
// letters with how each was sent; staff see the person, the request's own words, the timeline, the
// review, the decision and every delivery (channel, reason, receipt; never an address).
import type { ChangesView } from '../changes/change-actions.ts';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { SubjectSealer } from '../../audit/subject-sealer.ts';
import type { Kysely } from 'kysely';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import type { Decision } from '../../domain/decision.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { formatIdentityNumber, parseIdentityNumber } from '../../domain/personnummer.ts';
import type { ExtractModel } from '../../documents/extract-model.ts';
import type { LetterModel } from '../../documents/letters/letter-model.ts';
import { findDecision } from '../../stores/decision-store.ts';
import {
  listDeliveries, listLetterDeliveries, type DeliveryChannel, type DeliveryRecord, type DeliveryState, type LetterDeliveryRecord,
} from '../../stores/delivery-store.ts';
import { findLetter, listLetters, type LetterSummary } from '../../stores/letter-store.ts';
import { listRequestEvents, type RequestEvent } from '../../stores/request-event-store.ts';
import { listRequestSteps, type RequestRecord, type RequestStep } from '../../stores/request-store.ts';
import { listExtractParts } from '../../stores/extract-part-store.ts';
import { listReviewItems, type ReviewItem } from '../../stores/review-store.ts';
import { protectedAddressMask } from './protected-address-mask.ts';
import type { ForeignIdentity } from './intake-input.ts';

export interface CaseSummary {
  readonly id: string;
  readonly caseNumber: string;
  readonly right: RequestRecord['right'];
  readonly channel: RequestRecord['channel'];
  readonly status: RequestRecord['status'];
  readonly receivedAt: Date;
  readonly dueAt: Date;
  readonly extended: boolean;
  readonly completedAt: Date | null;
  readonly requesterKind: RequestRecord['requesterKind'];
  readonly protected: boolean;
  readonly duplicateOf: string | null;
  readonly assignedTo: string | null;
}

export function caseSummary(request: RequestRecord): CaseSummary {
  return {
    id: request.id, caseNumber: request.caseNumber ?? request.id.slice(0, 8), right: request.right, channel: request.channel,
    status: request.status, receivedAt: request.receivedAt, dueAt: request.dueAt, extended: request.extendedAt !== null,
    completedAt: request.completedAt, requesterKind: request.requesterKind, protected: request.protected,
    duplicateOf: request.duplicateOf, assignedTo: request.assignedTo,
  };
}

export interface SealedViewDependencies {
  readonly db: Kysely<Database>;
  readonly sealer: SubjectSealer;
  readonly contentSealer: ContentSealer;
}

/** Staff views also need the catalog: a protected person's address fields are masked there. */
export interface StaffViewDependencies extends SealedViewDependencies {
  readonly catalog: Catalog;
}

/** How the delivery carrying a letter went, as much as the person is told: the way, not the route or reason. */
export interface LetterDelivery {
  readonly deliveryId: string;
  readonly status: DeliveryState;
  readonly channel: DeliveryChannel | null;
  readonly sentAt: Date | null;
}

export interface CaseLetter extends LetterSummary {
  /** Null for a letter in no delivery. */
  readonly delivery: LetterDelivery | null;
}

export interface CitizenCaseDetail {
  readonly summary: CaseSummary;
  readonly letters: readonly CaseLetter[];
}

async function caseLetters(db: Kysely<Database>, requestId: string): Promise<CaseLetter[]> {
  const [letters, deliveries] = await Promise.all([listLetters(db, requestId), listLetterDeliveries(db, requestId)]);
  const byLetter = new Map<string, LetterDeliveryRecord>(deliveries.map((delivery) => [delivery.letterId, delivery]));
  return letters.map((letter) => {
    const found = byLetter.get(letter.id);
    return {
      ...letter,
      delivery: found ? { deliveryId: found.deliveryId, status: found.status, channel: found.channel, sentAt: found.sentAt } : null,
    };
  });
}

export async function citizenCaseDetail(deps: SealedViewDependencies, request: RequestRecord): Promise<CitizenCaseDetail> {
  return { summary: caseSummary(request), letters: await caseLetters(deps.db, request.id) };
}

/** One delivery as staff see it: the choice, its reason and the receipt; never an address. */
export type DeliveryView = Pick<DeliveryRecord,
  'id' | 'status' | 'channel' | 'route' | 'reason' | 'recipient' | 'operator' | 'transId' | 'lastErrorCode' | 'attempts' | 'createdAt' | 'sentAt'
> & {
  /** The letters it carries, in the order they were written. */
  readonly letterIds: readonly string[];
};

async function deliveryViews(db: Kysely<Database>, requestId: string, letters: readonly CaseLetter[]): Promise<DeliveryView[]> {
  const deliveries = await listDeliveries(db, requestId);
  return deliveries.map((delivery) => ({
    id: delivery.id, status: delivery.status, channel: delivery.channel, route: delivery.route, reason: delivery.reason,
    recipient: delivery.recipient, operator: delivery.operator, transId: delivery.transId, lastErrorCode: delivery.lastErrorCode,
    attempts: delivery.attempts, createdAt: delivery.createdAt, sentAt: delivery.sentAt,
    letterIds: letters.filter((letter) => letter.delivery?.deliveryId === delivery.id).map((letter) => letter.id),
  }));
}

export interface StaffCaseDetail extends CitizenCaseDetail {
  /** The person's number as staff write it (YYYYMMDD-NNNN), or null before matching. */
  readonly subject: string | null;
  readonly foreignIdentity: ForeignIdentity | null;
  readonly representative: { readonly identityNumber: string; readonly proof: string | null } | null;
  readonly identityMethod: RequestRecord['identityMethod'];
  /** Why collection failed (an error code), for a failed request. */
  readonly errorCode: string | null;
  readonly answerFormat: RequestRecord['answerFormat'];
  readonly details: { readonly text?: string; readonly correction?: string };
  readonly extension: { readonly reason: string; readonly reasons: string; readonly at: Date } | null;
  readonly originalDueAt: Date | null;
  readonly pausedAt: Date | null;
  readonly events: readonly RequestEvent[];
  /** The request's deliveries, oldest first. */
  readonly deliveries: readonly DeliveryView[];
  readonly steps: readonly RequestStep[];
  /** Items waiting for secrecy review, each with the values collected for it (what the reviewer judges). */
  readonly review: readonly ReviewMaterial[];
  readonly decision: {
    readonly decision: Decision; readonly proposedBy: string; readonly proposedAt: Date;
    readonly approvedBy: string | null; readonly approvedAt: Date | null;
  } | null;
  /** The changes the request decides on and their run (issue 6); absent for access requests. */
  readonly changes?: ChangesView;
}

const displayNumber = (normalized: string) => formatIdentityNumber(parseIdentityNumber(normalized), 'pnr12-dash');

function requesterOf(deps: SealedViewDependencies, request: RequestRecord): Pick<StaffCaseDetail, 'foreignIdentity' | 'representative'> {
  if (!request.requesterSealed) return { foreignIdentity: null, representative: null };
  const sealed = deps.contentSealer.openJson<{ identityNumber?: string } & Partial<ForeignIdentity>>(request.requesterSealed, `${request.id}/requester`);
  if (sealed.identityNumber) return { foreignIdentity: null, representative: { identityNumber: displayNumber(sealed.identityNumber), proof: request.representationProof } };
  return { foreignIdentity: { foreignId: sealed.foreignId ?? '', name: sealed.name ?? '', ...(sealed.birthDate ? { birthDate: sealed.birthDate } : {}) }, representative: null };
}

export async function staffCaseDetail(deps: StaffViewDependencies, request: RequestRecord): Promise<StaffCaseDetail> {
  const [letters, events, steps, collected, decision] = await Promise.all([
    caseLetters(deps.db, request.id), listRequestEvents(deps.db, request.id), listRequestSteps(deps.db, request.id),
    reviewMaterial(deps.db, request.id), findDecision(deps.db, request.id),
  ]);
  // A protected person's address is never shown, not even to the reviewer (R28).
  const mask = protectedAddressMask(deps.catalog);
  const protectedPerson = request.protected || collected.some((item) => item.kinds.includes('protected-address'));
  const review = protectedPerson
    ? collected.map((item) => ({ ...item, values: mask.values(item.dataset, item.values, request.language) }))
    : collected;
  const deliveries = await deliveryViews(deps.db, request.id, letters);
  return {
    summary: caseSummary(request), letters, events, deliveries, steps, review,
    subject: request.subjectSealed ? displayNumber(deps.sealer.open(request.subjectSealed)) : null,
    ...requesterOf(deps, request),
    identityMethod: request.identityMethod, errorCode: request.errorCode, answerFormat: request.answerFormat,
    details: request.detailsSealed ? deps.contentSealer.openJson(request.detailsSealed, request.id) : {},
    extension: request.extendedAt && request.extensionReason && request.extensionSealed
      ? { reason: request.extensionReason, reasons: deps.contentSealer.openJson<string>(request.extensionSealed, `${request.id}/extension`), at: request.extendedAt }
      : null,
    originalDueAt: request.originalDueAt, pausedAt: request.pausedAt,
    decision: decision ? {
      decision: deps.contentSealer.openJson<Decision>(decision.contentSealed, `${request.id}/decision`),
      proposedBy: decision.proposedBy, proposedAt: decision.proposedAt, approvedBy: decision.approvedBy, approvedAt: decision.approvedAt,
    } : null,
  };
}

export interface ReviewMaterial extends ReviewItem {
  /** Field name → collected value; empty once the collected copy is gone (completed). */
  readonly values: Readonly<Record<string, string | null>>;
}

async function reviewMaterial(db: Kysely<Database>, requestId: string): Promise<ReviewMaterial[]> {
  const items = await listReviewItems(db, requestId);
  if (items.length === 0) return [];
  const parts = new Map((await listExtractParts(db, requestId)).map((part) => [part.dataset, new Map(part.items.map((item) => [item.key, item.values]))]));
  return items.map((item) => ({ ...item, values: parts.get(item.dataset)?.get(item.itemKey) ?? {} }));
}

export type CaseDocument =
  | { readonly kind: 'letter'; readonly letter: LetterSummary; readonly model: LetterModel }
  | { readonly kind: 'extract'; readonly letter: LetterSummary; readonly model: ExtractModel };

/** A letter or the extract for staff: for a protected person the address fields of the extract are masked. */
export async function staffCaseDocument(deps: StaffViewDependencies, request: RequestRecord, letterId: string): Promise<CaseDocument> {
  const document = await caseDocument(deps, request, letterId);
  if (document.kind !== 'extract') return document;
  const mask = protectedAddressMask(deps.catalog);
  return request.protected || mask.showsProtection(document.model) ? { ...document, model: mask.extract(document.model) } : document;
}

/** One letter (or the extract) of the request, unsealed; NOT_FOUND when the request has no such letter. */
export async function caseDocument(deps: SealedViewDependencies, request: RequestRecord, letterId: string): Promise<CaseDocument> {
  const stored = await findLetter(deps.db, request.id, letterId);
  if (!stored) throw new InsynError('NOT_FOUND', 'no such letter');
  const { contentSealed, ...letter } = stored;
  if (stored.kind === 'extract') return { kind: 'extract', letter, model: deps.contentSealer.openJson<ExtractModel>(contentSealed, stored.id) };
  return { kind: 'letter', letter, model: deps.contentSealer.openJson<LetterModel>(contentSealed, stored.id) };
}
