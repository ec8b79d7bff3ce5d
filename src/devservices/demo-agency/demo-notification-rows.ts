// The e-service's notification settings (avisering, system mina-sidor): which reminders the
// person chose to get by text message or e-mail, with the mobile number and e-mail address
// they gave. About half of the adults have one setting, some two; the heavy and the protected
// personas always have one, so a multi-system erasure always finds something here.

import { DEMO_REFERENCE_DAY, isoTimestamp } from './demo-calendar.ts';
import { DEMO_IDENTITY_FORMS as FORMS } from './demo-identity-forms.ts';
import type { PersonContext } from './demo-person-context.ts';
import type { PersonaRole } from './demo-persona-specs.ts';

export const REMINDERS = [
  'nytt beslut', 'kommande utbetalning', 'begäran om komplettering', 'nytt meddelande i Mina sidor',
] as const;

/** Personas that always hold a setting. */
const WITH_SETTINGS: ReadonlySet<PersonaRole> = new Set([
  'ordinaryAdult', 'heavy', 'sekretessmarkering', 'skyddadFolkbokforing', 'fingeradePersonuppgifter',
]);

/** Reserved for documentation (RFC 2606): no real mailbox. */
const MAIL_DOMAINS = ['example.com', 'example.net', 'example.org'] as const;
/** PTS's series of mobile numbers for fictitious use: 070-174 06 05 to 070-174 06 99. */
const FICTITIOUS_MOBILE_FIRST = 5;
const FICTITIOUS_MOBILE_COUNT = 95;

function settingCount(context: PersonContext, role: PersonaRole | undefined): number {
  const { random, person } = context;
  if (person.age < 16) return 0;
  const roll = random.next();
  const forced = role !== undefined && WITH_SETTINGS.has(role);
  if (roll < 0.35 && !forced) return 0;
  if (person.heavy) return 2;
  return roll < 0.85 ? 1 : 2;
}

const ASCII: Readonly<Record<string, string>> = { 'å': 'a', 'ä': 'a', 'ö': 'o', 'é': 'e' };

function mailName(text: string): string {
  return text.toLowerCase().replace(/[åäöé]/g, (letter) => ASCII[letter] ?? '');
}

function emailOf(context: PersonContext): string {
  const { random, person } = context;
  const given = mailName(person.givenName);
  const family = mailName(person.familyName);
  const local = random.pick([`${given}.${family}`, `${given}${person.birthDate.slice(2, 4)}`, `${given[0]}${family}`]);
  return `${local}@${random.pick(MAIL_DOMAINS)}`;
}

function mobileOf(context: PersonContext): string {
  const last = FICTITIOUS_MOBILE_FIRST + context.random.int(0, FICTITIOUS_MOBILE_COUNT - 1);
  return `070-174 06 ${String(last).padStart(2, '0')}`;
}

export function writeNotificationSettings(context: PersonContext, role: PersonaRole | undefined): void {
  const count = settingCount(context, role);
  if (count === 0) return;
  const { random, sink } = context;
  const withMobile = random.chance(0.8);
  const mobile = withMobile ? mobileOf(context) : null;
  const email = !withMobile || random.chance(0.7) ? emailOf(context) : null;
  const first = random.int(0, REMINDERS.length - 1);
  for (let n = 0; n < count; n += 1) {
    const bySms = mobile !== null && (email === null || random.chance(0.7));
    const byEmail = email !== null && (!bySms || random.chance(0.4));
    const day = DEMO_REFERENCE_DAY - random.int(0, 3 * 365);
    sink.row('avisering', [
      context.nextId('avisering'), context.form(FORMS['avisering.pnr']), REMINDERS[(first + n) % REMINDERS.length] as string,
      bySms, byEmail, mobile, email, isoTimestamp(day, random.int(6 * 3600, 23 * 3600)),
    ]);
  }
}
