// Numbers as PDF writes them: integers as they are, others rounded to two decimals (1/7200 inch
// is far finer than any print) with no exponent and no trailing zeros.

export function pdfNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}
