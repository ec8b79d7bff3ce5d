// Deciding a change from the rows its key locked (issue 6). The database found the rows with its
// own `=`, which can be looser than the key (MariaDB's usual collations ignore case; citext too),
// so every row is checked again here, as text: a record changes only when exactly one row matches
// and it is the key's own. Values are compared as a read gives them, so what a read showed is
// what a change expects. Conflict reasons name fields, never values.
import type { DeleteRequest, Row, UpdateRequest } from '../connector.ts';

export type Conflict = { readonly conflict: string };
/** `write`: run the UPDATE; otherwise the outcome, or a conflict that changes nothing. */
export type UpdateVerdict = 'write' | 'already-applied' | Conflict;
/** `write`: run the DELETE; otherwise the outcome, or a conflict that deletes nothing. */
export type DeleteVerdict = 'write' | 'already-gone' | Conflict;

/** A value as text the way a read shows it; undefined when it has no plain text form (bytes, JSON), which matches nothing. */
function textOf(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * Whether a stored value holds the expected text: null equals only null; otherwise the texts are
 * equal, case and all, trailing whitespace aside (char(n) columns pad with spaces, and the access
 * layer reads values with trailing whitespace trimmed).
 */
export function holdsText(value: unknown, expected: string | null): boolean {
  const text = textOf(value);
  if (text === undefined) return false;
  if (text === null || expected === null) return text === expected;
  return text.trimEnd() === expected.trimEnd();
}

function differing(row: Row, values: Readonly<Record<string, string | null>>): string[] {
  return Object.entries(values).filter(([field, expected]) => !holdsText(row[field], expected)).map(([field]) => field);
}

/** The one row of the record, or why there is none. */
function theRecord(rows: readonly Row[], key: Readonly<Record<string, string>>): { readonly row: Row } | Conflict {
  if (rows.length > 1) return { conflict: `the key matches ${rows.length} records (it is not unique in the source)` };
  const [row] = rows;
  if (!row) return { conflict: 'no record has the key (it is gone)' };
  const loose = differing(row, key);
  if (loose.length > 0) return { conflict: `the one record found differs from the key in ${loose.join(', ')} (case or type)` };
  return { row };
}

export function updateVerdict(rows: readonly Row[], request: UpdateRequest): UpdateVerdict {
  const record = theRecord(rows, request.key);
  if ('conflict' in record) return record;
  const changed = differing(record.row, request.expect);
  if (changed.length === 0) return 'write';
  if (differing(record.row, request.set).length === 0) return 'already-applied';
  return { conflict: `the record changed since it was read (${changed.join(', ')})` };
}

/** No row: already gone. One row that is the key's own: delete. A loose match or several: conflict. */
export function deleteVerdict(rows: readonly Row[], request: DeleteRequest): DeleteVerdict {
  if (rows.length === 0) return 'already-gone';
  const record = theRecord(rows, request.key);
  return 'conflict' in record ? record : 'write';
}
