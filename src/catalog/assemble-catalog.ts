// Puts the top-level keys of every YAML file of the catalog folder together into one object
// shaped like the catalog schema, and remembers which file holds which key, so that any
// path in that object can be traced back to a file, line and column.
import { isMap, isScalar } from 'yaml';
import type { CatalogProblem } from './catalog-problem.ts';
import { catalogYamlSchema } from './catalog-schema.ts';
import { locateInSource, type YamlPath, type YamlSource } from './yaml-source.ts';

/** A path in the assembled catalog, e.g. ['systems', 2, 'datasets', 0, 'purposes', 1]. */
export type CatalogPath = readonly (string | number)[];

export type Locator = (path: CatalogPath, at?: 'key' | 'value') => Omit<CatalogProblem, 'message'>;

export interface AssembledCatalog {
  readonly raw: Record<string, unknown>;
  readonly locate: Locator;
  readonly problems: readonly CatalogProblem[];
}

const topLevelKeys = Object.keys(catalogYamlSchema.properties).filter((key) => key !== 'systems');

interface Owners {
  readonly byKey: Map<string, YamlSource>;
  readonly systems: YamlSource[];
}

function describeKeys(): string {
  return [...topLevelKeys, 'system'].map((key) => `\`${key}\``).join(', ');
}

function where(source: YamlSource, path: YamlPath): string {
  const { line, column } = locateInSource(source, path, 'key');
  return `${source.file}:${line}:${column}`;
}

function problemAt(source: YamlSource, path: YamlPath, message: string): CatalogProblem {
  return { file: source.file, ...locateInSource(source, path, 'key'), message };
}

function takeKeys(source: YamlSource, raw: Record<string, unknown>, owners: Owners, problems: CatalogProblem[]): void {
  const contents = source.document.contents;
  if (contents === null) return;
  if (!isMap(contents)) {
    problems.push({ file: source.file, ...locateInSource(source, []), message: 'the file must be a mapping of top-level keys' });
    return;
  }
  const values = source.document.toJS() as Record<string, unknown>;
  for (const pair of contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    const first = owners.byKey.get(key);
    if (key === 'system') {
      owners.systems.push(source);
      (raw.systems as unknown[]).push(values[key]);
    } else if (!topLevelKeys.includes(key)) {
      problems.push(problemAt(source, [key], `unknown top-level key \`${key}\`; expected one of ${describeKeys()}`));
    } else if (first) {
      problems.push(problemAt(source, [key], `\`${key}\` is defined twice: here and at ${where(first, [key])}`));
    } else {
      owners.byKey.set(key, source);
      raw[key] = values[key];
    }
  }
}

function locator(folder: string, owners: Owners): Locator {
  const nowhere = { file: folder, line: 0, column: 0 };
  return (path, at = 'value') => {
    const [top, index, ...rest] = path;
    if (top === 'systems' && typeof index === 'number') {
      const source = owners.systems[index];
      return source ? { file: source.file, ...locateInSource(source, ['system', ...rest], at) } : nowhere;
    }
    const source = owners.byKey.get(String(top));
    return source ? { file: source.file, ...locateInSource(source, path, at) } : nowhere;
  };
}

/**
 * One object from all sources that parsed without syntax errors. `folder` names the catalog
 * folder in problems that concern no particular file (a top-level key missing everywhere).
 */
export function assembleCatalog(folder: string, sources: readonly YamlSource[]): AssembledCatalog {
  const raw: Record<string, unknown> = { systems: [] };
  const owners: Owners = { byKey: new Map(), systems: [] };
  const problems: CatalogProblem[] = [];
  for (const source of sources) {
    if (source.document.errors.length === 0) takeKeys(source, raw, owners, problems);
  }
  return { raw, locate: locator(folder, owners), problems };
}
