import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ordinaryExtractModel, statementExtractModel } from '../../test/support/extract-model-fixture.ts';
import { extractJson } from './extract-json.ts';
import { extractJsonSchema } from './extract-json-schema.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Formats are annotations here; the schema's patterns check dates without ajv-formats.
const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(extractJsonSchema);

function copy(): Json {
  return JSON.parse(extractJson(ordinaryExtractModel('sv'))) as Json;
}

/** Each Art. 15 section and how to take it out of a copy: the property that must then be missing. */
const sections: readonly [string, string, (json: Json) => void][] = [
  ['Art. 15(1) confirmation', 'holdsData', (json) => delete json.holdsData],
  ['Art. 15(1) and 15(3) copy of the data', 'systems', (json) => delete json.systems],
  ['Art. 15(1)(a) purposes', 'purposes', (json) => delete json.processing.purposes],
  ['Art. 15(1)(a) purposes per dataset', 'purposes', (json) => delete json.systems[0].datasets[0].purposes],
  ['Art. 15(1)(b) categories', 'categories', (json) => delete json.processing.categories],
  ['Art. 15(1)(c) recipients', 'recipients', (json) => delete json.processing.recipients],
  ['Art. 15(1)(c) disclosures', 'disclosures', (json) => delete json.disclosures],
  ['Art. 15(1)(d) retention', 'retention', (json) => delete json.systems[1].datasets[0].retention],
  ['Art. 15(1)(e) rectification', 'rectification', (json) => delete json.rights.rectification],
  ['Art. 15(1)(e) erasure', 'erasure', (json) => delete json.rights.erasure],
  ['Art. 15(1)(e) restriction', 'restriction', (json) => delete json.rights.restriction],
  ['Art. 15(1)(e) objection', 'objection', (json) => delete json.rights.objection],
  ['Art. 15(1)(f) complaint to IMY', 'complaint', (json) => delete json.rights.complaint],
  ['Art. 15(1)(f) the supervisory authority', 'supervisoryAuthority', (json) => delete json.controller.supervisoryAuthority],
  ['Art. 15(1)(g) source', 'source', (json) => delete json.systems[2].datasets[0].source],
  ['Art. 15(1)(h) automated decisions', 'automatedDecisions', (json) => delete json.processing.automatedDecisions],
  ['Art. 15(2) third-country transfers', 'thirdCountryTransfers', (json) => delete json.processing.thirdCountryTransfers],
  ['secrecy account', 'secrecy', (json) => delete json.secrecy],
  ['rights', 'rights', (json) => delete json.rights],
];

test('the schema is draft 2020-12 with a stable $id and an English title', () => {
  assert.equal(extractJsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(extractJsonSchema.$id, 'https://insyn.example/schemas/extract-v1.json');
  assert.match(extractJsonSchema.title, /^Register extract/);
});

test('a complete copy is valid', () => {
  assert.equal(validate(copy()), true, JSON.stringify(validate.errors));
});

for (const [section, property, remove] of sections) {
  test(`a copy without ${section} is refused`, () => {
    const json = copy();
    remove(json);
    assert.equal(validate(json), false);
    assert.ok(validate.errors?.some((error) => error.keyword === 'required' && error.params.missingProperty === property),
      JSON.stringify(validate.errors));
  });
}

test('the Art. 15 texts may not be empty', () => {
  const json = copy();
  json.rights.erasure = '';
  json.processing.thirdCountryTransfers = '';
  assert.equal(validate(json), false);
  assert.deepEqual(validate.errors?.map((error) => error.instancePath).sort(),
    ['/processing/thirdCountryTransfers', '/rights/erasure']);
});

test('unknown properties, bad dates and the secrecy class none are refused', () => {
  const json = copy();
  json.staffName = 'A. Handläggare';
  json.disclosures[0].date = '31/1/2026';
  json.secrecy.withheld.push({ dataset: 'a.b', kind: 'none', ground: 'x', count: 1 });
  assert.equal(validate(json), false);
  const keywords = validate.errors?.map((error) => error.keyword).sort();
  assert.deepEqual(keywords, ['additionalProperties', 'enum', 'pattern']);
});

test('every object in the schema is closed except the map of a record\'s values', () => {
  const open: string[] = [];
  const visit = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return;
    const schema = node as Json;
    if (schema.type === 'object' && schema.additionalProperties !== false) open.push(path);
    for (const [key, child] of Object.entries(schema)) visit(child, `${path}/${key}`);
  };
  visit(extractJsonSchema, '#');
  assert.deepEqual(open, ['#/$defs/item/properties/values']);
});

test('a supplementary statement needs its words, the day it was added and the fields it completes; nothing else', () => {
  const json = JSON.parse(extractJson(statementExtractModel('sv'))) as Json;
  assert.equal(validate(json), true, JSON.stringify(validate.errors));
  const [first, second] = json.systems[2].datasets[0].items[1].statements;
  first.text = '';
  second.addedOn = '22/11/2026';
  json.systems[0].datasets[0].items[2].statements[0].staffName = 'A. Handläggare';
  delete json.systems[0].datasets[0].items[2].statements[0].fields;
  assert.equal(validate(json), false);
  assert.deepEqual(validate.errors?.map((error) => error.keyword).sort(), ['additionalProperties', 'minLength', 'pattern', 'required']);
});
