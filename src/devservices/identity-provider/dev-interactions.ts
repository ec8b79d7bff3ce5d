// The development identity provider's own pages: GET /interaction/:uid shows the login form for
// the client's audience (citizens for the e-service, staff for the console), POST logs the
// chosen account in (or cancels) and hands back to oidc-provider. Nothing is logged.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { DevAccount, DevAudience } from './dev-accounts.ts';
import { DEV_PAGE_CSP, type DevClients } from './dev-provider-configuration.ts';
import { renderDevErrorPage, renderDevLoginPage } from './dev-login-page.ts';

const MAX_FORM_BYTES = 8 * 1024;

export interface DevInteractionContext {
  readonly provider: Provider;
  readonly clients: DevClients;
  readonly accounts: readonly DevAccount[];
}

export function sendDevPage(response: ServerResponse, status: number, body: string): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store',
    'content-security-policy': DEV_PAGE_CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer',
  });
  response.end(body);
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function audienceOf(clients: DevClients, clientId: unknown): DevAudience | undefined {
  if (clientId === clients.citizen.clientId) return 'citizen';
  if (clientId === clients.staff.clientId) return 'staff';
  return undefined;
}

async function finish(context: DevInteractionContext, request: IncomingMessage, response: ServerResponse, audience: DevAudience): Promise<void> {
  const form = await readForm(request);
  if (!form) return sendDevPage(response, 413, renderDevErrorPage('request_too_large'));
  if (form.get('action') === 'avbryt') {
    return context.provider.interactionFinished(request, response,
      { error: 'access_denied', error_description: 'The person cancelled the login.' }, { mergeWithLastSubmission: false });
  }
  const account = context.accounts.find((candidate) => candidate.id === form.get('person') && candidate.audience === audience);
  if (!account) return sendDevPage(response, 400, renderDevErrorPage('unknown_person'));
  return context.provider.interactionFinished(request, response,
    { login: { accountId: account.id, acr: account.acr, amr: ['dev'], remember: false } }, { mergeWithLastSubmission: false });
}

/** Handles /interaction/:uid; answers an error page when the interaction is unknown or expired. */
export async function handleDevInteraction(
  context: DevInteractionContext, request: IncomingMessage, response: ServerResponse, uid: string,
): Promise<void> {
  let details;
  try {
    details = await context.provider.interactionDetails(request, response);
  } catch {
    return sendDevPage(response, 400, renderDevErrorPage('interaction_expired'));
  }
  const audience = audienceOf(context.clients, details.params.client_id);
  if (details.uid !== uid || !audience) return sendDevPage(response, 400, renderDevErrorPage('invalid_request'));
  if (request.method === 'GET') return sendDevPage(response, 200, renderDevLoginPage({ uid, audience, accounts: context.accounts }));
  if (request.method === 'POST') return finish(context, request, response, audience);
  return sendDevPage(response, 405, renderDevErrorPage('method_not_allowed'));
}
