// Cookie consent in a real Chromium against the real server (buildServer with consent on PGlite,
// listening on 127.0.0.1): no non-necessary cookie and no analytics before a choice; accepting in
// the banner without a reload starts the gated analytics (its cookies and its page view); withdrawing
// on the cookie page deletes them and stops it; both choices and withdrawal without JavaScript; the
// two answers styled identically; axe-core on every state; the keyboard path; no CSP violation
// anywhere; Global Privacy Control as refusal until an explicit choice. Every record is checked in
// the database. The enhancement script alone, against a stand-in server, is consent-script.test.ts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Request } from 'playwright-core';
import { consentFixture, type ConsentFixture } from '../support/consent-fixture.ts';
import { axeSource, launchChromium } from '../support/chromium.ts';
import { demoCatalog } from '../support/test-server.ts';
import { consentNotice } from '../../src/operations/consent/consent-notice.ts';

const catalog = demoCatalog();
const sv = consentNotice(catalog, 'sv');
const en = consentNotice(catalog, 'en');
const PAGE_VIEW = '/api/analytics/pageview';
const ANALYTICS = '/assets/analytics.js';
const necessaryCookies = new Set(catalog.cookies
  .filter((cookie) => catalog.cookieCategories.find((category) => category.id === cookie.category)?.necessary)
  .map((cookie) => cookie.name));

let fixture: ConsentFixture;
let base: string;
let browser: Browser;
const closers: (() => Promise<void>)[] = [];

before(async () => {
  // The database's migrations and Chromium's start overlap.
  [fixture, browser] = await Promise.all([consentFixture({ after: (fn) => { closers.push(fn); } }), launchChromium()]);
  base = await fixture.app.listen({ host: '127.0.0.1', port: 0 });
});

after(async () => {
  for (const { context } of sessions) await context.close();
  await browser?.close();
  for (const close of closers.reverse()) await close();
});

/** A fresh context and page that records every request and every CSP violation or page error. */
interface Session {
  readonly context: BrowserContext;
  readonly page: Page;
  /** `METHOD /path` of every request the context made, in order. */
  readonly requests: string[];
  /** CSP violations (securitypolicyviolation events and console messages), page errors. */
  readonly problems: string[];
  readonly javaScript: boolean;
}

const sessions: Session[] = [];

async function session(options: BrowserContextOptions = {}): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const requests: string[] = [];
  const problems: string[] = [];
  context.on('request', (request: Request) => { requests.push(`${request.method()} ${new URL(request.url()).pathname}`); });
  if (options.javaScriptEnabled !== false) {
    // Init scripts run before the page's own and are not subject to its CSP. Each violation is kept
    // on window (for the page's lifetime) and reported at once (so that navigating loses none).
    await context.exposeBinding('insynReportViolation', (_source, text: string) => { problems.push(text); });
    await context.addInitScript(`window.insynViolations = [];
document.addEventListener('securitypolicyviolation', function (event) {
  var text = 'CSP ' + event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample;
  window.insynViolations.push(text);
  window.insynReportViolation(text);
});`);
  }
  const page = await context.newPage();
  page.on('console', (message) => { if (/Content Security Policy|Trusted Type/i.test(message.text())) problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => { problems.push(`page error: ${error.message}`); });
  const created = { context, page, requests, problems, javaScript: options.javaScriptEnabled !== false };
  sessions.push(created);
  return created;
}

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(`${base}${path}`);
  assert.equal(response?.status(), 200, path);
  await page.waitForLoadState('load');
}

