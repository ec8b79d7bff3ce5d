// Which hash chain an event belongs to. Chains are keyed by month (UTC) and by a shard
// derived from the subject key, so each month — and, later, each shard — verifies on its own
// and appends to different shards never wait for one another.

/** Events without a data subject share the shard `-`. */
export const NO_SUBJECT_SHARD = '-';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const CHAIN_KEY = /^\d{4}-(0[1-9]|1[0-2]):[0-9a-f-]$/;

/** `YYYY-MM:s` where s is the subject key's first hex digit, or `-` without a subject. */
export function chainKeyOf(occurredAt: Date, subjectKey: string | null): string {
  const month = occurredAt.toISOString().slice(0, 7);
  return `${month}:${subjectKey === null ? NO_SUBJECT_SHARD : subjectKey.charAt(0)}`;
}

/** True for `YYYY-MM`, the month part of a chain key. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** True for a name `chainKeyOf` can produce; the log holds no other chains. */
export function isChainKey(value: string): boolean {
  return CHAIN_KEY.test(value);
}
