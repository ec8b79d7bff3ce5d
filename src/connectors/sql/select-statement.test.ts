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
  const request = { location: 'utbetalning', fields: ['pnr', 'amount_sek'], where: [{ field: 'pnr', values: ["900101-1234'; drop table x; --", '900101+1234'] }], limit: 50 };
  const postgres = selectStatement(request, 'double-quote');
  assert.equal(postgres.sql, 'select "pnr", "amount_sek" from "utbetalning" where "pnr" in ($1, $2) limit 50');
  assert.deepEqual(postgres.parameters, request.where[0]?.values);
  const mariadb = selectStatement(request, 'backtick');
  assert.equal(mariadb.sql, 'select `pnr`, `amount_sek` from `utbetalning` where `pnr` in (?, ?) limit 50');
  assert.ok(!postgres.sql.includes('drop') && !mariadb.sql.includes('drop'));
});

test('a read without fields, values or a sane limit is a programmer error', () => {
  const base = { location: 't', fields: ['a'], where: [{ field: 'a', values: ['1'] }], limit: 1 };
  assert.throws(() => selectStatement({ ...base, fields: [] }, 'backtick'), TypeError);
  assert.throws(() => selectStatement({ ...base, where: [{ field: 'a', values: [] }] }, 'backtick'), TypeError);
  assert.throws(() => selectStatement({ ...base, where: [] }, 'backtick'), TypeError);
  assert.throws(() => selectStatement({ ...base, limit: 0 }, 'backtick'), TypeError);
  assert.throws(() => selectStatement({ ...base, limit: 1.5 }, 'backtick'), TypeError);
});

test('several conditions are one SELECT joined with OR, parameters numbered across them', () => {
  const request = { location: 'utbetalning', fields: ['payment_id'], where: [{ field: 'pnr', values: ['a'] }, { field: 'case_id', values: ['b', 'c'] }], limit: 9 };
  const postgres = selectStatement(request, 'double-quote');
  assert.equal(postgres.sql, 'select "payment_id" from "utbetalning" where "pnr" in ($1) or "case_id" in ($2, $3) limit 9');
  assert.deepEqual(postgres.parameters, ['a', 'b', 'c']);
  assert.equal(selectStatement(request, 'backtick').sql, 'select `payment_id` from `utbetalning` where `pnr` in (?) or `case_id` in (?, ?) limit 9');
});