/**
 * The page has loaded: its deferred scripts, and the gated ones they start (inserted as ordered
 * scripts, which hold up the load event), have run and sent their requests; one more turn of the
 * event loop dispatches queued securitypolicyviolation events. (Quicker than networkidle's 500 ms.)
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await evaluate(page, 'new Promise((resolve) => setTimeout(resolve, 20))');
}

async function noProblems(current: Session): Promise<void> {
  if (current.javaScript) {
    await settled(current.page);
    assert.deepEqual(await evaluate<string[]>(current.page, 'window.insynViolations'), [], 'no CSP violation recorded on window');
  }
  assert.deepEqual(current.problems, [], 'no CSP violation, Trusted Types error or page error');
}

const analyticsRequests = (requests: readonly string[]) => requests.filter((entry) => entry.endsWith(PAGE_VIEW) || entry.endsWith(ANALYTICS));
const pageViews = (requests: readonly string[]) => requests.filter((entry) => entry === `POST ${PAGE_VIEW}`);

async function cookieMap(context: BrowserContext): Promise<Map<string, string>> {
  return new Map((await context.cookies()).map((cookie) => [cookie.name, decodeURIComponent(cookie.value)]));
}

/** The consent cookie's parts: version.consentId.revision.granted (granted joined with ':'). */
async function consentCookie(context: BrowserContext): Promise<{ id: string; revision: string; granted: string }> {
  const value = (await cookieMap(context)).get('insyn_consent');
  assert.ok(value, 'the consent cookie is set');
  const [, id = '', revision = '', granted = ''] = value.split('.');
  return { id, revision, granted };
}

async function recordsOf(consentId: string) {
  return fixture.database.db.selectFrom('consent_record').select(['event', 'granted', 'refused', 'method', 'language', 'notice_hash', 'revision'])
    .where('consent_id', '=', consentId).orderBy('recorded_at').orderBy('record_id').execute();
}

const banner = (page: Page) => page.locator('#insyn-consent');
const evaluate = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/** Polls an expression from here (waitForFunction with a string would eval in the page, which the CSP forbids). */
async function until(page: Page, expression: string): Promise<void> {
  for (const started = Date.now(); !(await evaluate<boolean>(page, expression)); await new Promise((resolve) => setTimeout(resolve, 20))) {
    if (Date.now() - started > 10_000) assert.fail(`still not true after 10 s: ${expression}`);
  }
}

test('before a choice: the banner is the first thing on the page, a region named by its heading; no non-necessary cookie, no analytics', async () => {
  const current = await session();
  const { page, context, requests } = current;
  for (const [path, notice] of [['/', sv], ['/behandling-av-personuppgifter', sv], ['/en/personal-data', en]] as const) {
    await open(page, path);
    assert.equal(await page.locator('body > :first-child').getAttribute('id'), 'insyn-consent', `${path}: first in <body>`);
    const tree = await page.locator('body').ariaSnapshot();
    assert.ok(tree.startsWith(`- region "${notice.heading}":`), `${path}: first in the accessibility tree, a named region:\n${tree.slice(0, 200)}`);
    assert.equal(await page.getByRole('region', { name: notice.heading }).count(), 1);
    assert.equal(await page.getByRole('dialog').count(), 0, 'not a dialog');
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    assert.ok(await page.getByRole('button', { name: notice.accept }).isVisible());
    assert.ok(await page.getByRole('button', { name: notice.refuse }).isVisible());
    await settled(page);
  }
  // The cookie page asks in its own form: no banner there.
  await open(page, '/kakor');
  assert.equal(await banner(page).count(), 0);
  assert.equal(await page.getByRole('status').textContent(), 'Du har inte gjort något val ännu. Tills du gör det använder vi bara nödvändiga kakor.');
  await settled(page);

  const names = [...(await cookieMap(context)).keys()];
  assert.ok(!names.some((name) => name.startsWith('_pk_') || name === 'insyn_consent'), `no analytics or consent cookie: ${names.join(', ')}`);
  assert.deepEqual(names.filter((name) => !necessaryCookies.has(name)), [], 'only necessary cookies, if any');
  assert.deepEqual(analyticsRequests(requests), [], 'the analytics script is not even fetched');
  assert.ok(requests.includes('GET /assets/consent.js'), 'the enhancement script is loaded');
  await noProblems(current);
});

