import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import type { Catalog } from '../catalog/catalog-types.ts';
import { demoCatalog, testServer } from '../../test/support/test-server.ts';
import { escapeHtml } from '../lib/html.ts';

const catalog = demoCatalog();
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

async function page(t: TestContext, url: string, options: { catalog?: Catalog } = {}) {
  const app = await testServer(t, options);
  return app.inject({ url });
}

test('the Swedish page holds what the agency page says, drawn from the catalog', async (t) => {
  const response = await page(t, '/behandling-av-personuppgifter');
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^text\/html; charset=utf-8/);
  const body = response.body;
  assert.match(body, /<html lang="sv">/);
  assert.equal(count(body, /<h1[ >]/g), 1);
  assert.match(body, /<h1>Behandling av personuppgifter<\/h1>/);
  for (const purpose of catalog.purposes) {
    const shown = body.includes(`<li>${escapeHtml(purpose.name.sv)}</li>`);
    assert.equal(shown, purpose.public, `purpose ${purpose.id} shown only when public`);
  }
  for (const subject of catalog.subjectCategories) assert.ok(body.includes(escapeHtml(subject.name.sv)), subject.id);
  const { dpo, supervisoryAuthority, relatedLinks } = catalog.controller;
  assert.ok(body.includes(`<a href="mailto:${dpo.email}">${dpo.email}</a>`));
  assert.ok(body.includes(escapeHtml(dpo.phone ?? 'phone')));
  assert.ok(body.includes(escapeHtml(dpo.postalAddress ?? 'address')));
  assert.ok(body.includes(escapeHtml(supervisoryAuthority.name.sv)));
  assert.match(body, /Integritetsskyddsmyndigheten/);
  for (const link of relatedLinks) assert.ok(body.includes(`href="${escapeHtml(link.url)}"`), link.url);
  assert.match(body, /Senast uppdaterad\s*<time datetime="2025-05-01">1 maj 2025<\/time>/);
  assert.match(body, /registerutdrag/);
  assert.match(body, /9352 Begäran om information \(registerutdrag\)/);
  assert.match(body, /säker digital brevlåda/);
  assert.match(body, /vanlig post/);
  assert.match(body, /både muntligt och skriftligt/);
  assert.match(body, /så snart som möjligt meddela dig/);
  assert.match(body, /senast inom en månad/);
  assert.match(body, /rättslig förpliktelse, för att utföra en uppgift av allmänt intresse, som ett led i myndighetsutövning eller för arkivändamål/);
  assert.match(body, /invända/);
  assert.match(body, /Skicka inte din begäran om registerutdrag, rättelse eller radering till Integritetsskyddsmyndigheten/);
  assert.match(body, /artikel 6\.1 e/);
  assert.match(body, /Gallras \(raderas\) 10 år efter att ärendet har avslutats\./);
});

test('every public purpose on a public task (Art. 6(1)(e)) is named under the right to object (R38)', async (t) => {
  const body = (await page(t, '/behandling-av-personuppgifter')).body;
  const objection = /<section aria-labelledby="invandning">([\s\S]*?)<\/section>/.exec(body)?.[1] ?? '';
  assert.match(objection, /Du har rätt att invända/);
  const publicTask = catalog.purposes.filter((purpose) => purpose.public && purpose.legalBasis.article6 === 'e');
  assert.ok(publicTask.length > 0);
  for (const purpose of catalog.purposes.filter((candidate) => candidate.public)) {
    const named = objection.includes(`<li>${escapeHtml(purpose.name.sv)}</li>`);
    assert.equal(named, purpose.legalBasis.article6 === 'e', purpose.id);
  }
});

test('the page frame: skip link first, landmarks, language switch, cookie settings, stylesheet', async (t) => {
  const body = (await page(t, '/behandling-av-personuppgifter')).body;
  assert.match(body, /<body>\s*<a class="skip-link" href="#innehall">Gå till innehåll<\/a>/);
  assert.match(body, /<main id="innehall"/);
  for (const landmark of ['<header', '<nav', '<main', '<footer']) assert.ok(body.includes(landmark), landmark);
  assert.match(body, /<a href="\/en\/personal-data" lang="en" hreflang="en">English<\/a>/);
  assert.match(body, /<a href="\/kakor">Kakinställningar<\/a>/);
  assert.match(body, /<link rel="stylesheet" href="\/assets\/insyn.css">/);
  assert.doesNotMatch(body, /target="_blank"|öppnas i nytt fönster/);
});

test('the English page at /en/personal-data', async (t) => {
  const body = (await page(t, '/en/personal-data')).body;
  assert.match(body, /<html lang="en">/);
  assert.match(body, /<h1>Processing of personal data<\/h1>/);
  for (const purpose of catalog.purposes.filter((candidate) => candidate.public)) {
    assert.ok(body.includes(`<li>${escapeHtml(purpose.name.en)}</li>`), purpose.id);
  }
  assert.ok(body.includes(catalog.controller.dpo.email ?? 'email'));
  assert.match(body, /Last updated\s*<time datetime="2025-05-01">1 May 2025<\/time>/);
  assert.match(body, /IMY/);
  assert.match(body, /Skip to content/);
  assert.match(body, /<a href="\/behandling-av-personuppgifter" lang="sv" hreflang="sv">Svenska<\/a>/);
  assert.match(body, /within one month/);
});

test('catalog text is escaped', async (t) => {
  const hostile = '<script>alert("x")</script>';
  const altered: Catalog = {
    ...catalog,
    controller: { ...catalog.controller, name: { sv: hostile, en: hostile }, dpo: { ...catalog.controller.dpo, email: 'a"b@example.se' } },
    purposes: catalog.purposes.map((purpose, index) => (index === 0 ? { ...purpose, name: { sv: '<b>fet</b>', en: '<b>bold</b>' } } : purpose)),
  };
  const body = (await page(t, '/behandling-av-personuppgifter', { catalog: altered })).body;
  assert.doesNotMatch(body, /<script|<b>fet/);
  assert.match(body, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
  assert.match(body, /&lt;b&gt;fet&lt;\/b&gt;/);
  assert.match(body, /mailto:a&quot;b@example.se/);
});

test('the start page links to the privacy page; the stylesheet is served as CSS', async (t) => {
  const start = await page(t, '/');
  assert.match(start.body, /<a href="\/behandling-av-personuppgifter">/);
  const css = await page(t, '/assets/insyn.css');
  assert.equal(css.statusCode, 200);
  assert.match(String(css.headers['content-type']), /^text\/css/);
  assert.match(css.body, /\.skip-link/);
});
