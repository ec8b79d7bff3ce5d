// The consent assets: the enhancement script and the banner's stylesheet (built from banner/ into
// banner/dist/), and the demo site's analytics script. Served whether or not the server has consent
// options, since every page links the stylesheet; the agency's other sites load them too
// (Cross-Origin-Resource-Policy same-site).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { readFileSync } from 'node:fs';
import { Type } from 'typebox';
import { ANALYTICS_SCRIPT } from './consent-slots.ts';

const bannerDist = new URL('../../../banner/dist/', import.meta.url);
const assets = [
  { path: '/assets/consent.js', file: new URL('consent.js', bannerDist), type: 'text/javascript; charset=utf-8', summary: 'The consent enhancement script' },
  { path: '/assets/consent.css', file: new URL('consent.css', bannerDist), type: 'text/css; charset=utf-8', summary: 'The cookie banner\'s stylesheet' },
  { path: ANALYTICS_SCRIPT, file: new URL('../assets/analytics.js', import.meta.url), type: 'text/javascript; charset=utf-8', summary: 'The demo site\'s first-party analytics (loaded only with consent)' },
] as const;

export const consentAssetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  for (const asset of assets) {
    const body = readFileSync(asset.file, 'utf8');
    app.get(asset.path, {
      schema: { summary: asset.summary, tags: ['public'], response: { 200: { description: 'The file', content: { [asset.type.split(';')[0] ?? '']: { schema: Type.String() } } } } },
    }, async (_request, reply) => reply.type(asset.type).header('cache-control', 'public, max-age=3600')
      .header('cross-origin-resource-policy', 'same-site').send(body));
  }
};
