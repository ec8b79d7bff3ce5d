// How the mailbox client reads the operator's answers (rules of docs/delivery.md): a send that
// certainly reached nothing is MAILBOX_UNAVAILABLE (may go by post after the fallback time), one of
// unknown outcome MAILBOX_UNCONFIRMED (only the same message again), a refusal MAILBOX_REJECTED.
// Against a real HTTP server on a free port that answers as told.
import assert from 'node:assert/strict';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { httpMailboxService, readReachability } from './mailbox-client.ts';

type Answer = (response: ServerResponse) => void;
let answer: Answer = (response) => response.end();
let server: Server;
let base = '';

before(async () => {
  server = createServer((request, response) => {
    request.resume();
    request.on('end', () => answer(response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

const client = () => httpMailboxService({ url: base, senderOrgNumber: '162021009999', timeoutMs: 500 });
const json = (status: number, body: unknown, type = 'application/json'): Answer => (response) => {
  response.writeHead(status, { 'content-type': type });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return isInsynError(error) ? error.code : `not an InsynError: ${(error as Error).name}`;
  }
}

test('a receipt: delivered or not', async () => {
  answer = json(200, { transId: 't-1', delivered: [{ recipientId: '198403129003', delivered: true }] });
  assert.deepEqual(await client().deliver(`${base}/deliver`, '<x/>'), { transId: 't-1', delivered: true });
  answer = json(200, { transId: 't-2', delivered: [{ recipientId: '198403129003', delivered: false }] });
  assert.deepEqual(await client().deliver(`${base}/deliver`, '<x/>'), { transId: 't-2', delivered: false });
});

test('certainly nothing taken: 408, 429, 503 and a refused connection are MAILBOX_UNAVAILABLE', async () => {
  for (const status of [408, 429, 503]) {
    answer = json(status, { code: 'BUSY' });
    assert.equal(await codeOf(client().deliver(`${base}/deliver`, '<x/>')), 'MAILBOX_UNAVAILABLE', String(status));
  }
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  assert.equal(await codeOf(client().deliver(`http://127.0.0.1:${port}/deliver`, '<x/>')), 'MAILBOX_UNAVAILABLE', 'connection refused');
});

test('a refusal, whatever its body, is MAILBOX_REJECTED', async () => {
  for (const [status, body, type] of [[400, { code: 'SIGNATURE_INVALID' }, 'application/json'], [413, '<html>Too large</html>', 'text/html'], [403, '', 'text/plain']] as const) {
    answer = json(status, body, type);
    assert.equal(await codeOf(client().deliver(`${base}/deliver`, '<x/>')), 'MAILBOX_REJECTED', String(status));
  }
});

test('an unknown outcome is MAILBOX_UNCONFIRMED: a server error, a lost or unreadable answer, an empty or null receipt, a timeout', async () => {
  const cases: [string, Answer][] = [
    ['500', json(500, { code: 'INTERNAL' })],
    ['502 html', json(502, '<html>Bad gateway</html>', 'text/html')],
    ['null', json(200, 'null')],
    ['no receipt', json(200, { transId: 't-3', delivered: [] })],
    ['not JSON', json(200, 'ok', 'text/plain')],
    ['connection dropped after the request', (response) => response.socket?.destroy()],
    ['no answer in time', () => undefined],
  ];
  for (const [name, respond] of cases) {
    answer = respond;
    assert.equal(await codeOf(client().deliver(`${base}/deliver`, '<x/>')), 'MAILBOX_UNCONFIRMED', name);
  }
});

test('the register lookup never throws and never reads reachable from what it does not understand', async () => {
  answer = json(500, {});
  assert.deepEqual(await client().reachability('198403129003'), { kind: 'error' });
  answer = json(200, 'null');
  assert.deepEqual(await client().reachability('198403129003'), { kind: 'error' });
  const supplier = { id: 'op', name: 'Operator', serviceAddress: 'http://op.example/deliver' };
  const entry = { recipientId: '198403129003', senderAccepted: true, accountStatus: { pending: false, serviceSupplier: supplier } };
  assert.deepEqual(readReachability({ reachability: [entry] }, '198403129003'), {
    kind: 'mailbox', senderAccepted: true, pending: false, operator: { ...supplier, serviceAddress: 'http://op.example/deliver' },
  });
  assert.equal(readReachability({ reachability: [entry] }, '198403129003', true).kind, 'mailbox');
  assert.equal((readReachability({ reachability: [entry] }, '198403129003', true) as { operator: unknown }).operator, null, 'production: an http operator is not used');
  assert.deepEqual(readReachability({ reachability: [{ ...entry, recipientId: '199001011234' }] }, '198403129003'), { kind: 'error' }, 'another person\'s answer');
  assert.deepEqual(readReachability({ reachability: [{ ...entry, accountStatus: null }] }, '198403129003'), { kind: 'no-mailbox' });
});
