import assert from 'node:assert/strict';
import { test } from 'node:test';
import { requestLanguage } from './request-language.ts';

test('Swedish by default, English under /en', () => {
  assert.equal(requestLanguage({ url: '/behandling-av-personuppgifter', headers: {} }), 'sv');
  assert.equal(requestLanguage({ url: '/en/personal-data?x=1', headers: {} }), 'en');
  assert.equal(requestLanguage({ url: '/en', headers: { 'accept-language': 'sv' } }), 'en');
  assert.equal(requestLanguage({ url: '/english', headers: {} }), 'sv');
});

test('Accept-Language decides elsewhere, by quality', () => {
  const lang = (header: string) => requestLanguage({ url: '/api/x', headers: { 'accept-language': header } });
  assert.equal(lang('en-GB,en;q=0.9'), 'en');
  assert.equal(lang('sv-SE,sv;q=0.9,en;q=0.8'), 'sv');
  assert.equal(lang('en;q=0.5,sv;q=0.7'), 'sv');
  assert.equal(lang('de,en;q=0.3'), 'en');
  assert.equal(lang('de,fr'), 'sv');
  assert.equal(lang('*'), 'sv');
});
