// The request page's change actions (issue 6): propose a correction, a completion, the erasure dry
// run, a restriction or an objection; refuse, carry out or remove a proposed item; propose the
// decision from the items; run a failed run again. Each form is read here (problems tied to the
// field the error summary links to); the casework service authorises and checks again.
import { RESTRICTION_REASONS, type RestrictionReason } from '../../domain/restriction.ts';
import type { Language } from '../request-language.ts';
import { changeFormIds, changeItemIds } from '../views/console/changes-section.ts';
import { changesText } from '../views/console/changes-text.ts';
import type { CaseAction } from '../views/console/case-paths.ts';
import type { FieldError } from '../views/console/form-errors.ts';
import { valueOf, type FormValues } from '../views/console/form-values.ts';
import type { Parsed } from './case-action-input.ts';
import { HANDLER_DECIDES } from '../../operations/changes/change-items.ts';
import { only, then, type ActionSpec } from './case-action-spec.ts';

type ChangeAction = Extract<CaseAction, `change-${string}` | `changes-${string}`>;

const fail = (field: string, message: string): Parsed<never> => ({ errors: [{ field, message }] });

/** `prefix|rest` split at the first bar; undefined when there is none. */
function split(value: string): [string, string] | undefined {
  const at = value.indexOf('|');
  return at > 0 ? [value.slice(0, at), value.slice(at + 1)] : undefined;
}

function readCorrection(values: FormValues, language: Language): Parsed<{ record: string; set: Record<string, string> }> {
  const words = changesText[language].errors;
  const target = split(valueOf(values, 'target'));
  const value = valueOf(values, 'value');
  const errors: FieldError[] = [];
  if (!target || target[1] === '') errors.push({ field: changeFormIds.target, message: words.choose });
  if (value.trim() !== value || value.length > 1000) errors.push({ field: changeFormIds.value, message: words.value });
  return errors.length > 0 || !target ? { errors } : { value: { record: target[1], set: { [target[0]]: value } } };
}

function readCompletion(values: FormValues, language: Language): Parsed<{ record: string; statement: string }> {
  const words = changesText[language].errors;
  const record = valueOf(values, 'record');
  const statement = valueOf(values, 'statement').trim();
  const errors: FieldError[] = [];
  if (record === '') errors.push({ field: changeFormIds.record, message: words.choose });
  if (statement === '' || statement.length > 4000) errors.push({ field: changeFormIds.statement, message: words.statement });
  return errors.length > 0 ? { errors } : { value: { record, statement } };
}

function readRestriction(values: FormValues, language: Language): Parsed<{ target: { dataset?: string; record?: string }; reason: RestrictionReason }> {
  const words = changesText[language].errors;
  const target = split(valueOf(values, 'target'));
  const reason = valueOf(values, 'reason');
  const errors: FieldError[] = [];
  if (!target || (target[0] !== 'dataset' && target[0] !== 'record') || target[1] === '') errors.push({ field: changeFormIds.restrictTarget, message: words.choose });
  if (!(RESTRICTION_REASONS as readonly string[]).includes(reason)) errors.push({ field: changeFormIds.restrictReason, message: words.choose });
  if (errors.length > 0 || !target) return { errors };
  return { value: { target: target[0] === 'dataset' ? { dataset: target[1] } : { record: target[1] }, reason: reason as RestrictionReason } };
}

/** The item form: which item (its number on the page ties errors to its fields), and what to do. */
function readItem(values: FormValues, language: Language): Parsed<{ item: string; decision: 'apply' | 'keep' | 'remove' | 'abandon'; ground?: string; reasons?: string }> {
  const words = changesText[language].errors;
  const item = valueOf(values, 'item');
  const action = valueOf(values, 'do');
  if (item === '' || !['apply', 'keep', 'remove', 'abandon'].includes(action)) return fail('handlaggning', words.choose);
  if (action === 'apply' || action === 'remove') return { value: { item, decision: action } };
  const ground = valueOf(values, 'ground').trim();
  const reasons = valueOf(values, 'reasons').trim();
  const number = Number(valueOf(values, 'n')) || 1;
  const ids = changeItemIds(number);
  const errors: FieldError[] = [];
  if (action === 'abandon') return reasons.length < 10 ? fail(ids.reasons, words.reasons) : { value: { item, decision: 'abandon', reasons } };
  if (ground === '') errors.push({ field: ids.ground, message: words.ground });
  if (reasons.length < 10) errors.push({ field: ids.reasons, message: words.reasons });
  return errors.length > 0 ? { errors } : { value: { item, decision: 'keep', ground, reasons } };
}

