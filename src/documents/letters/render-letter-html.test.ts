import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE_NUMBER, decisionLetter, demoController, lettersOfEveryKind, withheldItem } from '../../../test/support/letter-fixtures.ts';
import { containsValue, searchableHtml } from '../../../test/support/searchable-text.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { renderLetterHtml } from './render-letter-html.ts';

describe('renderLetterHtml', () => {
  for (const language of ['sv', 'en'] as const) {
    it(`(${language}) every kind is a fragment in the letter's language holding the case number`, () => {
      for (const model of lettersOfEveryKind(language)) {
        const out = renderLetterHtml(model, demoController()).toString();
        assert.ok(out.startsWith(`<div class="letter" lang="${language}"><h1>`), `${model.kind}: ${out.slice(0, 60)}`);
        assert.ok(containsValue(searchableHtml(out), CASE_NUMBER), `${model.kind}: case number`);
      }
    });
  }

  it('a decision holds the appeal and the IMY block, headings shifted under the page\'s own', () => {
    const out = renderLetterHtml(decisionLetter('sv'), demoController(), { headingOffset: 1 }).toString();
    assert.ok(out.includes('<h2>Beslut</h2>'));
    assert.ok(out.includes('<h3>Så överklagar du</h3>'));
    assert.ok(out.includes('<h3>Klagomål till Integritetsskyddsmyndigheten</h3>'));
    assert.ok(out.includes('<h4>Uppgifter om en annan person i ditt ärende om bostadsbidrag</h4>'));
    assert.ok(!out.includes('<h1>'));
  });

  it('escapes the case handler\'s words', () => {
    const model = decisionLetter('en');
    const hostile = { ...model, decision: { items: [{ ...withheldItem('en'), reasons: '<script>alert(1)</script> & more reasons' }] } };
    const out = renderLetterHtml(hostile, demoController()).toString();
    assert.ok(!out.includes('<script>'));
    assert.ok(out.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more reasons'));
  });

  it('refuses a refusal without a legal ground or without reasons', () => {
    const model = decisionLetter('sv');
    for (const item of [{ ...withheldItem('sv'), legalGrounds: [] }, { ...withheldItem('sv'), reasons: '' }]) {
      assert.throws(() => renderLetterHtml({ ...model, decision: { items: [item] } }, demoController()),
        (error: unknown) => error instanceof InsynError && error.code === 'DECISION_INCOMPLETE');
    }
  });
});
