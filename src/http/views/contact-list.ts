// A contact block (phone, postal address, e-mail, website) as a description list, and the
// text of an external link with its host name, e.g. "Integritetsskyddsmyndigheten (imy.se)".
import type { Contact } from '../../catalog/catalog-types.ts';
import { html, type SafeHtml } from '../../lib/html.ts';

export interface ContactLabels {
  readonly phone: string;
  readonly postalAddress: string;
  readonly email: string;
  readonly url: string;
}

/** "www.imy.se/x" → "imy.se" */
export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function row(label: string, value: SafeHtml | string | undefined): SafeHtml {
  return value ? html`<dt>${label}</dt><dd>${value}</dd>` : html``;
}

export function contactList(contact: Contact, labels: ContactLabels): SafeHtml {
  return html`<dl class="contact">
        ${row(labels.phone, contact.phone)}
        ${row(labels.postalAddress, contact.postalAddress)}
        ${row(labels.email, contact.email ? html`<a href="mailto:${contact.email}">${contact.email}</a>` : undefined)}
        ${row(labels.url, contact.url ? html`<a href="${contact.url}">${hostOf(contact.url)}</a>` : undefined)}
      </dl>`;
}
