// The demo archive over PGlite: search answers with only the requested fields, one record is
// changed or deleted by its key in the body (409 with the reason when it cannot be), bad bodies get
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

function change(method: 'PATCH' | 'DELETE', body: unknown, headers: Record<string, string> = { 'idempotency-key': 'test-1' }) {
  return fetch(`${archive.url}/documents/records`, {
    method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body),
  });
}

async function documentsOf(pnr: string): Promise<{ document_id: number; title: string }[]> {
  const response = await post({ anyOf: [{ field: 'pnr', values: [pnr] }], fields: ['document_id', 'title'] });
  return (await response.json() as { items: { document_id: number; title: string }[] }).items;
}

test('a change names one record by its key in the body; the outcome, or 409 with the reason', async () => {
  const pnr = personas.ordinaryAdult.identityNumber;
  const [first] = await documentsOf(pnr);
  const key = { document_id: String(first!.document_id) };
  const rename = { key, set: { title: 'Demo ny rubrik' }, expect: { title: first!.title } };
  const answers: [Response, number, unknown][] = [
    [await change('PATCH', rename), 200, { outcome: 'updated' }],
    [await change('PATCH', rename), 200, { outcome: 'already-applied' }],
    [await change('PATCH', { ...rename, set: { title: 'Demo tredje' } }), 409, { code: 'conflict', reason: 'changed' }],
    [await change('PATCH', { ...rename, key: { pnr } }), 409, { code: 'conflict', reason: 'duplicate' }],
    [await change('DELETE', { key: { pnr } }), 409, { code: 'conflict', reason: 'duplicate' }],
    [await change('DELETE', { key }), 200, { outcome: 'deleted' }],
    [await change('DELETE', { key }), 200, { outcome: 'already-gone' }],
    [await change('PATCH', rename), 409, { code: 'conflict', reason: 'gone' }],
  ];
  for (const [response, status, body] of answers) {
    assert.equal(response.status, status);
    assert.deepEqual(await response.json(), body);
  }
  assert.ok(!(await documentsOf(pnr)).some((item) => item.document_id === first!.document_id));
});

test('changes need an Idempotency-Key and a body that names archive fields with values of their type', async () => {
  const key = { document_id: '1' };
  const cases: [unknown, Record<string, string> | undefined][] = [
    [{ key, set: { title: 'x' }, expect: {} }, {}],
    [{ key, set: { title: 'x' }, expect: {} }, { 'idempotency-key': 'has space' }],
    [{ key, set: { title: 'x' } }, undefined],
    [{ key, set: {}, expect: {} }, undefined],
    [{ key: {}, set: { title: 'x' }, expect: {} }, undefined],
    [{ key: { document_id: 1 }, set: { title: 'x' }, expect: {} }, undefined],
    [{ key: { document_id: '01' }, set: { title: 'x' }, expect: {} }, undefined],
    [{ key, set: { document_id: '2' }, expect: {} }, undefined],
    [{ key, set: { secret_column: 'x' }, expect: {} }, undefined],
    [{ key, set: { title: null }, expect: {} }, undefined],
    [{ key, set: { registered_on: '2026-02-30' }, expect: {} }, undefined],
    [{ key, set: { title: 'x'.repeat(201) }, expect: {} }, undefined],
    [{ key, set: { title: 'x' }, expect: { title: 1 } }, undefined],
    [{ key, set: { title: 'x' }, expect: {}, where: {} }, undefined],
  ];
  for (const [body, headers] of cases) {
    const response = await change('PATCH', body, headers);
    assert.equal(response.status, 400, JSON.stringify([body, headers]));
    assert.equal((await response.json() as { code: string }).code, 'VALIDATION_FAILED');
  }
  const noKey = await change('DELETE', {});
  assert.equal(noKey.status, 400, 'a delete without a key deletes nothing');
  await noKey.body?.cancel();
});

test('health answers; unknown paths and identity numbers in URLs get 404', async () => {
  assert.deepEqual(await (await fetch(`${archive.url}/health`)).json(), { status: 'ok' });
  const byUrl = await fetch(`${archive.url}/documents?pnr=${personas.ordinaryAdult.identityNumber}`);
  assert.equal(byUrl.status, 404);
  await byUrl.body?.cancel();
  const recordByUrl = await fetch(`${archive.url}/documents/records/1`, { method: 'DELETE' });
  assert.equal(recordByUrl.status, 404, 'a record is never named in the URL');
  await recordByUrl.body?.cancel();
});

test('refused in production mode', async () => {
  const store = { search: async () => [], update: async () => 'updated' as const, delete: async () => 'deleted' as const, close: async () => {} };
  await assert.rejects(startDemoArchive({ mode: 'production', store }), (error) => isInsynError(error, 'DEV_SERVICE_REFUSED'));
});
