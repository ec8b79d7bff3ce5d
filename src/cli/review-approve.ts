// `insyn review approve`: a reviewer (granskare) approves every proposal others made for a request.
import { InsynError } from '../domain/error-catalogue.ts';
import { approveReview } from '../operations/extracts/review-extract.ts';
import { reviewDependencies } from '../operations/extracts/run-extract.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';
import { requestIdArgument } from './request-id-argument.ts';

export const reviewApproveCommand: Command = {
  name: 'review approve',
  summary: 'Approve the secrecy-review proposals of a request (four eyes: not your own).',
  usage: '<request-id> --by STAFF-ID',
  async run({ args, io, services: openServices }) {
    const { values, positionals } = parseOptions(args, { by: { type: 'string' } }, 1);
    const requestId = requestIdArgument(positionals[0]);
    if (!values.by) throw new InsynError('BAD_USAGE', '--by is required');
    const { approved, pending } = await approveReview(reviewDependencies(await openServices()), requestId, values.by);
    io.out.write(`${approved} approved; ${pending} still wait${pending === 0 ? '. The extract can be finished with `insyn extract finish`.' : ''}\n`);
    return 0;
  },
};
