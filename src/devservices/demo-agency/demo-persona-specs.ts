// The well-known demo persons: the first indices of every demo population, with fixed birth
// dates and forced traits, so that even a small seed holds one of each kind and tests (and
// later issues) can name them. Their birth numbers 900-912 lie outside the range ordinary
// demo persons use (1-899), so their numbers never collide.

import type { IdentityNumberKind } from '../../domain/personnummer.ts';

export type ProtectionLevel = 'ingen' | 'sekretessmarkering' | 'skyddad-folkbokforing' | 'fingerade-personuppgifter';

export type PersonaRole =
  | 'ordinaryAdult' | 'sekretessmarkering' | 'skyddadFolkbokforing' | 'fingeradePersonuppgifter'
  | 'samordningsnummer' | 'guardian' | 'child' | 'doctor' | 'employerContact' | 'heavy'
  | 'namesThirdParty' | 'draftAndNote' | 'centenarian';

export interface PersonaSpec {
  readonly role: PersonaRole;
  readonly birthDate: string;
  readonly kind?: IdentityNumberKind;
  readonly protection?: ProtectionLevel;
  readonly doctor?: boolean;
  readonly employerContact?: boolean;
  readonly heavy?: boolean;
}

/** Index in the population = position in this list. */
export const personaSpecs: readonly PersonaSpec[] = [
  { role: 'ordinaryAdult', birthDate: '1984-03-12' },
  { role: 'sekretessmarkering', birthDate: '1979-08-23', protection: 'sekretessmarkering' },
  { role: 'skyddadFolkbokforing', birthDate: '1991-11-05', protection: 'skyddad-folkbokforing' },
  { role: 'fingeradePersonuppgifter', birthDate: '1988-02-17', protection: 'fingerade-personuppgifter' },
  { role: 'samordningsnummer', birthDate: '1995-07-09', kind: 'samordningsnummer' },
  { role: 'guardian', birthDate: '1986-05-30' },
  { role: 'child', birthDate: '2012-09-14' },
  { role: 'doctor', birthDate: '1972-01-25', doctor: true },
  { role: 'employerContact', birthDate: '1969-10-03', employerContact: true },
  { role: 'heavy', birthDate: '1958-06-21', heavy: true },
  { role: 'namesThirdParty', birthDate: '1990-04-02' },
  { role: 'draftAndNote', birthDate: '1976-12-08' },
  { role: 'centenarian', birthDate: '1924-02-29' },
];

export const PERSONA_COUNT = personaSpecs.length;
export const PERSONA_BIRTH_NUMBER_BASE = 900;

export function personaIndex(role: PersonaRole): number {
  return personaSpecs.findIndex((spec) => spec.role === role);
}
