// The staff console in a real Chromium against the real server (buildServer with auth and
// casework, the web fixture's database, sessions and processing log) under its real CSP: the
// queue, registration and request pages (with the decision form, the secrecy review, the approval
// buttons, a letter, and deliveries sent to a mailbox, by post after a fallback and failed) pass axe-core (WCAG 2.1 A/AA) in Swedish and English and do not scroll
// sideways at 360 px; a phone request is registered and decided with JavaScript disabled; the
// registration form and a decision are filled in and sent by keyboard alone with a visible focus,
// and the error summary's links lead to the fields.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { listDeliveries, updateDelivery } from '../../src/stores/delivery-store.ts';
import { appendRequestEvent } from '../../src/stores/request-event-store.ts';
import { inReview, phoneCall, registerInConsole } from '../support/console-forms.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';
import { axeSource, launchChromium, sessionContext } from '../support/chromium.ts';

declare const document: {
  readonly activeElement: { readonly tagName: string; readonly id: string; readonly textContent: string | null } | null;
  readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
};
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[]; passes: unknown[] }> } };
declare function getComputedStyle(element: unknown): { readonly outlineStyle: string; readonly outlineWidth: string };

const dashed = (normalized: string) => `${normalized.slice(0, 8)}-${normalized.slice(8)}`;
let serial = 300;
const nextPerson = () => dashed(syntheticIdentityNumber('1982-02-02', (serial += 1)).normalized);

let browser: Browser;
let fixture: WebFixture;
let base: string;
let handler: SessionCookie;
let greta: SessionCookie;
let cases: { readonly handling: string; readonly review: string; readonly approval: string; readonly overdue: string; readonly letter: string };

async function seedCases(): Promise<typeof cases> {
  const handling = await registerInConsole(fixture.app, handler, phoneCall(nextPerson()));
  const overdue = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { receivedAt: '2026-01-10T10:00', right: 'erasure', correction: '' }));
  const review = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'access', correction: '', channel: 'letter' }));
  await inReview(fixture, review, [
    { dataset: 'kontakthistorik.kontakt', itemKey: 'K-1001', kinds: ['third-party'], values: { summary: 'Samtal om sjukpenning', third_party_note: 'Grannen ringde' } },
    { dataset: 'arenden.utkast', itemKey: 'U-7', kinds: ['draft-or-note'] },
  ]);
  const approval = await registerInConsole(fixture.app, handler, phoneCall(nextPerson(), { right: 'objection', correction: '' }));
  await fixture.casework.proposeDecision(approval, { staffId: 'hanna', roles: ['handlaggare'] }, {
    items: [{ description: 'Invändning mot behandlingen i ärendet om sjukpenning', outcome: 'refused',
      reasons: 'Behandlingen behövs för att handlägga ärendet.', legalGrounds: ['gdpr-21-1'] }],
  });
  const letter = (await fixture.casework.staffCase(handling, { staffId: 'hanna', roles: ['handlaggare'] })).letters[0]!.id;
  await deliveryStates(handling, overdue, review);
  return { handling, review, approval, overdue, letter };
}

/** The acknowledgements as delivery leaves them: in a mailbox, by post after the fallback time, and failed. */
async function deliveryStates(mailbox: string, fallback: string, failed: string): Promise<void> {
  const at = new Date('2026-03-02T09:30:00Z');
  const first = async (requestId: string) => (await listDeliveries(fixture.db, requestId))[0] ?? assert.fail('no delivery');
  const sent = await first(mailbox);
  await updateDelivery(fixture.db, sent.id, {
    status: 'sent', channel: 'mailbox', reason: 'mailbox-reachable', operator: 'Kivra (demo)', transId: 'kivra-demo-0001', attempts: 1, sentAt: at, at,
  });
  await appendRequestEvent(fixture.db, {
    requestId: mailbox, at, actor: 'insyn-delivery', kind: 'delivered', detail: { delivery: sent.id, channel: 'mailbox', reason: 'mailbox-reachable', operator: 'Kivra (demo)' },
  });
  const byPost = await first(fallback);
  await updateDelivery(fixture.db, byPost.id, {
    status: 'sent', channel: 'post', route: 'direct', reason: 'mailbox-unavailable', lastErrorCode: 'MAILBOX_UNAVAILABLE', attempts: 6, sentAt: at, at,
  });
  await appendRequestEvent(fixture.db, { requestId: fallback, at, actor: 'insyn-delivery', kind: 'delivery-alert', detail: { delivery: byPost.id, code: 'MAILBOX_UNAVAILABLE' } });
  const nowhere = await first(failed);
  await updateDelivery(fixture.db, nowhere.id, { status: 'failed', reason: 'no-address', lastErrorCode: 'DELIVERY_NOT_POSSIBLE', attempts: 1, at });
  await appendRequestEvent(fixture.db, {
    requestId: failed, at, actor: 'insyn-delivery', kind: 'delivery-failed', detail: { delivery: nowhere.id, reason: 'no-address', code: 'DELIVERY_NOT_POSSIBLE' },
  });
}

