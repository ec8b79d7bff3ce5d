// The development mailbox operator's inbox in a real Chromium: a sealed letter with a PDF
// attachment is delivered, then read without JavaScript from the list of mailboxes through the
// inbox to the letter; axe-core finds no WCAG 2.1 A/AA violation on any page (Swedish and
// English); the attachment downloads with the delivered bytes; Tab reaches every link, and the
// CSP blocks nothing of ours.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { startDevMailboxOperator, type DevMailboxOperator } from '../../src/devservices/mailbox-operator/dev-mailbox-operator.ts';
import { axeSource, launchChromium } from '../support/chromium.ts';
import { deliveryKeys, postDelivery, SAMPLE_PDF, sampleDelivery, sampleMessage, sealedDeliveryXml } from '../support/mailbox-delivery-fixture.ts';

declare const document: {
  readonly activeElement: { readonly id: string; readonly textContent: string | null; readonly className: string; getAttribute(name: string): string | null } | null;
  readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
};
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[]; passes: unknown[] }> } };

const recipientId = demoPersonas().ordinaryAdult.identityNumber;
const masked = `${recipientId.slice(0, 8)}-****`;
const subject = 'Svar på din begäran om registerutdrag (ärende 2025-000123)';

let browser: Browser;
let operator: DevMailboxOperator;
let inboxPath: string;
let letterPath: string;

before(async () => {
  const keys = deliveryKeys();
  operator = await startDevMailboxOperator({ mode: 'development', host: '127.0.0.1', port: 0, trust: keys.trust });
  const letter = sampleMessage({ subject });
  const older = sampleMessage({ subject: 'Beslut om förlängd svarstid', attachments: [] });
  const xml = sealedDeliveryXml(keys, sampleDelivery(recipientId, [letter, older]), new Date('2025-05-02T08:30:00Z'));
  const answer = await postDelivery(`${operator.url}/operators/kivra-demo/deliver-secure`, xml);
  assert.deepEqual(answer.body.delivered, [{ recipientId, delivered: true }]);
  inboxPath = new URL(operator.accounts.inboxUrl('kivra-demo', recipientId)).pathname;
  const key = operator.accounts.messages(recipientId).find((message) => message.messageId === letter.id)?.key;
  letterPath = `${inboxPath}/${key}`;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await operator?.close();
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(`${operator.url}${path}`);
  assert.equal(response?.status(), 200, path);
  return page;
}

test('without JavaScript: from the list of mailboxes to the inbox, the letter and its attachment', async () => {
  const page = await open('/', { javaScriptEnabled: false, acceptDownloads: true });
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  assert.equal((await page.locator('h1').textContent())?.trim(), 'Digitala brevlådor (demo)');
  await page.getByRole('link', { name: `${masked}, Kivra (demo)` }).click();
  assert.equal(new URL(page.url()).pathname, inboxPath);
  assert.equal((await page.locator('h1').textContent())?.trim(), `Inkorg för ${masked}`);
  await page.getByRole('link', { name: subject }).click();
  assert.equal(new URL(page.url()).pathname, letterPath);
  assert.equal((await page.locator('h1').textContent())?.trim(), subject);
  assert.match(await page.locator('.message-body').innerText(), /Här är ditt registerutdrag/);

  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /Ladda ned registerutdrag 2025-000123\.pdf/ }).click();
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'registerutdrag 2025-000123.pdf');
  assert.deepEqual(await readFile(await download.path()), SAMPLE_PDF);

  await page.getByRole('link', { name: 'Inkorgen', exact: true }).click();
  assert.equal(await page.getByRole('listitem').filter({ hasText: subject }).getByText('Läst').count(), 1);
  for (const url of [page.url(), letterPath, inboxPath]) assert.ok(!url.includes(recipientId), 'no personnummer in a URL');
  assert.deepEqual(problems, [], 'the CSP blocks nothing, nothing fails to load');
  await page.context().close();
});

for (const lang of ['sv', 'en'] as const) {
  test(`axe-core finds no WCAG 2.1 A/AA violation on the list, the inbox and the letter (${lang})`, async () => {
    for (const path of ['/', inboxPath, letterPath]) {
      // bypassCSP only so that the axe script can be injected; the pages themselves have no script.
      const page = await open(lang === 'en' ? `${path}?lang=en` : path, { bypassCSP: true });
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(async () =>
        window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      assert.deepEqual(result.violations, [], path);
      assert.ok(result.passes.length > 10, path);
      await page.context().close();
    }
  });
}

/** Presses Tab until the focus has been everywhere once; returns the href (or text) of each stop. */
async function tabStops(page: Page): Promise<string[]> {
  const stops: string[] = [];
  for (let presses = 0; presses < 30; presses += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? document.activeElement?.textContent ?? '');
    if (stops.includes(stop)) break;
    stops.push(stop);
  }
  return stops;
}

test('by keyboard: Tab reaches the skip link first, then every link, and Enter follows them', async () => {
  const page = await open('/', { acceptDownloads: true });
  const listStops = await tabStops(page);
  assert.equal(listStops[0], '#innehall', 'the skip link comes first');
  assert.ok(listStops.includes(inboxPath), 'the inbox link is reachable');
  await page.goto(`${operator.url}/`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'innehall');

  await page.goto(`${operator.url}${inboxPath}`);
  const inboxStops = await tabStops(page);
  assert.ok(inboxStops.includes(letterPath), 'the letter link is reachable');

  await page.goto(`${operator.url}${letterPath}`);
  const letterStops = await tabStops(page);
  const attachment = `${letterPath}/bilagor/0`;
  assert.ok(letterStops.includes(attachment), 'the attachment link is reachable');
  await page.goto(`${operator.url}${letterPath}`);
  for (const _stop of letterStops.slice(0, letterStops.indexOf(attachment) + 1)) await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), attachment);
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  assert.deepEqual(await readFile(await (await downloading).path()), SAMPLE_PDF);
  await page.context().close();
});

test('at phone width nothing scrolls sideways', async () => {
  for (const path of ['/', inboxPath, letterPath]) {
    const page = await open(path, { viewport: { width: 375, height: 812 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, path);
    await page.screenshot({ path: `/tmp/insyn-mailbox-${path === '/' ? 'list' : path === inboxPath ? 'inbox' : 'letter'}-phone.png`, fullPage: true });
    await page.context().close();
  }
});
