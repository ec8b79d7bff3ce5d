// What a register extract must hold, written down by hand from the demo agency's tables (and
// kept equal to catalog/systems/*.yaml by a test): per dataset, where its rows live, their
// columns, the columns that name a person and in which stored form, and the column that links a
// row to a case. A person's rows are those naming them in any identity column, plus the rows
// linked to one of the person's own cases (arende rows by their own number): a case's drafts,
// employer entries, documents, certificates and payments. Nothing is followed the other way.
import type { StoredForm } from './stored-identity-form.ts';

export type GroundTruthSource = 'postgres' | 'mariadb' | 'archive';

export interface IdentityColumn {
  readonly column: string;
  readonly form: StoredForm;
  /** The subject category of whoever this column names. */
  readonly category: string;
}

export interface GroundTruthDataset {
  /** `system.dataset` */
  readonly dataset: string;
  /** The demo target role holding the table, or the document archive over HTTP. */
  readonly source: GroundTruthSource;
  readonly table: string;
  readonly key: string;
  readonly columns: readonly string[];
  readonly identity: readonly IdentityColumn[];
  /** The column holding a case number (arende.case_id) of the case the row belongs to. */
  readonly caseColumn?: string;
}

export const CASES_DATASET = 'arenden.arende';

export const GROUND_TRUTH_DATASETS: readonly GroundTruthDataset[] = [
  {
    dataset: 'folkbokforing.person', source: 'postgres', table: 'fb_person', key: 'pnr',
    columns: ['pnr', 'id_kind', 'id_level', 'given_name', 'family_name', 'street', 'postal_code', 'city', 'protection', 'updated_at'],
    identity: [{ column: 'pnr', form: 'pnr12', category: 'insured' }],
  },
  {
    dataset: 'folkbokforing.relation', source: 'postgres', table: 'fb_relation', key: 'relation_id',
    columns: ['relation_id', 'guardian_pnr', 'child_pnr', 'relation_type', 'valid_from'],
    identity: [{ column: 'guardian_pnr', form: 'pnr12', category: 'guardian-or-agent' }, { column: 'child_pnr', form: 'pnr12', category: 'child' }],
  },
  {
    dataset: CASES_DATASET, source: 'postgres', table: 'arende', key: 'case_id',
    columns: ['case_id', 'pnr', 'benefit', 'status', 'opened_on', 'closed_on', 'decision', 'automated_decision', 'child_statement'],
    identity: [{ column: 'pnr', form: 'pnr12-dash', category: 'insured' }],
  },
  {
    dataset: 'arenden.utkast', source: 'postgres', table: 'arende_utkast', key: 'draft_id',
    columns: ['draft_id', 'case_id', 'written_on', 'text'],
    identity: [], caseColumn: 'case_id',
  },
  {
    dataset: 'arenden.arbetsgivaruppgift', source: 'postgres', table: 'arende_arbetsgivare', key: 'employer_entry_id',
    columns: ['employer_entry_id', 'case_id', 'employer_name', 'contact_pnr', 'contact_name', 'contact_phone', 'monthly_salary'],
    identity: [{ column: 'contact_pnr', form: 'pnr12', category: 'employer-representative' }], caseColumn: 'case_id',
  },
  {
    dataset: 'kontakthistorik.kontakt', source: 'postgres', table: 'kontakt', key: 'contact_id',
    columns: ['contact_id', 'pnr', 'channel', 'contact_at', 'summary', 'third_party_pnr', 'third_party_note', 'handler_note'],
    identity: [{ column: 'pnr', form: 'pnr10', category: 'insured' }, { column: 'third_party_pnr', form: 'pnr12', category: 'third-party' }],
  },
  {
    dataset: 'dokumentarkiv.dokument', source: 'archive', table: 'dokument', key: 'document_id',
    columns: ['document_id', 'pnr', 'case_id', 'title', 'document_type', 'registered_on'],
    identity: [{ column: 'pnr', form: 'pnr12', category: 'insured' }], caseColumn: 'case_id',
  },
  {
    dataset: 'utbetalningar.utbetalning', source: 'mariadb', table: 'utbetalning', key: 'payment_id',
    columns: ['payment_id', 'pnr', 'case_id', 'amount_sek', 'paid_on', 'account_last4', 'restricted'],
    identity: [{ column: 'pnr', form: 'pnr10-dash', category: 'insured' }], caseColumn: 'case_id',
  },
  {
    dataset: 'lakarintyg.intyg', source: 'mariadb', table: 'intyg', key: 'certificate_id',
    columns: ['certificate_id', 'case_id', 'patient_pnr', 'doctor_pnr', 'doctor_name', 'care_unit', 'diagnosis_code', 'assessment', 'period_from', 'period_to'],
    identity: [{ column: 'patient_pnr', form: 'pnr12', category: 'insured' }, { column: 'doctor_pnr', form: 'pnr12', category: 'healthcare-professional' }], caseColumn: 'case_id',
  },
  {
    dataset: 'utlamnanden.utlamnande', source: 'mariadb', table: 'utlamnande', key: 'disclosure_id',
    columns: ['disclosure_id', 'pnr', 'recipient', 'legal_basis', 'disclosed_at', 'data_categories', 'channel', 'particular_inquiry'],
    identity: [{ column: 'pnr', form: 'pnr12', category: 'insured' }],
  },
  {
    dataset: 'mina-sidor.avisering', source: 'mariadb', table: 'avisering', key: 'setting_id',
    columns: ['setting_id', 'pnr', 'reminder', 'by_sms', 'by_email', 'mobile', 'email', 'set_at'],
    identity: [{ column: 'pnr', form: 'pnr12', category: 'insured' }],
  },
];
