// The words of the cookie page (/kakor, /en/cookies) in Swedish and English.
import type { Language } from '../request-language.ts';

export interface CookiePageText {
  readonly title: string;
  readonly lead: string;
  readonly choiceHeading: string;
  readonly current: { readonly all: string; readonly necessary: string; readonly some: (names: string) => string; readonly gpc: string; readonly none: string };
  readonly saved: string;
  readonly change: string;
  readonly categoriesHeading: string;
  readonly columns: { readonly name: string; readonly provider: string; readonly purpose: string; readonly lifetime: string };
  readonly session: string;
  readonly necessaryNote: string;
  readonly optionalNote: string;
  readonly proofHeading: string;
  readonly proof: string;
  readonly proofLink: string;
}

export const cookiePageText: Readonly<Record<Language, CookiePageText>> = {
  sv: {
    title: 'Kakor och kakinställningar',
    lead: 'En kaka (cookie) är en liten textfil som webbplatsen sparar i din webbläsare. Här ser du vilka kakor vi använder och varför, och här kan du när som helst ändra ditt val.',
    choiceHeading: 'Ditt val',
    current: {
      all: 'Du har godkänt alla kakor.',
      necessary: 'Du har valt att bara godkänna nödvändiga kakor.',
      some: (names) => `Du har godkänt nödvändiga kakor och ${names}.`,
      gpc: 'Din webbläsare skickar signalen Global Privacy Control. Vi tolkar den som att du bara godkänner nödvändiga kakor, så länge du inte gör ett eget val här.',
      none: 'Du har inte gjort något val ännu. Tills du gör det använder vi bara nödvändiga kakor.',
    },
    saved: 'Ditt val är sparat.',
    change: 'Du kan ändra ditt val eller ta tillbaka ditt samtycke här. Om du väljer bara nödvändiga kakor tar vi bort kakorna för webbanalys från din webbläsare.',
    categoriesHeading: 'Kakor vi använder',
    columns: { name: 'Namn', provider: 'Leverantör', purpose: 'Syfte', lifetime: 'Lagringstid' },
    session: 'Tills du stänger webbläsaren',
    necessaryNote: 'De här kakorna behövs för att webbplatsen och e-tjänsten ska fungera. De kräver inte samtycke.',
    optionalNote: 'De här kakorna använder vi bara om du har godkänt dem.',
    proofHeading: 'Vad vi sparar om ditt val',
    proof: 'När du gör ett val sparar vi det tillsammans med ett slumpat id, tiden och den text du fick se, så att vi kan visa att vi har ditt samtycke. Vi sparar inte din IP-adress.',
    proofLink: 'Se det vi har sparat om dina val (JSON)',
  },
  en: {
    title: 'Cookies and cookie settings',
    lead: 'A cookie is a small text file that the website stores in your browser. Here you can see which cookies we use and why, and change your choice at any time.',
    choiceHeading: 'Your choice',
    current: {
      all: 'You have accepted all cookies.',
      necessary: 'You have chosen to accept only necessary cookies.',
      some: (names) => `You have accepted necessary cookies and ${names}.`,
      gpc: 'Your browser sends the Global Privacy Control signal. We take it to mean that you accept only necessary cookies, as long as you do not make a choice of your own here.',
      none: 'You have not made a choice yet. Until you do, we use only necessary cookies.',
    },
    saved: 'Your choice has been saved.',
    change: 'You can change your choice or withdraw your consent here. If you choose only necessary cookies, we remove the web analytics cookies from your browser.',
    categoriesHeading: 'Cookies we use',
    columns: { name: 'Name', provider: 'Provider', purpose: 'Purpose', lifetime: 'Stored for' },
    session: 'Until you close the browser',
    necessaryNote: 'These cookies are needed for the website and the e-service to work. They do not require consent.',
    optionalNote: 'We use these cookies only if you have accepted them.',
    proofHeading: 'What we store about your choice',
    proof: 'When you make a choice we store it with a random id, the time and the text you were shown, so that we can show that we have your consent. We do not store your IP address.',
    proofLink: 'See what we have stored about your choices (JSON)',
  },
};
