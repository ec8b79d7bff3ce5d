// CSV as RFC 4180 has it: comma-separated, CRLF line ends, a field quoted when it holds a
// comma, quote, CR or LF, and quotes inside doubled.

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV document from rows of fields; the first row is usually the header. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
