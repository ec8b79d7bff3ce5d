import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { selfSignedCertificatePem } from '../../test/support/self-signed-certificate.ts';
import {
  buildSignedDelivery, readSealedDelivery, sealDelivery, SEALED_DELIVERY_ID, SECURE_DELIVERY_NAMESPACE, SIGNED_DELIVERY_ID,
  type SecureDelivery,
} from './secure-delivery-xml.ts';
import { signElement, verifyElement } from './xml-signature.ts';
import { rsaKey } from '../../test/support/rsa-key.ts';

const sender = rsaKey();
const mediator = rsaKey();
const stranger = rsaKey();
const senderKey = { privateKeyPem: sender.privateKeyPem };
const mediatorKey = { privateKeyPem: mediator.privateKeyPem };
const trust = { senderKeysPem: [sender.publicKeyPem], sealKeysPem: [mediator.publicKeyPem] };
const RECEIVED = new Date('2025-03-04T08:09:10.123Z');
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const PDF_BYTES = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0xff, 0x80]);

function delivery(): SecureDelivery {
  return {
    sender: { id: '165599990001', name: 'Åsa Öberg & Co <x>' },
    recipientId: '191212121212',
    messages: [
      {
        id: 'msg-2025-0001',
        subject: 'Svar på din begäran om registerutdrag, ärende 2025/17',
        language: 'sv',
        supportInfo: { text: 'Frågor? Ring "oss" & <skriv>\r\nmåndag–fredag', url: 'https://example.se/kontakt?a=1&b=2', phone: '+46 8 123 45 67', email: 'registrator@example.se' },
        body: { contentType: 'text/plain', text: 'Hej!\r\nHär är ditt registerutdrag. 👍' },
        attachments: [
          { contentType: 'application/pdf', filename: 'registerutdrag-2025-17.pdf', body: PDF_BYTES },
          { contentType: 'text/csv', filename: 'bilaga & data.csv', body: new TextEncoder().encode('a;b\n1;2\n') },
        ],
      },
      {
        id: 'msg-2025-0002',
        subject: 'Reply to your request',
        language: 'en',
        supportInfo: { text: 'Questions?', url: 'https://example.se/en', phone: '+46 8 123 45 67', email: 'registrator@example.se' },
        body: { contentType: 'text/html', text: '<p>Hello &amp; welcome</p>' },
        attachments: [],
      },
    ],
  };
}

const signed = buildSignedDelivery(delivery(), senderKey);
const sealed = sealDelivery(signed, mediatorKey, RECEIVED, [sender.publicKeyPem]);

function withoutSignatureOf(xml: string): string {
  const signatures = xml.match(/<ds:Signature [\s\S]*?<\/ds:Signature>/g) ?? [];
  return xml.replace(signatures[signatures.length - 1] ?? '', '');
}

/** A seal made by the trusted mediator key without the mediator's checks: what a faulty or careless mediator would pass on. */
function sealUnchecked(signedXml: string, receivedTime = RECEIVED.toISOString(), signaturesOk = 'true'): string {
  const inner = signedXml.startsWith(DECLARATION) ? signedXml.slice(DECLARATION.length) : signedXml;
  return signElement(`${DECLARATION}<SealedDelivery xmlns="${SECURE_DELIVERY_NAMESPACE}" Id="${SEALED_DELIVERY_ID}">`
    + `<Seal><SignaturesOK>${signaturesOk}</SignaturesOK><ReceivedTime>${receivedTime}</ReceivedTime></Seal>${inner}</SealedDelivery>`,
  { ...mediatorKey, id: SEALED_DELIVERY_ID });
}

/** The sender's own key signing altered content: what a faulty sender would produce. */
function resignedBySender(edit: (unsigned: string) => string): string {
  return signElement(edit(withoutSignatureOf(signed)), { ...senderKey, id: SIGNED_DELIVERY_ID });
}

