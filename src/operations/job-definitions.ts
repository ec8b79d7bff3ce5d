// Every kind of durable job Insyn runs, given to each worker. Later work (the request core,
// collection, rendering) adds its definitions here.
import type { JobDefinition } from '../engine/job-definition.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each definition has its own payload type
export type AnyJobDefinition = JobDefinition<any>;

export function jobDefinitions(): readonly AnyJobDefinition[] {
  return [];
}
