// Validates the assembled catalog against its schema and turns each validation error into
// a problem worded for the person editing the YAML, located at the offending node.
import Value from 'typebox/value';
import type { TLocalizedValidationError } from 'typebox/error';
import type { CatalogPath, Locator } from './assemble-catalog.ts';
import type { CatalogProblem } from './catalog-problem.ts';
import { catalogYamlSchema } from './catalog-schema.ts';

const typeNames: Record<string, string> = {
  string: 'text', integer: 'a whole number', number: 'a number', boolean: 'true or false',
  array: 'a list', object: 'a mapping of keys',
};

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function toPath(pointer: string, root: unknown): CatalogPath {
  const path: (string | number)[] = [];
  let value = root;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    const key = Array.isArray(value) ? Number(segment) : segment;
    path.push(key);
    value = (value as Record<string | number, unknown> | undefined)?.[key];
  }
  return path;
}

function valueAt(root: unknown, path: CatalogPath): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], root);
}

function schemaAt(schemaPath: string): Record<string, unknown> | undefined {
  return schemaPath.split('/').slice(1)
    .reduce<unknown>((schema, key) => (schema as Record<string, unknown> | undefined)?.[key], catalogYamlSchema) as
    Record<string, unknown> | undefined;
}

function label(path: CatalogPath): string {
  const [parent, last] = path.slice(-2);
  if (last === undefined) return parent === undefined ? 'the catalog' : `\`${parent}\``;
  if (typeof last === 'number') return `item ${last + 1} of \`${String(parent)}\``;
  return `\`${last}\``;
}

function message(error: TLocalizedValidationError, path: CatalogPath, value: unknown): string {
  switch (error.keyword) {
    case 'type':
      return `${label(path)} must be ${typeNames[String(error.params.type)] ?? String(error.params.type)}, found ${describeValue(value)}`;
    case 'enum':
      return `${label(path)} must be one of ${error.params.allowedValues.join(', ')}; found ${describeValue(value)}`;
    case 'pattern': {
      const expected = schemaAt(error.schemaPath)?.description ?? `text matching ${error.params.pattern}`;
      return `${label(path)} must be ${String(expected)}; found ${describeValue(value)}`;
    }
    case 'minLength':
      return `${label(path)} must not be empty`;
    case 'minItems':
      return `${label(path)} must list at least ${error.params.limit} item${error.params.limit === 1 ? '' : 's'}`;
    case 'minimum':
      return `${label(path)} must be at least ${String(error.params.limit)}`;
    default:
      return `${label(path)} ${error.message}`;
  }
}

/** `{ sv: a, b }` reads as the keys `sv` and `b`: a key without a value is most likely such a comma. */
const commaHint = ' (inside { … } a comma ends the value: put text holding commas in quotes)';

function problemsFor(error: TLocalizedValidationError, raw: unknown, locate: Locator): CatalogProblem[] {
  const path = toPath(error.instancePath, raw);
  if (error.keyword === 'boolean') return [];
  if (error.keyword === 'required') {
    const where = path.length === 0 ? 'in any file of the catalog folder' : `in ${label(path)}`;
    return error.params.requiredProperties.map((key) => ({ ...locate(path), message: `missing key \`${key}\` ${where}` }));
  }
  if (error.keyword === 'additionalProperties') {
    return error.params.additionalProperties.map((key) => ({
      ...locate([...path, key], 'key'),
      message: `unknown key \`${key}\` in ${label(path)}${valueAt(raw, [...path, key]) === null ? commaHint : ''}`,
    }));
  }
  return [{ ...locate(path), message: message(error, path, valueAt(raw, path)) }];
}

/** Every way the assembled catalog differs from the schema, as located problems. */
export function schemaProblems(raw: unknown, locate: Locator): CatalogProblem[] {
  return [...Value.Errors(catalogYamlSchema, raw)].flatMap((error) => problemsFor(error, raw, locate));
}
