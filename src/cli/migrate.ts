import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';
import { migrateDatabase } from '../operations/migrate-database.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: "Bring Insyn's own database to the latest schema.",
  usage: '\n\nApplies every pending migration to the database that DATABASE_URL names (or the embedded one).',
  async run(context) {
    parseOptions(context.args, {});
    const applied = await migrateDatabase(await context.services());
    context.io.out.write(applied.length === 0
      ? 'The database schema is up to date.\n'
      : `Applied ${applied.length} migration(s): ${applied.join(', ')}\n`);
    return 0;
  },
};