function codeOf(xml: string, trusted = trust): string {
  const result = readSealedDelivery(xml, trusted);
  return result.ok ? 'OK' : result.code;
}

test('round trip: build, seal and read give back the delivery, the received time and the SignedDelivery unchanged', () => {
  const result = readSealedDelivery(sealed, trust);
  assert.equal(result.ok, true);
  if (!result.ok) return;
  assert.deepEqual(result.delivery, delivery());
  assert.ok(result.delivery.messages[0]?.attachments[0]?.body instanceof Uint8Array);
  assert.equal(result.receivedTime.toISOString(), RECEIVED.toISOString());
  assert.equal(result.signedDeliveryXml, signed);
  assert.equal(verifyElement(result.signedDeliveryXml, { id: SIGNED_DELIVERY_ID, trustedPublicKeysPem: [sender.publicKeyPem] }), true);
});

test('the SignedDelivery has the v3 shape: root with the stable Id, Delivery, MD5 checksums of the decoded bytes, then the signature', () => {
  assert.ok(signed.startsWith(`${DECLARATION}<SignedDelivery xmlns="${SECURE_DELIVERY_NAMESPACE}" Id="signed-delivery"><Delivery><Header>`
    + '<Sender><Id>165599990001</Id><Name>Åsa Öberg &amp; Co &lt;x&gt;</Name></Sender><Recipient>191212121212</Recipient></Header><Message>'));
  assert.match(signed, /<\/Delivery><ds:Signature [\s\S]*<\/ds:Signature><\/SignedDelivery>$/);
  const md5 = createHash('md5').update(PDF_BYTES).digest('hex');
  assert.ok(signed.includes('<Attachment><ContentType>application/pdf</ContentType><Filename>registerutdrag-2025-17.pdf</Filename>'
    + `<Checksum>${md5}</Checksum><Body>${Buffer.from(PDF_BYTES).toString('base64')}</Body></Attachment>`));
  assert.ok(signed.includes('<Language>svSE</Language>') && signed.includes('<Language>enUS</Language>'));
  assert.ok(signed.includes(`<Body><ContentType>text/html</ContentType><Body>${Buffer.from('<p>Hello &amp; welcome</p>').toString('base64')}</Body></Body>`));
  assert.equal(verifyElement(signed, { id: SIGNED_DELIVERY_ID, trustedPublicKeysPem: [sender.publicKeyPem] }), true);
});

test('text is escaped: markup characters, quotes and a carriage return survive the round trip and signing', () => {
  assert.ok(signed.includes('<Text>Frågor? Ring "oss" &amp; &lt;skriv&gt;&#xD;\nmåndag–fredag</Text>'));
  assert.ok(signed.includes('<URL>https://example.se/kontakt?a=1&amp;b=2</URL>'));
  assert.ok(signed.includes('<Filename>bilaga &amp; data.csv</Filename>'));
  assert.ok(!signed.includes('<x>') && !signed.includes('<skriv>'));
  const control = delivery();
  control.sender.name = 'Bell\u0007';
  assert.throws(() => buildSignedDelivery(control, senderKey), /XML cannot carry/);
});

test('the build is deterministic: the same delivery and key give the same bytes; another key gives others', () => {
  assert.equal(buildSignedDelivery(delivery(), senderKey), signed);
  assert.notEqual(buildSignedDelivery(delivery(), { privateKeyPem: stranger.privateKeyPem }), signed);
  assert.equal(sealDelivery(signed, mediatorKey, RECEIVED, [sender.publicKeyPem]), sealed);
});

