import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInsynError } from '../domain/error-catalogue.ts';
import { loadCatalog } from '../catalog/load-catalog.ts';
import { planCollection } from './collection-plan.ts';

const catalog = loadCatalog(new URL('../../catalog', import.meta.url).pathname);

test('every personal-data dataset is in the plan, by every identity field and reference', () => {
  const plan = planCollection(catalog, 'rattigheter');
  const steps = plan.stages.flat();
  const personal = catalog.systems.flatMap((system) => system.datasets).filter((dataset) => dataset.personalData);
  assert.deepEqual(steps.map((step) => step.dataset.qualifiedId).sort(), personal.map((dataset) => dataset.qualifiedId).sort());
  const step = (id: string) => steps.find((candidate) => candidate.dataset.qualifiedId === id)!;
  assert.deepEqual(step('lakarintyg.intyg').identityFields.map((field) => field.field), ['patient_pnr', 'doctor_pnr']);
  assert.deepEqual(step('arenden.utkast').via, [{ field: 'case_id', from: 'arenden.arende', key: 'case_id' }]);
  assert.equal(step('arenden.utkast').identityFields.length, 0);
});

test('a dataset is staged after the datasets whose keys it follows; independent ones share stage 0', () => {
  const plan = planCollection(catalog, 'rattigheter');
  for (const [index, stage] of plan.stages.entries()) {
    for (const step of stage) {
      assert.equal(step.stage, index);
      for (const via of step.via) {
        const parent = plan.stages.flat().find((candidate) => candidate.dataset.qualifiedId === via.from)!;
        assert.ok(parent.stage < step.stage, `${step.dataset.qualifiedId} after ${via.from}`);
      }
    }
  }
  assert.ok(plan.stages[0]!.some((step) => step.dataset.qualifiedId === 'arenden.arende'));
  assert.ok(plan.stages[0]!.length >= 4, 'independent datasets run in parallel');
});

test('a purpose some personal-data dataset does not allow is CATALOG_INVALID (the answer would be incomplete)', () => {
  assert.throws(() => planCollection(catalog, 'statistik'), (error) => isInsynError(error, 'CATALOG_INVALID'));
});
