// The record of processing activities (Art. 30(1) GDPR, "registerförteckning") from the
// catalog, as CSV for spreadsheets, JSON for machines, or Markdown for people.
// One activity per dataset holding personal data and purpose: see ropa-record.ts.
import type { Catalog } from './catalog-types.ts';
import { ropaCsv } from './ropa-csv.ts';
import { ropaMarkdown } from './ropa-markdown.ts';
import { ropaRecord } from './ropa-record.ts';
import type { Language } from './ropa-words.ts';

export const ropaFormats = ['csv', 'json', 'md'] as const;
export type RopaFormat = (typeof ropaFormats)[number];

export function renderRopa(catalog: Catalog, format: RopaFormat, lang: Language = 'sv'): string {
  const record = ropaRecord(catalog, lang);
  switch (format) {
    case 'csv': return ropaCsv(record);
    case 'json': return `${JSON.stringify(record, null, 2)}\n`;
    case 'md': return ropaMarkdown(record);
  }
}
