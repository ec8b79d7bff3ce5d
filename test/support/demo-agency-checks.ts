// Checks on a seeded demo agency, shared by the PGlite unit test and the PostgreSQL + MariaDB
// integration test: identity numbers valid and in each column's declared form, one of every
// persona, protection level and secrecy class, valid relations and case references.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { parseIdentityNumber, type IdentityForm } from '../../src/domain/personnummer.ts';
import type { DemoConnection, DemoRow } from '../../src/devservices/demo-agency/demo-connection.ts';
import { ageOn, DEMO_REFERENCE_DATE } from '../../src/devservices/demo-agency/demo-calendar.ts';
import { DEMO_IDENTITY_FORMS } from '../../src/devservices/demo-agency/demo-identity-forms.ts';
import { demoPersonas } from '../../src/devservices/demo-agency/demo-personas.ts';
import { demoTables, type DemoTableName } from '../../src/devservices/demo-agency/demo-tables.ts';
import type { DemoConnections } from '../../src/devservices/demo-agency/open-demo-connections.ts';

export type DemoDump = Readonly<Record<DemoTableName, readonly DemoRow[]>>;

const referenceDate = new Date(`${DEMO_REFERENCE_DATE}T12:00:00Z`);
const FORM_PATTERN: Readonly<Record<IdentityForm, RegExp>> = {
  pnr12: /^\d{12}$/, 'pnr12-dash': /^\d{8}-\d{4}$/, pnr10: /^\d{10}$/, 'pnr10-dash': /^\d{6}[-+]\d{4}$/,
};

export async function readDemoTables(connections: DemoConnections): Promise<DemoDump> {
  const dump: Partial<Record<DemoTableName, DemoRow[]>> = {};
  for (const table of demoTables) {
    dump[table.name] = await connections.for(table.role).query(`SELECT * FROM ${table.name} ORDER BY ${table.primaryKey}`);
  }
  return dump as DemoDump;
}

