import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleCaseworkStatistics } from '../../../../test/support/sample-casework-statistics.ts';
import { renderDpoDashboard } from './dpo-dashboard.ts';

const options = { language: 'sv', from: '2025-01-01', to: '2025-03-31' } as const;

test('the dashboard shows the key figures in Swedish number format', () => {
  const markup = renderDpoDashboard(sampleCaseworkStatistics(), options).value;
  assert.equal(markup.match(/<h1>/g)?.length, 1);
  assert.match(markup, /<dt>Mottagna begäranden<\/dt><dd>1\u00a0234<\/dd>/);
  assert.match(markup, /<dt>Besvarade begäranden<\/dt><dd>1\u00a0180<\/dd>/);
  assert.match(markup, /<dt>Mediantid till svar<\/dt><dd>7,5 dagar<\/dd>/);
  assert.match(markup, /<div class="key-alert"><dt>Försenade just nu<\/dt><dd>3<\/dd>/);
  assert.match(markup, /<dt>Förlängda tidsfrister<\/dt><dd>2<\/dd>/);
  assert.match(markup, /Period: 1 januari 2025 – 31 mars 2025\. Försenade ärenden räknade 20 mars 2025 kl\. 13:00\./);
});

test('a GET form with labelled date inputs chooses the period, and the CSV link keeps it', () => {
  const markup = renderDpoDashboard(sampleCaseworkStatistics(), options).value;
  assert.match(markup, /<form method="get" action="\/konsol\/dso" class="period-form">/);
  assert.match(markup, /<label for="fran">Från och med<\/label><input type="date" id="fran" name="fran" value="2025-01-01" required>/);
  assert.match(markup, /<label for="till">Till och med<\/label><input type="date" id="till" name="till" value="2025-03-31" required>/);
  assert.match(markup, /<a href="\/konsol\/dso\/statistik.csv\?fran=2025-01-01&amp;till=2025-03-31" download>/);
});

test('charts by right, by channel and per month, each with its table, and the right × channel table', () => {
  const markup = renderDpoDashboard(sampleCaseworkStatistics(), options).value;
  assert.equal(markup.match(/<svg /g)?.length, 3);
  assert.equal(markup.match(/<table /g)?.length, 4);
  for (const label of ['Registerutdrag (tillgång)', 'Rättelse', 'Komplettering', 'Radering', 'Begränsning', 'Invändning',
    'E-tjänst', 'Brev', 'Telefon', 'Besök', 'E-post', 'Kommandorad', 'januari 2025', 'mars 2025']) {
    assert.ok(markup.includes(`<th scope="row">${label}</th>`) || markup.includes(`<th scope="col" class="number">${label}</th>`), label);
  }
  assert.match(markup, /<th scope="row">Registerutdrag \(tillgång\)<\/th><td class="number">920<\/td><td class="number">40<\/td><td class="number">20<\/td><td class="number">5<\/td><td class="number">15<\/td><td class="number">0<\/td><td class="number">1\u00a0000<\/td>/);
  assert.match(markup, /<div class="table-scroll" role="region" aria-labelledby="dso-rattighet-kanal-rubrik" tabindex="0">/);
  const ids = [...markup.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
  for (const [, reference] of markup.matchAll(/aria-labelledby="([^"]+)"/g)) {
    for (const id of reference!.split(' ')) assert.ok(ids.includes(id), `aria-labelledby names ${id}`);
  }
});

test('no request answered: the median says so; nothing overdue is not marked as an alert', () => {
  const markup = renderDpoDashboard(sampleCaseworkStatistics({ answered: 0, medianDaysToAnswer: null, overdueNow: 0 }), options).value;
  assert.match(markup, /<dt>Mediantid till svar<\/dt><dd>Inga besvarade<\/dd>/);
  assert.doesNotMatch(markup, /key-alert/);
});

test('English dashboard', () => {
  const markup = renderDpoDashboard(sampleCaseworkStatistics({ medianDaysToAnswer: 1 }), { ...options, language: 'en' }).value;
  assert.match(markup, /<h1>Overview for the data protection officer<\/h1>/);
  assert.match(markup, /<dd>1,234<\/dd>/);
  assert.match(markup, /<dd>1 day<\/dd>/);
  assert.match(markup, /Register extract \(access\)/);
  assert.match(markup, /January 2025/);
  assert.match(markup, /<input type="hidden" name="lang" value="en">/, 'the period form stays in English');
  assert.match(markup, /href="\/konsol\/dso\/statistik.csv\?fran=2025-01-01&amp;till=2025-03-31&amp;lang=en"/);
});
