// The cookie banner (first layer), rendered by the server: a named region first in the page, not
// a dialog, with the notice's words (operations/consent/consent-notice.ts, whose hash the consent
// record keeps) and the two answers as identical buttons in a form that works without JavaScript.
// The same form, with the same buttons, is on the cookie page (method "settings").
import type { ConsentNotice } from '../../operations/consent/consent-notice.ts';
import { html, type SafeHtml } from '../../lib/html.ts';

export interface ConsentFormInput {
  readonly notice: ConsentNotice;
  /** Where the form posts (the cookie page's path, or Insyn's absolute address on another site). */
  readonly action: string;
  readonly method: 'banner' | 'settings';
  /** Where the person returns after a choice without JavaScript (absent: the cookie page). */
  readonly returnTo?: string;
  /** The id of the question the buttons answer. */
  readonly questionId: string;
}

/** The two answers; the form posts `choice` = all | necessary. */
export function consentForm(input: ConsentFormInput): SafeHtml {
  const { notice } = input;
  return html`<form class="insyn-consent-form" method="post" action="${input.action}" data-insyn-consent-form="${input.method}">
      <input type="hidden" name="method" value="${input.method}">
      ${input.returnTo ? html`<input type="hidden" name="return" value="${input.returnTo}">` : ''}
      <p class="insyn-consent-question" id="${input.questionId}">${notice.question}</p>
      <div class="insyn-consent-choices" role="group" aria-labelledby="${input.questionId}">
        <button type="submit" name="choice" value="all" class="insyn-consent-button">${notice.accept}</button>
        <button type="submit" name="choice" value="necessary" class="insyn-consent-button">${notice.refuse}</button>
      </div>
    </form>`;
}

export interface ConsentBannerInput {
  readonly notice: ConsentNotice;
  readonly action: string;
  /** The cookie page, linked from the banner. */
  readonly cookiePage: string;
  readonly returnTo: string;
}

export function consentBanner(input: ConsentBannerInput): SafeHtml {
  const { notice } = input;
  return html`<section class="insyn-consent" id="insyn-consent" aria-labelledby="insyn-consent-heading" lang="${notice.language}">
  <div class="insyn-consent-inner">
    <h2 id="insyn-consent-heading" class="insyn-consent-heading">${notice.heading}</h2>
    ${notice.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
    <p><a href="${input.cookiePage}">${notice.moreLink}</a></p>
    ${consentForm({ notice, action: input.action, method: 'banner', returnTo: input.returnTo, questionId: 'insyn-consent-question' })}
    <p class="insyn-consent-withdraw">${notice.withdrawal}</p>
  </div>
</section>`;
}
