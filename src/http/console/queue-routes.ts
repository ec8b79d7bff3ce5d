// GET /konsol: the request queue with its filter form. The casework service decides what the
// viewer may see (protected persons' cases only with the skyddad-identitet authorisation).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { renderQueuePage } from '../views/console/queue-page.ts';
import { queuePageText } from '../views/console/queue-page-text.ts';
import { consolePaths } from '../views/console/console-layout-text.ts';
import { sendConsolePage, staffContext } from './console-page.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';
import { htmlPage } from './console-schemas.ts';
import { readQueueQuery } from './queue-query.ts';

export const queueRoutes: FastifyPluginAsyncTypebox<ConsoleRoutesOptions> = async (app, options) => {
  app.get(consolePaths.queue, {
    schema: {
      summary: 'The request queue, sorted by due date, with filters', tags: ['console'],
      querystring: Type.Object({
        status: Type.Optional(Type.String({ maxLength: 40 })), rattighet: Type.Optional(Type.String({ maxLength: 40 })),
        kanal: Type.Optional(Type.String({ maxLength: 40 })), lang: Type.Optional(Type.String({ maxLength: 2 })),
        urval: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Array(Type.String({ maxLength: 20 }), { maxItems: 4 })])),
      }),
      response: htmlPage('The queue'),
    },
  }, async (request, reply) => {
    const context = staffContext(request, reply);
    if (!context) return reply;
    const filter = readQueueQuery(request.query);
    const now = options.clock();
    const { rows, total } = await options.casework.queue({
      ...(filter.status ? { statuses: [filter.status] } : {}), ...(filter.right ? { rights: [filter.right] } : {}),
      ...(filter.channel ? { channels: [filter.channel] } : {}), ...(filter.overdue ? { overdueAt: now } : {}), mine: filter.mine,
    }, context.viewer);
    const stalled = await options.casework.stalledChanges(context.viewer);
    const main = renderQueuePage({
      language: context.language, rows, total, filter, now, stalled, seesProtected: context.viewer.roles.includes('skyddad-identitet'),
      due: { reminderWorkingDays: options.reminderWorkingDays, evesAreHolidays: options.evesAreHolidays },
    });
    return sendConsolePage(reply, options, context, { title: queuePageText[context.language].title, current: 'queue', main });
  });
};
