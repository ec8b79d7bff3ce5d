// What `verifyProcessingLog` reports: counts, and the first bad event when there is one.

export type VerifyProblemKind =
  | 'modified' | 'deleted' | 'inserted' | 'reordered' | 'tail-cut'
  | 'checkpoint-mismatch' | 'bad-signature' | 'unknown-key';

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
  /** Events after their chain's latest checkpoint: protected by the hash chain and head only. */
  readonly unsealed: number;
  readonly problem?: VerifyProblem;
}
