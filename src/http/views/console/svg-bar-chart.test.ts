import assert from 'node:assert/strict';
import { test } from 'node:test';
import { svgBarChart, type BarChartInput } from './svg-bar-chart.ts';

const input: BarChartInput = {
  id: 'chart-1',
  language: 'sv',
  title: 'Mottagna per kanal',
  description: 'Liggande stapeldiagram.',
  categoryHeading: 'Kanal',
  series: ['Mottagna'],
  categories: [{ label: 'E-tjänst', values: [1200] }, { label: 'Brev', values: [300] }, { label: 'Telefon', values: [0] }],
  totalLabel: 'Totalt',
};

const barWidths = (markup: string) => [...markup.matchAll(/<rect class="chart-bar" [^>]*width="([\d.]+)"/g)].map((match) => Number(match[1]));

test('the chart is one image named by its title and description, with no style attribute and no script', () => {
  const markup = svgBarChart(input).value;
  assert.match(markup, /<svg class="chart-svg" role="img" aria-labelledby="chart-1-title chart-1-desc"/);
  assert.match(markup, /<title id="chart-1-title">Mottagna per kanal<\/title>/);
  assert.match(markup, /<desc id="chart-1-desc">Liggande stapeldiagram.<\/desc>/);
  assert.doesNotMatch(markup, /style=|<style|<script/);
  assert.match(markup, /viewBox="0 0 340 \d+"/);
});

test('bars are proportional to the values, the largest filling the width, and every value is written out', () => {
  const markup = svgBarChart(input).value;
  const widths = barWidths(markup);
  assert.equal(widths.length, 2, 'a zero draws no bar');
  assert.equal(widths[0], 280);
  assert.equal(widths[1], 70, 'a quarter of the largest');
  const svg = markup.slice(0, markup.indexOf('</svg>'));
  for (const text of ['>E-tjänst<', '>Brev<', '>Telefon<', '>1\u00a0200<', '>300<', '>0<']) assert.ok(svg.includes(text), text);
});

test('the same numbers are in a table with a caption, column and row headers, and a totals row', () => {
  const markup = svgBarChart(input).value;
  const table = markup.slice(markup.indexOf('<table'));
  assert.match(table, /<caption>Mottagna per kanal<\/caption>/);
  assert.match(table, /<th scope="col">Kanal<\/th><th scope="col" class="number">Mottagna<\/th>/);
  assert.match(table, /<tr><th scope="row">E-tjänst<\/th><td class="number">1\u00a0200<\/td><\/tr>/);
  assert.match(table, /<tfoot><tr><th scope="row">Totalt<\/th><td class="number">1\u00a0500<\/td><\/tr><\/tfoot>/);
});

test('two series: a legend, a patterned second series, and two values per row in the table', () => {
  const markup = svgBarChart({
    ...input, id: 'm', series: ['Mottagna', 'Besvarade'], totalLabel: undefined,
    categories: [{ label: 'januari 2025', values: [10, 5] }, { label: 'februari 2025', values: [20, 0] }],
  }).value;
  assert.match(markup, /<g class="chart-legend">/);
  assert.match(markup, /<pattern id="m-stripes"/);
  assert.match(markup, /fill="url\(#m-stripes\)"/);
  assert.deepEqual(barWidths(markup), [140, 70, 280]);
  assert.match(markup, /<th scope="row">januari 2025<\/th><td class="number">10<\/td><td class="number">5<\/td>/);
  assert.doesNotMatch(markup, /<tfoot>/);
});

test('labels are escaped, all-zero charts draw, and impossible input is refused', () => {
  const markup = svgBarChart({ ...input, title: '<b>', categories: [{ label: '<i>', values: [0] }] }).value;
  assert.ok(!markup.includes('<i>') && markup.includes('&lt;i&gt;'));
  assert.deepEqual(barWidths(markup), []);
  assert.throws(() => svgBarChart({ ...input, categories: [{ label: 'x', values: [1, 2] }] }), RangeError);
  assert.throws(() => svgBarChart({ ...input, categories: [{ label: 'x', values: [-1] }] }), RangeError);
  assert.throws(() => svgBarChart({ ...input, series: ['a', 'b', 'c', 'd'], categories: [] }), RangeError);
});
