// What an intake names: the right, the channel, the person (or a foreign eID for manual
// matching), a representative and how their role was established, how identity was established,
// the contact time and the person's own words.
import type { IdentityNumber } from '../../domain/personnummer.ts';
import type {
  IdentityMethod, RepresentationProof, RequestChannel, RequesterKind, RequestRight,
} from '../../stores/request-store.ts';

export interface Representative {
  readonly kind: Exclude<RequesterKind, 'self'>;
  readonly identity: IdentityNumber;
  /** How the role was established: population-register relation (guardian), power of attorney, appointment decision. */
  readonly proof: RepresentationProof;
}

export interface ForeignIdentity {
  /** The eIDAS person identifier (or provisional id), never shown in URLs or logs. */
  readonly foreignId: string;
  readonly name: string;
  readonly birthDate?: string;
}

export interface IntakeInput {
  readonly right: RequestRight;
  readonly channel: RequestChannel;
  readonly language: 'sv' | 'en';
  /** The person the request is about; undefined only for a foreign eID login (manual matching). */
  readonly subject?: IdentityNumber;
  readonly foreignIdentity?: ForeignIdentity;
  /** The foreign eID login's subject key (the session's), so the person finds the request again. */
  readonly requesterKey?: string;
  readonly representative?: Representative;
  readonly identityMethod: IdentityMethod;
  /** When the request reached the agency (the time of the call or visit); default now. */
  readonly receivedAt?: Date;
  /** Which data, in which context; for rectification and completion the proposed correction. */
  readonly details?: { readonly text?: string; readonly correction?: string };
  readonly answerFormat?: 'electronic' | 'paper';
  /** `e-service`, `staff:<id>` or `cli`. */
  readonly actor: string;
}
