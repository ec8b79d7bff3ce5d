// A request id on the command line: the UUID Insyn gave the request.
import { InsynError } from '../domain/error-catalogue.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function requestIdArgument(text: string | undefined): string {
  if (text === undefined || !UUID.test(text)) throw new InsynError('BAD_USAGE', 'give the request id (a UUID)');
  return text;
}
