// The accessibility statement (R44): every field the law asks for, in Swedish and English, drawn
// from the catalog; the status in words for each value; the feedback form's markup and errors; and
// the page frame every public page shares: the skip link first, the old-browser notice, the footer link.
import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { Catalog } from '../catalog/catalog-types.ts';
import { demoCatalog, testServer } from '../../test/support/test-server.ts';
import { escapeHtml } from '../lib/html.ts';
import { renderAccessibilityStatement } from './views/accessibility-page.ts';
import { blankFeedbackForm } from './views/accessibility-feedback-form.ts';

const catalog = demoCatalog();
const statement = catalog.accessibility;

async function get(t: TestContext, url: string, options: { catalog?: Catalog } = {}) {
  const app = await testServer(t, options);
  return app.inject({ url });
}

const has = (body: string, text: string, what = text) => assert.ok(body.includes(escapeHtml(text)), `${what} is on the page`);

const expected = {
  sv: {
    path: '/tillganglighet', h1: 'Tillgänglighetsredogörelse',
    status: 'Webbplatsen är delvis förenlig med lagen (2018:1937) om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.',
    headings: ['Bristande förenlighet med lagkraven', 'Oskäligt betungande anpassning (12 §)', 'Innehåll som inte omfattas av lagen (9 §)',
      'Rapportera brister i webbplatsens tillgänglighet', 'Tillsyn', 'Hur vi testat webbplatsen'],
    burdenNone: 'Vi undantar inget innehåll med hänvisning till att det skulle vara oskäligt betungande att göra det tillgängligt.',
    dates: ['Senaste bedömningen gjordes den <time datetime="2026-11-29">29 november 2026</time>.',
      'Redogörelsen uppdaterades senast den <time datetime="2026-11-29">29 november 2026</time>.'],
    footer: '<a href="/tillganglighet">Tillgänglighetsredogörelse</a>',
  },
  en: {
    path: '/en/accessibility', h1: 'Accessibility statement',
    status: 'The website is partially compliant with the Act on accessibility to digital public services (2018:1937), due to the problems described below.',
    headings: ['Non-compliance with the requirements', 'Disproportionate burden (section 12)', 'Content outside the scope of the Act (section 9)',
      'Report accessibility problems', 'Supervision', 'How we tested the website'],
    burdenNone: 'We exempt no content on the grounds that making it accessible would be a disproportionate burden.',
    dates: ['The latest assessment was made on <time datetime="2026-11-29">29 November 2026</time>.',
      'This statement was last updated on <time datetime="2026-11-29">29 November 2026</time>.'],
    footer: '<a href="/en/accessibility">Accessibility statement</a>',
  },
} as const;

for (const language of ['sv', 'en'] as const) {
  const words = expected[language];
  test(`${words.path} holds every field R44 asks for, from the catalog (${language})`, async (t) => {
    const response = await get(t, words.path);
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, new RegExp(`<html lang="${language}">`));
    assert.match(body, new RegExp(`<h1>${words.h1}</h1>`));
    has(body, catalog.controller.name[language], 'the name of the public body');
    has(body, statement.service[language], 'the name of the service');
    has(body, words.status, 'the compliance status');
    for (const item of [...statement.nonCompliant, ...statement.outsideScope]) {
      has(body, item.content[language], 'listed content');
      has(body, item.reason[language], 'its reason');
    }
    has(body, words.burdenNone, 'the disproportionate burden (none claimed)');
    for (const heading of words.headings) has(body, heading);
    for (const line of words.dates) assert.ok(body.includes(line), line);
    has(body, statement.method[language], 'the evaluation method');
    assert.ok(body.includes('href="https://www.digg.se/tdosanmalan"'), "the link to DIGG's complaint form");
    const { contact } = catalog.controller;
    for (const value of [contact.phone, contact.postalAddress, contact.url]) has(body, value ?? 'missing', 'a contact path');
    assert.ok(body.includes(words.footer), 'the footer links to the statement');
    // A server without the feedback service has no form to post to: the page offers the other contact paths.
    assert.doesNotMatch(body, /<form class="feedback-form"/);
  });
}

test('the status reads "helt", "delvis" or "inte förenlig", and empty lists say so', () => {
  const variant = (change: Partial<Catalog['accessibility']>) => renderAccessibilityStatement(
    { ...catalog, accessibility: { ...statement, ...change } }, 'sv').value;
  const full = variant({ status: 'full', nonCompliant: [], outsideScope: [] });
  assert.match(full, /Webbplatsen är helt förenlig med lagen \(2018:1937\) om tillgänglighet till digital offentlig service\.<\/p>/);
  assert.match(full, /<dd>Helt förenlig med lagen<\/dd>/);
  assert.match(full, /Vi känner inte till något innehåll som inte uppfyller kraven\./);
  assert.match(full, /Allt innehåll på webbplatsen omfattas av lagens krav\./);
  assert.match(variant({ status: 'none' }), /Webbplatsen är inte förenlig med lagen \(2018:1937\) om tillgänglighet till digital offentlig service, på grund av/);
  const burden = variant({ disproportionateBurden: [{ content: { sv: 'Gamla filmer', en: 'Old films' }, reason: { sv: 'Kostar för mycket.', en: 'Too costly.' } }] });
  assert.match(burden, /<dt>Gamla filmer<\/dt><dd>Kostar för mycket\.<\/dd>/);
});

