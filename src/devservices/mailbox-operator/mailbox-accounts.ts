// The development mailbox operator's register of mailboxes, in the manner of Digg's FaR: who has a
// mailbox, at which of the two demo operators, whether it is still pending, and which senders the
// holder has blocked. The defaults give the demo personas one kind each, so every channel decision
// (digital, pending, blocked sender, no mailbox) can be seen on a laptop. Held in memory.
import { demoPersonas } from '../demo-agency/demo-personas.ts';
import type { PersonaRole } from '../demo-agency/demo-persona-specs.ts';

export const DEV_MAILBOX_OPERATORS = Object.freeze([
  Object.freeze({ id: 'kivra-demo', name: 'Kivra (demo)' }),
  Object.freeze({ id: 'minmyndighetspost-demo', name: 'Min myndighetspost (demo)' }),
] as const);

export type DevOperatorId = (typeof DEV_MAILBOX_OPERATORS)[number]['id'];

/** The demo agency's sender number in FaR's form: '16' + the controller's organisation number (catalog/controller.yaml). */
export const DEMO_AGENCY_SENDER_ORG_NR = '162021009999';

export interface MailboxAccount {
  /** 12 digits. */
  readonly recipientId: string;
  readonly operatorId: DevOperatorId;
  /** Opened but not yet activated: the operator takes no post for it. */
  readonly pending: boolean;
  /** Sender organisation numbers the holder refuses post from (any form; compared as numbers). */
  readonly blockedSenders: readonly string[];
}

export interface MailboxAccountChange {
  /** null removes the mailbox. */
  readonly operatorId: DevOperatorId | null;
  readonly pending?: boolean;
  readonly blockedSenders?: readonly string[];
}

export function isDevOperatorId(value: unknown): value is DevOperatorId {
  return DEV_MAILBOX_OPERATORS.some((operator) => operator.id === value);
}

export function operatorName(operatorId: DevOperatorId): string {
  return DEV_MAILBOX_OPERATORS.find((operator) => operator.id === operatorId)?.name ?? operatorId;
}

/** An organisation number as its ten digits: '16' + 10 digits, '202100-9999' and '2021009999' are the same sender. */
export function orgNumberDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 12 && digits.startsWith('16') ? digits.slice(2) : digits;
}

export function acceptsSender(account: MailboxAccount, senderOrgNr: string): boolean {
  const sender = orgNumberDigits(senderOrgNr);
  return !account.blockedSenders.some((blocked) => orgNumberDigits(blocked) === sender);
}

type DefaultKind = { operatorId: DevOperatorId; pending?: boolean; blocksAgency?: boolean };

/** Personas not named here have no mailbox at all. */
const defaultKinds: Partial<Record<PersonaRole, DefaultKind>> = {
  ordinaryAdult: { operatorId: 'kivra-demo' },
  sekretessmarkering: { operatorId: 'minmyndighetspost-demo' },
  guardian: { operatorId: 'kivra-demo' },
  heavy: { operatorId: 'kivra-demo' },
  namesThirdParty: { operatorId: 'minmyndighetspost-demo' },
  doctor: { operatorId: 'kivra-demo', blocksAgency: true },
  employerContact: { operatorId: 'minmyndighetspost-demo', pending: true },
};

/** The default mailboxes of the demo personas (the same for every seed). */
export function defaultMailboxAccounts(agencySenderOrgNr: string = DEMO_AGENCY_SENDER_ORG_NR): readonly MailboxAccount[] {
  const personas = demoPersonas();
  return Object.entries(defaultKinds).map(([role, kind]) => Object.freeze({
    recipientId: personas[role as PersonaRole].identityNumber,
    operatorId: kind.operatorId,
    pending: kind.pending ?? false,
    blockedSenders: Object.freeze(kind.blocksAgency ? [agencySenderOrgNr] : []),
  }));
}

export interface MailboxAccountRegister {
  get(recipientId: string): MailboxAccount | undefined;
  list(): readonly MailboxAccount[];
  /** Sets or (operatorId null) removes the recipient's mailbox; returns the new account. */
  set(recipientId: string, change: MailboxAccountChange): MailboxAccount | undefined;
}

export function createMailboxAccountRegister(initial: readonly MailboxAccount[]): MailboxAccountRegister {
  const accounts = new Map(initial.map((account) => [account.recipientId, account] as const));
  return {
    get: (recipientId) => accounts.get(recipientId),
    list: () => [...accounts.values()],
    set(recipientId, change) {
      if (change.operatorId === null) {
        accounts.delete(recipientId);
        return undefined;
      }
      const account: MailboxAccount = Object.freeze({
        recipientId, operatorId: change.operatorId, pending: change.pending ?? false,
        blockedSenders: Object.freeze([...(change.blockedSenders ?? [])]),
      });
      accounts.set(recipientId, account);
      return account;
    },
  };
}
