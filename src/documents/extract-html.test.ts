import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MASKED_SOURCE_VALUES, heavyExtractModel, ordinaryExtractModel, redactedExtractModel } from '../../test/support/extract-model-fixture.ts';
import type { DocumentOutline } from './document-outline.ts';
import { extractHtml } from './extract-html.ts';
import type { ExtractModel } from './extract-model.ts';
import { extractOutline } from './extract-outline.ts';

const hostile = '<script>alert("x")</script> & \'y\'';
const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;';

const small: DocumentOutline = {
  language: 'en', title: 'T', author: 'A', createdAt: '2026-11-29T09:30:00.000Z',
  blocks: [
    { kind: 'heading', level: 1, text: 'Title' },
    { kind: 'paragraph', text: 'Text' },
    { kind: 'list', items: ['one', 'two'] },
    { kind: 'table', caption: 'Cap', columns: ['A', 'B'], rows: [['1', '2']] },
    { kind: 'table', caption: 'Rec', columns: ['Field', 'Value'], rows: [['Name', 'x']], rowHeaders: true },
  ],
};

test('blocks become headings, paragraphs, lists and captioned tables with scoped header cells', () => {
  assert.equal(extractHtml(small).toString(), '<div class="extract" lang="en"><h1>Title</h1><p>Text</p>'
    + '<ul><li>one</li><li>two</li></ul>'
    + '<table><caption>Cap</caption><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead>'
    + '<tbody><tr><td>1</td><td>2</td></tr></tbody></table>'
    + '<table><caption>Rec</caption><thead><tr><th scope="col">Field</th><th scope="col">Value</th></tr></thead>'
    + '<tbody><tr><th scope="row">Name</th><td>x</td></tr></tbody></table></div>');
});

test('the heading offset puts the extract under the page\'s own heading', () => {
  const outline = extractOutline(ordinaryExtractModel('sv'));
  const out = extractHtml(outline, { headingOffset: 1 }).toString();
  assert.ok(!out.includes('<h1>'));
  assert.ok(out.includes('<h2>Registerutdrag</h2>'));
  assert.ok(out.includes('<h3>Dina rättigheter</h3>'));
  assert.ok(out.includes('<h4>Läkarintyg</h4>'));
  assert.throws(() => extractHtml(outline, { headingOffset: 4 }), TypeError);
  assert.throws(() => extractHtml(outline, { headingOffset: 0.5 }), TypeError);
});

test('hostile strings anywhere in the model are escaped', () => {
  const model = ordinaryExtractModel('sv');
  const [cases, ...rest] = model.systems;
  assert.ok(cases);
  const dataset = cases.datasets[0];
  assert.ok(dataset);
  const poisoned: ExtractModel = {
    ...model,
    subject: { ...model.subject, name: hostile },
    systems: [{ ...cases, name: hostile, datasets: [{ ...dataset, items: dataset.items.map((item) => ({ ...item, values: { ...item.values, status: hostile } })) }] }, ...rest],
    disclosures: model.disclosures.map((disclosure) => ({ ...disclosure, recipient: hostile })),
  };
  const out = extractHtml(extractOutline(poisoned)).toString();
  assert.ok(!out.includes('<script>'));
  assert.ok(!out.includes(hostile));
  assert.ok(out.includes(`<p>Namn: ${escaped}</p>`));
  assert.ok(out.includes(`<h2>Dina uppgifter i ${escaped}</h2>`));
  assert.ok(out.includes(`<td>${escaped}</td>`));
});

test('the Swedish extract is marked Swedish and shows masked values by label only', () => {
  const out = extractHtml(extractOutline(redactedExtractModel('sv'))).toString();
  assert.ok(out.startsWith('<div class="extract" lang="sv"><h1>Registerutdrag</h1>'));
  assert.ok(out.includes('<td>[Utelämnad enligt sekretess]</td>'));
  for (const secret of MASKED_SOURCE_VALUES) assert.ok(!out.includes(secret));
});

test('every table has a caption and a header row; no header cell lacks a scope', () => {
  const out = extractHtml(extractOutline(ordinaryExtractModel('en'))).toString();
  const tables = out.match(/<table>.*?<\/table>/g) ?? [];
  assert.ok(tables.length >= 4);
  for (const markup of tables) assert.match(markup, /^<table><caption>[^<]+<\/caption><thead><tr><th scope="col">/);
  assert.ok(!/<th(?=[\s>])(?! scope="(col|row)">)/.test(out));
  assert.ok(out.includes('<th scope="row">'));
});

test('5,000 payments render in well under a second', () => {
  const outline = extractOutline(heavyExtractModel('sv'));
  const started = performance.now();
  const out = extractHtml(outline).toString();
  const elapsed = performance.now() - started;
  assert.equal(out.match(/<tr><td>P1/g)?.length, 5000);
  assert.ok(elapsed < 1000, `${elapsed.toFixed(1)} ms`);
});
