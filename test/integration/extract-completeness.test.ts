// Register extracts are complete and leak nothing, on embedded PGlite and on the real PostgreSQL
// + MariaDB (each a demo agency of its own, seeded with the same population):
// 1. for 200 randomly chosen demo persons and every persona, the collected extract holds exactly
//    the rows a hand-written direct read of the sources finds (SQL per dataset, and the document
//    archive over HTTP), with the same values, matched columns and roles;
// 2. after a secrecy review (withheld and redacted by turns, four eyes) no left-out value appears
//    in the PDF, JSON or HTML copy or in the processing log, and the model counts what was left out;
// 3. the processing log holds no identity number in clear, in any stored form.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, suite, test, type TestContext } from 'node:test';
import { loadCatalog } from '../../src/catalog/load-catalog.ts';
import { PERSONA_COUNT } from '../../src/devservices/demo-agency/demo-persona-specs.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { DEFAULT_DEMO_SEED, demoPerson, demoPopulation } from '../../src/devservices/demo-agency/demo-population.ts';
import { checkExtractCompleteness, type SubjectUnderTest } from '../support/check-extract-completeness.ts';
import { checkSecrecyReview, type SecrecyCase } from '../support/check-secrecy-review.ts';
import { openExtractFixture, type ExtractFixture } from '../support/extract-fixture.ts';
import { GROUND_TRUTH_DATASETS } from '../support/ground-truth-datasets.ts';
import { openGroundTruthSources, type GroundTruthSources } from '../support/ground-truth-sources.ts';
import { identityNumbersInLog } from '../support/identity-numbers-in-log.ts';
import { projectRoot } from '../support/run-insyn.ts';
import { sampleIndexes } from '../support/sample-indexes.ts';
import {
  pgliteDatabase, postgresDatabase, scratchMariadb, scratchPostgres, type ScratchDatabase,
} from '../support/test-databases.ts';

const PERSONS = 450;
const SAMPLE = 200;
const SAMPLE_SEED = 20_261_129;

const personas = demoPersonas();
const population = demoPopulation(DEFAULT_DEMO_SEED, PERSONS);
const personaSubjects: SubjectUnderTest[] = Object.entries(personas).map(([role, persona]) => ({ label: role, digits: persona.identityNumber }));
const subjects: SubjectUnderTest[] = [
  ...personaSubjects,
  ...sampleIndexes(SAMPLE_SEED, SAMPLE, PERSONA_COUNT, PERSONS)
    .map((index) => ({ label: `person #${index}`, digits: demoPerson(population, index).id.normalized })),
];

/** Whose extracts go through a secrecy review, and what must wait for it there. */
const secrecyCases: SecrecyCase[] = ([
  ['namesThirdParty', ['kontakthistorik.kontakt third-party']], // names someone else in a contact
  ['ordinaryAdult', ['kontakthistorik.kontakt third-party']], // the one someone else's contact names
  ['employerContact', ['arenden.arbetsgivaruppgift third-party']], // other persons' salaries
  ['draftAndNote', ['arenden.utkast draft-or-note']], // an open case with a draft
  ['skyddadFolkbokforing', ['folkbokforing.person protected-address']], // also a recent contact with the handler's note
  ['sekretessmarkering', ['folkbokforing.person protected-address']],
] as const).map(([role, expects]) => ({ label: role, digits: personas[role].identityNumber, expects }));

interface Backend {
  readonly fixture: ExtractFixture;
  readonly sources: GroundTruthSources;
}

async function openBackend(options: Parameters<typeof openExtractFixture>[0]): Promise<Backend> {
  const fixture = await openExtractFixture({ ...options, persons: PERSONS });
  try {
    return { fixture, sources: await openGroundTruthSources(fixture.sources.demoTargets!) };
  } catch (error) {
    await fixture.close();
    throw error;
  }
}

/** Databases of their own on PostgreSQL and MariaDB; undefined when a service is missing, unless INSYN_REQUIRE_SERVICES=1 (then it throws). */
async function servicesOptions(scratch: ScratchDatabase[]): Promise<Parameters<typeof openExtractFixture>[0] | undefined> {
  const t = { skip: () => {} };
  const logDatabase = await postgresDatabase(t);
  try {
    const demoPostgres = await scratchPostgres(t);
    if (demoPostgres) scratch.push(demoPostgres);
    const demoMariadb = await scratchMariadb(t);
    if (demoMariadb) scratch.push(demoMariadb);
    if (logDatabase && demoPostgres && demoMariadb) return { logDatabase, demoPostgresUrl: demoPostgres.url, demoMariadbUrl: demoMariadb.url };
  } catch (error) {
    await logDatabase?.close();
    throw error;
  }
  await logDatabase?.close();
  return undefined;
}

async function openServicesBackend(scratch: ScratchDatabase[]): Promise<Backend | undefined> {
  const options = await servicesOptions(scratch);
  return options ? openBackend(options) : undefined;
}

