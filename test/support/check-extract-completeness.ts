// Requests register extracts for many persons through the real worker (all registered first,
// so the worker always has work) and compares each collected extract with the ground truth read directly from the sources. Reports differences
// per person (by label, never by identity number), how many rows were compared, and which
// paths (dataset.column: an identity column or the case link) the expected rows came through.
import { compareExtractParts } from './compare-extract-parts.ts';
import type { ExtractFixture } from './extract-fixture.ts';
import { expectedParts } from './extract-ground-truth.ts';
import type { GroundTruthSources } from './ground-truth-sources.ts';
import { mapConcurrently } from './map-concurrently.ts';
import { requestSettler, type RequestSettler } from './request-settler.ts';

export interface SubjectUnderTest {
  /** A persona's role or `person #index`: never the identity number. */
  readonly label: string;
  /** 12 digits. */
  readonly digits: string;
}

export interface CompletenessResult {
  readonly problems: readonly string[];
  readonly rows: number;
  /** `dataset column` → expected rows reached that way. */
  readonly paths: ReadonlyMap<string, number>;
  /** Request id per label, for later checks. */
  readonly requests: ReadonlyMap<string, string>;
}

interface OneResult {
  readonly problems: string[];
  readonly rows: number;
  readonly paths: Map<string, number>;
  readonly requestId: string;
}

interface Run {
  readonly fixture: ExtractFixture;
  readonly sources: GroundTruthSources;
  readonly settler: RequestSettler;
}

async function checkOne({ fixture, sources, settler }: Run, subject: SubjectUnderTest, requestId: string): Promise<OneResult> {
  const [status, expected] = await Promise.all([settler.settled(requestId), expectedParts(sources, subject.digits)]);
  const paths = new Map<string, number>();
  let rows = 0;
  for (const [dataset, byKey] of expected) {
    for (const row of byKey.values()) {
      rows += 1;
      for (const column of row.matchedBy) paths.set(`${dataset} ${column}`, (paths.get(`${dataset} ${column}`) ?? 0) + 1);
    }
  }
  if (status !== 'review' && status !== 'ready') {
    return { problems: [`${subject.label}: the request ended ${status}`], rows, paths, requestId };
  }
  const problems = compareExtractParts(await fixture.parts(requestId), expected).map((problem) => `${subject.label}: ${problem}`);
  return { problems, rows, paths, requestId };
}

export async function checkExtractCompleteness(
  fixture: ExtractFixture, sources: GroundTruthSources, subjects: readonly SubjectUnderTest[], concurrency = 4,
): Promise<CompletenessResult> {
  const requestIds: string[] = [];
  for (const subject of subjects) requestIds.push(await fixture.request(subject.digits));
  const settler = requestSettler(fixture.logDatabase.db);
  const run = { fixture, sources, settler };
  let results: OneResult[];
  try {
    results = await mapConcurrently(subjects.map((subject, index) => [subject, requestIds[index]!] as const), concurrency,
      ([subject, requestId]) => checkOne(run, subject, requestId));
  } finally {
    settler.stop();
  }
  const paths = new Map<string, number>();
  for (const result of results) {
    for (const [path, count] of result.paths) paths.set(path, (paths.get(path) ?? 0) + count);
  }
  return {
    problems: results.flatMap((result) => result.problems),
    rows: results.reduce((sum, result) => sum + result.rows, 0),
    paths,
    requests: new Map(subjects.map((subject, index) => [subject.label, results[index]!.requestId])),
  };
}
