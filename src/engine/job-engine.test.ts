// The durable job engine on PGlite; test/integration/job-engine.test.ts runs the same suites on
// PostgreSQL, with several workers sharing one database.
import { pgliteDatabase } from '../../test/support/test-databases.ts';
import { describeEnqueue, describeRecovery, describeRetries, sharedDatabase } from '../../test/support/job-engine-behaviour.ts';

const open = sharedDatabase(() => pgliteDatabase());

describeEnqueue('PGlite', open);
describeRetries('PGlite', open);
describeRecovery('PGlite', open);
