// A document on the outbox as its model: a letter or the register extract. One place turns it
// into its outline, which the pages, the PDF downloads and delivery (mailbox and print) all lay out.
import type { Controller } from '../catalog/catalog-types.ts';
import type { DocumentOutline } from './document-outline.ts';
import { extractOutline } from './extract-outline.ts';
import type { ExtractModel } from './extract-model.ts';
import { letterOutline } from './letters/letter-outline.ts';
import type { LetterModel } from './letters/letter-model.ts';
import type { LetterKind } from '../domain/request-kinds.ts';

export type OutboxDocument =
  | { readonly kind: 'letter'; readonly model: LetterModel }
  | { readonly kind: 'extract'; readonly model: ExtractModel };

export function outboxDocumentOutline(document: OutboxDocument, controller: Controller): DocumentOutline {
  return document.kind === 'extract' ? extractOutline(document.model) : letterOutline(document.model, controller);
}

/** The stem of a document's file name: ASCII, what the document is (`beslut`, `registerutdrag`). */
export const documentFileStems: Readonly<Record<'sv' | 'en', Readonly<Record<LetterKind, string>>>> = {
  sv: {
    acknowledgement: 'bekraftelse', extension: 'forlangd-tid', supplement: 'begaran-om-komplettering',
    duplicate: 'tidigare-begaran', decision: 'beslut', extract: 'registerutdrag', receipt: 'kvitto',
  },
  en: {
    acknowledgement: 'acknowledgement', extension: 'extended-time', supplement: 'request-for-information',
    duplicate: 'earlier-request', decision: 'decision', extract: 'register-extract', receipt: 'receipt',
  },
};
