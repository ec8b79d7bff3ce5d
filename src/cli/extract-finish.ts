// `insyn extract finish`: writes the extract of a request whose collection and secrecy review
// are done, and completes the request.
import { completeExtract } from '../operations/extracts/run-extract.ts';
import type { Command } from './command.ts';
import { extractOptionSpec, extractOptionUsage, formatsOption, languageOption } from './extract-options.ts';
import { parseOptions } from './parse-options.ts';
import { requestIdArgument } from './request-id-argument.ts';

export const extractFinishCommand: Command = {
  name: 'extract finish',
  summary: 'Write the extract of a request after its secrecy review is approved, and complete the request.',
  usage: `<request-id> [--out DIR] [--format pdf,json,html] [--lang sv|en]\n\n${extractOptionUsage}`,
  async run({ args, io, services: openServices }) {
    const { values, positionals } = parseOptions(args, extractOptionSpec, 1);
    const requestId = requestIdArgument(positionals[0]);
    const formats = formatsOption(values.format);
    const lang = values.lang === undefined ? undefined : languageOption(values.lang);
    const files = await completeExtract(await openServices(), requestId, {
      outDir: values.out ?? '.', formats, actor: 'cli', ...(lang ? { language: lang } : {}),
    });
    io.out.write(`Extract written:\n${files.map((file) => `  ${file}\n`).join('')}`);
    return 0;
  },
};
