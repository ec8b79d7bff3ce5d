// The accessibility statement (tillgänglighetsredogörelse) at /tillganglighet (/en/accessibility),
// generated from the catalog: the agency and the service, the compliance status with lag
// (2018:1937), the content that is not accessible (non-compliant, exempted as a disproportionate
// burden under 12 §, outside the law under 9 §) with reasons, how to get content another way,
// the feedback form, DIGG's complaint form, the evaluation method and the dates. Also the receipt
// shown after a message is sent.
import type { AccessibilityItem, Catalog } from '../../catalog/catalog-types.ts';
import { html, type SafeHtml } from '../../lib/html.ts';
import type { Language } from '../request-language.ts';
import { feedbackErrorSummary, feedbackForm, type FeedbackFormState } from './accessibility-feedback-form.ts';
import { accessibilityPageText, DIGG_COMPLAINT_URL, feedbackReceiptPaths, type AccessibilityPageText } from './accessibility-page-text.ts';
import { contactList } from './contact-list.ts';
import { formatDate } from './format-date.ts';
import { layout } from './layout.ts';
import { publicPaths } from './layout-text.ts';

interface Input {
  readonly catalog: Catalog;
  readonly language: Language;
  readonly text: AccessibilityPageText;
  /** Present when the feedback form is served. */
  readonly form?: FeedbackFormState;
}

interface Section {
  readonly id: string;
  readonly heading: string;
  readonly body: SafeHtml;
}

const date = (iso: string, language: Language) => html`<time datetime="${iso}">${formatDate(iso, language)}</time>`;
const agency = (input: Input) => input.catalog.controller.name[input.language];

function facts(input: Input): SafeHtml {
  const { accessibility } = input.catalog;
  const words = input.text.facts;
  return html`<dl class="statement-facts">
        <dt>${words.agency}</dt><dd>${agency(input)}</dd>
        <dt>${words.service}</dt><dd>${accessibility.service[input.language]}</dd>
        <dt>${words.status}</dt><dd>${input.text.statusShort[accessibility.status]}</dd>
        <dt>${words.assessed}</dt><dd>${date(accessibility.assessed, input.language)}</dd>
        <dt>${words.lastUpdated}</dt><dd>${date(accessibility.lastUpdated, input.language)}</dd>
      </dl>`;
}

function items(list: readonly AccessibilityItem[], none: string, language: Language): SafeHtml {
  if (list.length === 0) return html`<p>${none}</p>`;
  return html`<dl class="statement-items">
          ${list.map((item) => html`<dt>${item.content[language]}</dt><dd>${item.reason[language]}</dd>`)}
        </dl>`;
}

function problemsSection(input: Input): Section {
  const { accessibility } = input.catalog;
  const words = input.text.problems;
  return {
    id: 'brister',
    heading: words.heading,
    body: html`<h3>${words.nonCompliant}</h3>
        ${items(accessibility.nonCompliant, words.nonCompliantNone, input.language)}
        <h3>${words.burden}</h3>
        ${items(accessibility.disproportionateBurden, words.burdenNone, input.language)}
        <h3>${words.outside}</h3>
        ${items(accessibility.outsideScope, words.outsideNone, input.language)}`,
  };
}

function otherFormatSection(input: Input): Section {
  const words = input.text.otherFormat;
  return {
    id: 'annat-format',
    heading: words.heading,
    body: html`<p>${words.lead}</p>
        <h3>${words.contact(agency(input))}</h3>
        ${contactList(input.catalog.controller.contact, input.text.contactLabels)}`,
  };
}

function feedbackSection(input: Input): Section {
  const words = input.text.feedback;
  return {
    id: 'meddelande',
    heading: words.heading,
    body: html`<p>${words.lead}</p>
        ${input.form ? html`<p>${words.noLogin}</p>
        ${feedbackForm(input.form, input.language)}` : ''}
        <p>${words.otherWays}</p>`,
  };
}

function sections(input: Input): Section[] {
  const { accessibility } = input.catalog;
  const words = input.text;
  return [
    { id: 'status', heading: words.status.heading, body: html`<p>${words.status.sentence[accessibility.status]}</p>` },
    problemsSection(input),
    otherFormatSection(input),
    feedbackSection(input),
    {
      id: 'tillsyn',
      heading: words.supervision.heading,
      body: html`<p>${words.supervision.role}</p>
        <p>${words.supervision.notSatisfied}</p>
        <p><a href="${DIGG_COMPLAINT_URL}">${words.supervision.link}</a></p>`,
    },
    {
      id: 'metod',
      heading: words.method.heading,
      body: html`<p>${accessibility.method[input.language]}</p>
        <p>${words.method.assessed} ${date(accessibility.assessed, input.language)}.</p>
        <p>${words.method.lastUpdated} ${date(accessibility.lastUpdated, input.language)}.</p>`,
    },
  ];
}

function contents(list: readonly Section[], label: string): SafeHtml {
  return html`<nav class="contents" aria-labelledby="innehall-rubrik">
        <h2 id="innehall-rubrik">${label}</h2>
        <ul>${list.map((section) => html`<li><a href="#${section.id}">${section.heading}</a></li>`)}</ul>
      </nav>`;
}

const errorPrefix: Readonly<Record<Language, string>> = { sv: 'Fel: ', en: 'Error: ' };

/** The whole statement as an HTML document; with `form`, the feedback form in it (and its errors at the top). */
export function renderAccessibilityStatement(catalog: Catalog, language: Language, form?: FeedbackFormState): SafeHtml {
  const input: Input = { catalog, language, text: accessibilityPageText[language], ...(form ? { form } : {}) };
  const list = sections(input);
  const hasErrors = (form?.problems.length ?? 0) > 0;
  return layout({
    language,
    title: `${hasErrors ? errorPrefix[language] : ''}${input.text.title}`,
    agencyName: agency(input),
    organisationNumber: catalog.controller.organisationNumber,
    page: 'accessibility',
    main: html`${form ? feedbackErrorSummary(form, language) : ''}
      <h1>${input.text.title}</h1>
      <p class="lead">${input.text.intro(agency(input))}</p>
      ${facts(input)}
      ${contents(list, input.text.contents)}
      ${list.map((section) => html`<section aria-labelledby="${section.id}">
        <h2 id="${section.id}">${section.heading}</h2>
        ${section.body}
      </section>`)}`,
  });
}

/** The page after a message was stored: thanks, what happens next, the way back. */
export function renderFeedbackReceipt(catalog: Catalog, language: Language): SafeHtml {
  const words = accessibilityPageText[language].receipt;
  const other = language === 'sv' ? 'en' : 'sv';
  return layout({
    language,
    title: words.title,
    agencyName: catalog.controller.name[language],
    organisationNumber: catalog.controller.organisationNumber,
    alternate: feedbackReceiptPaths[other],
    main: html`<h1>${words.title}</h1>
      <p class="lead">${words.received}</p>
      <p>${words.answer}</p>
      <p><a href="${publicPaths.accessibility[language]}">${words.back}</a></p>`,
  });
}