test('accepting in the banner: no reload, consent cookie and record, the analytics script runs and sets its cookies; the next page has no banner and counts again', async () => {
  const current = await session();
  const { page, context, requests } = current;
  await open(page, '/behandling-av-personuppgifter');
  await evaluate(page, 'window.insynMarker = "same page"');
  const pageView = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith(PAGE_VIEW));
  await page.getByRole('button', { name: sv.accept }).click();
  const firstView = await pageView;
  assert.deepEqual(JSON.parse(firstView.postData() ?? '{}'), { page: '/behandling-av-personuppgifter' });
  assert.deepEqual(await (await firstView.response())?.json(), { counted: true }, 'counted: the consent cookie came first');
  await page.locator('.insyn-consent-saved').waitFor();

  assert.equal(page.url(), `${base}/behandling-av-personuppgifter`);
  assert.equal(await evaluate(page, 'window.insynMarker'), 'same page', 'no page load');
  assert.ok(!requests.includes('POST /kakor'), 'posted through the API, not the form');
  assert.equal(requests.filter((entry) => entry === 'POST /api/consent').length, 1);
  await until(page, `document.cookie.indexOf('_pk_ses=') >= 0`);
  const cookies = await cookieMap(context);
  assert.ok(cookies.has('_pk_id') && cookies.has('_pk_ses'), `analytics cookies: ${[...cookies.keys()].join(', ')}`);
  const chosen = await consentCookie(context);
  assert.equal(chosen.granted, 'analytics');
  assert.equal(chosen.revision, String(catalog.consentRevision));
  const rows = await recordsOf(chosen.id);
  assert.deepEqual(rows.map((row) => [row.event, row.granted, row.refused, row.method, row.language, row.notice_hash]), [
    ['given', ['analytics'], [], 'banner', 'sv', sv.hash],
  ]);

  const before = pageViews(requests).length;
  const nextView = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith(PAGE_VIEW));
  await open(page, '/');
  assert.equal(await banner(page).count(), 0, 'no banner once chosen');
  assert.deepEqual(JSON.parse((await nextView).postData() ?? '{}'), { page: '/' }, 'the next page view is sent too');
  await settled(page);
  assert.equal(pageViews(requests).length, before + 1, 'once');
  assert.equal(await page.locator(`script[src="${ANALYTICS}"]:not([type])`).count(), 1, 'rendered active by the server');
  const counted = await fixture.database.db.selectFrom('page_view_count').select(['page', 'views']).execute();
  assert.ok(counted.some((row) => row.page === '/' && Number(row.views) >= 1), 'the server counted the page view');
  await noProblems(current);
});

test('withdrawing from the footer\'s "Kakinställningar": analytics cookies gone at once, the choice announced, no analytics on later pages', async () => {
  const current = await session();
  const { page, context, requests } = current;
  await open(page, '/');
  await page.getByRole('button', { name: sv.accept }).click();
  await page.locator('.insyn-consent-saved').waitFor();
  await until(page, `document.cookie.indexOf('_pk_ses=') >= 0`);

  await Promise.all([page.waitForURL(`${base}/kakor`), page.getByRole('contentinfo').getByRole('link', { name: 'Kakinställningar' }).click()]);
  await page.waitForLoadState('load');
  const status = page.getByRole('status');
  assert.equal(await status.textContent(), 'Du har godkänt alla kakor.');
  await settled(page);
  assert.ok(pageViews(requests).length >= 1);
  await evaluate(page, 'window.insynMarker = "same page"');

  await page.getByRole('button', { name: sv.refuse }).click();
  await until(page, `document.querySelector('[data-insyn-consent-current]').textContent.indexOf('sparat') > 0`);
  assert.equal(await status.textContent(), 'Ditt val är sparat. Du har valt att bara godkänna nödvändiga kakor.');
  assert.equal(await evaluate(page, 'window.insynMarker'), 'same page', 'no page load');
  const names = [...(await cookieMap(context)).keys()];
  assert.deepEqual(names.filter((name) => name.startsWith('_pk_')), [], 'analytics cookies deleted at once');
  const chosen = await consentCookie(context);
  assert.equal(chosen.granted, '');
  const rows = await recordsOf(chosen.id);
  assert.deepEqual(rows.map((row) => [row.event, row.granted, row.refused, row.method]), [
    ['given', ['analytics'], [], 'banner'],
    ['withdrawn', [], ['analytics'], 'settings'],
  ]);

  const sent = requests.length;
  for (const path of ['/', '/behandling-av-personuppgifter', '/en/personal-data', '/en/cookies']) {
    await open(page, path);
    assert.equal(await banner(page).count(), 0, `${path}: no banner after the choice`);
    await settled(page);
  }
  assert.deepEqual(analyticsRequests(requests.slice(sent)), [], 'no analytics request after withdrawal');
  assert.ok(![...(await cookieMap(context)).keys()].some((name) => name.startsWith('_pk_')));
  assert.equal(await page.getByRole('status').textContent(), 'You have chosen to accept only necessary cookies.');
  await noProblems(current);
});

