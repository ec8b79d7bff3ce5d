// The whole delivery journey on a laptop (issue 5), against Insyn as `npm start` runs it: embedded
// PGlite, the demo agency, the worker in-process, the development identity provider and the
// development mailbox operator, in Debian's Chromium.
// 1. The ordinary adult asks for a register extract in the e-service; staff decide it in the
//    console; the acknowledgement and then the decision with the extract reach their digital
//    mailbox at Kivra (demo), where they open the letter and download both PDFs, which name the case.
// 2. The person with skyddad folkbokföring (no mailbox) asks too; the acknowledgement goes by post
//    through Skatteverket's forwarding: nothing for them at the mailbox operator; their register
//    address is neither in the print file nor in the server's output nor anywhere in the console
//    (the secrecy review masks it even for staff with `skyddad-identitet`; others are refused).
// axe-core finds no violation on the inbox pages.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { DEFAULT_DEMO_SEED, demoPerson, demoPopulation } from '../../src/devservices/demo-agency/demo-population.ts';
import { axeViolationsOnTwin, launchChromium } from '../support/chromium.ts';
import { startInsynServer, type InsynServerProcess } from '../support/insyn-server-process.ts';
import { collapse, readPdf } from '../support/read-pdf.ts';


/** The population `startInsynServer` seeds (INSYN_DEMO_PERSONS=40, the default seed). */
const DEMO_PERSONS = 40;
const personas = demoPersonas();
const ordinary = personas.ordinaryAdult;
const ordinaryMasked = `${ordinary.identityNumber.slice(0, 8)}-****`;
const skyddad = personas.skyddadFolkbokforing;
const skyddadRegister = demoPerson(demoPopulation(DEFAULT_DEMO_SEED, DEMO_PERSONS), skyddad.index);
/** What must never show: the protected person's register address, in the forms it could take. */
const skyddadAddress = [skyddadRegister.street, `${skyddadRegister.postalCode} ${skyddadRegister.city}`];
const CASE_NUMBER = /DSR \d{4}\/\d{6}/;

let browser: Browser;
let insyn: InsynServerProcess;
let printDir: string;
const axeFindings: string[] = [];

before(async () => {
  printDir = mkdtempSync(join(tmpdir(), 'insyn-print-'));
  [insyn, browser] = await Promise.all([startInsynServer({ INSYN_PRINT_DIR: printDir }), launchChromium()]);
});

after(async () => {
  await browser?.close();
  await insyn?.stop();
  rmSync(printDir, { recursive: true, force: true });
});

