// The parts every letter shares, as outline blocks: the header (title, agency, case number,
// date), the contact section (the agency and its data protection officer) and the IMY complaint
// block. Each kind's outline (*-outline.ts) puts its own blocks between them.
import type { Block } from '../document-outline.ts';
import { contactLines } from '../contact-lines.ts';
import { imyComplaint } from '../extract-rights.ts';
import { extractTexts } from '../extract-texts.ts';
import { longDate } from '../long-date.ts';
import type { LetterController } from './letter-controller.ts';
import type { LetterLanguage, LetterModel } from './letter-model.ts';
import type { LetterTexts } from './letter-texts.ts';

/** What a kind's outline needs besides its own model and texts. */
export interface LetterContext {
  readonly language: LetterLanguage;
  readonly texts: LetterTexts;
  readonly controller: LetterController;
  /** "3 mars 2026" / "3 March 2026". */
  readonly day: (iso: string) => string;
}

export function letterContext(language: LetterLanguage, texts: LetterTexts, controller: LetterController): LetterContext {
  return { language, texts, controller, day: (iso) => longDate(iso, language) };
}

export function heading(level: 1 | 2 | 3, text: string): Block {
  return { kind: 'heading', level, text };
}

export function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

/** "Vi tog emot din begäran om registerutdrag den 3 mars 2026." (the channel only when given). */
export function receivedSentence(model: LetterModel, context: LetterContext, channel = ''): string {
  return context.texts.received(context.texts.request[model.right], channel, context.day(model.receivedAt));
}

/** Title, agency, case number, date, and any further labelled lines (e.g. the decision date). */
export function headerBlocks(model: LetterModel, context: LetterContext, title: string, extra: readonly (readonly [string, string])[] = []): Block[] {
  const { texts } = context;
  const lines: (readonly [string, string])[] = [[texts.caseNumber, model.caseNumber], [texts.date, context.day(model.date)], ...extra];
  return [heading(1, title), paragraph(context.controller.name), ...lines.map(([label, value]) => paragraph(`${label}: ${value}`))];
}

/** How to reach the agency (quoting the case number) and its data protection officer. */
export function contactBlocks(model: LetterModel, context: LetterContext): Block[] {
  const words = extractTexts[context.language].contact;
  return [
    heading(2, context.texts.contact.heading),
    paragraph(context.texts.contact.questions(model.caseNumber)),
    contactLines(context.controller.contact, words.labels),
    paragraph(words.dpo),
    contactLines(context.controller.dpo, words.labels),
  ];
}

/** R46: where to complain, with IMY's contact details; after a decision also that it is not an appeal. */
export function complaintBlocks(context: LetterContext, afterAppeal: boolean): Block[] {
  const { complaint } = context.texts;
  const blocks = [heading(2, complaint.heading), paragraph(imyComplaint(context.language, context.controller.name))];
  if (afterAppeal) blocks.push(paragraph(complaint.notAnAppeal));
  blocks.push(contactLines(context.controller.supervisoryAuthority, extractTexts[context.language].contact.labels));
  return blocks;
}
