// The receipt of changes (issue 6) as blocks: header with the decision date, each item with where
// it was done and its outcome, a note when something could not be done, the recipients told of
// the changes (Art. 19: the person learns who was told), the IMY complaint block and contacts.
import type { Block } from '../document-outline.ts';
import { complaintBlocks, contactBlocks, headerBlocks, heading, paragraph, type LetterContext } from './letter-blocks.ts';
import type { LetterBody } from './letter-body.ts';
import type { ReceiptLetter } from './letter-model.ts';
import { receiptTexts } from './receipt-texts.ts';

export function receiptOutline(model: ReceiptLetter, context: LetterContext): LetterBody {
  const words = receiptTexts[context.language];
  const items = model.items.flatMap((item): Block[] => [
    heading(3, item.description.trim()),
    paragraph(`${words.done.where}: ${item.system}. ${words.done.outcome[item.outcome]}.`),
    ...(item.reasons ? [paragraph(`${words.done.reasons}: ${item.reasons.trim()}`)] : []),
  ]);
  const recipients = model.notified.length === 0
    ? [paragraph(words.recipients.none)]
    : [paragraph(words.recipients.told), ...model.notified.map((name) => paragraph(`• ${name}`))];
  return {
    title: words.title,
    blocks: [
      ...headerBlocks(model, context, words.title, [[words.decisionDate, context.day(model.decidedAt)]]),
      paragraph(words.intro(context.day(model.decidedAt))),
      heading(2, words.done.heading),
      ...items,
      ...(model.items.some((item) => item.outcome === 'not-done') ? [paragraph(words.notNote)] : []),
      heading(2, words.recipients.heading),
      ...recipients,
      ...complaintBlocks(context, false),
      ...contactBlocks(model, context),
    ],
  };
}
