// Every kind of durable job Insyn runs, given to each worker. Later work (the request core,
// collection, rendering) adds its definitions here.
import type { AnyJobDefinition } from '../engine/job-definition.ts';

export function jobDefinitions(): readonly AnyJobDefinition[] {
  return [];
}
