// A guardian's request for a child (R08): the role is checked against the population register's
// custody relations, read through the access layer (logged, rights purpose) from every dataset
// that names a child and a guardian-or-agent as identity fields. The child must be under 18 on
// the day the request is received.
import type { AccessLayer } from '../../access/access-layer.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import { parseIdentityNumber, type IdentityNumber } from '../../domain/personnummer.ts';
import { swedishDay } from '../../domain/response-deadline.ts';
import { RIGHTS_PURPOSE } from './move-request.ts';

export type GuardianCheck = (guardian: IdentityNumber, child: IdentityNumber, at: Date) => Promise<boolean>;

function isMinor(child: IdentityNumber, at: Date): boolean {
  const [year, month, day] = child.birthDate.split('-').map(Number) as [number, number, number];
  const eighteenth = `${year + 18}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return swedishDay(at) < eighteenth;
}

function sameNumber(value: unknown, expected: IdentityNumber): boolean {
  try {
    return typeof value === 'string' && parseIdentityNumber(value).normalized === expected.normalized;
  } catch {
    return false;
  }
}

export function guardianCheck(catalog: Catalog, access: () => Promise<AccessLayer>): GuardianCheck {
  const relations = catalog.systems.flatMap((system) => system.datasets).flatMap((dataset) => {
    const child = dataset.identityFields.find((field) => field.subjectCategory === 'child');
    const guardian = dataset.identityFields.find((field) => field.subjectCategory === 'guardian-or-agent');
    return child && guardian ? [{ dataset: dataset.qualifiedId, child: child.field, guardian: guardian.field }] : [];
  });
  return async (guardian, child, at) => {
    if (!isMinor(child, at)) return false;
    const layer = await access();
    for (const relation of relations) {
      const { rows } = await layer.readSubject({
        actor: { id: 'insyn-intake' }, purpose: RIGHTS_PURPOSE, subject: child, dataset: relation.dataset,
        identityFields: [relation.child], fields: [relation.guardian], limit: 20,
      });
      if (rows.some((row) => sameNumber(row[relation.guardian], guardian))) return true;
    }
    return false;
  };
}
