// Identifier quoting for the SQL connectors. Every table and column name that reaches a
// query is quoted, so a catalog can never inject SQL through a name.

export type QuoteStyle = 'double-quote' | 'backtick';

function quotePart(part: string, style: QuoteStyle): string {
  if (part.length === 0 || part.includes('\u0000')) throw new TypeError('empty or NUL identifier');
  return style === 'backtick' ? `\`${part.replaceAll('`', '``')}\`` : `"${part.replaceAll('"', '""')}"`;
}

/** Quotes `name` or `schema.name`. */
export function quoteIdentifier(name: string, style: QuoteStyle): string {
  const parts = name.split('.');
  if (parts.length > 2) throw new TypeError(`identifier has too many parts: ${name}`);
  return parts.map((part) => quotePart(part, style)).join('.');
}
