import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertDecisionComplete, decisionOutcome, decisionProblems, needsApproval, type Decision, type DecisionItem } from './decision.ts';
import { InsynError } from './error-catalogue.ts';

const granted: DecisionItem = { description: 'Registerutdrag', outcome: 'granted', legalGrounds: [] };
const refused: DecisionItem = {
  description: 'Uppgifter om en annan person', outcome: 'refused',
  reasons: 'Uppgifterna gäller en annan person och omfattas av sekretess.', legalGrounds: ['osl-28-1', 'dsl-5-1'],
};
const partly: DecisionItem = { ...refused, description: 'Anteckningar i ärendet', outcome: 'partly-granted', legalGrounds: ['dsl-5-2'] };

describe('decisionOutcome', () => {
  it('is granted when every item is granted', () => {
    assert.equal(decisionOutcome([granted, granted]), 'granted');
  });
  it('is refused when every item is refused', () => {
    assert.equal(decisionOutcome([refused, refused]), 'refused');
  });
  it('is partly granted for a mix, or for any partly granted item', () => {
    assert.equal(decisionOutcome([granted, refused]), 'partly-granted');
    assert.equal(decisionOutcome([partly]), 'partly-granted');
    assert.equal(decisionOutcome([refused, partly]), 'partly-granted');
  });
  it('refuses to derive an outcome from no items', () => {
    assert.throws(() => decisionOutcome([]), (error: unknown) => error instanceof InsynError && error.code === 'DECISION_INCOMPLETE');
  });
});

describe('decisionProblems (R06)', () => {
  it('finds nothing in a reasoned decision with legal grounds', () => {
    assert.deepEqual(decisionProblems({ items: [granted, refused, partly] }), []);
  });
  it('needs at least one item', () => {
    assert.deepEqual(decisionProblems({ items: [] }), [{ code: 'items-missing', field: 'items' }]);
  });
  it('needs reasons and a legal ground for what is refused or partly granted', () => {
    const decision: Decision = {
      items: [granted, { ...refused, reasons: ' ', legalGrounds: [] }, { ...partly, reasons: undefined, legalGrounds: ['  '] }],
    };
    assert.deepEqual(decisionProblems(decision), [
      { code: 'reasons-missing', field: 'items.1.reasons' },
      { code: 'legal-ground-missing', field: 'items.1.legalGrounds' },
      { code: 'legal-ground-blank', field: 'items.2.legalGrounds.0' },
      { code: 'reasons-missing', field: 'items.2.reasons' },
      { code: 'legal-ground-missing', field: 'items.2.legalGrounds' },
    ]);
  });
  it('does not ask reasons or grounds of a granted item, but every item is described', () => {
    assert.deepEqual(decisionProblems({ items: [{ ...granted, description: '' }] }), [{ code: 'description-missing', field: 'items.0.description' }]);
  });
  it('counts reasons shorter than ten characters as missing', () => {
    assert.deepEqual(decisionProblems({ items: [{ ...refused, reasons: 'Sekretess' }] }), [{ code: 'reasons-missing', field: 'items.0.reasons' }]);
  });
  it('needs a written justification for an Art. 12(5) refusal, and something refused', () => {
    assert.deepEqual(decisionProblems({ items: [refused], refusalKind: 'excessive' }), [{ code: 'justification-missing', field: 'reasons' }]);
    assert.deepEqual(decisionProblems({ items: [granted], refusalKind: 'manifestly-unfounded', reasons: 'Begäran upprepar tre tidigare begäranden.' }),
      [{ code: 'refusal-kind-without-refusal', field: 'refusalKind' }]);
    assert.deepEqual(decisionProblems({ items: [{ ...refused, legalGrounds: ['gdpr-12-5'] }], refusalKind: 'excessive', reasons: 'Begäran upprepar tre tidigare begäranden.' }), []);
  });
});

describe('needsApproval', () => {
  it('is false when everything is granted', () => {
    assert.equal(needsApproval({ items: [granted, granted] }), false);
  });
  it('is true when anything is withheld or refused', () => {
    assert.equal(needsApproval({ items: [granted, partly] }), true);
    assert.equal(needsApproval({ items: [refused] }), true);
  });
});

describe('assertDecisionComplete', () => {
  it('throws DECISION_INCOMPLETE naming codes and fields, never the decision text', () => {
    const secret = 'Uppgift om grannens inkomst';
    assert.throws(() => assertDecisionComplete({ items: [{ ...refused, description: secret, legalGrounds: [] }] }), (error: unknown) => {
      assert.ok(error instanceof InsynError);
      assert.equal(error.code, 'DECISION_INCOMPLETE');
      assert.equal(error.detail, 'legal-ground-missing (items.0.legalGrounds)');
      assert.ok(!error.message.includes(secret));
      return true;
    });
    assert.doesNotThrow(() => assertDecisionComplete({ items: [granted] }));
  });
});