test('the seal wraps the SignedDelivery byte for byte, its signature still verifies inside, and the seal verifies', () => {
  assert.ok(sealed.includes(signed.slice(DECLARATION.length)));
  assert.ok(sealed.startsWith(`${DECLARATION}<SealedDelivery xmlns="${SECURE_DELIVERY_NAMESPACE}" Id="sealed-delivery"><Seal>`
    + '<SignaturesOK>true</SignaturesOK><ReceivedTime>2025-03-04T08:09:10.123Z</ReceivedTime></Seal><SignedDelivery'));
  assert.equal(verifyElement(sealed, { id: SIGNED_DELIVERY_ID, trustedPublicKeysPem: [sender.publicKeyPem] }), true);
  assert.equal(verifyElement(sealed, { id: SEALED_DELIVERY_ID, trustedPublicKeysPem: [mediator.publicKeyPem] }), true);
  assert.equal(verifyElement(sealed, { id: SEALED_DELIVERY_ID, trustedPublicKeysPem: [sender.publicKeyPem] }), false);
});

test('with certificates both signatures carry X509Data and read back the same', () => {
  const senderCertificate = { ...senderKey, certificatePem: selfSignedCertificatePem(sender.privateKey, 'Demo sender') };
  const mediatorCertificate = { ...mediatorKey, certificatePem: selfSignedCertificatePem(mediator.privateKey, 'Demo mediator') };
  const signedWithCertificate = buildSignedDelivery(delivery(), senderCertificate);
  const sealedWithCertificate = sealDelivery(signedWithCertificate, mediatorCertificate, RECEIVED, [senderCertificate.certificatePem]);
  assert.equal((sealedWithCertificate.match(/<ds:X509Certificate>/g) ?? []).length, 2);
  const result = readSealedDelivery(sealedWithCertificate, trust);
  assert.ok(result.ok);
  assert.deepEqual(result.delivery, delivery());
});

test('the mediator refuses to seal what does not check out', () => {
  assert.throws(() => sealDelivery(signed, mediatorKey, RECEIVED, [stranger.publicKeyPem]), /does not verify/);
  assert.throws(() => sealDelivery(signed.replace('ärende 2025/17', 'ärende 2025/18'), mediatorKey, RECEIVED, [sender.publicKeyPem]), /does not verify/);
  assert.throws(() => sealDelivery(signed, mediatorKey, new Date('invalid'), [sender.publicKeyPem]), /not a valid date/);
  assert.throws(() => sealDelivery(sealed, mediatorKey, RECEIVED, [sender.publicKeyPem]), /not a well-formed SignedDelivery/);
  assert.throws(() => sealDelivery('<!DOCTYPE x><x/>', mediatorKey, RECEIVED, [sender.publicKeyPem]), /not a well-formed SignedDelivery/);
  const badChecksum = resignedBySender((xml) => xml.replace(createHash('md5').update(PDF_BYTES).digest('hex'), '0'.repeat(32)));
  assert.throws(() => sealDelivery(badChecksum, mediatorKey, RECEIVED, [sender.publicKeyPem]), /CHECKSUM_MISMATCH/);
});

test('any change to a sealed delivery breaks the seal: subject, attachment byte, received time', () => {
  const pdfBase64 = Buffer.from(PDF_BYTES).toString('base64');
  const changedPdf = Buffer.from(PDF_BYTES.map((byte, index) => (index === 3 ? byte ^ 1 : byte))).toString('base64');
  assert.equal(codeOf(sealed.replace('ärende 2025/17', 'ärende 2025/18')), 'SEAL_INVALID');
  assert.equal(codeOf(sealed.replace(pdfBase64, changedPdf)), 'SEAL_INVALID');
  assert.equal(codeOf(sealed.replace('2025-03-04T08:09:10.123Z', '2025-03-05T08:09:10.123Z')), 'SEAL_INVALID');
});

test('a removed, duplicated or untrusted seal is SEAL_INVALID', () => {
  const sealSignature = (sealed.match(/<ds:Signature [\s\S]*?<\/ds:Signature>/g) ?? [])[1] ?? '';
  assert.ok(sealSignature.length > 0);
  assert.equal(codeOf(sealed.replace(sealSignature, '')), 'SEAL_INVALID');
  assert.equal(codeOf(sealed.replace(sealSignature, sealSignature + sealSignature)), 'SEAL_INVALID');
  assert.equal(codeOf(sealed, { senderKeysPem: [sender.publicKeyPem], sealKeysPem: [stranger.publicKeyPem] }), 'SEAL_INVALID');
  assert.equal(codeOf(sealed, { senderKeysPem: [sender.publicKeyPem], sealKeysPem: [] }), 'SEAL_INVALID');
});

