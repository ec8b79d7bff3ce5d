// What the change-kill soak checks once the last worker is done, for every request: its run is
// done with exactly one receipt; every applied erasure item is done (deleted, or already gone when
// a killed run had deleted it) and its record is gone from the source; every kept item's record
// (unless the person it is about had it erased on their own request) — and every other row of
// the demo agency — is there with the values it had before; the
// processing log shows no record erased twice and no erasure unlogged; no Art. 19 notification
// was queued twice; no job failed. Problems are named by request and dataset, never by key.
import { sql, type Kysely } from 'kysely';
import type { ContentSealer } from '../src/audit/content-sealer.ts';
import type { Catalog } from '../src/catalog/catalog-types.ts';
import type { Database } from '../src/db/database-schema.ts';
import { rowsNamed, tableOf, type DemoSnapshot } from './demo-snapshot.ts';

export interface SoakItem {
  readonly id: string;
  readonly requestId: string;
  readonly dataset: string;
  readonly decision: 'apply' | 'keep';
  readonly status: string;
  readonly outcome: string | null;
  readonly key: Readonly<Record<string, string>>;
}

export interface Checked {
  readonly problems: string[];
  readonly figures: Record<string, number>;
}

export async function loadItems(db: Kysely<Database>, sealer: ContentSealer): Promise<SoakItem[]> {
  const rows = await db.selectFrom('change_item').select(['id', 'request_id', 'dataset', 'decision', 'status', 'outcome', 'key_sealed']).execute();
  return rows.map((row) => ({
    id: row.id, requestId: row.request_id, dataset: row.dataset, decision: row.decision, status: row.status, outcome: row.outcome,
    key: row.key_sealed ? sealer.openJson<Record<string, string>>(row.key_sealed, `${row.id}/key`) : {},
  }));
}

