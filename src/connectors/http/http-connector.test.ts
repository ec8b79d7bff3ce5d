import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { createHttpConnector } from './http-connector.ts';

const subject = '191212121212';
const seen: { url: string; body: string }[] = [];
let base = '';

function answer(request: IncomingMessage, response: ServerResponse, body: string): void {
  seen.push({ url: request.url ?? '', body });
  const send = (status: number, text: string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(text);
  };
  switch (request.url) {
    case '/ok/search': return send(200, JSON.stringify({ items: [{ pnr: subject, title: 'Beslut', secret: 'x' }, { pnr: subject, title: 'Brev', secret: 'y' }] }));
    case '/broken/search': return send(500, '{}');
    case '/moved/search': return send(307, '{}', { location: `${base}/ok/search?followed` });
    case '/garbled/search': return send(200, '{not json');
    case '/shapeless/search': return send(200, JSON.stringify({ rows: [] }));
    default: return send(404, '{}');
  }
}

const server = createServer((request, response) => {
  let body = '';
  request.on('data', (chunk: Buffer) => { body += chunk.toString(); });
  request.on('end', () => answer(request, response, body));
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const read = (location: string, limit = 10) => createHttpConnector({ systemId: 'archive', baseUrl: base, timeoutMs: 2000 })
  .read({ location, fields: ['pnr', 'title'], where: [{ field: 'pnr', values: [subject] }], limit });

test('a search posts the identity number in the body, never the URL, and keeps only the asked fields', async () => {
  const rows = await read('/ok', 1);
  assert.deepEqual(rows, [{ pnr: subject, title: 'Beslut' }]);
  const last = seen.at(-1)!;
  assert.equal(last.url, '/ok/search');
  assert.deepEqual(JSON.parse(last.body), { anyOf: [{ field: 'pnr', values: [subject] }], fields: ['pnr', 'title'], limit: 1 });
});

test('errors, redirects, bad JSON and answers without items are SOURCE_UNAVAILABLE without the number', async () => {
  for (const location of ['/broken', '/moved', '/garbled', '/shapeless']) {
    await assert.rejects(read(location), (error) =>
      isInsynError(error, 'SOURCE_UNAVAILABLE') && !JSON.stringify(error).includes(subject) && !String(error).includes(subject),
    location);
  }
  assert.ok(!seen.some((request) => request.url.includes('followed')), 'the redirect (which would have succeeded) was not followed');
});
