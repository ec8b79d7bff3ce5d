// The console never shows a protected person's address: the catalog's protected-address fields are
// masked in collected values and in the extract; whether an extract shows protection is read from
// its protection fields (any level, an unknown value too).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ExtractModel, ExtractSystem } from '../../documents/extract-model.ts';
import { demoCatalog } from '../../../test/support/test-server.ts';
import { ordinaryExtractModel } from '../../../test/support/extract-model-fixture.ts';
import { protectedAddressMask } from './protected-address-mask.ts';

const mask = protectedAddressMask(demoCatalog());

function withRegister(protection: string | null): ExtractModel {
  const model = ordinaryExtractModel();
  const register: ExtractSystem = {
    id: 'folkbokforing', name: 'Folkbokföringsspegel', description: '',
    datasets: [{
      id: 'folkbokforing.person', name: 'Personuppgifter', purposes: [], categories: [], source: '', retention: '', recipients: [],
      columns: ['street', 'postal_code', 'city', 'protection'].map((field) => ({ field, label: field })),
      items: [{ key: 'p', roles: [], redacted: [], values: { street: 'Hemliga vägen 7', postal_code: '123 45', city: 'Orten', protection } }],
    }],
  };
  return { ...model, systems: [...model.systems, register] };
}

test('collected values: the protected-address fields are replaced, the others stay', () => {
  const values = { street: 'Hemliga vägen 7', postal_code: '123 45', city: 'Orten', given_name: 'Stina', protection: 'skyddad-folkbokforing' };
  const masked = mask.values('folkbokforing.person', values, 'sv');
  assert.deepEqual([masked.street, masked.postal_code, masked.city], Array(3).fill('Skyddad uppgift – visas inte'));
  assert.equal(masked.given_name, 'Stina');
  assert.deepEqual(mask.values('kontakthistorik.kontakt', { summary: 'x' }, 'sv'), { summary: 'x' }, 'a dataset without such fields is untouched');
  assert.equal(mask.values('folkbokforing.person', { street: null }, 'en').street, null, 'nothing to hide stays nothing');
});

test('the extract: masked everywhere it could show the address; protection read from the data', () => {
  const shown = withRegister('sekretessmarkering');
  assert.equal(mask.showsProtection(shown), true);
  assert.equal(mask.showsProtection(withRegister('fingerade-personuppgifter')), true, 'every level means caution in the console');
  assert.equal(mask.showsProtection(withRegister('okänt värde')), true, 'an unknown value fails closed');
  assert.equal(mask.showsProtection(withRegister('ingen')), false);
  assert.equal(mask.showsProtection(ordinaryExtractModel()), false);
  const text = JSON.stringify(mask.extract(shown));
  assert.doesNotMatch(text, /Hemliga vägen|123 45|Orten/);
  assert.match(text, /Skyddad uppgift – visas inte/);
  assert.equal(JSON.stringify(mask.extract(ordinaryExtractModel())), JSON.stringify(ordinaryExtractModel()), 'nothing else changes');
});

test('a supplementary statement on a protected-address field or the whole record is masked; one on another field is not', () => {
  const model = withRegister('skyddad-folkbokforing');
  const register = model.systems.at(-1)!;
  const dataset = register.datasets[0]!;
  const statement = (text: string, fields: readonly string[]) => ({ text, addedOn: '2026-11-20', fields: fields.map((field) => ({ field, label: field })) });
  const item = {
    ...dataset.items[0]!,
    statements: [statement('Jag bor på Hemliga vägen 9', ['street']), statement('Adressen är Hemliga vägen 9', []), statement('Jag har bytt namn', ['given_name'])],
  };
  const masked = mask.extract({ ...model, systems: [...model.systems.slice(0, -1), { ...register, datasets: [{ ...dataset, items: [item] }] }] });
  const statements = masked.systems.at(-1)!.datasets[0]!.items[0]!.statements!;
  assert.deepEqual(statements.map((entry) => entry.text), ['Skyddad uppgift – visas inte', 'Skyddad uppgift – visas inte', 'Jag har bytt namn']);
  assert.deepEqual(statements.map((entry) => entry.addedOn), ['2026-11-20', '2026-11-20', '2026-11-20'], 'that a statement exists, and when, stays visible');
});
