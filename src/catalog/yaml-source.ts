// The catalog's YAML files as parsed documents that remember where each node sits, so that
// a problem found in the loaded data can be reported at its file, line and column.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import type { CatalogProblem } from './catalog-problem.ts';

export interface YamlSource {
  /** Path shown in problems: relative to the catalog folder's parent, `/` separated. */
  readonly file: string;
  readonly document: Document;
  readonly lineCounter: LineCounter;
}

export type YamlPath = readonly (string | number)[];

export interface YamlPosition {
  readonly line: number;
  readonly column: number;
}

function yamlFiles(directory: string, prefix: string): string[] {
  return readdirSync(join(directory, prefix), { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => (prefix ? `${prefix}/${entry.name}` : entry.name))
    .sort();
}

function hasSystemsFolder(directory: string): boolean {
  return readdirSync(directory, { withFileTypes: true }).some((entry) => entry.isDirectory() && entry.name === 'systems');
}

/** The shown name of the folder itself, for problems that concern no file in particular. */
export function folderLabel(directory: string): string {
  return basename(resolve(directory));
}

function parseSource(directory: string, relative: string): { source: YamlSource; problems: CatalogProblem[] } {
  const lineCounter = new LineCounter();
  const text = readFileSync(join(directory, relative), 'utf8');
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const file = `${folderLabel(directory)}/${relative}`;
  const problems = document.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { file, line, column: col, message: `YAML syntax: ${error.message.split('\n')[0]}` };
  });
  return { source: { file, document, lineCounter }, problems };
}

/** Parses every `*.yaml` directly in the folder, then `systems/*.yaml`, in name order. */
export function readYamlSources(directory: string): { sources: YamlSource[]; problems: CatalogProblem[] } {
  const relatives = [...yamlFiles(directory, ''), ...(hasSystemsFolder(directory) ? yamlFiles(directory, 'systems') : [])];
  const sources: YamlSource[] = [];
  const problems: CatalogProblem[] = [];
  for (const relative of relatives) {
    const parsed = parseSource(directory, relative);
    sources.push(parsed.source);
    problems.push(...parsed.problems);
  }
  return { sources, problems };
}

function child(node: Node, segment: string | number): { key?: Node; value?: Node } {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    return pair ? { key: pair.key as Node, value: (pair.value ?? undefined) as Node | undefined } : {};
  }
  if (isSeq(node) && typeof segment === 'number') return { value: node.items[segment] as Node | undefined };
  return {};
}

/**
 * Where the node at `path` starts (its key when `at` is 'key'); when the path leads to
 * something the file does not have, the deepest node on the way that it does have.
 */
export function locateInSource(source: YamlSource, path: YamlPath, at: 'key' | 'value' = 'value'): YamlPosition {
  let node = source.document.contents as Node | null;
  let found: Node | undefined = node ?? undefined;
  for (const [index, segment] of path.entries()) {
    if (!node) break;
    if (isAlias(node)) node = node.resolve(source.document) ?? null;
    if (!node) break;
    const next = child(node, segment);
    if (!next.key && !next.value) break;
    const last = index === path.length - 1;
    found = (last && at === 'key' && next.key) || next.value || next.key;
    node = next.value ?? null;
  }
  const offset = found?.range?.[0] ?? 0;
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}
