// Changing and deleting one record where it lives (issue 6), the same behaviour on PGlite, the real
// PostgreSQL and the real MariaDB, each in a database of its own: a change applies once and a re-run
// says so; a record changed meanwhile, gone, or whose key is not unique (a table without a primary
// key) is a SOURCE_CONFLICT that changes nothing; values stay values; racing changes never both apply.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { PGlite } from '@electric-sql/pglite';
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { Connector, UpdateRequest } from '../../src/connectors/connector.ts';
import { createMariadbConnector } from '../../src/connectors/sql/mariadb-connector.ts';
import { createPGliteConnector } from '../../src/connectors/sql/pglite-connector.ts';
import { createPostgresConnector } from '../../src/connectors/sql/postgres-connector.ts';
import { quoteIdentifier, type QuoteStyle } from '../../src/connectors/sql/quote-identifier.ts';
import { isInsynError } from '../../src/domain/error-catalogue.ts';
import { scratchMariadb, scratchPostgres, type ScratchDatabase } from '../support/test-databases.ts';

// Names that need quoting on every engine; no primary key, so duplicates of a key can exist.
const table = 'kund "rad"; x`y';
const column = { nr: 'nr', del: 'del-nr', namn: 'namn "full"', born: 'född', points: 'poäng', note: 'note', kod: 'kod' } as const;
const columns = Object.values(column);

interface Person {
  readonly nr: string;
  readonly del: number;
  readonly namn: string | null;
  readonly born?: string | null;
  readonly points?: number | null;
  readonly note?: string | null;
  readonly kod?: string | null;
}

type Exec = (sql: string, parameters?: readonly unknown[]) => Promise<void>;

interface Holder {
  readonly exec: Exec;
  release(): Promise<void>;
}

/** Raw access to an engine's database, beside the connector under test. */
interface Target {
  readonly connector: Connector;
  readonly style: QuoteStyle;
  readonly exec: Exec;
  /** Locks the rows of `nr` in a transaction of its own, which can do more (`exec`) until `release` commits it. */
  holdLock?(nr: string): Promise<Holder>;
  /** How many statements wait for a row lock in this database. */
  lockWaits?(): Promise<number>;
  close(): Promise<void>;
}

const targets: Record<string, Target | undefined> = {};
const scratch: ScratchDatabase[] = [];

function ddl(style: QuoteStyle, types: Record<keyof typeof column, string>, suffix = ''): string {
  const q = (name: string) => quoteIdentifier(name, style);
  const definitions = (Object.keys(column) as (keyof typeof column)[]).map((name) => `${q(column[name])} ${types[name]}`);
  return `create table ${q(table)} (${definitions.join(', ')})${suffix}`;
}

const types = { nr: 'varchar(60)', del: 'integer', namn: 'varchar(100)', born: 'date', points: 'integer', note: 'varchar(100)', kod: 'char(8)' };
const lockSql = (style: QuoteStyle, placeholder: string) =>
  `select * from ${quoteIdentifier(table, style)} where ${quoteIdentifier(column.nr, style)} = ${placeholder} for update`;

async function pgliteTarget(): Promise<Target> {
  const pglite = new PGlite();
  await pglite.query(ddl('double-quote', types));
  return {
    connector: createPGliteConnector({ systemId: 'pglite-system', engine: 'postgresql', pglite }),
    style: 'double-quote',
    exec: async (sql, parameters = []) => {
      await pglite.query(sql, [...parameters]);
    },
    close: () => pglite.close(),
  };
}

async function postgresTarget(database: ScratchDatabase): Promise<Target> {
  const pool = new pg.Pool({ connectionString: database.url, max: 3 });
  await pool.query(ddl('double-quote', types));
  return {
    connector: createPostgresConnector({ systemId: 'pg-system', url: database.url }),
    style: 'double-quote',
    exec: async (sql, parameters = []) => {
      await pool.query(sql, [...parameters]);
    },
    holdLock: async (nr) => {
      const client = await pool.connect();
      await client.query('begin');
      await client.query(lockSql('double-quote', '$1'), [nr]);
      return {
        exec: async (sql, parameters = []) => {
          await client.query(sql, [...parameters]);
        },
        release: async () => {
          await client.query('commit');
          client.release();
        },
      };
    },
    lockWaits: async () => Number((await pool.query(
      "select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")).rows[0].n),
    close: () => pool.end(),
  };
}

