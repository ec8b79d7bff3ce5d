// Which hash chain an event belongs to. Chains are keyed by month (UTC) and by a shard
// derived from the subject key, so each month — and, later, each shard — verifies on its own
// and appends to different shards never wait for one another.

/** Events without a data subject share the shard `-`. */
export const NO_SUBJECT_SHARD = '-';

/** `YYYY-MM:s` where s is the subject key's first hex digit, or `-` without a subject. */
export function chainKeyOf(occurredAt: Date, subjectKey: string | null): string {
  const month = occurredAt.toISOString().slice(0, 7);
  return `${month}:${subjectKey === null ? NO_SUBJECT_SHARD : subjectKey.charAt(0)}`;
}
