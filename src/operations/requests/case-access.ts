// Need-to-know for cases (issue 4, item 8). A citizen opens only requests they made (about
// themselves or someone they represent); any other id is "not found", and the attempt is logged.
// Staff open personal data only through a case, every view logged with actor and purpose; a case
// of a person with protected identity only with the `skyddad-identitet` authorisation.
import type { Kysely } from 'kysely';
import type { ProcessingEventInput, StoredEvent } from '../../audit/processing-event.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Database } from '../../db/database-schema.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { findRequest, type RequestRecord } from '../../stores/request-store.ts';
import type { StaffRole } from '../auth/web-identity.ts';
import { rightsEvent } from './move-request.ts';
import { isUuid } from '../../domain/uuid.ts';

export type { StaffRole };

export interface ViewLogPort {
  append(events: readonly ProcessingEventInput[]): Promise<readonly StoredEvent[]>;
}

export interface CaseAccessDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly viewLog: ViewLogPort;
}


export interface StaffViewer {
  readonly staffId: string;
  readonly roles: readonly StaffRole[];
}

/** What was looked at, for the log: a short code such as `request-page` or `letter`. */
export type ViewName = string;

async function logAttempt(deps: CaseAccessDependencies, actor: string, request: RequestRecord | undefined, view: ViewName, refused: boolean): Promise<void> {
  const [attempt] = await deps.viewLog.append([rightsEvent(deps.catalog, {
    actor, kind: 'read', subjectKey: refused ? null : request?.subjectKey ?? null, datasets: [], fields: [],
    ...(request ? { stepId: request.id } : {}), detail: { view },
  })]);
  if (refused && attempt) {
    await deps.viewLog.append([rightsEvent(deps.catalog, {
      actor, kind: 'read', subjectKey: null, datasets: [], fields: [], outcomeOf: attempt.id, outcome: 'refused', detail: { view },
    })]);
  }
}

/** The citizen's own request, or NOT_FOUND (also for someone else's id: no hint that it exists). */
export async function openCitizenCase(
  deps: CaseAccessDependencies, input: { readonly requestId: string; readonly viewerKey: string; readonly view: ViewName },
): Promise<RequestRecord> {
  const request = isUuid(input.requestId) ? await findRequest(deps.db, input.requestId) : undefined;
  if (!request || request.requesterKey !== input.viewerKey) {
    await logAttempt(deps, 'e-service', request, input.view, true);
    throw new InsynError('NOT_FOUND', 'no such request');
  }
  await logAttempt(deps, 'e-service', request, input.view, false);
  return request;
}

/** A case for a staff member: protected persons only with the authorisation; every view logged. */
export async function openStaffCase(
  deps: CaseAccessDependencies, input: { readonly requestId: string; readonly viewer: StaffViewer; readonly view: ViewName },
): Promise<RequestRecord> {
  const actor = `staff:${input.viewer.staffId}`;
  const request = isUuid(input.requestId) ? await findRequest(deps.db, input.requestId) : undefined;
  if (!request) throw new InsynError('REQUEST_NOT_FOUND', 'no such request');
  if (request.protected && !input.viewer.roles.includes('skyddad-identitet')) {
    await logAttempt(deps, actor, request, input.view, true);
    throw new InsynError('ROLE_REQUIRED', 'the case concerns a person with protected identity');
  }
  await logAttempt(deps, actor, request, input.view, false);
  return request;
}

