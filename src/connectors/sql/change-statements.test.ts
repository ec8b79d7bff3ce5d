import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deletePlan, updatePlan } from './change-statements.ts';

const hostile = "x'; drop table t; --";

test('an update locks the key\'s rows, then sets by the same key: values only ever as parameters', () => {
  const request = {
    location: 'demo.kund "reg"', key: { nr: hostile, 'del`nr': '2' },
    set: { 'namn "full"': 'Ny', note: null }, expect: { 'namn "full"': 'Gammal', points: '7' },
  };
  const postgres = updatePlan(request, 'double-quote');
  assert.equal(postgres.lock.sql, 'select "nr" as "c0", "del`nr" as "c1", "namn ""full""" as "c2", "points" as "c3", "note" as "c4" '
    + 'from "demo"."kund ""reg""" where "nr" = $1 and "del`nr" = $2 for update');
  assert.deepEqual(postgres.lock.parameters, [hostile, '2']);
  assert.deepEqual(postgres.lock.fields, ['nr', 'del`nr', 'namn "full"', 'points', 'note']);
  assert.equal(postgres.write.sql, 'update "demo"."kund ""reg""" set "namn ""full""" = $1, "note" = $2 where "nr" = $3 and "del`nr" = $4');
  assert.deepEqual(postgres.write.parameters, ['Ny', null, hostile, '2']);
  const mariadb = updatePlan(request, 'backtick');
  assert.equal(mariadb.lock.sql, 'select `nr` as `c0`, `del``nr` as `c1`, `namn "full"` as `c2`, `points` as `c3`, `note` as `c4` '
    + 'from `demo`.`kund "reg"` where `nr` = ? and `del``nr` = ? for update');
  assert.equal(mariadb.write.sql, 'update `demo`.`kund "reg"` set `namn "full"` = ?, `note` = ? where `nr` = ? and `del``nr` = ?');
  assert.deepEqual(mariadb.write.parameters, ['Ny', null, hostile, '2']);
  for (const sql of [postgres.lock.sql, postgres.write.sql, mariadb.lock.sql, mariadb.write.sql]) assert.ok(!sql.includes('drop'));
});

test('a field both expected and set is selected once', () => {
  const plan = updatePlan({ location: 't', key: { id: '1' }, set: { a: 'n', id: '2' }, expect: { a: 'o' } }, 'double-quote');
  assert.deepEqual(plan.lock.fields, ['id', 'a']);
  assert.equal(plan.write.sql, 'update "t" set "a" = $1, "id" = $2 where "id" = $3');
});

test('a delete locks the key\'s rows, then deletes by the same key', () => {
  const plan = deletePlan({ location: 't', key: { a: hostile, b: '3' } }, 'backtick');
  assert.equal(plan.lock.sql, 'select `a` as `c0`, `b` as `c1` from `t` where `a` = ? and `b` = ? for update');
  assert.equal(plan.write.sql, 'delete from `t` where `a` = ? and `b` = ?');
  assert.deepEqual(plan.write.parameters, [hostile, '3']);
  assert.equal(deletePlan({ location: 't', key: { a: '1' } }, 'double-quote').write.sql, 'delete from "t" where "a" = $1');
});

test('a malformed change is a programmer error (TypeError), never SQL', () => {
  const base = { location: 't', key: { id: '1' }, set: { a: 'n' }, expect: { a: 'o' } };
  const malformed: unknown[] = [
    { ...base, key: {} },
    { ...base, key: { '': '1' } },
    { ...base, key: { id: null } },
    { ...base, key: { id: 1 } },
    { ...base, set: {} },
    { ...base, set: { '': 'n' } },
    { ...base, set: { a: 5 } },
    { ...base, set: { 'a.b': 'n' } },
    { ...base, expect: { '': 'o' } },
    { ...base, expect: { a: undefined } },
    { ...base, location: '' },
    { ...base, location: 'a.b.c' },
  ];
  for (const request of malformed) {
    assert.throws(() => updatePlan(request as typeof base, 'double-quote'), TypeError, JSON.stringify(request));
  }
  assert.throws(() => deletePlan({ location: 't', key: {} }, 'backtick'), TypeError);
  assert.throws(() => deletePlan({ location: 't', key: { '': 'x' } }, 'backtick'), TypeError);
  assert.throws(() => deletePlan({ location: '', key: { a: 'x' } }, 'backtick'), TypeError);
});

test('an update with nothing expected is allowed: it applies to whatever the one record holds', () => {
  const plan = updatePlan({ location: 't', key: { id: '1' }, set: { a: null }, expect: {} }, 'double-quote');
  assert.deepEqual(plan.write.parameters, [null, '1']);
});
