// A letter never holds a personnummer or samordningsnummer (the delivery layer addresses it).
// The model has no field for one, but the case handler's own words (reasons, descriptions) could;
// this looks for any 10- or 12-digit run, with or without '-' or '+', that is a valid number.
import { InsynError } from '../../domain/error-catalogue.ts';
import { isValidIdentityNumber } from '../../domain/personnummer.ts';
import type { Block, DocumentOutline } from '../document-outline.ts';

const CANDIDATE = /(?<!\d)(?:\d{6}|\d{8})[-+]?\d{4}(?!\d)/g;

function blockTexts(block: Block): readonly string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph': return [block.text];
    case 'list': return block.items;
    case 'table': return [block.caption, ...block.columns, ...block.rows.flat()];
    case 'window-address': return [...block.lines, ...(block.returnAddress ?? [])];
    case 'page-break': return [];
    default: {
      const unknown: never = block;
      throw new TypeError(`unknown block kind: ${String((unknown as { kind: unknown }).kind)}`);
    }
  }
}

export function holdsIdentityNumber(text: string): boolean {
  return [...text.matchAll(CANDIDATE)].some(([candidate]) => isValidIdentityNumber(candidate));
}

/** Throws VALIDATION_FAILED (without the text) when any text of the outline holds an identity number. */
export function assertNoIdentityNumber(outline: DocumentOutline): void {
  const texts = [outline.title, ...outline.blocks.flatMap(blockTexts)];
  if (texts.some(holdsIdentityNumber)) {
    throw new InsynError('VALIDATION_FAILED', 'letter: the text holds an identity number; letters name no personnummer');
  }
}
