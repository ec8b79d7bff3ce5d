// What a posted form held, kept to show it again with its errors: a field is one value or, for
// checkboxes and repeated names, several.
import type { FieldError } from './form-errors.ts';

export type FormValues = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The field's value (the first one if repeated), trimmed of nothing; '' when absent. */
export function valueOf(values: FormValues | undefined, name: string): string {
  const value = values?.[name];
  if (typeof value === 'string') return value;
  return value?.[0] ?? '';
}

/** Every value of a repeated field (checkboxes); [] when absent. */
export function valuesOf(values: FormValues | undefined, name: string): readonly string[] {
  const value = values?.[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : value;
}

/** A request-page form that was posted and refused: shown again with its values and errors. */
export interface FailedForm<Action extends string = string> {
  readonly action: Action;
  readonly values: FormValues;
  readonly errors: readonly FieldError[];
}
