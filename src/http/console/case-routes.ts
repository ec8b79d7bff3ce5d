// GET /konsol/arenden/:id (the request page), /konsol/arenden/:id/brev/:letterId (a letter or the
// extract in HTML) and …/pdf (the same as PDF). Each goes through the casework service, which
// refuses a protected person's case without the skyddad-identitet authorisation and logs the view.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { CASES_PATH } from '../views/console/case-paths.ts';
import { caseDocumentPdf } from '../views/console/case-document-view.ts';
import { extractPreviewTitle, renderExtractPreviewPage } from '../views/console/extract-preview-page.ts';
import { letterPageTitle, renderLetterPage } from '../views/console/letter-page.ts';
import { sendCasePage, doneNotice } from './case-page.ts';
import { sendConsolePage, staffContext } from './console-page.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';
import { caseParams, htmlPage, letterParams, langQuery } from './console-schemas.ts';

export const caseRoutes: FastifyPluginAsyncTypebox<ConsoleRoutesOptions> = async (app, options) => {
  app.get(`${CASES_PATH}/:id`, {
    schema: {
      summary: 'The request page: summary, people, the request, what can be done, timeline, collection and letters', tags: ['console'],
      params: caseParams,
      querystring: Type.Object({ lang: Type.Optional(Type.String({ maxLength: 2 })), klart: Type.Optional(Type.String({ maxLength: 40 })) }),
      response: htmlPage('The request page'),
    },
  }, async (request, reply) => {
    const context = staffContext(request, reply);
    if (!context) return reply;
    const done = doneNotice(request.query.klart);
    return sendCasePage(reply, options, context, request.params.id, done ? { done } : {});
  });

  app.get(`${CASES_PATH}/:id/forhandsgranskning`, {
    schema: {
      summary: 'The register extract as it would be sent now (collected copy with the review applied); the view is logged', tags: ['console'],
      params: caseParams, querystring: langQuery, response: htmlPage('The preview'),
    },
  }, async (request, reply) => {
    const context = staffContext(request, reply);
    if (!context) return reply;
    const { summary, model } = await options.casework.previewExtract(request.params.id, context.viewer);
    const input = { language: context.language, requestId: summary.id, caseNumber: summary.caseNumber, model };
    return sendConsolePage(reply, options, context, { title: extractPreviewTitle(summary.caseNumber, context.language), current: 'request', main: renderExtractPreviewPage(input) });
  });

  app.get(`${CASES_PATH}/:id/brev/:letterId`, {
    schema: { summary: 'A letter or the extract of a request, in HTML', tags: ['console'], params: letterParams, querystring: langQuery, response: htmlPage('The letter') },
  }, async (request, reply) => {
    const context = staffContext(request, reply);
    if (!context) return reply;
    const { id, letterId } = request.params;
    const document = await options.casework.staffDocument(id, letterId, context.viewer);
    const caseNumber = document.kind === 'letter' ? document.model.caseNumber : document.model.reference;
    const input = { language: context.language, requestId: id, caseNumber, document, controller: options.catalog.controller };
    return sendConsolePage(reply, options, context, { title: letterPageTitle(input), current: 'request', main: renderLetterPage(input) });
  });

  app.get(`${CASES_PATH}/:id/brev/:letterId/pdf`, {
    schema: {
      summary: 'A letter or the extract of a request, as PDF/A', tags: ['console'], params: letterParams,
      response: { 200: { description: 'The PDF (application/pdf), as an attachment' } },
    },
  }, async (request, reply) => {
    const context = staffContext(request, reply);
    if (!context) return reply;
    const { id, letterId } = request.params;
    const document = await options.casework.staffDocument(id, letterId, context.viewer);
    const pdf = await caseDocumentPdf(document, options.catalog.controller);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${document.letter.kind}-${letterId.slice(0, 8)}.pdf"`).send(pdf);
  });
};
