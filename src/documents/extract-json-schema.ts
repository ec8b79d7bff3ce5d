// The published JSON Schema (draft 2020-12) of the register extract's machine-readable copy
// (extract-json.ts). Every Art. 15 section is required, so a copy without one is invalid; the
// order of `properties` is the order of keys in the copy. Dates carry `format` for readers
// and a `pattern` for validators that do not check formats.
import { deepFreeze } from '../lib/deep-freeze.ts';

const DATE = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const TIMESTAMP = '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$';

const text = (description: string) => ({ type: 'string', description });
const filled = (description: string) => ({ type: 'string', minLength: 1, description });
const date = (description: string) => ({ type: 'string', format: 'date', pattern: DATE, description });
const list = (items: object, description: string) => ({ type: 'array', items, description });
const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

/** A closed object whose properties are all required except those named optional. */
function record(description: string, properties: Record<string, object>, optional: readonly string[] = []) {
  return {
    type: 'object',
    description,
    additionalProperties: false,
    required: Object.keys(properties).filter((key) => !optional.includes(key)),
    properties,
  };
}

const withholdingKind = {
  enum: ['third-party', 'protected-address', 'draft-or-note', 'child-against-guardian'],
  description: 'Why something was left out: data about another person (OSL 28:1), a protected address (OSL 21:3), a draft or note (DSL 5:2), or a child\'s data protected from a guardian (OSL 12:3).',
};

const contact = record('A contact: name and whichever of phone, e-mail, postal address and web address it has.', {
  name: filled('Name of the contact.'),
  phone: text('Telephone number.'),
  email: text('E-mail address.'),
  postalAddress: text('Postal address.'),
  url: text('Web address.'),
}, ['phone', 'email', 'postalAddress', 'url']);

const purpose = record('A purpose of the processing with its legal basis.', {
  id: text('The purpose\'s id in the catalog.'),
  name: filled('The purpose in words.'),
  description: text('What the purpose covers.'),
  legalBasis: filled('Art. 6(1) (and Art. 9(2)) GDPR with the national provision, in words.'),
});

const category = record('A category of personal data.', {
  id: text('The category\'s id in the catalog.'),
  name: filled('The category in words.'),
  special: { type: 'boolean', description: 'A special category under Art. 9 GDPR (health data and the like).' },
});

const recipient = record('A recipient or category of recipients.', {
  id: text('The recipient\'s id in the catalog.'),
  name: filled('The recipient.'),
  legalBasis: text('The provision behind disclosures to this recipient.'),
});

const redaction = record('A field of a record that was masked; only its kind and legal ground are given, never its content.', {
  field: text('The field\'s name in the source system.'),
  label: text('The field\'s label.'),
  kind: ref('withholdingKind'),
  ground: filled('The legal ground in words.'),
});

const column = record('A field and its label.', { field: text('Field name.'), label: text('Label.') });

const statement = record('A supplementary statement the person added to complete the record (Art. 16 GDPR).', {
  text: filled('The statement, in the person\'s own words.'),
  addedOn: date('The day the statement was added.'),
  fields: list(ref('column'), 'The fields the statement completes; empty: the record as a whole.'),
});

const item = record('One record (row, document) that concerns the person.', {
  key: filled('The record\'s primary key values joined with " / ".'),
  roles: list({ type: 'string' }, 'The roles in which the record concerns the person.'),
  values: {
    type: 'object',
    description: 'Field name → value as text; null when the system holds no value. Masked fields are absent.',
    additionalProperties: { type: ['string', 'null'] },
  },
  redacted: list(ref('redaction'), 'Fields of this record that were masked.'),
  statements: list(ref('statement'), 'Supplementary statements on this record, oldest first; absent when there are none.'),
}, ['statements']);

const dataset = record('A dataset of a system that holds at least one record on the person.', {
  id: text('`system.dataset`'),
  name: filled('The dataset\'s name.'),
  purposes: list(ref('purpose'), 'Art. 15(1)(a): why the data are processed.'),
  categories: list(ref('category'), 'Art. 15(1)(b): the categories of data.'),
  source: filled('Art. 15(1)(g): where the data come from.'),
  retention: filled('Art. 15(1)(d): how long the data are kept, or the criteria for it.'),
  recipients: list(ref('recipient'), 'Art. 15(1)(c): to whom the data may be disclosed.'),
  columns: list(ref('column'), 'The fields shown, in order.'),
  items: list(ref('item'), 'Art. 15(1) and 15(3): the copy of the person\'s records.'),
});

const system = record('A source system of the agency.', {
  id: text('The system\'s id in the catalog.'),
  name: filled('The system\'s name.'),
  description: text('What the system is for.'),
  datasets: list(ref('dataset'), 'The system\'s datasets that hold data on the person.'),
});

const disclosure = record('An actual disclosure of the person\'s data to another party (Art. 15(1)(c), Art. 19).', {
  date: date('The day of the disclosure.'),
  recipient: filled('Who received the data.'),
  legalGround: text('The provision the disclosure was made under.'),
  categories: list({ type: 'string' }, 'The kinds of data disclosed.'),
  channel: text('How the data were disclosed: direct access, file, API, paper.'),
  recordedBy: { enum: ['system', 'insyn'], description: 'Recorded by an agency system or made through Insyn.' },
  inquiry: { type: 'boolean', description: 'Made in a particular inquiry (Art. 4(9)): the authority is then not a recipient.' },
});

