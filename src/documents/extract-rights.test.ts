import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractRights } from './extract-rights.ts';

const agency = 'Socialförsäkringsverket (demo)';

test('every right of Art. 15(1)(e) and (f) has a text in both languages', () => {
  for (const language of ['sv', 'en'] as const) {
    const rights = extractRights(language, agency);
    assert.deepEqual(Object.keys(rights).sort(), ['complaint', 'erasure', 'objection', 'rectification', 'restriction']);
    for (const text of Object.values(rights)) assert.ok(text.length > 80, text);
  }
});

test('the Swedish texts name the agency, the limits on erasure, IMY and the appeal', () => {
  const rights = extractRights('sv', agency);
  assert.match(rights.rectification, /rättad/);
  assert.match(rights.erasure, /Socialförsäkringsverket \(demo\) är dock inte skyldig att radera/);
  assert.match(rights.erasure, /myndighetsutövning eller för arkivändamål/);
  assert.match(rights.restriction, /begränsar behandlingen/);
  assert.match(rights.objection, /artikel 6\.1 e/);
  assert.match(rights.complaint, /Integritetsskyddsmyndigheten \(IMY\)/);
  assert.match(rights.complaint, /förvaltningsrätten/);
});

test('the English texts say the same in English', () => {
  const rights = extractRights('en', 'The Agency');
  assert.match(rights.erasure, /The Agency is not obliged to erase/);
  assert.match(rights.objection, /Article 6\(1\)\(e\) GDPR/);
  assert.match(rights.complaint, /Swedish Authority for Privacy Protection \(Integritetsskyddsmyndigheten, IMY\)/);
  assert.doesNotMatch(`${rights.rectification} ${rights.restriction} ${rights.objection}`, /[åäö]/u);
});
