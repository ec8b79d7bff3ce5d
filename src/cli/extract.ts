// `insyn extract`: a complete register extract (Art. 15) for one person, from every system,
// written as PDF/A, JSON and HTML. Items that need secrecy review stop it with the request
// waiting for review; a system that does not answer keeps it waiting (the request completes by
// any worker once the system is back).
import { InsynError } from '../domain/error-catalogue.ts';
import {
  completeExtract, pendingReviewCount, requestExtract, waitForRequest,
} from '../operations/extracts/run-extract.ts';
import type { Command } from './command.ts';
import { extractOptionSpec, extractOptionUsage, formatsOption, languageOption } from './extract-options.ts';
import { parseOptions } from './parse-options.ts';
import { readIdentityNumber } from './read-identity-number.ts';

/** The request is registered but not finished: it waits for secrecy review or for a system. */
export const EXIT_WAITING = 3;
const ACTOR = 'cli';

function seconds(text: string | undefined): number {
  if (text === undefined) return 120;
  if (!/^\d{1,6}$/.test(text)) throw new InsynError('BAD_USAGE', '--wait takes whole seconds');
  return Number(text);
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Make a register extract (registerutdrag, Art. 15) for one person from every system.',
  usage: '<personnummer|-> [--out DIR] [--format pdf,json,html] [--lang sv|en] [--wait SECONDS]\n\n'
    + '  -              read the personnummer from standard input (recommended: arguments are\n'
    + '                 visible to other users of this machine)\n'
    + extractOptionUsage
    + '  --wait SECONDS how long to wait for collection (default: 120)\n\n'
    + `Exit codes: 0 written; 2 bad input; ${EXIT_WAITING} the request waits (secrecy review or a system); 1 failure.`,
  async run({ args, io, services: openServices }) {
    const { values, positionals } = parseOptions(args, { ...extractOptionSpec, wait: { type: 'string' } }, 1);
    const formats = formatsOption(values.format);
    const waitSeconds = seconds(values.wait);
    const lang = languageOption(values.lang);
    const subject = await readIdentityNumber(positionals[0], io.in);
    const services = await openServices();
    const worker = services.startWorker({ concurrency: 2 });
    try {
      const id = await requestExtract(services, subject, lang, ACTOR);
      io.out.write(`Request ${id} registered; collecting from every system.\n`);
      const request = await waitForRequest(services, id, {
        timeoutMs: waitSeconds * 1000,
        onWaiting: (systems) => io.out.write(`Waiting for system ${systems.join(', ')} (it does not answer); the request completes when it returns.\n`),
      });
      const pending = request.status === 'review' ? await pendingReviewCount(services, id) : 0;
      if (pending > 0) {
        io.out.write(`Request ${id} waits for secrecy review of ${pending} items before the extract can be released`
          + ' (`insyn review list`, `insyn review propose`, `insyn review approve`, then `insyn extract finish`).\n');
        return EXIT_WAITING;
      }
      if (request.status === 'failed') throw new InsynError('EXTRACT_FAILED', `request ${id}: ${request.errorCode ?? 'unknown'}`);
      if (request.status !== 'ready' && request.status !== 'review') {
        io.out.write(`Request ${id} is still ${request.status}${request.waitingFor.length > 0 ? ` (waiting for ${request.waitingFor.join(', ')})` : ''}; a worker will finish it.\n`);
        return EXIT_WAITING;
      }
      const files = await completeExtract(services, id, { outDir: values.out ?? '.', formats, actor: ACTOR, language: lang });
      io.out.write(`Extract written:\n${files.map((file) => `  ${file}\n`).join('')}`);
      return 0;
    } finally {
      await worker.stop();
    }
  },
};
