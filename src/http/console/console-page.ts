// What every console route does first and last: find the staff session (or send the browser to
// the login), read the page's language (?lang=en, Swedish otherwise), and send a page in the
// console frame. Console pages show personal data: never cached.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StaffRole } from '../../operations/auth/web-identity.ts';
import type { StaffViewer } from '../../operations/requests/casework-service.ts';
import { requireStaff, type StaffSession } from '../auth/require-session.ts';
import type { Language } from '../request-language.ts';
import { consoleLayout, type ConsoleSection } from '../views/console/console-layout.ts';
import type { SafeHtml } from '../../lib/html.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';

export interface StaffContext {
  readonly session: StaffSession;
  readonly viewer: StaffViewer;
  readonly language: Language;
}

/** English only when asked for with ?lang=en (links and forms carry it on); Swedish otherwise. */
export function consoleLanguage(request: FastifyRequest): Language {
  const query = request.query as Readonly<Record<string, unknown>> | undefined;
  return query?.lang === 'en' ? 'en' : 'sv';
}

/** The staff context, or undefined when the browser was sent to the login (return the reply). */
export function staffContext(request: FastifyRequest, reply: FastifyReply, roles: readonly StaffRole[] = []): StaffContext | undefined {
  const session = requireStaff(request, reply, roles);
  if (!session) return undefined;
  const { staffId, roles: held } = session.identity;
  return { session, viewer: { staffId, roles: held }, language: consoleLanguage(request) };
}

export interface ConsolePage {
  readonly title: string;
  readonly current: ConsoleSection;
  readonly main: SafeHtml;
  readonly status?: number;
}

export function sendConsolePage(reply: FastifyReply, options: ConsoleRoutesOptions, context: StaffContext, page: ConsolePage): FastifyReply {
  const document = consoleLayout({
    language: context.language, title: page.title, agencyName: options.catalog.controller.name[context.language],
    staff: { name: context.session.identity.name, roles: context.session.identity.roles }, csrfToken: context.session.csrfToken,
    current: page.current, main: page.main, nonce: reply.request.cspNonce,
  });
  return reply.code(page.status ?? 200).type('text/html; charset=utf-8').send(document.value);
}
