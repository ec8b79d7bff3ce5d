// The storage form of every identity-number column in the demo tables, as the catalog
// declares it (catalog/systems/*.yaml; a test keeps the two equal). The seeder writes each
// column in this form.
import type { IdentityForm } from '../../domain/personnummer.ts';

export const DEMO_IDENTITY_FORMS = {
  'fb_person.pnr': 'pnr12',
  'fb_relation.guardian_pnr': 'pnr12',
  'fb_relation.child_pnr': 'pnr12',
  'arende.pnr': 'pnr12-dash',
  'arende_arbetsgivare.contact_pnr': 'pnr12',
  'kontakt.pnr': 'pnr10',
  'kontakt.third_party_pnr': 'pnr12',
  'dokument.pnr': 'pnr12',
  'utbetalning.pnr': 'pnr10-dash',
  'intyg.patient_pnr': 'pnr12',
  'intyg.doctor_pnr': 'pnr12',
  'utlamnande.pnr': 'pnr12',
  'avisering.pnr': 'pnr12',
} as const satisfies Readonly<Record<string, IdentityForm>>;
