// The case number (diarienummer) a request gets at intake: the agency's prefix, the year and a
// running number within the year, as Swedish agencies write them ("DSR 2026/000123").

export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  if (!/^[A-ZÅÄÖ]{1,8}$/u.test(prefix)) throw new TypeError('the case-number prefix is 1–8 capital letters');
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new TypeError('the sequence is a positive whole number');
  return `${prefix} ${year}/${String(sequence).padStart(6, '0')}`;
}
