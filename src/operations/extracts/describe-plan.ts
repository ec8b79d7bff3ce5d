// The collection plan in words with the queries it would run, for `insyn extract plan`. Nothing
// is run and no value is shown: identity numbers and followed keys appear as placeholders.
import { planCollection, type PlanStep } from '../../access/collection-plan.ts';
import type { Catalog, EngineKind } from '../../catalog/catalog-types.ts';
import { selectStatement } from '../../connectors/sql/select-statement.ts';
import { COLLECT_ROW_LIMIT, RIGHTS_PURPOSE } from './collect-extract.ts';

function conditions(step: PlanStep) {
  return [
    ...step.identityFields.map((field) => ({ field: field.field, values: [`<personnummer as ${field.form}>`] })),
    ...step.via.map((via) => ({ field: via.field, values: [`<${via.key} values from ${via.from}>`] })),
  ];
}

function query(step: PlanStep, engine: EngineKind): string {
  const { dataset } = step;
  const fields = dataset.fields.map((field) => field.name);
  const where = conditions(step);
  if (engine === 'http') return `POST ${dataset.location}/search ${JSON.stringify({ anyOf: where, fields, limit: COLLECT_ROW_LIMIT })}`;
  const statement = selectStatement({ location: dataset.location, fields, where, limit: COLLECT_ROW_LIMIT }, engine === 'mariadb' ? 'backtick' : 'double-quote');
  return `${statement.sql}\n      parameters: ${statement.parameters.join(', ')}`;
}

export function describePlan(catalog: Catalog): string {
  const engines = new Map(catalog.systems.map((system) => [system.id, system.engine]));
  const engineOf = (step: PlanStep): EngineKind => engines.get(step.dataset.system)!;
  const plan = planCollection(catalog, RIGHTS_PURPOSE);
  const lines = [`Collection plan (purpose: ${plan.purpose}); datasets in one stage are read in parallel.`, ''];
  for (const [index, stage] of plan.stages.entries()) {
    lines.push(`Stage ${index + 1}:`);
    for (const step of stage) {
      const roles = step.identityFields.map((field) => `${field.field} (${field.subjectCategory})`);
      const via = step.via.map((link) => `${link.field} → ${link.from}.${link.key}`);
      lines.push(`  ${step.dataset.qualifiedId} [${engineOf(step)}]`);
      if (roles.length > 0) lines.push(`    as: ${roles.join(', ')}`);
      if (via.length > 0) lines.push(`    via: ${via.join(', ')}`);
      lines.push(`    query: ${query(step, engineOf(step))}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
