// The person's requests: the list, one request with its letters, one letter or the extract as a
// page, and the downloads. Every id goes through casework.citizenCase/citizenDocument, which
// answer NOT_FOUND for anything that is not the person's own (or a child's they asked for) and
// log the refused attempt; the routes never look anything up themselves.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { InsynError } from '../../domain/error-catalogue.ts';
import { requireCitizen } from '../auth/require-session.ts';
import type { Language } from '../request-language.ts';
import { eservicePaths } from '../views/eservice/eservice-paths.ts';
import { renderLetterPage } from '../views/eservice/letter-page.ts';
import { renderMyRequests } from '../views/eservice/my-requests-page.ts';
import { renderRequestPage } from '../views/eservice/request-page.ts';
import { attachment, documentFilename, documentJson, documentPdf } from './document-download.ts';
import { htmlPage, sendPage, toLogin, type EserviceRoutesOptions } from './eservice-options.ts';

const id = Type.String({ maxLength: 64 });
const requestParams = Type.Object({ id });
const letterParams = Type.Object({ id, letterId: id });
const flags = Type.Object({ mottagen: Type.Optional(Type.String({ maxLength: 8 })), received: Type.Optional(Type.String({ maxLength: 8 })) });
const notFound = { description: 'Not the person\'s request or letter (the attempt is logged)' };

export function caseRoutes(language: Language): FastifyPluginAsyncTypebox<EserviceRoutesOptions> {
  const paths = eservicePaths(language);
  const tags = ['public'];
  return async (app, { casework, catalog }) => {
    app.get(paths.requests, {
      schema: { summary: `E-service: my requests (${language})`, tags, response: { 200: htmlPage('The list'), 303: toLogin } },
    }, async (request, reply) => {
      const session = requireCitizen(request, reply);
      if (!session) return reply;
      return sendPage(reply, renderMyRequests(catalog, language, session, await casework.myRequests(session.subjectKey)));
    });

    app.get(paths.request(':id'), {
      schema: {
        summary: `E-service: one request with its letters (${language})`, tags, params: requestParams, querystring: flags,
        response: { 200: htmlPage('The request'), 303: toLogin, 404: notFound },
      },
    }, async (request, reply) => {
      const session = requireCitizen(request, reply);
      if (!session) return reply;
      const detail = await casework.citizenCase(request.params.id, session.subjectKey);
      const justReceived = (language === 'sv' ? request.query.mottagen : request.query.received) !== undefined;
      return sendPage(reply, renderRequestPage({ catalog, language, session, detail, justReceived }));
    });

    app.get(paths.letter(':id', ':letterId'), {
      schema: {
        summary: `E-service: a letter, decision or the register extract as a page (${language})`, tags, params: letterParams,
        response: { 200: htmlPage('The letter'), 303: toLogin, 404: notFound },
      },
    }, async (request, reply) => {
      const session = requireCitizen(request, reply);
      if (!session) return reply;
      const document = await casework.citizenDocument(request.params.id, request.params.letterId, session.subjectKey);
      return sendPage(reply, renderLetterPage({ catalog, language, session, requestId: request.params.id, document }));
    });

    app.get(paths.pdf(':id', ':letterId'), {
      schema: {
        summary: `E-service: a letter or the register extract as PDF (${language})`, tags, params: letterParams,
        response: { 200: { description: 'PDF/A', content: { 'application/pdf': { schema: Type.String() } } }, 303: toLogin, 404: notFound },
      },
    }, async (request, reply) => {
      const session = requireCitizen(request, reply);
      if (!session) return reply;
      const document = await casework.citizenDocument(request.params.id, request.params.letterId, session.subjectKey);
      const pdf = await documentPdf(document, catalog.controller);
      return reply.type('application/pdf').header('content-disposition', attachment(documentFilename(document, language, 'pdf'))).send(pdf);
    });

    app.get(paths.json(':id', ':letterId'), {
      schema: {
        summary: `E-service: the register extract as JSON (${language})`, tags, params: letterParams,
        response: { 200: { description: 'The extract (schema /api/schemas/extract-v1.json)', content: { 'application/json': { schema: Type.String() } } }, 303: toLogin, 404: notFound },
      },
    }, async (request, reply) => {
      const session = requireCitizen(request, reply);
      if (!session) return reply;
      const document = await casework.citizenDocument(request.params.id, request.params.letterId, session.subjectKey);
      const json = documentJson(document);
      if (json === undefined) throw new InsynError('NOT_FOUND', 'only the register extract has a JSON copy');
      return reply.type('application/json; charset=utf-8').header('content-disposition', attachment(documentFilename(document, language, 'json'))).send(json);
    });
  };
}
