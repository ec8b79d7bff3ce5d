// The protection levels of the population register (R28), one value each and not one boolean:
// sekretessmarkering and skyddad folkbokföring (Skatteverket decides both) and fingerade
// personuppgifter (the Police decide; such a person looks like anyone else in the register).
// One reading of the register's values for every use: intake and secrecy screening take any
// level as a reason for caution; delivery sends through Skatteverket only for the first two.

/** The protection levels of the population register, one value each (not one boolean). */
export type ProtectionLevel = 'none' | 'sekretessmarkering' | 'skyddad-folkbokforing' | 'fingerade-personuppgifter';

const PROTECTION_VALUES: ReadonlyMap<string, ProtectionLevel> = new Map([
  ['', 'none'], ['ingen', 'none'], ['none', 'none'],
  ['sekretessmarkering', 'sekretessmarkering'], ['sekretessmarkerad', 'sekretessmarkering'],
  ['skyddad-folkbokforing', 'skyddad-folkbokforing'], ['skyddad folkbokföring', 'skyddad-folkbokforing'],
  ['skyddad-folkbokföring', 'skyddad-folkbokforing'], ['kvarskriven', 'skyddad-folkbokforing'],
  ['fingerade-personuppgifter', 'fingerade-personuppgifter'], ['fingerade personuppgifter', 'fingerade-personuppgifter'],
]);

/** A register's value as a level; an unknown value counts as skyddad folkbokföring (fail closed). */
export function protectionLevel(value: unknown): ProtectionLevel {
  const text = value === null || value === undefined ? '' : String(value).trim().toLowerCase();
  return PROTECTION_VALUES.get(text) ?? 'skyddad-folkbokforing';
}

/** Any protection at all: cases open only with the skyddad-identitet authorisation, protected-address fields wait for review. */
export function isProtected(level: ProtectionLevel): boolean {
  return level !== 'none';
}

/** Whether post must go through Skatteverket's forwarding and the address never be used. */
export function needsForwarding(level: ProtectionLevel): boolean {
  return level === 'sekretessmarkering' || level === 'skyddad-folkbokforing';
}
