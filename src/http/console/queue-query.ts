// The queue's GET filter as the form sends it (?status=&rattighet=&kanal=&urval=mina&urval=forsenade),
// read leniently: an unknown value is no filter, never an error.
import { REQUEST_CHANNELS, REQUEST_RIGHTS, type RequestChannel, type RequestRight } from '../../domain/request-kinds.ts';
import { REQUEST_STATUSES, type LifecycleStatus } from '../../domain/request-lifecycle.ts';
import type { QueueFilterValues } from '../views/console/queue-page.ts';

function oneOf<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function many(value: unknown): readonly string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function readQueueQuery(query: unknown): QueueFilterValues {
  const values = (typeof query === 'object' && query !== null ? query : {}) as Readonly<Record<string, unknown>>;
  const status = oneOf<LifecycleStatus>(REQUEST_STATUSES, values.status);
  const right = oneOf<RequestRight>(REQUEST_RIGHTS, values.rattighet);
  const channel = oneOf<RequestChannel>(REQUEST_CHANNELS, values.kanal);
  const limits = many(values.urval);
  return {
    ...(status ? { status } : {}), ...(right ? { right } : {}), ...(channel ? { channel } : {}),
    mine: limits.includes('mina'), overdue: limits.includes('forsenade'),
  };
}