const automatedDecision = record('A decision about the person made by automated means (Art. 22).', {
  id: text('The rule set\'s id.'),
  name: filled('The decision in words.'),
  logic: filled('Meaningful information about the logic involved.'),
  significance: filled('The significance and envisaged consequences for the person.'),
  ruleSetVersion: filled('The version of the rules applied.'),
  records: list({ type: 'string' }, 'Keys of the person\'s records decided this way.'),
});

const accessEntry = record('Processing of the person\'s data on one day for one purpose (C-579/21: dates and purposes, never staff names).', {
  date: date('The day.'),
  purpose: filled('The purpose.'),
  count: { type: 'integer', minimum: 1, description: 'Number of processing events that day for that purpose.' },
});

const withheld = record('Records left out of the extract, by dataset, kind and ground.', {
  dataset: text('`system.dataset`'),
  datasetName: text('The dataset\'s name.'),
  kind: ref('withholdingKind'),
  ground: filled('The legal ground in words.'),
  count: { type: 'integer', minimum: 1, description: 'Number of records left out.' },
}, ['datasetName']);

const redactedSummary = record('Masked fields, by dataset, field, kind and ground.', {
  dataset: text('`system.dataset`'),
  field: text('The field\'s name.'),
  kind: ref('withholdingKind'),
  ground: filled('The legal ground in words.'),
  count: { type: 'integer', minimum: 1, description: 'Number of records in which the field was masked.' },
});

const rights = record('Art. 15(1)(e) and (f): the person\'s rights, in plain language.', {
  rectification: filled('Art. 15(1)(e), Art. 16: rectification.'),
  erasure: filled('Art. 15(1)(e), Art. 17: erasure, with the limits for a public authority.'),
  restriction: filled('Art. 15(1)(e), Art. 18: restriction of processing.'),
  objection: filled('Art. 15(1)(e), Art. 21: objection.'),
  complaint: filled('Art. 15(1)(f): lodging a complaint with the supervisory authority (IMY).'),
});

const processing = record('Art. 15(1)(a)–(c), (h) and 15(2) over everything the agency holds on the person.', {
  purposes: list(ref('purpose'), 'Art. 15(1)(a): the purposes of the processing.'),
  categories: list(ref('category'), 'Art. 15(1)(b): the categories of personal data concerned.'),
  recipients: list(ref('recipient'), 'Art. 15(1)(c): the recipients or categories of recipients.'),
  thirdCountryTransfers: filled('Art. 15(1)(c) and 15(2): transfers to third countries or international organisations and their safeguards, or that there are none.'),
  automatedDecisions: list(ref('automatedDecision'), 'Art. 15(1)(h): automated decision-making, including profiling; empty when there is none.'),
});

const controller = record('The controller, its data protection officer and the supervisory authority.', {
  name: filled('The controller (the agency).'),
  organisationNumber: filled('The agency\'s organisation number.'),
  contact: ref('contact'),
  dpo: ref('contact'),
  supervisoryAuthority: ref('contact'),
});

const root = record('The machine-readable copy of a register extract under Art. 15 GDPR.', {
  schemaVersion: { const: 1, description: 'The version of this format.' },
  language: { enum: ['sv', 'en'], description: 'The language of every text in the copy.' },
  generatedAt: { type: 'string', format: 'date-time', pattern: TIMESTAMP, description: 'When the extract was made.' },
  reference: filled('The request\'s reference.'),
  controller: ref('controller'),
  subject: record('The person the extract is about.', {
    identityNumber: { type: 'string', pattern: '^[0-9]{8}-[0-9]{4}$', description: 'Personnummer or samordningsnummer, YYYYMMDD-NNNN.' },
    name: text('The person\'s name, if known.'),
  }, ['name']),
  holdsData: { type: 'boolean', description: 'Art. 15(1): confirmation whether the agency processes personal data on the person.' },
  systems: list(ref('system'), 'Art. 15(1) and 15(3): a copy of the personal data, system by system.'),
  processing: ref('processing'),
  disclosures: list(ref('disclosure'), 'Art. 15(1)(c): actual disclosures to others.'),
  accessLog: list(ref('accessEntry'), 'Dates and purposes of processing from the processing log.'),
  secrecy: record('What was left out or masked and why (R14–R16): by kind and legal ground, never by content.', {
    withheld: list(ref('withheld'), 'Records left out.'),
    redacted: list(ref('redactedSummary'), 'Fields masked.'),
  }),
  rights: ref('rights'),
});

export const extractJsonSchema = deepFreeze({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://insyn.example/schemas/extract-v1.json',
  title: 'Register extract (Art. 15 GDPR), version 1',
  ...root,
  $defs: {
    withholdingKind, contact, purpose, category, recipient, redaction, column, statement, item, dataset, system,
    disclosure, automatedDecision, accessEntry, withheld, redactedSummary, rights, processing, controller,
  },
});
