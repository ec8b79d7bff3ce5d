// The demo agency's document archive: a small HTTP JSON API over the `dokument` rows, as a
// legacy archive system might offer one. Development only: refused in production mode.
//
//   POST /documents/search  {"anyOf": [{"field": "pnr", "values": ["199001011234"]}], "fields": ["document_id", "title"]}
//                           → {"items": [{"document_id": 1, "title": "…"}]}  (only the fields asked for)
//   PATCH  /documents/records  {"key": {"document_id": "1"}, "set": {"title": "…"}, "expect": {"title": "…"}}
//                              → {"outcome": "updated" | "already-applied"}
//   DELETE /documents/records  {"key": {"document_id": "1"}}  → {"outcome": "deleted" | "already-gone"}
//                              (both with an Idempotency-Key header; 409 {"code": "conflict", "reason": "gone" | "duplicate" | "changed"})
//   GET  /health            → {"status": "ok"}
//
// Identity numbers and keys travel in the request body, never in the URL; nothing is logged.
// The protocol is docs/http-connector.md.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Mode } from '../../config/config.ts';
import { InsynError, errorCatalogue, type ErrorCode } from '../../domain/error-catalogue.ts';
import type { ArchiveConflict } from './demo-archive-changes.ts';
import { parseArchiveDelete, parseArchiveUpdate, parseIdempotencyKey } from './demo-archive-change-request.ts';
import { parseArchiveSearch } from './demo-archive-request.ts';
import type { DemoArchiveStore } from './demo-archive-store.ts';

const MAX_BODY_BYTES = 64 * 1024;

export interface DemoArchiveOptions {
  readonly mode: Mode;
  readonly store: DemoArchiveStore;
  readonly host?: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
}

export interface DemoArchive {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** Stops the server; the store stays open (its owner closes it). */
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'cache-control': 'no-store',
  });
  response.end(text);
}

function sendError(response: ServerResponse, code: ErrorCode, status: number, fields?: readonly string[]): void {
  send(response, status, { code, message: errorCatalogue[code].en, ...(fields ? { fields } : {}) });
}

class BodyError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`request body refused (${status})`);
    this.status = status;
  }
}

/** The JSON body; an oversized body is drained (not stored) so the client still gets the 413. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    request.resume();
    throw new BodyError(415);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw new BodyError(413);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new BodyError(400);
  }
}

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

/** Reads and validates the body, acts on it and sends the answer: 400 (413, 415) for a bad body, 503 when the store fails. */
async function answer<T>(
  request: IncomingMessage, response: ServerResponse, parse: (body: unknown) => T, act: (parsed: T) => Promise<Answer>,
): Promise<void> {
  let body: unknown;
  try {
    body = await readJson(request);
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    sendError(response, 'BAD_REQUEST', error.status);
    return;
  }
  let parsed: T;
  try {
    parsed = parse(body);
  } catch (error) {
    if (!(error instanceof InsynError)) throw error;
    sendError(response, 'VALIDATION_FAILED', 400, [error.detail ?? 'body']);
    return;
  }
  let result: Answer;
  try {
    result = await act(parsed);
  } catch {
    sendError(response, 'SOURCE_UNAVAILABLE', 503);
    return;
  }
  send(response, result.status, result.body);
}

const changeAnswer = (result: string | ArchiveConflict): Answer => (typeof result === 'object'
  ? { status: 409, body: { code: 'conflict', reason: result.conflict } }
  : { status: 200, body: { outcome: result } });

function handle(store: DemoArchiveStore, request: IncomingMessage, response: ServerResponse): Promise<void> | undefined {
  const path = (request.url ?? '/').split('?')[0];
  if (request.method === 'POST' && path === '/documents/search') {
    return answer(request, response, parseArchiveSearch, async (query) =>
      ({ status: 200, body: { items: await store.search(query.anyOf, query.fields, query.limit) } }));
  }
  if (path !== '/documents/records') return undefined;
  const idempotent = <T>(parse: (body: unknown) => T) => (body: unknown): T => {
    parseIdempotencyKey(request.headers['idempotency-key']);
    return parse(body);
  };
  if (request.method === 'PATCH') {
    return answer(request, response, idempotent(parseArchiveUpdate), async (change) =>
      changeAnswer(await store.update(change.key, change.set, change.expect)));
  }
  if (request.method === 'DELETE') {
    return answer(request, response, idempotent(parseArchiveDelete), async (change) => changeAnswer(await store.delete(change.key)));
  }
  return undefined;
}

function route(store: DemoArchiveStore) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && path === '/health') return send(response, 200, { status: 'ok' });
    const handled = handle(store, request, response);
    if (handled) {
      handled.catch(() => sendError(response, 'INTERNAL', 500));
      return;
    }
    request.resume();
    sendError(response, 'NOT_FOUND', 404);
  };
}

/** Starts the archive; throws DEV_SERVICE_REFUSED in production mode. */
export async function startDemoArchive(options: DemoArchiveOptions): Promise<DemoArchive> {
  if (options.mode === 'production') throw new InsynError('DEV_SERVICE_REFUSED', 'demo document archive');
  const host = options.host ?? '127.0.0.1';
  const server = createServer(route(options.store));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    }),
  };
}
