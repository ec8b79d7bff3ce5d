// The request form of each right: GET shows it (after login), POST checks the rate limit (every
// submission counts, also one with errors, so a child's number cannot be tried over and over),
// shows the form again with its problems, or registers the request through casework.register
// and redirects (303) to the request page with the confirmation.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { REQUEST_RIGHTS, type RequestRight } from '../../domain/request-kinds.ts';
import type { CitizenSession } from '../auth/require-session.ts';
import { requireCitizen } from '../auth/require-session.ts';
import type { Language } from '../request-language.ts';
import { eservicePaths } from '../views/eservice/eservice-paths.ts';
import { renderRequestForm } from '../views/eservice/request-form-page.ts';
import { htmlPage, sendPage, toLogin, type EserviceRoutesOptions } from './eservice-options.ts';
import {
  blankRequestForm, checkRequestForm, readRequestForm, type RequestFormProblem, type RequestFormValues,
} from './request-form.ts';

const text = Type.Optional(Type.String({ maxLength: 65_536 }));
const formBody = Type.Object({
  _csrf: text, details: text, correction: text, about: text, child: text, answerFormat: text, answerLanguage: text,
});

interface Shown {
  readonly session: CitizenSession;
  readonly right: RequestRight;
  readonly values: RequestFormValues;
  readonly problems: readonly RequestFormProblem[];
}

export function requestFormRoutes(language: Language): FastifyPluginAsyncTypebox<EserviceRoutesOptions> {
  const paths = eservicePaths(language);
  return async (app, { casework, auth, catalog }) => {
    const form = (shown: Shown) => renderRequestForm({ catalog, language, ...shown });
    for (const right of REQUEST_RIGHTS) {
      app.get(paths.form(right), {
        schema: { summary: `E-service: the form for a ${right} request (${language})`, tags: ['public'], response: { 200: htmlPage('The form'), 303: toLogin } },
      }, async (request, reply) => {
        const session = requireCitizen(request, reply);
        if (!session) return reply;
        return sendPage(reply, form({ session, right, values: blankRequestForm(language), problems: [] }));
      });
      app.post(paths.form(right), {
        schema: {
          summary: `E-service: registers a ${right} request (${language})`, tags: ['public'], body: formBody,
          response: { 303: { description: 'To the request page with the acknowledgement' }, 422: htmlPage('The form with its problems') },
        },
      }, async (request, reply) => {
        const session = requireCitizen(request, reply);
        if (!session) return reply;
        await auth.checkRateLimit({ personKey: session.subjectKey, address: request.ip });
        const values = readRequestForm(request.body);
        const checked = checkRequestForm(values, right, session);
        if (!checked.input) return sendPage(reply.code(422), form({ session, right, values, problems: checked.problems }));
        try {
          const result = await casework.register(checked.input);
          return reply.redirect(paths.received(result.id), 303);
        } catch (error) {
          if (!isInsynError(error, 'REPRESENTATION_NOT_SHOWN')) throw error;
          return sendPage(reply.code(422), form({ session, right, values, problems: ['child-not-shown'] }));
        }
      });
    }
  };
}
