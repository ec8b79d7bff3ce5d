// Where the per-request consent parts go in a page that is otherwise rendered once: the banner
// (first in <body>, until a choice is made) and the consent script tags (before </body>, with
// the response's CSP nonce). layout.ts writes the markers; http/consent/consent-slots.ts fills them
// for every HTML response and removes them where nothing belongs.
import { trustedHtml } from '../../lib/html.ts';

export const BANNER_SLOT = '<!--insyn:consent-banner-->';
export const SCRIPTS_SLOT = '<!--insyn:consent-scripts-->';

export const bannerSlot = trustedHtml(BANNER_SLOT);
export const scriptsSlot = trustedHtml(SCRIPTS_SLOT);
