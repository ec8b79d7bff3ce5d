// The DPO dashboard's figures as a CSV file for a spreadsheet.
//
// Swedish Excel opens a double-clicked .csv with the list separator of Windows' regional settings,
// which in Sweden is ';' (the comma is the decimal mark), and reads the file as UTF-8 only when it
// starts with a byte order mark; without one, å, ä and ö turn into mojibake. So the Swedish file
// is UTF-8 with BOM, ';' between fields, a decimal comma ("7,5") and CRLF line ends. The English
// file is meant for English settings: UTF-8 with BOM, ',' and a decimal point. A "sep=;" first
// line is avoided on purpose: Excel then ignores the BOM. Numbers carry no digit grouping, so the
// spreadsheet reads them as numbers; every label is our own constant text (no formula injection).
import type { Language } from '../../request-language.ts';
import type { CaseworkStatistics } from '../../../domain/casework-statistics.ts';
import { REQUEST_CHANNELS, REQUEST_RIGHTS } from '../../../domain/request-kinds.ts';
import { swedishDay } from '../../../domain/response-deadline.ts';
import { toCsv } from '../../../lib/csv.ts';
import { dpoDashboardText } from './dpo-dashboard-text.ts';
import { channelLabels, rightLabels } from './request-kind-labels.ts';

const BOM = '\uFEFF';
const separators = { sv: ';', en: ',' } as const;

function plainNumber(value: number, language: Language): string {
  const text = String(Math.round(value * 10) / 10);
  return language === 'sv' ? text.replace('.', ',') : text;
}

const timeInSweden = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

function headRows(statistics: CaseworkStatistics, language: Language): string[][] {
  const text = dpoDashboardText[language];
  const n = (value: number) => plainNumber(value, language);
  return [
    [text.csvTitle],
    [text.from, swedishDay(statistics.from)],
    [text.to, swedishDay(new Date(statistics.to.getTime() - 1))],
    [text.csvCountedAt, `${swedishDay(statistics.now)} ${timeInSweden.format(statistics.now)}`],
    [],
    [text.csvFigure, text.csvValue],
    [text.received, n(statistics.received)],
    [text.answered, n(statistics.answered)],
    [text.csvMedianDays, statistics.medianDaysToAnswer === null ? '' : n(statistics.medianDaysToAnswer)],
    [text.overdueNow, n(statistics.overdueNow)],
    [text.extensions, n(statistics.extensions)],
  ];
}

function matrixRows(statistics: CaseworkStatistics, language: Language): string[][] {
  const text = dpoDashboardText[language];
  const n = (value: number) => plainNumber(value, language);
  return [
    [text.right, ...REQUEST_CHANNELS.map((channel) => channelLabels[language][channel]), text.total],
    ...REQUEST_RIGHTS.map((right) => [
      rightLabels[language][right], ...REQUEST_CHANNELS.map((channel) => n(statistics.byRightAndChannel[right][channel])), n(statistics.byRight[right]),
    ]),
    [text.total, ...REQUEST_CHANNELS.map((channel) => n(statistics.byChannel[channel])), n(statistics.received)],
  ];
}

function monthRows(statistics: CaseworkStatistics, language: Language): string[][] {
  const text = dpoDashboardText[language];
  return [
    [text.month, text.receivedShort, text.answeredShort],
    ...statistics.perMonth.map((month) => [month.month, plainNumber(month.received, language), plainNumber(month.answered, language)]),
  ];
}

/** The figures as CSV text (BOM first): key figures, right × channel with totals, and per month, separated by blank lines. */
export function dashboardCsv(statistics: CaseworkStatistics, language: Language): string {
  const rows = [...headRows(statistics, language), [], ...matrixRows(statistics, language), [], ...monthRows(statistics, language)];
  return BOM + toCsv(rows, { separator: separators[language] });
}
