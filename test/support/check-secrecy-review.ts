// One register extract through a secrecy review, end to end: collected by the real worker,
// reviewed (withheld and redacted by turns, four eyes), produced, written as PDF, JSON and HTML.
// Then every value the review left out is looked for in the three files and in the processing
// log; every value the extract releases must be found in the three files (so the search can see);
// the model's secrecy section must count what was left out by dataset, kind and legal ground; and
// the JSON copy must match its published schema.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { sql } from 'kysely';
import type { Catalog } from '../../src/catalog/catalog-types.ts';
import { extractHtmlDocument } from '../../src/documents/extract-html-document.ts';
import { extractJsonSchema } from '../../src/documents/extract-json-schema.ts';
import type { ExtractModel } from '../../src/documents/extract-model.ts';
import { extractOutline } from '../../src/documents/extract-outline.ts';
import { writeExtractFiles } from '../../src/operations/extracts/write-extract-files.ts';
import type { ExtractPart } from '../../src/stores/extract-part-store.ts';
import { listReviewItems } from '../../src/stores/review-store.ts';
import type { ExtractFixture } from './extract-fixture.ts';
import { MIN_SECRET_LENGTH, releasedValues, secretValues } from './secret-values.ts';
import { containsValue, htmlFileText, jsonFileText, pdfFileText, searchable, searchableHtml, type SearchableText } from './searchable-text.ts';
import { approveReview, planReview, type PlannedDecision, type ReviewTurns } from './secrecy-review-plan.ts';
import { expectedSecrecySummary, modelSecrecyProblems } from './expected-secrecy-summary.ts';
import { STORED_FORMS, storedIdentityForm } from './stored-identity-form.ts';

export interface SecrecyCase {
  readonly label: string;
  readonly digits: string;
  /** `dataset kind`: items that must wait for review in this extract. */
  readonly expects: readonly string[];
}

export interface SecrecyOutcome {
  readonly problems: readonly string[];
  /** Decisions by `kind decision`, e.g. `third-party withhold`. */
  readonly decisions: ReadonlyMap<string, number>;
  readonly secretsSought: number;
  readonly releasedFound: number;
}

// Formats are annotations here; the schema's patterns check dates.
const validateJson = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(extractJsonSchema);

/** Where the JSON copy breaks its published schema (paths and messages, never values). */
async function schemaProblems(label: string, path: string): Promise<string[]> {
  if (validateJson(JSON.parse(await readFile(path, 'utf8')))) return [];
  return (validateJson.errors ?? []).map((error) => `${label}: the JSON copy is invalid at ${error.instancePath || '/'}: ${error.message ?? ''}`);
}

/**
 * The extract's fixed texts, heading and what the catalog says about each dataset (names, column
 * labels such as "Kanal (telefon, brev, e-post, besök)"): everything but the records and what is
 * derived from them.
 */
function boilerplateOf(model: ExtractModel): SearchableText {
  const bare: ExtractModel = { ...model, systems: [], disclosures: [], accessLog: [], processing: { ...model.processing, automatedDecisions: [] } };
  const about = model.systems.map((system) => ({ ...system, datasets: system.datasets.map((dataset) => ({ ...dataset, items: [] })) }));
  return searchable(`${searchableHtml(extractHtmlDocument(extractOutline(bare))).spaced}\n${JSON.stringify(about)}`);
}

/**
 * Every row of the processing log as text, all columns but the integers the log numbers itself
 * with (id, seq, outcome_of, key_version): a short value would be found among those by chance.
 */
async function logText(fixture: ExtractFixture): Promise<SearchableText> {
  const result = await sql<{ row: string }>`select (to_jsonb(l) - 'id' - 'seq' - 'outcome_of' - 'key_version')::text as row from processing_log l`
    .execute(fixture.logDatabase.db);
  return searchable(result.rows.map((row) => row.row).join('\n'));
}

interface Reviewed {
  readonly parts: readonly ExtractPart[];
  readonly plan: readonly PlannedDecision[];
  readonly model: ExtractModel;
  readonly problems: readonly string[];
}

async function reviewed(fixture: ExtractFixture, subject: SecrecyCase, turns: ReviewTurns): Promise<Reviewed | { problems: string[] }> {
  const id = await fixture.request(subject.digits);
  const request = await fixture.settle(id, 60_000);
  if (request.status !== 'review') return { problems: [`${subject.label}: the request is ${request.status}, not waiting for review`] };
  const db = fixture.logDatabase.db;
  const parts = await fixture.parts(id);
  const plan = planReview(fixture.catalog, parts, await listReviewItems(db, id), turns);
  const approved = await approveReview(db, id, plan, new Date());
  const problems = approved === plan.length ? [] : [`${subject.label}: ${approved} of ${plan.length} decisions approved`];
  return { parts, plan, model: await fixture.produce(id), problems };
}

function searchProblems(label: string, texts: Readonly<Record<string, SearchableText>>, review: Reviewed, ownForms: readonly string[]) {
  const released = releasedValues(review.parts, review.plan);
  const secrets = secretValues(review.plan, released, boilerplateOf(review.model), ownForms);
  const problems: string[] = [];
  for (const secret of secrets) {
    for (const [where, text] of Object.entries(texts)) {
      if (containsValue(text, secret.value)) problems.push(`${label}: a ${secret.origin} value appears in the ${where}`);
    }
  }
  const shown = released.filter((entry) => entry.value.trim().length >= MIN_SECRET_LENGTH);
  for (const entry of shown) {
    for (const where of ['JSON', 'HTML', 'PDF']) {
      if (!containsValue(texts[where]!, entry.value)) problems.push(`${label}: a released ${entry.origin} value is missing from the ${where}`);
    }
  }
  return { problems, secretsSought: secrets.length, releasedFound: shown.length };
}

function decisionCounts(plan: readonly PlannedDecision[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { decision } of plan) {
    const name = `${decision.kind} ${decision.decision}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

export async function checkSecrecyReview(
  fixture: ExtractFixture, catalog: Catalog, subject: SecrecyCase, dir: string, turns: ReviewTurns,
): Promise<SecrecyOutcome> {
  const review = await reviewed(fixture, subject, turns);
  if (!('plan' in review) || review.plan.length === 0) {
    return { problems: [...review.problems, `${subject.label}: nothing to review`], decisions: new Map(), secretsSought: 0, releasedFound: 0 };
  }
  const { plan, model, problems } = review;
  const waiting = new Set(plan.flatMap((planned) => planned.kinds.map((kind) => `${planned.dataset} ${kind}`)));
  const unscreened = subject.expects.filter((expected) => !waiting.has(expected)).map((expected) => `${subject.label}: nothing in ${expected} waits for review`);
  const [pdf, json, html] = await writeExtractFiles(model, join(dir, subject.label), ['pdf', 'json', 'html']);
  const texts = { JSON: await jsonFileText(json!), HTML: await htmlFileText(html!), PDF: await pdfFileText(pdf!), 'processing log': await logText(fixture) };
  const ownForms = STORED_FORMS.map((form) => storedIdentityForm(subject.digits, form));
  const search = searchProblems(subject.label, texts, review, ownForms);
  const summary = modelSecrecyProblems(model, expectedSecrecySummary(catalog, plan), plan).map((problem) => `${subject.label}: ${problem}`);
  return {
    problems: [...problems, ...unscreened, ...search.problems, ...summary, ...await schemaProblems(subject.label, json!)],
    decisions: decisionCounts(plan),
    secretsSought: search.secretsSought,
    releasedFound: search.releasedFound,
  };
}
