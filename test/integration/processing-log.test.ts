// The processing log on the machine's PostgreSQL: the same suites as on PGlite
// (src/audit/processing-log-database.test.ts), each suite in a database of its own.
import { postgresDatabase } from '../support/test-databases.ts';
import { describeBehaviour, describeWriteFailure } from '../support/processing-log-behaviour.ts';
import { describeTampering } from '../support/processing-log-tampering.ts';

describeBehaviour('PostgreSQL', postgresDatabase);
describeWriteFailure('PostgreSQL', postgresDatabase);
describeTampering('PostgreSQL', postgresDatabase);
