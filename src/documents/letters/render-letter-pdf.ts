// A letter as a tagged PDF/A-2a + PDF/UA-1 file, laid out like the register extract.
import type { Controller } from '../../catalog/catalog-types.ts';
import { renderPdf } from '../pdf/write-pdf.ts';
import { letterOutline } from './letter-outline.ts';
import type { LetterModel } from './letter-model.ts';

export async function renderLetterPdf(model: LetterModel, controller: Controller): Promise<Buffer> {
  return renderPdf(letterOutline(model, controller));
}
