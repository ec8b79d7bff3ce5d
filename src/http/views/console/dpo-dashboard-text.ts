// The words of the DPO dashboard (dpo-dashboard.ts) and its CSV export (dashboard-csv.ts).
import type { Language } from '../../request-language.ts';

export interface DpoDashboardText {
  readonly title: string;
  readonly lead: string;
  readonly periodLegend: string;
  readonly from: string;
  readonly to: string;
  readonly show: string;
  readonly period: (from: string, to: string) => string;
  readonly countedAt: (at: string) => string;
  readonly csvLink: string;
  readonly csvHint: string;
  readonly keyFigures: string;
  readonly received: string;
  readonly answered: string;
  readonly medianDays: string;
  readonly days: (value: string) => string;
  readonly noneAnswered: string;
  readonly overdueNow: string;
  readonly extensions: string;
  readonly byRight: string;
  readonly byRightTitle: string;
  readonly byChannel: string;
  readonly byChannelTitle: string;
  readonly rightAndChannel: string;
  readonly rightAndChannelTitle: string;
  readonly perMonth: string;
  readonly perMonthTitle: string;
  readonly right: string;
  readonly channel: string;
  readonly month: string;
  readonly receivedShort: string;
  readonly answeredShort: string;
  readonly total: string;
  readonly barDescription: string;
  readonly monthDescription: string;
  readonly csvTitle: string;
  readonly csvCountedAt: string;
  readonly csvFigure: string;
  readonly csvValue: string;
  readonly csvMedianDays: string;
}

export const dpoDashboardText: Readonly<Record<Language, DpoDashboardText>> = {
  sv: {
    title: 'Översikt för dataskyddsombudet',
    lead: 'Hur myndigheten hanterar begäranden enligt dataskyddsförordningen: hur många som kommer in, hur snabbt de besvaras och hur många som är försenade.',
    periodLegend: 'Välj period',
    from: 'Från och med',
    to: 'Till och med',
    show: 'Visa',
    period: (from, to) => `Period: ${from} – ${to}.`,
    countedAt: (at) => `Försenade ärenden räknade ${at}.`,
    csvLink: 'Ladda ner siffrorna som CSV-fil',
    csvHint: 'Filen öppnas i Excel med svenska inställningar.',
    keyFigures: 'Nyckeltal',
    received: 'Mottagna begäranden',
    answered: 'Besvarade begäranden',
    medianDays: 'Mediantid till svar',
    days: (value) => (value === '1' ? '1 dag' : `${value} dagar`),
    noneAnswered: 'Inga besvarade',
    overdueNow: 'Försenade just nu',
    extensions: 'Förlängda tidsfrister',
    byRight: 'Per rättighet',
    byRightTitle: 'Mottagna begäranden per rättighet',
    byChannel: 'Per kanal',
    byChannelTitle: 'Mottagna begäranden per kanal',
    rightAndChannel: 'Rättighet och kanal',
    rightAndChannelTitle: 'Mottagna begäranden per rättighet och kanal',
    perMonth: 'Per månad',
    perMonthTitle: 'Mottagna och besvarade begäranden per månad',
    right: 'Rättighet',
    channel: 'Kanal',
    month: 'Månad',
    receivedShort: 'Mottagna',
    answeredShort: 'Besvarade',
    total: 'Totalt',
    barDescription: 'Liggande stapeldiagram. Samma siffror finns i tabellen bredvid.',
    monthDescription: 'Liggande stapeldiagram med två staplar per månad: mottagna (helfärgad) och besvarade (randig). Samma siffror finns i tabellen bredvid.',
    csvTitle: 'Insyn – statistik för dataskyddsombudet',
    csvCountedAt: 'Försenade räknade',
    csvFigure: 'Nyckeltal',
    csvValue: 'Värde',
    csvMedianDays: 'Mediantid till svar (kalenderdagar)',
  },
  en: {
    title: 'Overview for the data protection officer',
    lead: 'How the agency handles requests under the General Data Protection Regulation: how many come in, how fast they are answered and how many are overdue.',
    periodLegend: 'Choose a period',
    from: 'From',
    to: 'To (inclusive)',
    show: 'Show',
    period: (from, to) => `Period: ${from} – ${to}.`,
    countedAt: (at) => `Overdue requests counted ${at}.`,
    csvLink: 'Download the figures as a CSV file',
    csvHint: 'The file opens in a spreadsheet with English settings.',
    keyFigures: 'Key figures',
    received: 'Requests received',
    answered: 'Requests answered',
    medianDays: 'Median time to answer',
    days: (value) => (value === '1' ? '1 day' : `${value} days`),
    noneAnswered: 'None answered',
    overdueNow: 'Overdue now',
    extensions: 'Deadlines extended',
    byRight: 'By right',
    byRightTitle: 'Requests received by right',
    byChannel: 'By channel',
    byChannelTitle: 'Requests received by channel',
    rightAndChannel: 'Right and channel',
    rightAndChannelTitle: 'Requests received by right and channel',
    perMonth: 'By month',
    perMonthTitle: 'Requests received and answered by month',
    right: 'Right',
    channel: 'Channel',
    month: 'Month',
    receivedShort: 'Received',
    answeredShort: 'Answered',
    total: 'Total',
    barDescription: 'Horizontal bar chart. The same figures are in the table beside it.',
    monthDescription: 'Horizontal bar chart with two bars a month: received (solid) and answered (striped). The same figures are in the table beside it.',
    csvTitle: 'Insyn – statistics for the data protection officer',
    csvCountedAt: 'Overdue counted at',
    csvFigure: 'Figure',
    csvValue: 'Value',
    csvMedianDays: 'Median time to answer (calendar days)',
  },
};
