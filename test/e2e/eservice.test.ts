// The citizens' e-service in a real Chromium against the real server (buildServer with auth and
// casework, the web fixture's database, sessions and processing log) under its real CSP: every
// page of the journey passes axe-core (WCAG 2.1 A/AA) in Swedish and English and does not scroll
// sideways at 360 px; the journey (start → form → acknowledgement → letter → my requests) works
// with JavaScript disabled; the form can be filled in and sent by keyboard alone, the error
// summary's links lead to the fields, and the logout form posts the CSRF token.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { eservicePaths } from '../../src/http/views/eservice/eservice-paths.ts';
import { listDeliveries, updateDelivery } from '../../src/stores/delivery-store.ts';
import { completeForm, registerThroughForm } from '../support/eservice-forms.ts';
import { openWebFixture, type SessionCookie, type WebFixture } from '../support/web-fixture.ts';
import { axeSource, launchChromium, sessionContext } from '../support/chromium.ts';

declare const document: {
  readonly activeElement: { readonly tagName: string; readonly id: string; readonly textContent: string | null } | null;
  readonly documentElement: { readonly scrollWidth: number; readonly clientWidth: number };
};
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[]; passes: unknown[] }> } };
declare function getComputedStyle(element: unknown): { readonly outlineStyle: string; readonly outlineWidth: string };

const sv = eservicePaths('sv');
const en = eservicePaths('en');

let browser: Browser;
let fixture: WebFixture;
let base: string;
let reader: SessionCookie;
let answered: { readonly id: string; readonly acknowledgement: string; readonly decision: string; readonly extract: string };

async function answeredAccessRequest(session: SessionCookie) {
  const id = await registerThroughForm(fixture.app, session, 'access', completeForm('access', { details: '' }));
  fixture.advance(60_000);
  await fixture.collected(id);
  await fixture.casework.proposeDecision(id, { staffId: 'hanna', roles: ['handlaggare'] }, {
    items: [{ description: 'Registerutdrag med alla uppgifter', outcome: 'granted', legalGrounds: [] }],
  });
  // The acknowledgement went to the digital mailbox; the decision with its extract is still on its way.
  const [acknowledgement] = await listDeliveries(fixture.db, id);
  const sentAt = fixture.now();
  await updateDelivery(fixture.db, acknowledgement!.id, { status: 'sent', channel: 'mailbox', operator: 'Kivra (demo)', transId: 'kivra-demo-1', attempts: 1, sentAt, at: sentAt });
  const { letters } = await fixture.casework.citizenCase(id, session.subjectKey!);
  const idOf = (kind: string) => letters.find((letter) => letter.kind === kind)?.id ?? assert.fail(kind);
  return { id, acknowledgement: idOf('acknowledgement'), decision: idOf('decision'), extract: idOf('extract') };
}

before(async () => {
  fixture = await openWebFixture();
  base = await fixture.app.listen({ host: '127.0.0.1', port: 0 });
  reader = await fixture.citizenCookie(syntheticIdentityNumber('1984-03-12', 900).normalized, { name: 'Anna Andersson' });
  answered = await answeredAccessRequest(reader);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await fixture?.close();
});

function contextFor(session: SessionCookie | undefined, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return sessionContext(browser, base, session, options);
}

/** The cookie choice made beforehand (the consent API, as the banner's script would), so that no banner comes first. */
async function choiceMade(context: BrowserContext): Promise<void> {
  const response = await context.request.post(`${base}/api/consent`, { data: { choice: 'necessary' } });
  assert.equal(response.status(), 200);
}