async function exactlyTheRows(t: TestContext, backend: Backend): Promise<void> {
  const started = performance.now();
  const result = await checkExtractCompleteness(backend.fixture, backend.sources, subjects);
  t.diagnostic(`${subjects.length} extracts, ${result.rows} source rows compared in ${Math.round(performance.now() - started)} ms`);
  assert.equal(result.problems.length, 0, `${result.problems.length} differences:\n${result.problems.slice(0, 40).join('\n')}`);
  const paths = GROUND_TRUTH_DATASETS.flatMap((spec) => [...spec.identity.map((field) => field.column), ...(spec.caseColumn ? [spec.caseColumn] : [])]
    .map((column) => `${spec.dataset} ${column}`));
  const untried = paths.filter((path) => !result.paths.get(path));
  assert.deepEqual(untried, [], 'every identity column and every case link leads to some expected row');
}

async function nothingLeftOutAppears(t: TestContext, backend: Backend, dir: string): Promise<void> {
  const decisions = new Map<string, number>();
  const turns = new Map<string, number>();
  let secrets = 0;
  let released = 0;
  const problems: string[] = [];
  for (const subject of secrecyCases) {
    const outcome = await checkSecrecyReview(backend.fixture, backend.fixture.catalog, subject, dir, turns);
    problems.push(...outcome.problems);
    for (const [name, count] of outcome.decisions) decisions.set(name, (decisions.get(name) ?? 0) + count);
    secrets += outcome.secretsSought;
    released += outcome.releasedFound;
  }
  t.diagnostic(`decisions ${JSON.stringify(Object.fromEntries(decisions))}; ${secrets} left-out values sought, ${released} released values found`);
  assert.equal(problems.length, 0, problems.slice(0, 40).join('\n'));
  for (const kind of ['third-party', 'draft-or-note', 'protected-address']) {
    for (const decision of ['withhold', 'redact']) assert.ok(decisions.get(`${kind} ${decision}`), `a ${kind} item was decided: ${decision}`);
  }
  assert.ok(secrets >= 20, 'enough left-out values to look for');
}

async function noIdentityNumberInLog(t: TestContext, backend: Backend): Promise<void> {
  const search = await identityNumbersInLog(backend.fixture.logDatabase.db, subjects);
  t.diagnostic(`${search.rows} processing-log rows searched for ${subjects.length} persons`);
  assert.ok(search.rows > subjects.length * 10, 'the log holds the extracts\' reads');
  assert.deepEqual(search.found, [], 'no identity number in clear');
}

function backendSuite(name: string, open: (scratch: ScratchDatabase[]) => Promise<Backend | undefined>): void {
  suite(name, { concurrency: 1 }, () => {
    let backend: Backend | undefined;
    const scratch: ScratchDatabase[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'insyn-extract-files-'));
    before(async () => { backend = await open(scratch); });
    after(async () => {
      await backend?.sources.close();
      await backend?.fixture.close();
      for (const database of scratch) await database.drop();
      rmSync(dir, { recursive: true, force: true });
    });
    const on = (title: string, run: (t: TestContext, backend: Backend) => Promise<void>) => test(title, (t) => {
      if (!backend) return t.skip('PostgreSQL or MariaDB is not reachable: this suite did not run');
      return run(t, backend);
    });
    on('each extract holds exactly the person\'s rows, values, matched columns and roles', exactlyTheRows);
    on('withheld and redacted values appear in no file and not in the processing log', (t, opened) => nothingLeftOutAppears(t, opened, dir));
    on('the processing log holds no identity number in clear', noIdentityNumberInLog);
  });
}

test('the hand-written ground truth reads what the catalog declares', () => {
  const catalog = loadCatalog(join(projectRoot, 'catalog'));
  const declared = catalog.systems.flatMap((system) => system.datasets).filter((dataset) => dataset.personalData);
  assert.deepEqual(GROUND_TRUTH_DATASETS.map((spec) => spec.dataset).sort(), declared.map((dataset) => dataset.qualifiedId).sort());
  for (const dataset of declared) {
    const spec = GROUND_TRUTH_DATASETS.find((candidate) => candidate.dataset === dataset.qualifiedId)!;
    assert.deepEqual(spec.columns, dataset.fields.map((field) => field.name), `${spec.dataset}: columns`);
    assert.deepEqual([spec.key], dataset.primaryKey, `${spec.dataset}: key`);
    assert.deepEqual(spec.identity, dataset.identityFields.map((field) => ({ column: field.field, form: field.form, category: field.subjectCategory })), `${spec.dataset}: identity`);
    const caseLinks = dataset.references.filter((reference) => reference.to === 'arenden.arende.case_id').map((reference) => reference.field);
    assert.deepEqual(spec.caseColumn ? [spec.caseColumn] : [], caseLinks, `${spec.dataset}: case link`);
    assert.equal(dataset.references.length, caseLinks.length, `${spec.dataset}: no other references to follow`);
  }
});

suite('register extracts', { concurrency: true }, () => {
  backendSuite('embedded PGlite', async () => openBackend({ logDatabase: await pgliteDatabase() }));
  backendSuite('PostgreSQL + MariaDB', openServicesBackend);
});
