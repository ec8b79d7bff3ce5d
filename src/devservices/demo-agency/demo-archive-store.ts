// The document archive's storage: the `dokument` rows in the demo PostgreSQL target (or the
// embedded PGlite), searched by equality on any of its columns; one record changed or deleted by
// its key (demo-archive-changes.ts).
import { archiveChanges, type ArchiveChanges } from './demo-archive-changes.ts';
import type { DemoConnection, DemoRow } from './demo-connection.ts';
import type { DemoTarget } from './demo-target.ts';
import { demoTable } from './demo-tables.ts';
import { openDemoConnection } from './open-demo-connections.ts';

export const ARCHIVE_TABLE = demoTable('dokument');
export const ARCHIVE_FIELDS: readonly string[] = ARCHIVE_TABLE.columns.map((column) => column.name);

/** Items where any condition holds (column in values); names were checked against ARCHIVE_FIELDS. */
export type ArchiveWhere = readonly { readonly field: string; readonly values: readonly (string | number)[] }[];

export interface DemoArchiveStore extends ArchiveChanges {
  search(where: ArchiveWhere, fields: readonly string[], limit?: number): Promise<DemoRow[]>;
  close(): Promise<void>;
}

/** At most this many documents in one answer; a person with more is cut (the demo has none). */
export const ARCHIVE_MAX_ITEMS = 10_000;

function checkedName(name: string): string {
  if (!ARCHIVE_FIELDS.includes(name)) throw new TypeError(`not an archive field: ${name}`);
  return name;
}

export function demoArchiveStore(connection: DemoConnection): DemoArchiveStore {
  const changes = archiveChanges(connection, ARCHIVE_TABLE);
  return {
    update: changes.update,
    delete: changes.delete,
    search: (where, fields, limit = ARCHIVE_MAX_ITEMS) => {
      const columns = fields.map(checkedName).join(', ');
      const conditions = where
        .map((condition) => `${checkedName(condition.field)} IN (${condition.values.map(() => '?').join(', ')})`)
        .join(' OR ');
      return connection.query(
        `SELECT ${columns} FROM ${ARCHIVE_TABLE.name} WHERE ${conditions} ORDER BY document_id LIMIT ${Math.min(Math.max(1, Math.trunc(limit)), ARCHIVE_MAX_ITEMS)}`,
        where.flatMap((condition) => condition.values),
      );
    },
    close: () => connection.close(),
  };
}

export async function openDemoArchiveStore(target: DemoTarget): Promise<DemoArchiveStore> {
  return demoArchiveStore(await openDemoConnection(target));
}