async function mariadbTarget(database: ScratchDatabase): Promise<Target> {
  const pool = mysql.createPool({ uri: database.url, connectionLimit: 3 });
  // The usual collation: `=` ignores case and trailing spaces, which the connector must not.
  await pool.query(ddl('backtick', types, ' character set utf8mb4 collate utf8mb4_general_ci'));
  return {
    connector: createMariadbConnector({ systemId: 'maria-system', url: database.url }),
    style: 'backtick',
    exec: async (sql, parameters = []) => {
      await pool.query(sql, [...parameters]);
    },
    holdLock: async (nr) => {
      const connection = await pool.getConnection();
      await connection.beginTransaction();
      await connection.query(lockSql('backtick', '?'), [nr]);
      return {
        exec: async (sql, parameters = []) => {
          await connection.query(sql, [...parameters]);
        },
        release: async () => {
          await connection.commit();
          connection.release();
        },
      };
    },
    // InnoDB lists a transaction among its lock waits only once it holds a lock of its own; the process list shows every one.
    lockWaits: async () => {
      const [rows] = await pool.query(
        "select count(*) as n from information_schema.processlist where db = database() and command = 'Query' and info like 'select %for update'");
      return Number((rows as { n: number }[])[0]!.n);
    },
    close: () => pool.end(),
  };
}

before(async () => {
  const t = { skip: () => {} };
  targets.pglite = await pgliteTarget();
  const postgres = await scratchPostgres(t);
  if (postgres) {
    scratch.push(postgres);
    targets.postgres = await postgresTarget(postgres);
  }
  const mariadb = await scratchMariadb(t);
  if (mariadb) {
    scratch.push(mariadb);
    targets.mariadb = await mariadbTarget(mariadb);
  }
});

after(async () => {
  for (const target of Object.values(targets)) {
    await target?.connector.close();
    await target?.close();
  }
  for (const database of scratch) await database.drop();
});

async function insert(target: Pick<Target, 'exec' | 'style'>, ...people: Person[]): Promise<void> {
  const q = (name: string) => quoteIdentifier(name, target.style);
  for (const person of people) {
    const values = [person.nr, person.del, person.namn, person.born ?? null, person.points ?? null, person.note ?? null, person.kod ?? null];
    const placeholders = values.map((_, index) => (target.style === 'backtick' ? '?' : `$${index + 1}`)).join(', ');
    await target.exec(`insert into ${q(table)} (${columns.map(q).join(', ')}) values (${placeholders})`, values);
  }
}

/** The rows of `nr` as text (null stays null), ordered by del-nr then name, read through the connector. */
async function rowsOf(target: Target, nr: string): Promise<Record<string, string | null>[]> {
  const rows = await target.connector.read({ location: table, fields: columns, where: [{ field: column.nr, values: [nr] }], limit: 20 });
  return rows
    .map((row) => Object.fromEntries(columns.map((name) => [name, row[name] === null ? null : String(row[name])])))
    .sort((a, b) => Number(a[column.del]) - Number(b[column.del]) || String(a[column.namn]).localeCompare(String(b[column.namn])));
}

const text = (person: Person): Record<string, string | null> => ({
  [column.nr]: person.nr, [column.del]: String(person.del), [column.namn]: person.namn, [column.born]: person.born ?? null,
  [column.points]: person.points === undefined || person.points === null ? null : String(person.points), [column.note]: person.note ?? null,
  [column.kod]: person.kod ?? null,
});

const conflict = (error: unknown) => isInsynError(error, 'SOURCE_CONFLICT');
const keyOf = (person: Person) => ({ [column.nr]: person.nr, [column.del]: String(person.del) });
/** Each outcome of racing changes: the outcome, `conflict` for SOURCE_CONFLICT, or the unexpected error. */
const outcomesOf = (settled: readonly PromiseSettledResult<string>[]) =>
  settled.map((result) => (result.status === 'fulfilled' ? result.value : conflict(result.reason) ? 'conflict' : String(result.reason)));
/** A change of the name only, decided on `from`. */
const rename = (key: Record<string, string>, from: string, to: string): UpdateRequest =>
  ({ location: table, key, expect: { [column.namn]: from }, set: { [column.namn]: to } });

