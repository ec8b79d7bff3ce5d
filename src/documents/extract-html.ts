// The register extract as an HTML fragment for a page (the e-service shows it, the console
// previews it): the general outline rendering (outline-html.ts) in a `<div class="extract">`.
import type { SafeHtml } from '../lib/html.ts';
import type { DocumentOutline } from './document-outline.ts';
import { outlineHtml, type OutlineHtmlOptions } from './outline-html.ts';

export type ExtractHtmlOptions = OutlineHtmlOptions;

/** The outline as `<div class="extract" lang="…">…</div>`, everything escaped. */
export function extractHtml(outline: DocumentOutline, options: ExtractHtmlOptions = {}): SafeHtml {
  return outlineHtml(outline, 'extract', options);
}
