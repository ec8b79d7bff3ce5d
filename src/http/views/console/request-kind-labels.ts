// What the console calls each right and channel, in Swedish and English.
import type { Language } from '../../request-language.ts';
import type { RequestChannel, RequestRight } from '../../../domain/request-kinds.ts';

export const rightLabels: Readonly<Record<Language, Readonly<Record<RequestRight, string>>>> = {
  sv: {
    access: 'Registerutdrag (tillgång)',
    rectification: 'Rättelse',
    completion: 'Komplettering',
    erasure: 'Radering',
    restriction: 'Begränsning',
    objection: 'Invändning',
  },
  en: {
    access: 'Register extract (access)',
    rectification: 'Rectification',
    completion: 'Completion',
    erasure: 'Erasure',
    restriction: 'Restriction',
    objection: 'Objection',
  },
};

export const channelLabels: Readonly<Record<Language, Readonly<Record<RequestChannel, string>>>> = {
  sv: { 'e-service': 'E-tjänst', letter: 'Brev', phone: 'Telefon', visit: 'Besök', email: 'E-post', cli: 'Kommandorad' },
  en: { 'e-service': 'E-service', letter: 'Letter', phone: 'Phone', visit: 'Visit', email: 'E-mail', cli: 'Command line' },
};
