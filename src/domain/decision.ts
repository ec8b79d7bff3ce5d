// A decision (beslut) on a rights request: an outcome per item the person asked for, with reasons
// and legal grounds, and the overall reasons. R06 (Art. 12(4) GDPR, 32 § förvaltningslagen): what is
// refused, wholly or partly, is reasoned and cites a legal ground; a refusal of a manifestly
// unfounded or excessive request (Art. 12(5), R05) needs a written justification. Anything
// withheld or refused is approved by a granskare other than the proposer (`needsApproval`).
import { InsynError } from './error-catalogue.ts';

export type DecisionOutcome = 'granted' | 'partly-granted' | 'refused';

/** Art. 12(5) GDPR: why the whole request may be refused. */
export type RefusalKind = 'manifestly-unfounded' | 'excessive';

export interface DecisionItem {
  /** What the person asked for, in the letter's language, e.g. "Rättelse av din adress i ärendet om sjukpenning". */
  readonly description: string;
  readonly outcome: DecisionOutcome;
  /** Required unless the item is granted. */
  readonly reasons?: string;
  /** Standard ids (domain/legal-grounds.ts) or a provision in the case handler's words; at least one unless granted. */
  readonly legalGrounds: readonly string[];
}

export interface Decision {
  readonly items: readonly DecisionItem[];
  /** The reasons for the decision as a whole; required with `refusalKind`. */
  readonly reasons?: string;
  readonly refusalKind?: RefusalKind;
}

export type DecisionProblemCode =
  | 'items-missing'
  | 'description-missing'
  | 'reasons-missing'
  | 'legal-ground-missing'
  | 'legal-ground-blank'
  | 'justification-missing'
  | 'refusal-kind-without-refusal';

export interface DecisionProblem {
  readonly code: DecisionProblemCode;
  /** Dotted path of the field, e.g. "items.0.reasons", "reasons", "refusalKind". */
  readonly field: string;
}

/** Reasons shorter than this (after trimming) count as missing, as for an extension (R03). */
export const MIN_REASONS_LENGTH = 10;

function hasReasons(text: string | undefined): boolean {
  return (text ?? '').trim().length >= MIN_REASONS_LENGTH;
}

/** Granted when every item is, refused when every item is, otherwise partly granted. Throws DECISION_INCOMPLETE for no items. */
export function decisionOutcome(items: readonly Pick<DecisionItem, 'outcome'>[]): DecisionOutcome {
  if (items.length === 0) throw new InsynError('DECISION_INCOMPLETE', 'items-missing (items)');
  if (items.every((item) => item.outcome === 'granted')) return 'granted';
  if (items.every((item) => item.outcome === 'refused')) return 'refused';
  return 'partly-granted';
}

function itemProblems(item: DecisionItem, index: number): DecisionProblem[] {
  const at = `items.${index}`;
  const problems: DecisionProblem[] = [];
  if (item.description.trim() === '') problems.push({ code: 'description-missing', field: `${at}.description` });
  item.legalGrounds.forEach((ground, groundIndex) => {
    if (ground.trim() === '') problems.push({ code: 'legal-ground-blank', field: `${at}.legalGrounds.${groundIndex}` });
  });
  if (item.outcome === 'granted') return problems;
  if (!hasReasons(item.reasons)) problems.push({ code: 'reasons-missing', field: `${at}.reasons` });
  if (!item.legalGrounds.some((ground) => ground.trim() !== '')) {
    problems.push({ code: 'legal-ground-missing', field: `${at}.legalGrounds` });
  }
  return problems;
}

function refusalProblems(decision: Decision): DecisionProblem[] {
  if (decision.refusalKind === undefined) return [];
  const problems: DecisionProblem[] = [];
  if (!hasReasons(decision.reasons)) problems.push({ code: 'justification-missing', field: 'reasons' });
  if (decision.items.every((item) => item.outcome === 'granted')) {
    problems.push({ code: 'refusal-kind-without-refusal', field: 'refusalKind' });
  }
  return problems;
}

/** Everything R06 finds missing, in field order; empty when the decision can be sent. */
export function decisionProblems(decision: Decision): DecisionProblem[] {
  if (decision.items.length === 0) return [{ code: 'items-missing', field: 'items' }];
  return [...decision.items.flatMap(itemProblems), ...refusalProblems(decision)];
}

/** True when anything is withheld or refused: a granskare other than the proposer approves. */
export function needsApproval(decision: Decision): boolean {
  return decision.refusalKind !== undefined || decision.items.some((item) => item.outcome !== 'granted');
}

/** Throws DECISION_INCOMPLETE naming the problem codes and fields (never the decision's text). */
export function assertDecisionComplete(decision: Decision): void {
  const problems = decisionProblems(decision);
  if (problems.length === 0) return;
  throw new InsynError('DECISION_INCOMPLETE', problems.map((problem) => `${problem.code} (${problem.field})`).join(', '));
}