test('without JavaScript: both answers in the banner post the form, 303 back to the same page, cookie and record; withdrawal on the cookie page', async () => {
  for (const [answer, granted, event] of [[sv.refuse, '', 'refused'], [sv.accept, 'analytics', 'given']] as const) {
    const current = await session({ javaScriptEnabled: false });
    const { page, context, requests } = current;
    await open(page, '/behandling-av-personuppgifter');
    const [posted] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === 'POST'),
      page.getByRole('button', { name: answer }).click(),
    ]);
    assert.equal(posted.status(), 303);
    assert.equal(new URL(posted.url()).pathname, '/kakor');
    assert.equal(await posted.headerValue('location'), '/behandling-av-personuppgifter');
    await page.waitForLoadState('load');
    assert.equal(page.url(), `${base}/behandling-av-personuppgifter`, 'back on the same page');
    assert.equal(await banner(page).count(), 0, 'no banner after the choice');
    const chosen = await consentCookie(context);
    assert.equal(chosen.granted, granted);
    assert.deepEqual((await recordsOf(chosen.id)).map((row) => [row.event, row.method]), [[event, 'banner']]);
    assert.deepEqual(pageViews(requests), [], 'no script runs without JavaScript');

    if (event === 'given') {
      assert.equal(await page.locator(`script[src="${ANALYTICS}"]:not([type])`).count(), 1, 'analytics rendered active');
      // As if a visit with JavaScript had set them: the server expires them on withdrawal.
      await context.addCookies([
        { name: '_pk_id', value: 'abc', url: base }, { name: '_pk_ses', value: '1', url: base },
      ]);
      await open(page, '/kakor');
      assert.equal(await page.getByRole('status').textContent(), 'Du har godkänt alla kakor.');
      const [withdrawn] = await Promise.all([
        page.waitForResponse((response) => response.request().method() === 'POST'),
        page.getByRole('button', { name: sv.refuse }).click(),
      ]);
      assert.equal(withdrawn.status(), 303);
      assert.equal(await withdrawn.headerValue('location'), '/kakor?sparat=1');
      await page.waitForLoadState('load');
      assert.equal(page.url(), `${base}/kakor?sparat=1`);
      assert.ok((await page.locator('main').innerText()).includes('Ditt val är sparat'));
      assert.equal(await page.getByRole('status').textContent(), 'Du har valt att bara godkänna nödvändiga kakor.');
      assert.deepEqual([...(await cookieMap(context)).keys()].filter((name) => name.startsWith('_pk_')), [], 'analytics cookies expired');
      const after = await consentCookie(context);
      assert.equal(after.id, chosen.id, 'the same consent id');
      assert.equal(after.granted, '');
      assert.deepEqual((await recordsOf(chosen.id)).map((row) => [row.event, row.method]), [['given', 'banner'], ['withdrawn', 'settings']]);
      await open(page, '/');
      assert.equal(await banner(page).count(), 0);
      assert.equal(await page.locator(`script[src="${ANALYTICS}"][type="text/plain"]`).count(), 1, 'analytics inert again');
    }
    await noProblems(current);
  }
});