test('the feedback form: labelled controls, hints tied to them, no script, the CSRF token only with a session', () => {
  const page = renderAccessibilityStatement(catalog, 'sv', { values: blankFeedbackForm, problems: [] }).value;
  assert.match(page, /<form class="feedback-form" method="post" action="\/tillganglighet" novalidate>/);
  assert.match(page, /<label class="field-label" for="feedback-message">Ditt meddelande<\/label>/);
  assert.match(page, /<textarea id="feedback-message" name="message" rows="6" aria-describedby="feedback-message-hint">/);
  assert.match(page, /<label class="field-label" for="feedback-page">Vilken sida gäller det\? \(frivilligt\)<\/label>/);
  assert.match(page, /<fieldset aria-describedby="feedback-answer-hint">\s*<legend>Vill du ha svar\? \(frivilligt\)<\/legend>/);
  assert.match(page, /id="feedback-email" name="email" value="" inputmode="email" autocomplete="email"/);
  assert.match(page, /id="feedback-phone" name="phone" value="" inputmode="tel" autocomplete="tel"/);
  assert.match(page, /<button type="submit" class="button">Skicka meddelandet<\/button>/);
  assert.doesNotMatch(page, /name="_csrf"|<script|error-summary/);
  const signedIn = renderAccessibilityStatement(catalog, 'sv', { values: blankFeedbackForm, problems: [], csrfToken: 'tok"en' }).value;
  assert.match(signedIn, /<input type="hidden" name="_csrf" value="tok&quot;en">/);
});

test('a form with problems: "Fel:" in the title, a summary linking each problem to its field, values kept and escaped', () => {
  const values = { ...blankFeedbackForm, message: '', page: '<sida>', name: 'Anna', email: 'inte-en-adress' };
  const page = renderAccessibilityStatement(catalog, 'sv', { values, problems: ['email-invalid', 'message-missing'] }).value;
  assert.match(page, /<title>Fel: Tillgänglighetsredogörelse – /);
  const summary = /<div class="error-summary" role="alert"[^>]*>([\s\S]*?)<\/div>/.exec(page)?.[1] ?? '';
  assert.deepEqual([...summary.matchAll(/<a href="#([^"]+)">/g)].map((match) => match[1]), ['feedback-message', 'feedback-email']);
  assert.match(summary, /Skriv ditt meddelande/);
  assert.match(summary, /Skriv e-postadressen i formen namn@exempel\.se/);
  assert.ok(page.indexOf('error-summary') < page.indexOf('<h1>'), 'the summary comes first in <main>');
  assert.match(page, /<textarea id="feedback-message" name="message" rows="6" aria-describedby="feedback-message-hint feedback-message-error" aria-invalid="true">/);
  assert.match(page, /id="feedback-email" name="email" value="inte-en-adress"[^>]*aria-describedby="feedback-email-error" aria-invalid="true"/);
  assert.match(page, /value="&lt;sida&gt;"/);
  const english = renderAccessibilityStatement(catalog, 'en', { values, problems: ['message-too-long'] }).value;
  assert.match(english, /<title>Error: Accessibility statement – /);
  assert.match(english, /The message can be at most 4,000 characters/);
});

const publicPages = ['/', '/en', '/behandling-av-personuppgifter', '/en/personal-data', '/tillganglighet', '/en/accessibility', '/finns-inte'];

test('every public page: the skip link is the first focusable element after the cookie banner, then the old-browser notice; the footer links to the statement', async (t) => {
  const app = await testServer(t);
  for (const url of publicPages) {
    const { body } = await app.inject({ url });
    const english = url.startsWith('/en');
    // The cookie banner (a region of its own, until a choice is made) may come first; then the skip link.
    const afterBody = body.slice(body.indexOf('<body>')).replace(/<section class="insyn-consent"[\s\S]*?<\/section>/, '');
    const firstFocusable = /<(a|button|input|select|textarea)\b[^>]*>/.exec(afterBody)?.[0];
    assert.equal(firstFocusable, '<a class="skip-link" href="#innehall">', url);
    assert.match(afterBody, english ? /Skip to content<\/a>\s*<div class="old-browser">\s*<p><strong>Please note\.\.\.<\/strong><\/p>/
      : /Gå till innehåll<\/a>\s*<div class="old-browser">\s*<p><strong>Tänk på att\.\.\.<\/strong><\/p>/, url);
    if (!english) {
      assert.ok(body.includes('<p>Din webbläsare är av en äldre modell. Det innebär att du kanske inte kan använda alla funktioner på webbplatsen. '
        + 'Vi rekommenderar att du uppdaterar till en nyare version.</p>'), url);
    }
    assert.ok(body.includes(english ? expected.en.footer : expected.sv.footer), `${url} links to the statement`);
  }
});

test('the stylesheet hides the old-browser notice only where @supports finds grid and custom properties', async (t) => {
  const css = (await get(t, '/assets/insyn.css')).body;
  assert.match(css, /\.old-browser \{[^}]*background: #fff4d6/);
  assert.match(css, /@supports \(display: grid\) and \(--insyn-modern: 1\) \{\s*\.old-browser \{ display: none; \}\s*\}/);
});
