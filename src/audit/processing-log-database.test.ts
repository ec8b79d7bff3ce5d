// The processing log on PGlite: append-only triggers, batched appends, transactions, and each
// kind of tampering caught by verification. test/integration/processing-log.test.ts runs the
// same suites on PostgreSQL.
import { pgliteDatabase } from '../../test/support/test-databases.ts';
import { describeBehaviour, describeWriteFailure } from '../../test/support/processing-log-behaviour.ts';
import { describeTampering } from '../../test/support/processing-log-tampering.ts';

const open = () => pgliteDatabase();

describeBehaviour('PGlite', open);
describeWriteFailure('PGlite', open);
describeTampering('PGlite', open);
