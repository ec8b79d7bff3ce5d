// The console's search for a person's cases (issue 4, item 8): staff reach personal data outside
// a case they work on only through a search that names its purpose; the search is checked
// against the catalog's purposes and written to the processing log with actor and purpose before
// anything is read. Cases of persons with protected identity are left out without the
// `skyddad-identitet` authorisation.
import { legalBasisText, resolvePurpose } from '../../access/resolve-dataset.ts';
import type { ProcessingEventInput, StoredEvent } from '../../audit/processing-event.ts';
import type { SubjectKeyer } from '../../audit/subject-key.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database-schema.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { listRequestsOfPerson } from '../../stores/request-queries.ts';
import type { StaffViewer } from './case-access.ts';
import { caseSummary, type CaseSummary } from './case-views.ts';

export interface SearchDependencies {
  readonly db: Kysely<Database>;
  readonly catalog: Catalog;
  readonly subjectKey: SubjectKeyer;
  readonly viewLog: { append(events: readonly ProcessingEventInput[]): Promise<readonly StoredEvent[]> };
}

export async function searchCases(
  deps: SearchDependencies, viewer: StaffViewer, input: { readonly person: IdentityNumber; readonly purpose: string },
): Promise<CaseSummary[]> {
  const purpose = resolvePurpose(deps.catalog, input.purpose);
  const key = deps.subjectKey(input.person.normalized);
  await deps.viewLog.append([{
    actor: `staff:${viewer.staffId}`, purpose: purpose.id, legalBasis: legalBasisText(purpose), kind: 'read',
    subjectKey: key, datasets: [], fields: [], detail: { view: 'case-search' },
  }]);
  return (await listRequestsOfPerson(deps.db, key, viewer.roles.includes('skyddad-identitet'))).map(caseSummary);
}
