// The baseline for the extract bench's collection figure: a hand-written, optimal set of queries
// for everything the demo agency holds on one person, written by someone who knows the schema.
// One query per dataset, OR / IN over the person's identity numbers (in each system's stored
// form) and case ids, in the plan's dependency order: the datasets found by identity numbers
// in parallel, then, with the person's case ids, the datasets that point at cases, in parallel.
// No processing log, no job, no stored copy: just the reads. Pools as the connectors open them
// (one per system, five connections, the same type parsers); the document archive is an HTTP
// system, so its query is one hand-written search through its HTTP connector.
import mysql from 'mysql2/promise';
import pg from 'pg';
import type { Connector } from '../src/connectors/connector.ts';
import { postgresTextTypes } from '../src/connectors/sql/text-types.ts';
import { formatIdentityNumber, type IdentityNumber } from '../src/domain/personnummer.ts';

type Engine = 'postgres' | 'mariadb';
type Row = Record<string, unknown>;

/** The person's identity number in each stored form, and the case ids found in stage 0. */
export interface BaselineKeys {
  readonly pnr12: string;
  readonly pnr12dash: string;
  readonly pnr10: string;
  readonly pnr10dash: string;
  readonly caseIds: readonly string[];
}

interface BaselineQuery {
  readonly dataset: string;
  readonly system: string;
  readonly engine: Engine;
  readonly table: string;
  readonly stage: 0 | 1;
  /** SQL and parameters for this person; undefined when there is nothing to ask (no cases). */
  readonly statement: (keys: BaselineKeys) => { sql: string; params: unknown[] } | undefined;
}

const ids = (keys: BaselineKeys) => keys.caseIds.map(Number);

export const baselineQueries: readonly BaselineQuery[] = [
  {
    dataset: 'folkbokforing.person', system: 'folkbokforing', engine: 'postgres', table: 'fb_person', stage: 0,
    statement: (k) => ({
      sql: 'select pnr, id_kind, id_level, given_name, family_name, street, postal_code, city, protection, updated_at from fb_person where pnr = $1',
      params: [k.pnr12],
    }),
  },
  {
    dataset: 'folkbokforing.relation', system: 'folkbokforing', engine: 'postgres', table: 'fb_relation', stage: 0,
    statement: (k) => ({
      sql: 'select relation_id, guardian_pnr, child_pnr, relation_type, valid_from from fb_relation where guardian_pnr = $1 or child_pnr = $1',
      params: [k.pnr12],
    }),
  },
  {
    dataset: 'arenden.arende', system: 'arenden', engine: 'postgres', table: 'arende', stage: 0,
    statement: (k) => ({
      sql: 'select case_id, pnr, benefit, status, opened_on, closed_on, decision, automated_decision, child_statement from arende where pnr = $1',
      params: [k.pnr12dash],
    }),
  },
  {
    dataset: 'kontakthistorik.kontakt', system: 'kontakthistorik', engine: 'postgres', table: 'kontakt', stage: 0,
    statement: (k) => ({
      sql: 'select contact_id, pnr, channel, contact_at, summary, third_party_pnr, third_party_note, handler_note from kontakt where pnr = $1 or third_party_pnr = $2',
      params: [k.pnr10, k.pnr12],
    }),
  },
  {
    dataset: 'utlamnanden.utlamnande', system: 'utlamnanden', engine: 'mariadb', table: 'utlamnande', stage: 0,
    statement: (k) => ({
      sql: 'select disclosure_id, pnr, recipient, legal_basis, disclosed_at, data_categories, channel, particular_inquiry from utlamnande where pnr = ?',
      params: [k.pnr12],
    }),
  },
  {
    dataset: 'mina-sidor.avisering', system: 'mina-sidor', engine: 'mariadb', table: 'avisering', stage: 0,
    statement: (k) => ({
      sql: 'select setting_id, pnr, reminder, by_sms, by_email, mobile, email, set_at from avisering where pnr = ?',
      params: [k.pnr12],
    }),
  },
  {
    dataset: 'arenden.utkast', system: 'arenden', engine: 'postgres', table: 'arende_utkast', stage: 1,
    statement: (k) => k.caseIds.length === 0 ? undefined : {
      sql: 'select draft_id, case_id, written_on, text from arende_utkast where case_id = any($1::bigint[])',
      params: [k.caseIds],
    },
  },
  {
    dataset: 'arenden.arbetsgivaruppgift', system: 'arenden', engine: 'postgres', table: 'arende_arbetsgivare', stage: 1,
    statement: (k) => ({
      sql: 'select employer_entry_id, case_id, employer_name, contact_pnr, contact_name, contact_phone, monthly_salary from arende_arbetsgivare '
        + 'where contact_pnr = $1 or case_id = any($2::bigint[])',
      params: [k.pnr12, k.caseIds],
    }),
  },
  {
    dataset: 'utbetalningar.utbetalning', system: 'utbetalningar', engine: 'mariadb', table: 'utbetalning', stage: 1,
    statement: (k) => k.caseIds.length === 0
      ? { sql: 'select payment_id, pnr, case_id, amount_sek, paid_on, account_last4 from utbetalning where pnr = ?', params: [k.pnr10dash] }
      : { sql: 'select payment_id, pnr, case_id, amount_sek, paid_on, account_last4 from utbetalning where pnr = ? or case_id in (?)', params: [k.pnr10dash, ids(k)] },
  },
  {
    dataset: 'lakarintyg.intyg', system: 'lakarintyg', engine: 'mariadb', table: 'intyg', stage: 1,
    statement: (k) => {
      const columns = 'certificate_id, case_id, patient_pnr, doctor_pnr, doctor_name, care_unit, diagnosis_code, assessment, period_from, period_to';
      return k.caseIds.length === 0
        ? { sql: `select ${columns} from intyg where patient_pnr = ? or doctor_pnr = ?`, params: [k.pnr12, k.pnr12] }
        : { sql: `select ${columns} from intyg where patient_pnr = ? or doctor_pnr = ? or case_id in (?)`, params: [k.pnr12, k.pnr12, ids(k)] };
    },
  },
];

