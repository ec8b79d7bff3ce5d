// Statements for changing one record by its key (issue 6): a locking SELECT of every row the key
// matches, then an UPDATE or DELETE by the same key, run in one transaction by sql-connector.ts.
// Identifiers are quoted, values are parameters; the key need not be a primary-key constraint.
import type { DeleteRequest, RecordKey, UpdateRequest } from '../connector.ts';
import { quoteIdentifier, type QuoteStyle } from './quote-identifier.ts';
import type { Statement } from './select-statement.ts';

export interface LockStatement extends Statement {
  /** The fields selected, in order: a row's column `c<i>` holds `fields[i]` (aliases sidestep any naming quirk). */
  readonly fields: readonly string[];
}

export interface ChangePlan {
  /** `select … where <key> for update`: locks and reads every row the key matches. */
  readonly lock: LockStatement;
  /** The UPDATE or DELETE of the rows the key matches (the caller checks it touched exactly one). */
  readonly write: Statement;
}

/** A field name is one non-empty identifier: `a.b` would quote as a qualified name, not as the column `a.b`. */
function checkField(name: string, what: string): void {
  if (name.length === 0 || name.includes('.')) throw new TypeError(`${what}: a field name is one non-empty identifier`);
}

function checkValues(values: Readonly<Record<string, unknown>>, what: string, nullable: boolean): string[] {
  if (typeof values !== 'object' || values === null) throw new TypeError(`${what} must be an object of field values`);
  const fields = Object.keys(values);
  for (const field of fields) {
    checkField(field, what);
    const value = values[field];
    if (typeof value !== 'string' && !(nullable && value === null)) {
      throw new TypeError(`${what}.${field} must be text${nullable ? ' or null' : ''}`);
    }
  }
  return fields;
}

function checkKey(key: RecordKey): string[] {
  const fields = checkValues(key, 'key', false);
  if (fields.length === 0) throw new TypeError('a record is named by at least one key field');
  return fields;
}

interface Parameters {
  readonly values: (string | null)[];
  /** Adds a value; returns its placeholder. */
  add(value: string | null): string;
}

function parametersFor(style: QuoteStyle): Parameters {
  const values: (string | null)[] = [];
  return {
    values,
    add: (value) => {
      values.push(value);
      return style === 'backtick' ? '?' : `$${values.length}`;
    },
  };
}

function keyCondition(key: RecordKey, fields: readonly string[], style: QuoteStyle, parameters: Parameters): string {
  return fields.map((field) => `${quoteIdentifier(field, style)} = ${parameters.add(key[field]!)}`).join(' and ');
}

function lockStatement(
  location: string, key: RecordKey, keyFields: readonly string[], fields: readonly string[], style: QuoteStyle,
): LockStatement {
  const parameters = parametersFor(style);
  const columns = fields.map((field, index) => `${quoteIdentifier(field, style)} as ${quoteIdentifier(`c${index}`, style)}`).join(', ');
  const condition = keyCondition(key, keyFields, style, parameters);
  const sql = `select ${columns} from ${quoteIdentifier(location, style)} where ${condition} for update`;
  return { sql, parameters: parameters.values, fields };
}

/** Lock the record's rows (key, expected and new fields), then set the new values by the same key. */
export function updatePlan(request: UpdateRequest, style: QuoteStyle): ChangePlan {
  const keyFields = checkKey(request.key);
  const setFields = checkValues(request.set, 'set', true);
  const expectFields = checkValues(request.expect, 'expect', true);
  if (setFields.length === 0) throw new TypeError('an update sets at least one field');
  const fields = [...new Set([...keyFields, ...expectFields, ...setFields])];
  const lock = lockStatement(request.location, request.key, keyFields, fields, style);
  const parameters = parametersFor(style);
  const assignments = setFields.map((field) => `${quoteIdentifier(field, style)} = ${parameters.add(request.set[field]!)}`).join(', ');
  const condition = keyCondition(request.key, keyFields, style, parameters);
  const sql = `update ${quoteIdentifier(request.location, style)} set ${assignments} where ${condition}`;
  return { lock, write: { sql, parameters: parameters.values } };
}

/** Lock the record's rows (key fields), then delete by the same key. */
export function deletePlan(request: DeleteRequest, style: QuoteStyle): ChangePlan {
  const keyFields = checkKey(request.key);
  const lock = lockStatement(request.location, request.key, keyFields, keyFields, style);
  const parameters = parametersFor(style);
  const condition = keyCondition(request.key, keyFields, style, parameters);
  const sql = `delete from ${quoteIdentifier(request.location, style)} where ${condition}`;
  return { lock, write: { sql, parameters: parameters.values } };
}
