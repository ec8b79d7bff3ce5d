import type { ReadRequest } from '../connector.ts';
import { quoteIdentifier, type QuoteStyle } from './quote-identifier.ts';

export interface Statement {
  readonly sql: string;
  readonly parameters: readonly unknown[];
}

/** SELECT of the requested fields where one identity field matches any of the values. */
export function selectStatement(request: ReadRequest, style: QuoteStyle): Statement {
  if (request.fields.length === 0) throw new TypeError('a read names at least one field');
  if (request.where.values.length === 0) throw new TypeError('a read names at least one value');
  if (!Number.isInteger(request.limit) || request.limit < 1) throw new TypeError('limit must be a positive integer');
  const placeholder = (index: number) => (style === 'backtick' ? '?' : `$${index + 1}`);
  const columns = request.fields.map((field) => quoteIdentifier(field, style)).join(', ');
  const values = request.where.values.map((_, index) => placeholder(index)).join(', ');
  const sql = `select ${columns} from ${quoteIdentifier(request.location, style)}`
    + ` where ${quoteIdentifier(request.where.field, style)} in (${values}) limit ${request.limit}`;
  return { sql, parameters: request.where.values };
}
