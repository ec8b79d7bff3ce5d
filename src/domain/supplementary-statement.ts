// A supplementary statement (Art. 16 GDPR, second sentence: "the right to have incomplete personal
// data completed, including by means of providing a supplementary statement"): the person's own
// words, kept as given apart from surrounding white space and line ends, within a length a page of
// the register extract can hold.
import { InsynError } from './error-catalogue.ts';

/** The most characters (Unicode code points) a statement may have. */
export const STATEMENT_MAX_LENGTH = 4000;

/** The statement as stored: trimmed, line ends as \n; VALIDATION_FAILED when empty or too long. */
export function normalizeStatement(text: string): string {
  const statement = text.replace(/\r\n?/g, '\n').trim();
  const length = [...statement].length;
  if (length === 0) throw new InsynError('VALIDATION_FAILED', 'statement: the statement is empty');
  if (length > STATEMENT_MAX_LENGTH) throw new InsynError('VALIDATION_FAILED', `statement: at most ${STATEMENT_MAX_LENGTH} characters`);
  return statement;
}
