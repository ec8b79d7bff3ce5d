// A letter as an HTML fragment for the e-service and the console: `<div class="letter" lang="…">`.
import type { Controller } from '../../catalog/catalog-types.ts';
import type { SafeHtml } from '../../lib/html.ts';
import { outlineHtml, type OutlineHtmlOptions } from '../outline-html.ts';
import { letterOutline } from './letter-outline.ts';
import type { LetterModel } from './letter-model.ts';

export function renderLetterHtml(model: LetterModel, controller: Controller, options: OutlineHtmlOptions = {}): SafeHtml {
  return outlineHtml(letterOutline(model, controller), 'letter', options);
}
