// The case number (diarienummer) a request gets at intake: the agency's prefix, the year and a
// running number within the year, as Swedish agencies write them ("DSR 2026/000123").

const CASE_NUMBER = /^([A-ZÅÄÖ]{1,8}) (\d{4})\/(\d{6,})$/u;

export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  if (!/^[A-ZÅÄÖ]{1,8}$/u.test(prefix)) throw new TypeError('the case-number prefix is 1–8 capital letters');
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new TypeError('the sequence is a positive whole number');
  return `${prefix} ${year}/${String(sequence).padStart(6, '0')}`;
}

/** The parts of a case number, or undefined when the text is not one. */
export function parseCaseNumber(text: string): { prefix: string; year: number; sequence: number } | undefined {
  const match = CASE_NUMBER.exec(text.trim());
  if (!match) return undefined;
  return { prefix: match[1]!, year: Number(match[2]), sequence: Number(match[3]) };
}
