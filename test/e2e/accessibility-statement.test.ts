// The accessibility statement and its feedback function (R44) in a real Chromium against the real
// server (the web fixture: sessions, the console, a PGlite database) under its real CSP: axe-core
// finds no WCAG 2.1 A/AA violation on the statement in Swedish and English, with the form's errors,
// on the receipt and on the console's list; every public page's footer links to the statement; the
// form is filled in and sent by keyboard alone with JavaScript disabled, the error case included;
// the old-browser notice is in every page's HTML but Chromium does not display it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { eservicePaths } from '../../src/http/views/eservice/eservice-paths.ts';
import { publicPaths } from '../../src/http/views/layout-text.ts';
import { axeSource, launchChromium, sessionContext } from '../support/chromium.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';

// The browser globals the functions run in the page use (tsconfig has no DOM library).
interface Focused { readonly id: string; readonly tagName: string; readonly textContent: string | null; closest(selector: string): unknown }
declare const document: { readonly activeElement: Focused | null };
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[]; passes: unknown[] }> } };
declare function getComputedStyle(element: unknown): { readonly display: string };

let browser: Browser;
let fixture: WebFixture;
let base: string;
let citizen: SessionCookie;
let administrator: SessionCookie;

before(async () => {
  fixture = await openWebFixture();
  base = await fixture.app.listen({ host: '127.0.0.1', port: 0 });
  citizen = await fixture.citizenCookie(syntheticIdentityNumber('1984-03-12', 903).normalized, { name: 'Anna Andersson' });
  administrator = await fixture.staffCookie(['administrator'], { staffId: 'adam' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await fixture?.close();
});

function contextFor(session: SessionCookie | undefined, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return sessionContext(browser, base, session, options);
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  assert.ok(result.passes.length > 10);
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

const focused = (page: Page) => page.evaluate(() => ({
  id: document.activeElement?.id ?? '', tag: document.activeElement?.tagName ?? '', text: document.activeElement?.textContent?.trim() ?? '',
  inBanner: Boolean(document.activeElement?.closest('#insyn-consent')),
}));

type FocusedElement = Awaited<ReturnType<typeof focused>>;

/** Presses Tab until `reached` holds for the focused element (at most `limit` times); fails if it never does. */
async function tabUntil(page: Page, reached: (element: FocusedElement) => boolean, what: string, limit = 80): Promise<FocusedElement> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    if (reached(element)) return element;
  }
  assert.fail(`${what} was not reached by Tab`);
}

/** Sends the form (by `act`) and waits for the page the POST answers with; its status (303 when redirected). */
async function submitBy(page: Page, act: () => Promise<void>): Promise<number> {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.request().method() === 'POST'), page.waitForEvent('load'), act(),
  ]);
  return response.status();
}

const submitByEnter = (page: Page) => submitBy(page, () => page.keyboard.press('Enter'));

