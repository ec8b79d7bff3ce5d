// The personnummer a command works on: from its argument, or from standard input when the
// argument is `-` (recommended: arguments are visible to other local users in the process list).
import type { Readable } from 'node:stream';
import { InsynError } from '../domain/error-catalogue.ts';
import { parseIdentityNumber, type IdentityNumber } from '../domain/personnummer.ts';

const MAX_INPUT = 256;

async function firstLine(input: Readable | undefined): Promise<string> {
  if (!input) throw new InsynError('BAD_USAGE', 'no standard input to read the personnummer from');
  let text = '';
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    text += chunk.toString();
    if (text.includes('\n') || text.length > MAX_INPUT) break;
  }
  return text.split('\n')[0]!.trim();
}

export async function readIdentityNumber(argument: string | undefined, input: Readable | undefined): Promise<IdentityNumber> {
  if (argument === undefined) throw new InsynError('BAD_USAGE', 'give a personnummer, or - to read it from standard input');
  const text = argument === '-' ? await firstLine(input) : argument;
  return parseIdentityNumber(text);
}
