import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteIdentifier } from './quote-identifier.ts';
import { selectStatement } from './select-statement.ts';

test('identifiers are quoted for each engine, with embedded quotes doubled', () => {
  assert.equal(quoteIdentifier('arende', 'double-quote'), '"arende"');
  assert.equal(quoteIdentifier('demo.arende', 'double-quote'), '"demo"."arende"');
  assert.equal(quoteIdentifier('a"b', 'double-quote'), '"a""b"');
  assert.equal(quoteIdentifier('a`b', 'backtick'), '`a``b`');
  assert.throws(() => quoteIdentifier('a.b.c', 'backtick'), TypeError);
  assert.throws(() => quoteIdentifier('', 'backtick'), TypeError);
});

test('a read is one parameterised SELECT: values never enter the SQL text', () => {
  const request = { location: 'utbetalning', fields: ['pnr', 'amount_sek'], where: { field: 'pnr', values: ["900101-1234'; drop table x; --", '900101+1234'] }, limit: 50 };
  const postgres = selectStatement(request, 'double-quote');
  assert.equal(postgres.sql, 'select "pnr", "amount_sek" from "utbetalning" where "pnr" in ($1, $2) limit 50');
  assert.deepEqual(postgres.parameters, request.where.values);
  const mariadb = selectStatement(request, 'backtick');
  assert.equal(mariadb.sql, 'select `pnr`, `amount_sek` from `utbetalning` where `pnr` in (?, ?) limit 50');
  assert.ok(!postgres.sql.includes('drop') && !mariadb.sql.includes('drop'));
});

test('a read without fields, values or a sane limit is a programmer error', () => {
  const base = { location: 't', fields: ['a'], where: { field: 'a', values: ['1'] }, limit: 1 };
  assert.throws(() => selectStatement({ ...base, fields: [] }, 'backtick'), TypeError);
  assert.throws(() => selectStatement({ ...base, where: { field: 'a', values: [] } }, 'backtick'), TypeError);
  assert.throws(() => selectStatement({ ...base, limit: 0 }, 'backtick'), TypeError);
  assert.throws(() => selectStatement({ ...base, limit: 1.5 }, 'backtick'), TypeError);
});
