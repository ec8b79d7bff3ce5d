// Who did something, as the console names them: staff by their pseudonymous id, the e-service,
// or the system (workers, the command line).
import type { RequestPageText } from './request-page-text.ts';

export function actorLabel(actor: string, text: RequestPageText): string {
  if (actor.startsWith('staff:')) return text.actors.staff(actor.slice('staff:'.length));
  if (actor === 'e-service') return text.actors.eService;
  return text.actors.system;
}
