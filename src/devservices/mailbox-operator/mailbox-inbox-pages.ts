// The inbox pages of the development mailbox operator, where a demo person reads their letters:
// the list of mailboxes, one mailbox's letters and one letter with its attachments. Server-rendered,
// Swedish by default and English with ?lang=en, no script at all, a skip link, one h1 per page.
// A personnummer is only ever shown masked (YYYYMMDD-****); links carry opaque ids.
import { html, type SafeHtml } from '../../lib/html.ts';
import type { StoredMessage } from './mailbox-message-store.ts';

export type InboxLanguage = 'sv' | 'en';

export const INBOX_STYLESHEET_PATH = '/inkorg.css';

export interface InboxSummary {
  readonly inboxId: string;
  readonly maskedNumber: string;
  readonly operatorName: string;
  readonly status: 'active' | 'pending' | 'closed';
  readonly messages: number;
  readonly unread: number;
}

const text = {
  sv: {
    skip: 'Gå till innehåll', banner: 'Endast för utveckling och test. Ingen riktig digital brevlåda.',
    languageLabel: 'Språk', otherLanguage: 'In English', breadcrumbs: 'Sökväg',
    home: 'Brevlådor', homeTitle: 'Digitala brevlådor (demo)',
    homeIntro: 'Här läser demopersonerna de meddelanden som Insyn har skickat till deras digitala brevlåda.',
    noInboxes: 'Det finns inga brevlådor.', operator: 'Brevlådeoperatör', letters: 'Meddelanden',
    status: 'Status', active: 'Aktiv', pending: 'Inte aktiverad', closed: 'Avslutad', unreadCount: (count: number) => `${count} olästa`,
    inboxTitle: (masked: string) => `Inkorg för ${masked}`, noLetters: 'Inkorgen är tom.', sender: 'Avsändare',
    received: 'Mottaget', read: 'Läst', unread: 'Oläst', lettersCaption: 'Meddelanden, nyast först',
    backToInbox: 'Inkorgen', attachments: 'Bilagor', noAttachments: 'Meddelandet har inga bilagor.',
    download: 'Ladda ned', support: 'Frågor om meddelandet', phone: 'Telefon', email: 'E-post', web: 'Webbplats',
    htmlBody: 'Meddelandets innehåll', notFoundTitle: 'Sidan finns inte',
    notFound: 'Brevlådan, meddelandet eller bilagan finns inte. Gå tillbaka till listan över brevlådor.',
    mailbox: 'Brevlåda', kilobytes: 'kB',
  },
  en: {
    skip: 'Skip to content', banner: 'For development and testing only. Not a real digital mailbox.',
    languageLabel: 'Language', otherLanguage: 'På svenska', breadcrumbs: 'Breadcrumbs',
    home: 'Mailboxes', homeTitle: 'Digital mailboxes (demo)',
    homeIntro: 'This is where the demo persons read the messages Insyn has sent to their digital mailbox.',
    noInboxes: 'There are no mailboxes.', operator: 'Mailbox operator', letters: 'Messages',
    status: 'Status', active: 'Active', pending: 'Not activated', closed: 'Closed', unreadCount: (count: number) => `${count} unread`,
    inboxTitle: (masked: string) => `Inbox of ${masked}`, noLetters: 'The inbox is empty.', sender: 'Sender',
    received: 'Received', read: 'Read', unread: 'Unread', lettersCaption: 'Messages, newest first',
    backToInbox: 'Inbox', attachments: 'Attachments', noAttachments: 'The message has no attachments.',
    download: 'Download', support: 'Questions about the message', phone: 'Phone', email: 'E-mail', web: 'Website',
    htmlBody: 'Content of the message', notFoundTitle: 'Page not found',
    notFound: 'The mailbox, message or attachment does not exist. Go back to the list of mailboxes.',
    mailbox: 'Mailbox', kilobytes: 'kB',
  },
} as const;

type Texts = (typeof text)[InboxLanguage];

/** A link to a path in the given language (Swedish needs no parameter). */
export function inboxHref(path: string, language: InboxLanguage): string {
  return language === 'en' ? `${path}?lang=en` : path;
}

