// The accessibility statement (/tillganglighet, /en/accessibility) and its feedback function
// (meddelandefunktion). GET shows the statement; with the feedback service, it holds the form,
// which POSTs to the same address without a login: refused when posted from another site,
// counted against the client's address (RATE_LIMITED), shown again with its problems (422), or
// stored and answered with a 303 to the receipt page in the same language. Without the service
// (a server built without a database) the statement is shown with the other contact paths only.
import fastifyFormbody from '@fastify/formbody';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { AccessibilityFeedbackService } from '../../operations/accessibility/accessibility-feedback.ts';
import type { FeedbackForm } from '../../operations/accessibility/feedback-form.ts';
import { assertNotCrossSite } from '../cross-origin.ts';
import type { Language } from '../request-language.ts';
import { blankFeedbackForm, type FeedbackFormState } from '../views/accessibility-feedback-form.ts';
import { feedbackReceiptPaths } from '../views/accessibility-page-text.ts';
import { renderAccessibilityStatement, renderFeedbackReceipt } from '../views/accessibility-page.ts';
import { publicPaths } from '../views/layout-text.ts';

export interface AccessibilityRoutesOptions {
  readonly catalog: Catalog;
  /** Stores and lists the feedback; without it the page has no form. */
  readonly feedback?: AccessibilityFeedbackService;
}

const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: Type.String() } } });
const text = Type.Optional(Type.String({ maxLength: 65_536 }));
const feedbackBody = Type.Object({ _csrf: text, message: text, page: text, name: text, email: text, phone: text });

function formOf(body: Static<typeof feedbackBody>): FeedbackForm {
  return { message: body.message ?? '', page: body.page ?? '', name: body.name ?? '', email: body.email ?? '', phone: body.phone ?? '' };
}

/** The form's state for this request: a signed-in visitor's form carries the session's CSRF token. */
function formState(request: FastifyRequest, values: FeedbackForm, problems: FeedbackFormState['problems']): FeedbackFormState {
  const csrfToken = request.webSession?.csrfToken;
  return { values, problems, ...(csrfToken ? { csrfToken } : {}) };
}

export const accessibilityRoutes: FastifyPluginAsyncTypebox<AccessibilityRoutesOptions> = async (app, { catalog, feedback }) => {
  for (const language of ['sv', 'en'] as const satisfies readonly Language[]) {
    const path = publicPaths.accessibility[language];
    const plain = renderAccessibilityStatement(catalog, language).toString();
    app.get(path, {
      schema: { summary: `Accessibility statement, generated from the catalog (${language})`, tags: ['public'], response: { 200: htmlPage('HTML page') } },
    }, async (request, reply) => {
      reply.type('text/html; charset=utf-8');
      if (!feedback) return reply.send(plain);
      const state = formState(request, blankFeedbackForm, []);
      if (state.csrfToken) reply.header('cache-control', 'no-store');
      return reply.send(renderAccessibilityStatement(catalog, language, state).toString());
    });
  }
  if (!feedback) return;

  // The form posts without a session; the web-session plugin brings the parser when logins are served.
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded')) await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
  for (const language of ['sv', 'en'] as const satisfies readonly Language[]) {
    const receipt = renderFeedbackReceipt(catalog, language).toString();
    app.get(feedbackReceiptPaths[language], {
      schema: { summary: `Receipt for accessibility feedback (${language})`, tags: ['public'], response: { 200: htmlPage('HTML page') } },
    }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(receipt));

    app.post(publicPaths.accessibility[language], {
      schema: {
        summary: `Sends accessibility feedback (meddelandefunktion) (${language})`, tags: ['public'], body: feedbackBody,
        response: { 303: { description: 'To the receipt page' }, 422: htmlPage('The statement with the form and its problems') },
      },
    }, async (request, reply) => {
      assertNotCrossSite(request, []);
      const values = formOf(request.body);
      const outcome = await feedback.submit(values, { address: request.ip, language });
      if (outcome.problems) {
        const page = renderAccessibilityStatement(catalog, language, formState(request, values, outcome.problems));
        return reply.code(422).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page.toString());
      }
      return reply.redirect(feedbackReceiptPaths[language], 303);
    });
  }
};
