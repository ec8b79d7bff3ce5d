import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html } from '../../../lib/html.ts';
import { consoleLayout, type ConsoleLayoutInput } from './console-layout.ts';

const base: ConsoleLayoutInput = {
  language: 'sv',
  title: 'Ärendekö',
  agencyName: 'Testmyndigheten',
  staff: { name: 'Handläggare Ett', roles: ['handlaggare'] },
  csrfToken: 'token-123',
  current: 'queue',
  main: html`<h1>Ärendekö</h1>`,
};

const render = (change: Partial<ConsoleLayoutInput> = {}) => consoleLayout({ ...base, ...change }).value;

test('the console frame: one main after a skip link, the product and agency, the staff member, and a logout form with the CSRF token', () => {
  const page = render();
  assert.match(page, /^<!doctype html>\n<html lang="sv">/);
  assert.match(page, /<a class="skip-link" href="#innehall">Gå till innehåll<\/a>/);
  assert.equal(page.match(/<main /g)?.length, 1);
  assert.match(page, /<main id="innehall"/);
  assert.match(page, /<title>Ärendekö – Insyn – handläggning – Testmyndigheten<\/title>/);
  assert.match(page, /Inloggad som <strong>Handläggare Ett<\/strong> <span class="console-roles">\(handläggare\)<\/span>/);
  assert.match(page, /<form method="post" action="\/konsol\/utloggning" class="logout-form">\s*<input type="hidden" name="_csrf" value="token-123">\s*<button type="submit"/);
  assert.match(page, /<link rel="stylesheet" href="\/assets\/insyn.css">/);
  assert.doesNotMatch(page, /<script|style=|<style/);
});

test('the DPO dashboard is in the navigation only for dataskyddsombud and administrator', () => {
  assert.doesNotMatch(render(), /\/konsol\/dso/);
  assert.doesNotMatch(render({ staff: { name: 'G', roles: ['handlaggare', 'granskare'] } }), /\/konsol\/dso/);
  assert.match(render({ staff: { name: 'D', roles: ['dataskyddsombud'] } }), /<a href="\/konsol\/dso">Dataskyddsombud<\/a>/);
  assert.match(render({ staff: { name: 'A', roles: ['administrator'] } }), /<a href="\/konsol\/dso">Dataskyddsombud<\/a>/);
});

test('aria-current marks the current page; a request page marks the queue as the current section', () => {
  const dpo = render({ current: 'dpo', staff: { name: 'D', roles: ['dataskyddsombud'] } });
  assert.deepEqual(dpo.match(/aria-current="[^"]+"/g), ['aria-current="page"']);
  assert.match(dpo, /<a href="\/konsol\/dso" aria-current="page">/);
  assert.match(render({ current: 'register' }), /<a href="\/konsol\/registrera" aria-current="page">Registrera ärende<\/a>/);
  const request = render({ current: 'request' });
  assert.deepEqual(request.match(/aria-current="[^"]+"/g), ['aria-current="true"']);
  assert.match(request, /<a href="\/konsol" aria-current="true">Ärendekö<\/a>/);
});

test('names, titles and tokens are escaped; unknown roles are not shown', () => {
  const page = render({ title: '<b>', staff: { name: '<script>x</script>', roles: ['hacker'] }, csrfToken: '"><x' });
  assert.ok(!page.includes('<script>x'));
  assert.match(page, /&lt;script&gt;x&lt;\/script&gt;/);
  assert.match(page, /value="&quot;&gt;&lt;x"/);
  assert.match(page, /<title>&lt;b&gt; –/);
  assert.doesNotMatch(page, /console-roles/);
});

test('English console frame', () => {
  const page = render({ language: 'en', staff: { name: 'D', roles: ['dataskyddsombud', 'granskare'] } });
  assert.match(page, /<html lang="en">/);
  assert.match(page, /Insyn – case handling/);
  assert.match(page, />Request queue</);
  assert.match(page, />Log out</);
  assert.match(page, /\(data protection officer, reviewer\)/);
  // The console's English is asked for with ?lang=en; the navigation keeps it.
  assert.match(page, /<a href="\/konsol\?lang=en"[^>]*>Request queue<\/a>/);
  assert.match(page, /<a href="\/konsol\/dso\?lang=en">Data protection officer<\/a>/);
});