for (const language of ['sv', 'en'] as const) {
  const path = publicPaths.accessibility[language];
  test(`${path}: no axe-core violation, blank, with the form's errors, and the receipt`, async () => {
    // bypassCSP only so that axe can be injected; the pages themselves have no script.
    const context = await contextFor(undefined, { bypassCSP: true, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    assert.equal((await page.goto(`${base}${path}`))?.status(), 200);
    assert.equal(await page.locator('html').getAttribute('lang'), language);
    assert.deepEqual(await axeViolations(page), [], `${path} blank`);
    const submit = page.locator('form.feedback-form button[type="submit"]');
    assert.equal(await submitBy(page, () => submit.click()), 422);
    assert.equal(await page.locator('.error-summary').count(), 1);
    assert.deepEqual(await axeViolations(page), [], `${path} with errors`);
    await page.locator('#feedback-message').fill(language === 'sv' ? 'Rubrikerna i PDF-filen läses inte upp.' : 'The PDF headings are not read out.');
    assert.equal(await submitBy(page, () => submit.click()), 303);
    assert.match(new URL(page.url()).pathname, /\/(tack|thank-you)$/);
    assert.deepEqual(await axeViolations(page), [], `${path} receipt`);
    await context.close();
  });
}

test('the console list of feedback: no axe-core violation', async () => {
  const form = { message: 'Fokus syns inte\npå länkarna.', page: '/tillganglighet', name: 'Anna', email: 'anna@example.se', phone: '' };
  await fixture.accessibilityFeedback.submit(form, { address: '192.0.2.1', language: 'sv' });
  await fixture.accessibilityFeedback.submit({ ...form, name: '', email: '' }, { address: '192.0.2.1', language: 'en' });
  const context = await contextFor(administrator, { bypassCSP: true });
  const page = await context.newPage();
  assert.equal((await page.goto(`${base}/konsol/tillganglighet`))?.status(), 200);
  assert.ok(await page.locator('.feedback-entry').count() >= 2);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('every public page, the e-service and an error page: the skip link first after the banner, the footer links to the statement', async () => {
  const sv = eservicePaths('sv');
  const en = eservicePaths('en');
  const pages = [
    ...Object.values(publicPaths).flatMap((paths) => [paths.sv, paths.en]),
    sv.start, en.start, sv.form('access'), sv.requests, '/finns-inte', '/en/does-not-exist',
  ];
  const context = await contextFor(citizen, { javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of pages) {
    const response = await page.goto(`${base}${path}`);
    assert.ok(response && response.status() < 500, path);
    assert.equal(new URL(page.url()).pathname, path, 'not sent elsewhere');
    // An error page speaks the browser's language (Accept-Language) where the address names none.
    const english = (await page.locator('html').getAttribute('lang')) === 'en';
    const links = await page.locator('footer.site-footer a').evaluateAll((anchors) => anchors.map((anchor) => `${anchor.getAttribute('href')} ${anchor.textContent}`));
    assert.ok(links.includes(`${publicPaths.accessibility[english ? 'en' : 'sv']} ${english ? 'Accessibility statement' : 'Tillgänglighetsredogörelse'}`),
      `${path}: ${links.join(', ')}`);
    // The skip link is the first thing to focus after the cookie banner (when one is shown).
    const focusable = await page.locator('a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])')
      .evaluateAll((elements) => elements.filter((element) => !element.closest('#insyn-consent')).map((element) => element.className));
    assert.equal(focusable[0], 'skip-link', path);
  }
  await context.close();
});

test('without JavaScript, by keyboard alone: the empty form is refused with a summary that leads to the field, then sent', async () => {
  const count = async () => Number((await fixture.db.selectFrom('accessibility_feedback').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const before = await count();
  const context = await contextFor(undefined, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}${publicPaths.accessibility.sv}`);
  // The first element Tab reaches after the cookie banner (if one is shown) is the skip link.
  const first = await tabUntil(page, (element) => !element.inBanner, 'the first element after the banner');
  assert.equal(first.text, 'Gå till innehåll');

  await tabUntil(page, (element) => element.tag === 'BUTTON' && element.text === 'Skicka meddelandet', 'the submit button');
  assert.equal(await submitByEnter(page), 422);
  assert.equal(await page.title(), `Fel: Tillgänglighetsredogörelse – ${fixture.caseworkDeps.catalog.controller.name.sv}`);
  assert.deepEqual(await page.locator('.error-summary a').allTextContents(), ['Fel: Skriv ditt meddelande']);
  assert.equal(await page.locator('#feedback-message').getAttribute('aria-invalid'), 'true');

  // From the summary's link to the field, and on with the keyboard.
  await tabUntil(page, (element) => element.text === 'Fel: Skriv ditt meddelande', 'the error summary link');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'feedback-message', 'the link leads to the message field');
  await page.keyboard.type('Felsammanfattningen fungerar, men knappen är svår att se.');
  await tabUntil(page, (element) => element.tag === 'BUTTON' && element.text === 'Skicka meddelandet', 'the submit button');
  assert.equal(await submitByEnter(page), 303);
  assert.equal(new URL(page.url()).pathname, '/tillganglighet/tack');
  assert.equal(await page.locator('h1').textContent(), 'Tack för ditt meddelande');
  assert.equal(await count(), before + 1);
  await context.close();
});

test('the old-browser notice is in the HTML of every public page, but Chromium does not display it', async () => {
  const context = await contextFor(undefined, {});
  const page = await context.newPage();
  for (const path of [publicPaths.start.sv, publicPaths.privacy.en, publicPaths.accessibility.sv]) {
    await page.goto(`${base}${path}`);
    const notice = page.locator('.old-browser');
    assert.equal(await notice.count(), 1, path);
    assert.match(await notice.innerHTML(), path.startsWith('/en') ? /Your browser is an older model\./ : /Din webbläsare är av en äldre modell\./);
    assert.equal(await notice.evaluate((element) => getComputedStyle(element).display), 'none', path);
    assert.ok(await notice.isHidden(), path);
  }
  await context.close();
});
