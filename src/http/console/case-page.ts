// Shows a request page: the case through the casework service (which refuses a protected
// person's case without the authorisation, and logs the view), framed in the console.
import type { FastifyReply } from 'fastify';
import type { CaseAction } from '../views/console/case-paths.ts';
import type { FailedForm } from '../views/console/form-values.ts';
import { renderRequestPage, requestPageTitle } from '../views/console/request-page.ts';
import { DONE_NOTICES, type DoneNotice } from '../views/console/request-page-text.ts';
import { sendConsolePage, type StaffContext } from './console-page.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';

export interface CasePageState {
  readonly done?: DoneNotice;
  readonly failed?: FailedForm<CaseAction>;
  readonly status?: number;
}

/** A confirmation named in the query (?klart=…); anything else shows none. */
export function doneNotice(value: unknown): DoneNotice | undefined {
  return typeof value === 'string' && (DONE_NOTICES as readonly string[]).includes(value) ? (value as DoneNotice) : undefined;
}

export async function sendCasePage(
  reply: FastifyReply, options: ConsoleRoutesOptions, context: StaffContext, requestId: string, state: CasePageState = {},
): Promise<FastifyReply> {
  const detail = await options.casework.staffCase(requestId, context.viewer);
  const main = renderRequestPage({
    language: context.language, detail, viewer: context.viewer, csrfToken: context.session.csrfToken, now: options.clock(),
    due: { reminderWorkingDays: options.reminderWorkingDays, evesAreHolidays: options.evesAreHolidays }, catalog: options.catalog,
    ...(state.done ? { done: state.done } : {}), ...(state.failed ? { failed: state.failed } : {}),
  });
  const title = requestPageTitle(detail, context.language);
  const shownTitle = state.failed && state.failed.errors.length > 0 ? `${context.language === 'sv' ? 'Fel' : 'Error'}: ${title}` : title;
  return sendConsolePage(reply, options, context, { title: shownTitle, current: 'request', main, status: state.status ?? 200 });
}
