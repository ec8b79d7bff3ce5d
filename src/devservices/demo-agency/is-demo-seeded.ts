// Whether a seed has completed into both demo targets: `npm start` seeds on first start.
import type { DemoConnection } from './demo-connection.ts';
import { MARKER_TABLE } from './demo-ddl.ts';
import { withDemoConnections } from './demo-schema.ts';
import type { DemoTargets } from './demo-target.ts';
import type { DemoTargetRole } from './demo-tables.ts';

async function roleSeeded(connection: DemoConnection, role: DemoTargetRole): Promise<boolean> {
  if (!(await connection.tableExists(MARKER_TABLE))) return false;
  return (await connection.query(`SELECT persons FROM ${MARKER_TABLE} WHERE role = ?`, [role])).length > 0;
}

export async function isDemoSeeded(targets: DemoTargets): Promise<boolean> {
  return withDemoConnections(targets, async (connections) =>
    (await roleSeeded(connections.postgres, 'postgres')) && (await roleSeeded(connections.mariadb, 'mariadb')));
}
