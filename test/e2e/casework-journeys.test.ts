// The two journeys of issue 4 against the whole of Insyn as `npm start` runs it (embedded mode,
// demo agency, in-process worker, development identity provider), in Debian's Chromium:
// 1. a citizen logs in with e-legitimation, asks for a register extract, sees the
//    acknowledgement, and after collection, secrecy review and decision reads the extract;
// 2. with JavaScript disabled throughout, a case handler registers a phone request, proposes to
//    withhold an item, a granskare approves it and the decision, and the person sees the decision.
// axe-core finds no violation on any page of either journey.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { startInsynServer, type InsynServerProcess } from '../support/insyn-server-process.ts';
import { axeViolationsOnTwin, launchChromium } from '../support/chromium.ts';



let browser: Browser;
let insyn: InsynServerProcess;
const axeFindings: string[] = [];

before(async () => {
  insyn = await startInsynServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await insyn?.stop();
});

/** axe-core on the page the browser shows (test/support/chromium.ts). */
async function checkAxe(page: Page): Promise<void> {
  axeFindings.push(...await axeViolationsOnTwin(browser, page));
}

async function logIn(context: BrowserContext, path: string, account: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${insyn.base}${path}`);
  assert.equal(new URL(page.url()).origin, insyn.issuer, 'sent to the identity provider');
  await checkAxe(page);
  await page.locator(`input[name=person][value="${account}"]`).check();
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => url.origin === insyn.base);
  return page;
}

const statusLabels = { review: 'Sekretessprövning', ready: 'Klar för beslut', approval: 'Väntar på godkännande', completed: 'Avslutad' } as const;

/** Reloads the console's request page until it shows one of the statuses (the worker collects meanwhile). */
async function waitForStatus(page: Page, path: string, statuses: readonly (keyof typeof statusLabels)[], timeoutMs = 60_000): Promise<keyof typeof statusLabels> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await page.goto(`${insyn.base}${path}`);
    const summary = await page.locator('main').innerText();
    const found = statuses.find((status) => summary.includes(statusLabels[status]));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`status not reached: ${statuses.join(', ')}`);
    await page.waitForTimeout(500);
  }
}

/** Proposes, item by item, what the review form says: `withholdFirst` withholds the first item, the rest are released. */
async function proposeReview(page: Page, path: string, withholdFirst: boolean): Promise<number> {
  await page.goto(`${insyn.base}${path}`);
  const count = await page.locator('form.review-form').count();
  for (let index = 0; index < count; index += 1) {
    const form = page.locator('form.review-form').nth(index);
    const withhold = withholdFirst && index === 0;
    await form.locator(`input[name=decision][value=${withhold ? 'withhold' : 'release'}]`).check();
    if (withhold) await form.locator('input[name=kind]').first().check();
    await form.getByRole('button', { name: 'Spara förslaget' }).click();
    await page.waitForLoadState('load');
    await page.goto(`${insyn.base}${path}`);
  }
  return count;
}

async function approveReview(page: Page, path: string): Promise<void> {
  await page.goto(`${insyn.base}${path}`);
  await checkAxe(page);
  await page.getByRole('button', { name: 'Godkänn förslagen' }).click();
  await page.waitForLoadState('load');
}

interface DecisionItemInput { readonly description: string; readonly outcome: 'granted' | 'refused'; readonly reasons?: string; readonly ground?: string }

async function proposeDecision(page: Page, path: string, items: readonly DecisionItemInput[]): Promise<void> {
  await page.goto(`${insyn.base}${path}`);
  for (let index = 1; index < items.length; index += 1) {
    await page.getByRole('button', { name: 'Lägg till en punkt' }).click();
    await page.waitForLoadState('load');
  }
  for (const [index, item] of items.entries()) {
    await page.locator(`#item-${index}-description`).fill(item.description);
    await page.locator(`input[name=item-${index}-outcome][value=${item.outcome}]`).check();
    if (item.reasons) await page.locator(`#item-${index}-reasons`).fill(item.reasons);
    if (item.ground) await page.locator(`input[name=item-${index}-grounds][value=${item.ground}]`).check();
  }
  await checkAxe(page);
  await page.getByRole('button', { name: 'Föreslå beslutet' }).click();
  await page.waitForLoadState('load');
}

