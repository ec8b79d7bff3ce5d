import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeHtml, html, trustedHtml } from './html.ts';

test('every interpolation is escaped', () => {
  const name = `<script>alert("x")</script> & 'y'`;
  assert.equal(html`<p title="${name}">${name}</p>`.toString(),
    '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>');
});

test('nested templates and arrays are not escaped twice', () => {
  const items = ['a<b', 'c&d'].map((item) => html`<li>${item}</li>`);
  assert.equal(html`<ul>${items}</ul>`.toString(), '<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
});

test('null, undefined and false render as nothing; numbers as text', () => {
  assert.equal(html`${null}${undefined}${false}${0}${12.5}`.toString(), '012.5');
});

test('only trustedHtml passes markup through', () => {
  assert.equal(html`${trustedHtml('<br>')}${'<br>'}`.toString(), '<br>&lt;br&gt;');
  assert.equal(escapeHtml('"&'), '&quot;&amp;');
});
