// The decision letter (R06, R46) as blocks: header with the decision date, what it concerns, the
// overall outcome, each item with its outcome, reasons and legal grounds, the reasons for the
// whole (an Art. 12(5) refusal first), the enclosed extract, then always how to appeal to the
// förvaltningsrätt, the IMY complaint block and contacts. A decision with problems
// (domain/decision.ts) is refused with DECISION_INCOMPLETE before anything is written.
import { assertDecisionComplete, decisionOutcome, type Decision, type DecisionItem } from '../../domain/decision.ts';
import { legalGroundLabel } from '../../domain/legal-grounds.ts';
import type { Block } from '../document-outline.ts';
import { decisionTexts, type DecisionTexts } from './decision-texts.ts';
import { complaintBlocks, contactBlocks, headerBlocks, heading, paragraph, type LetterContext } from './letter-blocks.ts';
import type { LetterBody } from './letter-body.ts';
import type { DecisionLetter } from './letter-model.ts';

function itemBlocks(item: DecisionItem, words: DecisionTexts, context: LetterContext): Block[] {
  const { labels } = words.item;
  const blocks = [heading(3, item.description.trim()), paragraph(`${labels.outcome}: ${words.item.outcome[item.outcome]}`)];
  const reasons = item.reasons?.trim();
  if (reasons) blocks.push(paragraph(`${labels.reasons}: ${reasons}`));
  const grounds = item.legalGrounds.filter((ground) => ground.trim() !== '').map((ground) => legalGroundLabel(ground, context.language));
  if (grounds.length > 0) blocks.push(paragraph(`${labels.grounds}: ${grounds.join('; ')}`));
  return blocks;
}

function reasonsBlocks(decision: Decision, words: DecisionTexts): Block[] {
  const reasons = decision.reasons?.trim() ?? '';
  if (decision.refusalKind === undefined && reasons === '') return [];
  const blocks = [heading(2, words.reasons.heading)];
  if (decision.refusalKind !== undefined) blocks.push(paragraph(words.reasons.refusal[decision.refusalKind]));
  if (reasons !== '') blocks.push(paragraph(reasons));
  return blocks;
}

function appealBlocks(model: DecisionLetter, words: DecisionTexts, context: LetterContext): Block[] {
  return [heading(2, words.appeal.heading), ...words.appeal.text(context.controller.name, model.caseNumber).map(paragraph)];
}

export function decisionOutline(model: DecisionLetter, context: LetterContext): LetterBody {
  assertDecisionComplete(model.decision);
  const words = decisionTexts[context.language];
  const { decision } = model;
  const decided = context.day(model.approvedAt ?? model.date);
  return {
    title: words.title,
    blocks: [
      ...headerBlocks(model, context, words.title, [[words.decisionDate, decided]]),
      paragraph(words.concerns(context.texts.request[model.right], context.day(model.receivedAt))),
      heading(2, words.outcome.heading),
      paragraph(words.outcome.overall[decisionOutcome(decision.items)]),
      ...decision.items.flatMap((item) => itemBlocks(item, words, context)),
      ...reasonsBlocks(decision, words),
      ...(model.extractEnclosed ? [heading(2, words.extract.heading), paragraph(words.extract.enclosed)] : []),
      ...appealBlocks(model, words, context),
      ...complaintBlocks(context, true),
      ...contactBlocks(model, context),
    ],
  };
}
