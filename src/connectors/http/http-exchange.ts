// One JSON request to an HTTP source system and its answer: the status, and the parsed body of a
// 2xx or 409 answer (the only ones whose body the protocol gives a meaning). No redirect is
// followed: it would re-send the body, identity numbers included, to another address. A
// transport error or timeout (also while the body arrives) is SOURCE_UNAVAILABLE.
import { InsynError } from '../../domain/error-catalogue.ts';
import { sourceError } from '../source-error.ts';

export interface HttpExchangeOptions {
  readonly systemId: string;
  readonly baseUrl: string;
  readonly timeoutMs?: number;
  /** Sent as `Authorization: Bearer …` when set. */
  readonly token?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface HttpAnswer {
  readonly status: number;
  /** The parsed JSON of a 2xx or 409 answer; undefined for other statuses and for a body that is not JSON. */
  readonly body: unknown;
}

export type HttpExchange = (
  method: HttpMethod, path: string, body?: unknown, headers?: Readonly<Record<string, string>>,
) => Promise<HttpAnswer>;

function joinUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export function httpExchange(options: HttpExchangeOptions): HttpExchange {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const common: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token) common.authorization = `Bearer ${options.token}`;
  return async (method, path, body, headers = {}) => {
    try {
      const response = await fetch(joinUrl(options.baseUrl, path), {
        method,
        headers: { ...common, ...headers },
        body: body === undefined ? null : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      if (!response.ok && response.status !== 409) {
        await response.body?.cancel();
        return { status: response.status, body: undefined };
      }
      return { status: response.status, body: parsed(await response.text()) };
    } catch (error) {
      // The timeout's DOMException carries a numeric code (23) that would say nothing.
      if ((error as { name?: unknown } | null)?.name === 'TimeoutError') {
        throw new InsynError('SOURCE_UNAVAILABLE', `system ${options.systemId}: no answer within ${timeoutMs} ms`);
      }
      throw sourceError(options.systemId, error);
    }
  };
}
