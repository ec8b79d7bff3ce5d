import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import {
  MASKED_SOURCE_VALUES, emptyExtractModel, heavyExtractModel, ordinaryExtractModel, redactedExtractModel,
} from '../../test/support/extract-model-fixture.ts';
import { extractJson } from './extract-json.ts';
import { extractJsonSchema } from './extract-json-schema.ts';
import type { ExtractModel } from './extract-model.ts';

const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(extractJsonSchema);

const samples: readonly [string, () => ExtractModel][] = [
  ['ordinary sv', () => ordinaryExtractModel('sv')],
  ['ordinary en', () => ordinaryExtractModel('en')],
  ['redacted sv', () => redactedExtractModel('sv')],
  ['redacted en', () => redactedExtractModel('en')],
  ['holds nothing sv', () => emptyExtractModel('sv')],
  ['holds nothing en', () => emptyExtractModel('en')],
  ['5,000 payments', () => heavyExtractModel('sv')],
];

/** The same data with every object's keys in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reversed(child)]));
}

for (const [name, build] of samples) {
  test(`the copy of the ${name} model is valid against the published schema and holds exactly the model`, () => {
    const model = build();
    const json = extractJson(model);
    assert.equal(validate(JSON.parse(json)), true, JSON.stringify(validate.errors));
    assert.deepEqual(JSON.parse(json), model);
  });
}

test('two-space indent and a newline at the end', () => {
  const json = extractJson(emptyExtractModel('sv'));
  assert.ok(json.startsWith('{\n  "schemaVersion": 1,\n  "language": "sv",\n  "generatedAt": '));
  assert.ok(json.endsWith('}\n') && !json.endsWith('\n\n'));
});

test('the key order follows the schema, not the order the model was built in', () => {
  const model = redactedExtractModel('en');
  const json = extractJson(model);
  assert.equal(extractJson(reversed(model) as ExtractModel), json);
  assert.deepEqual(Object.keys(JSON.parse(json)), Object.keys(extractJsonSchema.properties));
});

test("a record's values are in alphabetical order of field name", () => {
  const json = JSON.parse(extractJson(ordinaryExtractModel('sv')));
  const values = json.systems[0].datasets[0].items[0].values;
  assert.deepEqual(Object.keys(values), ['benefit', 'case_id', 'decided_on', 'decision', 'received_on', 'status']);
});

test('a key the schema does not know is kept, so validation exposes it rather than dropping it', () => {
  const model = { ...emptyExtractModel('sv'), staffName: 'A. Handläggare' } as ExtractModel;
  const json = JSON.parse(extractJson(model));
  assert.equal(json.staffName, 'A. Handläggare');
  assert.equal(validate(json), false);
});

test('masked fields are absent from the copy; only their kind and ground are there', () => {
  const json = extractJson(redactedExtractModel('sv'));
  for (const secret of MASKED_SOURCE_VALUES) assert.ok(!json.includes(secret));
  const item = JSON.parse(json).systems[1].datasets[0].items[1];
  assert.deepEqual(Object.keys(item.values), ['channel', 'contact_id', 'contacted_on', 'summary']);
  assert.deepEqual(item.redacted.map((entry: { kind: string }) => entry.kind), ['third-party', 'draft-or-note']);
});
