// The lifecycle of a data subject's request as an explicit state machine. Every change of state
// goes through operations/requests/move-request.ts, which asks `canTransition` and writes the
// transition to the request's timeline and the processing log in the same transaction.
//
//   matching ─▶ received                       (foreign eID: a case handler identifies the person)
//   received ─▶ collecting ⇄ waiting ─▶ review ─▶ ready ─▶ approval ─▶ completed   (access)
//   received ─▶ handling ─▶ approval ─▶ completed                                   (other rights)
//   ready / handling ─▶ completed       (nothing withheld or refused: no approval needed)
//   approval ─▶ ready / handling        (the granskare sends the proposal back)
//   any open state ─▶ paused ─▶ the state it was paused from   (waiting for the person to supplement)
//   collecting / waiting ─▶ failed ─▶ received   (collection failed; a case handler starts it again)
//   received ─▶ completed                (a duplicate answered by the earlier case)

export const REQUEST_STATUSES = [
  'matching', 'received', 'collecting', 'waiting', 'review', 'handling', 'ready', 'approval', 'paused', 'completed', 'failed',
] as const;
export type LifecycleStatus = (typeof REQUEST_STATUSES)[number];

const PAUSABLE: ReadonlySet<LifecycleStatus> = new Set(['matching', 'received', 'review', 'handling', 'ready']);

const NEXT: Readonly<Record<LifecycleStatus, readonly LifecycleStatus[]>> = {
  matching: ['received', 'paused'],
  received: ['collecting', 'handling', 'paused', 'completed'],
  collecting: ['waiting', 'review', 'ready', 'failed'],
  waiting: ['collecting', 'review', 'ready', 'failed'],
  review: ['ready', 'paused'],
  handling: ['approval', 'completed', 'paused'],
  ready: ['approval', 'completed', 'paused'],
  approval: ['completed', 'ready', 'handling'],
  // Resuming returns to the state the request was paused from (checked by `canResume`).
  paused: [...PAUSABLE],
  completed: [],
  failed: ['received'],
};

/** States in which the request is still open (counts against the deadline, shows in the queue). */
export const OPEN_STATUSES: readonly LifecycleStatus[] = REQUEST_STATUSES.filter((status) => status !== 'completed' && status !== 'failed');

export function isOpen(status: LifecycleStatus): boolean {
  return status !== 'completed' && status !== 'failed';
}

export function canTransition(from: LifecycleStatus, to: LifecycleStatus): boolean {
  return NEXT[from].includes(to);
}

export function canPause(from: LifecycleStatus): boolean {
  return PAUSABLE.has(from);
}
