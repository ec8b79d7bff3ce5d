// A bar chart drawn on the server as SVG, with the same numbers in a real table beside it. The SVG
// is one image to assistive technology (role="img", named by its <title> and <desc>); the table
// is what a screen reader, a keyboard user or a reader without CSS reads. No script, no style
// attributes: colours are presentation attributes (fill, stroke), so the chart also draws without
// the stylesheet. Bars are horizontal with their label above, so long labels fit a phone. Series
// differ by pattern as well as colour (WCAG 1.4.1), and every bar carries its value as text.
import type { Language } from '../../request-language.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import { formatNumber } from './format-number.ts';

export interface BarChartCategory {
  readonly label: string;
  /** One value per series, in the series' order. */
  readonly values: readonly number[];
}

export interface BarChartInput {
  /** Unique on the page: prefixes the ids of the title, description and patterns. */
  readonly id: string;
  readonly language: Language;
  /** Names the image and captions the table. */
  readonly title: string;
  /** What the chart shows, for the image's description. */
  readonly description: string;
  /** The table's first column heading (what the categories are). */
  readonly categoryHeading: string;
  /** Series names (at most three): the legend and the table's columns. */
  readonly series: readonly string[];
  readonly categories: readonly BarChartCategory[];
  /** Label of a totals row in the table; no totals row when absent. */
  readonly totalLabel?: string;
}

// Geometry in SVG user units; the SVG is drawn 1:1 and scales down on narrow screens.
const WIDTH = 340;
const VALUE_ROOM = 60;
const LABEL_HEIGHT = 21;
const BAR_HEIGHT = 17;
const BAR_GAP = 3;
const CATEGORY_GAP = 10;
const LEGEND_HEIGHT = 28;
const TEXT = '#1b1b1b';

// Each series: a fill with ≥ 3:1 contrast against white, and a distinct pattern for series 2 and 3.
const SERIES_STYLE = [
  { color: '#12344d', pattern: undefined },
  { color: '#8a4500', pattern: 'stripes' },
  { color: '#1d6b3a', pattern: 'dots' },
] as const;

function seriesFill(id: string, index: number): string {
  const style = SERIES_STYLE[index]!;
  return style.pattern ? `url(#${id}-${style.pattern})` : style.color;
}

function patterns(id: string): SafeHtml {
  return html`<defs>
      <pattern id="${id}-stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#f3dcc4"></rect><rect width="3" height="6" fill="${SERIES_STYLE[1].color}"></rect>
      </pattern>
      <pattern id="${id}-dots" width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" fill="${SERIES_STYLE[2].color}"></rect><circle cx="2.5" cy="2.5" r="1.2" fill="#ffffff"></circle>
      </pattern>
    </defs>`;
}

function legend(input: BarChartInput): SafeHtml {
  if (input.series.length < 2) return html``;
  let x = 0;
  const items = input.series.map((name, index) => {
    const item = html`<rect x="${x}" y="4" width="14" height="14" fill="${seriesFill(input.id, index)}" stroke="${SERIES_STYLE[index]!.color}"></rect>
      <text x="${x + 20}" y="16" font-size="15" fill="${TEXT}">${name}</text>`;
    x += 30 + name.length * 9;
    return item;
  });
  return html`<g class="chart-legend">${items}</g>`;
}

function categoryHeight(seriesCount: number): number {
  return LABEL_HEIGHT + seriesCount * (BAR_HEIGHT + BAR_GAP) + CATEGORY_GAP;
}

function bars(input: BarChartInput, top: number): SafeHtml {
  const max = Math.max(0, ...input.categories.flatMap((category) => category.values));
  const scale = max > 0 ? (WIDTH - VALUE_ROOM) / max : 0;
  return html`${input.categories.map((category, categoryIndex) => {
    const y = top + categoryIndex * categoryHeight(input.series.length);
    const rows = category.values.map((value, index) => {
      const barY = y + LABEL_HEIGHT + index * (BAR_HEIGHT + BAR_GAP);
      const width = Math.round(value * scale * 10) / 10;
      const rect = width > 0
        ? html`<rect class="chart-bar" x="1" y="${barY}" width="${width}" height="${BAR_HEIGHT}" fill="${seriesFill(input.id, index)}" stroke="${SERIES_STYLE[index]!.color}"></rect>`
        : html``;
      return html`${rect}<text x="${width + 7}" y="${barY + BAR_HEIGHT - 3}" font-size="14" fill="${TEXT}">${formatNumber(value, input.language)}</text>`;
    });
    return html`<g><text x="0" y="${y + LABEL_HEIGHT - 6}" font-size="15" font-weight="600" fill="${TEXT}">${category.label}</text>${rows}</g>`;
  })}`;
}

function chartSvg(input: BarChartInput): SafeHtml {
  const top = input.series.length > 1 ? LEGEND_HEIGHT : 0;
  const height = top + input.categories.length * categoryHeight(input.series.length);
  return html`<svg class="chart-svg" role="img" aria-labelledby="${input.id}-title ${input.id}-desc" xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif">
    <title id="${input.id}-title">${input.title}</title>
    <desc id="${input.id}-desc">${input.description}</desc>
    ${patterns(input.id)}
    ${legend(input)}
    <line x1="0.5" y1="${top}" x2="0.5" y2="${height}" stroke="#4a4a4a" stroke-width="1"></line>
    ${bars(input, top)}
  </svg>`;
}

function totalsRow(input: BarChartInput): SafeHtml {
  if (input.totalLabel === undefined) return html``;
  const totals = input.series.map((_, index) => input.categories.reduce((sum, category) => sum + (category.values[index] ?? 0), 0));
  return html`<tfoot><tr><th scope="row">${input.totalLabel}</th>${totals.map((total) => html`<td class="number">${formatNumber(total, input.language)}</td>`)}</tr></tfoot>`;
}

/** The numbers of the chart as a table with row and column headers. */
export function chartTable(input: BarChartInput): SafeHtml {
  return html`<table class="data-table chart-table">
    <caption>${input.title}</caption>
    <thead><tr><th scope="col">${input.categoryHeading}</th>${input.series.map((name) => html`<th scope="col" class="number">${name}</th>`)}</tr></thead>
    <tbody>${input.categories.map((category) => html`
      <tr><th scope="row">${category.label}</th>${category.values.map((value) => html`<td class="number">${formatNumber(value, input.language)}</td>`)}</tr>`)}
    </tbody>
    ${totalsRow(input)}
  </table>`;
}

/** The chart and its table, side by side where there is room. */
export function svgBarChart(input: BarChartInput): SafeHtml {
  if (input.series.length < 1 || input.series.length > SERIES_STYLE.length) throw new RangeError('a bar chart has one to three series');
  if (input.categories.some((category) => category.values.length !== input.series.length)) throw new RangeError('every category needs one value per series');
  if (input.categories.some((category) => category.values.some((value) => !Number.isFinite(value) || value < 0))) throw new RangeError('bar values are finite and not negative');
  return html`<div class="chart">
  ${chartSvg(input)}
  ${chartTable(input)}
</div>`;
}
