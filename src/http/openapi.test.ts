import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testServer } from '../../test/support/test-server.ts';
import { extractJsonSchema } from '../documents/extract-json-schema.ts';

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown>; tags?: string[] }>>;
  components?: { schemas?: Record<string, unknown> };
}

function refs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refs(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') found.push(inner);
      else refs(inner, found);
    }
  }
  return found;
}

test('GET /api/openapi.json describes every route, with responses', async (t) => {
  const app = await testServer(t);
  const response = await app.inject({ url: '/api/openapi.json' });
  assert.equal(response.statusCode, 200);
  const document = response.json() as OpenApiDocument;
  assert.equal(document.openapi, '3.1.0');
  assert.equal(document.info.title, 'Insyn');
  for (const path of ['/health', '/ready', '/api/openapi.json', '/', '/en', '/behandling-av-personuppgifter', '/en/personal-data', '/assets/insyn.css']) {
    const operation = document.paths[path]?.get;
    assert.ok(operation, `${path} is documented`);
    assert.ok(operation.responses['200'], `${path} documents its 200 response`);
    assert.ok(operation.tags?.length, `${path} has a tag`);
  }
  assert.ok(document.paths['/ready']?.get?.responses['503']);
  assert.ok(document.paths['/health']?.get?.responses['5XX']);
  for (const ref of refs(document)) {
    assert.match(ref, /^#\/components\/schemas\//);
    assert.ok(document.components?.schemas?.[ref.split('/').at(-1) ?? ''], `${ref} resolves`);
  }
});

test('no route lacks a schema (swagger marks those with a default response)', async (t) => {
  const app = await testServer(t);
  const document = (await app.inject({ url: '/api/openapi.json' })).json() as OpenApiDocument;
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      assert.notDeepEqual(operation.responses, { 200: { description: 'Default Response' } }, `${method} ${path} has no schema`);
    }
  }
});

test('GET /api/schemas/extract-v1.json publishes the JSON Schema of the extract\'s JSON copy', async (t) => {
  const app = await testServer(t);
  const response = await app.inject({ url: '/api/schemas/extract-v1.json' });
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^application\/schema\+json/);
  assert.deepEqual(response.json(), JSON.parse(JSON.stringify(extractJsonSchema)));
});
