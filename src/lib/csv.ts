// CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field quoted when it holds the
// separator, a quote, CR or LF, and quotes inside doubled. A semicolon may replace the comma:
// spreadsheet programs in locales whose decimal mark is a comma (Swedish Excel) expect it.

export interface CsvOptions {
  /** ',' (RFC 4180, the default) or ';'. */
  readonly separator?: ',' | ';';
}

function csvField(value: string, separator: string): string {
  return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV document from rows of fields; the first row is usually the header. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ',';
  return rows.map((row) => row.map((field) => csvField(field, separator)).join(separator)).join('\r\n') + '\r\n';
}
