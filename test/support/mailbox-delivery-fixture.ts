// Sealed deliveries for tests of the development mailbox operator: fresh RSA keys for a sender and
// a mediator, a letter with a PDF-like attachment to a demo person, signed and sealed with
// lib/secure-delivery-xml.ts exactly as the sender and the mediator would, and a POST helper.
import { randomUUID } from 'node:crypto';
import { rsaKey, type TestRsaKey } from './rsa-key.ts';
import { buildSignedDelivery, sealDelivery, type SecureDelivery, type SecureMessage } from '../../src/lib/secure-delivery-xml.ts';

export type TestKey = TestRsaKey;

export interface DeliveryKeys {
  readonly sender: TestKey;
  readonly mediator: TestKey;
  /** What the operator trusts: the sender's and the mediator's public keys. */
  readonly trust: { readonly senderKeysPem: readonly string[]; readonly sealKeysPem: readonly string[] };
}

export function deliveryKeys(): DeliveryKeys {
  const sender = rsaKey();
  const mediator = rsaKey();
  return { sender, mediator, trust: { senderKeysPem: [sender.publicKeyPem], sealKeysPem: [mediator.publicKeyPem] } };
}

/** Small but real PDF bytes (a one-page document with no content). */
export const SAMPLE_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

export function sampleMessage(overrides: Partial<SecureMessage> = {}): SecureMessage {
  return {
    id: randomUUID(),
    subject: 'Svar på din begäran om registerutdrag (ärende 2025-000123)',
    language: 'sv',
    supportInfo: { text: 'Frågor? Kontakta kundcenter.', url: 'https://www.example.se/kontakt', phone: '0771-00 00 00', email: 'kundcenter@example.se' },
    body: { contentType: 'text/plain', text: 'Hej!\n\nHär är ditt registerutdrag. <b>Det</b> finns i bilagan.' },
    attachments: [{ contentType: 'application/pdf', filename: 'registerutdrag 2025-000123.pdf', body: SAMPLE_PDF }],
    ...overrides,
  };
}

export function sampleDelivery(recipientId: string, messages: SecureMessage[] = [sampleMessage()]): SecureDelivery {
  return { sender: { id: '162021009999', name: 'Socialförsäkringsverket (demo)' }, recipientId, messages };
}

/** Signs with the sender's key and seals with the mediator's, as the real chain would. */
export function sealedDeliveryXml(keys: DeliveryKeys, delivery: SecureDelivery, receivedTime: Date = new Date()): string {
  const signed = buildSignedDelivery(delivery, { privateKeyPem: keys.sender.privateKeyPem });
  return sealDelivery(signed, { privateKeyPem: keys.mediator.privateKeyPem }, receivedTime, [keys.sender.publicKeyPem]);
}

export interface DeliverAnswer {
  readonly status: number;
  readonly body: { code?: string; transId?: string; delivered?: { recipientId: string; delivered: boolean }[] };
}

export async function postDelivery(serviceAddress: string, xml: string): Promise<DeliverAnswer> {
  const response = await fetch(serviceAddress, { method: 'POST', headers: { 'content-type': 'application/xml' }, body: xml });
  return { status: response.status, body: await response.json() as DeliverAnswer['body'] };
}
