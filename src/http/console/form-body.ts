// A posted form as FormValues (every field kept as posted, to show again), without the CSRF token.
import { CSRF_FIELD } from '../plugins/web-session.ts';
import type { FormValues } from '../views/console/form-values.ts';

export function formValues(body: unknown): FormValues {
  if (typeof body !== 'object' || body === null) return {};
  const values: Record<string, string | readonly string[]> = {};
  for (const [name, value] of Object.entries(body as Record<string, unknown>)) {
    if (name === CSRF_FIELD) continue;
    if (typeof value === 'string') values[name] = value.replace(/\r\n/g, '\n');
    else if (Array.isArray(value)) values[name] = value.filter((item): item is string => typeof item === 'string');
  }
  return values;
}
