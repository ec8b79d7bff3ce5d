// What a request-page action is: how its form is read into a call of the casework service, which
// answers with the confirmation to show. Shared by the page's actions (case-action-routes.ts) and
// the change actions (change-action-specs.ts).
import type { CaseworkService, StaffViewer } from '../../operations/requests/casework-service.ts';
import type { Language } from '../request-language.ts';
import type { FormValues } from '../views/console/form-values.ts';
import type { DoneNotice } from '../views/console/request-page-text.ts';
import type { Parsed } from './case-action-input.ts';

export type Run = (casework: CaseworkService, requestId: string, viewer: StaffViewer) => Promise<DoneNotice>;

export interface ActionSpec {
  readonly summary: string;
  /** Reads the form into the call, or returns the problems; actions without a form only run. */
  readonly read: (values: FormValues, language: Language) => Parsed<Run>;
}

export const only = (run: Run): Parsed<Run> => ({ value: run });
export function then<T>(parsed: Parsed<T>, run: (value: T) => Run): Parsed<Run> {
  return 'errors' in parsed ? parsed : { value: run(parsed.value) };
}

