// What `verifyProcessingLog` reports: counts, and the first bad event when there is one.

export type VerifyProblemKind =
  | 'modified' | 'deleted' | 'inserted' | 'reordered' | 'tail-cut' | 'head-rolled-back'
  | 'checkpoint-mismatch' | 'bad-signature' | 'unknown-key'
  /** Events older than the grace period that no checkpoint seals. */
  | 'unsealed'
  /** A chain whose name is not a chain key (`YYYY-MM:s`): no appender writes there. */
  | 'bad-chain';

export interface VerifyProblem {
  readonly chain: string;
  readonly seq: number;
  /** The offending event's id, when the event is there to name (not for a missing one). */
  readonly eventId?: number;
  readonly kind: VerifyProblemKind;
  readonly message: string;
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly chains: number;
  readonly events: number;
  readonly checkpoints: number;
  /**
   * Events after their chain's latest checkpoint: protected by the keyed hash chain and the head
   * only. Within the grace period they are counted here; older ones are an 'unsealed' problem.
   */
  readonly unsealed: number;
  readonly problem?: VerifyProblem;
}
