// The extension notice (R03) as blocks: header, the original last day, the new one, why, the rule,
// the IMY complaint block and contacts. Refuses (EXTENSION_NOT_ALLOWED) a notice dated after the
// first month, without reasons, or whose new day is not later than the original.
import { InsynError } from '../../domain/error-catalogue.ts';
import { extensionRefusal } from '../../domain/extension.ts';
import { endOfSwedishDay } from '../../domain/response-deadline.ts';
import { extensionTexts } from './extension-texts.ts';
import { complaintBlocks, contactBlocks, headerBlocks, heading, paragraph, receivedSentence, type LetterContext } from './letter-blocks.ts';
import type { LetterBody } from './letter-body.ts';
import type { ExtensionLetter } from './letter-model.ts';

/** An ISO timestamp as itself, a plain day as the end of that Swedish day. */
function instant(iso: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? endOfSwedishDay(iso) : new Date(iso);
}

function checkExtension(model: ExtensionLetter): void {
  const originalDueAt = instant(model.originalDueAt);
  const refusal = extensionRefusal({
    receivedAt: instant(model.receivedAt), originalDueAt, dueAt: originalDueAt, extendedAt: null,
    reasons: model.reasons, at: new Date(model.date),
  });
  if (refusal) throw new InsynError('EXTENSION_NOT_ALLOWED', `extension letter: ${refusal}`);
  if (instant(model.newDueAt).getTime() <= originalDueAt.getTime()) {
    throw new InsynError('EXTENSION_NOT_ALLOWED', 'extension letter: the new due date is not after the original');
  }
}

export function extensionOutline(model: ExtensionLetter, context: LetterContext): LetterBody {
  checkExtension(model);
  const words = extensionTexts[context.language];
  return {
    title: words.title,
    blocks: [
      ...headerBlocks(model, context, words.title),
      paragraph(`${receivedSentence(model, context)} ${words.lead(context.day(model.originalDueAt))}`),
      heading(2, words.newDate.heading),
      paragraph(words.newDate.text(context.day(model.newDueAt))),
      heading(2, words.why.heading),
      paragraph(words.why.reason[model.reason]),
      paragraph(model.reasons.trim()),
      paragraph(words.why.rule),
      ...complaintBlocks(context, false),
      ...contactBlocks(model, context),
    ],
  };
}
