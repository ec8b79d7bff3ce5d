// The rights a data subject's request can be about and the channels it can come by, in the order
// the console lists them. The request table (db/tables/request-tables.ts) declares the same unions
// for storage; stores/casework-statistics-store.ts checks at compile time that they agree.

export const REQUEST_RIGHTS = ['access', 'rectification', 'completion', 'erasure', 'restriction', 'objection'] as const;
export type RequestRight = (typeof REQUEST_RIGHTS)[number];

export const REQUEST_CHANNELS = ['e-service', 'letter', 'phone', 'visit', 'email', 'cli'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];
