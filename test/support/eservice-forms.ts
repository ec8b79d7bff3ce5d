// Posting the e-service's forms as a browser does (application/x-www-form-urlencoded, the session
// cookie, the CSRF token) and reading what came back, for the e-service's integration tests.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { RequestRight } from '../../src/domain/request-kinds.ts';
import { eservicePaths } from '../../src/http/views/eservice/eservice-paths.ts';
import type { SessionCookie } from './web-fixture.ts';

export interface RequestFormFields {
  readonly details?: string;
  readonly correction?: string;
  readonly about?: string;
  readonly child?: string;
  readonly answerFormat?: string;
  readonly answerLanguage?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A complete form for `right`: details (and a correction where the right takes one), oneself, digital, Swedish. */
export function completeForm(right: RequestRight, more: RequestFormFields = {}): RequestFormFields {
  return {
    details: `Uppgifterna i ärendet om bostadsbidrag (${right}).`,
    ...(right === 'rectification' || right === 'completion' ? { correction: 'Rätt uppgift: Storgatan 1, 123 45 Exempelby.' } : {}),
    about: 'self', answerFormat: 'electronic', answerLanguage: 'sv', ...more,
  };
}

/** POSTs the fields; `csrf` null leaves the token out, a string replaces the session's. */
export async function postForm(
  app: FastifyInstance, session: SessionCookie | undefined, path: string, fields: RequestFormFields,
  options: { readonly csrf?: string | null; readonly address?: string } = {},
): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams(Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const csrf = options.csrf === undefined ? session?.csrfToken : options.csrf;
  if (csrf !== null && csrf !== undefined) body.set('_csrf', csrf);
  return app.inject({
    method: 'POST', url: path, payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(session ? { cookie: session.cookie } : {}) },
    ...(options.address ? { remoteAddress: options.address } : {}),
  });
}

/** GETs a page with the session's cookie. */
export function getPage(app: FastifyInstance, session: SessionCookie | undefined, path: string): Promise<LightMyRequestResponse> {
  return app.inject({ url: path, headers: session ? { cookie: session.cookie } : {} });
}

/** Registers through the form and returns the new request's id (asserting the 303 to its page). */
export async function registerThroughForm(
  app: FastifyInstance, session: SessionCookie, right: RequestRight, fields: RequestFormFields = completeForm(right), language: 'sv' | 'en' = 'sv',
): Promise<string> {
  const response = await postForm(app, session, eservicePaths(language).form(right), fields);
  assert.equal(response.statusCode, 303, `registering ${right}: ${response.body.slice(0, 300)}`);
  const location = String(response.headers.location);
  const id = location.split('/').at(-1)?.split('?')[0] ?? '';
  assert.match(id, UUID);
  assert.equal(location, eservicePaths(language).received(id));
  return id;
}

/** The href of every link in a page, in order. */
export function linksOf(page: string): string[] {
  return [...page.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
}