test('a citizen asks for a register extract with e-legitimation, sees the acknowledgement, and reads the extract once it is decided', async () => {
  const citizen = await browser.newContext();
  const staff = await browser.newContext();
  const reviewer = await browser.newContext();
  try {
    const page = await logIn(citizen, '/e-tjanst/begaran/registerutdrag', 'medborgare-vanlig');
    assert.match(new URL(page.url()).pathname, /^\/e-tjanst\/begaran\/registerutdrag/);
    await checkAxe(page);
    // Sent by keyboard: focus the submit button and press Enter.
    await page.getByRole('button', { name: 'Skicka begäran' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/e-tjanst\/arenden\/[0-9a-f-]{36}/);
    const requestId = /arenden\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await checkAxe(page);
    const acknowledged = await page.locator('main').innerText();
    assert.match(acknowledged, /Vi svarar senast \d{1,2} \w+ \d{4}/);
    assert.match(acknowledged, /DSR \d{4}\/\d{6}/);

    const casePath = `/konsol/arenden/${requestId}`;
    const handler = await logIn(staff, casePath, 'personal-handlaggare');
    const collected = await waitForStatus(handler, casePath, ['review', 'ready']);
    await checkAxe(handler);
    if (collected === 'review') {
      assert.ok(await proposeReview(handler, casePath, false) > 0);
      const granskare = await logIn(reviewer, casePath, 'personal-granskare');
      await approveReview(granskare, casePath);
    }
    await waitForStatus(handler, casePath, ['ready'], 10_000);
    await proposeDecision(handler, casePath, [{ description: 'Registerutdrag med alla uppgifter vi har om dig', outcome: 'granted' }]);
    assert.equal(await waitForStatus(handler, casePath, ['completed'], 10_000), 'completed');

    await page.goto(`${insyn.base}/e-tjanst/arenden/${requestId}`);
    await checkAxe(page);
    const extractLink = page.getByRole('link', { name: /Registerutdrag/ }).first();
    await extractLink.click();
    await page.waitForLoadState('load');
    await checkAxe(page);
    assert.match(await page.locator('main').innerText(), /Registerutdrag/);
    const pdf = await citizen.request.get(`${page.url().split('?')[0]}/pdf`);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
  } finally {
    await Promise.all([citizen.close(), staff.close(), reviewer.close()]);
  }
});

test('without JavaScript: a phone request registered by a case handler, an item withheld with a granskare\'s approval, and the decision read by the person', async () => {
  const person = demoPersonas().samordningsnummer;
  const citizen = await browser.newContext({ javaScriptEnabled: false });
  const staff = await browser.newContext({ javaScriptEnabled: false });
  const reviewer = await browser.newContext({ javaScriptEnabled: false });
  try {
    const handler = await logIn(staff, '/konsol/registrera', 'personal-handlaggare');
    await checkAxe(handler);
    await handler.locator('input[name=right][value=access]').check();
    await handler.locator('input[name=channel][value=phone]').check();
    const contact = new Date(Date.now() - 20 * 60_000);
    const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' }).format(contact).replace(' ', 'T');
    await handler.locator('#received-at').fill(local);
    await handler.locator('#subject').fill(person.identityNumber);
    await handler.locator('input[name=identityMethod][value=registered-address]').check();
    await handler.getByRole('button', { name: 'Registrera ärendet' }).click();
    await handler.waitForURL(/\/konsol\/arenden\/[0-9a-f-]{36}/);
    await checkAxe(handler);
    const requestId = /arenden\/([0-9a-f-]{36})/.exec(handler.url())![1]!;
    const casePath = `/konsol/arenden/${requestId}`;
    assert.match(await handler.locator('main').innerText(), /DSR \d{4}\/\d{6}/);

    const collected = await waitForStatus(handler, casePath, ['review', 'ready']);
    assert.equal(collected, 'review', 'the demo person has records that wait for secrecy review');
    await proposeReview(handler, casePath, true);
    const granskare = await logIn(reviewer, casePath, 'personal-granskare');
    await approveReview(granskare, casePath);
    await waitForStatus(handler, casePath, ['ready'], 10_000);
    await proposeDecision(handler, casePath, [
      { description: 'Registerutdrag', outcome: 'granted' },
      { description: 'Uppgifter som rör en annan person', outcome: 'refused', reasons: 'Uppgifterna omfattas av sekretess till skydd för en annan person.', ground: 'osl-28-1' },
    ]);
    assert.equal(await waitForStatus(handler, casePath, ['approval'], 10_000), 'approval');
    await granskare.goto(`${insyn.base}${casePath}`);
    await checkAxe(granskare);
    await granskare.getByRole('button', { name: 'Godkänn och skicka beslutet' }).click();
    await granskare.waitForLoadState('load');
    assert.equal(await waitForStatus(granskare, casePath, ['completed'], 10_000), 'completed');

    const page = await logIn(citizen, '/e-tjanst/arenden', 'medborgare-samordningsnummer');
    await checkAxe(page);
    await page.goto(`${insyn.base}/e-tjanst/arenden/${requestId}`);
    await checkAxe(page);
    await page.getByRole('link', { name: /Beslut/ }).first().click();
    await page.waitForLoadState('load');
    await checkAxe(page);
    const decision = await page.locator('main').innerText();
    assert.match(decision, /förvaltningsrätt/i);
    assert.match(decision, /Integritetsskyddsmyndigheten|IMY/);
    assert.match(decision, /Beslut: Avslås/);
  } finally {
    await Promise.all([citizen.close(), staff.close(), reviewer.close()]);
  }
});

test('axe-core found no violation on any page of either journey', () => {
  assert.deepEqual(axeFindings, []);
});
