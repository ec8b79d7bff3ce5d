// The duplicate notice as blocks: header, that we received the request, the earlier case and
// what follows (handled together and answered by its due day, or nothing new after a recent
// answer, with the way to a new trial and the IMY complaint block), contacts.
import type { Block } from '../document-outline.ts';
import { duplicateTexts } from './duplicate-texts.ts';
import { complaintBlocks, contactBlocks, headerBlocks, paragraph, receivedSentence, type LetterContext } from './letter-blocks.ts';
import type { LetterBody } from './letter-body.ts';
import type { DuplicateLetter } from './letter-model.ts';

function earlierBlocks(model: DuplicateLetter, context: LetterContext): Block[] {
  const words = duplicateTexts[context.language];
  const { earlier } = model;
  if (earlier.status === 'open') {
    return [paragraph(words.open.text(model.earlierCaseNumber, context.day(earlier.dueAt))), paragraph(words.open.nothingToDo)];
  }
  return [
    paragraph(words.answered.text(model.earlierCaseNumber, context.day(earlier.answeredAt))),
    paragraph(words.answered.resend),
    paragraph(words.answered.newTrial),
    ...complaintBlocks(context, false),
  ];
}

export function duplicateOutline(model: DuplicateLetter, context: LetterContext): LetterBody {
  const words = duplicateTexts[context.language];
  return {
    title: words.title,
    blocks: [
      ...headerBlocks(model, context, words.title),
      paragraph(receivedSentence(model, context)),
      ...earlierBlocks(model, context),
      ...contactBlocks(model, context),
    ],
  };
}