/** Every computed style property of the choice buttons, one record per button. */
async function buttonStyles(page: Page, scope: string): Promise<Record<string, string>[]> {
  return page.locator(`${scope} .insyn-consent-button`).evaluateAll((buttons) => buttons.map((button) => {
    const style = (globalThis as unknown as { getComputedStyle(element: unknown): { length: number; item(index: number): string; getPropertyValue(name: string): string } }).getComputedStyle(button);
    const entries: Record<string, string> = {};
    for (let index = 0; index < style.length; index++) entries[style.item(index)] = style.getPropertyValue(style.item(index));
    return entries;
  }));
}

test('the two answers have identical computed styles, in the banner and on the cookie page, at 1280 and 320 px', async () => {
  for (const width of [1280, 320]) {
    const current = await session({ viewport: { width, height: 800 } });
    const { page } = current;
    for (const [path, scope] of [['/', '#insyn-consent'], ['/en/personal-data', '#insyn-consent'], ['/kakor', 'main'], ['/en/cookies', 'main']] as const) {
      await open(page, path);
      const styles = await buttonStyles(page, scope);
      assert.equal(styles.length, 2, `${path}: two buttons`);
      assert.ok(Object.keys(styles[0] ?? {}).length > 100, 'every property compared');
      assert.deepEqual(styles[0], styles[1], `${path} at ${width} px`);
      assert.equal(await evaluate(page, 'document.documentElement.scrollWidth <= document.documentElement.clientWidth'), true, `${path}: no horizontal scrolling at ${width} px`);
    }
    await noProblems(current);
  }
});

declare const document: unknown;
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } };

