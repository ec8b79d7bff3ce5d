// The consent enhancement script (banner/dist/consent.js and consent.css) on its own in a real
// Chromium, against a small stand-in for the server side (the markup and answers of the contract in
// issue 7), under a strict CSP with nonces and Trusted Types enforced: posting the choice as JSON,
// running gated scripts, deleting refused cookies on every domain, the native post when the API
// fails, the old-browser path without SubmitEvent.submitter, and the banner's look.
// Host names *.example.test resolve to 127.0.0.1 in the browser, so Domain cookies can be tested.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, test } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { axeSource } from '../support/chromium.ts';

const dist = (name: string) => readFileSync(new URL(`../../banner/dist/${name}`, import.meta.url), 'utf8');
const NONCE = 'dGVzdC1ub25jZS0xMjM0NQ==';
const CONSENT_ID = 'AbCdEfGhIjKlMnOpQrSt_-';
const REVISION = 2;
const CSP = [
  "default-src 'none'", `script-src 'nonce-${NONCE}'`, "style-src 'self'", "connect-src 'self'", "form-action 'self'",
  "require-trusted-types-for 'script'", "trusted-types 'none'", "base-uri 'none'",
].join('; ');

interface Recorded { readonly path: string; readonly contentType: string; readonly body: string }
let recorded: Recorded[] = [];
let apiStatus = 200;
let apiHold: Promise<void> | null = null;
let gatedFetches = 0;

function banner(lang: string | null): string {
  return `<section class="insyn-consent" id="insyn-consent" aria-labelledby="insyn-consent-heading"${lang ? ` lang="${lang}"` : ''}>
  <div class="insyn-consent-inner">
    <h2 id="insyn-consent-heading" class="insyn-consent-heading">Kakor på Myndigheten</h2>
    <p>Vi använder nödvändiga kakor för att webbplatsen ska fungera.</p>
    <p><a href="/kakor">Så här använder Myndigheten kakor</a></p>
    <form class="insyn-consent-form" method="post" action="/kakor" data-insyn-consent-form="banner">
      <input type="hidden" name="return" value="/sida">
      <p class="insyn-consent-question" id="insyn-consent-question">Godkänner du att vi också använder kakor för webbanalys?</p>
      <div class="insyn-consent-choices" role="group" aria-labelledby="insyn-consent-question">
        <button type="submit" name="choice" value="all" class="insyn-consent-button">Ja, jag godkänner alla kakor</button>
        <button type="submit" name="choice" value="necessary" class="insyn-consent-button">Nej, jag godkänner bara nödvändiga kakor</button>
      </div>
    </form>
    <p class="insyn-consent-withdraw">Du kan när som helst ändra ditt val under Kakinställningar längst ned på sidan.</p>
  </div>
</section>`;
}

function settings(): string {
  return `<p class="insyn-consent-current" data-insyn-consent-current role="status">Your choice: all cookies.</p>
<form class="insyn-consent-form" method="post" action="/kakor" data-insyn-consent-form="settings">
  <input type="hidden" name="return" value="/settings">
  <div class="insyn-consent-choices" role="group" aria-label="Cookies">
    <button type="submit" name="choice" value="all" class="insyn-consent-button">Yes, I accept all cookies</button>
    <button type="submit" name="choice" value="necessary" class="insyn-consent-button">No, I accept only necessary cookies</button>
  </div>
</form>`;
}

