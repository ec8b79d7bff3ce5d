// The committed bundle: equal to a fresh build, within the size budget, an ES2017 script, and
// safe under a strict CSP with Trusted Types.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { Linter } from 'eslint';
import { buildBanner, distFiles } from './build.ts';

const REBUILD = 'run `npm run build:banner` and commit banner/dist/';
/** Issue 7: the script and its CSS together at most 3 KiB gzip, strings in both languages included. */
const BUDGET = 3072;

const committed = { js: readFileSync(distFiles.js, 'utf8'), css: readFileSync(distFiles.css, 'utf8') };

test('banner/dist holds what banner/build.ts builds from the sources now', async () => {
  const fresh = await buildBanner();
  assert.ok(committed.js === fresh.js, `banner/dist/consent.js is not the build of banner/consent.ts: ${REBUILD}`);
  assert.ok(committed.css === fresh.css, `banner/dist/consent.css is not the build of banner/consent.css: ${REBUILD}`);
});

test(`the script and its CSS are at most ${BUDGET} bytes gzip together`, (t) => {
  const js = gzipSync(committed.js, { level: 9 }).length;
  const css = gzipSync(committed.css, { level: 9 }).length;
  t.diagnostic(`gzip -9: consent.js ${js} B, consent.css ${css} B, total ${js + css} B of ${BUDGET} B`);
  assert.ok(js + css <= BUDGET, `consent.js ${js} B + consent.css ${css} B = ${js + css} B gzip, over the budget of ${BUDGET} B`);
});

test('the strings are in the bundle in Swedish and English', () => {
  const text = committed.js.replace(/\\x([0-9a-f]{2})/gi, (_escape, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  for (const expected of [
    '"Ditt val är sparat. "', '"Du kan ändra det när som helst under Kakinställningar längst ned på sidan."',
    '"Du har godkänt alla kakor."', '"Du har valt att bara godkänna nödvändiga kakor."',
    '"Your choice has been saved. "', '"You can change it at any time under Cookie settings at the bottom of the page."',
    '"You have accepted all cookies."', '"You have chosen to accept only necessary cookies."',
  ]) assert.ok(text.includes(expected), `missing ${expected}`);
  assert.ok(/^[\x20-\x7e\n]*$/.test(committed.js), 'the script is ASCII, so any page charset reads it right');
});

test('the script parses as an ES2017 classic script', () => {
  const messages = new Linter().verify(committed.js, [{ languageOptions: { ecmaVersion: 2017, sourceType: 'script' } }]);
  const fatal = messages.filter((message) => message.fatal);
  assert.deepEqual(fatal.map((message) => `${message.line}:${message.column} ${message.message}`), []);
});

test('the script uses no API newer than ES2017-era browsers have', () => {
  const newer: [string, RegExp][] = [
    ['optional chaining', /\?\.[A-Za-z_$[(]/],
    ['nullish coalescing', /\?\?/],
    ['replaceChildren', /replaceChildren/],
    ['structuredClone', /structuredClone/],
    ['Array/String at()', /\.at\(/],
    ['replaceAll', /replaceAll/],
    ['flat/flatMap', /\.flat(Map)?\(/],
    ['Object.fromEntries', /fromEntries/],
    ['matchAll', /matchAll/],
    ['Promise.prototype.finally', /\.finally\(/],
    ['Promise.allSettled/any', /Promise\.(allSettled|any)\b/],
    ['globalThis', /globalThis/],
    ['queueMicrotask', /queueMicrotask/],
    ['toggleAttribute', /toggleAttribute/],
    ['ParentNode.append/prepend, ChildNode.before/after/replaceWith', /\.(append|prepend|before|after|replaceWith)\(/],
    ['NodeList.forEach', /querySelectorAll\([^)]*\)\.forEach/],
    ['requestSubmit', /requestSubmit/],
    ['AbortController', /AbortController/],
  ];
  const found = newer.filter(([, pattern]) => pattern.test(committed.js)).map(([name]) => name);
  assert.deepEqual(found, []);
});

test('the script writes no HTML, evaluates no strings and sets no inline style (strict CSP, Trusted Types)', () => {
  const forbidden: [string, RegExp][] = [
    ['innerHTML', /innerHTML/],
    ['outerHTML', /outerHTML/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['srcdoc', /srcdoc/],
    ['DOMParser / createContextualFragment', /DOMParser|createContextualFragment/],
    ['eval', /\beval\b/],
    ['new Function / Function()', /\bFunction\(/],
    ['string timers', /set(Timeout|Interval)\(\s*["'`]/],
    ['document.write', /\.write(ln)?\(/],
    ['.style', /\.style\b/],
    ['cssText', /cssText/],
    ['style attribute', /setAttribute\(\s*["'`]style/],
    ['<style> element', /createElement\(\s*["'`]style/],
  ];
  const found = forbidden.filter(([, pattern]) => pattern.test(committed.js)).map(([name]) => name);
  assert.deepEqual(found, []);
});

test('the CSS has no animation, transition or fixed/sticky positioning, and every rule is scoped to insyn-consent', () => {
  assert.doesNotMatch(committed.css, /animation|transition|@keyframes|position:\s*(fixed|sticky)/);
  const selectors = [...committed.css.replace(/@media[^{]*\{/g, '').matchAll(/([^{}]+)\{[^{}]*\}/g)].flatMap((rule) => (rule[1] as string).split(','));
  assert.ok(selectors.length > 0);
  for (const selector of selectors) assert.match(selector.trim(), /^\.insyn-consent/, `unscoped selector: ${selector}`);
});