/** axe-core's WCAG 2.x A and AA rules on the page as shown, every impact, as `rule (impact): targets`. */
async function axe(page: Page): Promise<string[]> {
  if (!await evaluate<boolean>(page, 'typeof window.axe === "object"')) await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'],
  }));
  return result.violations.map((violation) => `${violation.id} (${violation.impact}): ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

test('axe-core finds no violation: the banner (sv, en), the cookie page (sv, en), the cookie page after a choice, the banner\'s confirmation', async () => {
  // bypassCSP only so that axe can be injected; the page's own scripts run as usual.
  const { page } = await session({ bypassCSP: true });
  for (const path of ['/', '/en', '/kakor', '/en/cookies']) {
    await open(page, path);
    assert.deepEqual(await axe(page), [], path);
  }
  await open(page, '/en/personal-data');
  await page.getByRole('button', { name: en.accept }).click();
  await page.locator('.insyn-consent-saved').waitFor();
  assert.deepEqual(await axe(page), [], 'the banner\'s confirmation (en)');
  await open(page, '/en/cookies');
  assert.deepEqual(await axe(page), [], 'the cookie page after a choice (en)');
  await page.getByRole('button', { name: en.refuse }).click();
  await until(page, `document.querySelector('[data-insyn-consent-current]').textContent.indexOf('saved') > 0`);
  assert.deepEqual(await axe(page), [], 'the cookie page after withdrawing with JavaScript (en)');

  const swedish = await session({ bypassCSP: true, javaScriptEnabled: true });
  await open(swedish.page, '/');
  await swedish.page.getByRole('button', { name: sv.refuse }).click();
  await swedish.page.locator('.insyn-consent-saved').waitFor();
  assert.deepEqual(await axe(swedish.page), [], 'the banner\'s confirmation (sv)');
  await open(swedish.page, '/kakor?sparat=1');
  assert.deepEqual(await axe(swedish.page), [], 'the cookie page after a choice (sv), with its saved notice');
});

/** The focused element as `tag.class "text"` (or its value for a button). */
async function focused(page: Page): Promise<string> {
  return evaluate<string>(page, `(() => { const element = document.activeElement;
    return element.tagName.toLowerCase() + (element.className ? '.' + element.className : '') + ' "' + element.textContent.trim().slice(0, 40) + '"'; })()`);
}

test('by keyboard only: Tab reaches the banner\'s answers before the skip link, no trap, Escape changes nothing, Enter chooses and focus lands on the confirmation', async () => {
  const current = await session();
  const { page, context } = current;
  await open(page, '/');
  const order: string[] = [];
  for (let tab = 0; tab < 5; tab++) {
    await page.keyboard.press('Tab');
    order.push(await focused(page));
  }
  assert.deepEqual(order, [
    `a "${sv.moreLink.slice(0, 40)}"`,
    `button.insyn-consent-button "${sv.accept.slice(0, 40)}"`,
    `button.insyn-consent-button "${sv.refuse.slice(0, 40)}"`,
    'a.skip-link "Gå till innehåll"',
    `a.agency-name "${catalog.controller.name.sv.slice(0, 40)}"`,
  ], 'the banner first, then out of it into the page without choosing');
  assert.ok(await banner(page).isVisible(), 'leaving the banner does not hide it');

  // Back to the refusal with Shift+Tab; Escape leaves the banner as it is.
  for (let tab = 0; tab < 2; tab++) await page.keyboard.press('Shift+Tab');
  assert.equal(await focused(page), `button.insyn-consent-button "${sv.refuse.slice(0, 40)}"`);
  await page.keyboard.press('Escape');
  assert.ok(await banner(page).isVisible(), 'Escape does not close the banner');
  assert.equal(await focused(page), `button.insyn-consent-button "${sv.refuse.slice(0, 40)}"`, 'Escape does not move focus');
  assert.equal((await context.cookies()).filter((cookie) => cookie.name === 'insyn_consent').length, 0, 'Escape chooses nothing');

  await page.keyboard.press('Enter');
  await page.locator('.insyn-consent-saved').waitFor();
  assert.match(await focused(page), /^p\.insyn-consent-saved "Ditt val är sparat\./, 'focus on the confirmation');
  const chosen = await consentCookie(context);
  assert.equal(chosen.granted, '');
  assert.deepEqual((await recordsOf(chosen.id)).map((row) => [row.event, row.method]), [['refused', 'banner']]);

  await page.keyboard.press('Tab');
  assert.equal(await focused(page), 'a.skip-link "Gå till innehåll"', 'Tab continues into the page');
  await page.keyboard.press('Enter');
  assert.equal(await evaluate(page, 'document.activeElement.id'), 'innehall', 'the skip link leads to the main content');
  await noProblems(current);
});

test('Global Privacy Control: no banner and no analytics; the cookie page says the signal counts as refusal; accepting there enables analytics', async () => {
  const current = await session({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
  const { page, context, requests } = current;
  for (const path of ['/', '/behandling-av-personuppgifter']) {
    await open(page, path);
    assert.equal(await banner(page).count(), 0, `${path}: no banner`);
    await settled(page);
  }
  assert.deepEqual(analyticsRequests(requests), []);
  assert.deepEqual([...(await cookieMap(context)).keys()].filter((name) => !necessaryCookies.has(name)), []);
  assert.ok(!(await cookieMap(context)).has('insyn_consent'), 'GPC is not stored as a choice');

  await open(page, '/kakor');
  const status = page.getByRole('status');
  assert.equal(await status.textContent(), 'Din webbläsare skickar signalen Global Privacy Control. Vi tolkar den som att du bara godkänner nödvändiga kakor, så länge du inte gör ett eget val här.');
  const pageView = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith(PAGE_VIEW));
  await page.getByRole('button', { name: sv.accept }).click();
  assert.deepEqual(await (await (await pageView).response())?.json(), { counted: true }, 'an explicit choice wins over GPC');
  await until(page, `document.querySelector('[data-insyn-consent-current]').textContent.indexOf('sparat') > 0`);
  assert.equal(await status.textContent(), 'Ditt val är sparat. Du har godkänt alla kakor.');
  await until(page, `document.cookie.indexOf('_pk_ses=') >= 0`);
  const chosen = await consentCookie(context);
  assert.equal(chosen.granted, 'analytics');
  assert.deepEqual((await recordsOf(chosen.id)).map((row) => [row.event, row.method]), [['given', 'settings']]);

  const nextView = page.waitForRequest((request) => request.method() === 'POST' && request.url().endsWith(PAGE_VIEW));
  await open(page, '/');
  assert.deepEqual(await (await (await nextView).response())?.json(), { counted: true }, 'analytics on the next page too, GPC notwithstanding');
  await noProblems(current);
});
