// `insyn review propose`: a case handler's proposal for one item waiting for secrecy review.
import { InsynError } from '../domain/error-catalogue.ts';
import type { SecrecyClass } from '../catalog/catalog-types.ts';
import { proposeDecision } from '../operations/extracts/review-extract.ts';
import { reviewDependencies } from '../operations/extracts/run-extract.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';
import { requestIdArgument } from './request-id-argument.ts';

const decisions = ['release', 'redact', 'withhold'] as const;

function required(name: string, value: string | undefined): string {
  if (!value) throw new InsynError('BAD_USAGE', `--${name} is required`);
  return value;
}

export const reviewProposeCommand: Command = {
  name: 'review propose',
  summary: 'Propose to release, redact or withhold one item waiting for secrecy review.',
  usage: '<request-id> --dataset SYSTEM.DATASET --item KEY --decision release|redact|withhold\n'
    + '       [--kind KIND] [--fields F1,F2] --by STAFF-ID\n\n'
    + '  --kind    the secrecy ground (one of the item\'s kinds; needed when it has several)\n'
    + '  --fields  the fields to redact (with --decision redact)\n'
    + '  --by      your pseudonymous staff id',
  async run({ args, io, services: openServices }) {
    const { values, positionals } = parseOptions(args, {
      dataset: { type: 'string' }, item: { type: 'string' }, decision: { type: 'string' },
      kind: { type: 'string' }, fields: { type: 'string' }, by: { type: 'string' },
    }, 1);
    const requestId = requestIdArgument(positionals[0]);
    const decision = required('decision', values.decision);
    if (!decisions.includes(decision as never)) throw new InsynError('BAD_USAGE', `--decision takes ${decisions.join(', ')}`);
    await proposeDecision(reviewDependencies(await openServices()), {
      requestId, dataset: required('dataset', values.dataset), itemKey: required('item', values.item),
      decision: decision as (typeof decisions)[number], by: required('by', values.by),
      ...(values.kind ? { kind: values.kind as SecrecyClass } : {}),
      ...(values.fields ? { fields: values.fields.split(',').map((field) => field.trim()) } : {}),
    });
    io.out.write('Proposal recorded; another person approves it with `insyn review approve`.\n');
    return 0;
  },
};
