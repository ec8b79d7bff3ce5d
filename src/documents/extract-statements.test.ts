// Supplementary statements (Art. 16 completion) in every copy of the register extract: the outline
// (and so the PDF) and the HTML show each beside its record — a last column of a shared table, rows
// of a record's own table — with the day it was added and the fields it completes; the JSON copy
// carries it on its record. Records without one show nothing new.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { STATEMENT_TEXTS, ordinaryExtractModel, statementExtractModel } from '../../test/support/extract-model-fixture.ts';
import { collapse, readPdf, taggedText } from '../../test/support/read-pdf.ts';
import type { Block } from './document-outline.ts';
import { extractHtml } from './extract-html.ts';
import { extractJson } from './extract-json.ts';
import { extractJsonSchema } from './extract-json-schema.ts';
import type { ExtractModel } from './extract-model.ts';
import { extractOutline } from './extract-outline.ts';
import { renderPdf } from './pdf/write-pdf.ts';

type Table = Extract<Block, { kind: 'table' }>;

function table(model: ExtractModel, caption: string): Table {
  const found = extractOutline(model).blocks.find((block): block is Table => block.kind === 'table' && block.caption === caption);
  assert.ok(found, `no table ${caption}`);
  return found;
}

test('a shared table gets a last column with the statement in the record\'s row, the empty mark in the others', () => {
  const cases = table(statementExtractModel('sv'), 'Ärenden: 3 poster');
  assert.deepEqual(cases.columns, ['Ärendenummer', 'Förmån', 'Status', 'Inkom', 'Beslut', 'Beslutsdag', 'Kompletterande uppgift']);
  assert.deepEqual(cases.rows.map((row) => [row[0], row.at(-1)]), [
    ['2025-000417', '–'], ['2026-000112', '–'], ['2026-000958', `Tillagd 20 november 2026: ${STATEMENT_TEXTS.case}`],
  ]);
  const payments = table(statementExtractModel('sv'), 'Utbetalningar: 4 poster');
  assert.ok(!payments.columns.includes('Kompletterande uppgift'), 'a table without statements keeps its columns');
});

test('a record\'s own table ends with a row per statement, with the fields it completes; the other record\'s table has none', () => {
  const certificate = table(statementExtractModel('sv'), 'Läkarintyg: I-2026-0077');
  assert.deepEqual(certificate.rows.slice(-2), [
    ['Kompletterande uppgift', `Tillagd 21 november 2026 (gäller Sjukskriven till): ${STATEMENT_TEXTS.certificate}`],
    ['Kompletterande uppgift', `Tillagd 22 november 2026: ${STATEMENT_TEXTS.second}`],
  ]);
  assert.equal(certificate.rows.length, 11);
  assert.ok(!table(statementExtractModel('sv'), 'Läkarintyg: I-2026-0031').rows.some(([label]) => label === 'Kompletterande uppgift'));
});

test('in English: "Supplementary statement", "Added … (completes …)"', () => {
  const certificate = table(statementExtractModel('en'), 'Medical certificates: I-2026-0077');
  assert.deepEqual(certificate.rows.at(-2), ['Supplementary statement', `Added 21 November 2026 (completes Sick leave until): ${STATEMENT_TEXTS.certificate}`]);
  assert.equal(table(statementExtractModel('en'), 'Cases: 3 records').columns.at(-1), 'Supplementary statement');
});

test('no statements, or an empty list of them, changes nothing in the outline', () => {
  const plain = ordinaryExtractModel('sv');
  const empty: ExtractModel = {
    ...plain,
    systems: plain.systems.map((system) => ({
      ...system, datasets: system.datasets.map((dataset) => ({ ...dataset, items: dataset.items.map((item) => ({ ...item, statements: [] })) })),
    })),
  };
  assert.deepEqual(extractOutline(empty), extractOutline(plain));
  assert.ok(!JSON.stringify(extractOutline(plain)).includes('Kompletterande uppgift'));
});

test('the HTML shows the statement in the record\'s row and in the record\'s table, escaped', () => {
  const model = statementExtractModel('sv');
  const out = extractHtml(extractOutline(model)).toString();
  assert.ok(out.includes('<th scope="col">Kompletterande uppgift</th>'));
  const row = /<tr><td>2026-000958<\/td>.*?<\/tr>/.exec(out)?.[0] ?? '';
  assert.ok(row.endsWith(`<td>Tillagd 20 november 2026: ${STATEMENT_TEXTS.case}</td></tr>`), row);
  const certificate = /<table><caption>Läkarintyg: I-2026-0077<\/caption>.*?<\/table>/.exec(out)?.[0] ?? '';
  assert.ok(certificate.includes(`<tr><th scope="row">Kompletterande uppgift</th><td>Tillagd 22 november 2026: ${STATEMENT_TEXTS.second}</td></tr>`));
  const hostile: ExtractModel = JSON.parse(JSON.stringify(model).replace(STATEMENT_TEXTS.case, '<img src=x onerror=alert(1)>')) as ExtractModel;
  const escaped = extractHtml(extractOutline(hostile)).toString();
  assert.ok(!escaped.includes('<img') && escaped.includes('&lt;img src=x onerror=alert(1)&gt;'));
});

test('the PDF holds each statement after its record\'s values', async () => {
  const pdf = await readPdf(await renderPdf(extractOutline(statementExtractModel('sv'))));
  const text = collapse(pdf.pages.map(taggedText).join(' '));
  for (const [record, words] of [['2026-000958', STATEMENT_TEXTS.case], ['I-2026-0077', STATEMENT_TEXTS.certificate], ['I-2026-0077', STATEMENT_TEXTS.second]] as const) {
    const at = text.indexOf(collapse(words));
    assert.ok(at >= 0, `${words} is in the PDF`);
    assert.ok(text.lastIndexOf(record, at) >= 0, `${words} comes after record ${record}`);
  }
});

test('the JSON copy carries the statements on their records only, valid against the schema', () => {
  const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(extractJsonSchema);
  const model = statementExtractModel('en');
  const json = JSON.parse(extractJson(model)) as ExtractModel;
  assert.equal(validate(json), true, JSON.stringify(validate.errors));
  assert.deepEqual(json, model);
  const items = json.systems.flatMap((system) => system.datasets.flatMap((dataset) => dataset.items));
  assert.deepEqual(items.filter((item) => item.statements).map((item) => item.key), ['2026-000958', 'I-2026-0077']);
  const certificate = items.find((item) => item.key === 'I-2026-0077')!;
  assert.deepEqual(Object.keys(certificate.statements![0]!), ['text', 'addedOn', 'fields']);
  assert.deepEqual(certificate.statements![0]!.fields, [{ field: 'period_to', label: 'Sick leave until' }]);
});
