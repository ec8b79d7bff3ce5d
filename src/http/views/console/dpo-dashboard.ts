// The data protection officer's dashboard (the <main> content; consoleLayout frames it): key
// figures, charts by right, by channel and per month with their tables, the right × channel
// table, a GET form to choose the period, and a link to the same figures as CSV.
import type { Language } from '../../request-language.ts';
import type { CaseworkStatistics } from '../../../domain/casework-statistics.ts';
import { REQUEST_CHANNELS, REQUEST_RIGHTS } from '../../../domain/request-kinds.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import { formatDate } from '../format-date.ts';
import { withLanguage } from './case-paths.ts';
import { consolePaths } from './console-layout-text.ts';
import { dpoDashboardText, type DpoDashboardText } from './dpo-dashboard-text.ts';
import { formatMonth, formatNumber } from './format-number.ts';
import { channelLabels, rightLabels } from './request-kind-labels.ts';
import { chartTable, svgBarChart } from './svg-bar-chart.ts';

export interface DpoDashboardOptions {
  readonly language: Language;
  /** The period's first day, YYYY-MM-DD (DpoPeriod.fromDay). */
  readonly from: string;
  /** The period's last day, included, YYYY-MM-DD (DpoPeriod.toDay). */
  readonly to: string;
}

const dateTimeFormats = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
} as const;

/** Where the CSV of a period is downloaded. */
export function dpoCsvHref(from: string, to: string, language: Language = 'sv'): string {
  return withLanguage(`${consolePaths.dpoCsv}?${new URLSearchParams({ fran: from, till: to }).toString()}`, language);
}

function periodForm(options: DpoDashboardOptions, text: DpoDashboardText): SafeHtml {
  return html`<form method="get" action="${consolePaths.dpo}" class="period-form">
    ${options.language === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}
    <fieldset>
      <legend>${text.periodLegend}</legend>
      <div class="form-row">
        <div class="form-field"><label for="fran">${text.from}</label><input type="date" id="fran" name="fran" value="${options.from}" required></div>
        <div class="form-field"><label for="till">${text.to}</label><input type="date" id="till" name="till" value="${options.to}" required></div>
        <button type="submit">${text.show}</button>
      </div>
    </fieldset>
  </form>`;
}

function keyFigures(statistics: CaseworkStatistics, language: Language, text: DpoDashboardText): SafeHtml {
  const count = (value: number) => formatNumber(value, language);
  const median = statistics.medianDaysToAnswer === null
    ? text.noneAnswered
    : text.days(formatNumber(statistics.medianDaysToAnswer, language));
  return html`<dl class="key-figures">
    <div><dt>${text.received}</dt><dd>${count(statistics.received)}</dd></div>
    <div><dt>${text.answered}</dt><dd>${count(statistics.answered)}</dd></div>
    <div><dt>${text.medianDays}</dt><dd>${median}</dd></div>
    <div class="${statistics.overdueNow > 0 ? 'key-alert' : ''}"><dt>${text.overdueNow}</dt><dd>${count(statistics.overdueNow)}</dd></div>
    <div><dt>${text.extensions}</dt><dd>${count(statistics.extensions)}</dd></div>
  </dl>`;
}

function section(id: string, heading: string, body: SafeHtml): SafeHtml {
  return html`<section aria-labelledby="${id}">
    <h2 id="${id}">${heading}</h2>
    ${body}
  </section>`;
}

function rightAndChannelTable(statistics: CaseworkStatistics, language: Language, text: DpoDashboardText): SafeHtml {
  return chartTable({
    id: 'dso-rattighet-kanal', language, title: text.rightAndChannelTitle, description: '', categoryHeading: text.right,
    series: [...REQUEST_CHANNELS.map((channel) => channelLabels[language][channel]), text.total],
    categories: REQUEST_RIGHTS.map((right) => ({
      label: rightLabels[language][right],
      values: [...REQUEST_CHANNELS.map((channel) => statistics.byRightAndChannel[right][channel]), statistics.byRight[right]],
    })),
    totalLabel: text.total,
  });
}

function charts(statistics: CaseworkStatistics, language: Language, text: DpoDashboardText): SafeHtml {
  const common = { language, description: text.barDescription, series: [text.receivedShort], totalLabel: text.total };
  const byRight = svgBarChart({
    ...common, id: 'dso-rattighet', title: text.byRightTitle, categoryHeading: text.right,
    categories: REQUEST_RIGHTS.map((right) => ({ label: rightLabels[language][right], values: [statistics.byRight[right]] })),
  });
  const byChannel = svgBarChart({
    ...common, id: 'dso-kanal', title: text.byChannelTitle, categoryHeading: text.channel,
    categories: REQUEST_CHANNELS.map((channel) => ({ label: channelLabels[language][channel], values: [statistics.byChannel[channel]] })),
  });
  const perMonth = svgBarChart({
    ...common, id: 'dso-manad', title: text.perMonthTitle, categoryHeading: text.month, description: text.monthDescription,
    series: [text.receivedShort, text.answeredShort],
    categories: statistics.perMonth.map((month) => ({ label: formatMonth(month.month, language), values: [month.received, month.answered] })),
  });
  const matrix = html`<div class="table-scroll" role="region" aria-labelledby="dso-rattighet-kanal-rubrik" tabindex="0">${rightAndChannelTable(statistics, language, text)}</div>`;
  return html`${section('dso-rattighet-rubrik', text.byRight, byRight)}
  ${section('dso-kanal-rubrik', text.byChannel, byChannel)}
  ${section('dso-rattighet-kanal-rubrik', text.rightAndChannel, matrix)}
  ${section('dso-manad-rubrik', text.perMonth, perMonth)}`;
}

/** The dashboard's <main> content for a period's statistics. */
export function renderDpoDashboard(statistics: CaseworkStatistics, options: DpoDashboardOptions): SafeHtml {
  const { language } = options;
  const text = dpoDashboardText[language];
  return html`<h1>${text.title}</h1>
  <p class="lead">${text.lead}</p>
  ${periodForm(options, text)}
  <p class="period">${text.period(formatDate(options.from, language), formatDate(options.to, language))} ${text.countedAt(dateTimeFormats[language].format(statistics.now))}</p>
  <p><a href="${dpoCsvHref(options.from, options.to, options.language)}" download>${text.csvLink}</a>. ${text.csvHint}</p>
  ${section('dso-nyckeltal', text.keyFigures, keyFigures(statistics, language, text))}
  ${charts(statistics, language, text)}`;
}
