// The DPO's statistics on the machine's PostgreSQL: the same suite PGlite runs
// (src/stores/casework-statistics-store.test.ts).
import { describeCaseworkStatistics } from '../support/casework-statistics-behaviour.ts';
import { postgresDatabase } from '../support/test-databases.ts';

describeCaseworkStatistics('PostgreSQL', (t) => postgresDatabase(t));
