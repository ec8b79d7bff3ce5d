// `insyn review list`: the items of a request that wait for secrecy review, with their grounds
// and proposals. Names datasets, record keys and secrecy kinds, never values.
import { reviewDependencies } from '../operations/extracts/run-extract.ts';
import { reviewItems } from '../operations/extracts/review-extract.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';
import { requestIdArgument } from './request-id-argument.ts';

export const reviewListCommand: Command = {
  name: 'review list',
  summary: 'List the items of a request that wait for secrecy review (sekretessprövning).',
  usage: '<request-id>',
  async run({ args, io, services: openServices }) {
    const { positionals } = parseOptions(args, {}, 1);
    const requestId = requestIdArgument(positionals[0]);
    const items = await reviewItems(reviewDependencies(await openServices()), requestId);
    if (items.length === 0) io.out.write('Nothing waits for review.\n');
    for (const item of items) {
      const proposal = item.proposal
        ? `${item.proposal.decision}${'kind' in item.proposal ? ` (${item.proposal.kind})` : ''}${'fields' in item.proposal ? ` fields ${item.proposal.fields.join(',')}` : ''} by ${item.proposedBy}`
        : 'no proposal';
      const approval = item.approvedBy ? `approved by ${item.approvedBy}` : 'not approved';
      io.out.write(`${item.dataset}  ${item.itemKey}  [${item.kinds.join(', ')}]  ${proposal}; ${approval}\n`);
    }
    return 0;
  },
};
