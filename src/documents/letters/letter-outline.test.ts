import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CASE_NUMBER, EARLIER_CASE_NUMBER, acknowledgementLetter, decisionLetter, demoController, duplicateLetter, extensionLetter,
  lettersOfEveryKind, supplementLetter, withheldItem,
} from '../../../test/support/letter-fixtures.ts';
import { InsynError, type ErrorCode } from '../../domain/error-catalogue.ts';
import { formatIdentityNumber, syntheticIdentityNumber } from '../../domain/personnummer.ts';
import type { Block, DocumentOutline } from '../document-outline.ts';
import { letterOutline } from './letter-outline.ts';
import type { LetterModel } from './letter-model.ts';

function texts(outline: DocumentOutline): string {
  const of = (block: Block): string[] => {
    if (block.kind === 'heading' || block.kind === 'paragraph') return [block.text];
    if (block.kind === 'list') return [...block.items];
    if (block.kind === 'window-address') return [...block.lines];
    if (block.kind === 'page-break') return [];
    return [block.caption, ...block.columns, ...block.rows.flat()];
  };
  return outline.blocks.flatMap(of).join('\n');
}

function text(model: LetterModel): string {
  return texts(letterOutline(model, demoController()));
}

function failsWith(code: ErrorCode, detail?: RegExp): (error: unknown) => boolean {
  return (error) => error instanceof InsynError && error.code === code && (detail === undefined || detail.test(error.detail ?? ''));
}

describe('every letter', () => {
  for (const language of ['sv', 'en'] as const) {
    it(`(${language}) has the agency, the case number, the date and the DPO, in its language`, () => {
      for (const model of lettersOfEveryKind(language)) {
        const outline = letterOutline(model, demoController());
        assert.equal(outline.language, language);
        assert.equal(outline.createdAt, model.date);
        assert.ok(outline.title.endsWith(CASE_NUMBER), outline.title);
        assert.deepEqual(outline.blocks[0]?.kind, 'heading');
        const all = texts(outline);
        assert.ok(all.includes(demoController().name[language]), `${model.kind}: agency`);
        assert.ok(all.includes(language === 'sv' ? `Diarienummer: ${CASE_NUMBER}` : `Case number: ${CASE_NUMBER}`), `${model.kind}: case number`);
        assert.match(all, language === 'sv' ? /Datum: \d{1,2} [a-zåäö]+ 2026/ : /Date: \d{1,2} [A-Z][a-z]+ 2026/);
        assert.ok(all.includes('dataskyddsombud@example.se'), `${model.kind}: DPO contact`);
      }
    });
  }

  it('is Swedish unless English is asked for', () => {
    const { language: _language, ...model } = acknowledgementLetter('en');
    assert.equal(letterOutline(model, demoController()).language, 'sv');
    assert.ok(text(model).includes('Vi har tagit emot din begäran'));
  });

  it('refuses a text holding an identity number (the case handler\'s words included)', () => {
    const number = formatIdentityNumber(syntheticIdentityNumber('1990-01-01', 123), 'pnr12-dash');
    const model = decisionLetter('sv');
    const leaked = { ...model, decision: { items: [{ ...withheldItem('sv'), reasons: `Uppgiften gäller ${number} och omfattas av sekretess.` }] } };
    assert.throws(() => letterOutline(leaked, demoController()), failsWith('VALIDATION_FAILED'));
    assert.doesNotThrow(() => letterOutline({ ...model, caseNumber: 'DSR 2026/199001' }, demoController()));
  });
});

describe('acknowledgement', () => {
  it('says how and when the request came, what happens now, the last day, where the answer goes and that it is free', () => {
    const sv = text(acknowledgementLetter('sv'));
    assert.ok(sv.includes('Vi tog emot din begäran om registerutdrag per telefon den 31 januari 2026.'));
    assert.ok(sv.includes('Vi svarar så snart vi kan och senast den 2 mars 2026.'));
    assert.ok(sv.includes('sammanställer dem i ett registerutdrag'));
    assert.ok(sv.includes('med post till den adress där du är folkbokförd'));
    assert.ok(sv.includes('Det kostar ingenting.'));
    const en = text({ ...acknowledgementLetter('en'), right: 'erasure', channel: 'e-service', answerFormat: 'electronic' });
    assert.ok(en.includes('We received your request to have personal data erased through the e-service on 31 January 2026.'));
    assert.ok(en.includes('no later than 2 March 2026'));
    assert.ok(en.includes('digital mailbox'));
  });
});

