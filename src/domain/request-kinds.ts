// The kinds a data subject's request is described by: the rights it can be about and the channels
// it can come by (in the order the console lists them), who makes it and how their identity and
// role were established, why its time was extended, and the letters it causes. The one definition:
// the request tables, the stores, the operations and the pages all use these.

export const REQUEST_RIGHTS = ['access', 'rectification', 'completion', 'erasure', 'restriction', 'objection'] as const;
export type RequestRight = (typeof REQUEST_RIGHTS)[number];

export const REQUEST_CHANNELS = ['e-service', 'letter', 'phone', 'visit', 'email', 'cli'] as const;
export type RequestChannel = (typeof REQUEST_CHANNELS)[number];

/** Who makes the request: the person, or a representative of theirs. */
export type RequesterKind = 'self' | 'guardian' | 'god-man' | 'forvaltare' | 'agent';

/** How a representative's role was established. */
export type RepresentationProof = 'population-register' | 'power-of-attorney' | 'appointment';

/** How the requester's identity was established (the answer never goes to an address given in a request). */
export type IdentityMethod = 'e-legitimation' | 'foreign-eid' | 'id-document' | 'registered-address' | 'cli';

/** Art. 12(3): why the time limit was extended. */
export type ExtensionReason = 'complexity' | 'number-of-requests';

/** The letters on the outbox; 'extract' is the register extract itself, sent with its decision. */
export type LetterKind = 'acknowledgement' | 'extension' | 'supplement' | 'duplicate' | 'decision' | 'extract' | 'receipt';
