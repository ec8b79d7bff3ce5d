import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractTexts } from './extract-texts.ts';

/** Every text of a texts object with its path; functions are called with placeholder arguments. */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return texts(value('«A»', '«B»', false), path);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => texts(child, `${path}.${key}`));
  }
  return [];
}

test('Swedish and English have the same texts, none of them empty', () => {
  const sv = texts(extractTexts.sv);
  const en = texts(extractTexts.en);
  assert.deepEqual(sv.map(([path]) => path), en.map(([path]) => path));
  for (const [path, text] of [...sv, ...en]) assert.ok(text.trim().length > 0, path);
});

test('the title and the mark for empty values', () => {
  assert.equal(extractTexts.sv.title, 'Registerutdrag');
  assert.equal(extractTexts.en.title, 'Register extract');
  assert.equal(extractTexts.sv.empty, extractTexts.en.empty);
  assert.match(extractTexts.sv.overview.copy(extractTexts.sv.empty), /Tecknet – betyder/);
});

test('counts are grouped the way each language writes them', () => {
  assert.equal(extractTexts.sv.count(5000), '5\u00a0000');
  assert.equal(extractTexts.en.count(5000), '5,000');
  assert.equal(extractTexts.sv.data.items('Utbetalningar', '1', true), 'Utbetalningar: 1 post');
  assert.equal(extractTexts.en.data.items('Payments', '2', false), 'Payments: 2 records');
});

test('the confirmation says plainly whether the agency holds data on the person', () => {
  assert.match(extractTexts.sv.confirmation.holdsData, /^Vi behandlar personuppgifter om dig\./);
  assert.match(extractTexts.sv.confirmation.holdsNothing('Verket'), /^Vi behandlar inga personuppgifter om dig/);
  assert.match(extractTexts.en.confirmation.holdsNothing('The Agency'), /^We do not process any personal data about you/);
});

test('the secrecy section names kind and ground but never content, and offers an appealable decision', () => {
  for (const language of ['sv', 'en'] as const) {
    const { secrecy } = extractTexts[language];
    assert.match(secrecy.lead, language === 'sv' ? /men inte vad uppgifterna innehåller/ : /but not what the data contain/);
    assert.match(secrecy.decision, /förvaltningsrätten/);
  }
});

test('the access log says that staff names are not shown', () => {
  assert.match(extractTexts.sv.accessLog.noNames, /Namnen på de medarbetare .* visas inte/);
  assert.match(extractTexts.en.accessLog.noNames, /names of the staff .* are not shown/);
});
