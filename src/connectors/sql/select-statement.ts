import type { ReadRequest } from '../connector.ts';
import { quoteIdentifier, type QuoteStyle } from './quote-identifier.ts';

export interface Statement {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/** SELECT of the requested fields where any condition holds: `a in (…) or b in (…)`. */
export function selectStatement(request: ReadRequest, style: QuoteStyle): Statement {
  if (request.fields.length === 0) throw new TypeError('a read names at least one field');
  if (request.where.length === 0 || request.where.some((condition) => condition.values.length === 0)) {
    throw new TypeError('a read names at least one condition, each with at least one value');
  }
  if (!Number.isInteger(request.limit) || request.limit < 1) throw new TypeError('limit must be a positive integer');
  const parameters: string[] = [];
  const placeholder = (value: string) => {
    parameters.push(value);
    return style === 'backtick' ? '?' : `$${parameters.length}`;
  };
  const columns = request.fields.map((field) => quoteIdentifier(field, style)).join(', ');
  const conditions = request.where
    .map((condition) => `${quoteIdentifier(condition.field, style)} in (${condition.values.map(placeholder).join(', ')})`)
    .join(' or ');
  const sql = `select ${columns} from ${quoteIdentifier(request.location, style)} where ${conditions} limit ${request.limit}`;
  return { sql, parameters };
}
