// Rows as tab-separated text: the format both PostgreSQL's COPY … FROM STDIN (text format)
// and MariaDB's LOAD DATA (default options) read. NULL is \N; backslash, tab, newline and
// carriage return are escaped.

import type { DemoValue } from './demo-row-sink.ts';

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function tsvField(value: DemoValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (char) => ESCAPES[char] as string) : value;
}

/**
 * One line without its newline, built flat (a joined array, not a rope of concatenations):
 * lines live for a whole chunk. tsvText joins lines into loadable text.
 */
export function tsvLine(values: readonly DemoValue[]): string {
  const fields = new Array<string>(values.length);
  for (let index = 0; index < values.length; index += 1) fields[index] = tsvField(values[index] ?? null);
  return fields.join('\t');
}

export function tsvText(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
