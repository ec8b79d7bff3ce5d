// GET /konsol/tillganglighet: what visitors sent through the accessibility statement's feedback
// form, newest first, for the roles that read it (administrator; ROLE_REQUIRED for others, the
// use case checks it again). Registered only when the server has the feedback service.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { StaffRole } from '../../operations/auth/web-identity.ts';
import { FEEDBACK_READER_ROLES } from '../../operations/accessibility/accessibility-feedback.ts';
import { consolePaths } from '../views/console/console-layout-text.ts';
import { feedbackPageTitle, renderFeedbackList } from '../views/console/feedback-page.ts';
import { sendConsolePage, staffContext } from './console-page.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';
import { htmlPage, langQuery } from './console-schemas.ts';

const READERS: readonly StaffRole[] = FEEDBACK_READER_ROLES;

export const feedbackRoutes: FastifyPluginAsyncTypebox<ConsoleRoutesOptions> = async (app, options) => {
  const feedback = options.accessibilityFeedback;
  if (!feedback) return;
  app.get(consolePaths.feedback, {
    schema: { summary: 'Accessibility feedback sent by visitors, newest first', tags: ['console'], querystring: langQuery, response: htmlPage('The list') },
  }, async (request, reply) => {
    const context = staffContext(request, reply, READERS);
    if (!context) return reply;
    const list = await feedback.latest(context.viewer);
    return sendConsolePage(reply, options, context, {
      title: feedbackPageTitle(context.language), current: 'feedback', main: renderFeedbackList(list, context.language),
    });
  });
};
