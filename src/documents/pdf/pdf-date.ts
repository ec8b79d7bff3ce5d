// One instant written twice: as a PDF date for the Info dictionary and as an XMP date for the
// metadata stream. PDF/A requires the two to agree, so both come from the same UTC fields.

export interface PdfDate {
  /** D:YYYYMMDDHHmmSS+00'00' */
  readonly info: string;
  /** YYYY-MM-DDTHH:mm:ss+00:00 */
  readonly xmp: string;
}

export function pdfDate(iso: string): PdfDate {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new TypeError('createdAt is not an ISO timestamp');
  const two = (n: number) => String(n).padStart(2, '0');
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const [month, day] = [two(date.getUTCMonth() + 1), two(date.getUTCDate())];
  const [hours, minutes, seconds] = [two(date.getUTCHours()), two(date.getUTCMinutes()), two(date.getUTCSeconds())];
  return {
    info: `D:${year}${month}${day}${hours}${minutes}${seconds}+00'00'`,
    xmp: `${year}-${month}-${day}T${hours}:${minutes}:${seconds}+00:00`,
  };
}
