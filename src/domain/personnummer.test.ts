// Personnummer and samordningsnummer (legal-requirements.md R31). Every number here is
// synthetic (made with syntheticIdentityNumber's rules, birth numbers 980-999) or the
// well-known test identity 19121212-1212; none belongs to a real person we know of.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InsynError, isInsynError } from './error-catalogue.ts';
import {
  formatIdentityNumber, isValidIdentityNumber, luhnCheckDigit, maskIdentityNumber,
  parseIdentityNumber, syntheticIdentityNumber,
} from './personnummer.ts';
import type { IdentityForm, IdentityNumber, IdentityNumberKind } from './personnummer.ts';

const referenceDate = new Date(Date.UTC(2025, 5, 15, 12)); // 2025-06-15
const options = { referenceDate };

interface ValidCase {
  readonly input: string;
  readonly normalized: string;
  readonly kind: IdentityNumberKind;
  readonly birthDate: string;
  readonly why: string;
}

const valid: readonly ValidCase[] = [
  { why: 'pnr12-dash', input: '19900101-9984', normalized: '199001019984', kind: 'personnummer', birthDate: '1990-01-01' },
  { why: 'pnr12', input: '199001019984', normalized: '199001019984', kind: 'personnummer', birthDate: '1990-01-01' },
  { why: 'pnr10-dash', input: '900101-9984', normalized: '199001019984', kind: 'personnummer', birthDate: '1990-01-01' },
  { why: 'pnr10', input: '9001019984', normalized: '199001019984', kind: 'personnummer', birthDate: '1990-01-01' },
  { why: 'surrounding whitespace', input: ' \t900101-9984\n', normalized: '199001019984', kind: 'personnummer', birthDate: '1990-01-01' },
  { why: '12 digits with + tolerated', input: '19900101+9984', normalized: '199001019984', kind: 'personnummer', birthDate: '1990-01-01' },
  { why: 'test identity, 12 digits', input: '19121212-1212', normalized: '191212121212', kind: 'personnummer', birthDate: '1912-12-12' },
  { why: '+ resolves to the 1900s', input: '121212+1212', normalized: '191212121212', kind: 'personnummer', birthDate: '1912-12-12' },
  { why: '- resolves to the 2000s', input: '121212-1212', normalized: '201212121212', kind: 'personnummer', birthDate: '2012-12-12' },
  { why: 'no separator resolves like -', input: '1212121212', normalized: '201212121212', kind: 'personnummer', birthDate: '2012-12-12' },
  { why: 'born on the reference day', input: '250615-9983', normalized: '202506159983', kind: 'personnummer', birthDate: '2025-06-15' },
  { why: 'tomorrow\'s date is 99 years ago', input: '250616-9982', normalized: '192506169982', kind: 'personnummer', birthDate: '1925-06-16' },
  { why: '100th birthday today takes +', input: '250615+9983', normalized: '192506159983', kind: 'personnummer', birthDate: '1925-06-15' },
  { why: '+ in the year of the 100th birthday, still to come', input: '250616+9982', normalized: '192506169982', kind: 'personnummer', birthDate: '1925-06-16' },
  { why: '+ for someone turning 100 next year is 200 years ago', input: '260101+9983', normalized: '182601019983', kind: 'personnummer', birthDate: '1826-01-01' },
  { why: 'samordningsnummer day 71', input: '960271-9982', normalized: '199602719982', kind: 'samordningsnummer', birthDate: '1996-02-11' },
  { why: 'samordningsnummer day 91', input: '19850391-9808', normalized: '198503919808', kind: 'samordningsnummer', birthDate: '1985-03-31' },
  { why: '20000229 accepted', input: '20000229-9980', normalized: '200002299980', kind: 'personnummer', birthDate: '2000-02-29' },
  { why: '000229 resolves to 2000', input: '000229-9980', normalized: '200002299980', kind: 'personnummer', birthDate: '2000-02-29' },
];