function formatTime(iso: string, language: InboxLanguage): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));
}

function formatSize(bytes: number, t: Texts): string {
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('sv-SE')} ${t.kilobytes}`;
}

interface Crumb { readonly label: string; readonly path?: string }

function page(language: InboxLanguage, path: string, title: string, crumbs: readonly Crumb[], main: SafeHtml): string {
  const t = text[language];
  const other: InboxLanguage = language === 'sv' ? 'en' : 'sv';
  const trail = crumbs.map((crumb) => crumb.path
    ? html`<li><a href="${inboxHref(crumb.path, language)}">${crumb.label}</a></li>`
    : html`<li aria-current="page">${crumb.label}</li>`);
  return html`<!doctype html>
<html lang="${language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title === t.homeTitle ? title : `${title} – ${t.homeTitle}`}</title>
  <link rel="stylesheet" href="${INBOX_STYLESHEET_PATH}">
</head>
<body>
  <a class="skip-link" href="#innehall">${t.skip}</a>
  <header class="banner">
    <p>${t.banner}</p>
    <nav aria-label="${t.languageLabel}"><a href="${inboxHref(path, other)}" lang="${other}" hreflang="${other}">${t.otherLanguage}</a></nav>
  </header>
  <nav aria-label="${t.breadcrumbs}" class="crumbs"><ol>${trail}</ol></nav>
  <main id="innehall" tabindex="-1">
${main}
  </main>
