// Debian's Chromium for the browser tests (playwright-core drives it; nothing is downloaded), and
// axe-core's source for injecting into pages under test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';

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
