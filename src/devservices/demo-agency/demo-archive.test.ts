// The demo archive over PGlite: search answers with only the requested fields, bad bodies get
// 400 (415, 413), identity numbers stay out of URLs, and production mode refuses to start it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PGlite } from '@electric-sql/pglite';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { startDemoArchive, type DemoArchive } from './demo-archive.ts';
import { openDemoArchiveStore } from './demo-archive-store.ts';
import { demoPersonas } from './demo-personas.ts';
import { openDemoPglite } from './open-demo-pglite.ts';
import { seedDemoAgency } from './seed-demo-agency.ts';

let pglite: PGlite;
let archive: DemoArchive;
const personas = demoPersonas('archive');

before(async () => {
  pglite = await openDemoPglite();
  const target = { kind: 'pglite', pglite } as const;
  await seedDemoAgency({ persons: 30, seed: 'archive', targets: { postgres: target, mariadb: target } });
  archive = await startDemoArchive({ mode: 'embedded', store: await openDemoArchiveStore(target) });
});
after(async () => {
  await archive.close();
  await pglite.close();
});

function post(body: unknown, contentType = 'application/json') {
  return fetch(`${archive.url}/documents/search`, {
    method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

test('search by identity number returns the person\'s documents with only the requested fields', async () => {
  const pnr = personas.ordinaryAdult.identityNumber;
  const response = await post({ anyOf: [{ field: 'pnr', values: [pnr] }], fields: ['document_id', 'title', 'registered_on'] });
  assert.equal(response.status, 200);
  const { items } = await response.json() as { items: Record<string, unknown>[] };
  assert.ok(items.length >= 2);
  for (const item of items) {
    assert.deepEqual(Object.keys(item), ['document_id', 'title', 'registered_on']);
    assert.equal(typeof item.document_id, 'number');
    assert.match(String(item.registered_on), /^\d{4}-\d{2}-\d{2}$/);
  }
  const byCase = await post({ anyOf: [{ field: 'case_id', values: [0] }], fields: ['case_id', 'pnr'] });
  const caseItems = (await byCase.json() as { items: Record<string, unknown>[] }).items;
  assert.ok(caseItems.length >= 1 && caseItems.every((item) => item.case_id === 0));
  const either = await post({ anyOf: [{ field: 'pnr', values: [pnr] }, { field: 'case_id', values: [0] }], fields: ['document_id'] });
  const eitherItems = (await either.json() as { items: Record<string, unknown>[] }).items;
  assert.ok(eitherItems.length >= Math.max(items.length, caseItems.length), 'conditions are joined with OR');
  const limited = await post({ anyOf: [{ field: 'pnr', values: [pnr] }], fields: ['title'], limit: 1 });
  assert.equal((await limited.json() as { items: unknown[] }).items.length, 1, 'limit caps the answer');
  const nobody = await post({ anyOf: [{ field: 'pnr', values: ['190001019999'] }], fields: ['title'] });
  assert.deepEqual(await nobody.json(), { items: [] });
});

test('bad bodies get 400 with a catalogue code, other media types 415, oversized 413', async () => {
  const cases: [unknown, number, string][] = [
    ['{not json', 400, 'BAD_REQUEST'],
    [[], 400, 'VALIDATION_FAILED'],
    [{ fields: ['title'] }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [], fields: ['title'] }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'pnr', values: [] }], fields: ['title'] }, 400, 'VALIDATION_FAILED'],
    [{ where: { pnr: 'x' }, fields: ['title'] }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'pnr', values: ['x'] }], fields: [] }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'pnr', values: ['x'] }], fields: ['secret_column'] }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'nonsense', values: ['x'] }], fields: ['title'] }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'pnr', values: [42] }], fields: ['title'] }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'case_id', values: ['abc'] }], fields: ['title'] }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'pnr', values: ['x'] }], fields: ['title', 'title'] }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'pnr', values: ['x'] }], fields: ['title'], order: 'title' }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'pnr', values: ['x'] }], fields: ['title'], limit: 0 }, 400, 'VALIDATION_FAILED'],
    [{ anyOf: [{ field: 'pnr', values: ['x'] }], fields: ['title'], limit: 1.5 }, 400, 'VALIDATION_FAILED'],
  ];
  for (const [body, status, code] of cases) {
    const response = await post(body);
    assert.equal(response.status, status, JSON.stringify(body));
    assert.equal((await response.json() as { code: string }).code, code);
  }
  const wrongType = await post({ anyOf: [{ field: 'pnr', values: ['x'] }], fields: ['title'] }, 'text/plain');
  assert.equal(wrongType.status, 415);
  await wrongType.body?.cancel();
  const huge = await post({ anyOf: [{ field: 'pnr', values: ['x'.repeat(70_000)] }], fields: ['title'] });
  assert.equal(huge.status, 413);
  await huge.body?.cancel();
});

test('health answers; unknown paths and identity numbers in URLs get 404', async () => {
  assert.deepEqual(await (await fetch(`${archive.url}/health`)).json(), { status: 'ok' });
  const byUrl = await fetch(`${archive.url}/documents?pnr=${personas.ordinaryAdult.identityNumber}`);
  assert.equal(byUrl.status, 404);
  await byUrl.body?.cancel();
});

test('refused in production mode', async () => {
  const store = { search: async () => [], close: async () => {} };
  await assert.rejects(startDemoArchive({ mode: 'production', store }), (error) => isInsynError(error, 'DEV_SERVICE_REFUSED'));
});
