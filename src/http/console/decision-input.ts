// The decision form read into a Decision: items left wholly blank are skipped, the rest must be
// complete as R06 requires (decisionProblems), each problem tied to its field.
import { decisionProblems, type Decision, type DecisionItem, type DecisionProblem } from '../../domain/decision.ts';
import type { Language } from '../request-language.ts';
import { caseFormsText } from '../views/console/case-forms-text.ts';
import {
  DECISION_OUTCOMES, decisionFieldIds, decisionFieldNames, decisionItemCount, decisionWholeIds, REFUSAL_KINDS,
} from '../views/console/decision-form.ts';
import type { FieldError } from '../views/console/form-errors.ts';
import { valueOf, valuesOf, type FormValues } from '../views/console/form-values.ts';
import type { Parsed } from './case-action-input.ts';

type Messages = (typeof caseFormsText)['sv']['decision']['problems'];

interface PostedItem {
  readonly index: number;
  readonly item: DecisionItem;
  readonly outcomeChosen: boolean;
}

function postedItem(values: FormValues, index: number): PostedItem | undefined {
  const names = decisionFieldNames(index);
  const description = valueOf(values, names.description).trim();
  const outcome = valueOf(values, names.outcome);
  const reasons = valueOf(values, names.reasons).trim();
  const other = valueOf(values, names.otherGround).trim();
  const grounds = [...valuesOf(values, names.grounds), ...(other ? [other] : [])];
  if (index > 0 && !description && !outcome && !reasons && grounds.length === 0) return undefined;
  const known = (DECISION_OUTCOMES as readonly string[]).includes(outcome);
  return {
    index, outcomeChosen: known,
    item: { description, outcome: known ? (outcome as DecisionItem['outcome']) : 'granted', legalGrounds: grounds, ...(reasons ? { reasons } : {}) },
  };
}

function problemError(problem: DecisionProblem, items: readonly PostedItem[], messages: Messages): FieldError {
  const [scope, position, part] = problem.field.split('.');
  if (scope !== 'items' || position === undefined) {
    return problem.field === 'refusalKind'
      ? { field: decisionWholeIds.refusalKind, message: messages.refusalWithoutRefusal }
      : { field: decisionWholeIds.reasons, message: problem.code === 'items-missing' ? messages.items : messages.justification };
  }
  const ids = decisionFieldIds(items[Number(position)]?.index ?? 0);
  if (part === 'description') return { field: ids.description, message: messages.description };
  if (part === 'reasons') return { field: ids.reasons, message: messages.reasons };
  return { field: ids.grounds, message: messages.ground };
}

export function readDecision(values: FormValues, language: Language): Parsed<Decision> {
  const messages = caseFormsText[language].decision.problems;
  const count = decisionItemCount(values);
  const items = Array.from({ length: count }, (_, index) => postedItem(values, index)).filter((item) => item !== undefined);
  const whole = valueOf(values, 'reasons').trim();
  const refusalKind = valueOf(values, 'refusalKind');
  const decision: Decision = {
    items: items.map((posted) => posted.item), ...(whole ? { reasons: whole } : {}),
    ...((REFUSAL_KINDS as readonly string[]).includes(refusalKind) ? { refusalKind: refusalKind as NonNullable<Decision['refusalKind']> } : {}),
  };
  const errors: FieldError[] = items.filter((posted) => !posted.outcomeChosen)
    .map((posted) => ({ field: decisionFieldIds(posted.index).outcome, message: messages.outcome }));
  errors.push(...decisionProblems(decision).map((problem) => problemError(problem, items, messages)));
  return errors.length > 0 ? { errors } : { value: decision };
}
