// The services a command or the HTTP server works with, opened by the composition root
// (src/main.ts) and closed when the process is done with them.
import type { Catalog } from '../catalog/catalog-types.ts';
import type { Config } from '../config/config.ts';
import type { DatabaseHandle } from '../db/database.ts';

export interface AppServices {
  readonly config: Config;
  readonly catalog: Catalog;
  readonly database: DatabaseHandle;
  /** One round trip to Insyn's own database; rejects when it is unreachable (readiness probe). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
