// Changing one record of the demo archive, optimistically and without a transaction (the
// connection may be shared with other users of an embedded PGlite): the rows with the key are
// read as text and decide; the write is then one statement that applies only while exactly one
// row has the key and it still holds the values decided on. When it does not apply, the rows are
// read again and decide anew. PostgreSQL dialect: the archive's rows live in the PostgreSQL role.
import type { DemoConnection, DemoRow } from './demo-connection.ts';
import type { DemoTable } from './demo-tables.ts';

export type ArchiveKey = Readonly<Record<string, string>>;
export type ArchiveValues = Readonly<Record<string, string | null>>;
export type ArchiveConflict = { readonly conflict: 'gone' | 'duplicate' | 'changed' };
export type ArchiveUpdateResult = 'updated' | 'already-applied' | ArchiveConflict;
export type ArchiveDeleteResult = 'deleted' | 'already-gone' | ArchiveConflict;

export interface ArchiveChanges {
  update(key: ArchiveKey, set: ArchiveValues, expect: ArchiveValues): Promise<ArchiveUpdateResult>;
  delete(key: ArchiveKey): Promise<ArchiveDeleteResult>;
}

/** Reads and writes that lose a race this often in a row give up (the caller answers 503: try again). */
const ATTEMPTS = 3;

interface Condition {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

const holds = (row: DemoRow, values: ArchiveValues) => Object.entries(values).every(([name, value]) => row[name] === value);

export function archiveChanges(connection: DemoConnection, table: DemoTable): ArchiveChanges {
  const column = (name: string): string => {
    if (!table.columns.some((candidate) => candidate.name === name)) throw new TypeError(`not a column of ${table.name}: ${name}`);
    return name;
  };
  const query = (sql: string, parameters: readonly unknown[]): Promise<DemoRow[]> => {
    if (connection.dialect !== 'postgres') throw new TypeError('the demo archive changes records in PostgreSQL only');
    return connection.query(sql, parameters);
  };
  const keyed = (key: ArchiveKey): Condition => ({
    sql: Object.keys(key).map((name) => `${column(name)} = ?`).join(' AND '),
    parameters: Object.values(key),
  });
  /** The key's record, one row and no other: compare-and-set needs this beside its own conditions. */
  const onlyOne = (key: ArchiveKey): Condition => {
    const { sql, parameters } = keyed(key);
    return { sql: `${sql} AND (SELECT count(*) FROM ${table.name} WHERE ${sql}) = 1`, parameters: [...parameters, ...parameters] };
  };
  /** At most two rows with the key (two already mean a duplicate), the named fields as text. */
  const rowsOf = (key: ArchiveKey, names: readonly string[]): Promise<DemoRow[]> => {
    const { sql, parameters } = keyed(key);
    const fields = [...new Set([...Object.keys(key), ...names])].map((name) => `CAST(${column(name)} AS text) AS ${name}`);
    return query(`SELECT ${fields.join(', ')} FROM ${table.name} WHERE ${sql} LIMIT 2`, parameters);
  };

  const decideUpdate = (rows: readonly DemoRow[], set: ArchiveValues, expect: ArchiveValues): 'write' | ArchiveUpdateResult => {
    const [row] = rows;
    if (!row) return { conflict: 'gone' };
    if (rows.length > 1) return { conflict: 'duplicate' };
    if (holds(row, expect)) return 'write';
    return holds(row, set) ? 'already-applied' : { conflict: 'changed' };
  };
  const writeUpdate = async (key: ArchiveKey, set: ArchiveValues, expect: ArchiveValues): Promise<boolean> => {
    const only = onlyOne(key);
    const held = Object.entries(expect).map(([name, value]) => (value === null ? `${column(name)} IS NULL` : `CAST(${column(name)} AS text) = ?`));
    const sql = `UPDATE ${table.name} SET ${Object.keys(set).map((name) => `${column(name)} = ?`).join(', ')} `
      + `WHERE ${[only.sql, ...held].join(' AND ')} RETURNING 1 AS applied`;
    const heldValues = Object.values(expect).filter((value) => value !== null);
    return (await query(sql, [...Object.values(set), ...only.parameters, ...heldValues])).length === 1;
  };

  return {
    update: async (key, set, expect) => {
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const verdict = decideUpdate(await rowsOf(key, [...Object.keys(set), ...Object.keys(expect)]), set, expect);
        if (verdict !== 'write') return verdict;
        if (await writeUpdate(key, set, expect)) return 'updated';
      }
      throw new Error('the record kept changing');
    },
    delete: async (key) => {
      for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        const rows = await rowsOf(key, []);
        if (rows.length === 0) return 'already-gone';
        if (rows.length > 1) return { conflict: 'duplicate' };
        const only = onlyOne(key);
        if ((await query(`DELETE FROM ${table.name} WHERE ${only.sql} RETURNING 1 AS applied`, only.parameters)).length === 1) return 'deleted';
      }
      throw new Error('the record kept changing');
    },
  };
}
