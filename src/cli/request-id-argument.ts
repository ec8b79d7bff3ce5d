// A request id on the command line: the UUID Insyn gave the request.
import { InsynError } from '../domain/error-catalogue.ts';
import { isUuid } from '../domain/uuid.ts';


export function requestIdArgument(text: string | undefined): string {
  if (text === undefined || !isUuid(text)) throw new InsynError('BAD_USAGE', 'give the request id (a UUID)');
  return text;
}
