// Where a login returns to: a path on this site only. `/x` is local; `//host`, `/\host`, a
// scheme, backslashes and control characters are not (browsers read them as other sites).
import { InsynError } from '../../domain/error-catalogue.ts';

const MAX_LENGTH = 2048;

/** Control characters, spaces and DEL: browsers strip or reinterpret them in a Location. */
function unsafe(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x21 || code === 0x7f || /\s/u.test(character);
}

export function isLocalPath(value: string): boolean {
  return value.length <= MAX_LENGTH && value.startsWith('/') && !value.startsWith('//')
    && !value.includes('\\') && ![...value].some(unsafe);
}

/** The return path, or `fallback` when none was given; VALIDATION_FAILED when it leads elsewhere. */
export function localReturnPath(value: unknown, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string' || !isLocalPath(value)) throw new InsynError('VALIDATION_FAILED', 'the return path must be a path on this site');
  return value;
}
