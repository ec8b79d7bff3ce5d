// The request to supplement as blocks: header, what we need (a list, then the case handler's own
// words), how to answer and by when, that the time stands still meanwhile, contacts.
import { InsynError } from '../../domain/error-catalogue.ts';
import type { Block } from '../document-outline.ts';
import { contactBlocks, headerBlocks, heading, paragraph, receivedSentence, type LetterContext } from './letter-blocks.ts';
import type { LetterBody } from './letter-body.ts';
import type { SupplementLetter } from './letter-model.ts';
import { supplementTexts } from './supplement-texts.ts';

export function supplementOutline(model: SupplementLetter, context: LetterContext): LetterBody {
  const details = model.details?.trim() ?? '';
  if (model.needs.length === 0 && details === '') {
    throw new InsynError('VALIDATION_FAILED', 'needs: a supplement letter says what the person should add');
  }
  const words = supplementTexts[context.language];
  const needs: Block[] = [heading(2, words.needs.heading)];
  if (model.needs.length > 0) needs.push({ kind: 'list', items: model.needs.map((need) => words.needs.items[need]) });
  if (details !== '') needs.push(paragraph(details));
  const answer = [heading(2, words.answer.heading), paragraph(words.answer.how(model.caseNumber))];
  if (model.answerBy) answer.push(paragraph(words.answer.by(context.day(model.answerBy))));
  return {
    title: words.title,
    blocks: [
      ...headerBlocks(model, context, words.title),
      paragraph(`${receivedSentence(model, context)} ${words.lead}`),
      ...needs,
      ...answer,
      heading(2, words.pause.heading),
      paragraph(words.pause.text),
      ...contactBlocks(model, context),
    ],
  };
}
