// The population register as delivery needs it (R27, R28): the person's protection level, name and
// postal address, read at send time through the access layer (purpose-checked, logged under the
// rights purpose). The register is the catalog dataset whose fields mean `protection` and
// `street-address`: the demo agency's mirror now, a Navet mirror in production. For a person with
// skyddad folkbokföring or sekretessmarkering the address is never read at all.
import type { AccessLayer } from '../../access/access-layer.ts';
import type { Catalog, Dataset } from '../../catalog/catalog-types.ts';
import { needsForwarding, protectionLevel, type ProtectionLevel } from '../../domain/protection-level.ts';
import { InsynError } from '../../domain/error-catalogue.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { RIGHTS_PURPOSE } from '../requests/move-request.ts';

export interface RegisterEntry {
  readonly protection: ProtectionLevel;
  /** Given and family name; undefined when the register has none. */
  readonly name: string | undefined;
  /** Street, then postal code and city; undefined for a protected person or when the register has none. */
  readonly address: readonly string[] | undefined;
  /** The register's dataset (R27: the address source). */
  readonly source: string;
}

export interface PopulationRegister {
  lookUp(person: IdentityNumber, context: { readonly actor: string; readonly stepId?: string }): Promise<RegisterEntry>;
}

interface RegisterFields {
  readonly dataset: string;
  readonly protection: string;
  readonly givenName: string | undefined;
  readonly familyName: string | undefined;
  readonly street: string;
  readonly postalCode: string | undefined;
  readonly city: string | undefined;
}

function fieldMeaning(dataset: Dataset, meaning: string): string | undefined {
  return dataset.fields.find((field) => field.meaning === meaning)?.name;
}

function registerFields(catalog: Catalog): RegisterFields | undefined {
  for (const dataset of catalog.systems.flatMap((system) => system.datasets)) {
    const protection = fieldMeaning(dataset, 'protection');
    const street = fieldMeaning(dataset, 'street-address');
    if (!protection || !street) continue;
    return {
      dataset: dataset.qualifiedId, protection, street,
      givenName: fieldMeaning(dataset, 'given-name'), familyName: fieldMeaning(dataset, 'family-name'),
      postalCode: fieldMeaning(dataset, 'postal-code'), city: fieldMeaning(dataset, 'postal-city'),
    };
  }
  return undefined;
}

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim());

export function catalogPopulationRegister(catalog: Catalog, access: () => Promise<AccessLayer>): PopulationRegister {
  const fields = registerFields(catalog);
  return {
    async lookUp(person, context) {
      if (!fields) throw new InsynError('CATALOG_INVALID', 'no dataset has fields meaning protection and street-address (the population register)');
      const layer = await access();
      const base = { actor: { id: context.actor }, purpose: RIGHTS_PURPOSE, subject: person, dataset: fields.dataset, limit: 2, stepId: context.stepId };
      const nameFields = [fields.givenName, fields.familyName].filter((name): name is string => name !== undefined);
      const { rows } = await layer.readSubject({ ...base, fields: [fields.protection, ...nameFields] });
      // Not in the register, or in it twice (an error there): no address to trust, protection unknown.
      const source = fields.dataset;
      if (rows.length !== 1) return { protection: rows.length === 0 ? 'none' : 'skyddad-folkbokforing', name: undefined, address: undefined, source };
      const [row] = rows as [Record<string, unknown>];
      const protection = protectionLevel(row[fields.protection]);
      const name = nameFields.map((field) => text(row[field])).filter((part) => part !== '').join(' ') || undefined;
      if (needsForwarding(protection)) return { protection, name, address: undefined, source };
      const addressFields = [fields.street, fields.postalCode, fields.city].filter((field): field is string => field !== undefined);
      const [addressRow] = (await layer.readSubject({ ...base, fields: addressFields })).rows as Record<string, unknown>[];
      const street = text(addressRow?.[fields.street]);
      const place = [fields.postalCode, fields.city].map((field) => (field ? text(addressRow?.[field]) : '')).filter((part) => part !== '').join(' ');
      return { protection, name, address: street && place ? [street, place] : undefined, source };
    },
  };
}