describe('extension', () => {
  it('states the original and the new last day, the reason and the case handler\'s reasons', () => {
    const sv = text(extensionLetter('sv'));
    assert.ok(sv.includes('Vi skulle ha svarat senast den 2 mars 2026'));
    assert.ok(sv.includes('Vi svarar nu senast den 30 april 2026.'));
    assert.ok(sv.includes('omfattande eller komplicerad'));
    assert.ok(sv.includes('tolv av våra system'));
    assert.ok(sv.includes('Integritetsskyddsmyndigheten'));
    const en = text({ ...extensionLetter('en'), reason: 'number-of-requests' });
    assert.ok(en.includes('We should have answered by 2 March 2026'));
    assert.ok(en.includes('no later than 30 April 2026'));
    assert.ok(en.includes('a large number of requests'));
  });

  it('is only written within the first month, with reasons and a later last day', () => {
    const model = extensionLetter('sv');
    assert.throws(() => letterOutline({ ...model, date: '2026-03-03T08:00:00.000Z' }, demoController()), failsWith('EXTENSION_NOT_ALLOWED', /first-month-over/));
    assert.doesNotThrow(() => letterOutline({ ...model, date: '2026-03-02T20:00:00.000Z' }, demoController()));
    assert.throws(() => letterOutline({ ...model, reasons: '  ' }, demoController()), failsWith('EXTENSION_NOT_ALLOWED', /reasons-missing/));
    assert.throws(() => letterOutline({ ...model, newDueAt: '2026-03-02' }, demoController()), failsWith('EXTENSION_NOT_ALLOWED', /not after/));
  });
});

describe('supplement', () => {
  it('lists what to add, how to answer, and that the time stands still', () => {
    const outline = letterOutline(supplementLetter('sv'), demoController());
    const list = outline.blocks.find((block) => block.kind === 'list');
    assert.deepEqual(list, { kind: 'list', items: ['Vilka personuppgifter din begäran gäller.', 'Hur uppgifterna ska rättas eller kompletteras.'] });
    const sv = texts(outline);
    assert.ok(sv.includes('kopia av intyget'));
    assert.ok(sv.includes(`Ange diarienummer ${CASE_NUMBER} när du svarar.`));
    assert.ok(sv.includes('senast den 16 februari 2026'));
    assert.ok(sv.includes('Tiden för vårt svar räknas inte medan vi väntar'));
    assert.ok(text(supplementLetter('en')).includes('The time for our answer does not run while we wait'));
  });

  it('must ask for something', () => {
    assert.throws(() => letterOutline({ ...supplementLetter('sv'), needs: [], details: ' ' }, demoController()), failsWith('VALIDATION_FAILED'));
  });
});

describe('duplicate', () => {
  it('joins an open request and names its case number and last day', () => {
    const sv = text(duplicateLetter('sv', 'open'));
    assert.ok(sv.includes(`med diarienummer ${EARLIER_CASE_NUMBER}`));
    assert.ok(sv.includes('tillsammans med den tidigare'));
    assert.ok(sv.includes('senast den 16 februari 2026'));
    assert.ok(!sv.includes('Integritetsskyddsmyndigheten'));
  });

  it('after a recent answer does nothing new, offers a new trial and names IMY', () => {
    const en = text(duplicateLetter('en', 'answered'));
    assert.ok(en.includes(`on 20 January 2026, case number ${EARLIER_CASE_NUMBER}`));
    assert.ok(en.includes('we will not do anything new'));
    assert.ok(en.includes('a decision that you can appeal against'));
    assert.ok(en.includes('imy@imy.se'));
  });
});

