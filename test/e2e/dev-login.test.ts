// Logging in through the development identity provider in a real Chromium: without JavaScript
// and by keyboard alone, the provider's page passes axe-core (WCAG 2.1 A/AA) and its CSP blocks
// nothing, and the browser comes back to the page it asked for with a session.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { webLoginFixture, type WebLoginFixture } from '../support/web-login-fixture.ts';
import { axeSource, launchChromium } from '../support/chromium.ts';

declare const document: { readonly activeElement: { readonly id: string; readonly textContent: string | null } | null };
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[]; passes: unknown[] }> } };


let browser: Browser;
let fixture: WebLoginFixture;

before(async () => {
  fixture = await webLoginFixture();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await fixture?.close();
});

test('without JavaScript: a page behind the login leads to the provider, and back with a session', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error' && !message.text().includes('404')) problems.push(message.text()); });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${fixture.base}/test/medborgare`);
  assert.equal(new URL(page.url()).origin, fixture.idp.issuer, 'at the provider');
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  assert.equal((await page.locator('h1').textContent())?.trim(), 'Utvecklingsinloggning för Insyn');
  assert.ok(await page.getByText('Ingen riktig e-legitimation').isVisible());
  await page.getByLabel('Vårdnadshavare till ett barn').check();
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL(`${fixture.base}/test/medborgare`);
  const body = JSON.parse(await page.locator('body').innerText()) as { identity: { kind: string } };
  assert.equal(body.identity.kind, 'personnummer');
  const cookies = await context.cookies(fixture.base);
  const session = cookies.find((cookie) => cookie.name === 'insyn_session');
  assert.ok(session?.httpOnly && session.sameSite === 'Lax' && session.path === '/');
  assert.deepEqual(problems, [], 'the CSP blocks nothing, nothing fails to load');
  await context.close();
});

test('by keyboard alone: Tab to the first person, arrow to the next, Tab to the button, Enter', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${fixture.base}/konsol/inloggning?tillbaka=%2Ftest%2Fkonsol`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'person-0');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'person-1');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Logga in');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${fixture.base}/test/konsol`);
  const body = JSON.parse(await page.locator('body').innerText()) as { identity: { staffId: string } };
  assert.equal(body.identity.staffId, fixture.idp.accounts.filter((account) => account.audience === 'staff')[1]?.id);
  await context.close();
});

test("the provider's login page: axe-core finds no WCAG 2.1 A/AA violation", async () => {
  for (const start of ['/inloggning', '/konsol/inloggning']) {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${fixture.base}${start}`);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    assert.deepEqual(result.violations, [], start);
    assert.ok(result.passes.length > 5);
    await page.screenshot({ path: `/tmp/insyn-dev-login${start.replaceAll('/', '-')}.png`, fullPage: true });
    await context.close();
  }
});
