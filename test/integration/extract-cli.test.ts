// `insyn extract` end to end on the embedded default, as an operator runs it: the personnummer
// from standard input, the files written, exit codes for bad input and for waiting on review,
// and the review commands that let the extract be finished.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { syntheticIdentityNumber } from '../../src/domain/personnummer.ts';
import { runInsyn } from '../support/run-insyn.ts';

const root = mkdtempSync(join(tmpdir(), 'insyn-extract-cli-'));
const env = { INSYN_DATA_DIR: join(root, 'data'), INSYN_DEMO_PERSONS: '60' };
after(() => rmSync(root, { recursive: true, force: true }));

const personas = demoPersonas();
const run = (args: string[], input?: string) => runInsyn(args, env, 120_000, input);

test('an invalid personnummer exits 2 with the reason, never echoing the input', async () => {
  const result = await run(['extract', '-'], '19900101-1235\n');
  assert.equal(result.code, 2);
  assert.match(result.stderr, /PERSONNUMMER_INVALID/);
  assert.ok(!result.stderr.includes('19900101') && !result.stdout.includes('19900101'));
  const usage = await run(['extract']);
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /BAD_USAGE/);
});

test('a person the agency holds nothing on gets a complete extract that says so', async () => {
  const out = join(root, 'nobody');
  const nobody = syntheticIdentityNumber('1941-03-07', 998).normalized;
  const result = await run(['extract', '-', '--out', out, '--format', 'json,html'], `${nobody}\n`);
  assert.equal(result.code, 0, result.stderr);
  const files = readdirSync(out).sort();
  assert.deepEqual(files.map((file) => file.split('.').at(-1)), ['html', 'json']);
  const model = JSON.parse(readFileSync(join(out, files.find((file) => file.endsWith('.json'))!), 'utf8')) as { holdsData: boolean; systems: unknown[] };
  assert.equal(model.holdsData, false);
  assert.deepEqual(model.systems, []);
});

test('items marked for secrecy stop the command (exit 3); after review and approval `extract finish` writes every format', async () => {
  const out = join(root, 'third-party');
  const first = await run(['extract', '-', '--out', out], `${personas.namesThirdParty.identityNumber}\n`);
  assert.equal(first.code, 3, first.stderr);
  assert.match(first.stdout, /secrecy review/);
  const id = /Request ([0-9a-f-]{36})/.exec(first.stdout)?.[1];
  assert.ok(id);
  const list = await run(['review', 'list', id]);
  const items = list.stdout.trim().split('\n').map((line) => line.split(/\s+/));
  assert.ok(items.length > 0 && items.every((item) => item[2]?.startsWith('[')));
  for (const [dataset, key] of items) {
    const proposed = await run(['review', 'propose', id, '--dataset', dataset!, '--item', key!, '--decision', 'withhold', '--by', 'handler-1']);
    assert.equal(proposed.code, 0, proposed.stderr);
  }
  const early = await run(['extract', 'finish', id, '--out', out]);
  assert.equal(early.code, 2, 'not before approval');
  assert.match(early.stderr, /REVIEW_PENDING/);
  assert.match((await run(['review', 'approve', id, '--by', 'handler-1'])).stdout, /^0 approved/);
  assert.match((await run(['review', 'approve', id, '--by', 'reviewer-1'])).stdout, new RegExp(`^${items.length} approved; 0 still wait`));
  const finished = await run(['extract', 'finish', id, '--out', out]);
  assert.equal(finished.code, 0, finished.stderr);
  assert.deepEqual(readdirSync(out).map((file) => file.split('.').at(-1)).sort(), ['html', 'json', 'pdf']);
  const again = await run(['extract', 'finish', id, '--out', out]);
  assert.notEqual(again.code, 0, 'a completed request is not written twice over');
});

test('`extract plan` shows every dataset with its queries and no values', async () => {
  const result = await run(['extract', 'plan']);
  assert.equal(result.code, 0, result.stderr);
  for (const dataset of ['arenden.arende', 'utbetalningar.utbetalning', 'dokumentarkiv.dokument', 'arenden.utkast']) {
    assert.ok(result.stdout.includes(dataset), dataset);
  }
  assert.match(result.stdout, /Stage 2:/);
  assert.ok(!/\d{8}-?\d{4}/.test(result.stdout), 'no identity number in the plan');
});
