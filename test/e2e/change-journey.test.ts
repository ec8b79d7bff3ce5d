// The erasure journey (issue 6) against Insyn as `npm start` runs it (embedded PGlite, the demo
// agency, the worker in-process, the development identity provider), in Debian's Chromium, with
// INSYN_ERASURE_WAIT=PT0S: the ordinary adult asks for erasure in the e-service; a case handler
// does the dry run in the console (every record with erase or keep and why), proposes the decision
// from the items; a granskare approves it (kept items are refusals); the worker erases what was
// decided in the source system and sends the receipt; the person reads the decision and the
// receipt in the e-service. axe-core finds nothing on the console page with the items and forms.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolationsOnTwin, launchChromium } from '../support/chromium.ts';
import { startInsynServer, type InsynServerProcess } from '../support/insyn-server-process.ts';

let browser: Browser;
let insyn: InsynServerProcess;
const axeFindings: string[] = [];

before(async () => {
  [insyn, browser] = await Promise.all([startInsynServer({ INSYN_ERASURE_WAIT: 'PT0S' }), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await insyn?.stop();
});

async function logIn(context: BrowserContext, path: string, account: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${insyn.base}${path}`);
  await page.locator(`input[name=person][value="${account}"]`).check();
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => url.origin === insyn.base);
  return page;
}

async function poll(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!await probe()) {
    if (Date.now() > deadline) assert.fail(`${what}: not within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test('erasure: dry run, decision from the items, approval, the run in the source system, the receipt', async () => {
  const citizen = await browser.newContext();
  const staff = await browser.newContext();
  const reviewerContext = await browser.newContext();
  try {
    const page = await logIn(citizen, '/e-tjanst/begaran/radering', 'medborgare-vanlig');
    await page.locator('#details').fill('Radera mina inställningar för aviseringar på Mina sidor.');
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await page.waitForURL(/\/e-tjanst\/arenden\/[0-9a-f-]{36}/);
    const requestId = /arenden\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    const path = `/konsol/arenden/${requestId}`;

    const handler = await logIn(staff, path, 'personal-handlaggare');
    await handler.getByRole('button', { name: 'Gör en provkörning' }).click();
    await handler.waitForLoadState('load');
    const notice = await handler.locator('[role=status]').first().innerText();
    assert.match(notice, /Provkörningen är klar/);
    const rows = await handler.locator('table:has(caption#andringar-tabell) tbody tr').allInnerTexts();
    assert.ok(rows.some((row) => row.includes('Radering av') && row.includes('Genomförs') && row.includes('Mina sidor')), 'the notification settings are erased');
    assert.ok(rows.some((row) => row.includes('Sparas: rättslig förpliktelse')), 'kept records say why');
    axeFindings.push(...await axeViolationsOnTwin(browser, handler));

    // The refusal form of an item, opened, and sent without reasons: an error summary whose links lead to the fields.
    const erased = handler.locator('table:has(caption#andringar-tabell) tbody tr', { hasText: 'Mina sidor' }).first();
    await erased.locator('summary').click();
    axeFindings.push(...await axeViolationsOnTwin(browser, handler));
    await erased.getByRole('button', { name: 'Avslå posten' }).click();
    await handler.waitForLoadState('load');
    const summary = handler.locator('.error-summary a');
    assert.ok(await summary.count() >= 2, 'the ground and the reasons are named');
    for (const link of await summary.all()) {
      const target = (await link.getAttribute('href'))!.slice(1);
      assert.equal(await handler.locator(`[id="${target}"]`).count(), 1, `the error links to a field on the page (${target})`);
    }
    axeFindings.push(...await axeViolationsOnTwin(browser, handler));
    await handler.goto(`${insyn.base}${path}`);

    await handler.getByRole('button', { name: 'Föreslå beslut' }).click();
    await handler.waitForLoadState('load');
    assert.match(await handler.locator('main').innerText(), /Beslutsförslaget är sparat/);

    const reviewer = await logIn(reviewerContext, path, 'personal-granskare');
    await reviewer.getByRole('button', { name: 'Godkänn' }).first().click();
    await reviewer.waitForLoadState('load');

    await poll('the run carried out and the receipt written', async () => {
      await handler.goto(`${insyn.base}${path}`);
      return (await handler.locator('main').innerText()).includes('Beslutet är genomfört och kvittot skickat.');
    }, 60_000);
    const done = await handler.locator('table:has(caption#andringar-tabell) tbody tr').allInnerTexts();
    assert.ok(done.filter((row) => row.includes('Radering av')).every((row) => row.includes('Genomförd')), 'every erasure done');
    axeFindings.push(...await axeViolationsOnTwin(browser, handler));

    await page.goto(`${insyn.base}/e-tjanst/arenden/${requestId}`);
    const letters = await page.locator('main').innerText();
    assert.match(letters, /Beslut/);
    assert.match(letters, /Kvitto på genomförda ändringar/);
  } finally {
    await citizen.close();
    await staff.close();
    await reviewerContext.close();
  }
  assert.deepEqual(axeFindings, [], 'axe-core finds nothing on the console pages');
});
