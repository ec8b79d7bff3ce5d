// The only door to personal data in the source systems. Every call names an actor and a
// purpose; the purpose is checked against the catalog; the event is appended to the
// processing log BEFORE the source is touched (no event, no access) and the outcome after.
import type { Catalog, Dataset, IdentityField, Purpose } from '../catalog/catalog-types.ts';
import type { ProcessingEventInput, ProcessingKind, StoredEvent } from '../audit/processing-event.ts';
import type { ConnectorRegistry } from '../connectors/connect-systems.ts';
import type { Row } from '../connectors/connector.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import { formatIdentityNumber, type IdentityNumber } from '../domain/personnummer.ts';
import { legalBasisText, resolveDataset, resolveFields, resolvePurpose } from './resolve-dataset.ts';

/** The part of the processing log the access layer needs. */
export interface ProcessingLogPort {
  append(events: readonly ProcessingEventInput[]): Promise<readonly StoredEvent[]>;
}

export interface Actor {
  /** A pseudonymous staff id or a system name, never a personnummer. */
  readonly id: string;
}

export interface SubjectReadRequest {
  readonly actor: Actor;
  readonly purpose: string;
  readonly subject: IdentityNumber;
  /** `system.dataset` */
  readonly dataset: string;
  /** Default: every field the catalog declares. */
  readonly fields?: readonly string[];
  /** Default: every identity field of the dataset. */
  readonly identityFields?: readonly string[];
  readonly stepId?: string;
  readonly limit?: number;
}

export interface SubjectReadResult {
  readonly rows: readonly Row[];
  /** Which identity field each row matched, in order. */
  readonly matchedBy: readonly string[];
  readonly eventId: number;
}

export interface AccessLayer {
  readSubject(request: SubjectReadRequest): Promise<SubjectReadResult>;
}

export interface AccessLayerDependencies {
  readonly catalog: Catalog;
  readonly log: ProcessingLogPort;
  readonly connectors: ConnectorRegistry;
  readonly subjectKey: (normalized: string) => string;
  readonly defaultLimit?: number;
}

/** Every stored form of a number: the `-` and `+` variants of the 10-digit form both occur. */
function storedForms(subject: IdentityNumber, field: IdentityField): string[] {
  if (field.form !== 'pnr10-dash') return [formatIdentityNumber(subject, field.form)];
  const body = subject.normalized.slice(2);
  return [`${body.slice(0, 6)}-${body.slice(6)}`, `${body.slice(0, 6)}+${body.slice(6)}`];
}

function identityFieldsOf(dataset: Dataset, names: readonly string[] | undefined): readonly IdentityField[] {
  if (dataset.identityFields.length === 0) {
    throw new InsynError('UNKNOWN_FIELD', `${dataset.qualifiedId} has no identity field to read a person by`);
  }
  if (!names) return dataset.identityFields;
  return names.map((name) => {
    const field = dataset.identityFields.find((candidate) => candidate.field === name);
    if (!field) throw new InsynError('UNKNOWN_FIELD', `${dataset.qualifiedId} has no identity field ${name}`);
    return field;
  });
}

export function createAccessLayer(deps: AccessLayerDependencies): AccessLayer {
  const defaultLimit = deps.defaultLimit ?? 100_000;

  async function append(event: ProcessingEventInput): Promise<StoredEvent> {
    const [stored] = await deps.log.append([event]);
    if (!stored) throw new InsynError('AUDIT_WRITE_FAILED', 'the log stored no event');
    return stored;
  }

  function event(request: SubjectReadRequest, purpose: Purpose | undefined, dataset: Dataset | undefined, fields: readonly string[]) {
    return {
      actor: request.actor.id,
      purpose: purpose?.id ?? 'unknown',
      legalBasis: purpose ? legalBasisText(purpose) : 'none',
      kind: 'read' as ProcessingKind,
      subjectKey: deps.subjectKey(request.subject.normalized),
      datasets: dataset ? [dataset.qualifiedId] : [],
      fields,
      ...(request.stepId ? { stepId: request.stepId } : {}),
    } satisfies ProcessingEventInput;
  }

  /** A refused access is logged as an attempt and a `refused` outcome; the source is never touched. */
  async function refuse(request: SubjectReadRequest, error: InsynError): Promise<never> {
    const purpose = deps.catalog.purposes.find((candidate) => candidate.id === request.purpose);
    const dataset = deps.catalog.systems.flatMap((system) => system.datasets).find((candidate) => candidate.qualifiedId === request.dataset);
    const base = event(request, purpose, dataset, []);
    const attempt = await append({ ...base, detail: { refusedWith: error.code } });
    await append({ ...base, outcomeOf: attempt.id, outcome: 'refused', detail: { code: error.code } });
    throw error;
  }

  async function readRows(dataset: Dataset, identity: readonly IdentityField[], fields: readonly string[], request: SubjectReadRequest) {
    const connector = deps.connectors.get(dataset.system);
    const rows: Row[] = [];
    const matchedBy: string[] = [];
    for (const field of identity) {
      const found = await connector.read({
        location: dataset.location, fields,
        where: { field: field.field, values: storedForms(request.subject, field) },
        limit: request.limit ?? defaultLimit,
      });
      rows.push(...found);
      matchedBy.push(...found.map(() => field.field));
    }
    return { rows, matchedBy };
  }

  return {
    async readSubject(request) {
      let purpose: Purpose;
      let dataset: Dataset;
      let fields: readonly string[];
      let identity: readonly IdentityField[];
      try {
        purpose = resolvePurpose(deps.catalog, request.purpose);
        dataset = resolveDataset(deps.catalog, request.dataset);
        fields = resolveFields(dataset, request.fields);
        identity = identityFieldsOf(dataset, request.identityFields);
        if (!dataset.purposes.includes(purpose.id)) {
          throw new InsynError('PURPOSE_NOT_ALLOWED', `purpose ${purpose.id} is not allowed for ${dataset.qualifiedId}`);
        }
      } catch (error) {
        if (error instanceof InsynError) return refuse(request, error);
        throw error;
      }
      const base = event(request, purpose, dataset, fields);
      const attempt = await append(base);
      try {
        const result = await readRows(dataset, identity, fields, request);
        await append({ ...base, outcomeOf: attempt.id, outcome: 'success', detail: { rows: result.rows.length } });
        return { ...result, eventId: attempt.id };
      } catch (error) {
        const code = error instanceof InsynError ? error.code : 'INTERNAL';
        await append({ ...base, outcomeOf: attempt.id, outcome: 'failure', detail: { code } });
        throw error;
      }
    },
  };
}
