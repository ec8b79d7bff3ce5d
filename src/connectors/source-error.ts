import { InsynError } from '../domain/error-catalogue.ts';

/**
 * Wraps a driver error as SOURCE_UNAVAILABLE. Only the driver's error code travels on: a
 * driver's message can quote the values of a query, which may be personal data, so the
 * original error is not kept, not even as the cause a logger would serialise.
 */
export function sourceError(systemId: string, error: unknown): InsynError {
  if (error instanceof InsynError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const name = (error as { name?: unknown } | null)?.name;
  const tag = typeof code === 'string' || typeof code === 'number' ? String(code) : typeof name === 'string' ? name : 'error';
  return new InsynError('SOURCE_UNAVAILABLE', `system ${systemId}: ${tag.replace(/[^\w.-]/g, '').slice(0, 40)}`);
}
