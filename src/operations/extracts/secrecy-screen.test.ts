import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadCatalog } from '../../catalog/load-catalog.ts';
import type { CollectedItem } from '../../stores/extract-part-store.ts';
import { aYearBefore, reviewNeeds } from './secrecy-screen.ts';

const catalog = loadCatalog(new URL('../../../catalog', import.meta.url).pathname);
const received = new Date('2026-11-29T10:00:00Z');

function item(values: Record<string, string | null>, roles: string[] = ['insured'], key = '1'): CollectedItem {
  return { key, values, matchedBy: ['pnr', 'case_id'], roles };
}

function kinds(dataset: string, items: CollectedItem[], extra: { dataset: string; items: CollectedItem[] }[] = []) {
  return reviewNeeds(catalog, [{ dataset, items }, ...extra], received).map((need) => need.kinds.join(','));
}

test('a third-party field holding a value waits for review; an empty one does not', () => {
  assert.deepEqual(kinds('kontakthistorik.kontakt', [item({ contact_id: '1', third_party_note: 'x' })]), ['third-party']);
  assert.deepEqual(kinds('kontakthistorik.kontakt', [item({ contact_id: '1', third_party_note: null, third_party_pnr: ' ' })]), []);
});

test('a record that concerns the person only as a third party waits for review as a whole', () => {
  assert.deepEqual(kinds('kontakthistorik.kontakt', [item({ contact_id: '1', summary: 's' }, ['third-party'])]), ['third-party']);
  assert.deepEqual(kinds('kontakthistorik.kontakt', [item({ contact_id: '1', summary: 's' }, ['insured', 'third-party'])]), []);
});

test('drafts and notes wait for review unless more than a year old at the request (5 kap. 2 § DSL)', () => {
  assert.equal(aYearBefore(received), '2025-11-29');
  assert.deepEqual(kinds('arenden.utkast', [item({ draft_id: '1', written_on: '2026-06-01', text: 't' })]), ['draft-or-note']);
  assert.deepEqual(kinds('arenden.utkast', [item({ draft_id: '1', written_on: '2025-11-28', text: 't' })]), []);
  assert.deepEqual(kinds('arenden.utkast', [item({ draft_id: '1', written_on: null, text: 't' })]), ['draft-or-note'], 'no date: review');
  assert.deepEqual(kinds('kontakthistorik.kontakt', [item({ contact_id: '1', contact_at: '2026-01-05 10:00:00', handler_note: 'n' })]), ['draft-or-note']);
});

test('protected-address fields wait for review only when the person\'s data are protected', () => {
  const person = (protection: string) => item({ pnr: '190001010000', street: 'Gatan 1', city: 'Stad', protection });
  assert.deepEqual(kinds('folkbokforing.person', [person('ingen')]), []);
  assert.deepEqual(kinds('folkbokforing.person', [person('sekretessmarkering')]), ['protected-address']);
  assert.deepEqual(kinds('folkbokforing.person', [person('skyddad-folkbokforing')]), ['protected-address']);
});

test('a child\'s statement waits for review when the person is in the record as guardian, not as the child', () => {
  const statement = { case_id: '1', child_statement: 'Jag vill bo hos pappa' };
  assert.deepEqual(kinds('arenden.arende', [item(statement, ['insured'])]), []);
  assert.deepEqual(kinds('arenden.arende', [item(statement, ['guardian-or-agent'])]), ['child-against-guardian']);
});

test('values about another person wait for review: the patient\'s diagnosis in a certificate the doctor wrote, the insured\'s salary for the employer', () => {
  const certificate = { certificate_id: '1', patient_pnr: '190001010000', doctor_name: 'Dr', diagnosis_code: 'F43.8' };
  const asDoctor: CollectedItem = { key: '1', values: certificate, matchedBy: ['doctor_pnr'], roles: ['healthcare-professional'] };
  const asPatient: CollectedItem = { key: '1', values: certificate, matchedBy: ['patient_pnr', 'case_id'], roles: ['insured'] };
  assert.deepEqual(reviewNeeds(catalog, [{ dataset: 'lakarintyg.intyg', items: [asDoctor] }], received)[0]?.kinds, ['third-party']);
  assert.deepEqual(reviewNeeds(catalog, [{ dataset: 'lakarintyg.intyg', items: [asPatient] }], received), []);
  const entry = { employer_entry_id: '1', case_id: '7', employer_name: 'AB', monthly_salary: '31000' };
  const asContact: CollectedItem = { key: '1', values: entry, matchedBy: ['contact_pnr'], roles: ['employer-representative'] };
  const asInsured: CollectedItem = { key: '1', values: entry, matchedBy: ['case_id'], roles: ['insured'] };
  assert.deepEqual(reviewNeeds(catalog, [{ dataset: 'arenden.arbetsgivaruppgift', items: [asContact] }], received)[0]?.kinds, ['third-party']);
  assert.deepEqual(reviewNeeds(catalog, [{ dataset: 'arenden.arbetsgivaruppgift', items: [asInsured] }], received), []);
  const withContact: CollectedItem = { ...asInsured, values: { ...entry, contact_pnr: '197001010000', contact_name: 'K' } };
  assert.deepEqual(reviewNeeds(catalog, [{ dataset: 'arenden.arbetsgivaruppgift', items: [withContact] }], received)[0]?.kinds, ['third-party'],
    'the employer\'s contact person\'s number and name are a third party\'s in the insured\'s extract');
});

test('another person\'s identity number, and a record with no role for the person, wait for review', () => {
  const certificate: CollectedItem = { key: '1', values: { certificate_id: '1', patient_pnr: '1', doctor_pnr: '2' }, matchedBy: ['patient_pnr'], roles: ['insured'] };
  assert.deepEqual(reviewNeeds(catalog, [{ dataset: 'lakarintyg.intyg', items: [certificate] }], received)[0]?.kinds, ['third-party']);
  const orphan: CollectedItem = { key: '1', values: { case_id: '1', benefit: 'x' }, matchedBy: [], roles: [] };
  assert.deepEqual(reviewNeeds(catalog, [{ dataset: 'arenden.arende', items: [orphan] }], received)[0]?.kinds, ['third-party']);
});

test('a guardian asking for a child: the child\'s own statements and every record marked for secrecy wait for review (R08)', () => {
  const statement = { key: 'a1', values: { arende_id: 'a1', person_pnr: '201001011234', child_statement: 'Jag vill inte att mamma läser detta' }, roles: ['insured'], matchedBy: ['person_pnr'] };
  const own = reviewNeeds(catalog, [{ dataset: 'arenden.arende', items: [statement] }], received);
  const asGuardian = reviewNeeds(catalog, [{ dataset: 'arenden.arende', items: [statement] }], received, { guardianRequest: true });
  assert.ok(!own.some((need) => need.kinds.includes('child-against-guardian')));
  assert.ok(asGuardian[0]?.kinds.includes('child-against-guardian'));
});
