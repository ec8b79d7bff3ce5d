// Registers a request for a register extract (Art. 15) as the CLI, benchmarks and tests make it:
// the same intake as every channel (operations/requests/register-request.ts) — case number,
// timeline, processing-log event, acknowledgement and collect job in one transaction — with the
// casework settings defaulted where the caller has none.
import type { IdentityNumber } from '../../domain/personnummer.ts';
import type { CaseworkDependencies } from '../requests/casework-dependencies.ts';
import { registerRequest } from '../requests/register-request.ts';
import type { RequestChannel } from '../../stores/request-store.ts';

export type StartRequestDependencies = Omit<CaseworkDependencies, 'casework' | 'evesAreHolidays'>
  & Partial<Pick<CaseworkDependencies, 'casework' | 'evesAreHolidays'>>;

export interface AccessRequestInput {
  readonly subject: IdentityNumber;
  readonly channel: RequestChannel;
  readonly language: 'sv' | 'en';
  /** Who registered it: a pseudonymous staff id, `e-service` or `cli`. */
  readonly actor: string;
}

const DEFAULT_CASEWORK = { caseNumberPrefix: 'DSR', duplicateWindowDays: 30, reminderWorkingDays: 5, erasureWaitMs: 7 * 86_400_000 } as const;

export async function startAccessRequest(deps: StartRequestDependencies, input: AccessRequestInput): Promise<{ id: string }> {
  const { id } = await registerRequest(
    { ...deps, casework: deps.casework ?? DEFAULT_CASEWORK, evesAreHolidays: deps.evesAreHolidays ?? false },
    { right: 'access', channel: input.channel, language: input.language, subject: input.subject, identityMethod: 'cli', actor: input.actor },
  );
  return { id };
}