describe('decision', () => {
  it('gives the outcome, each item with reasons and legal grounds, the decision date and the enclosed extract', () => {
    const sv = text(decisionLetter('sv'));
    assert.ok(sv.includes('Beslutsdatum: 24 februari 2026'));
    assert.ok(sv.includes('Vi beviljar din begäran delvis.'));
    assert.ok(sv.includes('Beslut: Avslås'));
    assert.ok(sv.includes('Skäl: Uppgifterna gäller en annan person'));
    assert.ok(sv.includes('Lagrum: 28 kap. 1 § offentlighets- och sekretesslagen (2009:400) (socialförsäkringssekretess); 5 kap. 1 § dataskyddslagen (2018:218)'));
    assert.ok(sv.includes('Ditt registerutdrag skickas tillsammans med det här beslutet.'));
    const en = text(decisionLetter('en'));
    assert.ok(en.includes('We grant your request in part.'));
    assert.ok(en.includes('Legal grounds: Chapter 28, Section 1 of the Public Access to Information and Secrecy Act (2009:400)'));
  });

  for (const language of ['sv', 'en'] as const) {
    it(`(${language}) always carries the appeal to the förvaltningsrätt and the IMY block, even when all is granted`, () => {
      const model = decisionLetter(language);
      const granted = { ...model, approvedAt: undefined, decision: { items: [model.decision.items[0]!] } };
      for (const all of [text(model), text(granted)]) {
        assert.ok(all.includes(language === 'sv' ? 'överklaga det till förvaltningsrätten' : 'appeal against it to the administrative court (förvaltningsrätten)'));
        assert.ok(all.includes(language === 'sv' ? 'inom tre veckor från den dag du fick del av beslutet' : 'within three weeks of the day you were notified of the decision'));
        assert.ok(all.includes(language === 'sv' ? '7 kap. 2 § dataskyddslagen (2018:218) och i 43 och 44 §§ förvaltningslagen (2017:900)' : 'Chapter 7, Section 2 of the Data Protection Act (2018:218)'));
        assert.ok(all.includes(language === 'sv' ? 'gör du det hos Integritetsskyddsmyndigheten (IMY)' : 'the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, IMY)'));
        assert.ok(all.includes('imy@imy.se'));
      }
      assert.ok(text(granted).includes(language === 'sv' ? 'Beslutsdatum: 25 februari 2026' : 'Date of decision: 25 February 2026'));
    });
  }

  it('explains an Art. 12(5) refusal with its justification', () => {
    const model = decisionLetter('sv');
    const refused = { ...model, decision: { items: [{ ...withheldItem('sv'), legalGrounds: ['gdpr-12-5'] }], refusalKind: 'excessive' as const, reasons: 'Du har begärt samma registerutdrag fyra gånger den senaste månaden.' } };
    const sv = text(refused);
    assert.ok(sv.includes('Vi avslår din begäran.'));
    assert.ok(sv.includes('Vi bedömer att din begäran är orimlig.'));
    assert.ok(sv.includes('fyra gånger den senaste månaden'));
  });

  it('refuses a decision with problems: DECISION_INCOMPLETE', () => {
    const model = decisionLetter('sv');
    const withItem = (item: object) => ({ ...model, decision: { items: [{ ...withheldItem('sv'), ...item }] } });
    assert.throws(() => letterOutline(withItem({ legalGrounds: [] }), demoController()), failsWith('DECISION_INCOMPLETE', /legal-ground-missing/));
    assert.throws(() => letterOutline(withItem({ reasons: undefined }), demoController()), failsWith('DECISION_INCOMPLETE', /reasons-missing/));
    assert.throws(() => letterOutline({ ...model, decision: { items: [] } }, demoController()), failsWith('DECISION_INCOMPLETE', /items-missing/));
    assert.throws(() => letterOutline({ ...model, decision: { ...model.decision, refusalKind: 'manifestly-unfounded' } }, demoController()),
      failsWith('DECISION_INCOMPLETE', /justification-missing/));
  });
});
