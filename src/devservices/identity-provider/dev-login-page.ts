// The pages of the development identity provider: choose a test person (one form, one radio
// button per person, works without JavaScript, no inline script or style) and an error page.
// Swedish, with a heading that says plainly that this is not a real e-legitimation.
import { html, type SafeHtml } from '../../lib/html.ts';
import type { DevAccount, DevAudience } from './dev-accounts.ts';

export const DEV_STYLESHEET_PATH = '/utveckling.css';

const titles: Readonly<Record<DevAudience, string>> = {
  citizen: 'Välj testperson',
  staff: 'Välj personalkonto',
};

function page(title: string, main: SafeHtml): string {
  return html`<!doctype html>
<html lang="sv">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} – Insyns utvecklingsinloggning</title>
  <link rel="stylesheet" href="${DEV_STYLESHEET_PATH}">
</head>
<body>
  <header class="banner"><p>Endast för utveckling och test. Ingen riktig e-legitimation.</p></header>
  <main>
${main}
  </main>
</body>
</html>
`.toString();
}

function option(account: DevAccount, index: number): SafeHtml {
  const name = typeof account.claims.name === 'string' ? account.claims.name : account.id;
  const id = `person-${index}`;
  return html`<li>
          <input type="radio" name="person" id="${id}" value="${account.id}"${index === 0 ? html` checked` : ''}>
          <label for="${id}"><strong>${name}</strong> <span class="description">${account.description}</span></label>
        </li>`;
}

/** The login page for one interaction: the accounts of the client's audience only. */
export function renderDevLoginPage(input: { readonly uid: string; readonly audience: DevAudience; readonly accounts: readonly DevAccount[] }): string {
  const accounts = input.accounts.filter((account) => account.audience === input.audience);
  const what = input.audience === 'citizen' ? 'e-tjänsten' : 'handläggarkonsolen';
  return page(titles[input.audience], html`<h1>Utvecklingsinloggning för Insyn</h1>
    <p>Den här sidan ersätter e-legitimationen när Insyn körs för utveckling och test. Välj vem du vill logga in som i ${what}.</p>
    <form method="post" action="/interaction/${input.uid}">
      <fieldset>
        <legend>${titles[input.audience]}</legend>
        <ul class="people">
        ${accounts.map((account, index) => option(account, index))}
        </ul>
      </fieldset>
      <div class="actions">
        <button type="submit" name="action" value="logga-in">Logga in</button>
        <button type="submit" name="action" value="avbryt" class="secondary">Avbryt</button>
      </div>
    </form>`);
}

export function renderDevErrorPage(code: string): string {
  return page('Inloggningen kunde inte genomföras', html`<h1>Inloggningen kunde inte genomföras</h1>
    <p>Utvecklingsinloggningen svarade med felkoden <code>${code}</code>. Gå tillbaka till Insyn och försök igen.</p>`);
}

export const devStylesheet = `
body { font-family: system-ui, sans-serif; margin: 0; color: #1b1b1b; background: #fff; line-height: 1.5; }
.banner { background: #6b2d00; color: #fff; padding: 0.5rem 1rem; font-weight: bold; }
.banner p { margin: 0; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
fieldset { border: 1px solid #595959; padding: 1rem; }
legend { font-weight: bold; padding: 0 0.25rem; }
.people { list-style: none; margin: 0; padding: 0; }
.people li { margin: 0.5rem 0; }
.description { display: block; margin-left: 1.75rem; color: #3d3d3d; }
.actions { margin-top: 1rem; display: flex; gap: 1rem; }
button { font: inherit; padding: 0.5rem 1.25rem; border: 2px solid #003d7a; background: #003d7a; color: #fff; border-radius: 4px; cursor: pointer; }
button.secondary { background: #fff; color: #003d7a; }
:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
`;
