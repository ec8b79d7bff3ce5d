// Where the demo agency's source systems live. Its PostgreSQL systems go to one target and
// its MariaDB systems to another (the table names are distinct); a target is a PostgreSQL
// or MariaDB server by URL, or an embedded PGlite database (both roles may share one).

/** The part of PGlite's query interface the demo agency uses (house rule: type only what you use). */
export interface DemoPgliteQueryable {
  query<R>(
    sql: string, params?: unknown[],
    options?: { blob?: Blob; parsers?: Record<number, (value: string) => unknown> },
  ): Promise<{ rows: R[] }>;
  exec(sql: string): Promise<unknown>;
}

export interface DemoPglite extends DemoPgliteQueryable {
  transaction<T>(callback: (tx: DemoPgliteQueryable) => Promise<T>): Promise<T>;
}

export type DemoTarget =
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'mariadb'; readonly url: string }
  | { readonly kind: 'pglite'; readonly pglite: DemoPglite };

export interface DemoTargets {
  /** Holds folkbokforing, arenden, kontakthistorik and the document archive's rows. */
  readonly postgres: DemoTarget;
  /** Holds utbetalningar, lakarintyg, utlamnanden and mina-sidor. */
  readonly mariadb: DemoTarget;
}

/** A target from a connection URL: postgres(ql):// or mysql:// / mariadb://. */
export function demoTargetFromUrl(url: string): DemoTarget {
  const protocol = new URL(url).protocol;
  if (protocol === 'postgres:' || protocol === 'postgresql:') return { kind: 'postgres', url };
  if (protocol === 'mysql:' || protocol === 'mariadb:') return { kind: 'mariadb', url };
  throw new TypeError(`a demo target must be a PostgreSQL or MariaDB URL, not ${protocol}`);
}
