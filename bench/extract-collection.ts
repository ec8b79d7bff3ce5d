// Collection time per extract, three ways for each sampled person, in alternating order so that
// neither way always finds the other's pages in the cache:
//   request:  what a real request costs — registering it (request row, log event and job in one
//             transaction), the in-process worker claiming the job, every plan step through the
//             access layer (log event before and after each read) with its rows saved as a part
//             of the extract and the step memoised, the secrecy screen, the job settled;
//   access:   only the plan's reads through the access layer (log events included), no job, no stores;
//   baseline: the hand-written queries of extract-baseline-queries.ts;
//   logged:   the same queries with the processing-log events the law requires (every read logged
//             before it happens and its outcome after): one append of the stage's attempt events
//             before its queries and one of their outcomes after — the least any lawful collection
//             can wait for.
// Row counts per dataset of the request and the baseline must agree; any difference is reported.
import { planCollection } from '../src/access/collection-plan.ts';
import type { Row } from '../src/connectors/connector.ts';
import type { IdentityNumber } from '../src/domain/personnummer.ts';
import { EXTRACT_ACTOR, RIGHTS_PURPOSE } from '../src/operations/extracts/collect-extract.ts';
import { listExtractParts } from '../src/stores/extract-part-store.ts';
import { baselineCollect, baselineStageDatasets, type BaselinePools, type StageHook } from './extract-baseline-queries.ts';
import type { ExtractStack } from './extract-stack.ts';

export interface CollectionFigures {
  readonly request: readonly number[];
  readonly access: readonly number[];
  readonly baseline: readonly number[];
  readonly logged: readonly number[];
  /** Datasets whose row counts differed between the request and the baseline (counts only). */
  readonly mismatches: readonly string[];
  readonly failed: number;
  readonly rows: number;
}

/** The plan's reads through the access layer alone; resolves to rows per dataset. */
export async function readThroughAccessLayer(stack: ExtractStack, subject: IdentityNumber): Promise<Map<string, number>> {
  const rows = new Map<string, readonly Row[]>();
  for (const stage of planCollection(stack.catalog, RIGHTS_PURPOSE).stages) {
    await Promise.all(stage.map(async (step) => {
      const dataset = step.dataset.qualifiedId;
      const via = step.via.map((link) => ({
        field: link.field,
        values: [...new Set((rows.get(link.from) ?? []).map((row) => row[link.key]).filter((value) => value !== null && value !== undefined).map(String))],
      })).filter((condition) => condition.values.length > 0);
      if (step.identityFields.length === 0 && via.length === 0) return void rows.set(dataset, []);
      const result = await stack.sources.access.readSubject({
        actor: EXTRACT_ACTOR, purpose: RIGHTS_PURPOSE, subject, dataset,
        identityFields: step.identityFields.map((field) => field.field), via, stepId: 'bench',
      });
      rows.set(dataset, result.rows);
    }));
  }
  return new Map([...rows].map(([dataset, found]) => [dataset, found.length]));
}

/** Latency of one processing-log append on an idle log (as each read's event before and after waits for). */
export async function measureAppend(stack: ExtractStack, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await stack.log.append([{
      actor: 'bench', purpose: RIGHTS_PURPOSE, legalBasis: 'bench', kind: 'read', subjectKey: stack.subjectKey('000000000000'),
      datasets: ['bench.append'], fields: [], stepId: 'bench-append',
    }]);
    times.push(performance.now() - started);
  }
  return times;
}

type Way = 'request' | 'access' | 'baseline' | 'logged';

/** The stage's attempt events in one append before the reads, their outcomes in one append after. */
function loggedStages(stack: ExtractStack, subject: IdentityNumber): StageHook {
  const subjectKey = stack.subjectKey(subject.normalized);
  const event = (dataset: string) => ({
    actor: EXTRACT_ACTOR.id, purpose: RIGHTS_PURPOSE, legalBasis: 'bench', kind: 'read' as const, subjectKey,
    datasets: [dataset], fields: [], stepId: 'bench-logged',
  });
  return async (stage, run) => {
    const datasets = baselineStageDatasets(stage);
    const attempts = await stack.log.append(datasets.map(event));
    await run();
    await stack.log.append(datasets.map((dataset, index) => ({ ...event(dataset), outcomeOf: attempts[index]!.id, outcome: 'success' as const })));
  };
}

interface Outcome {
  readonly ms: number;
  readonly counts?: ReadonlyMap<string, number>;
  readonly failed?: boolean;
}

async function timed(way: Way, stack: ExtractStack, pools: BaselinePools, subject: IdentityNumber): Promise<Outcome> {
  const started = performance.now();
  if (way === 'baseline' || way === 'logged') {
    const counts = await baselineCollect(pools, subject, way === 'logged' ? loggedStages(stack, subject) : undefined);
    return { ms: performance.now() - started, counts };
  }
  if (way === 'access') {
    await readThroughAccessLayer(stack, subject);
    return { ms: performance.now() - started };
  }
  const id = await stack.request(subject);
  const request = await stack.collect(id);
  const ms = performance.now() - started;
  const parts = await listExtractParts(stack.database.db, id);
  return { ms, counts: new Map(parts.map((part) => [part.dataset, part.items.length])), failed: request.status === 'failed' };
}

function differing(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((dataset) => (a.get(dataset) ?? 0) !== (b.get(dataset) ?? 0));
}

export async function measureCollection(
  stack: ExtractStack, pools: BaselinePools, persons: readonly IdentityNumber[], warmup: number,
): Promise<CollectionFigures> {
  const times: Record<Way, number[]> = { request: [], access: [], baseline: [], logged: [] };
  const mismatches = new Set<string>();
  let failed = 0;
  let rows = 0;
  for (const [index, subject] of persons.entries()) {
    const order: Way[] = index % 2 === 0 ? ['baseline', 'logged', 'access', 'request'] : ['request', 'access', 'logged', 'baseline'];
    const outcomes = new Map<Way, Outcome>();
    for (const way of order) outcomes.set(way, await timed(way, stack, pools, subject));
    const baseline = outcomes.get('baseline')!;
    const request = outcomes.get('request')!;
    if (request.failed) failed += 1;
    for (const dataset of differing(request.counts!, baseline.counts!)) mismatches.add(dataset);
    if (index < warmup) continue;
    rows += [...baseline.counts!.values()].reduce((sum, n) => sum + n, 0);
    for (const way of order) times[way].push(outcomes.get(way)!.ms);
  }
  return { ...times, mismatches: [...mismatches], failed, rows };
}
