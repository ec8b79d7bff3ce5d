// The text of an extract's files (and of any other store) as a search sees it, to tell whether
// a value appears in them: the JSON's string and number leaves, the HTML's text with entities
// decoded, the PDF's text as pdf.js extracts it. Whitespace is collapsed, so a value wrapped
// over lines is still found; a long value is also looked for with every space removed, so one
// whose word was broken inside a narrow table cell is found too; a short one only as a word.
import { readFile } from 'node:fs/promises';
import { readPdf } from './read-pdf.ts';

export interface SearchableText {
  /** Whitespace runs as one space. */
  readonly spaced: string;
  /** Without any whitespace. */
  readonly dense: string;
}

export function searchable(text: string): SearchableText {
  return { spaced: text.replace(/\s+/g, ' '), dense: text.replace(/\s+/g, '') };
}

/** Values shorter than this are matched only as whole words: a short digit run occurs inside longer numbers and hashes. */
const WORD_MAX_LENGTH = 8;

function asWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

export function containsValue(text: SearchableText, value: string): boolean {
  const spaced = value.replace(/\s+/g, ' ').trim();
  if (spaced.length < WORD_MAX_LENGTH) return asWord(text.spaced, spaced);
  return text.spaced.includes(spaced) || text.dense.includes(value.replace(/\s+/g, ''));
}

function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function htmlText(html: string): string {
  return html.replace(/<[^>]*>/g, '\n').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
}

export async function jsonFileText(path: string): Promise<SearchableText> {
  return searchable(leaves(JSON.parse(await readFile(path, 'utf8'))).join('\n'));
}

export function searchableHtml(html: string): SearchableText {
  return searchable(htmlText(html));
}

export async function htmlFileText(path: string): Promise<SearchableText> {
  return searchableHtml(await readFile(path, 'utf8'));
}

export async function pdfFileText(path: string): Promise<SearchableText> {
  const pdf = await readPdf(await readFile(path));
  return searchable(pdf.pages.flatMap((page) => page.texts.map((text) => text.str)).join('\n'));
}