export const changeActionSpecs: Readonly<Record<ChangeAction, ActionSpec>> = {
  'change-correct': {
    summary: 'Proposes a correction of one changeable field of the person\'s record (the record is restricted while it is assessed)',
    read: (values, language) => then(readCorrection(values, language), (input) => async (casework, id, viewer) => {
      await casework.changes(id, viewer).correct(input.record, input.set);
      return 'change-proposed';
    }),
  },
  'change-complete': {
    summary: 'Proposes a completion: the person\'s supplementary statement beside a record',
    read: (values, language) => then(readCompletion(values, language), (input) => async (casework, id, viewer) => {
      await casework.changes(id, viewer).complete(input.record, input.statement);
      return 'change-proposed';
    }),
  },
  'change-erasure-plan': {
    summary: 'The erasure dry run: every record held on the person with the data map\'s decision, as the request\'s items',
    read: () => only(async (casework, id, viewer) => { await casework.changes(id, viewer).planErasure(); return 'erasure-planned'; }),
  },
  'change-restrict': {
    summary: 'Proposes a restriction (Art. 18) of a record or of the person\'s whole dataset',
    read: (values, language) => then(readRestriction(values, language), (input) => async (casework, id, viewer) => {
      await casework.changes(id, viewer).restrict(input.target, input.reason);
      return 'change-proposed';
    }),
  },
  'change-object': {
    summary: 'Registers an objection (Art. 21) to the processing of a dataset; the person\'s data in it are restricted while it is assessed',
    read: (values, language) => {
      const dataset = valueOf(values, 'dataset');
      if (dataset === '') return fail(changeFormIds.objectDataset, changesText[language].errors.choose);
      return only(async (casework, id, viewer) => { await casework.changes(id, viewer).object(dataset); return 'change-proposed'; });
    },
  },
  'change-item': {
    summary: 'Refuses (keeps, with reasons and a legal ground), carries out after all, or removes a proposed item; settles a failed item as not carried out',
    read: (values, language) => then(readItem(values, language), (input) => async (casework, id, viewer) => {
      const actions = casework.changes(id, viewer);
      if (input.decision === 'remove') {
        await actions.remove(input.item);
        return 'change-removed';
      }
      if (input.decision === 'abandon') {
        await actions.abandon(input.item, input.reasons ?? '');
        return 'change-decided';
      }
      await actions.decide(input.item, { decision: input.decision, ...(input.ground ? { ground: input.ground } : {}), ...(input.reasons ? { reasons: input.reasons } : {}) });
      return 'change-decided';
    }),
  },
  'changes-decision': {
    summary: 'Proposes the decision from the request\'s items (sent at once when every item is granted, else to a granskare)',
    read: (values) => {
      const reasons = valueOf(values, 'reasons').trim();
      return only(async (casework, id, viewer) =>
        (await casework.proposeDecision(id, viewer, { items: [], ...(reasons ? { reasons } : {}) })) === 'approval' ? 'decision-proposed' : 'decision-sent');
    },
  },
  'change-keep-undecided': {
    summary: 'Refuses, with one set of reasons and a legal ground, every item the erasure plan left to the case handler',
    read: (values, language) => {
      const words = changesText[language].errors;
      const reason = valueOf(values, 'reason');
      if (!HANDLER_DECIDES.has(reason)) return fail('handlaggning', words.choose);
      const ground = valueOf(values, 'ground').trim();
      const reasons = valueOf(values, 'reasons').trim();
      const ids = changeFormIds.undecided(reason);
      const errors: FieldError[] = [];
      if (ground === '') errors.push({ field: ids.ground, message: words.ground });
      if (reasons.length < 10) errors.push({ field: ids.reasons, message: words.reasons });
      if (errors.length > 0) return { errors };
      return only(async (casework, id, viewer) => { await casework.changes(id, viewer).keepUndecided({ reason, ground, reasons }); return 'change-decided'; });
    },
  },
  'changes-retry': {
    summary: 'Runs a failed run of the decided changes again (its failed items only)',
    read: () => only(async (casework, id, viewer) => { await casework.changes(id, viewer).retry(); return 'changes-retried'; }),
  },
};
