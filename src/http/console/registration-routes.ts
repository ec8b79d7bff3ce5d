// GET and POST /konsol/registrera: staff register a request that came by letter, phone, visit or
// e-mail. A refused form comes back with an error summary and its values; a registered request
// is shown at once (303 to its page, with the confirmation).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { StaffRole } from '../../operations/auth/web-identity.ts';
import { caseDonePath, consolePaths } from '../views/console/case-paths.ts';
import type { FieldError } from '../views/console/form-errors.ts';
import { localDateTimeValue } from '../views/console/format-date-time.ts';
import { renderRegistrationPage, type RegistrationValues } from '../views/console/registration-page.ts';
import { registrationPageText } from '../views/console/registration-page-text.ts';
import { sendConsolePage, staffContext, type StaffContext } from './console-page.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';
import { formBody, htmlPage, langQuery } from './console-schemas.ts';
import { formValues } from './form-body.ts';
import { readRegistration, registrationErrors, registrationValues } from './registration-form.ts';

const REGISTRARS: readonly StaffRole[] = ['handlaggare', 'granskare', 'administrator'];

function sendForm(
  reply: FastifyReply, options: ConsoleRoutesOptions, context: StaffContext, form: { values: RegistrationValues; errors: readonly FieldError[]; status: number },
): FastifyReply {
  const text = registrationPageText[context.language];
  const main = renderRegistrationPage({ language: context.language, values: form.values, errors: form.errors, csrfToken: context.session.csrfToken });
  const title = form.errors.length > 0 ? `${context.language === 'sv' ? 'Fel' : 'Error'}: ${text.title}` : text.title;
  return sendConsolePage(reply, options, context, { title, current: 'register', main, status: form.status });
}

export const registrationRoutes: FastifyPluginAsyncTypebox<ConsoleRoutesOptions> = async (app, options) => {
  app.get(consolePaths.register, {
    schema: { summary: 'The form to register a request made by letter, phone, visit or e-mail', tags: ['console'], querystring: langQuery, response: htmlPage('The form') },
  }, async (request, reply) => {
    const context = staffContext(request, reply, REGISTRARS);
    if (!context) return reply;
    const values = { receivedAt: localDateTimeValue(options.clock()), requester: 'self', answerFormat: 'electronic', language: 'sv' };
    return sendForm(reply, options, context, { values, errors: [], status: 200 });
  });

  app.post(consolePaths.register, {
    schema: {
      summary: 'Registers the request; 303 to its page', tags: ['console'], body: formBody,
      response: { 303: { description: 'Registered: the request page' }, 422: htmlPage('The form again, with errors')[200] },
    },
  }, async (request, reply) => {
    const context = staffContext(request, reply, REGISTRARS);
    if (!context) return reply;
    const values = registrationValues(formValues(request.body));
    const read = readRegistration(values, context.language, options.clock());
    if ('errors' in read) return sendForm(reply, options, context, { values, errors: read.errors, status: 422 });
    let result;
    try {
      result = await options.casework.register({ ...read.input, actor: `staff:${context.viewer.staffId}` }, context.viewer);
    } catch (error) {
      const errors = registrationErrors(error, context.language);
      if (!errors) throw error;
      return sendForm(reply, options, context, { values, errors, status: 422 });
    }
    const done = result.duplicateOf ? 'registered-duplicate' : 'registered';
    return reply.redirect(caseDonePath(result.id, done, context.language), 303);
  });
};
