// Values a source system stores that JavaScript numbers and Dates would change are read as the
// text the database gives: 64-bit integers and decimals (precision), dates and timestamps (a
// Date shifts a calendar day into the local time zone). The same on every engine, so an
// extract shows what the system holds.
import pg from 'pg';

/** PostgreSQL type oids read as text: int8, numeric, date, time, timestamp, timestamptz, timetz. */
export const TEXT_TYPE_OIDS: readonly number[] = [20, 1700, 1082, 1083, 1114, 1184, 1266];

const asText = (value: string) => value;

/** For a pg Pool's `types` option. */
export const postgresTextTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    TEXT_TYPE_OIDS.includes(oid) ? asText : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** For PGlite's `parsers` query option. */
export const pgliteTextParsers: Readonly<Record<number, (value: string) => unknown>> =
  Object.freeze(Object.fromEntries(TEXT_TYPE_OIDS.map((oid) => [oid, asText])));