function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  // A failed load is reported by the response listener (which leaves out the favicon); CSP refusals are console errors.
  page.on('console', (message) => { if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text()); });
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on('response', (response) => { if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`); });
  return problems;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  assert.ok(result.passes.length > 10);
  return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
}

async function noSidewaysScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

type Visit = (page: Page) => Promise<void>;
const goTo = (path: string): Visit => async (page) => {
  const response = await page.goto(`${base}${path}`);
  assert.equal(response?.status(), 200, path);
};
const withErrors = (path: string): Visit => async (page) => {
  await goTo(path)(page);
  await Promise.all([page.waitForURL(`${base}${path}`), page.locator('form.request-form button[type="submit"]').click()]);
  assert.equal(await page.locator('.error-summary').count(), 1);
};

function journey(paths: typeof sv): readonly { readonly name: string; readonly visit: Visit; readonly loggedIn: boolean }[] {
  return [
    { name: 'start, logged out', visit: goTo(paths.start), loggedIn: false },
    { name: 'start, logged in', visit: goTo(paths.start), loggedIn: true },
    { name: 'access form', visit: goTo(paths.form('access')), loggedIn: true },
    { name: 'rectification form with errors', visit: withErrors(paths.form('rectification')), loggedIn: true },
    { name: 'request page after registration', visit: goTo(paths.received(answered.id)), loggedIn: true },
    { name: 'my requests', visit: goTo(paths.requests), loggedIn: true },
    { name: 'acknowledgement', visit: goTo(paths.letter(answered.id, answered.acknowledgement)), loggedIn: true },
    { name: 'decision', visit: goTo(paths.letter(answered.id, answered.decision)), loggedIn: true },
    { name: 'register extract', visit: goTo(paths.letter(answered.id, answered.extract)), loggedIn: true },
  ];
}

for (const [language, paths] of [['sv', sv], ['en', en]] as const) {
  test(`every page of the journey (${language}): no axe-core violation, no sideways scrolling at 360 px`, async () => {
    for (const step of journey(paths)) {
      // bypassCSP only so that axe can be injected (the pages' own scripts run as usual).
      const context = await contextFor(step.loggedIn ? reader : undefined, { bypassCSP: true, viewport: { width: 360, height: 740 } });
      const page = await context.newPage();
      await step.visit(page);
      assert.equal(await page.locator('html').getAttribute('lang'), language, step.name);
      assert.deepEqual(await axeViolations(page), [], step.name);
      assert.ok(await noSidewaysScroll(page), `${step.name}: fits 360 px`);
      await context.close();
    }
  });

  test(`every page of the journey (${language}) works without JavaScript under the real CSP: nothing blocked, one h1, one main`, async () => {
    for (const step of journey(paths)) {
      const context = await contextFor(step.loggedIn ? reader : undefined, { javaScriptEnabled: false });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await step.visit(page);
      assert.equal(await page.locator('h1').count(), 1, step.name);
      assert.equal(await page.locator('main').count(), 1, step.name);
      assert.equal(await page.locator('form[action="/utloggning"]').count(), step.loggedIn ? 1 : 0, `${step.name}: logout form`);
      assert.deepEqual(problems, step.name.includes('errors') ? [`422 ${base}${paths.form('rectification')}`] : [], step.name);
      await context.close();
    }
  });
}

test('without JavaScript: start → rectification form → acknowledgement → the letter → my requests, and the CSP blocks nothing', async () => {
  const person = await fixture.citizenCookie(syntheticIdentityNumber('1990-11-02', 311).normalized);
  const context = await contextFor(person, { javaScriptEnabled: false });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${base}${sv.start}`);
  await page.getByRole('link', { name: 'Begär rättelse' }).click();
  await page.getByLabel('Vilka uppgifter är fel, och i vilket sammanhang?').fill('Min adress i ärendet om bostadsbidrag.');
  await page.getByLabel('Hur ska uppgifterna vara?').fill('Storgatan 1, 123 45 Exempelby');
  await page.getByLabel('På papper').check();
  await page.getByRole('button', { name: 'Skicka begäran' }).click();
  assert.match(page.url(), /\/e-tjanst\/arenden\/[0-9a-f-]{36}\?mottagen=1$/);
  assert.equal(await page.locator('.confirmation-title').textContent(), 'Vi har tagit emot din begäran');
  assert.match(await page.locator('main').innerText(), /Vi svarar senast 2 april 2026/);
  await page.getByRole('link', { name: 'Bekräftelse på din begäran', exact: true }).click();
  assert.equal(await page.locator('h1').textContent(), 'Bekräftelse på din begäran');
  await page.getByRole('link', { name: 'Mina ärenden', exact: true }).click();
  assert.equal(await page.locator('.case-card').count(), 1);
  assert.match(await page.locator('.case-card').innerText(), /Rättelse[\s\S]*Vi handlägger din begäran[\s\S]*Vi svarar senast 2 april 2026/);
  assert.deepEqual(problems, []);
  await context.close();
});

