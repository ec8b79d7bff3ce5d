// The HTTP connector changes one record of the real demo archive (issue 6), through a recording
// proxy of the kind an agency puts in front of a system: a change applies once and a re-run says
// so; a record changed meanwhile, gone, or whose key names several records is a SOURCE_CONFLICT
// that changes nothing; a failing system, a timeout and answers outside the protocol map to their
// codes; no key value travels in a URL, and a retry carries the same Idempotency-Key.
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { PGlite } from '@electric-sql/pglite';
import { startDemoArchive, type DemoArchive } from '../../devservices/demo-agency/demo-archive.ts';
import { openDemoArchiveStore } from '../../devservices/demo-agency/demo-archive-store.ts';
import { demoPersonas } from '../../devservices/demo-agency/demo-personas.ts';
import { openDemoPglite } from '../../devservices/demo-agency/open-demo-pglite.ts';
import { seedDemoAgency } from '../../devservices/demo-agency/seed-demo-agency.ts';
import { isInsynError, type ErrorCode } from '../../domain/error-catalogue.ts';
import type { Connector, Row, UpdateRequest } from '../connector.ts';
import { createHttpConnector } from './http-connector.ts';

const seed = 'http-changes';
const pnr = demoPersonas(seed).heavy.identityNumber;
const location = '/documents';

interface Seen {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What the proxy does with the next requests: pass them on, hold them unanswered, or answer itself. */
type ProxyMode = 'forward' | 'stall' | { readonly status: number; readonly body: string };

let pglite: PGlite;
let archive: DemoArchive;
let broken: { pglite: PGlite; archive: DemoArchive };
let proxyUrl = '';
let mode: ProxyMode = 'forward';
const seen: Seen[] = [];
const stalled: ServerResponse[] = [];

async function forward(request: IncomingMessage, body: string, response: ServerResponse): Promise<void> {
  const headers: Record<string, string> = { 'content-type': request.headers['content-type'] ?? 'application/json' };
  const key = request.headers['idempotency-key'];
  if (typeof key === 'string') headers['idempotency-key'] = key;
  const answer = await fetch(`${archive.url}${request.url ?? '/'}`, { method: request.method ?? 'GET', headers, body: body === '' ? null : body });
  response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
  response.end(await answer.text());
}

const proxy = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    seen.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
    if (mode === 'stall') {
      stalled.push(response);
    } else if (typeof mode === 'object') {
      response.writeHead(mode.status, { 'content-type': 'application/json' });
      response.end(mode.body);
    } else {
      forward(request, body, response).catch(() => {
        response.writeHead(502);
        response.end();
      });
    }
  });
});

async function archiveOver(database: PGlite): Promise<DemoArchive> {
  return startDemoArchive({ mode: 'embedded', store: await openDemoArchiveStore({ kind: 'pglite', pglite: database }) });
}

