// What the console calls each state of a request, and the badge class that supports the words.
import type { Language } from '../../request-language.ts';
import type { LifecycleStatus } from '../../../domain/request-lifecycle.ts';
import { html, type SafeHtml } from '../../../lib/html.ts';

export const statusLabels: Readonly<Record<Language, Readonly<Record<LifecycleStatus, string>>>> = {
  sv: {
    matching: 'Väntar på identifiering',
    received: 'Mottagen',
    collecting: 'Hämtar uppgifter',
    waiting: 'Väntar på ett källsystem',
    review: 'Sekretessprövning',
    handling: 'Under handläggning',
    ready: 'Klar för beslut',
    approval: 'Väntar på godkännande',
    paused: 'Pausad – väntar på komplettering',
    completed: 'Avslutad',
    failed: 'Misslyckad',
  },
  en: {
    matching: 'Awaiting identification',
    received: 'Received',
    collecting: 'Collecting data',
    waiting: 'Waiting for a source system',
    review: 'Secrecy review',
    handling: 'Being handled',
    ready: 'Ready for decision',
    approval: 'Awaiting approval',
    paused: 'Paused – awaiting a supplement',
    completed: 'Completed',
    failed: 'Failed',
  },
};

function badgeClass(status: LifecycleStatus): string {
  if (status === 'completed') return 'badge badge-done';
  if (status === 'paused') return 'badge badge-paused';
  if (status === 'failed') return 'badge badge-overdue';
  return 'badge';
}

/** The status as a badge: the words say it, the colour only supports them. */
export function statusBadge(status: LifecycleStatus, language: Language): SafeHtml {
  return html`<span class="${badgeClass(status)}">${statusLabels[language][status]}</span>`;
}
