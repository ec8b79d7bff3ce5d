// GET /konsol/dso (the data protection officer's dashboard) and /konsol/dso/statistik.csv (the same
// figures as CSV, an attachment), for dataskyddsombud and administratör only. Both take the period
// as ?fran=&till= (Swedish days, both included).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type, type Static } from 'typebox';
import type { StaffRole } from '../../operations/auth/web-identity.ts';
import { consolePaths } from '../views/console/console-layout-text.ts';
import { dashboardCsv } from '../views/console/dashboard-csv.ts';
import { renderDpoDashboard } from '../views/console/dpo-dashboard.ts';
import { dpoDashboardText } from '../views/console/dpo-dashboard-text.ts';
import { dpoPeriod } from '../views/console/dpo-period.ts';
import { sendConsolePage, staffContext } from './console-page.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';
import { htmlPage } from './console-schemas.ts';

const DPO: readonly StaffRole[] = ['dataskyddsombud', 'administrator'];

const periodQuery = Type.Object({
  fran: Type.Optional(Type.String({ maxLength: 10 })), till: Type.Optional(Type.String({ maxLength: 10 })),
  lang: Type.Optional(Type.String({ maxLength: 2 })),
});

/** The DPO's session and the figures of the period the query asks for; undefined when sent to the login. */
async function periodFigures(request: FastifyRequest<{ Querystring: Static<typeof periodQuery> }>, reply: FastifyReply, options: ConsoleRoutesOptions) {
  const context = staffContext(request, reply, DPO);
  if (!context) return undefined;
  const now = options.clock();
  const period = dpoPeriod(request.query, now);
  const statistics = await options.casework.statistics({ from: period.from, to: period.to, now }, context.viewer);
  return { context, period, statistics };
}

export const dpoRoutes: FastifyPluginAsyncTypebox<ConsoleRoutesOptions> = async (app, options) => {
  app.get(consolePaths.dpo, {
    schema: { summary: "The data protection officer's dashboard", tags: ['console'], querystring: periodQuery, response: htmlPage('The dashboard') },
  }, async (request, reply) => {
    const figures = await periodFigures(request, reply, options);
    if (!figures) return reply;
    const { context, period, statistics } = figures;
    const main = renderDpoDashboard(statistics, { language: context.language, from: period.fromDay, to: period.toDay });
    return sendConsolePage(reply, options, context, { title: dpoDashboardText[context.language].title, current: 'dpo', main });
  });

  app.get(consolePaths.dpoCsv, {
    schema: {
      summary: "The data protection officer's figures as CSV (UTF-8 with BOM)", tags: ['console'], querystring: periodQuery,
      response: { 200: { description: 'The CSV file', content: { 'text/csv': { schema: Type.String() } } } },
    },
  }, async (request, reply) => {
    const figures = await periodFigures(request, reply, options);
    if (!figures) return reply;
    const { context, period, statistics } = figures;
    const name = `${context.language === 'sv' ? 'statistik' : 'statistics'}-${period.fromDay}-${period.toDay}.csv`;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`)
      .send(dashboardCsv(statistics, context.language));
  });
};
