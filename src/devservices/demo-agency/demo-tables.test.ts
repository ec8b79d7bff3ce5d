// The demo tables are the catalog's contract: the same tables, columns and identity fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import { createTableSql } from './demo-ddl.ts';
import { demoTables } from './demo-tables.ts';
import { DEMO_IDENTITY_FORMS } from './demo-identity-forms.ts';

const catalog = loadCatalog('catalog');
const datasets = catalog.systems.flatMap((system) => system.datasets.map((dataset) => ({ system, dataset })));
/** The HTTP archive keeps its rows in the table `dokument`. */
const tableOf = (location: string) => (location === '/documents' ? 'dokument' : location);

test('every catalog dataset has a demo table with exactly its columns, on its engine', () => {
  assert.equal(demoTables.length, datasets.length);
  for (const { system, dataset } of datasets) {
    const table = demoTables.find((candidate) => candidate.name === tableOf(dataset.location));
    assert.ok(table, `no demo table for ${dataset.qualifiedId}`);
    assert.equal(table.system, system.id);
    assert.deepEqual(table.columns.map((column) => column.name).sort(), dataset.fields.map((field) => field.name).sort(), table.name);
    assert.deepEqual([table.primaryKey], dataset.primaryKey, table.name);
    assert.equal(table.role, system.engine === 'mariadb' ? 'mariadb' : 'postgres', table.name);
  }
});

test('every identity field is indexed and has the form the catalog declares', () => {
  const declared = datasets.flatMap(({ dataset }) => dataset.identityFields.map((field) =>
    [`${tableOf(dataset.location)}.${field.field}`, field.form] as const));
  assert.deepEqual(Object.fromEntries(declared), DEMO_IDENTITY_FORMS);
  for (const key of Object.keys(DEMO_IDENTITY_FORMS)) {
    const [name, column] = key.split('.') as [string, string];
    const table = demoTables.find((candidate) => candidate.name === name);
    assert.ok(table && (table.primaryKey === column || table.indexes.includes(column)), `${key} is not indexed`);
  }
});

test('DDL for both engines names every column and the primary key', () => {
  for (const table of demoTables) {
    for (const dialect of ['postgres', 'mariadb'] as const) {
      const sql = createTableSql(table, dialect);
      for (const column of table.columns) assert.match(sql, new RegExp(`\\b${column.name} `));
      assert.match(sql, new RegExp(`PRIMARY KEY \\(${table.primaryKey}\\)`));
    }
  }
  assert.match(createTableSql(demoTables[0]!, 'mariadb'), /ENGINE=InnoDB/);
});