function page(url: URL): string {
  const lang = url.searchParams.get('lang') ?? 'sv';
  const api = url.searchParams.get('api') ?? '/api/consent';
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Test</title>
<link rel="stylesheet" href="/assets/consent.css">
<script src="/assets/consent.js" defer nonce="${NONCE}" data-api="${api}" data-revision="${REVISION}" data-cookies='{"analytics":["_pk_id","_pk_ses"],"marketing":["_fbp"]}'></script>
</head><body>
${url.searchParams.has('banner') ? banner(url.searchParams.get('bannerLang')) : ''}
<main><h1>Sida</h1>
${url.searchParams.has('settings') ? settings() : ''}
<script type="text/plain" data-consent="analytics" nonce="${NONCE}">window.ranInline = (window.ranInline || 0) + 1; window.order = (window.order || '') + 'inline ';</script>
<script type="text/plain" data-consent="analytics" src="/gated.js" nonce="${NONCE}"></script>
<script type="text/plain" data-consent="marketing" nonce="${NONCE}">window.ranMarketing = 1;</script>
<script type="text/plain" data-consent="analytics">window.ranWithoutNonce = 1;</script>
</main></body></html>`;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': type, 'content-security-policy': CSP, 'cache-control': 'no-store', ...headers });
    response.end(body);
  };
  if (url.pathname === '/assets/consent.js') return send(200, 'text/javascript', dist('consent.js'));
  if (url.pathname === '/assets/consent.css') return send(200, 'text/css', dist('consent.css'));
  if (url.pathname === '/gated.js') {
    gatedFetches++;
    return send(200, 'text/javascript', "window.ranExternal = (window.ranExternal || 0) + 1; window.order = (window.order || '') + 'external ';");
  }
  if (request.method === 'POST') {
    const body = await bodyOf(request);
    recorded.push({ path: url.pathname, contentType: request.headers['content-type'] ?? '', body });
    if (url.pathname === '/api/consent') {
      if (apiHold) await apiHold;
      if (apiStatus !== 200) return send(apiStatus, 'application/json', '{"error":"unavailable"}');
      const all = (JSON.parse(body) as { choice: string }).choice === 'all';
      const answer = {
        consentId: CONSENT_ID, revision: REVISION, granted: all ? ['analytics', 'marketing'] : [],
        refused: all ? [] : ['analytics', 'marketing'], event: all ? 'given' : 'refused', recordedAt: new Date().toISOString(),
      };
      const cookie = `insyn_consent=1.${CONSENT_ID}.${REVISION}.${answer.granted.join(':')}; Path=/; SameSite=Lax`;
      return send(200, 'application/json', JSON.stringify(answer), { 'set-cookie': cookie });
    }
    return send(200, 'text/html; charset=utf-8', '<!doctype html><html lang="sv"><title>Sparat</title><p>Sparat utan JavaScript</p></html>');
  }
  return send(200, 'text/html; charset=utf-8', page(url));
}

let server: Server;
let browser: Browser;
let origin: (host: string) => string;
const contexts: BrowserContext[] = [];

before(async () => {
  server = createServer((request, response) => { void handle(request, response); });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = (host) => `http://${host}:${port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--host-resolver-rules=MAP *.example.test 127.0.0.1'],
  });
});

after(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

beforeEach(() => {
  recorded = [];
  apiStatus = 200;
  apiHold = null;
  gatedFetches = 0;
});

/** A fresh browser context and page that records CSP and Trusted Types violations and console errors. */
async function newPage(options: { width?: number; cookies?: { name: string; value: string; domain: string }[]; withoutSubmitter?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 800 } });
  contexts.push(context);
  if (options.cookies) await context.addCookies(options.cookies.map((cookie) => ({ ...cookie, path: '/' })));
  const problems: string[] = [];
  await context.exposeFunction('reportProblem', (problem: string) => { problems.push(problem); });
  await context.addInitScript(`document.addEventListener('securitypolicyviolation', (event) => window.reportProblem('CSP ' + event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample));`);
  if (options.withoutSubmitter) await context.addInitScript(`Object.defineProperty(SubmitEvent.prototype, 'submitter', { get() { return undefined; } });`);
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') problems.push(`console: ${message.text()}`); });
  page.on('pageerror', (error) => { problems.push(`page error: ${error.message}`); });
  return { page, problems };
}

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('load');
}

