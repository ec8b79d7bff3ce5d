// The catalog's controller (catalog/controller.yaml) in one language, as letters print it: the
// agency's name, its contact, its data protection officer and the supervisory authority (IMY).
import type { Contact, Controller } from '../../catalog/catalog-types.ts';
import type { ExtractContact } from '../extract-model.ts';
import type { LetterLanguage } from './letter-model.ts';

export interface LetterController {
  readonly name: string;
  readonly contact: ExtractContact;
  readonly dpo: ExtractContact;
  readonly supervisoryAuthority: ExtractContact;
}

function localContact(contact: Contact, language: LetterLanguage): ExtractContact {
  const { name, ...details } = contact;
  return { name: name[language], ...details };
}

export function letterController(controller: Controller, language: LetterLanguage): LetterController {
  return {
    name: controller.name[language],
    contact: localContact(controller.contact, language),
    dpo: localContact(controller.dpo, language),
    supervisoryAuthority: localContact(controller.supervisoryAuthority, language),
  };
}
