// The demo agency's source tables, as the catalog under catalog/systems/ describes them:
// the same table and column names, identity numbers in each column's declared form. One
// definition per table drives the DDL for both engines and the seeder's column order.

export type DemoColumnType = 'bigint' | 'integer' | 'boolean' | 'date' | 'timestamp' | 'text' | `varchar(${number})`;

/** Which demo target holds the table: the PostgreSQL systems' or the MariaDB systems'. */
export type DemoTargetRole = 'postgres' | 'mariadb';

export interface DemoColumn {
  readonly name: string;
  readonly type: DemoColumnType;
  readonly nullable?: boolean;
}

export interface DemoTable {
  readonly name: DemoTableName;
  /** The catalog system the table belongs to. */
  readonly system: string;
  readonly role: DemoTargetRole;
  readonly columns: readonly DemoColumn[];
  readonly primaryKey: string;
  /** Secondary indexes, one column each: every identity-number column and every case_id. */
  readonly indexes: readonly string[];
}

export type DemoTableName =
  | 'fb_person' | 'fb_relation' | 'arende' | 'arende_utkast' | 'arende_arbetsgivare' | 'kontakt'
  | 'dokument' | 'utbetalning' | 'intyg' | 'utlamnande' | 'avisering';

const col = (name: string, type: DemoColumnType, nullable = false): DemoColumn => ({ name, type, nullable });

export const demoTables: readonly DemoTable[] = [
  {
    name: 'fb_person', system: 'folkbokforing', role: 'postgres', primaryKey: 'pnr', indexes: [],
    columns: [
      col('pnr', 'varchar(12)'), col('id_kind', 'varchar(20)'), col('id_level', 'varchar(20)', true),
      col('given_name', 'varchar(60)'), col('family_name', 'varchar(60)'), col('street', 'varchar(80)'),
      col('postal_code', 'varchar(6)'), col('city', 'varchar(40)'), col('protection', 'varchar(30)'),
      col('updated_at', 'timestamp'),
    ],
  },
  {
    name: 'fb_relation', system: 'folkbokforing', role: 'postgres', primaryKey: 'relation_id',
    indexes: ['guardian_pnr', 'child_pnr'],
    columns: [
      col('relation_id', 'bigint'), col('guardian_pnr', 'varchar(12)'), col('child_pnr', 'varchar(12)'),
      col('relation_type', 'varchar(30)'), col('valid_from', 'date'),
    ],
  },
  {
    name: 'arende', system: 'arenden', role: 'postgres', primaryKey: 'case_id', indexes: ['pnr'],
    columns: [
      col('case_id', 'bigint'), col('pnr', 'varchar(13)'), col('benefit', 'varchar(60)'), col('status', 'varchar(30)'),
      col('opened_on', 'date'), col('closed_on', 'date', true), col('decision', 'varchar(30)', true),
      col('automated_decision', 'varchar(60)', true), col('child_statement', 'text', true),
    ],
  },
  {
    name: 'arende_utkast', system: 'arenden', role: 'postgres', primaryKey: 'draft_id', indexes: ['case_id'],
    columns: [col('draft_id', 'bigint'), col('case_id', 'bigint'), col('written_on', 'date'), col('text', 'text')],
  },
  {
    name: 'arende_arbetsgivare', system: 'arenden', role: 'postgres', primaryKey: 'employer_entry_id',
    indexes: ['case_id', 'contact_pnr'],
    columns: [
      col('employer_entry_id', 'bigint'), col('case_id', 'bigint'), col('employer_name', 'varchar(80)'),
      col('contact_pnr', 'varchar(12)'), col('contact_name', 'varchar(120)'), col('contact_phone', 'varchar(20)'),
      col('monthly_salary', 'integer'),
    ],
  },
  {
    name: 'kontakt', system: 'kontakthistorik', role: 'postgres', primaryKey: 'contact_id',
    indexes: ['pnr', 'third_party_pnr'],
    columns: [
      col('contact_id', 'bigint'), col('pnr', 'varchar(10)'), col('channel', 'varchar(20)'),
      col('contact_at', 'timestamp'), col('summary', 'text'), col('third_party_pnr', 'varchar(12)', true),
      col('third_party_note', 'text', true), col('handler_note', 'text', true),
    ],
  },
  {
    name: 'dokument', system: 'dokumentarkiv', role: 'postgres', primaryKey: 'document_id', indexes: ['pnr', 'case_id'],
    columns: [
      col('document_id', 'bigint'), col('pnr', 'varchar(12)'), col('case_id', 'bigint'), col('title', 'varchar(200)'),
      col('document_type', 'varchar(40)'), col('registered_on', 'date'),
    ],
  },
  {
    name: 'utbetalning', system: 'utbetalningar', role: 'mariadb', primaryKey: 'payment_id', indexes: ['pnr', 'case_id'],
    columns: [
      col('payment_id', 'bigint'), col('pnr', 'varchar(11)'), col('case_id', 'bigint'), col('amount_sek', 'integer'),
      col('paid_on', 'date'), col('account_last4', 'varchar(4)'), col('restricted', 'integer'),
    ],
  },
  {
    name: 'intyg', system: 'lakarintyg', role: 'mariadb', primaryKey: 'certificate_id',
    indexes: ['case_id', 'patient_pnr', 'doctor_pnr'],
    columns: [
      col('certificate_id', 'bigint'), col('case_id', 'bigint'), col('patient_pnr', 'varchar(12)'),
      col('doctor_pnr', 'varchar(12)'), col('doctor_name', 'varchar(120)'), col('care_unit', 'varchar(100)'),
      col('diagnosis_code', 'varchar(10)'), col('assessment', 'text'), col('period_from', 'date'), col('period_to', 'date'),
    ],
  },
  {
    name: 'utlamnande', system: 'utlamnanden', role: 'mariadb', primaryKey: 'disclosure_id', indexes: ['pnr'],
    columns: [
      col('disclosure_id', 'bigint'), col('pnr', 'varchar(12)'), col('recipient', 'varchar(40)'),
      col('legal_basis', 'varchar(300)'), col('disclosed_at', 'timestamp'), col('data_categories', 'varchar(200)'),
      col('channel', 'varchar(20)'), col('particular_inquiry', 'boolean'),
    ],
  },
  {
    name: 'avisering', system: 'mina-sidor', role: 'mariadb', primaryKey: 'setting_id', indexes: ['pnr'],
    columns: [
      col('setting_id', 'bigint'), col('pnr', 'varchar(12)'), col('reminder', 'varchar(40)'), col('by_sms', 'boolean'),
      col('by_email', 'boolean'), col('mobile', 'varchar(20)', true), col('email', 'varchar(120)', true), col('set_at', 'timestamp'),
    ],
  },
];

export function demoTable(name: DemoTableName): DemoTable {
  const table = demoTables.find((candidate) => candidate.name === name);
  if (!table) throw new TypeError(`unknown demo table ${name}`);
  return table;
}

export function demoTablesFor(role: DemoTargetRole): readonly DemoTable[] {
  return demoTables.filter((table) => table.role === role);
}