before(async () => {
  fixture = await openWebFixture();
  base = await fixture.app.listen({ host: '127.0.0.1', port: 0 });
  handler = await fixture.staffCookie(['handlaggare'], { staffId: 'hanna', name: 'Hanna Handläggare' });
  greta = await fixture.staffCookie(['granskare'], { staffId: 'greta', name: 'Greta Granskare' });
  cases = await seedCases();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await fixture?.close();
});

function contextFor(session: SessionCookie, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return sessionContext(browser, base, session, options);
}

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text()); });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico') && response.request().method() === 'GET') problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  assert.ok(result.passes.length > 10);
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

async function focused(page: Page) {
  return page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, text: document.activeElement?.textContent?.trim() }));
}

/** Presses Tab until the element with this id (or a button with this text) has the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: { readonly id?: string; readonly button?: string }, limit = 120): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if ((target.id && now.id === target.id) || (target.button && now.tag === 'BUTTON' && now.text === target.button)) {
      const style = await page.locator(':focus').evaluate((element) => getComputedStyle(element));
      assert.notEqual(style.outlineStyle, 'none', `${target.id ?? target.button} shows its focus`);
      assert.ok(parseFloat(style.outlineWidth) >= 2, `${target.id ?? target.button} has a thick outline`);
      return;
    }
  }
  assert.fail(`Tab never reached ${JSON.stringify(target)}`);
}

const pages = () => [
  { name: 'queue', path: '/konsol', session: handler },
  { name: 'registration', path: '/konsol/registrera', session: handler },
  { name: 'search', path: '/konsol/sok', session: handler },
  { name: 'request being handled', path: `/konsol/arenden/${cases.handling}`, session: handler },
  { name: 'overdue request', path: `/konsol/arenden/${cases.overdue}`, session: handler },
  { name: 'secrecy review', path: `/konsol/arenden/${cases.review}`, session: handler },
  { name: 'extract preview', path: `/konsol/arenden/${cases.review}/forhandsgranskning`, session: handler },
  { name: 'approval (granskare)', path: `/konsol/arenden/${cases.approval}`, session: greta },
  { name: 'letter', path: `/konsol/arenden/${cases.handling}/brev/${cases.letter}`, session: handler },
];

for (const language of ['sv', 'en'] as const) {
  test(`console pages (${language}): no axe-core violation, nothing blocked by the CSP, no sideways scrolling at 360 px`, async () => {
    for (const { name, path, session } of pages()) {
      const url = `${base}${path}${language === 'en' ? '?lang=en' : ''}`;
      const context = await contextFor(session, { viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      const problems = watchProblems(page);
      const response = await page.goto(url);
      assert.equal(response?.status(), 200, name);
      assert.equal(await page.getAttribute('html', 'lang'), language, name);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, `${name}: no sideways scrolling`);
      assert.deepEqual(problems, [], `${name}: the CSP blocks nothing`);
      await context.close();
      // axe needs its script injected: a context that bypasses the CSP for that alone.
      const checking = await contextFor(session, { bypassCSP: true });
      const checked = await checking.newPage();
      await checked.goto(url);
      assert.deepEqual(await axeViolations(checked), [], `${name} (${language})`);
      await checking.close();
    }
  });
}

test('the registration form with errors passes axe-core, and its summary links lead to the fields', async () => {
  const context = await contextFor(handler, { bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${base}/konsol/registrera`);
  await page.locator('#subject').fill('19840312-9004');
  await page.getByRole('button', { name: 'Registrera ärendet' }).click();
  assert.equal(await page.title(), 'Fel: Registrera ärende – Insyn – handläggning – Socialförsäkringsverket (demo)');
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: 'Ange ett giltigt personnummer eller samordningsnummer med tolv siffror.' }).click();
  assert.equal(new URL(page.url()).hash, '#subject');
  assert.equal(await page.locator('#subject').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#subject').getAttribute('aria-describedby'), 'subject-hint subject-fel');
  await context.close();
});

test('without JavaScript: register a phone request, find it in the queue, and decide it', async () => {
  const context = await contextFor(handler, { javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${base}/konsol`);
  await page.getByRole('link', { name: 'Registrera ärende' }).click();
  await page.getByLabel('Rättelse', { exact: true }).check();
  await page.getByLabel('Telefon').check();
  await page.locator('#received-at').fill('2026-03-02T09:40');
  await page.locator('#subject').fill(nextPerson());
  await page.getByLabel('Svaret skickas bara till den digitala brevlådan eller folkbokföringsadressen').check();
  await page.locator('#text').fill('Mitt efternamn är felstavat i ärendet om föräldrapenning.');
  await page.locator('#correction').fill('Rätt stavning är Lindqvist.');
  await page.getByRole('button', { name: 'Registrera ärendet' }).click();
  await page.waitForURL(/\/konsol\/arenden\/[0-9a-f-]{36}\?klart=registered$/);
  const caseNumber = /Ärende (DSR 2026\/\d{6})/.exec(await page.locator('h1').innerText())?.[1];
  assert.ok(caseNumber);
  assert.match(await page.locator('main').innerText(), /Mottagen\s+2 mars 2026 kl\. 09:40/);
  const id = new URL(page.url()).pathname.split('/').at(-1)!;

  await page.getByRole('link', { name: 'Ärendekö' }).click();
  await page.locator('#kanal').selectOption('phone');
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await page.getByRole('link', { name: caseNumber }).click();
  assert.equal(new URL(page.url()).pathname, `/konsol/arenden/${id}`);

  await page.locator('#item-0-description').fill('Rättelse av efternamnet i ärendet om föräldrapenning');
  await page.getByLabel('Bifall', { exact: true }).check();
  await page.getByRole('button', { name: 'Föreslå beslutet' }).click();
  await page.waitForURL(/klart=decision-sent$/);
  assert.match(await page.locator('main').innerText(), /Beslutet är fattat och skickas till personen\./);
  assert.match(await page.locator('main').innerText(), /Status\s+Avslutad/);
  await page.getByRole('link', { name: 'Beslut', exact: true }).click();
  assert.match(await page.locator('h1').innerText(), /^Beslut – DSR 2026\/\d{6}$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('by keyboard alone: fill in and send the registration form, then propose a decision, each control showing its focus', async () => {
  const context = await contextFor(handler);
  const page = await context.newPage();
  await page.goto(`${base}/konsol/registrera`);
  await tabTo(page, { id: 'right-0' });
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#right-1').isChecked(), true, 'rectification');
  await tabTo(page, { id: 'channel-0' });
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#channel-0').isChecked(), true, 'letter');
  await tabTo(page, { id: 'subject' });
  await page.keyboard.type(nextPerson());
  await tabTo(page, { id: 'identity-method-0' });
  await page.keyboard.press('Space');
  await tabTo(page, { id: 'text' });
  await page.keyboard.type('Min adress i ärendet om bostadsbidrag är fel.');
  await tabTo(page, { id: 'correction' });
  await page.keyboard.type('Rätt adress är Storgatan 2.');
  await tabTo(page, { button: 'Registrera ärendet' });
  await Promise.all([page.waitForURL(/klart=registered$/), page.keyboard.press('Enter')]);
  assert.match(await page.locator('main').innerText(), /Kanal\s+Brev/);

  await tabTo(page, { id: 'item-0-description' });
  await page.keyboard.type('Rättelse av adressen i ärendet om bostadsbidrag');
  await tabTo(page, { id: 'item-0-outcome-0' });
  await page.keyboard.press('Space');
  await tabTo(page, { button: 'Föreslå beslutet' });
  await Promise.all([page.waitForURL(/klart=decision-sent$/), page.keyboard.press('Enter')]);
  assert.match(await page.locator('main').innerText(), /Status\s+Avslutad/);
  await context.close();
});

test('by keyboard: a granskare reaches the approve button of a decision that waits for approval', async () => {
  const context = await contextFor(greta, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}/konsol/arenden/${cases.approval}`);
  await tabTo(page, { button: 'Godkänn och skicka beslutet' });
  await page.keyboard.press('Tab');
  assert.deepEqual((await focused(page)).text, 'Återvisa till handläggaren');
  await page.keyboard.press('Shift+Tab');
  await Promise.all([page.waitForURL(/klart=decision-approved$/), page.keyboard.press('Enter')]);
  assert.match(await page.locator('main').innerText(), /Beslutet är godkänt och skickas till personen\./);
  await context.close();
});
