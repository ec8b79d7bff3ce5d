// Writes an extract's files (PDF/A, JSON, HTML) next to each other. Each file is written under a
// temporary name and renamed when complete, so a crash never leaves half a file behind.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { extractHtmlDocument } from '../../documents/extract-html-document.ts';
import { extractJson } from '../../documents/extract-json.ts';
import type { DocumentOutline } from '../../documents/document-outline.ts';
import type { ExtractModel } from '../../documents/extract-model.ts';
import { extractOutline } from '../../documents/extract-outline.ts';
import { writePdf } from '../../documents/pdf/write-pdf.ts';

export const extractFormats = ['pdf', 'json', 'html'] as const;
export type ExtractFormat = (typeof extractFormats)[number];

async function writeAtomically(path: string, write: (temporary: string) => Promise<void>): Promise<void> {
  // A fresh name each time: a run killed earlier (same PID in a container) never blocks the next.
  const temporary = `${path}.${randomBytes(6).toString('hex')}.partial`;
  try {
    await write(temporary);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

async function writePdfFile(path: string, outline: DocumentOutline): Promise<void> {
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  try {
    await writePdf(outline, out);
  } finally {
    out.end();
    await finished(out);
  }
}

/** Writes `<base>.<format>` for each format; resolves to the paths written. */
export async function writeExtractFiles(model: ExtractModel, base: string, formats: readonly ExtractFormat[]): Promise<string[]> {
  const paths: string[] = [];
  // The PDF and the HTML lay out the same outline: built once.
  const outline = formats.some((format) => format !== 'json') ? extractOutline(model) : undefined;
  for (const format of formats) {
    const path = `${base}.${format}`;
    await writeAtomically(path, (temporary) => {
      if (format === 'pdf') return writePdfFile(temporary, outline!);
      const text = format === 'json' ? extractJson(model) : extractHtmlDocument(outline!);
      return writeFile(temporary, text, { flag: 'wx', mode: 0o600 });
    });
    paths.push(path);
  }
  return paths;
}