test('behind a valid seal the sender signature is still checked: changes, removal, duplication, an untrusted sender', () => {
  assert.equal(codeOf(sealUnchecked(signed)), 'OK');
  assert.equal(codeOf(sealUnchecked(signed.replace('ärende 2025/17', 'ärende 2025/18'))), 'SIGNATURE_INVALID');
  const pdfBase64 = Buffer.from(PDF_BYTES).toString('base64');
  assert.equal(codeOf(sealUnchecked(signed.replace(pdfBase64, `A${pdfBase64.slice(1)}`))), 'SIGNATURE_INVALID');
  const senderSignature = /<ds:Signature [\s\S]*?<\/ds:Signature>/.exec(signed)?.[0] ?? '';
  assert.equal(codeOf(sealUnchecked(signed.replace(senderSignature, ''))), 'SIGNATURE_INVALID');
  assert.equal(codeOf(sealUnchecked(signed.replace(senderSignature, senderSignature + senderSignature))), 'SIGNATURE_INVALID');
  assert.equal(codeOf(sealed, { senderKeysPem: [stranger.publicKeyPem], sealKeysPem: [mediator.publicKeyPem] }), 'SIGNATURE_INVALID');
  assert.equal(codeOf(sealUnchecked(signed, RECEIVED.toISOString(), 'false')), 'SIGNATURE_INVALID');
});

test('signature wrapping behind a valid seal: a second SignedDelivery with the same Id, or the signed one moved, is rejected', () => {
  const inner = signed.slice(DECLARATION.length);
  const forged = resignedBySender((xml) => xml.replace('ärende 2025/17', 'ärende 2025/18'))
    .slice(DECLARATION.length).replace(/<ds:Signature [\s\S]*<\/ds:Signature>/, '');
  // The forged delivery where the reader looks, the genuine one hidden after it.
  const twin = sealUnchecked(`${forged.replace('</SignedDelivery>', '')}${inner}</SignedDelivery>`);
  assert.equal(codeOf(twin), 'SIGNATURE_INVALID');
  // The genuine SignedDelivery moved into a wrapper element: its signature holds, the place is wrong.
  const moved = signElement(`${DECLARATION}<SealedDelivery xmlns="${SECURE_DELIVERY_NAMESPACE}" Id="${SEALED_DELIVERY_ID}">`
    + `<Seal><SignaturesOK>true</SignaturesOK><ReceivedTime>${RECEIVED.toISOString()}</ReceivedTime></Seal><Wrapper>${inner}</Wrapper></SealedDelivery>`,
  { ...mediatorKey, id: SEALED_DELIVERY_ID });
  assert.equal(verifyElement(moved, { id: SIGNED_DELIVERY_ID, trustedPublicKeysPem: [sender.publicKeyPem] }), true);
  assert.equal(codeOf(moved), 'MALFORMED');
});

test('a checksum that does not match the attachment, though signed, is CHECKSUM_MISMATCH', () => {
  const md5 = createHash('md5').update(PDF_BYTES).digest('hex');
  const badChecksum = resignedBySender((xml) => xml.replace(md5, createHash('md5').update('other').digest('hex')));
  assert.equal(codeOf(sealUnchecked(badChecksum)), 'CHECKSUM_MISMATCH');
  assert.equal(codeOf(sealUnchecked(resignedBySender((xml) => xml.replace(md5, md5.toUpperCase())))), 'OK');
  assert.equal(codeOf(sealUnchecked(resignedBySender((xml) => xml.replace(md5, 'not-a-checksum')))), 'MALFORMED');
});

