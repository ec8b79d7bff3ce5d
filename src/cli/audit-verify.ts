// `insyn audit verify`: checks the processing log's hash chains, head records and signed
// checkpoints, reading only. Exit 0 when intact; exit 1 naming the first bad event otherwise.
import type { VerifyResult } from '../audit/verify-result.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import { verifyAuditLog } from '../operations/audit/verify-audit-log.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';

function summary(result: VerifyResult): string {
  const counts = `${result.chains} chain(s), ${result.events} event(s), ${result.checkpoints} signed checkpoint(s)`;
  if (!result.ok) return `Processing log NOT intact after ${counts}.\n`;
  const unsealed = result.unsealed > 0 ? `; ${result.unsealed} event(s) after the latest checkpoints` : '';
  return `Processing log intact: ${counts}${unsealed}.\n`;
}

export const auditVerifyCommand: Command = {
  name: 'audit verify',
  summary: 'Verify that the processing log has not been tampered with.',
  usage: '[--month YYYY-MM]\n\n'
    + 'Checks every event against its hash chain, each chain against its head and its signed checkpoints.\n'
    + 'Only reads: it neither migrates nor writes checkpoints, and trusts only the configured signing keys.\n'
    + 'Exits 1 and names the first bad event (chain, seq, id, kind) when the log was modified.\n\n'
    + '  --month YYYY-MM  verify only that month (UTC)',
  async run(context) {
    const { values } = parseOptions(context.args, { month: { type: 'string' } });
    // Not context.services(): those migrate, and their processing log would seal what it finds on close.
    const result = await verifyAuditLog(context.config, values.month === undefined ? {} : { month: values.month });
    context.io.out.write(summary(result));
    const problem = result.problem;
    if (result.ok || !problem) return 0;
    const id = problem.eventId === undefined ? '' : `, id ${problem.eventId}`;
    throw new InsynError('AUDIT_TAMPERED', `First bad event: chain ${problem.chain}, seq ${problem.seq}${id}, ${problem.kind}: ${problem.message}`);
  },
};