const evaluate = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;
/** Polls an expression from here (page.waitForFunction with a string would eval in the page, which the CSP forbids). */
async function until(page: Page, expression: string): Promise<void> {
  for (const started = Date.now(); !(await evaluate<boolean>(page, expression)); await new Promise((resolve) => setTimeout(resolve, 25))) {
    if (Date.now() - started > 10_000) assert.fail(`still not true after 10 s: ${expression}`);
  }
}
const ranScripts = (page: Page) => evaluate<unknown[]>(page, '[window.ranInline, window.ranExternal, window.ranMarketing, window.ranWithoutNonce]');

test('accepting in the banner posts the choice as JSON, runs the granted scripts once, in order, and confirms in the banner', async () => {
  const { page, problems } = await newPage();
  await open(page, `${origin('www.example.test')}/sida?banner`);
  await evaluate(page, 'window.samePage = true');
  assert.deepEqual(await ranScripts(page), [undefined, undefined, undefined, undefined], 'nothing gated runs before a choice');

  await page.getByRole('button', { name: 'Ja, jag godkänner alla kakor' }).click();
  await page.locator('.insyn-consent-saved').waitFor();
  await until(page, 'window.ranExternal === 1');

  assert.deepEqual(recorded.map((entry) => [entry.path, entry.contentType, JSON.parse(entry.body)]), [
    ['/api/consent', 'application/json', { choice: 'all', language: 'sv', method: 'banner' }],
  ]);
  assert.equal(await evaluate(page, 'window.samePage'), true, 'no page load');
  assert.deepEqual(await ranScripts(page), [1, 1, 1, undefined], 'granted scripts ran once; the one without a nonce was blocked by the CSP');
  assert.equal(await evaluate(page, 'window.order'), 'inline external ');
  assert.equal(gatedFetches, 1);
  assert.equal(await page.locator('script[type="text/plain"]').count(), 0);

  const banner = page.locator('#insyn-consent');
  assert.equal(await banner.locator('form').count(), 0);
  assert.equal((await banner.locator('h2').textContent())?.trim(), 'Kakor på Myndigheten', 'the heading still names the region');
  assert.deepEqual(await banner.locator('.insyn-consent-inner > *').evaluateAll((elements) => elements.map((element) => (element as unknown as { tagName: string }).tagName)), ['H2', 'P']);
  assert.equal(await evaluate(page, 'document.activeElement.className'), 'insyn-consent-saved');
  assert.equal(await evaluate(page, 'document.activeElement.getAttribute("tabindex")'), '-1');
  assert.equal(await page.locator('.insyn-consent-saved').textContent(),
    'Ditt val är sparat. Du kan ändra det när som helst under Kakinställningar längst ned på sidan.');
  assert.match(await evaluate<string>(page, 'document.cookie'), new RegExp(`insyn_consent=1\\.${CONSENT_ID}\\.2\\.analytics:marketing`));

  assert.deepEqual(problems.filter((problem) => !problem.includes('script-src')), []);
  assert.equal(problems.filter((problem) => problem.includes('script-src')).length >= 1, true, 'the script without a nonce was reported');
});

test('on load, a choice made for the current revision runs its granted scripts; one made for an older revision runs none', async () => {
  const current = await newPage({ cookies: [{ name: 'insyn_consent', value: `1.${CONSENT_ID}.${REVISION}.analytics`, domain: 'www.example.test' }] });
  await open(current.page, `${origin('www.example.test')}/sida`);
  await until(current.page, 'window.ranExternal === 1');
  assert.deepEqual(await ranScripts(current.page), [1, 1, undefined, undefined]);
  assert.deepEqual(current.problems.filter((problem) => !problem.includes('script-src')), []);

  const encoded = await newPage({ cookies: [{ name: 'insyn_consent', value: `1.${CONSENT_ID}.${REVISION}.marketing%3Aanalytics`, domain: 'www.example.test' }] });
  await open(encoded.page, `${origin('www.example.test')}/sida`);
  await until(encoded.page, 'window.ranExternal === 1');
  assert.deepEqual(await ranScripts(encoded.page), [1, 1, 1, undefined], 'a percent-encoded value is read too');

  const older = await newPage({ cookies: [{ name: 'insyn_consent', value: `1.${CONSENT_ID}.${REVISION - 1}.analytics`, domain: 'www.example.test' }] });
  await open(older.page, `${origin('www.example.test')}/sida`);
  await older.page.waitForTimeout(200);
  assert.deepEqual(await ranScripts(older.page), [undefined, undefined, undefined, undefined]);
  assert.equal(gatedFetches, 2);
});

