// Debian's Chromium for the browser tests (playwright-core drives it; nothing is downloaded), and
// axe-core's source for injecting into pages under test, and axe run on a twin of a page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** axe-core's browser bundle, to inject with page.addScriptTag({ content: axeSource }). */
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Headless Chromium from /usr/bin/chromium, quiet: no background network, updates or sync. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

declare const document: unknown;
declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };

/**
 * axe-core (WCAG 2.1 A and AA) on the page the browser shows, as `path: rule (nodes)` lines. axe is
 * a script: it runs in a twin page with the same cookies, opened at the same address, with the CSP
 * bypassed only so that axe can be injected (the pages have no script of their own).
 */
export async function axeViolationsOnTwin(browser: Browser, page: Page): Promise<string[]> {
  const twin = await browser.newContext({ bypassCSP: true, storageState: await page.context().storageState() });
  try {
    const twinPage = await twin.newPage();
    await twinPage.goto(page.url());
    await twinPage.addScriptTag({ content: axeSource });
    const result = await twinPage.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    return result.violations.map((violation) => `${new URL(page.url()).pathname}: ${violation.id} (${violation.nodes.length})`);
  } finally {
    await twin.close();
  }
}

/** A fresh browser context at `base`, logged in with `session`'s cookie when one is given. */
export async function sessionContext(
  browser: Browser, base: string, session: { readonly token: string } | undefined, options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  if (session) await context.addCookies([{ name: 'insyn_session', value: session.token, url: base, httpOnly: true, sameSite: 'Lax' }]);
  return context;
}
