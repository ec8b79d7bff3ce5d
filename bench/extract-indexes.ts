// Whether every field the collection plan reads by (identity fields and references followed) has
// an index that starts with it in the seeded demo tables, on PostgreSQL and MariaDB.
import { planCollection } from '../src/access/collection-plan.ts';
import type { Catalog } from '../src/catalog/catalog-types.ts';
import { RIGHTS_PURPOSE } from '../src/operations/extracts/collect-extract.ts';
import { demoTables } from '../src/devservices/demo-agency/demo-tables.ts';
import type { BaselinePools } from './extract-baseline-queries.ts';

export interface IndexCheck {
  readonly table: string;
  readonly field: string;
  readonly indexed: boolean;
}

/** (table, field) pairs the plan reads by; the HTTP archive's table is the demo `dokument`. */
function planLookups(catalog: Catalog): { table: string; field: string }[] {
  return planCollection(catalog, RIGHTS_PURPOSE).stages.flat().flatMap((step) => {
    const table = step.dataset.system === 'dokumentarkiv' ? 'dokument' : step.dataset.location;
    const fields = [...step.identityFields.map((field) => field.field), ...step.via.map((via) => via.field)];
    return [...new Set(fields)].map((field) => ({ table, field }));
  });
}

async function leadingColumns(pools: BaselinePools, table: string): Promise<Set<string>> {
  const role = demoTables.find((candidate) => candidate.name === table)?.role;
  if (role === 'mariadb') {
    const rows = await pools.query('utbetalningar', 'mariadb',
      'select column_name as c from information_schema.statistics where table_schema = database() and table_name = ? and seq_in_index = 1', [table]);
    return new Set(rows.map((row) => String(row.c ?? row.COLUMN_NAME)));
  }
  const rows = await pools.query('folkbokforing', 'postgres', `
    select a.attname as c from pg_index i
    join pg_class t on t.oid = i.indrelid join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
    where t.relname = $1`, [table]);
  return new Set(rows.map((row) => String(row.c)));
}

export async function checkPlanIndexes(pools: BaselinePools, catalog: Catalog): Promise<IndexCheck[]> {
  const checks: IndexCheck[] = [];
  for (const { table, field } of planLookups(catalog)) {
    checks.push({ table, field, indexed: (await leadingColumns(pools, table)).has(field) });
  }
  return checks;
}
