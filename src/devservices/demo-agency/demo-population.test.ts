// Demo persons: unique valid numbers, realistic shares, and the well-known personas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseIdentityNumber } from '../../domain/personnummer.ts';
import { DEMO_REFERENCE_DATE, ageOn, dayNumber, isoDate, isoTimestamp } from './demo-calendar.ts';
import { PERSONA_COUNT } from './demo-persona-specs.ts';
import { demoPersonas } from './demo-personas.ts';
import { MAX_DEMO_PERSONS, demoPerson, demoPopulation } from './demo-population.ts';
import { tsvLine, tsvText } from './demo-tsv.ts';

const referenceDate = new Date(`${DEMO_REFERENCE_DATE}T12:00:00Z`);

test('100,000 persons have unique, valid numbers in every form and realistic shares', () => {
  const population = demoPopulation('shares', 100_000);
  const seen = new Set<string>();
  const tenDigits = new Set<string>();
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (let index = 0; index < population.persons; index += 1) {
    const person = demoPerson(population, index);
    const parsed = parseIdentityNumber(person.id.normalized, { referenceDate });
    assert.equal(parsed.kind, person.id.kind);
    seen.add(person.id.normalized);
    tenDigits.add(person.id.normalized.slice(2));
    bump(person.protection);
    bump(person.id.kind);
    if (person.age < 18) bump('child');
    if (person.heavy) bump('heavy');
    if (person.doctor) bump('doctor');
    if (person.id.kind === 'samordningsnummer') assert.ok(person.idLevel, 'a samordningsnummer has an identity level');
  }
  assert.equal(seen.size, population.persons, 'numbers are unique');
  assert.equal(tenDigits.size, population.persons, 'unique even without the century (pnr10)');
  const share = (key: string) => (counts.get(key) ?? 0) / population.persons;
  assert.ok(share('sekretessmarkering') > 0.0022 && share('sekretessmarkering') < 0.0040, 'sekretessmarkering ≈ 0.3 %');
  assert.ok(share('skyddad-folkbokforing') > 0.0002 && share('skyddad-folkbokforing') < 0.0010, 'skyddad ≈ 0.05 %');
  assert.ok((counts.get('fingerade-personuppgifter') ?? 0) >= 3, 'fingerade ≈ 0.01 %');
  assert.ok(share('samordningsnummer') > 0.008 && share('samordningsnummer') < 0.02, 'samordningsnummer ≈ 1-2 %');
  assert.ok(share('child') > 0.12 && share('child') < 0.26, 'children');
  assert.ok(share('heavy') > 0.0003 && share('heavy') < 0.002, 'heavy ≈ 1 in 1,000');
  assert.ok((counts.get('doctor') ?? 0) > 100, 'a pool of doctors');
});

test('the same seed gives the same person; another seed another', () => {
  const a = demoPerson(demoPopulation('a', 1000), 500);
  assert.deepEqual(demoPerson(demoPopulation('a', 1000), 500), a);
  assert.notEqual(demoPerson(demoPopulation('b', 1000), 500).id.normalized, a.id.normalized);
});

test('a population needs at least the personas and at most what the number space holds', () => {
  assert.throws(() => demoPopulation('x', PERSONA_COUNT - 1), TypeError);
  assert.throws(() => demoPopulation('x', MAX_DEMO_PERSONS + 1), TypeError);
  assert.ok(MAX_DEMO_PERSONS > 30_000_000);
});

test('personas: fixed numbers, one of each kind', () => {
  const personas = demoPersonas();
  assert.deepEqual(demoPersonas('other').guardian.identityNumber, personas.guardian.identityNumber);
  assert.equal(personas.sekretessmarkering.protection, 'sekretessmarkering');
  assert.equal(personas.skyddadFolkbokforing.protection, 'skyddad-folkbokforing');
  assert.equal(personas.fingeradePersonuppgifter.protection, 'fingerade-personuppgifter');
  assert.equal(personas.samordningsnummer.kind, 'samordningsnummer');
  assert.ok(ageOn(personas.child.birthDate) < 18);
  assert.ok(ageOn(personas.centenarian.birthDate) >= 100);
  for (const persona of Object.values(personas)) parseIdentityNumber(persona.identityNumber, { referenceDate });
});

test('calendar arithmetic agrees with Date', () => {
  for (let day = dayNumber('1900-01-01'); day < dayNumber('2100-01-01'); day += 1) {
    assert.equal(isoDate(day), new Date(day * 86_400_000).toISOString().slice(0, 10));
  }
  assert.equal(isoTimestamp(dayNumber('2024-02-29'), 3_723), '2024-02-29 01:02:03');
});

test('TSV lines escape what COPY and LOAD DATA treat specially', () => {
  assert.equal(tsvLine(['a\tb', 'c\nd\\e', null, true, false, 42]), 'a\\tb\tc\\nd\\\\e\t\\N\t1\t0\t42');
  assert.equal(tsvText(['x', 'y']), 'x\ny\n');
});