/** sha256 of every row of every table, in primary-key order. */
export function hashDump(dump: DemoDump): string {
  const hash = createHash('sha256');
  for (const table of demoTables) {
    for (const row of dump[table.name]) hash.update(`${table.name}:${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}

const normalize = (value: string) => parseIdentityNumber(value, { referenceDate }).normalized;

function assertIdentityColumns(dump: DemoDump, persons: ReadonlySet<string>): void {
  for (const [key, form] of Object.entries(DEMO_IDENTITY_FORMS)) {
    const [table, column] = key.split('.') as [DemoTableName, string];
    for (const row of dump[table]) {
      const value = row[column];
      if (value === null) continue;
      assert.equal(typeof value, 'string', key);
      assert.match(value as string, FORM_PATTERN[form], `${key} in form ${form}`);
      assert.ok(persons.has(normalize(value as string)), `${key} names a demo person`);
    }
  }
}

function assertCaseReferences(dump: DemoDump): void {
  const cases = new Map(dump.arende.map((row) => [Number(row.case_id), normalize(String(row.pnr))]));
  for (const table of ['arende_utkast', 'arende_arbetsgivare', 'utbetalning', 'intyg', 'dokument'] as const) {
    for (const row of dump[table]) assert.ok(cases.has(Number(row.case_id)), `${table}.case_id exists in arende`);
  }
  for (const row of dump.utbetalning) assert.equal(normalize(String(row.pnr)), cases.get(Number(row.case_id)), 'payment to the insured');
  for (const row of dump.intyg) assert.equal(row.patient_pnr, cases.get(Number(row.case_id)), 'certificate of the insured');
}

function assertRelations(dump: DemoDump, birthDates: ReadonlyMap<string, string>): void {
  assert.ok(dump.fb_relation.length > 0, 'guardians and children');
  for (const row of dump.fb_relation) {
    const child = birthDates.get(String(row.child_pnr));
    const guardian = birthDates.get(String(row.guardian_pnr));
    assert.ok(child && guardian);
    assert.ok(ageOn(child) < 18, 'the child is under 18');
    assert.ok(ageOn(guardian) - ageOn(child) >= 20, 'the guardian is an adult 20+ years older');
  }
}

const count = (rows: readonly DemoRow[], predicate: (row: DemoRow) => boolean) => rows.filter(predicate).length;

function assertPersonasAndClasses(dump: DemoDump, seed: string): void {
  const personas = demoPersonas(seed);
  for (const level of ['sekretessmarkering', 'skyddad-folkbokforing', 'fingerade-personuppgifter']) {
    assert.ok(count(dump.fb_person, (row) => row.protection === level) >= 1, level);
  }
  assert.ok(count(dump.fb_person, (row) => row.id_kind === 'samordningsnummer' && row.id_level !== null) >= 1);
  const { guardian, child, doctor, employerContact, heavy, ordinaryAdult, draftAndNote } = personas;
  assert.ok(count(dump.fb_relation, (row) => row.guardian_pnr === guardian.identityNumber && row.child_pnr === child.identityNumber) === 1);
  const childCases = dump.arende.filter((row) => normalize(String(row.pnr)) === child.identityNumber);
  assert.ok(childCases.some((row) => typeof row.child_statement === 'string'), 'child-against-guardian');
  assert.ok(count(dump.kontakt, (row) => row.third_party_pnr === ordinaryAdult.identityNumber) >= 1, 'third-party');
  assert.ok(count(dump.kontakt, (row) => typeof row.handler_note === 'string') >= 1, 'draft-or-note: handler_note');
  const draftCases = new Set(dump.arende_utkast.map((row) => Number(row.case_id)));
  assert.ok(dump.arende.some((row) => draftCases.has(Number(row.case_id)) && normalize(String(row.pnr)) === draftAndNote.identityNumber));
  assert.ok(count(dump.intyg, (row) => row.doctor_pnr === doctor.identityNumber) >= 1, 'doctor authors certificates');
  assert.ok(count(dump.arende_arbetsgivare, (row) => row.contact_pnr === employerContact.identityNumber) >= 1, 'employer contact');
  const heavyCases = count(dump.arende, (row) => normalize(String(row.pnr)) === heavy.identityNumber);
  assert.ok(heavyCases >= 100, 'the heavy person has hundreds of cases');
  assert.ok(count(dump.kontakt, (row) => normalize(String(row.pnr)) === heavy.identityNumber) >= 100, 'and contacts');
  assert.ok(dump.utbetalning.some((row) => String(row.pnr).includes('+')), 'a centenarian in pnr10-dash');
}

/** A setting sends by at least one channel it has an address for; the heavy and protected personas have one. */
function assertNotificationSettings(dump: DemoDump, seed: string): void {
  const on = (value: unknown) => value === true || Number(value) === 1; // MariaDB's BOOLEAN is TINYINT(1)
  for (const row of dump.avisering) {
    assert.ok(on(row.by_sms) || on(row.by_email), 'a setting sends by some channel');
    if (on(row.by_sms)) assert.equal(typeof row.mobile, 'string', 'by text message to a mobile number');
    if (on(row.by_email)) assert.equal(typeof row.email, 'string', 'by e-mail to an address');
  }
  const personas = demoPersonas(seed);
  for (const role of ['heavy', 'ordinaryAdult', 'sekretessmarkering', 'skyddadFolkbokforing', 'fingeradePersonuppgifter'] as const) {
    assert.ok(count(dump.avisering, (row) => row.pnr === personas[role].identityNumber) >= 1, `${role} has a notification setting`);
  }
}

/** Every check on one seeded demo agency. */
export function assertDemoData(dump: DemoDump, persons: number, seed: string): void {
  assert.equal(dump.fb_person.length, persons);
  const birthDates = new Map(dump.fb_person.map((row) => [String(row.pnr), parseIdentityNumber(String(row.pnr)).birthDate]));
  assertIdentityColumns(dump, new Set(birthDates.keys()));
  assertCaseReferences(dump);
  assertRelations(dump, birthDates);
  assertPersonasAndClasses(dump, seed);
  assertNotificationSettings(dump, seed);
  for (const table of demoTables) assert.ok(dump[table.name].length > 0, `${table.name} has rows`);
}

export async function tableCount(connection: DemoConnection, table: string): Promise<number> {
  const [row] = await connection.query<{ n: number | string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row?.n ?? 0);
}
