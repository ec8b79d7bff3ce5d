// The YAML shape of the data map as TypeBox schemas. The loader validates the files against
// them and reports every mismatch at its line; docs/catalog.md explains each key in words.
import Type, { type Static } from 'typebox';
import { RESTRICTION_GROUNDS } from '../domain/restriction.ts';
import { systemSchema } from './system-schema.ts';
import { closed, idSchema, localizedSchema, textSchema } from './schema-primitives.ts';
import type { AccessibilityStatus, Article6Basis } from './catalog-types.ts';

const contactSchema = Type.Object({
  name: localizedSchema,
  phone: Type.Optional(textSchema),
  email: Type.Optional(textSchema),
  postalAddress: Type.Optional(textSchema),
  url: Type.Optional(textSchema),
}, closed);

const controllerSchema = Type.Object({
  name: localizedSchema,
  organisationNumber: Type.String({ pattern: '^\\d{6}-?\\d{4}$', description: 'an organisation number (NNNNNN-NNNN)' }),
  contact: contactSchema,
  dpo: contactSchema,
  supervisoryAuthority: contactSchema,
  lastUpdated: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date (YYYY-MM-DD)' }),
  relatedLinks: Type.Array(Type.Object({ title: localizedSchema, url: textSchema }, closed)),
}, closed);

const article6 = ['a', 'b', 'c', 'd', 'e', 'f'] as const satisfies readonly Article6Basis[];
const article9 = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;

const purposeSchema = Type.Object({
  id: idSchema,
  name: localizedSchema,
  description: localizedSchema,
  legalBasis: Type.Object({
    article6: Type.Enum(article6),
    article9: Type.Optional(Type.Enum(article9)),
    national: textSchema,
  }, closed),
  public: Type.Boolean(),
  whileRestricted: Type.Optional(Type.Enum(RESTRICTION_GROUNDS)),
}, closed);

const subjectCategorySchema = Type.Object({ id: idSchema, name: localizedSchema }, closed);
const dataCategorySchema = Type.Object({ id: idSchema, name: localizedSchema, special: Type.Boolean() }, closed);

const recipientSchema = Type.Object({
  id: idSchema,
  name: localizedSchema,
  legalBasis: textSchema,
  categories: Type.Array(idSchema),
}, closed);

const automatedDecisionSchema = Type.Object({
  id: idSchema,
  name: localizedSchema,
  logic: localizedSchema,
  significance: localizedSchema,
  ruleSetVersion: textSchema,
}, closed);

const cookieCategorySchema = Type.Object({
  id: idSchema,
  name: localizedSchema,
  description: localizedSchema,
  necessary: Type.Optional(Type.Boolean()),
}, closed);

const cookieSchema = Type.Object({
  name: Type.String({ pattern: "^[A-Za-z0-9!#$%&'*+.^_`|~-]+$", description: 'a cookie name (a token of RFC 6265: no spaces or separators)' }),
  provider: textSchema,
  category: idSchema,
  purpose: localizedSchema,
  lifetime: textSchema,
}, closed);

const accessibilityItemSchema = Type.Object({ content: localizedSchema, reason: localizedSchema }, closed);
const dateSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'a date (YYYY-MM-DD)' });

/** The accessibility statement (tillgänglighetsredogörelse) lag (2018:1937) requires; see AccessibilityStatement. */
const accessibilitySchema = Type.Object({
  service: localizedSchema,
  status: Type.Enum(['full', 'partial', 'none'] as const satisfies readonly AccessibilityStatus[]),
  assessed: dateSchema,
  lastUpdated: dateSchema,
  method: localizedSchema,
  nonCompliant: Type.Array(accessibilityItemSchema),
  disproportionateBurden: Type.Array(accessibilityItemSchema),
  outsideScope: Type.Array(accessibilityItemSchema),
}, closed);

/** Every top-level key, wherever in the folder it is written; `systems` collects the `system` keys. */
export const catalogYamlSchema = Type.Object({
  controller: controllerSchema,
  purposes: Type.Array(purposeSchema, { minItems: 1 }),
  subjectCategories: Type.Array(subjectCategorySchema, { minItems: 1 }),
  dataCategories: Type.Array(dataCategorySchema, { minItems: 1 }),
  systems: Type.Array(systemSchema, { minItems: 1 }),
  recipients: Type.Array(recipientSchema),
  thirdCountryTransfers: localizedSchema,
  securityMeasures: Type.Array(localizedSchema, { minItems: 1 }),
  automatedDecisions: Type.Optional(Type.Array(automatedDecisionSchema)),
  cookieCategories: Type.Array(cookieCategorySchema, { minItems: 1 }),
  cookies: Type.Array(cookieSchema),
  consentRevision: Type.Integer({ minimum: 1 }),
  accessibility: accessibilitySchema,
}, closed);

export type CatalogYaml = Static<typeof catalogYamlSchema>;
