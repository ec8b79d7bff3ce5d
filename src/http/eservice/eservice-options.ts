// What the e-service's routes are given, and how they answer with a page.
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { WebAuth } from '../../operations/auth/create-web-auth.ts';
import type { CaseworkService } from '../../operations/requests/casework-service.ts';

export interface EserviceRoutesOptions {
  /** Registration and the citizen's own cases (need-to-know is enforced there). */
  readonly casework: CaseworkService;
  /** Rate limits on the forms (sessions and CSRF come from the web-session plugin). */
  readonly auth: WebAuth;
  /** The agency's name and contacts for the pages and letters. */
  readonly catalog: Catalog;
}

export function sendPage(reply: FastifyReply, page: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(page);
}

export const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: Type.String() } } });
export const toLogin = { description: 'To the login (no session), or on after the form' };