test('withdrawing on the settings page deletes the refused cookies on the host and every parent domain and announces the choice', async () => {
  const host = 'a.b.example.test';
  const cookies = [
    { name: 'insyn_consent', value: `1.${CONSENT_ID}.${REVISION}.analytics`, domain: '.example.test' },
    { name: '_pk_id.1.ab12', value: 'host-only', domain: host },
    { name: '_pk_id.1.ab12', value: 'parent', domain: '.b.example.test' },
    { name: '_pk_ses.1.ab12', value: 'site', domain: '.example.test' },
    { name: '_pk_id', value: 'exact', domain: '.a.b.example.test' },
    { name: '_fbp', value: 'marketing', domain: '.example.test' },
    { name: '_pk_idx', value: 'not listed', domain: host },
    { name: 'session', value: 'necessary', domain: host },
  ];
  const { page, problems } = await newPage({ cookies });
  await open(page, `${origin(host)}/settings?settings&lang=en`);
  await until(page, 'window.ranExternal === 1');

  const no = page.getByRole('button', { name: 'No, I accept only necessary cookies' });
  await no.focus();
  await page.keyboard.press('Enter');
  const current = page.locator('[data-insyn-consent-current]');
  await until(page, `document.querySelector('[data-insyn-consent-current]').textContent.indexOf('saved') > 0`);

  assert.deepEqual(JSON.parse(recorded[0]?.body ?? '{}'), { choice: 'necessary', language: 'en', method: 'settings' });
  assert.equal(await current.textContent(), 'Your choice has been saved. You have chosen to accept only necessary cookies.');
  assert.equal(await current.getAttribute('role'), 'status', 'the server renders the live region');
  assert.equal(await evaluate(page, 'document.activeElement.value'), 'necessary', 'focus stays on the pressed button');
  assert.equal(await no.getAttribute('aria-disabled'), null);
  const left = (await page.context().cookies()).map((cookie) => `${cookie.name}@${cookie.domain}`).sort();
  assert.deepEqual(left, [`_pk_idx@${host}`, 'insyn_consent@.example.test', `insyn_consent@${host}`, `session@${host}`]);
  assert.deepEqual(problems.filter((problem) => !problem.includes('script-src')), []);
});

test('when the consent API fails or cannot be reached, the form posts natively with the choice', async () => {
  apiStatus = 503;
  const failing = await newPage();
  await open(failing.page, `${origin('www.example.test')}/sida?banner`);
  await Promise.all([failing.page.waitForURL('**/kakor'), failing.page.getByRole('button', { name: /^Nej/ }).click()]);
  assert.deepEqual(recorded.map((entry) => [entry.path, entry.contentType]), [['/api/consent', 'application/json'], ['/kakor', 'application/x-www-form-urlencoded']]);
  assert.deepEqual(Object.fromEntries(new URLSearchParams(recorded[1]?.body)), { return: '/sida', choice: 'necessary' });
  assert.equal(await failing.page.locator('p').textContent(), 'Sparat utan JavaScript');

  recorded = [];
  // connect-src 'self' blocks another origin: fetch rejects as on a network error.
  const unreachable = await newPage();
  await open(unreachable.page, `${origin('www.example.test')}/sida?banner&api=${encodeURIComponent(origin('insyn.example.test') + '/api/consent')}`);
  await Promise.all([unreachable.page.waitForURL('**/kakor'), unreachable.page.getByRole('button', { name: /^Ja/ }).click()]);
  assert.deepEqual(recorded.map((entry) => [entry.path, entry.body]), [['/kakor', 'return=%2Fsida&choice=all']]);
});

