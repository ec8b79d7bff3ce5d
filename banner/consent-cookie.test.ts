// The consent script's pure part: the consent cookie, cookie-name matching, deletion domains.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cookieDomains, cookieMatches, currentChoice, deletions, matchingCookies, parseChoice } from './consent-cookie.ts';

const ID = 'AbCdEfGhIjKlMnOpQrSt_-';

test('a consent value gives its revision and the granted categories', () => {
  assert.deepEqual(parseChoice(`1.${ID}.1.analytics`), { revision: '1', granted: ['analytics'] });
  assert.deepEqual(parseChoice(`1.${ID}.12.analytics:marketing`), { revision: '12', granted: ['analytics', 'marketing'] });
  assert.deepEqual(parseChoice(`1.${ID}.3.`), { revision: '3', granted: [] }, 'only necessary');
  assert.deepEqual(parseChoice(`1.${ID}.2.analytics%3Amarketing`), { revision: '2', granted: ['analytics', 'marketing'] }, 'percent-encoded');
});

test('a value not in the form 1.<22-character id>.<revision>.<granted> is no choice', () => {
  for (const value of [
    '', 'yes', `2.${ID}.1.analytics`, `1.${ID.slice(1)}.1.analytics`, `1.${ID}x.1.analytics`, `1.${ID}.0.analytics`,
    `1.${ID}.01.analytics`, `1.${ID}.1`, `1.${ID}.-1.`, `1.${ID}.1.analytics;x`, `1.${ID}.1.<b>`, `1.${ID}.1.%E0%A4%A`, `1.${ID.slice(0, 21)}!.1.`,
  ]) assert.equal(parseChoice(value), null, value);
});

test('the current choice is the consent cookie of the page revision', () => {
  const cookies = `_pk_id.1.ab12=x; insyn_consent=1.${ID}.2.analytics; other=1`;
  assert.deepEqual(currentChoice(cookies, '2'), { revision: '2', granted: ['analytics'] });
  assert.equal(currentChoice(cookies, '3'), null, 'made for an older revision: ask again');
  assert.equal(currentChoice(cookies, null), null, 'no revision configured');
  assert.deepEqual(currentChoice(`insyn_consent=1.${ID}.1.`, '1'), { revision: '1', granted: [] });
  assert.equal(currentChoice('', '1'), null);
  assert.equal(currentChoice(`xinsyn_consent=1.${ID}.1.analytics`, '1'), null, 'another cookie whose name ends the same');
  assert.equal(currentChoice(`insyn_consent=garbage; insyn_consent=1.${ID}.1.analytics`, '1'), null, 'the first one counts');
});

test('a cookie belongs to a listed name when equal to it or the name followed by a dot', () => {
  assert.equal(cookieMatches('_pk_id', '_pk_id'), true);
  assert.equal(cookieMatches('_pk_id.1.abcd', '_pk_id'), true, 'Matomo adds the site id and a hash');
  assert.equal(cookieMatches('_pk_idx', '_pk_id'), false);
  assert.equal(cookieMatches('_pk_i', '_pk_id'), false);
  assert.equal(cookieMatches('x_pk_id', '_pk_id'), false);
  assert.equal(cookieMatches('_pk_ses_1', '_pk_ses'), false);
});

test('the cookies to delete are those in document.cookie that belong to a listed name', () => {
  const cookies = '_pk_id.1.abcd=1; _pk_ses.1.abcd=*; insyn_consent=x; session=y; _pk_ref=z;_pk_id=2';
  assert.deepEqual(matchingCookies(cookies, ['_pk_id', '_pk_ses']), ['_pk_id.1.abcd', '_pk_ses.1.abcd', '_pk_id']);
  assert.deepEqual(matchingCookies(cookies, []), []);
  assert.deepEqual(matchingCookies('', ['_pk_id']), []);
});

test('a cookie is deleted without Domain and on the host and each parent domain, never a top-level domain', () => {
  assert.deepEqual(cookieDomains('a.b.example.se'), ['', 'a.b.example.se', '.b.example.se', '.example.se']);
  assert.deepEqual(cookieDomains('www.example.se'), ['', 'www.example.se', '.example.se']);
  assert.deepEqual(cookieDomains('example.se'), ['', 'example.se']);
  assert.deepEqual(cookieDomains('localhost'), ['']);
  assert.deepEqual(cookieDomains('127.0.0.1'), [''], 'an IP address has no parent domains');
  assert.deepEqual(cookieDomains('[::1]'), ['']);
  assert.deepEqual(cookieDomains('::1'), ['']);
});

test('the deletions are document.cookie assignments with Max-Age=0 on path /', () => {
  assert.deepEqual(deletions('_pk_id.1.ab', 'www.example.se'), [
    '_pk_id.1.ab=; Max-Age=0; Path=/',
    '_pk_id.1.ab=; Max-Age=0; Path=/; Domain=www.example.se',
    '_pk_id.1.ab=; Max-Age=0; Path=/; Domain=.example.se',
  ]);
});
