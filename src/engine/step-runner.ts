// The memo behind JobContext.step: a step whose name is stored in job_step for the job returns
// the stored result; otherwise it runs and its result is stored.
//
// Lookups are read fresh from the database, never from a copy held by the run: a run may have
// lost its job to another worker (its lease ran out while it stood still) and must then see
// the steps the new holder finished. Lookups started in the same turn (a stage's steps start
// together) share one SELECT. When another run stored the step first, its result stands and
// is returned, so that both runs go on with the same one.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { JobContext } from './job-definition.ts';

type Lookup = (name: string) => Promise<{ readonly found: boolean; readonly result?: unknown }>;

/** Collects the names asked for until the current turn's microtasks run, then reads them in one statement. */
function batchedLookup(db: Kysely<Database>, jobId: number): Lookup {
  let batch: { readonly names: Set<string>; readonly stored: Promise<Map<string, unknown>> } | undefined;
  const read = async (names: Set<string>) => {
    batch = undefined;
    const rows = await db.selectFrom('job_step').select(['name', 'result'])
      .where('job_id', '=', jobId).where('name', 'in', [...names]).execute();
    return new Map(rows.map((row) => [row.name, row.result]));
  };
  return async (name) => {
    if (!batch) {
      const names = new Set<string>();
      batch = { names, stored: Promise.resolve().then(() => read(names)) };
    }
    batch.names.add(name);
    const stored = await batch.stored;
    return stored.has(name) ? { found: true, result: stored.get(name) } : { found: false };
  };
}

/** Stores the step's result; when another run stored it first, returns that run's result instead. */
async function store(db: Kysely<Database>, jobId: number, name: string, result: unknown): Promise<unknown> {
  const json = JSON.stringify(result ?? null);
  const inserted = await db.insertInto('job_step')
    .values({ job_id: jobId, name, result: json })
    .onConflict((conflict) => conflict.columns(['job_id', 'name']).doNothing())
    .returning('name')
    .executeTakeFirst();
  if (inserted) return JSON.parse(json);
  const stored = await db.selectFrom('job_step').select('result')
    .where('job_id', '=', jobId).where('name', '=', name).executeTakeFirstOrThrow();
  return stored.result;
}

export function stepRunner(db: Kysely<Database>, jobId: number): JobContext['step'] {
  const lookUp = batchedLookup(db, jobId);
  return async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const done = await lookUp(name);
    if (done.found) return done.result as T;
    return await store(db, jobId, name, await fn()) as T;
  };
}
