// The Art. 30 record as CSV (RFC 4180): one row per processing activity, each row complete
// on its own (controller, DPO, transfers and security measures repeat), lists joined by "; ".
import { toCsv } from '../lib/csv.ts';
import type { RopaActivity, RopaRecord } from './ropa-record.ts';
import type { Language } from './ropa-words.ts';

type Column = readonly [sv: string, en: string, value: (activity: RopaActivity, record: RopaRecord) => string];

const list = (values: readonly string[], none: string) => (values.length > 0 ? values.join('; ') : none);

function columns(lang: Language): readonly Column[] {
  const none = lang === 'sv' ? 'Inga' : 'None';
  return [
    ['Behandling', 'Processing activity', (activity) => activity.id],
    ['Ändamål', 'Purpose', (activity) => activity.purpose.name],
    ['Beskrivning av ändamålet', 'Description of the purpose', (activity) => activity.purpose.description],
    ['Rättslig grund', 'Legal basis', (activity) => activity.legalBasis.text],
    ['System', 'System', (activity) => activity.system.name],
    ['Datamängd', 'Dataset', (activity) => `${activity.dataset.name} (${activity.dataset.id})`],
    ['Kategorier av registrerade', 'Categories of data subjects', (activity) => list(activity.subjectCategories, none)],
    ['Kategorier av personuppgifter', 'Categories of personal data',
      (activity) => list(activity.dataCategories.map((category) => category.name), none)],
    ['Känsliga personuppgifter (art. 9–10)', 'Special categories (Art. 9–10)',
      (activity) => list(activity.dataCategories.filter((category) => category.special).map((category) => category.name), none)],
    ['Mottagare', 'Recipients',
      (activity) => list(activity.recipients.map((recipient) => `${recipient.name} (${recipient.legalBasis})`), none)],
    ['Överföring till tredje land', 'Transfers to third countries', (_, record) => record.thirdCountryTransfers],
    ['Tidsfrist för radering (gallring)', 'Time limit for erasure', (activity) => activity.retention.text],
    ['Radering på begäran', 'Erasure on request', (activity) => activity.erasure],
    ['Källa', 'Source', (activity) => activity.source],
    ['Säkerhetsåtgärder', 'Security measures', (_, record) => list(record.securityMeasures, none)],
    ['Personuppgiftsansvarig', 'Controller',
      (_, record) => `${record.controller.name} (${record.controller.organisationNumber}), ${record.controller.contact}`],
    ['Dataskyddsombud', 'Data protection officer', (_, record) => record.dpo],
    ['Senast uppdaterad', 'Last updated', (_, record) => record.lastUpdated],
  ];
}

export function ropaCsv(record: RopaRecord): string {
  const chosen = columns(record.language);
  const header = chosen.map(([sv, en]) => (record.language === 'sv' ? sv : en));
  return toCsv([header, ...record.activities.map((activity) => chosen.map(([, , value]) => value(activity, record)))]);
}
