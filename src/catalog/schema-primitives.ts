// The small schemas the catalog's YAML schemas are built from. A `description` on a schema
// with a pattern is what a problem message says was expected.
import Type from 'typebox';

/** Objects in the catalog accept only the keys their schema names. */
export const closed = { additionalProperties: false } as const;

export const idSchema = Type.String({
  pattern: '^[a-z][a-z0-9_-]*$',
  description: 'an id (lower-case letters, digits, "-" and "_", starting with a letter)',
});

export const fieldNameSchema = Type.String({
  pattern: '^[A-Za-z_][A-Za-z0-9_-]*$',
  description: 'a field name (letters, digits, "_" and "-", no dots)',
});

export const textSchema = Type.String({ minLength: 1 });

export const localizedSchema = Type.Object({ sv: textSchema, en: textSchema }, closed);
