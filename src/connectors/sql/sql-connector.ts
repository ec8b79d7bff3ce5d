// What every SQL connector shares: reads become one parameterised SELECT in the engine's
// quoting style; a change locks the rows its key matches, decides, and writes in one
// transaction; driver errors become SOURCE_UNAVAILABLE (SOURCE_CONFLICT passes through).
// An engine supplies `query` and `transaction`.
import type { EngineKind } from '../../catalog/catalog-types.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { Connector, DeleteOutcome, DeleteRequest, ReadRequest, Row, UpdateOutcome, UpdateRequest } from '../connector.ts';
import { sourceError } from '../source-error.ts';
import { deletePlan, updatePlan, type ChangePlan } from './change-statements.ts';
import { deleteVerdict, updateVerdict, type Conflict } from './change-verdict.ts';
import type { QuoteStyle } from './quote-identifier.ts';
import { selectStatement } from './select-statement.ts';

export interface SqlResult {
  readonly rows: readonly Row[];
  /** Rows an UPDATE matched or a DELETE removed; 0 for a SELECT. */
  readonly changed: number;
}

/** One statement on the transaction's connection. */
export type SqlQuery = (sql: string, parameters: readonly unknown[]) => Promise<SqlResult>;

export interface SqlEngine {
  readonly systemId: string;
  readonly engine: EngineKind;
  readonly quoteStyle: QuoteStyle;
  query(sql: string, parameters: readonly unknown[]): Promise<readonly Row[]>;
  /** Runs `work` on one connection in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (query: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The locked rows with their fields named again (the lock selects them as c0, c1, …). */
function lockedRows(result: SqlResult, fields: readonly string[]): Row[] {
  return result.rows.map((row) => Object.fromEntries(fields.map((field, index) => [field, row[`c${index}`]])));
}

export function sqlConnector(engine: SqlEngine): Connector {
  const run = async (sql: string, parameters: readonly unknown[]): Promise<readonly Row[]> => {
    try {
      return await engine.query(sql, parameters);
    } catch (error) {
      throw sourceError(engine.systemId, error);
    }
  };
  const conflict = (location: string, reason: string) =>
    new InsynError('SOURCE_CONFLICT', `system ${engine.systemId}, ${location}: ${reason}`);

  /** Locks the key's rows, asks `decide`, and runs the plan's write when told to: it must touch exactly the one row. */
  const change = async <O extends string>(
    location: string, plan: ChangePlan, decide: (rows: readonly Row[]) => 'write' | O | Conflict, written: O,
  ): Promise<O> => {
    try {
      return await engine.transaction(async (query) => {
        const verdict = decide(lockedRows(await query(plan.lock.sql, plan.lock.parameters), plan.lock.fields));
        if (typeof verdict === 'object') throw conflict(location, verdict.conflict);
        if (verdict !== 'write') return verdict;
        // The lock holds the one row; a row the key gained meanwhile (a phantom) shows here and rolls all back.
        const { changed } = await query(plan.write.sql, plan.write.parameters);
        if (changed !== 1) throw conflict(location, `the change would touch ${changed} records`);
        return written;
      });
    } catch (error) {
      throw sourceError(engine.systemId, error);
    }
  };

  return {
    systemId: engine.systemId,
    engine: engine.engine,
    capabilities: new Set(['read', 'update', 'delete']),
    read: (request: ReadRequest) => {
      const statement = selectStatement(request, engine.quoteStyle);
      return run(statement.sql, statement.parameters);
    },
    update: async (request: UpdateRequest): Promise<UpdateOutcome> => {
      const plan = updatePlan(request, engine.quoteStyle);
      return change<UpdateOutcome>(request.location, plan, (rows) => updateVerdict(rows, request), 'updated');
    },
    delete: async (request: DeleteRequest): Promise<DeleteOutcome> => {
      const plan = deletePlan(request, engine.quoteStyle);
      return change<DeleteOutcome>(request.location, plan, (rows) => deleteVerdict(rows, request), 'deleted');
    },
    ping: async () => {
      await run('select 1', []);
    },
    close: () => engine.close(),
  };
}
