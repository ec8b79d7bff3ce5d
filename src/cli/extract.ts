// `insyn extract`: a complete register extract (Art. 15) for one person, from every system,
// written as PDF/A, JSON and HTML. Items that need secrecy review stop it with the request
// waiting for review; a system that does not answer keeps it waiting (the request completes by
// any worker once the system is back).
import { InsynError } from '../domain/error-catalogue.ts';
import {
  completeExtract, pendingReviewCount, requestExtract, waitForRequest, type ExtractFormat,
} from '../operations/extracts/run-extract.ts';
import { extractFormats } from '../operations/extracts/write-extract-files.ts';
import type { Command } from './command.ts';
import { parseOptions } from './parse-options.ts';
import { readIdentityNumber } from './read-identity-number.ts';

/** The request is registered but not finished: it waits for secrecy review or for a system. */
export const EXIT_WAITING = 3;
const ACTOR = 'cli';

function formatsOf(text: string | undefined): ExtractFormat[] {
  const names = (text ?? extractFormats.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.find((name) => !extractFormats.includes(name as ExtractFormat));
  if (unknown !== undefined || names.length === 0) throw new InsynError('BAD_USAGE', `--format takes ${extractFormats.join(', ')}`);
  return [...new Set(names)] as ExtractFormat[];
}

function seconds(text: string | undefined): number {
  if (text === undefined) return 120;
  if (!/^\d{1,6}$/.test(text)) throw new InsynError('BAD_USAGE', '--wait takes whole seconds');
  return Number(text);
}

function language(text: string | undefined): 'sv' | 'en' {
  if (text !== undefined && text !== 'sv' && text !== 'en') throw new InsynError('BAD_USAGE', '--lang takes sv or en');
  return text ?? 'sv';
}

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Make a register extract (registerutdrag, Art. 15) for one person from every system.',
  usage: '<personnummer|-> [--out DIR] [--format pdf,json,html] [--lang sv|en] [--wait SECONDS]\n\n'
    + '  -              read the personnummer from standard input (recommended: arguments are\n'
    + '                 visible to other users of this machine)\n'
    + '  --out DIR      where the files are written (default: the current directory)\n'
    + '  --format LIST  which files (default: pdf,json,html)\n'
    + '  --lang         language of the extract (default: sv)\n'
    + '  --wait SECONDS how long to wait for collection (default: 120)\n\n'
    + `Exit codes: 0 written; 2 bad input; ${EXIT_WAITING} the request waits (secrecy review or a system); 1 failure.`,
  async run({ args, io, services: openServices }) {
    const { values, positionals } = parseOptions(args, {
      out: { type: 'string' }, format: { type: 'string' }, lang: { type: 'string' }, wait: { type: 'string' },
    }, 1);
    const formats = formatsOf(values.format);
    const waitSeconds = seconds(values.wait);
    const lang = language(values.lang);
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
      if (request.status === 'review' && (await pendingReviewCount(services, id)) > 0) {
        io.out.write(`Request ${id} waits for secrecy review of ${await pendingReviewCount(services, id)} items before the extract can be released.\n`);
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
