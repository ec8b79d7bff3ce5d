import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CASE_NUMBER, decisionLetter, demoController, extensionLetter, lettersOfEveryKind, withheldItem } from '../../../test/support/letter-fixtures.ts';
import { readPdf } from '../../../test/support/read-pdf.ts';
import { containsValue, searchable, type SearchableText } from '../../../test/support/searchable-text.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { LetterModel } from './letter-model.ts';
import { renderLetterPdf } from './render-letter-pdf.ts';

async function pdfText(model: LetterModel): Promise<{ text: SearchableText; xmp: ReadonlyMap<string, unknown>; title: unknown }> {
  const pdf = await readPdf(await renderLetterPdf(model, demoController()));
  return {
    text: searchable(pdf.pages.flatMap((page) => page.texts.map((item) => item.str)).join('\n')),
    xmp: pdf.xmp,
    title: pdf.info['Title'],
  };
}

describe('renderLetterPdf', () => {
  for (const language of ['sv', 'en'] as const) {
    it(`(${language}) every kind is a PDF/A whose text holds the case number and the agency`, async () => {
      for (const model of lettersOfEveryKind(language)) {
        const { text, xmp, title } = await pdfText(model);
        assert.ok(containsValue(text, CASE_NUMBER), `${model.kind}: case number`);
        assert.ok(containsValue(text, demoController().name[language]), `${model.kind}: agency`);
        assert.equal(String(xmp.get('pdfaid:part')), '2', `${model.kind}: PDF/A-2`);
        assert.ok(String(title).endsWith(CASE_NUMBER), `${model.kind}: title`);
      }
    });
  }

  it('a decision carries the appeal to the förvaltningsrätt and the IMY block, in both languages', async () => {
    const sv = (await pdfText(decisionLetter('sv'))).text;
    for (const value of ['Så överklagar du', 'Om du inte är nöjd med beslutet kan du överklaga det till förvaltningsrätten.',
      'inom tre veckor från den dag du fick del av beslutet', '7 kap. 2 § dataskyddslagen (2018:218)',
      'Klagomål till Integritetsskyddsmyndigheten', 'imy@imy.se', 'Lagrum: 28 kap. 1 § offentlighets- och sekretesslagen']) {
      assert.ok(containsValue(sv, value), value);
    }
    const en = (await pdfText(decisionLetter('en'))).text;
    for (const value of ['How to appeal', 'appeal against it to the administrative court (förvaltningsrätten)',
      'within three weeks of the day you were notified of the decision', 'Complaints to the Swedish Authority for Privacy Protection', 'imy@imy.se']) {
      assert.ok(containsValue(en, value), value);
    }
  });

  it('an extension notice states the original and the new last day', async () => {
    const { text } = await pdfText(extensionLetter('sv'));
    assert.ok(containsValue(text, 'Vi skulle ha svarat senast den 2 mars 2026'));
    assert.ok(containsValue(text, 'Vi svarar nu senast den 30 april 2026.'));
  });

  it('refuses a refusal without a legal ground: DECISION_INCOMPLETE, no PDF', async () => {
    const model = decisionLetter('sv');
    await assert.rejects(renderLetterPdf({ ...model, decision: { items: [{ ...withheldItem('sv'), legalGrounds: [] }] } }, demoController()),
      (error: unknown) => error instanceof InsynError && error.code === 'DECISION_INCOMPLETE');
  });
});
