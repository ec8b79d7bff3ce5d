// Whether a person has protected identity (sekretessmarkering, skyddad folkbokföring, fingerade
// personuppgifter): read through the access layer from every dataset whose catalog field means
// `protection`, under the rights purpose, so the read is in the processing log. Any protection
// level counts (domain/protection-level.ts; an unknown value too); a failed read is an error the
// caller treats as protected (fail closed).
import type { AccessLayer } from '../../access/access-layer.ts';
import type { Catalog } from '../../catalog/catalog-types.ts';
import type { IdentityNumber } from '../../domain/personnummer.ts';
import { isProtected, protectionLevel } from '../../domain/protection-level.ts';
import { RIGHTS_PURPOSE } from './move-request.ts';

export function protectionLookup(catalog: Catalog, access: () => Promise<AccessLayer>): (subject: IdentityNumber) => Promise<boolean> {
  const sources = catalog.systems.flatMap((system) => system.datasets)
    .flatMap((dataset) => dataset.fields.filter((field) => field.meaning === 'protection').map((field) => ({ dataset: dataset.qualifiedId, field: field.name })));
  return async (subject) => {
    const layer = await access();
    for (const source of sources) {
      const { rows } = await layer.readSubject({
        actor: { id: 'insyn-intake' }, purpose: RIGHTS_PURPOSE, subject, dataset: source.dataset, fields: [source.field], limit: 10,
      });
      if (rows.some((row) => isProtected(protectionLevel(row[source.field])))) return true;
    }
    return false;
  };
}
