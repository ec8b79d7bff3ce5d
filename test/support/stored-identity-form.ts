// The forms in which a source system stores an identity number, written from the 12 digits by
// hand for tests that check the production formatter's work (so they must not reuse it):
// pnr12 199001011234, pnr12-dash 19900101-1234, pnr10 9001011234, pnr10-dash 900101-1234, with
// '+' instead of '-' from the year the person turns 100 (18 § folkbokföringslagen).

export type StoredForm = 'pnr12' | 'pnr12-dash' | 'pnr10' | 'pnr10-dash';

export const STORED_FORMS: readonly StoredForm[] = ['pnr12', 'pnr12-dash', 'pnr10', 'pnr10-dash'];

/** True when the person of `digits` (12 digits) turns 100 in `today`'s year or has done so before (UTC). */
function hasTurnedHundred(digits: string, today: Date): boolean {
  return Number(digits.slice(0, 4)) + 100 <= today.getUTCFullYear();
}

export function storedIdentityForm(digits: string, form: StoredForm, today: Date = new Date()): string {
  if (!/^\d{12}$/.test(digits)) throw new TypeError('expected 12 digits');
  switch (form) {
    case 'pnr12': return digits;
    case 'pnr12-dash': return `${digits.slice(0, 8)}-${digits.slice(8)}`;
    case 'pnr10': return digits.slice(2);
    case 'pnr10-dash': return `${digits.slice(2, 8)}${hasTurnedHundred(digits, today) ? '+' : '-'}${digits.slice(8)}`;
  }
}
