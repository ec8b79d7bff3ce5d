// POST routes of the request page, one per action: extend, pause, resume, match, propose and
// approve the secrecy review, propose, approve and send back the decision, and the change actions
// (change-action-specs.ts). Each checks the CSRF
// token (web-session plugin), reads its form, calls the casework service (which checks roles and
// need-to-know) and answers 303 to the request page with a confirmation; a refused form is shown
// again on the request page with an error summary.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { caseActionSlugs, caseDonePath, CASES_PATH, type CaseAction } from '../views/console/case-paths.ts';
import { decisionItemCount, MAX_DECISION_ITEMS } from '../views/console/decision-form.ts';
import type { FormValues } from '../views/console/form-values.ts';
import type { DoneNotice } from '../views/console/request-page-text.ts';
import { actionErrors } from './action-errors.ts';
import { readDeliveryId, readExtension, readMatch, readPause, readReviewProposal } from './case-action-input.ts';
import { sendCasePage } from './case-page.ts';
import { staffContext, type StaffContext } from './console-page.ts';
import type { ConsoleRoutesOptions } from './console-options.ts';
import { caseParams, formBody, redirectAfterPost } from './console-schemas.ts';
import { readDecision } from './decision-input.ts';
import { formValues } from './form-body.ts';
import { changeActionSpecs } from './change-action-specs.ts';
import { only, then, type ActionSpec } from './case-action-spec.ts';

const actions: Readonly<Record<CaseAction, ActionSpec>> = {
  retry: { summary: 'Collects a failed register extract again', read: () => only(async (casework, id, viewer) => { await casework.retry(id, viewer); return 'retried'; }) },
  'resend-delivery': {
    summary: 'Sends a failed delivery again (the channel is chosen anew)',
    read: (values, language) => then(readDeliveryId(values, language), (deliveryId) => async (casework, id, viewer) => {
      await casework.resendDelivery(id, viewer, deliveryId);
      return 'delivery-resent';
    }),
  },
  assign: { summary: 'The case handler takes the request', read: () => only(async (casework, id, viewer) => { await casework.assign(id, viewer); return 'assigned'; }) },
  extend: {
    summary: 'Extends the time limit by two months, with reasons (only during the first month)',
    read: (values, language) => then(readExtension(values, language), (input) => async (casework, id, viewer) => {
      await casework.extend(id, viewer, input);
      return 'extended';
    }),
  },
  pause: {
    summary: 'Pauses the request and asks the person to supplement it',
    read: (values, language) => then(readPause(values, language), (input) => async (casework, id, viewer) => {
      await casework.pause(id, viewer, input);
      return 'paused';
    }),
  },
  resume: { summary: 'Resumes a paused request', read: () => only(async (casework, id, viewer) => { await casework.resume(id, viewer); return 'resumed'; }) },
  match: {
    summary: 'Matches a foreign eID request to a person (personnummer or samordningsnummer)',
    read: (values, language) => then(readMatch(values, language), (subject) => async (casework, id, viewer) => {
      await casework.match(id, viewer, subject);
      return 'matched';
    }),
  },
  review: {
    summary: 'Proposes a secrecy-review decision for one item',
    read: (values, language) => then(readReviewProposal(values, language), (input) => async (casework, id, viewer) => {
      await casework.proposeReview(id, viewer, input);
      return 'review-proposed';
    }),
  },
  'review-approve': {
    summary: 'A granskare approves the secrecy-review proposals made by others',
    read: (values) => {
      const seen = new Date(String(values.seen ?? ''));
      return only(async (casework, id, viewer) => {
        await casework.approveReview(id, viewer, Number.isNaN(seen.getTime()) ? new Date(0) : seen);
        return 'review-approved';
      });
    },
  },
  decision: {
    summary: 'Proposes the decision (sent at once when it grants everything, else to a granskare)',
    read: (values, language) => then(readDecision(values, language), (decision) => async (casework, id, viewer) =>
      (await casework.proposeDecision(id, viewer, decision)) === 'approval' ? 'decision-proposed' : 'decision-sent'),
  },
  'decision-approve': {
    summary: 'A granskare other than the proposer approves the decision; it is sent',
    read: () => only(async (casework, id, viewer) => { await casework.approveDecision(id, viewer); return 'decision-approved'; }),
  },
  'decision-return': {
    summary: 'A granskare sends the proposed decision back to the case handler',
    read: () => only(async (casework, id, viewer) => { await casework.returnDecision(id, viewer); return 'decision-returned'; }),
  },
  ...changeActionSpecs,
};

async function perform(
  reply: FastifyReply, options: ConsoleRoutesOptions, context: StaffContext, input: { id: string; action: CaseAction; values: FormValues },
): Promise<FastifyReply> {
  const { id, action, values } = input;
  if (action === 'decision' && values.step === 'add-item') {
    const items = String(Math.min(decisionItemCount(values) + 1, MAX_DECISION_ITEMS));
    return sendCasePage(reply, options, context, id, { failed: { action, values: { ...values, items }, errors: [] } });
  }
  const parsed = actions[action].read(values, context.language);
  if ('errors' in parsed) return sendCasePage(reply, options, context, id, { failed: { action, values, errors: parsed.errors }, status: 422 });
  let done: DoneNotice;
  try {
    done = await parsed.value(options.casework, id, context.viewer);
  } catch (error) {
    const shown = actionErrors(error, action, values, context.language);
    if (!shown) throw error;
    return sendCasePage(reply, options, context, id, { failed: { action, values, errors: shown.errors }, status: shown.status });
  }
  return reply.redirect(caseDonePath(id, done, context.language), 303);
}

export const caseActionRoutes: FastifyPluginAsyncTypebox<ConsoleRoutesOptions> = async (app, options) => {
  for (const [action, spec] of Object.entries(actions) as [CaseAction, ActionSpec][]) {
    app.post(`${CASES_PATH}/:id/${caseActionSlugs[action]}`, {
      schema: { summary: spec.summary, tags: ['console'], params: caseParams, body: formBody, response: redirectAfterPost },
    }, async (request, reply) => {
      const context = staffContext(request, reply);
      if (!context) return reply;
      return perform(reply, options, context, { id: request.params.id, action, values: formValues(request.body) });
    });
  }
};
