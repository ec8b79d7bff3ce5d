// The access layer's ChangeValuesPort on Insyn's own database: the values before and after a
// change, sealed under the content key and bound to the row's id, in `change_record`.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ChangeValuesPort } from '../../access/change-record.ts';
import type { ContentSealer } from '../../audit/content-sealer.ts';
import type { Database } from '../../db/database-schema.ts';
import { findChangeRecord, insertChangeRecord } from '../../stores/change-record-store.ts';

export interface ChangeValues {
  readonly key: Readonly<Record<string, string>>;
  readonly before: Readonly<Record<string, string | null>>;
  readonly after: Readonly<Record<string, string | null>>;
}

export function changeValuesStore(db: Kysely<Database>, sealer: ContentSealer, clock: () => Date = () => new Date()): ChangeValuesPort {
  return {
    async keep(entry) {
      const id = randomUUID();
      const values: ChangeValues = { key: entry.key, before: entry.before, after: entry.after };
      await insertChangeRecord(db, {
        id, dataset: entry.dataset, kind: entry.kind, stepId: entry.stepId ?? null, valuesSealed: sealer.sealJson(values, `change/${id}`), at: clock(),
      });
      return id;
    },
  };
}

/** The values of a change, unsealed; undefined when there is no such change or its values were erased. */
export async function openChangeValues(db: Kysely<Database>, sealer: ContentSealer, id: string): Promise<ChangeValues | undefined> {
  const record = await findChangeRecord(db, id);
  return record?.valuesSealed ? sealer.openJson<ChangeValues>(record.valuesSealed, `change/${id}`) : undefined;
}
