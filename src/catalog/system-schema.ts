// The YAML shape of one logical system (catalog/systems/<id>.yaml) with its datasets and
// fields. `qualifiedId` and `system` of a dataset are derived by the loader, not written.
import Type, { type Static } from 'typebox';
import { closed, fieldNameSchema as fieldName, idSchema as id, localizedSchema as localized, textSchema as text } from './schema-primitives.ts';
import type { EngineKind, ErasureGround, FieldMeaning, IdentityForm, RetentionStart, SecrecyClass } from './catalog-types.ts';

const engines = ['postgresql', 'mariadb', 'http'] as const satisfies readonly EngineKind[];
const identityForms = ['pnr12', 'pnr12-dash', 'pnr10', 'pnr10-dash'] as const satisfies readonly IdentityForm[];
const retentionStarts = ['collected', 'case-closed', 'payment-made', 'contact-made', 'death', 'superseded'] as const satisfies readonly RetentionStart[];
const erasureGrounds = ['legal-obligation', 'public-task', 'official-authority', 'archiving'] as const satisfies readonly ErasureGround[];
const secrecyClasses = ['none', 'third-party', 'protected-address', 'draft-or-note', 'child-against-guardian'] as const satisfies readonly SecrecyClass[];

const meanings = [
  'disclosure-recipient', 'disclosure-date', 'disclosure-legal-basis', 'disclosure-categories', 'disclosure-channel',
  'disclosure-inquiry', 'automated-decision', 'protection', 'given-name', 'family-name', 'record-date',
  'street-address', 'postal-code', 'postal-city',
] as const satisfies readonly FieldMeaning[];

const fieldSchema = Type.Object({
  name: fieldName,
  description: localized,
  category: id,
  secrecy: Type.Optional(Type.Enum(secrecyClasses)),
  changeable: Type.Optional(Type.Boolean()),
  meaning: Type.Optional(Type.Enum(meanings)),
  about: Type.Optional(fieldName),
}, closed);

const retentionSchema = Type.Object({
  period: text,
  from: Type.Enum(retentionStarts),
  disposal: Type.Enum(['gallras', 'arkiveras'] as const),
  source: text,
}, closed);

/**
 * `ground` and `reference` are required for `retained`, `fields` for the method `anonymise`; the
 * graph check says so at its line.
 */
const erasureSchema = Type.Object({
  rule: Type.Enum(['erasable', 'retained'] as const),
  ground: Type.Optional(Type.Enum(erasureGrounds)),
  reference: Type.Optional(text),
  method: Type.Optional(Type.Enum(['delete', 'anonymise'] as const)),
  fields: Type.Optional(Type.Array(fieldName, { minItems: 1 })),
  values: Type.Optional(Type.Record(Type.String(), text)),
}, closed);

const restrictionSchema = Type.Object({
  field: fieldName,
  value: text,
  clearedValue: Type.Optional(text),
}, closed);

const datasetSchema = Type.Object({
  id,
  name: localized,
  location: text,
  personalData: Type.Boolean(),
  purposes: Type.Array(id),
  primaryKey: Type.Array(fieldName, { minItems: 1 }),
  identityFields: Type.Optional(Type.Array(Type.Object({
    field: fieldName,
    subjectCategory: id,
    form: Type.Enum(identityForms),
  }, closed))),
  references: Type.Optional(Type.Array(Type.Object({
    field: fieldName,
    to: Type.String({ pattern: '^[^.\\s]+\\.[^.\\s]+\\.[^.\\s]+$', description: 'a field reference (system.dataset.field)' }),
  }, closed))),
  fields: Type.Array(fieldSchema, { minItems: 1 }),
  source: localized,
  retention: retentionSchema,
  erasure: erasureSchema,
  restriction: Type.Optional(restrictionSchema),
  secrecy: Type.Enum(secrecyClasses),
  recipients: Type.Optional(Type.Array(id)),
}, closed);

export const systemSchema = Type.Object({
  id,
  name: localized,
  engine: Type.Enum(engines),
  description: localized,
  datasets: Type.Array(datasetSchema, { minItems: 1 }),
}, closed);

export type SystemYaml = Static<typeof systemSchema>;
export type DatasetYaml = SystemYaml['datasets'][number];