async function focused(page: Page) {
  return page.evaluate(() => ({ tag: document.activeElement?.tagName, id: document.activeElement?.id, text: document.activeElement?.textContent?.trim() }));
}

async function tabTo(page: Page, id: string, most = 20): Promise<void> {
  for (let step = 0; step < most; step += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)).id === id) return;
  }
  assert.fail(`Tab never reached #${id}`);
}

test('by keyboard alone without JavaScript: the form is filled in and sent, with a visible focus on every control', async () => {
  const person = await fixture.citizenCookie(syntheticIdentityNumber('1975-12-24', 123).normalized);
  const context = await contextFor(person, { javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}${en.form('objection')}`);
  // Before a cookie choice the banner comes first: its link and its two answers, then the page.
  const expected = [
    { tag: 'A' }, { tag: 'BUTTON', text: 'Yes, I accept all cookies' }, { tag: 'BUTTON', text: 'No, I accept only necessary cookies' },
    { tag: 'A', text: 'Skip to content' }, { tag: 'A' }, { tag: 'BUTTON', text: 'Log out' }, { tag: 'A', text: 'Svenska' },
  ];
  for (const step of expected) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    assert.equal(now.tag, step.tag);
    if (step.text) assert.equal(now.text, step.text);
  }
  await tabTo(page, 'details');
  await page.keyboard.type('The use of my data for statistics, because of my situation.');
  const outline = await page.locator(':focus').evaluate((element) => getComputedStyle(element));
  assert.notEqual(outline.outlineStyle, 'none', 'the text area shows its focus');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'about-self');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'child', 'the child field follows');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'answer-format-electronic');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).id, 'answer-format-paper');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'answer-language-en');
  await page.keyboard.press('Tab');
  assert.deepEqual(await focused(page), { tag: 'BUTTON', id: '', text: 'Send request' });
  assert.notEqual((await page.locator(':focus').evaluate((element) => getComputedStyle(element))).outlineStyle, 'none');
  await Promise.all([page.waitForURL(/\/en\/e-service\/requests\/[0-9a-f-]{36}\?received=1$/), page.keyboard.press('Enter')]);
  assert.equal(await page.locator('.confirmation-title').textContent(), 'We have received your request');
  const [mine] = await fixture.casework.myRequests(person.subjectKey!);
  const stored = await fixture.casework.staffCase(mine!.id, { staffId: 'hanna', roles: ['handlaggare'] });
  assert.equal(stored.answerFormat, 'paper');
  assert.equal(stored.details.text, 'The use of my data for statistics, because of my situation.');
  await context.close();
});

test('by keyboard: the error summary comes first in main and each of its links takes the focus to its field', async () => {
  const context = await contextFor(reader, { javaScriptEnabled: false });
  await choiceMade(context);
  const page = await context.newPage();
  await withErrors(sv.form('completion'))(page);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'innehall', 'the skip link leads to main');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Dina personuppgifter – e-tjänst', 'the breadcrumb');
  await page.keyboard.press('Tab');
  assert.match((await focused(page)).text ?? '', /^Fel: Skriv vilka uppgifter det gäller/);
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'details');
  assert.equal(await page.locator('#details').getAttribute('aria-invalid'), 'true');
  await context.close();
});

test('by keyboard: the logout button posts the CSRF token and ends the session', async () => {
  const person = await fixture.citizenCookie(syntheticIdentityNumber('1991-07-07', 77).normalized);
  const context = await contextFor(person, { javaScriptEnabled: false });
  await choiceMade(context);
  const page = await context.newPage();
  await page.goto(`${base}${sv.requests}`);
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('Tab');
  assert.deepEqual(await focused(page), { tag: 'BUTTON', id: '', text: 'Logga ut' });
  await Promise.all([page.waitForURL(`${base}/`), page.keyboard.press('Enter')]);
  assert.equal(await fixture.auth.resumeSession(person.token), undefined, 'the session is gone');
  assert.equal((await context.cookies(base)).some((cookie) => cookie.name === 'insyn_session'), false);
  await context.close();
});
