// The staff console frame with the DPO dashboard in a real Chromium, served by a tiny Fastify with
// the real security headers (strict CSP): axe-core finds no WCAG 2.1 A/AA violation in Swedish or
// English, the CSP blocks nothing, the page works without JavaScript, Tab reaches the skip link,
// the navigation and the logout form (which posts its CSRF token) with a visible focus, the period
// form submits by keyboard, and nothing scrolls sideways on a phone.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { securityHeadersPlugin } from '../../src/http/plugins/security-headers.ts';
import { consoleLayout } from '../../src/http/views/console/console-layout.ts';
import { renderDpoDashboard } from '../../src/http/views/console/dpo-dashboard.ts';
import { dpoPeriod, type DpoPeriodQuery } from '../../src/http/views/console/dpo-period.ts';
import { sampleCaseworkStatistics } from '../support/sample-casework-statistics.ts';
import { axeSource, launchChromium } from '../support/chromium.ts';

declare const document: {
  readonly activeElement: { readonly tagName: string; readonly textContent: string | null; readonly id: string } | null;
  readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
};
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[]; passes: unknown[] }> } };
declare function getComputedStyle(element: unknown): { readonly outlineStyle: string; readonly outlineWidth: string; readonly position: string };

const stylesheet = readFileSync(new URL('../../src/http/assets/insyn.css', import.meta.url), 'utf8');
const now = new Date('2025-03-20T12:00:00Z');
const logouts: string[] = [];

let browser: Browser;
let app: FastifyInstance;
let base: string;

async function consoleServer(): Promise<FastifyInstance> {
  const server = Fastify();
  await server.register(securityHeadersPlugin, { strictTransportSecurity: false });
  server.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => done(null, body));
  server.get('/assets/insyn.css', (_request, reply) => reply.type('text/css; charset=utf-8').send(stylesheet));
  server.get<{ Querystring: DpoPeriodQuery & { lang?: string } }>('/konsol/dso', (request, reply) => {
    const language = request.query.lang === 'en' ? 'en' : 'sv';
    const period = dpoPeriod(request.query, now);
    const main = renderDpoDashboard(sampleCaseworkStatistics(), { language, from: period.fromDay, to: period.toDay });
    const page = consoleLayout({
      language, title: 'Dataskyddsombud', agencyName: 'Testmyndigheten', csrfToken: 'csrf-token-1', current: 'dpo', main,
      staff: { name: 'Dana Dataskydd', roles: ['dataskyddsombud'] }, nonce: request.cspNonce,
    });
    return reply.type('text/html; charset=utf-8').send(page.value);
  });
  server.post('/konsol/utloggning', (request, reply) => {
    logouts.push(String(request.body));
    return reply.type('text/plain').send('utloggad');
  });
  return server;
}

before(async () => {
  app = await consoleServer();
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await app?.close();
});

async function open(path: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(`${base}${path}`);
  assert.equal(response?.status(), 200, path);
  return page;
}

