// The Art. 30 record as a readable Markdown document: who is responsible, then the activities
// grouped by purpose, each with its legal basis and, per dataset, the rest of Art. 30(1).
import type { RopaActivity, RopaRecord } from './ropa-record.ts';
import type { Language } from './ropa-words.ts';

type Words = Readonly<Record<Language, string>>;

const headings = {
  title: { sv: 'Registerförteckning', en: 'Record of processing activities' },
  subtitle: { sv: 'Förteckning enligt artikel 30.1 i dataskyddsförordningen', en: 'Kept under Article 30(1) GDPR' },
  lastUpdated: { sv: 'Senast uppdaterad', en: 'Last updated' },
  controller: { sv: 'Personuppgiftsansvarig', en: 'Controller' },
  organisationNumber: { sv: 'Organisationsnummer', en: 'Organisation number' },
  contact: { sv: 'Kontakt', en: 'Contact' },
  dpo: { sv: 'Dataskyddsombud', en: 'Data protection officer' },
  authority: { sv: 'Tillsynsmyndighet', en: 'Supervisory authority' },
  transfers: { sv: 'Överföring till tredje land', en: 'Transfers to third countries' },
  security: { sv: 'Säkerhetsåtgärder (allmän beskrivning)', en: 'Security measures (general description)' },
  automated: { sv: 'Automatiserat beslutsfattande', en: 'Automated decision-making' },
  ruleSet: { sv: 'regelverksversion', en: 'rule set version' },
  activities: { sv: 'Behandlingar per ändamål', en: 'Processing activities by purpose' },
  legalBasis: { sv: 'Rättslig grund', en: 'Legal basis' },
  subjects: { sv: 'Kategorier av registrerade', en: 'Categories of data subjects' },
  data: { sv: 'Kategorier av personuppgifter', en: 'Categories of personal data' },
  special: { sv: 'känslig personuppgift', en: 'special category' },
  recipients: { sv: 'Mottagare', en: 'Recipients' },
  retention: { sv: 'Tidsfrist för radering (gallring)', en: 'Time limit for erasure' },
  erasure: { sv: 'Radering på begäran', en: 'Erasure on request' },
  source: { sv: 'Källa', en: 'Source' },
  none: { sv: 'Inga', en: 'None' },
} as const satisfies Record<string, Words>;

/** Escapes the characters Markdown would read as formatting. */
function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (character) => `\\${character}`);
}

/** Purposes read as "handlägga ärenden" in a sentence; as a heading they start with a capital. */
function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

function header(record: RopaRecord, say: (words: Words) => string): string[] {
  const { controller } = record;
  return [
    `# ${say(headings.title)}: ${md(controller.name)}`, '',
    `${say(headings.subtitle)}. ${say(headings.lastUpdated)}: ${record.lastUpdated}.`, '',
    `## ${say(headings.controller)}`, '',
    `- ${md(controller.name)}`, `- ${say(headings.organisationNumber)}: ${controller.organisationNumber}`,
    `- ${say(headings.contact)}: ${md(controller.contact)}`, '',
    `## ${say(headings.dpo)}`, '', md(record.dpo), '',
    `## ${say(headings.authority)}`, '', md(record.supervisoryAuthority), '',
    `## ${say(headings.transfers)}`, '', md(record.thirdCountryTransfers), '',
    `## ${say(headings.security)}`, '', ...record.securityMeasures.map((measure) => `- ${md(measure)}`), '',
  ];
}

function automated(record: RopaRecord, say: (words: Words) => string): string[] {
  if (record.automatedDecisions.length === 0) return [];
  return [`## ${say(headings.automated)}`, '',
    ...record.automatedDecisions.map((decision) =>
      `- **${md(decision.name)}** (${say(headings.ruleSet)} ${md(decision.ruleSetVersion)}): ${md(decision.logic)}`), ''];
}

function dataset(activity: RopaActivity, say: (words: Words) => string): string[] {
  const list = (values: readonly string[]) => (values.length > 0 ? values.map(md).join(', ') : say(headings.none));
  const categories = activity.dataCategories
    .map((category) => (category.special ? `${category.name} (${say(headings.special)})` : category.name));
  return [
    `#### ${md(activity.system.name)}: ${md(activity.dataset.name)} (\`${activity.dataset.id}\`)`, '',
    `- ${say(headings.subjects)}: ${list(activity.subjectCategories)}`,
    `- ${say(headings.data)}: ${list(categories)}`,
    `- ${say(headings.recipients)}: ${list(activity.recipients.map((recipient) => `${recipient.name} (${recipient.legalBasis})`))}`,
    `- ${say(headings.retention)}: ${md(activity.retention.text)}`,
    `- ${say(headings.erasure)}: ${md(activity.erasure)}`,
    `- ${say(headings.source)}: ${md(activity.source)}`, '',
  ];
}

function activities(record: RopaRecord, say: (words: Words) => string): string[] {
  const lines = [`## ${say(headings.activities)}`, ''];
  let purpose: string | undefined;
  for (const activity of record.activities) {
    if (activity.purpose.id !== purpose) {
      purpose = activity.purpose.id;
      lines.push(`### ${md(capitalised(activity.purpose.name))}`, '', md(activity.purpose.description), '',
        `${say(headings.legalBasis)}: ${md(activity.legalBasis.text)}`, '');
    }
    lines.push(...dataset(activity, say));
  }
  return lines;
}

export function ropaMarkdown(record: RopaRecord): string {
  const say = (words: Words) => words[record.language];
  const lines = [...header(record, say), ...automated(record, say), ...activities(record, say)];
  return `${lines.join('\n').trimEnd()}\n`;
}
