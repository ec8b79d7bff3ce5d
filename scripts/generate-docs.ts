// `npm run docs`: regenerates the docs that are derived from code.
import { writeFileSync } from 'node:fs';
import { renderConfigurationDoc } from '../src/config/config-docs.ts';
import { renderErrorsDoc } from '../src/domain/error-docs.ts';

writeFileSync('docs/configuration.md', renderConfigurationDoc());
writeFileSync('docs/errors.md', renderErrorsDoc());
process.stdout.write('wrote docs/configuration.md and docs/errors.md\n');
