// PDF text strings (Info entries, /Alt, /T, /Lang, /Info of an output intent): printable ASCII as a
// literal string with \ ( ) escaped; anything else as UTF-16BE with a byte order mark, in hex, so
// that no byte of the string can end it or be read as PDFDocEncoding.

const printableAscii = /^[\x20-\x7e]*$/;

export function pdfTextString(text: string): string {
  if (printableAscii.test(text)) return `(${text.replace(/[\\()]/g, '\\$&')})`;
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  return `${hex}>`;
}