export async function checkRuns(db: Kysely<Database>, requestIds: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const runs = new Map((await db.selectFrom('change_execution').select(['request_id', 'status', 'receipt_letter_id']).execute())
    .map((row) => [row.request_id, row]));
  const receipts = new Map((await db.selectFrom('letter').select(['request_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('kind', '=', 'receipt').groupBy('request_id').execute()).map((row) => [row.request_id, Number(row.n)]));
  for (const requestId of requestIds) {
    const run = runs.get(requestId);
    if (run?.status !== 'done' || !run.receipt_letter_id) problems.push(`request ${requestId}: the run is ${run?.status ?? 'missing'}`);
    if (receipts.get(requestId) !== 1) problems.push(`request ${requestId}: ${receipts.get(requestId) ?? 0} receipt letters, not one`);
  }
  return problems;
}

export function checkItems(items: readonly SoakItem[]): string[] {
  const problems: string[] = [];
  for (const item of items) {
    const settled = item.decision === 'apply'
      ? item.status === 'done' && (item.outcome === 'deleted' || item.outcome === 'already-gone')
      : item.status === 'done' && item.outcome === 'kept';
    if (!settled) problems.push(`request ${item.requestId}: a ${item.decision} item in ${item.dataset} is ${item.status}/${item.outcome}`);
  }
  return problems;
}

/** The rows the applied items named before the run, as `table/id`. */
function erasedRows(catalog: Catalog, before: DemoSnapshot, after: DemoSnapshot, items: readonly SoakItem[], problems: string[]): Set<string> {
  const erased = new Set<string>();
  for (const item of items.filter((candidate) => candidate.decision === 'apply')) {
    const table = tableOf(catalog, item.dataset);
    const ids = rowsNamed(before, table, item.key);
    if (ids.length !== 1) problems.push(`request ${item.requestId}: an applied item in ${item.dataset} named ${ids.length} records before the run`);
    for (const id of ids) erased.add(`${table.name}/${id}`);
    if (rowsNamed(after, table, item.key).length > 0) problems.push(`request ${item.requestId}: an erased record in ${item.dataset} is still there`);
  }
  return erased;
}

/**
 * Applied items' records gone; kept items' records unchanged — unless the person the record is
 * about had it erased on their own request (a contact that names someone else is kept on that
 * person's request as a third party's record); every other row unchanged; nothing new.
 */
export function checkRows(catalog: Catalog, before: DemoSnapshot, after: DemoSnapshot, items: readonly SoakItem[]): Checked {
  const problems: string[] = [];
  const erased = erasedRows(catalog, before, after, items, problems);
  let keptRecords = 0;
  let keptErasedByOwner = 0;
  for (const item of items.filter((candidate) => candidate.decision === 'keep')) {
    const table = tableOf(catalog, item.dataset);
    for (const id of rowsNamed(before, table, item.key)) {
      if (erased.has(`${table.name}/${id}`)) {
        keptErasedByOwner += 1;
        continue;
      }
      keptRecords += 1;
      if (after.get(table.name)?.get(id)?.text !== before.get(table.name)!.get(id)!.text) problems.push(`request ${item.requestId}: a kept record in ${item.dataset} changed or is gone`);
    }
  }
  let untouched = 0;
  for (const [table, rows] of before) {
    const now = after.get(table)!;
    for (const [id, row] of rows) {
      if (erased.has(`${table}/${id}`)) continue;
      untouched += 1;
      if (now.get(id)?.text !== row.text) problems.push(`${table}: a record no item erases changed or is gone`);
    }
    for (const id of now.keys()) if (!rows.has(id)) problems.push(`${table}: a row appeared`);
  }
  return { problems, figures: { recordsErased: erased.size, keptRecords, keptErasedByOwner, untouchedRows: untouched } };
}

interface EraseEvents { attempts: number; deleted: number; alreadyGone: number; other: number }

/** The log's erase events per request and dataset (the log names datasets, not records). */
async function eraseEvents(db: Kysely<Database>): Promise<Map<string, EraseEvents>> {
  const { rows } = await sql<{ step_id: string; dataset: string; outcome: string | null; result: string | null; n: number }>`
    select step_id, datasets->>0 as dataset, outcome, detail->>'result' as result, count(*)::int as n
    from processing_log where kind = 'erase' group by 1, 2, 3, 4`.execute(db);
  const events = new Map<string, EraseEvents>();
  for (const row of rows) {
    const key = `${row.step_id}/${row.dataset}`;
    const counts = events.get(key) ?? { attempts: 0, deleted: 0, alreadyGone: 0, other: 0 };
    events.set(key, counts);
    if (row.outcome === null) counts.attempts += row.n;
    else if (row.outcome === 'success' && row.result === 'deleted') counts.deleted += row.n;
    else if (row.outcome === 'success' && row.result === 'already-gone') counts.alreadyGone += row.n;
    else counts.other += row.n;
  }
  return events;
}

/**
 * Per request and dataset: no more `deleted` successes than applied items (nothing erased twice),
 * an attempt logged before every erasure, a success logged for every item settled.
 */
export async function checkLog(db: Kysely<Database>, items: readonly SoakItem[]): Promise<Checked> {
  const applied = new Map<string, number>();
  for (const item of items) if (item.decision === 'apply') applied.set(`${item.requestId}/${item.dataset}`, (applied.get(`${item.requestId}/${item.dataset}`) ?? 0) + 1);
  const events = await eraseEvents(db);
  const problems: string[] = [];
  const figures = { eraseAttempts: 0, eraseAttemptsUnfinished: 0, logAlreadyGone: 0, eraseFailuresLogged: 0 };
  for (const [key, counts] of events) {
    const items = applied.get(key) ?? 0;
    if (counts.deleted > items) problems.push(`${key}: ${counts.deleted} records logged as deleted for ${items} items: erased twice`);
    if (counts.attempts < items) problems.push(`${key}: ${counts.attempts} erase attempts logged for ${items} items`);
    if (counts.deleted + counts.alreadyGone < items) problems.push(`${key}: ${counts.deleted + counts.alreadyGone} successes logged for ${items} items`);
    figures.eraseAttempts += counts.attempts;
    figures.eraseAttemptsUnfinished += counts.attempts - counts.deleted - counts.alreadyGone - counts.other;
    figures.logAlreadyGone += counts.alreadyGone;
    figures.eraseFailuresLogged += counts.other;
  }
  for (const key of applied.keys()) if (!events.has(key)) problems.push(`${key}: no erase logged`);
  return { problems, figures };
}

/** One notification per request, kind and recipient; the receipt's list of those told is the queued one. */
export async function checkNotifications(db: Kysely<Database>): Promise<Checked> {
  const rows = await db.selectFrom('recipient_notification').select(['request_id', 'kind', 'recipient']).execute();
  const problems: string[] = [];
  const seen = new Set<string>();
  const told = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = `${row.request_id}/${row.kind}/${row.recipient}`;
    if (seen.has(key)) problems.push(`request ${row.request_id}: ${row.recipient} is told twice of the ${row.kind}`);
    seen.add(key);
    told.set(row.request_id ?? '', (told.get(row.request_id ?? '') ?? new Set()).add(row.recipient));
  }
  for (const run of await db.selectFrom('change_execution').select(['request_id', 'notified']).execute()) {
    const queued = [...(told.get(run.request_id) ?? [])].sort().join(',');
    if (queued !== [...run.notified].sort().join(',')) problems.push(`request ${run.request_id}: the receipt names other recipients than were queued`);
  }
  return { problems, figures: { notifications: rows.length } };
}

/** No job failed; every run's job done; the jobs the soak's worker leaves to others never claimed. */
export async function checkJobs(db: Kysely<Database>, kind: string): Promise<Checked> {
  const rows = await db.selectFrom('job').select(['kind', 'status', 'attempts', 'last_error_code']).execute();
  const problems: string[] = [];
  for (const row of rows.filter((candidate) => candidate.status === 'failed')) problems.push(`a ${row.kind} job failed with ${row.last_error_code}`);
  const runs = rows.filter((row) => row.kind === kind);
  if (runs.some((row) => row.status !== 'done')) problems.push(`${runs.filter((row) => row.status !== 'done').length} ${kind} jobs are not done`);
  if (rows.some((row) => row.kind !== kind && row.attempts > 0)) problems.push('a job of another kind was claimed');
  const attempts = runs.reduce((sum, row) => sum + row.attempts, 0);
  return { problems, figures: { jobAttempts: attempts, jobsLeftToOthers: rows.length - runs.length } };
}
