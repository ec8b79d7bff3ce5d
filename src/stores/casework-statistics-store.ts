// The data protection officer's figures (domain/casework-statistics.ts), counted in the database:
// a handful of aggregate queries over `request`, the same SQL on PGlite and PostgreSQL. Days and
// months are Swedish (Europe/Stockholm), as deadlines are.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { CaseworkStatistics, MonthFigures } from '../domain/casework-statistics.ts';
import { REQUEST_CHANNELS, REQUEST_RIGHTS, type RequestChannel, type RequestRight } from '../domain/request-kinds.ts';
import { swedishDay } from '../domain/response-deadline.ts';

export interface StatisticsPeriod {
  /** Start of the period (inclusive). */
  readonly from: Date;
  /** End of the period (exclusive). */
  readonly to: Date;
  /** The instant at which open requests are judged overdue. */
  readonly now: Date;
}

const ZONE = 'Europe/Stockholm';
const swedishMonth = (column: 'received_at' | 'completed_at') => sql<string>`to_char(${sql.ref(column)} at time zone ${ZONE}, 'YYYY-MM')`;
const swedishDate = (column: 'received_at' | 'completed_at') => sql`(${sql.ref(column)} at time zone ${ZONE})::date`;

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

async function receivedCounts(db: Kysely<Database>, period: StatisticsPeriod) {
  const rows = await db.selectFrom('request')
    .select(['right_kind', 'channel', sql<number>`count(*)::int`.as('n')])
    .where('received_at', '>=', period.from).where('received_at', '<', period.to)
    .groupBy(['right_kind', 'channel']).execute();
  const byRight = zeros(REQUEST_RIGHTS);
  const byChannel = zeros(REQUEST_CHANNELS);
  const byRightAndChannel = Object.fromEntries(REQUEST_RIGHTS.map((right) => [right, zeros(REQUEST_CHANNELS)])) as Record<RequestRight, Record<RequestChannel, number>>;
  for (const row of rows) {
    byRight[row.right_kind] += row.n;
    byChannel[row.channel] += row.n;
    byRightAndChannel[row.right_kind][row.channel] += row.n;
  }
  return { received: rows.reduce((sum, row) => sum + row.n, 0), byRight, byChannel, byRightAndChannel };
}

async function answeredFigures(db: Kysely<Database>, period: StatisticsPeriod) {
  const days = sql`${swedishDate('completed_at')} - ${swedishDate('received_at')}`;
  const row = await db.selectFrom('request')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<number | null>`percentile_cont(0.5) within group (order by ${days})`.as('median'),
    ])
    .where('status', '=', 'completed')
    .where('completed_at', '>=', period.from).where('completed_at', '<', period.to)
    .executeTakeFirstOrThrow();
  return { answered: row.n, medianDaysToAnswer: row.median === null ? null : Number(row.median) };
}

// Open and past due. While a request is paused its clock stands still (the deadline moves on by
// the days paused when it resumes), so a paused request counts only if it was late when paused.
async function overdueCount(db: Kysely<Database>, now: Date): Promise<number> {
  const row = await db.selectFrom('request').select(sql<number>`count(*)::int`.as('n'))
    .where('status', 'not in', ['completed', 'failed'])
    .where((eb) => eb.or([
      eb.and([eb('status', '<>', 'paused'), eb('due_at', '<', now)]),
      eb.and([eb('status', '=', 'paused'), eb('due_at', '<', eb.ref('paused_at'))]),
    ]))
    .executeTakeFirstOrThrow();
  return row.n;
}

async function extensionCount(db: Kysely<Database>, period: StatisticsPeriod): Promise<number> {
  const row = await db.selectFrom('request').select(sql<number>`count(*)::int`.as('n'))
    .where('extended_at', '>=', period.from).where('extended_at', '<', period.to)
    .executeTakeFirstOrThrow();
  return row.n;
}

async function countsPerMonth(db: Kysely<Database>, column: 'received_at' | 'completed_at', period: StatisticsPeriod): Promise<Map<string, number>> {
  let query = db.selectFrom('request').select([swedishMonth(column).as('month'), sql<number>`count(*)::int`.as('n')])
    .where(column, '>=', period.from).where(column, '<', period.to);
  if (column === 'completed_at') query = query.where('status', '=', 'completed');
  const rows = await query.groupBy(sql`1`).execute();
  return new Map(rows.map((row) => [row.month, row.n]));
}

/** Every Swedish calendar month from the one `from` falls in to the one the period's last instant falls in. */
export function monthsOfPeriod(from: Date, to: Date): string[] {
  const first = swedishDay(from).slice(0, 7);
  const last = swedishDay(new Date(to.getTime() - 1)).slice(0, 7);
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let current = first; current <= last; current = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

async function perMonth(db: Kysely<Database>, period: StatisticsPeriod): Promise<MonthFigures[]> {
  const [received, answered] = [await countsPerMonth(db, 'received_at', period), await countsPerMonth(db, 'completed_at', period)];
  return monthsOfPeriod(period.from, period.to)
    .map((month) => ({ month, received: received.get(month) ?? 0, answered: answered.get(month) ?? 0 }));
}

/** The DPO's figures for requests in [from, to), with "overdue" judged at `now`. */
export async function caseworkStatistics(db: Kysely<Database>, period: StatisticsPeriod): Promise<CaseworkStatistics> {
  if (!(period.from.getTime() < period.to.getTime())) throw new RangeError('the period must start before it ends');
  // One after the other: PGlite is a single connection, and a pool need not hold five.
  const received = await receivedCounts(db, period);
  const answered = await answeredFigures(db, period);
  const overdueNow = await overdueCount(db, period.now);
  const extensions = await extensionCount(db, period);
  const months = await perMonth(db, period);
  return {
    from: period.from, to: period.to, now: period.now,
    ...received, ...answered, overdueNow, extensions, perMonth: months,
  };
}
