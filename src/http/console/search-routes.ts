// GET and POST /konsol/sok: a person's cases, found by a search that names its purpose. The
// number is posted, never put in an address; the casework service logs the search (actor and
// purpose) before it runs and leaves protected persons' cases out without the authorisation.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { isInsynError } from '../../domain/error-catalogue.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../domain/personnummer.ts';
import type { StaffRole } from '../../operations/auth/web-identity.ts';
import type { CaseSummary } from '../../operations/requests/case-views.ts';
import { consolePaths } from '../views/console/case-paths.ts';
import type { FieldError } from '../views/console/form-errors.ts';
import { renderSearchPage, searchFieldIds, type SearchPageInput } from '../views/console/search-page.ts';
import { searchPageText } from '../views/console/search-page-text.ts';
import { sendConsolePage, staffContext, type StaffContext } from './console-page.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';
import { formBody, htmlPage, langQuery } from './console-schemas.ts';
import { formValues } from './form-body.ts';

const SEARCHERS: readonly StaffRole[] = ['handlaggare', 'granskare', 'administrator', 'dataskyddsombud'];

function purposesOf(options: ConsoleRoutesOptions, context: StaffContext): SearchPageInput['purposes'] {
  return options.catalog.purposes.map((purpose) => ({ id: purpose.id, name: purpose.name[context.language] }));
}

function send(
  reply: FastifyReply, options: ConsoleRoutesOptions, context: StaffContext,
  page: { values: SearchPageInput['values']; errors: readonly FieldError[]; results?: readonly CaseSummary[]; status: number },
): FastifyReply {
  const main = renderSearchPage({
    language: context.language, csrfToken: context.session.csrfToken, purposes: purposesOf(options, context),
    values: page.values, errors: page.errors, ...(page.results ? { results: page.results } : {}),
  });
  const title = searchPageText[context.language].title;
  return sendConsolePage(reply, options, context, { title: page.errors.length > 0 ? `${context.language === 'sv' ? 'Fel' : 'Error'}: ${title}` : title, current: 'search', main, status: page.status });
}

function personOf(text: string): IdentityNumber | undefined {
  try {
    return parseIdentityNumber(text);
  } catch (error) {
    if (isInsynError(error, 'PERSONNUMMER_INVALID')) return undefined;
    throw error;
  }
}

export const searchRoutes: FastifyPluginAsyncTypebox<ConsoleRoutesOptions> = async (app, options) => {
  app.get(consolePaths.search, {
    schema: { summary: "The form to find a person's requests, naming the purpose", tags: ['console'], querystring: langQuery, response: htmlPage('The form') },
  }, async (request, reply) => {
    const context = staffContext(request, reply, SEARCHERS);
    if (!context) return reply;
    return send(reply, options, context, { values: {}, errors: [], status: 200 });
  });

  app.post(consolePaths.search, {
    schema: {
      summary: "A person's requests (the search and its purpose are logged first)", tags: ['console'], body: formBody, querystring: langQuery,
      response: { ...htmlPage('The requests found'), 422: htmlPage('The form again, with errors')[200] },
    },
  }, async (request, reply) => {
    const context = staffContext(request, reply, SEARCHERS);
    if (!context) return reply;
    const values = formValues(request.body);
    const person = personOf(String(values.person ?? ''));
    const purpose = options.catalog.purposes.find((candidate) => candidate.id === values.purpose);
    const text = searchPageText[context.language];
    const kept = { person: String(values.person ?? ''), ...(purpose ? { purpose: purpose.id } : {}) };
    const errors: FieldError[] = [
      ...(person ? [] : [{ field: searchFieldIds.person, message: text.errors.person }]),
      ...(purpose ? [] : [{ field: searchFieldIds.purpose, message: text.errors.purpose }]),
    ];
    if (!person || !purpose) return send(reply, options, context, { values: kept, errors, status: 422 });
    const results = await options.casework.search(context.viewer, { person, purpose: purpose.id });
    return send(reply, options, context, { values: kept, errors: [], results, status: 200 });
  });
};
