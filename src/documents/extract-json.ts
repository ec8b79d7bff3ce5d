// The machine-readable copy of the register extract (Art. 15(3): "in a commonly used
// electronic form"): the model as JSON, keys in the order the published schema lists them
// (maps such as a record's values in alphabetical order), two-space indent, newline at the end.
// The same model gives the same bytes. Keys the schema does not know are kept, after the known
// ones, so that validating against the schema exposes them instead of silently dropping data.
import { extractJsonSchema } from './extract-json-schema.ts';
import type { ExtractModel } from './extract-model.ts';

interface SchemaNode {
  readonly $ref?: string;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
}

const root: SchemaNode = extractJsonSchema;
const definitions = extractJsonSchema.$defs as Readonly<Record<string, SchemaNode>>;

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node?.$ref) return node;
  return definitions[node.$ref.replace('#/$defs/', '')];
}

function orderObject(value: Readonly<Record<string, unknown>>, node: SchemaNode | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const known = node?.properties ?? {};
  for (const key of Object.keys(known)) {
    if (value[key] !== undefined) out[key] = ordered(value[key], known[key]);
  }
  const rest = typeof node?.additionalProperties === 'object' ? node.additionalProperties : undefined;
  for (const key of Object.keys(value).filter((name) => !Object.hasOwn(known, name)).sort()) {
    if (value[key] !== undefined) out[key] = ordered(value[key], rest);
  }
  return out;
}

function ordered(value: unknown, schemaNode: SchemaNode | undefined): unknown {
  const node = resolve(schemaNode);
  if (Array.isArray(value)) return value.map((entry: unknown) => ordered(entry, resolve(node?.items)));
  if (value !== null && typeof value === 'object') return orderObject(value as Record<string, unknown>, node);
  return value;
}

/** The extract as JSON text in a stable key order, valid against `extractJsonSchema`. */
export function extractJson(model: ExtractModel): string {
  return `${JSON.stringify(ordered(model, root), null, 2)}\n`;
}
