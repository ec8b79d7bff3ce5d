// `insyn extract plan`: the collection plan for a register extract and the queries it would
// run, without running anything.
import { describePlan } from '../operations/extracts/describe-plan.ts';
import { catalogDir } from './catalog-dir.ts';
import type { Command } from './command.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { parseOptions } from './parse-options.ts';

export const extractPlanCommand: Command = {
  name: 'extract plan',
  summary: 'Show how a register extract collects from every system: stages, roles, references and queries (runs nothing).',
  usage: '[--dir DIR]\n\n  --dir DIR  the catalog folder (default: INSYN_CATALOG_DIR, ./catalog)',
  async run({ args, io, config }) {
    const { values } = parseOptions(args, { dir: { type: 'string' } });
    io.out.write(describePlan(loadCatalog(catalogDir(values.dir, config))));
    return 0;
  },
};
