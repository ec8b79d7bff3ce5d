// One thing wrong with the data map, located in its YAML, and the error that carries them all.
import { InsynError } from '../domain/error-catalogue.ts';

export interface CatalogProblem {
  /** The YAML file, relative to the catalog folder's parent (e.g. `catalog/purposes.yaml`). */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the folder rather than a place in a file. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** `file:line:column message`, as editors and CI logs understand it. */
export function formatProblem(problem: CatalogProblem): string {
  return `${problem.file}:${problem.line}:${problem.column} ${problem.message}`;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Problems in file, line, column order, each reported once. */
export function sortProblems(problems: readonly CatalogProblem[]): readonly CatalogProblem[] {
  const unique = new Map(problems.map((problem) => [formatProblem(problem), problem]));
  return [...unique.values()].sort((a, b) =>
    compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.message, b.message));
}

/** CATALOG_INVALID with every problem found; `detail` names the count and the first one. */
export class CatalogError extends InsynError {
  readonly problems: readonly CatalogProblem[];

  constructor(problems: readonly CatalogProblem[]) {
    const first = problems[0];
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super('CATALOG_INVALID', first ? `${count}, first: ${formatProblem(first)}` : count);
    this.name = 'CatalogError';
    this.problems = problems;
  }
}
