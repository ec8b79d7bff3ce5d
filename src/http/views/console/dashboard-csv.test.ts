import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sampleCaseworkStatistics } from '../../../../test/support/sample-casework-statistics.ts';
import { dashboardCsv } from './dashboard-csv.ts';

test('Swedish CSV: BOM, semicolons, decimal comma, CRLF, the period in Swedish days', () => {
  const csv = dashboardCsv(sampleCaseworkStatistics(), 'sv');
  assert.ok(csv.startsWith('\uFEFFInsyn – statistik för dataskyddsombudet\r\n'));
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines.at(-1), '', 'ends with CRLF');
  assert.ok(lines.includes('Från och med;2025-01-01'));
  assert.ok(lines.includes('Till och med;2025-03-31'));
  assert.ok(lines.includes('Försenade räknade;2025-03-20 13:00'));
  assert.ok(lines.includes('Mottagna begäranden;1234'), 'no digit grouping');
  assert.ok(lines.includes('Mediantid till svar (kalenderdagar);7,5'));
  assert.ok(lines.includes('Försenade just nu;3'));
  assert.ok(lines.includes('Förlängda tidsfrister;2'));
  assert.ok(lines.includes('Rättighet;E-tjänst;Brev;Telefon;Besök;E-post;Kommandorad;Totalt'));
  assert.ok(lines.includes('Registerutdrag (tillgång);920;40;20;5;15;0;1000'));
  assert.ok(lines.includes('Totalt;1100;60;40;10;24;0;1234'));
  assert.ok(lines.includes('Månad;Mottagna;Besvarade'));
  assert.ok(lines.includes('2025-02;420;410'));
});

test('English CSV: commas and a decimal point; an empty median is an empty field', () => {
  const csv = dashboardCsv(sampleCaseworkStatistics(), 'en');
  assert.ok(csv.startsWith('\uFEFF'));
  const lines = csv.slice(1).split('\r\n');
  assert.ok(lines.includes('Median time to answer (calendar days),7.5'));
  assert.ok(lines.includes('Right,E-service,Letter,Phone,Visit,E-mail,Command line,Total'));
  assert.ok(lines.includes('To (inclusive),2025-03-31'));
  const none = dashboardCsv(sampleCaseworkStatistics({ medianDaysToAnswer: null }), 'en');
  assert.ok(none.includes('\r\nMedian time to answer (calendar days),\r\n'));
});