const invalid: readonly { readonly input: string; readonly detail: string; readonly why: string }[] = [
  { why: 'wrong check digit', input: '19900101-9985', detail: 'check digit does not match' },
  { why: 'wrong check digit, 10 digits', input: '900101-9983', detail: 'check digit does not match' },
  { why: '19000229 rejected', input: '19000229-9980', detail: 'invalid date: no such day in that month' },
  { why: 'birth number 000', input: '20000101-0008', detail: 'birth number 000' },
  { why: '9 digits', input: '900101-998', detail: 'wrong length: expected 10 or 12 digits' },
  { why: '11 digits', input: '900101-99841', detail: 'wrong length: expected 10 or 12 digits' },
  { why: '13 digits', input: '1990010199841', detail: 'wrong length: expected 10 or 12 digits' },
  { why: 'a letter', input: '9001O1-9984', detail: 'unexpected character' },
  { why: 'a slash separator', input: '900101/9984', detail: 'unexpected character' },
  { why: 'inner space', input: '900101 9984', detail: 'unexpected character' },
  { why: 'two separators', input: '900101--9984', detail: 'more than one separator' },
  { why: 'separator misplaced', input: '9001-019984', detail: 'separator in the wrong place' },
  { why: 'separator misplaced, 12 digits', input: '199001-019984', detail: 'separator in the wrong place' },
  { why: 'empty', input: '   ', detail: 'empty input' },
  { why: 'month 13', input: '901301-9984', detail: 'invalid date: month out of range' },
  { why: 'month 00', input: '900001-9984', detail: 'invalid date: month out of range' },
  { why: 'day 00', input: '900100-9984', detail: 'invalid date: day out of range' },
  { why: 'day 32', input: '900132-9984', detail: 'invalid date: day out of range' },
  { why: 'day 60', input: '900160-9984', detail: 'invalid date: day out of range' },
  { why: 'day 92', input: '900192-9984', detail: 'invalid date: day out of range' },
  { why: 'April 31', input: '850431-9808', detail: 'invalid date: no such day in that month' },
  { why: 'samordningsnummer April 31', input: '850491-9808', detail: 'invalid date: no such day in that month' },
  { why: 'future date, 12 digits', input: '20250616-9982', detail: 'date is in the future' },
  { why: 'century 17', input: '17900101-9984', detail: 'unsupported century' },
];

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

test('parseIdentityNumber accepts every common form (table)', () => {
  for (const row of valid) {
    const id = parseIdentityNumber(row.input, options);
    assert.deepEqual({ ...id }, { normalized: row.normalized, kind: row.kind, birthDate: row.birthDate }, row.why);
    assert.ok(Object.isFrozen(id), row.why);
    assert.equal(isValidIdentityNumber(row.input, options), true, row.why);
  }
});

test('parseIdentityNumber names what is wrong and never echoes the input (table)', () => {
  for (const row of invalid) {
    assert.throws(() => parseIdentityNumber(row.input, options), (error: unknown) => {
      assert.ok(isInsynError(error, 'PERSONNUMMER_INVALID'), row.why);
      assert.ok(error.detail?.includes(row.detail), `${row.why}: got "${error.detail}"`);
      const digits = digitsOf(row.input);
      if (digits.length > 0) assert.ok(!error.message.includes(digits), `${row.why}: message echoes the input`);
      return true;
    });
    assert.equal(isValidIdentityNumber(row.input, options), false, row.why);
  }
});

test('parseIdentityNumber rejects a non-string with the catalogue error', () => {
  assert.throws(() => parseIdentityNumber(1990 as unknown as string), (error: unknown) =>
    isInsynError(error, 'PERSONNUMMER_INVALID') && error.detail === 'not a string');
});

test('formatIdentityNumber writes each storage form; pnr10-dash takes + from the year of the 100th birthday', () => {
  const id = parseIdentityNumber('199001019984');
  const expected: Record<IdentityForm, string> = {
    'pnr12': '199001019984', 'pnr12-dash': '19900101-9984', 'pnr10': '9001019984', 'pnr10-dash': '900101-9984',
  };
  for (const [form, text] of Object.entries(expected)) {
    assert.equal(formatIdentityNumber(id, form as IdentityForm, options), text);
  }
  const centenarian = parseIdentityNumber('192506159983');
  assert.equal(formatIdentityNumber(centenarian, 'pnr10-dash', options), '250615+9983');
  const sameYearBefore = { referenceDate: new Date(Date.UTC(2025, 0, 1, 0, 0)) };
  assert.equal(formatIdentityNumber(centenarian, 'pnr10-dash', sameYearBefore), '250615+9983', 'from January 1 of that year');
  const yearBefore = { referenceDate: new Date(Date.UTC(2024, 11, 31, 23, 59)) };
  assert.equal(formatIdentityNumber(centenarian, 'pnr10-dash', yearBefore), '250615-9983');
  assert.equal(formatIdentityNumber(parseIdentityNumber('191212121212'), 'pnr10-dash', options), '121212+1212');
});

test('maskIdentityNumber keeps the date digits as written and hides the rest', () => {
  assert.equal(maskIdentityNumber(parseIdentityNumber('900101-9984', options)), '19900101-****');
  assert.equal(maskIdentityNumber(parseIdentityNumber('960271-9982', options)), '19960271-****');
});

