// The privacy page in a real Chromium, served as in production (with cookie consent): it works
// without JavaScript, axe-core finds no WCAG 2.1 A/AA violation, the CSP blocks nothing of ours,
// and once the cookie choice is made Tab reaches the skip link first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { consentFixture } from '../support/consent-fixture.ts';
import { demoCatalog } from '../support/test-server.ts';
import { axeSource, launchChromium } from '../support/chromium.ts';

// The browser globals that the functions run in the page use (tsconfig has no DOM library).
declare const document: {
  readonly activeElement: { readonly id: string; readonly textContent: string | null; readonly className: string } | null;
  readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
};
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[]; passes: unknown[] }> } };
declare function getComputedStyle(element: unknown): { readonly position: string };

const catalog = demoCatalog();
const pages = [
  { path: '/behandling-av-personuppgifter', lang: 'sv', h1: 'Behandling av personuppgifter', updated: '1 maj 2025' },
  { path: '/en/personal-data', lang: 'en', h1: 'Processing of personal data', updated: '1 May 2025' },
] as const;

let browser: Browser;
let app: FastifyInstance;
let base: string;
const closers: (() => Promise<void>)[] = [];

before(async () => {
  ({ app } = await consentFixture({ after: (fn) => { closers.push(fn); } }));
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  for (const close of closers) await close();
});

async function open(path: string, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(`${base}${path}`);
  assert.equal(response?.status(), 200, path);
  return page;
}

for (const expected of pages) {
  test(`${expected.path} works without JavaScript`, async () => {
    const page = await open(expected.path, { javaScriptEnabled: false });
    assert.equal(await page.locator('html').getAttribute('lang'), expected.lang);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal((await page.locator('h1').textContent())?.trim(), expected.h1);
    const text = await page.locator('main').innerText();
    assert.ok(text.includes(catalog.controller.dpo.email ?? 'no e-mail'), 'DPO e-mail');
    assert.ok(text.includes('IMY'), 'IMY');
    assert.ok(text.includes(expected.updated), 'last updated');
    for (const purpose of catalog.purposes.filter((candidate) => candidate.public)) {
      assert.ok(text.includes(purpose.name[expected.lang]), purpose.id);
    }
    // The stylesheet loaded under the CSP: the skip link sits off-screen until focused.
    assert.equal(await page.locator('.skip-link').evaluate((link) => getComputedStyle(link).position), 'absolute');
    await page.context().close();
  });

  test(`${expected.path}: axe-core finds no WCAG 2.1 A/AA violation`, async () => {
    // bypassCSP only so that the axe script can be injected; the page itself has no script.
    const page = await open(expected.path, { bypassCSP: true });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      return window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    });
    assert.deepEqual(result.violations, []);
    assert.ok(result.passes.length > 10);
    await page.context().close();
  });
}

test('the CSP blocks nothing the page loads', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.goto(`${base}/behandling-av-personuppgifter`);
  await page.goto(`${base}/en/personal-data`);
  assert.deepEqual(problems.filter((problem) => !problem.includes('favicon')), []);
  await context.close();
});

test('once the cookie choice is made, Tab first focuses the skip link, which leads to the main content', async () => {
  const context = await browser.newContext();
  // The choice as the banner's script makes it (the banner, first until then, is consent.test.ts's).
  assert.equal((await context.request.post(`${base}/api/consent`, { data: { choice: 'necessary' } })).status(), 200);
  const page = await context.newPage();
  assert.equal((await page.goto(`${base}/behandling-av-personuppgifter`))?.status(), 200);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => ({
    text: document.activeElement?.textContent, className: document.activeElement?.className,
  }));
  assert.deepEqual(focused, { text: 'Gå till innehåll', className: 'skip-link' });
  assert.ok(await page.locator('.skip-link').isVisible());
  const box = await page.locator('.skip-link').boundingBox();
  assert.ok(box && box.y >= 0, 'the focused skip link is on screen');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'innehall');
  await page.context().close();
});

test('phone-width screenshot for review', async () => {
  const page = await open('/behandling-av-personuppgifter', { viewport: { width: 375, height: 812 }, deviceScaleFactor: 1 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scrolling at 375 px');
  await page.screenshot({ path: '/tmp/insyn-privacy-phone.png', fullPage: true });
  await page.screenshot({ path: '/tmp/insyn-privacy-phone-top.png' });
  await page.context().close();
});
