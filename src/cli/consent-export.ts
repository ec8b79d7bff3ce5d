// `insyn consent export`: every cookie-consent record made in a period, one JSON object per line
// (fields after ISO/IEC TS 27560, with the notice text shown), for the DPO or a supervisor. The
// records name no person: only the random consent id of a browser's cookie.
import { InsynError } from '../domain/error-catalogue.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';

function day(text: string | undefined, name: string, fallback: Date): Date {
  if (text === undefined) return fallback;
  const date = new Date(`${text}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(text)) {
    throw new InsynError('BAD_USAGE', `--${name} must be a date YYYY-MM-DD, not ${text}`);
  }
  return date;
}

export const consentExportCommand: Command = {
  name: 'consent export',
  summary: 'Export the cookie-consent records (proof of consent) of a period as JSON lines.',
  usage: '[--from YYYY-MM-DD] [--to YYYY-MM-DD]\n\n'
    + '  --from DATE  first day (UTC) of records to export (default: all)\n'
    + '  --to DATE    last day (UTC) of records to export, included (default: today)',
  async run({ args, io, services: openServices }) {
    const { values } = parseOptions(args, { from: { type: 'string' }, to: { type: 'string' } });
    const from = day(values.from, 'from', new Date(0));
    const to = new Date(day(values.to, 'to', new Date(new Date().toISOString().slice(0, 10))).getTime() + 86_400_000);
    if (to <= from) throw new InsynError('BAD_USAGE', '--to must not be before --from');
    const services = await openServices();
    let count = 0;
    for await (const entry of services.consent().exportRecords({ from, to })) {
      if (!io.out.write(`${JSON.stringify(entry)}\n`)) await new Promise((resolve) => io.out.once('drain', resolve));
      count += 1;
    }
    io.err.write(`${count} consent records exported.\n`);
    return 0;
  },
};
