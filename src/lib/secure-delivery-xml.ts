// The signed-message format for digital-mailbox delivery (Mina meddelanden, requirement R26),
// shaped after its v3 service contract: the sender builds a SignedDelivery (a Delivery plus the
// sender's enveloped XML signature), a mediator (förmedlare) checks it and wraps it in a
// SealedDelivery { Seal { SignaturesOK, ReceivedTime }, SignedDelivery } signed with its own key,
// and the mailbox operator checks both before it reads anything. Used by the sender side
// (delivery/) and by the local mailbox operator (devservices/), so it lives in lib/.
import { createHash } from 'node:crypto';
import { XMLSerializer } from '@xmldom/xmldom';
import { childElements, elementText, hasOnlyWhitespaceText, isXmlText, parseStrictXml } from './strict-xml.ts';
import { DSIG_NAMESPACE, signElement, verifyElement, type XmlSigningKey } from './xml-signature.ts';

export const SECURE_DELIVERY_NAMESPACE = 'http://minameddelanden.gov.se/schema/Message/v3';
export const SIGNED_DELIVERY_ID = 'signed-delivery';
export const SEALED_DELIVERY_ID = 'sealed-delivery';

export type SecureMessageLanguage = 'sv' | 'en';
export type SecureMessageContentType = 'text/plain' | 'text/html';

export interface SecureAttachment {
  contentType: string;
  filename: string;
  body: Uint8Array;
}

export interface SecureMessage {
  id: string;
  subject: string;
  language: SecureMessageLanguage;
  supportInfo: { text: string; url: string; phone: string; email: string };
  body: { contentType: SecureMessageContentType; text: string };
  attachments: SecureAttachment[];
}

export interface SecureDelivery {
  sender: { id: string; name: string };
  recipientId: string;
  messages: SecureMessage[];
}

export type SealedDeliveryFailure = 'MALFORMED' | 'SEAL_INVALID' | 'SIGNATURE_INVALID' | 'CHECKSUM_MISMATCH';

export type ReadSealedDeliveryResult =
  | { ok: true; delivery: SecureDelivery; receivedTime: Date; signedDeliveryXml: string }
  | { ok: false; code: SealedDeliveryFailure };

