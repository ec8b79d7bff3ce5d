// Letter models of every kind (synthetic: no person is named, no personnummer) and the demo
// agency's controller from catalog/controller.yaml, for the letter tests.
import { join } from 'node:path';
import type { Controller } from '../../src/catalog/catalog-types.ts';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import type { DecisionItem } from '../../src/domain/decision.ts';
import type {
  AcknowledgementLetter, DecisionLetter, DuplicateLetter, ExtensionLetter, LetterLanguage, LetterModel, SupplementLetter,
} from '../../src/documents/letters/letter-model.ts';

let controller: Controller | undefined;

/** The demo agency's controller (loaded once). */
export function demoController(): Controller {
  controller ??= loadCatalog(join(import.meta.dirname, '..', '..', 'catalog')).controller;
  return controller;
}

export const CASE_NUMBER = 'DSR 2026/000123';
export const EARLIER_CASE_NUMBER = 'DSR 2026/000042';

const base = { caseNumber: CASE_NUMBER, receivedAt: '2026-01-31T10:15:00.000Z' } as const;

export function acknowledgementLetter(language: LetterLanguage = 'sv'): AcknowledgementLetter {
  return {
    ...base, kind: 'acknowledgement', language, right: 'access', date: '2026-01-31T10:16:00.000Z',
    channel: 'phone', dueAt: '2026-03-02T22:59:59.999Z', answerFormat: 'paper',
  };
}

export function extensionLetter(language: LetterLanguage = 'sv'): ExtensionLetter {
  return {
    ...base, kind: 'extension', language, right: 'access', date: '2026-02-20T09:00:00.000Z',
    originalDueAt: '2026-03-02T22:59:59.999Z', newDueAt: '2026-04-30T21:59:59.999Z', reason: 'complexity',
    reasons: language === 'sv'
      ? 'Uppgifterna finns i tolv av våra system och flera av dem måste sekretessprövas.'
      : 'The data are held in twelve of our systems and several of them must be reviewed for secrecy.',
  };
}

export function supplementLetter(language: LetterLanguage = 'sv'): SupplementLetter {
  return {
    ...base, kind: 'supplement', language, right: 'rectification', date: '2026-02-02T09:00:00.000Z',
    needs: ['which-data', 'proposed-correction'], answerBy: '2026-02-16',
    details: language === 'sv' ? 'Skicka gärna en kopia av intyget som du nämnde.' : 'Please send a copy of the certificate you mentioned.',
  };
}

export function duplicateLetter(language: LetterLanguage = 'sv', status: 'open' | 'answered' = 'open'): DuplicateLetter {
  return {
    ...base, kind: 'duplicate', language, right: 'access', date: '2026-01-31T10:16:00.000Z',
    earlierCaseNumber: EARLIER_CASE_NUMBER,
    earlier: status === 'open' ? { status, dueAt: '2026-02-16T22:59:59.999Z' } : { status, answeredAt: '2026-01-20T13:00:00.000Z' },
  };
}

export function withheldItem(language: LetterLanguage = 'sv'): DecisionItem {
  return language === 'sv'
    ? { description: 'Uppgifter om en annan person i ditt ärende om bostadsbidrag', outcome: 'refused',
      reasons: 'Uppgifterna gäller en annan person och omfattas av socialförsäkringssekretess.', legalGrounds: ['osl-28-1', 'dsl-5-1'] }
    : { description: 'Data about another person in your housing allowance case', outcome: 'refused',
      reasons: 'The data concern another person and are covered by social insurance secrecy.', legalGrounds: ['osl-28-1', 'dsl-5-1'] };
}

export function decisionLetter(language: LetterLanguage = 'sv'): DecisionLetter {
  const granted: DecisionItem = { description: language === 'sv' ? 'Registerutdrag' : 'Register extract', outcome: 'granted', legalGrounds: [] };
  return {
    ...base, kind: 'decision', language, right: 'access', date: '2026-02-25T08:00:00.000Z',
    decision: { items: [granted, withheldItem(language)] }, approvedAt: '2026-02-24T15:30:00.000Z', extractEnclosed: true,
  };
}

/** One letter of each kind in the language. */
export function lettersOfEveryKind(language: LetterLanguage): readonly LetterModel[] {
  return [acknowledgementLetter(language), extensionLetter(language), supplementLetter(language), duplicateLetter(language), decisionLetter(language)];
}
