// The words of the request queue (queue-page.ts) in Swedish and English.
import type { Language } from '../../request-language.ts';

export interface QueuePageText {
  readonly title: string;
  readonly lead: string;
  readonly stalled: { readonly heading: string; readonly waiting: string; readonly failed: string };
  readonly filterLegend: string;
  readonly status: string;
  readonly allOpen: string;
  readonly right: string;
  readonly channel: string;
  readonly all: string;
  readonly limit: string;
  readonly mine: string;
  readonly overdue: string;
  readonly filter: string;
  readonly clear: string;
  readonly caption: string;
  readonly caseNumber: string;
  readonly received: string;
  readonly due: string;
  readonly daysLeft: string;
  readonly count: (shown: number, total: number) => string;
  readonly empty: string;
  readonly protectedBadge: string;
  readonly protectedHidden: string;
  readonly days: (days: number) => string;
  readonly dueSoon: string;
  readonly overdueBadge: (days: number) => string;
  readonly paused: string;
  readonly duplicate: string;
}

export const queuePageText: Readonly<Record<Language, QueuePageText>> = {
  sv: {
    title: 'Ärendekö',
    lead: 'Öppna ärenden om registrerades rättigheter, det som ska besvaras först överst.',
    stalled: { heading: 'Beslut som inte är genomförda', waiting: 'väntar på ett källsystem som inte svarar', failed: 'kunde inte genomföras, behöver åtgärdas' },
    filterLegend: 'Visa ärenden',
    status: 'Status',
    allOpen: 'Alla öppna',
    right: 'Rättighet',
    channel: 'Kanal',
    all: 'Alla',
    limit: 'Begränsa till',
    mine: 'Bara mina ärenden',
    overdue: 'Bara försenade ärenden',
    filter: 'Visa',
    clear: 'Visa alla öppna ärenden',
    caption: 'Ärenden sorterade efter sista svarsdag',
    caseNumber: 'Ärende',
    received: 'Mottagen',
    due: 'Sista svarsdag',
    daysLeft: 'Tid kvar',
    count: (shown, total) => (shown === total ? `${total} ärenden.` : `Visar ${shown} av ${total} ärenden.`),
    empty: 'Inga ärenden matchar urvalet.',
    protectedBadge: 'Skyddad identitet',
    protectedHidden: 'Ärenden om personer med skyddad identitet visas bara för den som har behörighet till dem.',
    days: (days) => (days === 0 ? 'Sista dagen i dag' : days === 1 ? '1 dag' : `${days} dagar`),
    dueSoon: 'Påminnelse: snart sista dag',
    overdueBadge: (days) => (days <= 1 ? 'Försenad' : `Försenad ${days} dagar`),
    paused: 'Tiden står still',
    duplicate: 'Dubblett',
  },
  en: {
    title: 'Request queue',
    lead: 'Open requests about data subjects’ rights, the one to answer first at the top.',
    stalled: { heading: 'Decisions not carried out', waiting: 'waiting for a source system that does not answer', failed: 'could not be carried out, needs attention' },
    filterLegend: 'Show requests',
    status: 'Status',
    allOpen: 'All open',
    right: 'Right',
    channel: 'Channel',
    all: 'All',
    limit: 'Limit to',
    mine: 'Only my requests',
    overdue: 'Only overdue requests',
    filter: 'Show',
    clear: 'Show all open requests',
    caption: 'Requests sorted by due date',
    caseNumber: 'Case',
    received: 'Received',
    due: 'Due date',
    daysLeft: 'Time left',
    count: (shown, total) => (shown === total ? `${total} requests.` : `Showing ${shown} of ${total} requests.`),
    empty: 'No request matches the selection.',
    protectedBadge: 'Protected identity',
    protectedHidden: 'Requests about persons with protected identity are shown only to staff authorised for them.',
    days: (days) => (days === 0 ? 'Due today' : days === 1 ? '1 day' : `${days} days`),
    dueSoon: 'Reminder: due soon',
    overdueBadge: (days) => (days <= 1 ? 'Overdue' : `Overdue by ${days} days`),
    paused: 'The clock is stopped',
    duplicate: 'Duplicate',
  },
};