before(async () => {
  pglite = await openDemoPglite();
  const target = { kind: 'pglite', pglite } as const;
  await seedDemoAgency({ persons: 30, seed, targets: { postgres: target, mariadb: target } });
  archive = await archiveOver(pglite);
  const closed = await openDemoPglite();
  broken = { pglite: closed, archive: await archiveOver(closed) };
  await closed.close();
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

after(async () => {
  for (const response of stalled) response.destroy();
  proxy.closeAllConnections();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
  await broken.archive.close();
  await archive.close();
  await pglite.close();
});

const connector = (timeoutMs = 2000, baseUrl = proxyUrl): Connector => createHttpConnector({ systemId: 'dokumentarkiv', baseUrl, timeoutMs });

async function documents(): Promise<Row[]> {
  const rows = await connector().read({
    location, fields: ['document_id', 'title', 'registered_on'], where: [{ field: 'pnr', values: [pnr] }], limit: 100,
  });
  return [...rows].sort((a, b) => Number(a.document_id) - Number(b.document_id));
}

/** The n-th document of the person (by id), as text, and its key. */
async function nth(n: number): Promise<{ key: { document_id: string }; title: string; registered_on: string }> {
  const rows = await documents();
  assert.ok(rows.length >= 5, 'the heavy persona has documents enough');
  const row = rows[n]!;
  return { key: { document_id: String(row.document_id) }, title: String(row.title), registered_on: String(row.registered_on) };
}

async function titleOf(documentId: string): Promise<string | undefined> {
  const rows = await pglite.query<{ title: string }>('select title from dokument where document_id = $1', [documentId]);
  return rows.rows[0]?.title;
}

/** The error has the code, and neither the identity number nor a title is in what it says. */
const failsWith = (code: ErrorCode, pattern?: RegExp) => (error: unknown) => {
  const said = `${String(error)} ${JSON.stringify(error)}`;
  return isInsynError(error, code) && !said.includes(pnr) && !said.includes('Demo') && (pattern?.test((error as Error).message) ?? true);
};

test('the HTTP connector declares read, update and delete', () => {
  assert.deepEqual([...connector().capabilities].sort(), ['delete', 'read', 'update']);
});

test('an update applies to the one record and a re-run is already applied, with the same Idempotency-Key', async () => {
  const document = await nth(0);
  const request: UpdateRequest = {
    location, key: document.key,
    expect: { title: document.title, registered_on: document.registered_on },
    set: { title: 'Demo rättad rubrik', registered_on: '2026-03-02' },
  };
  const before = seen.length;
  assert.equal(await connector().update!(request), 'updated');
  const changed = (await documents()).find((row) => String(row.document_id) === document.key.document_id);
  assert.deepEqual(changed, { document_id: Number(document.key.document_id), title: 'Demo rättad rubrik', registered_on: '2026-03-02' });
  assert.equal(await connector().update!({ ...request, set: { registered_on: '2026-03-02', title: 'Demo rättad rubrik' } }), 'already-applied');
  const [first, second] = seen.slice(before).filter((request) => request.method === 'PATCH');
  assert.deepEqual(JSON.parse(first!.body), { key: document.key, set: request.set, expect: request.expect });
  assert.match(String(first!.headers['idempotency-key']), /^insyn-[\w-]{43}$/);
  assert.equal(second!.headers['idempotency-key'], first!.headers['idempotency-key'], 'the same change, whatever the order of its fields');
  await connector().update!({ ...request, idempotencyKey: 'case-42-item-1' });
  assert.equal(seen.at(-1)!.headers['idempotency-key'], 'case-42-item-1', 'a caller\'s key is sent as it is');
});

test('a record changed since it was read is a SOURCE_CONFLICT and stays as the other writer left it', async () => {
  const document = await nth(1);
  await pglite.query('update dokument set title = $1 where document_id = $2', ['Demo annan skribent', document.key.document_id]);
  const request = { location, key: document.key, expect: { title: document.title }, set: { title: 'Demo rättad' } };
  await assert.rejects(connector().update!(request), failsWith('SOURCE_CONFLICT', /changed since it was read/));
  assert.equal(await titleOf(document.key.document_id), 'Demo annan skribent');
});

test('a delete removes the one record, a re-run finds it already gone, and an update then finds it gone', async () => {
  const document = await nth(2);
  assert.equal(await connector().delete!({ location, key: document.key }), 'deleted');
  assert.equal(await titleOf(document.key.document_id), undefined);
  assert.equal(await connector().delete!({ location, key: document.key }), 'already-gone');
  const deletes = seen.filter((request) => request.method === 'DELETE').slice(-2);
  assert.deepEqual(deletes.map((request) => JSON.parse(request.body)), [{ key: document.key }, { key: document.key }]);
  assert.equal(deletes[0]!.headers['idempotency-key'], deletes[1]!.headers['idempotency-key']);
  const update = { location, key: document.key, expect: { title: document.title }, set: { title: 'Demo för sent' } };
  await assert.rejects(connector().update!(update), failsWith('SOURCE_CONFLICT', /it is gone/));
});

test('a key that names several records changes and deletes nothing (SOURCE_CONFLICT)', async () => {
  const count = (await documents()).length;
  const update = { location, key: { pnr }, expect: {}, set: { title: 'Demo alla' } };
  await assert.rejects(connector().update!(update), failsWith('SOURCE_CONFLICT', /not unique/));
  await assert.rejects(connector().delete!({ location, key: { pnr } }), failsWith('SOURCE_CONFLICT', /not unique/));
  const after = await documents();
  assert.equal(after.length, count);
  assert.ok(!after.some((row) => row.title === 'Demo alla'));
});

test('a failing system (5xx) and a timeout are SOURCE_UNAVAILABLE; nothing is changed by the timed-out request', async () => {
  const document = await nth(3);
  const request = { location, key: document.key, expect: { title: document.title }, set: { title: 'Demo aldrig' } };
  await assert.rejects(connector(2000, broken.archive.url).update!(request), failsWith('SOURCE_UNAVAILABLE', /HTTP 503/));
  await assert.rejects(connector(2000, broken.archive.url).delete!({ location, key: document.key }), failsWith('SOURCE_UNAVAILABLE', /HTTP 503/));
  mode = 'stall';
  try {
    await assert.rejects(connector(200).update!(request), failsWith('SOURCE_UNAVAILABLE', /no answer within 200 ms/));
    await assert.rejects(connector(200).delete!({ location, key: document.key }), failsWith('SOURCE_UNAVAILABLE', /no answer within 200 ms/));
  } finally {
    mode = 'forward';
  }
  assert.equal(await titleOf(document.key.document_id), document.title);
});

test('answers outside the protocol are SOURCE_ANSWER_INVALID; 408, 429 and 5xx are SOURCE_UNAVAILABLE', async () => {
  const document = await nth(4);
  const update = () => connector().update!({ location, key: document.key, expect: { title: document.title }, set: { title: 'Demo x' } });
  const remove = () => connector().delete!({ location, key: document.key });
  const cases: [ProxyMode, () => Promise<unknown>, ErrorCode][] = [
    [{ status: 200, body: '{"outcome":"done"}' }, update, 'SOURCE_ANSWER_INVALID'],
    [{ status: 200, body: '{"outcome":"deleted"}' }, update, 'SOURCE_ANSWER_INVALID'],
    [{ status: 200, body: '{"outcome":"already-applied"}' }, remove, 'SOURCE_ANSWER_INVALID'],
    [{ status: 200, body: '{not json' }, update, 'SOURCE_ANSWER_INVALID'],
    [{ status: 204, body: '' }, remove, 'SOURCE_ANSWER_INVALID'],
    [{ status: 409, body: '{"code":"conflict","reason":"weird"}' }, update, 'SOURCE_ANSWER_INVALID'],
    [{ status: 409, body: '{"code":"conflict","reason":"gone"}' }, remove, 'SOURCE_ANSWER_INVALID'],
    [{ status: 409, body: '{}' }, update, 'SOURCE_ANSWER_INVALID'],
    [{ status: 404, body: '{}' }, update, 'SOURCE_ANSWER_INVALID'],
    [{ status: 405, body: '{}' }, remove, 'SOURCE_ANSWER_INVALID'],
    [{ status: 408, body: '{}' }, update, 'SOURCE_UNAVAILABLE'],
    [{ status: 429, body: '{}' }, remove, 'SOURCE_UNAVAILABLE'],
    [{ status: 502, body: '{}' }, update, 'SOURCE_UNAVAILABLE'],
    [{ status: 409, body: '{"code":"conflict","reason":"changed"}' }, update, 'SOURCE_CONFLICT'],
    [{ status: 200, body: '{"outcome":"already-gone"}' }, remove, 'SOURCE_CONFLICT'],
  ];
  try {
    for (const [answer, call, code] of cases) {
      mode = answer;
      if (code === 'SOURCE_CONFLICT' && call === remove) {
        assert.equal(await call(), 'already-gone');
        continue;
      }
      await assert.rejects(call(), failsWith(code), JSON.stringify(answer));
    }
  } finally {
    mode = 'forward';
  }
  assert.equal(await titleOf(document.key.document_id), document.title);
});

test('no key value or identity number ever travels in a URL', () => {
  const changes = seen.filter((request) => request.method === 'PATCH' || request.method === 'DELETE');
  assert.ok(changes.length >= 10 && seen.some((request) => request.method === 'POST'), 'the tests above went through the proxy');
  for (const request of seen) {
    assert.ok(['/documents/search', '/documents/records'].includes(request.url), request.url);
    assert.ok(!String(request.headers['idempotency-key'] ?? '').includes(pnr));
  }
});
