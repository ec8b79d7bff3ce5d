// Source systems behind an HTTP JSON API (the protocol is docs/http-connector.md). Identity
// numbers and keys travel in request bodies, never in the URL. A search is
// `POST <base><location>/search` with `{ anyOf: [{ field, values }], fields, limit }` (items where
// any condition holds) and answers `{ items: [...] }`; changes of one record are
// `PATCH`/`DELETE <base><location>/records` (http-change.ts).
import type { Connector, ReadRequest, Row } from '../connector.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import { httpDelete, httpUpdate } from './http-change.ts';
import { httpExchange, type HttpExchange, type HttpExchangeOptions } from './http-exchange.ts';

export type HttpConnectorOptions = HttpExchangeOptions;

/** The answer's JSON; any status but 2xx, or a body that is not JSON, is SOURCE_UNAVAILABLE. */
async function jsonOf(exchange: HttpExchange, systemId: string, path: string, body?: unknown): Promise<unknown> {
  const answer = await exchange(body === undefined ? 'GET' : 'POST', path, body);
  if (answer.status < 200 || answer.status > 299) throw new InsynError('SOURCE_UNAVAILABLE', `system ${systemId}: HTTP ${answer.status}`);
  if (answer.body === undefined) throw new InsynError('SOURCE_UNAVAILABLE', `system ${systemId}: the answer is not JSON`);
  return answer.body;
}

/** One search with every condition; only the asked fields are kept, never more than the limit. */
async function search(exchange: HttpExchange, systemId: string, request: ReadRequest): Promise<Row[]> {
  const wanted = new Set(request.fields);
  const body = { anyOf: request.where, fields: request.fields, limit: request.limit };
  const answer = await jsonOf(exchange, systemId, `${request.location}/search`, body) as { items?: unknown };
  if (!Array.isArray(answer?.items)) throw new InsynError('SOURCE_UNAVAILABLE', `system ${systemId}: answer has no items list`);
  return (answer.items as Record<string, unknown>[]).slice(0, request.limit)
    .map((item) => Object.fromEntries(Object.entries(item).filter(([key]) => wanted.has(key))));
}

export function createHttpConnector(options: HttpConnectorOptions): Connector {
  const exchange = httpExchange(options);
  return {
    systemId: options.systemId,
    engine: 'http',
    capabilities: new Set(['read', 'update', 'delete']),
    read: (request: ReadRequest) => search(exchange, options.systemId, request),
    update: httpUpdate(exchange, options.systemId),
    delete: httpDelete(exchange, options.systemId),
    ping: async () => {
      await jsonOf(exchange, options.systemId, '/health');
    },
    close: async () => {},
  };
}
