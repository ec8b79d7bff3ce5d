// A letter model as a document outline in its language (Swedish unless English was asked for),
// with the agency's details from the catalog's controller. The PDF and HTML renderers lay out the
// same outline. Throws DECISION_INCOMPLETE for a decision with problems, EXTENSION_NOT_ALLOWED
// for an extension notice outside the rules, VALIDATION_FAILED for a letter holding an identity number.
import type { Controller } from '../../catalog/catalog-types.ts';
import type { DocumentOutline } from '../document-outline.ts';
import { acknowledgementOutline } from './acknowledgement-outline.ts';
import { decisionOutline } from './decision-outline.ts';
import { duplicateOutline } from './duplicate-outline.ts';
import { extensionOutline } from './extension-outline.ts';
import { assertNoIdentityNumber } from './identity-number-guard.ts';
import { letterContext, type LetterContext } from './letter-blocks.ts';
import type { LetterBody } from './letter-body.ts';
import { letterController } from './letter-controller.ts';
import { letterLanguage, type LetterModel } from './letter-model.ts';
import { letterTexts } from './letter-texts.ts';
import { receiptOutline } from './receipt-outline.ts';
import { supplementOutline } from './supplement-outline.ts';

function letterBody(model: LetterModel, context: LetterContext): LetterBody {
  switch (model.kind) {
    case 'acknowledgement': return acknowledgementOutline(model, context);
    case 'extension': return extensionOutline(model, context);
    case 'supplement': return supplementOutline(model, context);
    case 'duplicate': return duplicateOutline(model, context);
    case 'decision': return decisionOutline(model, context);
    case 'receipt': return receiptOutline(model, context);
    default: {
      const unknown: never = model;
      throw new TypeError(`unknown letter kind: ${String((unknown as { kind: unknown }).kind)}`);
    }
  }
}

export function letterOutline(model: LetterModel, controller: Controller): DocumentOutline {
  const language = letterLanguage(model);
  const context = letterContext(language, letterTexts[language], letterController(controller, language));
  const body = letterBody(model, context);
  const outline: DocumentOutline = {
    language,
    title: `${body.title}, ${model.caseNumber}`,
    author: context.controller.name,
    createdAt: model.date,
    blocks: body.blocks,
  };
  assertNoIdentityNumber(outline);
  return outline;
}