test('without SubmitEvent.submitter (browsers before 2021) the pressed button is sent, by keyboard too; a second press while busy sends nothing', async () => {
  let release = () => {};
  apiHold = new Promise((resolve) => { release = resolve; });
  const { page, problems } = await newPage({ withoutSubmitter: true });
  // The banner in English on a Swedish page (its own lang attribute): the API and the confirmation follow the banner.
  await open(page, `${origin('www.example.test')}/sida?banner&bannerLang=en`);
  assert.equal(await evaluate(page, 'new SubmitEvent("submit").submitter'), undefined);
  for (let tab = 0; tab < 10 && await evaluate(page, 'document.activeElement.value') !== 'necessary'; tab++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await until(page, `document.querySelector('button[value="all"]').getAttribute('aria-disabled') === 'true'`);
  assert.equal(await evaluate(page, 'document.activeElement.value'), 'necessary', 'focus stays while busy');
  await page.keyboard.press('Enter');
  // aria-disabled: still clickable (force: Playwright treats aria-disabled as not enabled), but ignored.
  await page.getByRole('button', { name: /^Ja/ }).click({ force: true });
  release();
  await page.locator('.insyn-consent-saved').waitFor();
  assert.deepEqual(recorded.map((entry) => JSON.parse(entry.body)), [{ choice: 'necessary', language: 'en', method: 'banner' }]);
  assert.match(await page.locator('.insyn-consent-saved').textContent() ?? '', /^Your choice has been saved\./);
  assert.deepEqual(await ranScripts(page), [undefined, undefined, undefined, undefined]);
  assert.deepEqual(problems, []);
});

test('the two buttons look the same: identical computed styles; side by side at 1280 px and 640 px (200 % zoom), stacked at 320 px; a visible focus outline', async () => {
  for (const width of [1280, 640, 320]) {
    const { page } = await newPage({ width });
    await open(page, `${origin('www.example.test')}/sida?banner`);
    const styles = await page.locator('.insyn-consent-button').evaluateAll((buttons) => buttons.map((button) => {
      const style = (globalThis as unknown as { getComputedStyle(element: unknown): { length: number; item(index: number): string; getPropertyValue(name: string): string } }).getComputedStyle(button);
      const entries: Record<string, string> = {};
      for (let index = 0; index < style.length; index++) entries[style.item(index)] = style.getPropertyValue(style.item(index));
      return entries;
    }));
    assert.equal(styles.length, 2);
    assert.deepEqual(styles[0], styles[1], `computed styles at ${width} px`);
    const boxes = await Promise.all([0, 1].map((index) => page.locator('.insyn-consent-button').nth(index).boundingBox()));
    const [yes, no] = boxes.map((box) => box ?? assert.fail('no box'));
    if (width > 320) assert.equal(yes?.y, no?.y, 'side by side');
    else assert.ok((no?.y ?? 0) > (yes?.y ?? 0) + (yes?.height ?? 0) - 1, 'stacked');
    assert.equal(await evaluate(page, 'document.documentElement.scrollWidth <= document.documentElement.clientWidth'), true, `no horizontal scrolling at ${width} px`);
    for (let tab = 0; tab < 10 && await evaluate(page, 'document.activeElement.value') !== 'all'; tab++) await page.keyboard.press('Tab');
    assert.equal(await evaluate(page, 'document.activeElement.value'), 'all');
    assert.deepEqual(await evaluate(page, '(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.backgroundColor]; })()'),
      ['solid', '3px', 'rgb(11, 12, 12)', 'rgb(255, 191, 71)']);
  }
});

test('axe-core finds no WCAG 2.1 A/AA violation in the banner, before and after the choice', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  await open(page, `${origin('www.example.test')}/sida?banner`);
  await page.addScriptTag({ content: axeSource });
  const axe = `window.axe.run(document.getElementById('insyn-consent'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((violation) => violation.id))`;
  assert.deepEqual(await evaluate(page, axe), []);
  await page.getByRole('button', { name: /^Nej/ }).click();
  await page.locator('.insyn-consent-saved').waitFor();
  assert.deepEqual(await evaluate(page, axe), []);
});