test('signed but unexpected content is MALFORMED: unknown language, missing element, bad base64, bad time', () => {
  assert.equal(codeOf(sealUnchecked(resignedBySender((xml) => xml.replace('<Language>svSE</Language>', '<Language>deDE</Language>')))), 'MALFORMED');
  assert.equal(codeOf(sealUnchecked(resignedBySender((xml) => xml.replace('<Phone>+46 8 123 45 67</Phone>', '')))), 'MALFORMED');
  assert.equal(codeOf(sealUnchecked(resignedBySender((xml) => xml.replace('<Body>SGVq', '<Body>!!!!SGVq')))), 'MALFORMED');
  assert.equal(codeOf(sealUnchecked(signed, 'yesterday')), 'MALFORMED');
});

test('malformed or hostile input is MALFORMED and never throws: not XML, a DOCTYPE, too large, the wrong root', () => {
  const xxe = sealed.replace(DECLARATION, '<?xml version="1.0"?>\n<!DOCTYPE SealedDelivery [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n');
  const tooLarge = sealed.replace('</SealedDelivery>', `<!--${'x'.repeat(50 * 1024 * 1024)}--></SealedDelivery>`);
  // The control: the same comment, short, is harmless (comments are outside the signed bytes), so size is what counts.
  assert.equal(codeOf(sealed.replace('</SealedDelivery>', '<!--xxxx--></SealedDelivery>')), 'OK');
  assert.equal(codeOf(sealed.replace(DECLARATION, '')), 'OK');
  for (const input of ['', 'not xml', '<SealedDelivery', xxe, tooLarge, signed, sealed.slice(0, 500), 17 as unknown as string]) {
    assert.equal(codeOf(input), 'MALFORMED');
  }
});

test('a SignedDelivery that inherits its namespace from the seal is handed back as a standalone document that verifies', () => {
  const inheriting = sealUnchecked(signed.replace(`<SignedDelivery xmlns="${SECURE_DELIVERY_NAMESPACE}" Id=`, '<SignedDelivery Id='));
  assert.ok(!inheriting.includes(`<SignedDelivery xmlns=`));
  const result = readSealedDelivery(inheriting, trust);
  assert.ok(result.ok);
  assert.equal(verifyElement(result.signedDeliveryXml, { id: SIGNED_DELIVERY_ID, trustedPublicKeysPem: [sender.publicKeyPem] }), true);
});

test('an attachment of several megabytes is signed, sealed and read back (no regular-expression stack overflow)', () => {
  const big = new Uint8Array(8 * 1024 * 1024).map((_, index) => (index * 31) % 251);
  const keys = { sender: rsaKey(), mediator: rsaKey() };
  const delivery = {
    sender: { id: '162021009999', name: 'Socialförsäkringsverket (demo)' }, recipientId: '198403129003',
    messages: [{
      id: 'big-1', subject: 'Stort', language: 'sv' as const, supportInfo: { text: 't', url: 'https://example.se', phone: '0', email: 'a@example.se' },
      body: { contentType: 'text/plain' as const, text: 'Bilaga' }, attachments: [{ contentType: 'application/pdf', filename: 'stor.pdf', body: big }],
    }],
  };
  const signed = buildSignedDelivery(delivery, { privateKeyPem: keys.sender.privateKeyPem });
  const sealed = sealDelivery(signed, { privateKeyPem: keys.mediator.privateKeyPem }, new Date('2026-03-02T09:00:00Z'), [keys.sender.publicKeyPem]);
  const read = readSealedDelivery(sealed, { senderKeysPem: [keys.sender.publicKeyPem], sealKeysPem: [keys.mediator.publicKeyPem] });
  assert.equal(read.ok, true);
  if (read.ok) assert.deepEqual(Buffer.from(read.delivery.messages[0]!.attachments[0]!.body), Buffer.from(big));
});
