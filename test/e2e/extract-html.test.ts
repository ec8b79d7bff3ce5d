// The extract's HTML copy in a real Chromium: axe-core finds no WCAG 2.1 A/AA violation in any
// kind of extract (ordinary, redacted, holding nothing; Swedish and English), it needs no
// JavaScript, and it reads in the outline's order with one h1.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { extractHtmlDocument } from '../../src/documents/extract-html-document.ts';
import { extractOutline } from '../../src/documents/extract-outline.ts';
import type { ExtractModel } from '../../src/documents/extract-model.ts';
import { axeSource, launchChromium } from '../support/chromium.ts';
import {
  emptyExtractModel, MASKED_SOURCE_VALUES, ordinaryExtractModel, redactedExtractModel,
} from '../support/extract-model-fixture.ts';

declare const window: { readonly axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
declare const document: unknown;

let browser: Browser;

before(async () => {
  browser = await launchChromium();
});
after(() => browser?.close());

const models: [string, ExtractModel][] = [
  ['ordinary (sv)', ordinaryExtractModel('sv')], ['ordinary (en)', ordinaryExtractModel('en')],
  ['redacted (sv)', redactedExtractModel('sv')], ['holds nothing (sv)', emptyExtractModel('sv')],
];

for (const [name, model] of models) {
  test(`extract HTML, ${name}: no axe-core violation, works without JavaScript, nothing masked shows`, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.setContent(extractHtmlDocument(extractOutline(model)));
    assert.equal(await page.locator('html').getAttribute('lang'), model.language);
    assert.equal(await page.locator('h1').count(), 1);
    const text = await page.locator('main').innerText();
    for (const value of MASKED_SOURCE_VALUES) assert.ok(!text.includes(value));
    await context.close();
    const scripted = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const axePage = await scripted.newPage();
    await axePage.setContent(extractHtmlDocument(extractOutline(model)));
    await axePage.addScriptTag({ content: axeSource });
    const result = await axePage.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    assert.deepEqual(result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`), []);
    await scripted.close();
  });
}
