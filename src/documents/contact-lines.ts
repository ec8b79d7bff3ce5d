// A contact (the agency, its data protection officer, the supervisory authority) as the list
// extracts and letters print: the name, then "Telefon: …", "Mejl: …" and the like for what it has.
import type { Block } from './document-outline.ts';
import type { ExtractContact } from './extract-model.ts';

export interface ContactLabels {
  readonly phone: string;
  readonly email: string;
  readonly postalAddress: string;
  readonly url: string;
}

export function contactLines(contact: ExtractContact, labels: ContactLabels): Block {
  const details: [string, string | undefined][] = [
    [labels.phone, contact.phone], [labels.email, contact.email],
    [labels.postalAddress, contact.postalAddress], [labels.url, contact.url],
  ];
  const lines = details.filter(([, value]) => Boolean(value)).map(([label, value]) => `${label}: ${value}`);
  return { kind: 'list', items: [contact.name, ...lines] };
}