export interface SealedDeliveryTrust {
  readonly senderKeysPem: readonly string[];
  readonly sealKeysPem: readonly string[];
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Serialises a node as xml-crypto does: a carriage return in text stays a character reference, so it parses back as itself. */
function serialize(node: Node): string {
  return new XMLSerializer().serializeToString(node).replace(/\r/g, '&#xD;');
}
const LANGUAGE_CODES: Readonly<Record<SecureMessageLanguage, string>> = { sv: 'svSE', en: 'enUS' };
/** Canonical base64 without a backtracking group, so that attachments of many megabytes do not exhaust the stack. */
const BASE64_CHARACTERS = /^[A-Za-z0-9+/]*={0,2}$/;
function isBase64(text: string): boolean {
  if (text.length % 4 !== 0 || !BASE64_CHARACTERS.test(text)) return false;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return text.indexOf('=') === -1 || text.indexOf('=') === text.length - padding;
}
const MD5_HEX = /^[0-9a-fA-F]{32}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;

// ---- building ----

function escapeText(value: string): string {
  if (typeof value !== 'string' || !isXmlText(value)) {
    throw new Error('buildSignedDelivery: a text field holds a character that XML cannot carry');
  }
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

function leaf(name: string, value: string): string {
  return `<${name}>${escapeText(value)}</${name}>`;
}

function md5Hex(bytes: Uint8Array): string {
  return createHash('md5').update(bytes).digest('hex');
}

function messageXml(message: SecureMessage): string {
  const language = LANGUAGE_CODES[message.language];
  if (language === undefined) throw new Error('buildSignedDelivery: the language must be sv or en');
  if (message.body.contentType !== 'text/plain' && message.body.contentType !== 'text/html') {
    throw new Error('buildSignedDelivery: the body content type must be text/plain or text/html');
  }
  escapeText(message.body.text);
  const support = message.supportInfo;
  const header = '<Header>' + leaf('Id', message.id) + leaf('Subject', message.subject)
    + '<Supportinfo>' + leaf('Text', support.text) + leaf('URL', support.url) + leaf('Phone', support.phone)
    + leaf('EmailAdress', support.email) + '</Supportinfo>' + leaf('Language', language) + '</Header>';
  const body = '<Body>' + leaf('ContentType', message.body.contentType)
    + leaf('Body', Buffer.from(message.body.text, 'utf8').toString('base64')) + '</Body>';
  const attachments = message.attachments.map((attachment) => '<Attachment>' + leaf('ContentType', attachment.contentType)
    + leaf('Filename', attachment.filename) + leaf('Checksum', md5Hex(attachment.body))
    + leaf('Body', Buffer.from(attachment.body).toString('base64')) + '</Attachment>');
  return `<Message>${header}${body}${attachments.join('')}</Message>`;
}

function deliveryXml(delivery: SecureDelivery): string {
  if (delivery.messages.length === 0) throw new Error('buildSignedDelivery: a delivery holds at least one message');
  const header = '<Header><Sender>' + leaf('Id', delivery.sender.id) + leaf('Name', delivery.sender.name) + '</Sender>'
    + leaf('Recipient', delivery.recipientId) + '</Header>';
  return `<Delivery>${header}${delivery.messages.map(messageXml).join('')}</Delivery>`;
}

/**
 * A standalone SignedDelivery document (root `<SignedDelivery Id="signed-delivery">`) holding the
 * Delivery and the sender's signature over it. Deterministic: the same delivery and key give the
 * same bytes. Throws a plain Error on content XML cannot carry (e.g. control characters), an
 * unknown language or body content type, no messages, or an unusable key.
 */
export function buildSignedDelivery(delivery: SecureDelivery, senderKey: XmlSigningKey): string {
  const unsigned = `${XML_DECLARATION}<SignedDelivery xmlns="${SECURE_DELIVERY_NAMESPACE}" Id="${SIGNED_DELIVERY_ID}">`
    + `${deliveryXml(delivery)}</SignedDelivery>`;
  return signElement(unsigned, { ...senderKey, id: SIGNED_DELIVERY_ID });
}

// ---- reading ----

type Parsed<T> = { ok: true; value: T } | { ok: false; code: SealedDeliveryFailure };

class Malformed extends Error {
  readonly code: SealedDeliveryFailure;
  constructor(code: SealedDeliveryFailure = 'MALFORMED') {
    super(code);
    this.code = code;
  }
}

function isOurs(element: Element | undefined, localName: string): element is Element {
  return element !== undefined && element.namespaceURI === SECURE_DELIVERY_NAMESPACE && element.localName === localName;
}

/** The element's children, which must be exactly the named elements of our namespace in this order. */
function expectChildren(element: Element, names: readonly string[]): Element[] {
  const children = childElements(element);
  if (!hasOnlyWhitespaceText(element) || children.length !== names.length) throw new Malformed();
  children.forEach((child, index) => {
    if (!isOurs(child, names[index] as string)) throw new Malformed();
  });
  return children;
}

function textOf(element: Element | undefined): string {
  const text = element === undefined ? undefined : elementText(element);
  if (text === undefined) throw new Malformed();
  return text;
}

function base64Of(element: Element | undefined): Uint8Array {
  const compact = textOf(element).replace(/[\t\n\r ]/g, '');
  if (!isBase64(compact)) throw new Malformed();
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

function readAttachment(element: Element): SecureAttachment & { checksumOk: boolean } {
  const [contentType, filename, checksum, body] = expectChildren(element, ['ContentType', 'Filename', 'Checksum', 'Body']);
  const checksumHex = textOf(checksum).trim();
  if (!MD5_HEX.test(checksumHex)) throw new Malformed();
  const bytes = base64Of(body);
  return { contentType: textOf(contentType), filename: textOf(filename), body: bytes, checksumOk: md5Hex(bytes) === checksumHex.toLowerCase() };
}

function readMessage(element: Element): { message: SecureMessage; checksumsOk: boolean } {
  const children = childElements(element);
  const [header, body] = children;
  if (!hasOnlyWhitespaceText(element) || !isOurs(header, 'Header') || !isOurs(body, 'Body')) throw new Malformed();
  const [id, subject, support, languageElement] = expectChildren(header, ['Id', 'Subject', 'Supportinfo', 'Language']);
  const [supportText, url, phone, email] = expectChildren(support as Element, ['Text', 'URL', 'Phone', 'EmailAdress']);
  const languageCode = textOf(languageElement);
  const language = (Object.keys(LANGUAGE_CODES) as SecureMessageLanguage[]).find((key) => LANGUAGE_CODES[key] === languageCode);
  const [contentTypeElement, bodyElement] = expectChildren(body, ['ContentType', 'Body']);
  const contentType = textOf(contentTypeElement);
  if (language === undefined || (contentType !== 'text/plain' && contentType !== 'text/html')) throw new Malformed();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(base64Of(bodyElement));
  } catch {
    throw new Malformed();
  }
  const attachmentElements = children.slice(2);
  if (!attachmentElements.every((child) => isOurs(child, 'Attachment'))) throw new Malformed();
  const attachments = attachmentElements.map(readAttachment);
  return {
    message: {
      id: textOf(id), subject: textOf(subject), language,
      supportInfo: { text: textOf(supportText), url: textOf(url), phone: textOf(phone), email: textOf(email) },
      body: { contentType, text },
      attachments: attachments.map(({ contentType: type, filename, body: bytes }) => ({ contentType: type, filename, body: bytes })),
    },
    checksumsOk: attachments.every((attachment) => attachment.checksumOk),
  };
}

/** Reads a Delivery element: MALFORMED for any unexpected shape, CHECKSUM_MISMATCH when an attachment's MD5 differs. */
function readDelivery(element: Element): Parsed<SecureDelivery> {
  try {
    const children = childElements(element);
    const [header, ...messageElements] = children;
    if (!hasOnlyWhitespaceText(element) || !isOurs(header, 'Header') || messageElements.length === 0) throw new Malformed();
    if (!messageElements.every((child) => isOurs(child, 'Message'))) throw new Malformed();
    const [sender, recipient] = expectChildren(header, ['Sender', 'Recipient']);
    const [senderId, senderName] = expectChildren(sender as Element, ['Id', 'Name']);
    const messages = messageElements.map(readMessage);
    if (!messages.every((message) => message.checksumsOk)) return { ok: false, code: 'CHECKSUM_MISMATCH' };
    return {
      ok: true,
      value: {
        sender: { id: textOf(senderId), name: textOf(senderName) },
        recipientId: textOf(recipient),
        messages: messages.map(({ message }) => message),
      },
    };
  } catch (error) {
    if (error instanceof Malformed) return { ok: false, code: error.code };
    return { ok: false, code: 'MALFORMED' };
  }
}

/** The Delivery child of a SignedDelivery element that holds exactly a Delivery and one signature. */
function deliveryElementOf(signedDelivery: Element): Element | undefined {
  const [delivery, signature, ...rest] = childElements(signedDelivery);
  if (rest.length > 0 || !hasOnlyWhitespaceText(signedDelivery) || !isOurs(delivery, 'Delivery')) return undefined;
  if (signature?.namespaceURI !== DSIG_NAMESPACE || signature.localName !== 'Signature') return undefined;
  return delivery;
}

// ---- sealing ----

/**
 * The mediator's step: checks the SignedDelivery (its sender signature against
 * `trustedSenderKeysPem`, its shape and its attachment checksums) and wraps it unchanged in a
 * SealedDelivery (root `<SealedDelivery Id="sealed-delivery">`) with a Seal and the mediator's
 * signature over the whole. Throws a plain Error, naming no content, when the SignedDelivery does
 * not check out, the time is invalid or the key is unusable; nothing is sealed then.
 */
export function sealDelivery(
  signedDeliveryXml: string,
  mediatorKey: XmlSigningKey,
  receivedTime: Date,
  trustedSenderKeysPem: readonly string[],
): string {
  if (!(receivedTime instanceof Date) || Number.isNaN(receivedTime.getTime())) throw new Error('sealDelivery: the received time is not a valid date');
  const signedDoc = parseStrictXml(signedDeliveryXml);
  const root = signedDoc?.documentElement ?? undefined;
  if (root === undefined || !isOurs(root, 'SignedDelivery') || root.getAttribute('Id') !== SIGNED_DELIVERY_ID) {
    throw new Error('sealDelivery: the document is not a well-formed SignedDelivery');
  }
  if (!verifyElement(signedDeliveryXml, { id: SIGNED_DELIVERY_ID, trustedPublicKeysPem: trustedSenderKeysPem })) {
    throw new Error('sealDelivery: the sender signature does not verify against the trusted sender keys');
  }
  const deliveryElement = deliveryElementOf(root);
  const content = deliveryElement === undefined ? undefined : readDelivery(deliveryElement);
  if (content === undefined || !content.ok) {
    throw new Error(`sealDelivery: the delivery does not check out (${content?.ok === false ? content.code : 'MALFORMED'})`);
  }
  const template = `${XML_DECLARATION}<SealedDelivery xmlns="${SECURE_DELIVERY_NAMESPACE}" Id="${SEALED_DELIVERY_ID}">`
    + `<Seal><SignaturesOK>true</SignaturesOK><ReceivedTime>${receivedTime.toISOString()}</ReceivedTime></Seal></SealedDelivery>`;
  const sealedDoc = parseStrictXml(template) as Document;
  (sealedDoc.documentElement as Element).appendChild(sealedDoc.importNode(root, true));
  const sealed = signElement(serialize(sealedDoc), { ...mediatorKey, id: SEALED_DELIVERY_ID });
  if (!verifyElement(sealed, { id: SIGNED_DELIVERY_ID, trustedPublicKeysPem: trustedSenderKeysPem })) {
    throw new Error('sealDelivery: the sender signature no longer verifies inside the seal');
  }
  return sealed;
}

/**
 * The operator's step: verifies the seal against `trust.sealKeysPem` (SEAL_INVALID), then the
 * sender signature against `trust.senderKeysPem` (SIGNATURE_INVALID, also when the seal says
 * SignaturesOK is not true), then reads the delivery (MALFORMED for any unexpected shape) and each
 * attachment's MD5 checksum (CHECKSUM_MISMATCH). Documents over 50 MB, with a DOCTYPE or not
 * well-formed are MALFORMED. Never throws. `signedDeliveryXml` is the SignedDelivery as a
 * standalone document whose sender signature verifies on its own, for archiving.
 */
export function readSealedDelivery(xml: string, trust: SealedDeliveryTrust): ReadSealedDeliveryResult {
  try {
    const doc = parseStrictXml(xml);
    const root = doc?.documentElement ?? undefined;
    if (root === undefined || !isOurs(root, 'SealedDelivery')) return { ok: false, code: 'MALFORMED' };
    // The seal must cover the root itself, not some element nested inside it.
    if (root.getAttribute('Id') !== SEALED_DELIVERY_ID) return { ok: false, code: 'SEAL_INVALID' };
    if (!verifyElement(xml, { id: SEALED_DELIVERY_ID, trustedPublicKeysPem: trust.sealKeysPem })) return { ok: false, code: 'SEAL_INVALID' };
    const [seal, signedDelivery, sealSignature, ...rest] = childElements(root);
    if (rest.length > 0 || !hasOnlyWhitespaceText(root) || !isOurs(seal, 'Seal') || !isOurs(signedDelivery, 'SignedDelivery')) {
      return { ok: false, code: 'MALFORMED' };
    }
    if (sealSignature?.namespaceURI !== DSIG_NAMESPACE || sealSignature.localName !== 'Signature') return { ok: false, code: 'MALFORMED' };
    if (signedDelivery.getAttribute('Id') !== SIGNED_DELIVERY_ID) return { ok: false, code: 'SIGNATURE_INVALID' };
    if (!verifyElement(xml, { id: SIGNED_DELIVERY_ID, trustedPublicKeysPem: trust.senderKeysPem })) return { ok: false, code: 'SIGNATURE_INVALID' };

    const [signaturesOk, receivedTimeElement] = expectChildren(seal, ['SignaturesOK', 'ReceivedTime']);
    if (textOf(signaturesOk).trim() !== 'true') return { ok: false, code: 'SIGNATURE_INVALID' };
    const receivedText = textOf(receivedTimeElement).trim();
    const receivedTime = new Date(receivedText);
    if (!ISO_INSTANT.test(receivedText) || Number.isNaN(receivedTime.getTime())) return { ok: false, code: 'MALFORMED' };

    const deliveryElement = deliveryElementOf(signedDelivery);
    if (deliveryElement === undefined) return { ok: false, code: 'MALFORMED' };
    const delivery = readDelivery(deliveryElement);
    if (!delivery.ok) return delivery;
    const signedDeliveryXml = XML_DECLARATION + serialize(signedDelivery);
    return { ok: true, delivery: delivery.value, receivedTime, signedDeliveryXml };
  } catch {
    return { ok: false, code: 'MALFORMED' };
  }
}