/** The document archive (HTTP): one search with the person's number and case ids. */
const DOCUMENT_FIELDS = ['document_id', 'pnr', 'case_id', 'title', 'document_type', 'registered_on'];

/** What the archive runs for that search (demo-archive-store.ts), for EXPLAIN. */
export function archiveStatement(k: BaselineKeys): { sql: string; params: unknown[] } {
  const cases = k.caseIds.map((_, index) => `$${index + 2}`).join(', ');
  return {
    sql: `SELECT ${DOCUMENT_FIELDS.join(', ')} FROM dokument WHERE pnr IN ($1)${cases ? ` OR case_id IN (${cases})` : ''} ORDER BY document_id LIMIT 10000`,
    params: [k.pnr12, ...ids(k)],
  };
}

export interface BaselinePools {
  query(system: string, engine: Engine, sql: string, params: readonly unknown[]): Promise<Row[]>;
  readonly archive: Connector;
  close(): Promise<void>;
}

/** One pool per SQL system, configured as the connectors configure theirs. */
export function openBaselinePools(urls: Readonly<Record<Engine, string>>, archive: Connector): BaselinePools {
  const postgres = new Map<string, pg.Pool>();
  const mariadb = new Map<string, mysql.Pool>();
  const pgPool = (system: string) => postgres.get(system) ?? postgres.set(system, new pg.Pool({
    connectionString: urls.postgres, max: 5, application_name: 'insyn-baseline', types: postgresTextTypes,
  })).get(system)!;
  const mariadbPool = (system: string) => mariadb.get(system) ?? mariadb.set(system, mysql.createPool({
    uri: urls.mariadb, connectionLimit: 5, dateStrings: true, supportBigNumbers: true, bigNumberStrings: true,
  })).get(system)!;
  return {
    archive,
    query: async (system, engine, sql, params) => {
      if (engine === 'postgres') return (await pgPool(system).query(sql, [...params])).rows as Row[];
      const [rows] = await mariadbPool(system).query(sql, [...params]);
      return rows as Row[];
    },
    close: async () => {
      await Promise.all([...postgres.values()].map((pool) => pool.end()));
      await Promise.all([...mariadb.values()].map((pool) => pool.end()));
    },
  };
}

export function identityKeys(subject: IdentityNumber, caseIds: readonly string[] = []): BaselineKeys {
  return {
    pnr12: formatIdentityNumber(subject, 'pnr12'), pnr12dash: formatIdentityNumber(subject, 'pnr12-dash'),
    pnr10: formatIdentityNumber(subject, 'pnr10'), pnr10dash: formatIdentityNumber(subject, 'pnr10-dash'), caseIds,
  };
}

async function runStage(pools: BaselinePools, stage: 0 | 1, keys: BaselineKeys, counts: Map<string, number>): Promise<Map<string, Row[]>> {
  const found = new Map<string, Row[]>();
  const reads = baselineQueries.filter((query) => query.stage === stage).map(async (query) => {
    const statement = query.statement(keys);
    const rows = statement ? await pools.query(query.system, query.engine, statement.sql, statement.params) : [];
    found.set(query.dataset, rows);
    counts.set(query.dataset, rows.length);
  });
  if (stage === 1) {
    reads.push(pools.archive.read({
      location: '/documents', fields: DOCUMENT_FIELDS, limit: 100_000,
      where: [{ field: 'pnr', values: [keys.pnr12] }, ...(keys.caseIds.length > 0 ? [{ field: 'case_id', values: [...keys.caseIds] }] : [])],
    }).then((rows) => { counts.set('dokumentarkiv.dokument', rows.length); }));
  }
  await Promise.all(reads);
  return found;
}

/** Datasets each stage of the hand-written queries reads (the archive is read in stage 1). */
export function baselineStageDatasets(stage: 0 | 1): string[] {
  const sql = baselineQueries.filter((query) => query.stage === stage).map((query) => query.dataset);
  return stage === 1 ? [...sql, 'dokumentarkiv.dokument'] : sql;
}

/** Runs around each stage: e.g. the processing-log events the law requires before and after the reads. */
export type StageHook = (stage: 0 | 1, run: () => Promise<void>) => Promise<void>;

/** Reads everything on the person; resolves to rows per dataset (to check against the pipeline's). */
export async function baselineCollect(pools: BaselinePools, subject: IdentityNumber, around?: StageHook): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  const stage = (n: 0 | 1, keys: BaselineKeys) => {
    let found = new Map<string, Row[]>();
    const run = async () => { found = await runStage(pools, n, keys, counts); };
    return (around ? around(n, run) : run()).then(() => found);
  };
  const stage0 = await stage(0, identityKeys(subject));
  const caseIds = (stage0.get('arenden.arende') ?? []).map((row) => String(row.case_id));
  await stage(1, identityKeys(subject, caseIds));
  return counts;
}