</body>
</html>
`.toString();
}

export function renderInboxList(language: InboxLanguage, inboxes: readonly InboxSummary[]): string {
  const t = text[language];
  const items = inboxes.map((inbox) => html`<li>
        <a href="${inboxHref(`/inkorg/${inbox.inboxId}`, language)}">${inbox.maskedNumber}, ${inbox.operatorName}</a>
        <p class="meta">${t.status}: ${t[inbox.status]}. ${t.letters}: ${inbox.messages}${inbox.unread > 0
          ? html`, <strong>${t.unreadCount(inbox.unread)}</strong>` : ''}.</p>
      </li>`);
  return page(language, '/', t.homeTitle, [{ label: t.home }], html`<h1>${t.homeTitle}</h1>
    <p>${t.homeIntro}</p>
    <h2>${t.home}</h2>
    ${inboxes.length === 0 ? html`<p>${t.noInboxes}</p>` : html`<ul class="items">${items}</ul>`}`);
}

export function renderInbox(language: InboxLanguage, inbox: InboxSummary, messages: readonly StoredMessage[]): string {
  const t = text[language];
  const path = `/inkorg/${inbox.inboxId}`;
  const items = messages.map((message) => html`<li${message.read ? '' : html` class="unread"`}>
        <a href="${inboxHref(`${path}/${message.key}`, language)}" lang="${message.language}">${message.subject}</a>
        <p class="meta">${t.sender}: ${message.sender.name}. ${t.received}: <time datetime="${message.receivedTime}">${
          formatTime(message.receivedTime, language)}</time>. ${message.read ? t.read : html`<strong>${t.unread}</strong>`}.</p>
      </li>`);
  const title = t.inboxTitle(inbox.maskedNumber);
  return page(language, path, title, [{ label: t.home, path: '/' }, { label: title }], html`<h1>${title}</h1>
    <p>${t.operator}: ${inbox.operatorName}. ${t.status}: ${t[inbox.status]}.</p>
    <h2>${t.lettersCaption}</h2>
    ${messages.length === 0 ? html`<p>${t.noLetters}</p>` : html`<ul class="items">${items}</ul>`}`);
}

function supportSection(message: StoredMessage, t: Texts): SafeHtml {
  const support = message.supportInfo;
  const url = URL.canParse(support.url) && /^https?:$/.test(new URL(support.url).protocol) ? support.url : undefined;
  const items = [
    support.phone ? html`<li>${t.phone}: ${support.phone}</li>` : '',
    support.email ? html`<li>${t.email}: <a href="mailto:${support.email}">${support.email}</a></li>` : '',
    url ? html`<li>${t.web}: <a href="${url}">${url}</a></li>` : '',
  ];
  return html`<h2>${t.support}</h2>
    <div lang="${message.language}"><p>${support.text}</p></div>
    <ul>${items}</ul>`;
}

export function renderMessage(language: InboxLanguage, inbox: InboxSummary, message: StoredMessage): string {
  const t = text[language];
  const inboxPath = `/inkorg/${inbox.inboxId}`;
  const path = `${inboxPath}/${message.key}`;
  const body = message.body.contentType === 'text/plain'
    ? html`<div class="message-body" lang="${message.language}">${message.body.text}</div>`
    : html`<iframe class="message-frame" title="${t.htmlBody}" src="${path}/innehall" sandbox=""></iframe>`;
  const attachments = message.attachments.map((attachment, index) => html`<li>
        <a href="${path}/bilagor/${index}">${t.download} ${attachment.filename}</a> <span class="meta">(${attachment.contentType}, ${formatSize(attachment.size, t)})</span>
      </li>`);
  return page(language, path, message.subject, [
    { label: t.home, path: '/' }, { label: t.inboxTitle(inbox.maskedNumber), path: inboxPath }, { label: message.subject },
  ], html`<h1 lang="${message.language}">${message.subject}</h1>
    <dl class="facts">
      <div><dt>${t.sender}</dt><dd>${message.sender.name}</dd></div>
      <div><dt>${t.received}</dt><dd><time datetime="${message.receivedTime}">${formatTime(message.receivedTime, language)}</time></dd></div>
      <div><dt>${t.mailbox}</dt><dd>${inbox.operatorName}, ${inbox.maskedNumber}</dd></div>
    </dl>
    ${body}
    <h2>${t.attachments}</h2>
    ${message.attachments.length === 0 ? html`<p>${t.noAttachments}</p>` : html`<ul class="attachments">${attachments}</ul>`}
    ${supportSection(message, t)}
    <p><a href="${inboxHref(inboxPath, language)}">${t.backToInbox}</a></p>`);
}

export function renderNotFound(language: InboxLanguage, path: string): string {
  const t = text[language];
  return page(language, path, t.notFoundTitle, [{ label: t.home, path: '/' }, { label: t.notFoundTitle }], html`<h1>${t.notFoundTitle}</h1>
    <p>${t.notFound}</p>
    <p><a href="${inboxHref('/', language)}">${t.home}</a></p>`);
}

export const inboxStylesheet = `
body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fff; line-height: 1.5; }
.skip-link { position: absolute; left: 0.5rem; top: -3rem; background: #fff; color: #003d7a; padding: 0.5rem 1rem; z-index: 1; }
.skip-link:focus { top: 0.5rem; }
.banner { background: #6b2d00; color: #fff; padding: 0.5rem 1rem; display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; justify-content: space-between; }
.banner p { margin: 0; font-weight: bold; }
.banner a { color: #fff; }
.crumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0 auto; padding: 0.75rem 1rem 0; max-width: 50rem; }
.crumbs li + li::before { content: '›'; margin-right: 0.5rem; color: #595959; }
main { max-width: 50rem; margin: 0 auto; padding: 1rem; }
a { color: #003d7a; }
h1, a { overflow-wrap: anywhere; }
.items { list-style: none; margin: 0; padding: 0; border-top: 1px solid #767676; }
.items li { padding: 0.75rem 0; border-bottom: 1px solid #767676; }
.items .meta { margin: 0.25rem 0 0; }
.items li.unread > a { font-weight: bold; }
.facts div { display: flex; gap: 0.5rem; }
.facts dt { font-weight: bold; }
.facts dt::after { content: ':'; }
.facts dd { margin: 0; }
.message-body { white-space: pre-wrap; border: 1px solid #767676; padding: 1rem; overflow-wrap: anywhere; }
.message-frame { width: 100%; min-height: 20rem; border: 1px solid #767676; }
.meta { color: #3d3d3d; }
:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
`;