test('luhnCheckDigit computes the modulus-10 digit and refuses anything but nine digits', () => {
  assert.equal(luhnCheckDigit('121212121'), 2);
  assert.equal(luhnCheckDigit('900101998'), 4);
  assert.equal(luhnCheckDigit('000229998'), 0);
  for (const bad of ['12345678', '1234567890', '12345678a']) {
    assert.throws(() => luhnCheckDigit(bad), TypeError);
  }
});

test('syntheticIdentityNumber makes valid numbers and refuses bad arguments', () => {
  assert.deepEqual({ ...syntheticIdentityNumber('1990-01-01', 998) },
    { normalized: '199001019984', kind: 'personnummer', birthDate: '1990-01-01' });
  assert.deepEqual({ ...syntheticIdentityNumber('1996-02-11', 998, 'samordningsnummer') },
    { normalized: '199602719982', kind: 'samordningsnummer', birthDate: '1996-02-11' });
  assert.throws(() => syntheticIdentityNumber('1990-02-30', 1), TypeError);
  assert.throws(() => syntheticIdentityNumber('19900101', 1), TypeError);
  assert.throws(() => syntheticIdentityNumber('1700-01-01', 1), TypeError);
  for (const bad of [0, 1000, 1.5]) assert.throws(() => syntheticIdentityNumber('1990-01-01', bad), TypeError);
});

test('a reference date that is not a date is a programmer error', () => {
  assert.throws(() => parseIdentityNumber('900101-9984', { referenceDate: new Date('nope') }), TypeError);
});

// --- property tests ------------------------------------------------------------------

const allForms: readonly IdentityForm[] = ['pnr12', 'pnr12-dash', 'pnr10', 'pnr10-dash'];

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function syntheticArbitrary(min: Date, max: Date): fc.Arbitrary<IdentityNumber> {
  return fc.tuple(
    fc.date({ min, max, noInvalidDate: true }),
    fc.integer({ min: 1, max: 999 }),
    fc.constantFrom<IdentityNumberKind>('personnummer', 'samordningsnummer'),
  ).map(([date, birthNumber, kind]) => syntheticIdentityNumber(isoDay(date), birthNumber, kind));
}

/** People under 100 on the reference day: every form, even pnr10, keeps the century. */
const underHundred = syntheticArbitrary(new Date(Date.UTC(1925, 5, 16)), referenceDate);
/** Anyone born from 1826 on: not turning 200 this year, so pnr10-dash with its + still keeps the century. */
const underTwoHundred = syntheticArbitrary(new Date(Date.UTC(1826, 0, 1)), referenceDate);

test('property: every form of a valid synthetic number parses back to the same number', () => {
  fc.assert(fc.property(underHundred, fc.constantFrom(...allForms), (id, form) => {
    const text = formatIdentityNumber(id, form, options);
    assert.deepEqual(parseIdentityNumber(text, options), id);
  }));
  fc.assert(fc.property(underTwoHundred, fc.constantFrom<IdentityForm>('pnr12', 'pnr12-dash', 'pnr10-dash'), (id, form) => {
    const text = formatIdentityNumber(id, form, options);
    assert.deepEqual(parseIdentityNumber(text, options), id);
  }));
});

test('property: changing any one digit of a valid 10-digit body makes it invalid', () => {
  // Luhn detects every single-digit substitution, so the changed body never passes
  // (not even as a different valid number).
  fc.assert(fc.property(underHundred, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }),
    (id, position, delta) => {
      const body = formatIdentityNumber(id, 'pnr10', options);
      const changed = (Number(body.charAt(position)) + delta) % 10;
      const flipped = body.slice(0, position) + String(changed) + body.slice(position + 1);
      if (isValidIdentityNumber(flipped, options)) {
        assert.notEqual(parseIdentityNumber(flipped, options).normalized, id.normalized);
        assert.fail('a single-digit change passed the check digit');
      }
    }));
});

function throwsOnlyCatalogueError(input: string): void {
  try {
    const id = parseIdentityNumber(input, options);
    assert.match(id.normalized, /^\d{12}$/);
  } catch (error) {
    assert.ok(error instanceof InsynError, 'threw something other than InsynError');
    assert.equal(error.code, 'PERSONNUMMER_INVALID');
    const digits = digitsOf(input);
    if (digits.length >= 6) assert.ok(!error.message.includes(digits), 'message echoes the input');
  }
}

test('property: parse throws nothing but PERSONNUMMER_INVALID for arbitrary strings', () => {
  fc.assert(fc.property(fc.string({ maxLength: 30 }), throwsOnlyCatalogueError));
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), throwsOnlyCatalogueError));
  const nearMiss = fc.string({
    unit: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '-', '+', ' '),
    minLength: 8, maxLength: 15,
  });
  fc.assert(fc.property(nearMiss, throwsOnlyCatalogueError), { numRuns: 2000 });
});
