// One delivery's letters as a Mina meddelanden message: the PDF/A files attached, a subject and
// body that reveal nothing sensitive, signed by the sender and sealed for the operator (R26). The
// message id is the delivery's id, so a retried send is the same message and the operator keeps one.
import type { LetterKind } from '../../domain/request-kinds.ts';
import { buildSignedDelivery, sealDelivery, type SecureDelivery } from '../../lib/secure-delivery-xml.ts';
import type { MailboxKeys } from './mailbox-keys.ts';
import { mailboxSubject, mailboxTexts } from './mailbox-texts.ts';

export interface MailboxMessageInput {
  readonly deliveryId: string;
  /** The recipient's 12-digit identity number (in the XML only; the XML goes to the operator). */
  readonly recipientId: string;
  readonly language: 'sv' | 'en';
  readonly caseNumber: string;
  readonly sender: { readonly orgNumber: string; readonly name: string; readonly phone: string; readonly url: string; readonly email: string };
  readonly documents: readonly { readonly kind: LetterKind; readonly filename: string; readonly pdf: Uint8Array }[];
}

export function mailboxDelivery(input: MailboxMessageInput): SecureDelivery {
  const texts = mailboxTexts(input.language);
  return {
    sender: { id: input.sender.orgNumber, name: input.sender.name },
    recipientId: input.recipientId,
    messages: [{
      id: input.deliveryId,
      subject: mailboxSubject(input.language, input.documents.map((document) => document.kind), input.caseNumber),
      language: input.language,
      supportInfo: { text: texts.supportText, url: input.sender.url, phone: input.sender.phone, email: input.sender.email },
      body: { contentType: 'text/plain', text: texts.body(input.sender.name, input.caseNumber, input.sender.phone, input.sender.url) },
      attachments: input.documents.map((document) => ({ contentType: 'application/pdf', filename: document.filename, body: document.pdf })),
    }],
  };
}

/** The SealedDelivery XML to send: signed with the sender's key, sealed with the seal key at `at`. */
export function sealedMailboxMessage(input: MailboxMessageInput, keys: MailboxKeys, at: Date): string {
  const signed = buildSignedDelivery(mailboxDelivery(input), keys.sender);
  return sealDelivery(signed, keys.seal, at, [keys.sender.publicKeyPem]);
}