for (const engine of ['pglite', 'postgres', 'mariadb']) {
  const use = (t: { skip(message: string): void }) => {
    const target = targets[engine];
    if (!target) t.skip(`${engine} is not reachable: this suite did not run`);
    return target;
  };

  test(`${engine}: the connector declares read, update and delete`, (t) => {
    const target = use(t);
    if (!target) return;
    assert.deepEqual([...target.connector.capabilities].sort(), ['delete', 'read', 'update']);
  });

  test(`${engine}: an update applies to the one record, dates and integers round-trip, and a re-run is already applied`, async (t) => {
    const target = use(t);
    if (!target) return;
    const person: Person = { nr: 'demo-upd', del: 1, namn: 'Demo Testsson', born: '1990-01-01', points: 7, note: 'n' };
    const neighbour: Person = { ...person, del: 2 };
    await insert(target, person, neighbour);
    const request: UpdateRequest = {
      location: table, key: keyOf(person),
      expect: { [column.namn]: 'Demo Testsson', [column.born]: '1990-01-01', [column.points]: '7' },
      set: { [column.namn]: 'Demo Rättad', [column.born]: '2026-03-02', [column.points]: '42' },
    };
    assert.equal(await target.connector.update!(request), 'updated');
    const changed = { ...person, namn: 'Demo Rättad', born: '2026-03-02', points: 42 };
    assert.deepEqual(await rowsOf(target, person.nr), [text(changed), text(neighbour)]);
    assert.equal(await target.connector.update!(request), 'already-applied');
    assert.deepEqual(await rowsOf(target, person.nr), [text(changed), text(neighbour)]);
  });

  test(`${engine}: a record changed since it was read is a SOURCE_CONFLICT and stays as it is`, async (t) => {
    const target = use(t);
    if (!target) return;
    const person: Person = { nr: 'demo-meanwhile', del: 1, namn: 'Demo Annan', born: '1990-01-01', points: 3 };
    await insert(target, person);
    const request = { ...rename(keyOf(person), 'Demo Testsson', 'Demo Rättad'), set: { [column.namn]: 'Demo Rättad', [column.points]: '9' } };
    await assert.rejects(target.connector.update!(request), (error) => conflict(error) && /changed since it was read/.test((error as Error).message)
      && !(error as Error).message.includes('Demo'));
    assert.deepEqual(await rowsOf(target, person.nr), [text(person)]);
  });

  test(`${engine}: text is compared exactly: case counts though the database's = may not`, async (t) => {
    const target = use(t);
    if (!target) return;
    const person: Person = { nr: 'demo-case', del: 1, namn: 'Demo Testsson' };
    await insert(target, person);
    const loudKey = { [column.nr]: 'DEMO-CASE', [column.del]: '1' };
    await assert.rejects(target.connector.update!(rename(loudKey, 'Demo Testsson', 'X')), conflict);
    await assert.rejects(target.connector.update!(rename(keyOf(person), 'DEMO TESTSSON', 'X')), conflict);
    // Holding the new value in another case is not "already applied" either.
    await assert.rejects(target.connector.update!(rename(keyOf(person), 'Z', 'DEMO TESTSSON')), conflict);
    if (engine === 'mariadb') {
      // MariaDB finds the row for the louder key, but it is not the key's own record: not deleted, not "gone".
      await assert.rejects(target.connector.delete!({ location: table, key: loudKey }), conflict);
    } else {
      assert.equal(await target.connector.delete!({ location: table, key: loudKey }), 'already-gone');
    }
    assert.deepEqual(await rowsOf(target, person.nr), [text(person)]);
  });

  test(`${engine}: a key that matches no record is a SOURCE_CONFLICT for an update`, async (t) => {
    const target = use(t);
    if (!target) return;
    await assert.rejects(target.connector.update!({
      location: table, key: { [column.nr]: 'demo-nobody', [column.del]: '1' }, expect: { [column.namn]: 'A' }, set: { [column.namn]: 'B' },
    }), (error) => conflict(error) && /gone/.test((error as Error).message));
  });

  test(`${engine}: a key matching two rows (no primary key) changes and deletes neither`, async (t) => {
    const target = use(t);
    if (!target) return;
    const twin: Person = { nr: 'demo-twin', del: 1, namn: 'Demo Tvilling', points: 1 };
    await insert(target, twin, twin);
    await assert.rejects(target.connector.update!(rename(keyOf(twin), 'Demo Tvilling', 'Demo En')),
      (error) => conflict(error) && /matches 2 records/.test((error as Error).message));
    await assert.rejects(target.connector.delete!({ location: table, key: keyOf(twin) }),
      (error) => conflict(error) && /matches 2 records/.test((error as Error).message));
    assert.deepEqual(await rowsOf(target, twin.nr), [text(twin), text(twin)]);
  });

  test(`${engine}: a delete removes the one record, then says it is already gone`, async (t) => {
    const target = use(t);
    if (!target) return;
    const person: Person = { nr: 'demo-del', del: 1, namn: 'Demo Borta' };
    const neighbour: Person = { nr: 'demo-del', del: 2, namn: 'Demo Kvar' };
    await insert(target, person, neighbour);
    assert.equal(await target.connector.delete!({ location: table, key: keyOf(person) }), 'deleted');
    assert.deepEqual(await rowsOf(target, person.nr), [text(neighbour)]);
    assert.equal(await target.connector.delete!({ location: table, key: keyOf(person) }), 'already-gone');
    assert.deepEqual(await rowsOf(target, person.nr), [text(neighbour)]);
  });

  test(`${engine}: null is expected and set as null, and differs from the empty text`, async (t) => {
    const target = use(t);
    if (!target) return;
    const person: Person = { nr: 'demo-null', del: 1, namn: 'Demo Null', note: null, points: null };
    const empty: Person = { nr: 'demo-null', del: 2, namn: 'Demo Tom', note: '' };
    await insert(target, person, empty);
    const key = keyOf(person);
    const fill = { location: table, key, expect: { [column.note]: null, [column.points]: null }, set: { [column.note]: 'ny' } };
    assert.equal(await target.connector.update!(fill), 'updated');
    assert.equal((await rowsOf(target, person.nr))[0]![column.note], 'ny');
    const clear = { location: table, key, expect: { [column.note]: 'ny' }, set: { [column.note]: null, [column.born]: null } };
    assert.equal(await target.connector.update!(clear), 'updated');
    assert.equal(await target.connector.update!(clear), 'already-applied');
    const notEmpty = { location: table, key: keyOf(empty), expect: { [column.note]: null }, set: { [column.note]: 'x' } };
    await assert.rejects(target.connector.update!(notEmpty), conflict);
    assert.deepEqual(await rowsOf(target, person.nr), [text(person), text(empty)]);
  });

  test(`${engine}: quotes and semicolons in values stay values, in the key and in the new value`, async (t) => {
    const target = use(t);
    if (!target) return;
    const hostile = `demo'"; drop table x; --`;
    const person: Person = { nr: hostile, del: 1, namn: "O'Demo" };
    await insert(target, person);
    const set = { [column.namn]: `x'); delete from "${table}"; -- \` \\` };
    assert.equal(await target.connector.update!({ location: table, key: keyOf(person), expect: { [column.namn]: "O'Demo" }, set }), 'updated');
    assert.deepEqual(await rowsOf(target, hostile), [text({ ...person, namn: set[column.namn]! })]);
    assert.equal(await target.connector.delete!({ location: table, key: keyOf(person) }), 'deleted');
    assert.deepEqual(await rowsOf(target, hostile), []);
    assert.ok((await rowsOf(target, 'demo-upd')).length > 0, 'the other rows are still there');
  });

  test(`${engine}: a fixed-width char key finds its record (the database pads it with spaces)`, async (t) => {
    const target = use(t);
    if (!target) return;
    const person: Person = { nr: 'demo-char', del: 1, namn: 'Demo Kod', kod: 'AB12' };
    await insert(target, person);
    const request = rename({ [column.kod]: 'AB12' }, 'Demo Kod', 'Demo Kodad');
    assert.equal(await target.connector.update!(request), 'updated');
    assert.equal(await target.connector.update!(request), 'already-applied');
    assert.equal((await rowsOf(target, person.nr))[0]![column.namn], 'Demo Kodad');
  });

  test(`${engine}: a value the column refuses is SOURCE_UNAVAILABLE without the value, rolls back, and the connector works on`, async (t) => {
    const target = use(t);
    if (!target) return;
    const person: Person = { nr: 'demo-refused', del: 1, namn: 'Demo Vägrad', points: 5 };
    await insert(target, person);
    const refused = 'många-poäng-19121212';
    const error = await target.connector.update!({
      location: table, key: keyOf(person), expect: { [column.namn]: 'Demo Vägrad' }, set: { [column.namn]: 'Demo Ändrad', [column.points]: refused },
    }).then(() => undefined, (caught: unknown) => caught);
    assert.ok(isInsynError(error, 'SOURCE_UNAVAILABLE'), String(error));
    assert.ok(!(error as Error).message.includes('19121212') && !JSON.stringify(error).includes('19121212'));
    assert.deepEqual(await rowsOf(target, person.nr), [text(person)]);
    const accepted = { location: table, key: keyOf(person), expect: { [column.points]: '5' }, set: { [column.points]: '6' } };
    assert.equal(await target.connector.update!(accepted), 'updated');
    await assert.rejects(target.connector.delete!({ location: 'no_such_table', key: keyOf(person) }),
      (caught) => isInsynError(caught, 'SOURCE_UNAVAILABLE'));
    await assert.rejects(target.connector.update!({ location: table, key: keyOf(person), expect: {}, set: {} }), TypeError);
  });

  test(`${engine}: two updates racing on one record with the same expectation never both apply`, async (t) => {
    const target = use(t);
    if (!target) return;
    const same: Person = { nr: 'demo-race-same', del: 1, namn: 'Demo Lopp' };
    const rival: Person = { nr: 'demo-race-rival', del: 1, namn: 'Demo Lopp' };
    await insert(target, same, rival);
    const race = async (person: Person, sets: readonly string[]) => {
      // Where the engine allows it, both start while a third transaction holds the row, so they meet at the lock.
      const holder = await target.holdLock?.(person.nr);
      const racing = sets.map((value) => target.connector.update!(rename(keyOf(person), 'Demo Lopp', value)));
      let waiting = 0;
      if (holder) {
        const deadline = Date.now() + 5_000;
        while ((waiting = await target.lockWaits!()) < sets.length && Date.now() < deadline) await sleep(20);
        await holder.release();
      }
      const settled = await Promise.allSettled(racing);
      if (holder) assert.equal(waiting, sets.length, `both updates waited at the lock: ${outcomesOf(settled).join()}`);
      return settled;
    };

    const identical = outcomesOf(await race(same, ['Demo Vinnare', 'Demo Vinnare']));
    assert.equal(identical.filter((outcome) => outcome === 'updated').length, 1, identical.join());
    assert.ok(identical.every((outcome) => ['updated', 'already-applied', 'conflict'].includes(outcome)), identical.join());
    assert.equal((await rowsOf(target, same.nr))[0]![column.namn], 'Demo Vinnare');

    const different = outcomesOf(await race(rival, ['Demo Ett', 'Demo Två']));
    assert.deepEqual([...different].sort(), ['conflict', 'updated'], different.join());
    const winner = different[0] === 'updated' ? 'Demo Ett' : 'Demo Två';
    assert.deepEqual(await rowsOf(target, rival.nr), [text({ ...rival, namn: winner })]);
  });

  test(`${engine}: many updates at once on one record: exactly one applies`, async (t) => {
    const target = use(t);
    if (!target) return;
    const person: Person = { nr: 'demo-crowd', del: 1, namn: 'Demo Trängsel' };
    await insert(target, person);
    const settled = await Promise.allSettled(Array.from({ length: 8 }, () =>
      target.connector.update!(rename(keyOf(person), 'Demo Trängsel', 'Demo Först'))));
    const values = outcomesOf(settled);
    assert.equal(values.filter((value) => value === 'updated').length, 1, values.join());
    assert.ok(values.every((value) => value === 'updated' || value === 'already-applied' || value === 'conflict'), values.join());
  });

  // PGlite runs one transaction at a time: no change there can wait for another.
  const twinTitle = `${engine}: a record gaining a twin while the change waits for it is a SOURCE_CONFLICT; neither row changes`;
  if (engine !== 'pglite') test(twinTitle, async (t) => {
    const target = use(t);
    if (!target?.holdLock) return;
    const person: Person = { nr: 'demo-phantom', del: 1, namn: 'Demo Fantom' };
    await insert(target, person);
    const holder = await target.holdLock(person.nr);
    const waiting = target.connector.update!(rename(keyOf(person), 'Demo Fantom', 'Demo Ändrad'))
      .then((outcome) => outcome, (error: unknown) => error);
    const deadline = Date.now() + 5_000;
    while ((await target.lockWaits!()) < 1 && Date.now() < deadline) await sleep(20);
    // PostgreSQL's locking read has already chosen its one row; only the UPDATE would see the twin.
    await insert({ exec: holder.exec, style: target.style }, person);
    await holder.release();
    const outcome = await waiting;
    assert.ok(conflict(outcome), String(outcome));
    assert.deepEqual(await rowsOf(target, person.nr), [text(person), text(person)]);
  });
}
