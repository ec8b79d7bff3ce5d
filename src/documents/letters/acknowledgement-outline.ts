// The acknowledgement (R04) as blocks: header, that we received the request (how and when), what
// happens now for this right, when the answer comes at the latest and where it goes, contacts.
import { acknowledgementTexts } from './acknowledgement-texts.ts';
import { contactBlocks, headerBlocks, heading, paragraph, receivedSentence, type LetterContext } from './letter-blocks.ts';
import type { LetterBody } from './letter-body.ts';
import type { AcknowledgementLetter } from './letter-model.ts';

export function acknowledgementOutline(model: AcknowledgementLetter, context: LetterContext): LetterBody {
  const words = acknowledgementTexts[context.language];
  const due = context.day(model.dueAt);
  return {
    title: words.title,
    blocks: [
      ...headerBlocks(model, context, words.title),
      paragraph(receivedSentence(model, context, context.texts.channel[model.channel])),
      heading(2, words.next.heading),
      paragraph(words.next.byRight[model.right]),
      heading(2, words.answer.heading),
      paragraph(words.answer.due(due)),
      paragraph(words.answer.extension(due)),
      paragraph(words.answer.format[model.answerFormat]),
      paragraph(words.answer.free),
      ...contactBlocks(model, context),
    ],
  };
}