/** Calls `probe` until it gives a value; fails after `timeoutMs` with what was waited for and the last thing seen. */
async function poll<T>(what: string, probe: () => Promise<{ value?: T; seen: string }>, timeoutMs: number, intervalMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { value, seen } = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) assert.fail(`${what}: not within ${timeoutMs / 1000} s (last seen: ${seen})`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** axe-core on the page the browser shows (test/support/chromium.ts). */
async function checkAxe(page: Page): Promise<void> {
  axeFindings.push(...await axeViolationsOnTwin(browser, page));
}

/** Logs in at the development identity provider as `account`, starting from `path` of Insyn. */
async function logIn(context: BrowserContext, path: string, account: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${insyn.base}${path}`);
  assert.equal(new URL(page.url()).origin, insyn.issuer, 'sent to the identity provider');
  await page.locator(`input[name=person][value="${account}"]`).check();
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.waitForURL((url) => url.origin === insyn.base);
  return page;
}

/** Sends an access request from the e-service form; returns the request id and its case number. */
async function askForExtract(context: BrowserContext, account: string): Promise<{ requestId: string; caseNumber: string }> {
  const page = await logIn(context, '/e-tjanst/begaran/registerutdrag', account);
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  await page.waitForURL(/\/e-tjanst\/arenden\/[0-9a-f-]{36}/);
  const requestId = /arenden\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const caseNumber = CASE_NUMBER.exec(await page.locator('main').innerText())?.[0];
  assert.ok(caseNumber, 'the acknowledgement page names the case number');
  await page.close();
  return { requestId, caseNumber };
}

const statusLabels = { review: 'Sekretessprövning', ready: 'Klar för beslut', approval: 'Väntar på godkännande', completed: 'Avslutad' } as const;
type Status = keyof typeof statusLabels;

/** Reloads the console's request page until it shows one of the statuses. */
async function waitForStatus(page: Page, path: string, statuses: readonly Status[], timeoutMs: number): Promise<Status> {
  return poll(`request status ${statuses.join(' or ')}`, async () => {
    await page.goto(`${insyn.base}${path}`);
    const main = await page.locator('main').innerText();
    const found = statuses.find((status) => main.includes(statusLabels[status]));
    const shown = Object.values(statusLabels).filter((label) => main.includes(label));
    return { value: found, seen: shown.join(', ') || 'another status' };
  }, timeoutMs);
}

/** The delivery column of the console's letters table, by letter. */
async function letterDeliveries(page: Page): Promise<{ letter: string; delivery: string }[]> {
  const rows = page.locator('table:has(caption#brev-tabell) tbody tr');
  const found: { letter: string; delivery: string }[] = [];
  for (let index = 0; index < await rows.count(); index += 1) {
    const row = rows.nth(index);
    found.push({ letter: (await row.locator('th').innerText()).trim(), delivery: (await row.locator('td').nth(2).innerText()).trim() });
  }
  return found;
}

/** Reloads the request page until every letter (at least `count`) is sent; fails at once when one failed. */
async function waitForDelivery(page: Page, path: string, count: number, timeoutMs: number): Promise<{ letter: string; delivery: string }[]> {
  return poll(`${count} letters delivered`, async () => {
    await page.goto(`${insyn.base}${path}`);
    const letters = await letterDeliveries(page);
    const seen = letters.map((letter) => `${letter.letter}: ${letter.delivery}`).join(', ') || 'no letters';
    assert.ok(!letters.some((letter) => letter.delivery === 'Misslyckades'), `a delivery failed: ${seen}`);
    const done = letters.length >= count && letters.every((letter) => letter.delivery === 'Skickat');
    return { value: done ? letters : undefined, seen };
  }, timeoutMs);
}

/** Releases every item of the secrecy review (a granskare approves), then proposes a decision granting everything. */
async function decideGrantingAll(handler: Page, reviewerContext: BrowserContext, path: string): Promise<void> {
  const collected = await waitForStatus(handler, path, ['review', 'ready'], 60_000);
  if (collected === 'review') {
    const forms = handler.locator('form.review-form');
    const count = await forms.count();
    assert.ok(count > 0, 'the secrecy review has items');
    for (let index = 0; index < count; index += 1) {
      const form = handler.locator('form.review-form').nth(index);
      await form.locator('input[name=decision][value=release]').check();
      await form.getByRole('button', { name: 'Spara förslaget' }).click();
      await handler.waitForLoadState('load');
      await handler.goto(`${insyn.base}${path}`);
    }
    const reviewer = await logIn(reviewerContext, path, 'personal-granskare');
    await reviewer.getByRole('button', { name: 'Godkänn förslagen' }).click();
    await reviewer.waitForLoadState('load');
    await waitForStatus(handler, path, ['ready'], 10_000);
  }
  await handler.goto(`${insyn.base}${path}`);
  await handler.locator('#item-0-description').fill('Registerutdrag med alla uppgifter vi har om dig');
  await handler.locator('input[name=item-0-outcome][value=granted]').check();
  await handler.getByRole('button', { name: 'Föreslå beslutet' }).click();
  await handler.waitForLoadState('load');
  assert.equal(await waitForStatus(handler, path, ['completed'], 10_000), 'completed', 'a decision granting everything is sent at once');
}

async function download(page: Page, link: RegExp): Promise<{ filename: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: link }).click();
  const file = await downloading;
  return { filename: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await readPdf(bytes);
  return collapse(pdf.pages.flatMap((page) => page.texts.map((text) => text.str)).join(' '));
}

/** Every PDF under the print directory (staged or already batched). */
function printFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.pdf')).map((name) => join(dir, name));
}

test('request, extract, delivery to the digital mailbox and reading it there', async (t) => {
  const started = Date.now();
  const citizen = await browser.newContext();
  const staff = await browser.newContext();
  const reviewer = await browser.newContext();
  const reader = await browser.newContext({ acceptDownloads: true });
  try {
    const { requestId, caseNumber } = await askForExtract(citizen, 'medborgare-vanlig');
    const path = `/konsol/arenden/${requestId}`;
    const handler = await logIn(staff, path, 'personal-handlaggare');
    await decideGrantingAll(handler, reviewer, path);
    const letters = await waitForDelivery(handler, path, 3, 60_000);
    assert.deepEqual(letters.map((letter) => letter.letter).sort(), ['Beslut', 'Bekräftelse', 'Registerutdrag'].sort());
    const deliveredAfter = Date.now() - started;

    const page = await reader.newPage();
    await page.goto(`${insyn.mailbox}/`);
    await checkAxe(page);
    await page.getByRole('link', { name: `${ordinaryMasked}, Kivra (demo)` }).click();
    assert.equal((await page.locator('h1').innerText()).trim(), `Inkorg för ${ordinaryMasked}`);
    await checkAxe(page);
    const inbox = await page.locator('main li').filter({ hasText: caseNumber }).allInnerTexts();
    assert.equal(inbox.length, 2, 'two messages for the case, each once: the acknowledgement, then the answer');
    assert.ok(inbox.some((item) => item.includes(`Vi har tagit emot din begäran (${caseNumber})`)), 'the acknowledgement is in the inbox');
    const subject = `Svar på din begäran om registerutdrag (${caseNumber})`;
    await page.getByRole('link', { name: subject }).click();
    assert.equal((await page.locator('h1').innerText()).trim(), subject);
    assert.ok((await page.locator('main').innerText()).includes(caseNumber), 'the letter names the case');
    await checkAxe(page);

    const decision = await download(page, /Ladda ned beslut/);
    const extract = await download(page, /Ladda ned registerutdrag/);
    const texts: Record<string, string> = {};
    for (const file of [decision, extract]) {
      assert.match(file.filename, /\.pdf$/);
      assert.equal(file.bytes.subarray(0, 5).toString('latin1'), '%PDF-', file.filename);
      texts[file.filename] = await pdfText(file.bytes);
    }
    assert.match(texts[decision.filename]!, /Beslut/);
    assert.ok(texts[decision.filename]!.includes(caseNumber), 'the decision names the case number');
    assert.match(texts[extract.filename]!, /Registerutdrag/);
    // The extract's "Vår referens" is the request's id today, not the case number the letters carry.
    assert.ok(texts[extract.filename]!.includes(caseNumber) || texts[extract.filename]!.includes(requestId), 'the extract names the request');
    assert.ok(!page.url().includes(ordinary.identityNumber), 'no personnummer in the inbox URL');
    t.diagnostic(`all letters sent ${deliveredAfter} ms after the request; read in the mailbox ${Date.now() - started} ms after`);
  } finally {
    await Promise.all([citizen.close(), staff.close(), reviewer.close(), reader.close()]);
  }
});

test('a person with skyddad folkbokföring: the acknowledgement goes through Skatteverket, their address shows nowhere', async () => {
  const citizen = await browser.newContext();
  const staff = await browser.newContext();
  const other = await browser.newContext();
  try {
    const { requestId, caseNumber } = await askForExtract(citizen, 'medborgare-skyddad');
    const path = `/konsol/arenden/${requestId}`;
    const handler = await logIn(staff, path, 'personal-skyddad');
    const letters = await waitForDelivery(handler, path, 1, 60_000);
    assert.ok(letters.some((letter) => letter.letter === 'Bekräftelse'), 'the acknowledgement is sent');
    await waitForStatus(handler, path, ['review'], 60_000);
    // The register row waits in the secrecy review, its address fields masked even for this
    // authorised reviewer: nowhere on the page (review, letters, timeline, delivery) may it appear.
    const page = await handler.locator('main').textContent() ?? '';
    assert.ok(page.includes(caseNumber), 'the request page was read');
    for (const part of skyddadAddress) assert.ok(!page.includes(part), 'the console page holds no part of the register address');
    const reviewRows = await handler.locator('table:has(caption#granskning-tabell) tbody tr').allInnerTexts();
    assert.ok(reviewRows.some((row) => row.includes('Skyddad uppgift – visas inte')), 'the review shows the address fields as protected');
    const unauthorised = await (await logIn(other, '/konsol', 'personal-handlaggare')).goto(`${insyn.base}${path}`);
    assert.equal(unauthorised?.status(), 403, 'a handläggare without skyddad-identitet may not open the request');
    for (const part of skyddadAddress) assert.ok(!(await unauthorised!.text()).includes(part), 'nothing of the address on the refusal');

    const list = await citizen.newPage();
    await list.goto(`${insyn.mailbox}/`);
    const masked = `${skyddad.identityNumber.slice(0, 8)}-****`;
    assert.ok(!(await list.content()).includes(masked), 'no mailbox for them at the operator');
    const search = await fetch(`${insyn.mailbox}/admin/messages/search`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ recipientId: skyddad.identityNumber }),
    });
    assert.deepEqual((await search.json() as { messages: unknown[] }).messages, [], 'no letter for them at the operator');

    const files = printFiles(printDir);
    const texts = await Promise.all(files.map((file) => pdfText(readFileSync(file))));
    const forwarded = texts.filter((text) => text.includes(caseNumber));
    assert.equal(forwarded.length, 1, `one print file for the case (of ${files.length})`);
    assert.ok(forwarded[0]!.includes('Skatteverket') && forwarded[0]!.includes('Box 2820'), 'addressed to Skatteverket\'s forwarding');
    for (const part of skyddadAddress) assert.ok(!forwarded[0]!.includes(part), 'the print file holds no part of the register address');

    const output = insyn.output();
    for (const part of skyddadAddress) assert.ok(!output.includes(part), 'the server output holds no part of the register address');
    for (const person of [skyddad, ordinary]) {
      const number = person.identityNumber;
      for (const form of [number, `${number.slice(0, 8)}-${number.slice(8)}`, `${number.slice(2, 8)}-${number.slice(8)}`]) {
        assert.ok(!output.includes(form), 'the server output holds no personnummer');
      }
    }
  } finally {
    await Promise.all([citizen.close(), staff.close(), other.close()]);
  }
});

test('axe-core finds no violation on the inbox pages', () => {
  assert.deepEqual(axeFindings, []);
});
