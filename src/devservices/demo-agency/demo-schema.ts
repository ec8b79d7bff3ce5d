// Creates and drops the demo agency's tables on its targets. createDemoSchema is idempotent;
// the seeder loads into tables without secondary indexes and builds them afterwards.
import type { DemoConnection } from './demo-connection.ts';
import {
  MARKER_TABLE, createIndexSql, createMarkerTableSql, createTableSql, dropIndexSql,
} from './demo-ddl.ts';
import type { DemoTargets } from './demo-target.ts';
import { demoTablesFor, type DemoTargetRole } from './demo-tables.ts';
import { openDemoConnections, type DemoConnections } from './open-demo-connections.ts';

const ROLES: readonly DemoTargetRole[] = ['postgres', 'mariadb'];

export async function createDemoTables(connection: DemoConnection, role: DemoTargetRole): Promise<void> {
  for (const table of demoTablesFor(role)) await connection.execute(createTableSql(table, connection.dialect));
  await connection.execute(createMarkerTableSql(connection.dialect));
}

export async function createDemoIndexes(connection: DemoConnection, role: DemoTargetRole): Promise<void> {
  for (const table of demoTablesFor(role)) {
    for (const column of table.indexes) await connection.execute(createIndexSql(table, column));
  }
}

export async function dropDemoIndexes(connection: DemoConnection, role: DemoTargetRole): Promise<void> {
  for (const table of demoTablesFor(role)) {
    for (const column of table.indexes) await connection.execute(dropIndexSql(table, column, connection.dialect));
  }
}

export async function dropDemoTables(connection: DemoConnection, role: DemoTargetRole): Promise<void> {
  for (const table of demoTablesFor(role)) await connection.execute(`DROP TABLE IF EXISTS ${table.name}`);
  if (await connection.tableExists(MARKER_TABLE)) {
    await connection.query(`DELETE FROM ${MARKER_TABLE} WHERE role = ?`, [role]);
  }
}

export async function withDemoConnections<T>(
  targets: DemoTargets, work: (connections: DemoConnections) => Promise<T>,
): Promise<T> {
  const connections = await openDemoConnections(targets);
  try {
    return await work(connections);
  } finally {
    await connections.close();
  }
}

/** Creates every demo table with its indexes where missing; safe to run again. */
export async function createDemoSchema(targets: DemoTargets): Promise<void> {
  await withDemoConnections(targets, async (connections) => {
    for (const role of ROLES) {
      await createDemoTables(connections.for(role), role);
      await createDemoIndexes(connections.for(role), role);
    }
  });
}

/** Drops every demo table (and the roles' seed markers). */
export async function dropDemoSchema(targets: DemoTargets): Promise<void> {
  await withDemoConnections(targets, async (connections) => {
    for (const role of ROLES) await dropDemoTables(connections.for(role), role);
  });
}