for (const language of ['sv', 'en'] as const) {
  test(`console DPO page (${language}): axe-core finds no WCAG 2.1 A/AA violation`, async () => {
    // bypassCSP only so that the axe script can be injected; the page itself has no script.
    const page = await open(`/konsol/dso?lang=${language}`, { bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    assert.deepEqual(result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`), []);
    assert.ok(result.passes.length > 10);
    await page.context().close();
  });
}

test('console DPO page: the CSP blocks nothing, and it reads without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.goto(`${base}/konsol/dso`);
  assert.deepEqual(problems.filter((problem) => !problem.includes('favicon')), []);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('svg[role="img"]').count(), 3);
  assert.equal(await page.locator('nav a[aria-current="page"]').textContent(), 'Dataskyddsombud');
  const text = await page.locator('main').innerText();
  assert.ok(text.includes('7,5 dagar') && text.includes('Registerutdrag (tillgång)'));
  await context.close();
});

async function focused(page: Page) {
  return page.evaluate(() => ({ tag: document.activeElement?.tagName, text: document.activeElement?.textContent?.trim() }));
}

test('by keyboard: skip link, home link, logout, then the navigation, each with a visible focus outline', async () => {
  const page = await open('/konsol/dso', {});
  const expected = [
    { tag: 'A', text: 'Gå till innehåll' }, { tag: 'A', text: 'Insyn – handläggning' }, { tag: 'BUTTON', text: 'Logga ut' },
    { tag: 'A', text: 'Ärendekö' }, { tag: 'A', text: 'Registrera ärende' }, { tag: 'A', text: 'Sök person' }, { tag: 'A', text: 'Dataskyddsombud' },
  ];
  for (const step of expected) {
    await page.keyboard.press('Tab');
    assert.deepEqual(await focused(page), step);
    const outline = await page.locator(':focus').evaluate((element) => getComputedStyle(element));
    assert.notEqual(outline.outlineStyle, 'none', `${step.text} shows its focus`);
    assert.ok(parseFloat(outline.outlineWidth) >= 2, `${step.text} has a thick outline`);
  }
  await page.keyboard.press('Tab');
  assert.deepEqual(await focused(page), { tag: 'INPUT', text: '' }, 'then the period form');
  await page.context().close();
});

test('by keyboard without JavaScript: the skip link leads to main and the logout form posts the CSRF token', async () => {
  const page = await open('/konsol/dso', { javaScriptEnabled: false });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'innehall');
  await page.keyboard.press('Shift+Tab');
  assert.deepEqual(await focused(page), { tag: 'A', text: 'Dataskyddsombud' }, 'back into the navigation');
  for (let step = 0; step < 4; step += 1) await page.keyboard.press('Shift+Tab');
  assert.deepEqual(await focused(page), { tag: 'BUTTON', text: 'Logga ut' });
  await Promise.all([page.waitForURL(`${base}/konsol/utloggning`), page.keyboard.press('Enter')]);
  assert.deepEqual(logouts, ['_csrf=csrf-token-1']);
  await page.context().close();
});

test('the period form submits by keyboard without JavaScript and the CSV link follows the period', async () => {
  const page = await open('/konsol/dso', { javaScriptEnabled: false });
  assert.equal(await page.locator('#fran').inputValue(), '2024-04-01');
  await page.locator('#fran').fill('2025-01-01');
  await page.locator('#till').fill('2025-03-31');
  await page.locator('#till').focus();
  // Tab steps through the date field's day, month and year first.
  for (let step = 0; step < 4 && (await focused(page)).tag !== 'BUTTON'; step += 1) await page.keyboard.press('Tab');
  assert.deepEqual(await focused(page), { tag: 'BUTTON', text: 'Visa' });
  await Promise.all([page.waitForURL(/fran=2025-01-01&till=2025-03-31$/), page.keyboard.press('Enter')]);
  assert.ok((await page.locator('main').innerText()).includes('Period: 1 januari 2025 – 31 mars 2025.'));
  assert.equal(await page.getByRole('link', { name: 'Ladda ner siffrorna som CSV-fil' }).getAttribute('href'),
    '/konsol/dso/statistik.csv?fran=2025-01-01&till=2025-03-31');
  await page.context().close();
});

test('on a phone (360 px) nothing scrolls sideways and the stylesheet applies', async () => {
  const page = await open('/konsol/dso', { viewport: { width: 360, height: 740 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scrolling at 360 px');
  assert.equal(await page.locator('.skip-link').evaluate((link) => getComputedStyle(link).position), 'absolute');
  const svg = await page.locator('svg.chart-svg').first().boundingBox();
  assert.ok(svg && svg.width <= 360 - 32 + 0.5, 'charts shrink to the column');
  await page.screenshot({ path: '/tmp/insyn-dpo-phone.png', fullPage: true });
  await page.context().close();
});
