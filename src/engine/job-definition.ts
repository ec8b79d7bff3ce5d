// What a kind of job does. A job's work is split into named steps; each finished step's result
// is stored, so that a job resumed after a failure or a crash returns it instead of redoing it.

export interface JobContext {
  readonly jobId: number;
  /** 1 on the first run, counting every claim (including those of crashed workers). */
  readonly attempt: number;
  /** True on the attempt after which a failure fails the job for good (no retry follows). */
  readonly lastAttempt: boolean;
  /**
   * Runs `fn` once per job: when a step of this name has completed before, its stored JSON
   * result is returned without running `fn`. The result must survive JSON (undefined becomes null).
   * Should another run of the job store the step first (it took the job over while `fn` ran),
   * its result is returned instead of `fn`'s.
   */
  step<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export interface JobDefinition<P> {
  readonly kind: string;
  readonly version: number;
  /** Validates the stored payload; throw an InsynError with a 4xx status to fail the job at once. */
  parsePayload(payload: unknown): P;
  run(context: JobContext, payload: P): Promise<void>;
}

/** A definition of any payload type, as a worker holds them side by side. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition has its own payload type
export type AnyJobDefinition = JobDefinition<any>;

export function defineJob<P>(definition: JobDefinition<P>): JobDefinition<P> {
  return definition;
}

export function definitionKey(kind: string, version: number): string {
  return `${kind}@${version}`;
}
