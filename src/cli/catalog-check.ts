// `insyn catalog check`: validates the data map and prints every problem as
// `file:line:column message`, or one OK line with what the catalog holds. Needs no database.
import { formatProblem } from '../catalog/catalog-problem.ts';
import type { Catalog } from '../catalog/catalog-types.ts';
import { checkCatalog } from '../catalog/check-catalog.ts';
import { catalogDir } from './catalog-dir.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';

function summary(catalog: Catalog): string {
  const datasets = catalog.systems.flatMap((system) => system.datasets);
  const fields = datasets.reduce((sum, dataset) => sum + dataset.fields.length, 0);
  return `OK: ${catalog.systems.length} systems, ${datasets.length} datasets, ${fields} fields\n`;
}

export const catalogCheckCommand: Command = {
  name: 'catalog check',
  summary: 'Check the data map (catalog); report every problem at file:line:column.',
  usage: '[--dir DIR]\n\n'
    + '  --dir DIR  the catalog folder (default: INSYN_CATALOG_DIR, ./catalog)\n\n'
    + 'Prints `OK: …` and exits 0, or prints each problem as `file:line:column message` and exits 1.',
  async run({ args, io, config }) {
    const { values } = parseOptions(args, { dir: { type: 'string' } });
    const { catalog, problems } = checkCatalog(catalogDir(values.dir, config));
    if (catalog) {
      io.out.write(summary(catalog));
      return 0;
    }
    for (const problem of problems) io.out.write(`${formatProblem(problem)}\n`);
    io.err.write(`insyn catalog check: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
    return 1;
  },
};
