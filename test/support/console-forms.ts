// Using the staff console as a browser does, for the console's integration tests: GET a page and
// POST a form (application/x-www-form-urlencoded, repeated names for checkboxes) with a staff
// session's cookie and CSRF token; register a request through the form; read ids and links.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { saveCollectedPart } from '../../src/stores/extract-part-store.ts';
import { saveReviewNeeds, type ReviewNeed } from '../../src/stores/review-store.ts';
import { settleCollection } from './collection-outcome.ts';
import type { SessionCookie, WebFixture } from './web-fixture.ts';

export type ConsoleFields = Readonly<Record<string, string | readonly string[] | undefined>>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function getConsole(app: FastifyInstance, session: SessionCookie | undefined, path: string): Promise<LightMyRequestResponse> {
  return app.inject({ url: path, headers: session ? { cookie: session.cookie } : {} });
}

/** POSTs the fields; `csrf` null leaves the token out, a string replaces the session's. */
export function postConsole(
  app: FastifyInstance, session: SessionCookie | undefined, path: string, fields: ConsoleFields = {}, options: { readonly csrf?: string | null } = {},
): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const one of typeof value === 'string' ? [value] : value) body.append(name, one);
  }
  const csrf = options.csrf === undefined ? session?.csrfToken : options.csrf;
  if (csrf !== null && csrf !== undefined) body.set('_csrf', csrf);
  return app.inject({
    method: 'POST', url: path, payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(session ? { cookie: session.cookie } : {}) },
  });
}

/** A phone call registered by staff: rectification, identity by the registered address, the person's own words. */
export function phoneCall(subject: string, more: ConsoleFields = {}): ConsoleFields {
  return {
    right: 'rectification', channel: 'phone', receivedAt: '2026-03-02T09:15', subject, identityMethod: 'registered-address',
    requester: 'self', text: 'Adressen i ärendet om sjukpenning är fel.', correction: 'Rätt adress är Storgatan 1.',
    answerFormat: 'electronic', language: 'sv', ...more,
  };
}

/** The request id in a 303 to a request page. */
export function caseIdOf(response: LightMyRequestResponse): string {
  assert.equal(response.statusCode, 303, response.body.slice(0, 500));
  const id = String(response.headers.location).split('?')[0]?.split('/').at(-1) ?? '';
  assert.match(id, UUID);
  return id;
}

export async function registerInConsole(app: FastifyInstance, session: SessionCookie, fields: ConsoleFields): Promise<string> {
  return caseIdOf(await postConsole(app, session, '/konsol/registrera', fields));
}

/** An item waiting for review, with the values collected for it (if any). */
export interface ReviewNeedWithValues extends ReviewNeed {
  readonly values?: Readonly<Record<string, string | null>>;
}

/** Moves an access request into secrecy review with these items waiting (and their collected values), as collection and screening do. */
export async function inReview(fixture: WebFixture, requestId: string, needs: readonly ReviewNeedWithValues[]): Promise<void> {
  const deps = fixture.caseworkDeps;
  await settleCollection(deps, requestId, 'review', {
    also: (trx) => saveReviewNeeds(trx, requestId, needs.map(({ dataset, itemKey, kinds }) => ({ dataset, itemKey, kinds }))),
  });
  for (const need of needs.filter((item) => item.values)) {
    const item = { key: need.itemKey, values: need.values ?? {}, matchedBy: ['pnr'], roles: ['insured'] };
    await saveCollectedPart(deps.db, requestId, { dataset: need.dataset, items: [item] }, need.dataset);
  }
}

/** Text of the page without tags and with entities of quotes and ampersands decoded, whitespace collapsed. */
export function pageText(body: string): string {
  return body.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ');
}
