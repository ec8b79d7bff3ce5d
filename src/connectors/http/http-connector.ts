// Source systems behind an HTTP JSON API. Identity numbers travel in the request body of a
// search, never in the URL: `POST <base><location>/search` with
// `{ anyOf: [{ field, values }], fields, limit }` (items where any condition holds) answers
// `{ items: [...] }`.
import type { Connector, ReadRequest, Row } from '../connector.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { sourceError } from '../source-error.ts';

export interface HttpConnectorOptions {
  readonly systemId: string;
  readonly baseUrl: string;
  readonly timeoutMs?: number;
  /** Sent as `Authorization: Bearer …` when set. */
  readonly token?: string;
}

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

type Call = (path: string, body?: unknown) => Promise<unknown>;

/** One JSON request: POST with a body, GET without; non-2xx, transport and parse errors are SOURCE_UNAVAILABLE. */
function jsonCaller(options: HttpConnectorOptions): Call {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return async (path, body) => {
    let response: Response;
    try {
      response = await fetch(joinUrl(options.baseUrl, path), {
        method: body === undefined ? 'GET' : 'POST',
        headers,
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        // A redirect would re-send the body, identity numbers included, to another address.
        redirect: 'error',
      });
    } catch (error) {
      throw sourceError(options.systemId, error);
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new InsynError('SOURCE_UNAVAILABLE', `system ${options.systemId}: HTTP ${response.status}`);
    }
    try {
      return await response.json();
    } catch (error) {
      throw sourceError(options.systemId, error);
    }
  };
}

/** One search with every condition; only the asked fields are kept, never more than the limit. */
async function search(call: Call, systemId: string, request: ReadRequest): Promise<Row[]> {
  const wanted = new Set(request.fields);
  const body = { anyOf: request.where, fields: request.fields, limit: request.limit };
  const answer = await call(`${request.location}/search`, body) as { items?: unknown };
  if (!Array.isArray(answer?.items)) throw new InsynError('SOURCE_UNAVAILABLE', `system ${systemId}: answer has no items list`);
  return (answer.items as Record<string, unknown>[]).slice(0, request.limit)
    .map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => wanted.has(key))));
}

export function createHttpConnector(options: HttpConnectorOptions): Connector {
  const call = jsonCaller(options);
  return {
    systemId: options.systemId,
    engine: 'http',
    capabilities: new Set(['read']),
    read: (request: ReadRequest) => search(call, options.systemId, request),
    ping: async () => {
      await call('/health');
    },
    close: async () => {},
  };
}
