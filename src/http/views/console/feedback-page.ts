// The console's list of accessibility feedback (the <main> content; consoleLayout frames it):
// what visitors sent through the accessibility statement's form, newest first, each with when it
// came, the page it concerns, the message as written and how to answer (or that no answer is wanted).
import type { FeedbackEntry } from '../../../operations/accessibility/accessibility-feedback.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';
import type { Language } from '../../request-language.ts';
import { formatDateTime } from './format-date-time.ts';

const text = {
  sv: {
    title: 'Tillgänglighetsmeddelanden',
    lead: 'Meddelanden som besökare har skickat med formuläret i tillgänglighetsredogörelsen, de senaste först. '
      + 'Svara den som har lämnat kontaktuppgifter, och för in kända brister i redogörelsen (catalog/accessibility.yaml).',
    shown: (shown: number, total: number) => (shown === total ? `${total} meddelanden.` : `Visar de ${shown} senaste av ${total} meddelanden.`),
    none: 'Inga meddelanden har kommit in.',
    page: 'Sida', language: 'Språk', contact: 'Kontakt', message: 'Meddelande',
    noPage: 'Inte angiven', noContact: 'Vill inte ha svar',
    name: 'Namn', email: 'E-post', phone: 'Telefon',
    languages: { sv: 'svenska', en: 'engelska' },
  },
  en: {
    title: 'Accessibility feedback',
    lead: "Messages visitors sent with the accessibility statement's form, newest first. "
      + 'Answer those who left contact details, and add known problems to the statement (catalog/accessibility.yaml).',
    shown: (shown: number, total: number) => (shown === total ? `${total} messages.` : `Showing the latest ${shown} of ${total} messages.`),
    none: 'No messages have come in.',
    page: 'Page', language: 'Language', contact: 'Contact', message: 'Message',
    noPage: 'Not given', noContact: 'Wants no answer',
    name: 'Name', email: 'E-mail', phone: 'Phone',
    languages: { sv: 'Swedish', en: 'English' },
  },
} as const;

export const feedbackPageTitle = (language: Language) => text[language].title;

function contact(entry: FeedbackEntry, words: (typeof text)[Language]): SafeHtml {
  if (!entry.contact) return html`${words.noContact}`;
  const { name, email, phone } = entry.contact;
  return html`<ul class="plain-list">
          ${name ? html`<li>${words.name}: ${name}</li>` : ''}
          ${email ? html`<li>${words.email}: <a href="mailto:${email}">${email}</a></li>` : ''}
          ${phone ? html`<li>${words.phone}: ${phone}</li>` : ''}
        </ul>`;
}

function entryItem(entry: FeedbackEntry, language: Language): SafeHtml {
  const words = text[language];
  const headingId = `meddelande-${entry.id}`;
  return html`<li class="feedback-entry">
      <article aria-labelledby="${headingId}">
        <h2 id="${headingId}"><time datetime="${entry.receivedAt.toISOString()}">${formatDateTime(entry.receivedAt, language)}</time></h2>
        <dl class="case-facts">
          <div><dt>${words.page}</dt><dd>${entry.page ?? words.noPage}</dd></div>
          <div><dt>${words.language}</dt><dd>${words.languages[entry.language]}</dd></div>
          <div><dt>${words.contact}</dt><dd>${contact(entry, words)}</dd></div>
        </dl>
        <h3 class="visually-hidden">${words.message}</h3>
        <p class="feedback-message">${entry.message}</p>
      </article>
    </li>`;
}

export function renderFeedbackList(feedback: { readonly entries: readonly FeedbackEntry[]; readonly total: number }, language: Language): SafeHtml {
  const words = text[language];
  return html`<h1>${words.title}</h1>
    <p class="lead">${words.lead}</p>
    ${feedback.entries.length === 0 ? html`<p>${words.none}</p>` : html`<p>${words.shown(feedback.entries.length, feedback.total)}</p>
    <ol class="feedback-list">
      ${feedback.entries.map((entry) => entryItem(entry, language))}
    </ol>`}`;
}
