// The processing-log event of a read: names, never values; the subject as a keyed hash.
import type { ProcessingEventInput } from '../audit/processing-event.ts';
import type { Catalog } from '../catalog/catalog-types.ts';
import type { IdentityNumber } from '../domain/personnummer.ts';
import { legalBasisText } from './resolve-dataset.ts';
import type { ResolvedRead } from './resolve-read.ts';

interface EventSource {
  readonly catalog: Catalog;
  readonly subjectKey: (normalized: string) => string;
}

interface ReadRequestNames {
  readonly actor: { readonly id: string };
  readonly purpose: string;
  readonly dataset: string;
  readonly subject: IdentityNumber;
  readonly stepId?: string;
}

/** For a refused request (`read` undefined) the purpose and dataset are named only if the catalog knows them. */
export function readEvent(source: EventSource, request: ReadRequestNames, read: ResolvedRead | undefined, fields: readonly string[]) {
  const purpose = read?.purpose ?? source.catalog.purposes.find((candidate) => candidate.id === request.purpose);
  const dataset = read?.dataset ?? source.catalog.systems.flatMap((system) => system.datasets)
    .find((candidate) => candidate.qualifiedId === request.dataset);
  return {
    actor: request.actor.id,
    purpose: purpose?.id ?? 'unknown',
    legalBasis: purpose ? legalBasisText(purpose) : 'none',
    kind: 'read',
    subjectKey: source.subjectKey(request.subject.normalized),
    datasets: dataset ? [dataset.qualifiedId] : [],
    fields,
    ...(request.stepId ? { stepId: request.stepId } : {}),
  } satisfies ProcessingEventInput;
}
