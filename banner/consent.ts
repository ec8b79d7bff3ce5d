// Insyn's cookie-consent enhancement script, bundled by banner/build.ts into banner/dist/consent.js.
// The banner and the settings form work without it (they post to /kakor); with it the choice is
// posted to the JSON consent API without a page reload, gated scripts of granted categories are
// activated and cookies of refused categories deleted.
//
// Loaded as <script src="…/consent.js" defer nonce="…" data-api="…" data-revision="1"
// data-cookies='{"analytics":["_pk_id","_pk_ses"]}'>. Runs in ES2017 browsers: no API newer
// than 2017 (no submitter on old browsers, no optional chaining, no replaceChildren), and with a
// strict CSP and Trusted Types: no HTML strings, no inline styles, no eval.
//
// The server renders: forms with data-insyn-consent-form="banner" | "settings" and buttons
// name="choice" value="all" | "necessary"; the banner as #insyn-consent with .insyn-consent-inner
// and .insyn-consent-heading; on the settings page the current choice as an element with
// data-insyn-consent-current AND role="status" (a live region that exists before its text changes,
// so the new text is announced).
import { currentChoice, deletions, matchingCookies } from './consent-cookie.ts';

type Choice = 'all' | 'necessary';

interface ConsentAnswer {
  readonly granted: string[];
  readonly refused: string[];
}

/** Per language: saved, where to change it, all accepted, only necessary accepted. */
const TEXT = {
  sv: [
    'Ditt val är sparat. ',
    'Du kan ändra det när som helst under Kakinställningar längst ned på sidan.',
    'Du har godkänt alla kakor.',
    'Du har valt att bara godkänna nödvändiga kakor.',
  ],
  en: [
    'Your choice has been saved. ',
    'You can change it at any time under Cookie settings at the bottom of the page.',
    'You have accepted all cookies.',
    'You have chosen to accept only necessary cookies.',
  ],
} as const;

const FORM_ATTRIBUTE = 'data-insyn-consent-form';
const script = document.currentScript;
const api = script ? script.getAttribute('data-api') : null;
const revision = script ? script.getAttribute('data-revision') : null;
let cookiesByCategory: Record<string, string[]> = {};
try {
  cookiesByCategory = JSON.parse((script && script.getAttribute('data-cookies')) || '{}') || {};
} catch {
  // A broken list deletes nothing; the server's cookie page still lists the cookies.
}

/**
 * Runs each gated script of a granted category, once: without its type="text/plain" and put back
 * in its place. A script element whose type was not JavaScript when inserted has not "already
 * started" (HTML: prepare the script element), so inserting it again runs it. The element keeps
 * its nonce (the browser's internal copy, which the hidden attribute no longer shows), and neither
 * its text nor its src is written, so Trusted Types (require-trusted-types-for 'script') has no
 * sink to object to, which copying text and src to a new element would have.
 */
function activate(granted: readonly string[]): void {
  const gated = document.querySelectorAll('script[type="text/plain"][data-consent]');
  for (let index = 0; index < gated.length; index++) {
    const element = gated[index] as HTMLScriptElement;
    const parent = element.parentNode as Node;
    const next = element.nextSibling;
    if (granted.indexOf(element.getAttribute('data-consent') as string) < 0) continue;
    element.removeAttribute('type');
    // Run in the order given, like the page's own scripts, unless marked async.
    element.async = element.hasAttribute('async');
    parent.removeChild(element);
    parent.insertBefore(element, next);
  }
}

/** Deletes the cookies of the refused categories, on every domain they may have been set on. */
function deleteCookies(refused: readonly string[]): void {
  let listed: string[] = [];
  for (const category of refused) listed = listed.concat(cookiesByCategory[category] || []);
  for (const name of matchingCookies(document.cookie, listed)) {
    for (const deletion of deletions(name, location.hostname)) document.cookie = deletion;
  }
}

let busy = false;

/** Marks the form's buttons disabled while its choice is posted, and the script busy. */
function setBusy(form: HTMLFormElement, value: boolean): void {
  busy = value;
  const buttons = form.querySelectorAll('button[name="choice"]');
  // aria-disabled rather than disabled: a disabled button loses keyboard focus.
  for (let index = 0; index < buttons.length; index++) {
    if (value) (buttons[index] as Element).setAttribute('aria-disabled', 'true');
    else (buttons[index] as Element).removeAttribute('aria-disabled');
  }
}

/**
 * The language of the words around an element: its nearest lang attribute (the banner may carry
 * its own, the notice's, whose text the consent record hashes), else the page's. English or Swedish.
 */
function languageOf(element: Element): 'sv' | 'en' {
  const scope = element.closest('[lang]');
  return /^en/i.test(scope ? scope.getAttribute('lang') as string : '') ? 'en' : 'sv';
}

/** Shows the saved choice: in the banner a focused confirmation, on the settings page the current-choice live region. */
function showSaved(form: HTMLFormElement, choice: Choice): void {
  const text = TEXT[languageOf(form)];
  const banner = document.getElementById('insyn-consent');
  const current = document.querySelector('[data-insyn-consent-current]');
  if (current) {
    const words = TEXT[languageOf(current)];
    current.textContent = words[0] + words[choice === 'all' ? 2 : 3];
  }
  if (!banner) return;
  if (!banner.contains(form)) {
    banner.hidden = true;
    return;
  }
  const inner = banner.querySelector('.insyn-consent-inner') || banner;
  const heading = inner.querySelector('.insyn-consent-heading');
  // The heading stays: it names the region (aria-labelledby); everything else gives way to the confirmation.
  let child = inner.firstChild;
  while (child) {
    const next = child.nextSibling;
    if (child !== heading) inner.removeChild(child);
    child = next;
  }
  const saved = document.createElement('p');
  saved.className = 'insyn-consent-saved';
  saved.tabIndex = -1;
  saved.textContent = text[0] + text[1];
  inner.appendChild(saved);
  saved.focus();
}

/** The native form post, as without JavaScript: nothing is lost when the API cannot be reached. */
function postNatively(form: HTMLFormElement, choice: Choice): void {
  const field = document.createElement('input');
  field.type = 'hidden';
  field.name = 'choice';
  field.value = choice;
  form.appendChild(field);
  HTMLFormElement.prototype.submit.call(form);
}

let lastPressed: HTMLButtonElement | null = null;

// Old browsers have no SubmitEvent.submitter: remember the button last clicked (Enter and Space
// on a button click it too).
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  lastPressed = target && target.closest ? target.closest('button[name="choice"]') : null;
}, true);

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  if (!api || !window.fetch || event.defaultPrevented || !form.hasAttribute(FORM_ATTRIBUTE)) return;
  const submitter = (event as Event & { submitter?: HTMLButtonElement | null }).submitter || lastPressed;
  const choice = submitter && form.contains(submitter) ? submitter.value : '';
  if (choice !== 'all' && choice !== 'necessary') return;
  event.preventDefault();
  if (busy) return;
  setBusy(form, true);
  const body = { choice, language: languageOf(form), method: form.getAttribute(FORM_ATTRIBUTE) };
  fetch(api, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    .then((response) => (response.ok ? response.json() as Promise<ConsentAnswer> : Promise.reject(response.status)))
    .then((answer) => {
      setBusy(form, false);
      activate(answer.granted || []);
      deleteCookies(answer.refused || []);
      showSaved(form, choice);
    }, () => {
      setBusy(form, false);
      postNatively(form, choice);
    });
});

const stored = currentChoice(document.cookie, revision);
if (stored) activate(stored.granted);
