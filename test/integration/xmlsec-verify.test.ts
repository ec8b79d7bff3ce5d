// The digital-mailbox signatures checked by an independent implementation: Debian's xmlsec1
// (libxmlsec1 on OpenSSL) verifies the sender signature on a standalone SignedDelivery and
// inside a SealedDelivery, and the mediator's seal, and rejects altered files and wrong keys.
// `--enabled-key-data key-name` stops xmlsec1 from taking the key out of the document's KeyInfo,
// so it verifies only against the key on the command line. Without xmlsec1 the suite is skipped,
// except where INSYN_REQUIRE_SERVICES=1 (CI), where it fails.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test, type TestContext } from 'node:test';
import { buildSignedDelivery, sealDelivery, SECURE_DELIVERY_NAMESPACE, type SecureDelivery } from '../../src/lib/secure-delivery-xml.ts';
import { selfSignedCertificatePem } from '../support/self-signed-certificate.ts';
import { rsaKey } from '../support/rsa-key.ts';

const XMLSEC1 = process.env.INSYN_XMLSEC1 ?? 'xmlsec1';
const SIGNED_DELIVERY = `${SECURE_DELIVERY_NAMESPACE}:SignedDelivery`;
const SEALED_DELIVERY = `${SECURE_DELIVERY_NAMESPACE}:SealedDelivery`;
const SENDER_SIGNATURE_IN_SEAL = "/*[local-name()='SealedDelivery']/*[local-name()='SignedDelivery']/*[local-name()='Signature']";
const SEAL_SIGNATURE = "/*[local-name()='SealedDelivery']/*[local-name()='Signature']";

function xmlsecAvailable(t: TestContext): boolean {
  const probe = spawnSync(XMLSEC1, ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return true;
  const why = `xmlsec1 is not available (${probe.error?.message ?? probe.stderr.trim()}): install Debian's xmlsec1 package; this suite did not run`;
  if (process.env.INSYN_REQUIRE_SERVICES === '1') throw new Error(`${why}; INSYN_REQUIRE_SERVICES=1 requires it`);
  t.skip(why);
  return false;
}

const directory = mkdtempSync(join(tmpdir(), 'insyn-xmlsec-'));
after(() => rmSync(directory, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

interface Verification {
  readonly ok: boolean;
  readonly output: string;
}

function verify(xmlPath: string, options: readonly string[]): Verification {
  const result = spawnSync(XMLSEC1, ['--verify', ...options, xmlPath], { encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  return { ok: result.status === 0 && /^OK$/m.test(output), output };
}

function byKey(keyPath: string, idNode: string, nodeXpath?: string): string[] {
  return ['--enabled-key-data', 'key-name', '--pubkey-pem', keyPath, '--id-attr:Id', idNode, ...(nodeXpath === undefined ? [] : ['--node-xpath', nodeXpath])];
}

const sender = rsaKey();
const mediator = rsaKey();
const stranger = rsaKey();
const delivery: SecureDelivery = {
  sender: { id: '165599990001', name: 'Åsa Öberg & Co <x>' },
  recipientId: '191212121212',
  messages: [{
    id: 'msg-1',
    subject: 'Svar på din begäran om registerutdrag, ärende 2025/17',
    language: 'sv',
    supportInfo: { text: 'Frågor? Ring oss\r\nmåndag–fredag', url: 'https://example.se/kontakt?a=1&b=2', phone: '+46 8 123 45 67', email: 'registrator@example.se' },
    body: { contentType: 'text/plain', text: 'Hej!\r\nHär är ditt registerutdrag.' },
    attachments: [{ contentType: 'application/pdf', filename: 'registerutdrag.pdf', body: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0xff]) }],
  }],
};
const signedXml = buildSignedDelivery(delivery, { privateKeyPem: sender.privateKeyPem });
const sealedXml = sealDelivery(signedXml, { privateKeyPem: mediator.privateKeyPem }, new Date('2025-03-04T08:09:10Z'), [sender.publicKeyPem]);

test('xmlsec1 verifies the sender signature on a standalone SignedDelivery and rejects a wrong key and an altered file', (t) => {
  if (!xmlsecAvailable(t)) return;
  const signedPath = file('signed.xml', signedXml);
  const senderKey = file('sender.pem', sender.publicKeyPem);
  const strangerKey = file('stranger.pem', stranger.publicKeyPem);
  const good = verify(signedPath, byKey(senderKey, SIGNED_DELIVERY));
  assert.ok(good.ok, good.output);
  assert.equal(verify(signedPath, byKey(strangerKey, SIGNED_DELIVERY)).ok, false);
  const altered = file('signed-altered.xml', signedXml.replace('ärende 2025/17', 'ärende 2025/18'));
  const rejected = verify(altered, byKey(senderKey, SIGNED_DELIVERY));
  assert.equal(rejected.ok, false);
  assert.match(rejected.output, /digest do not match|FAIL/);
});

test('xmlsec1 verifies the sender signature inside the SealedDelivery and the seal, each only with its own key', (t) => {
  if (!xmlsecAvailable(t)) return;
  const sealedPath = file('sealed.xml', sealedXml);
  const senderKey = file('sender.pem', sender.publicKeyPem);
  const mediatorKey = file('mediator.pem', mediator.publicKeyPem);
  const inner = verify(sealedPath, byKey(senderKey, SIGNED_DELIVERY, SENDER_SIGNATURE_IN_SEAL));
  assert.ok(inner.ok, inner.output);
  const seal = verify(sealedPath, byKey(mediatorKey, SEALED_DELIVERY, SEAL_SIGNATURE));
  assert.ok(seal.ok, seal.output);
  assert.equal(verify(sealedPath, byKey(senderKey, SEALED_DELIVERY, SEAL_SIGNATURE)).ok, false);
  assert.equal(verify(sealedPath, byKey(mediatorKey, SIGNED_DELIVERY, SENDER_SIGNATURE_IN_SEAL)).ok, false);
});

test('xmlsec1 rejects an altered SealedDelivery: the subject breaks both signatures, the received time breaks the seal', (t) => {
  if (!xmlsecAvailable(t)) return;
  const senderKey = file('sender.pem', sender.publicKeyPem);
  const mediatorKey = file('mediator.pem', mediator.publicKeyPem);
  const subject = file('sealed-subject.xml', sealedXml.replace('ärende 2025/17', 'ärende 2025/18'));
  assert.equal(verify(subject, byKey(mediatorKey, SEALED_DELIVERY, SEAL_SIGNATURE)).ok, false);
  assert.equal(verify(subject, byKey(senderKey, SIGNED_DELIVERY, SENDER_SIGNATURE_IN_SEAL)).ok, false);
  const laterXml = sealedXml.replace('<ReceivedTime>2025-03-04T08:09:10.000Z', '<ReceivedTime>2025-03-05T08:09:10.000Z');
  assert.notEqual(laterXml, sealedXml);
  const time = file('sealed-time.xml', laterXml);
  assert.equal(verify(time, byKey(mediatorKey, SEALED_DELIVERY, SEAL_SIGNATURE)).ok, false);
  const stillSigned = verify(time, byKey(senderKey, SIGNED_DELIVERY, SENDER_SIGNATURE_IN_SEAL));
  assert.ok(stillSigned.ok, stillSigned.output);
});

test('with certificates in KeyInfo xmlsec1 verifies against a trusted certificate and refuses an untrusted one', (t) => {
  if (!xmlsecAvailable(t)) return;
  const certificatePem = selfSignedCertificatePem(sender.privateKey, 'Demo sender');
  const signedPath = file('signed-certificate.xml', buildSignedDelivery(delivery, { privateKeyPem: sender.privateKeyPem, certificatePem }));
  const trusted = file('sender-certificate.pem', certificatePem);
  const untrusted = file('stranger-certificate.pem', selfSignedCertificatePem(stranger.privateKey, 'Someone else'));
  const chain = verify(signedPath, ['--enabled-key-data', 'x509', '--trusted-pem', trusted, '--id-attr:Id', SIGNED_DELIVERY]);
  assert.ok(chain.ok, chain.output);
  assert.equal(verify(signedPath, ['--enabled-key-data', 'x509', '--trusted-pem', untrusted, '--id-attr:Id', SIGNED_DELIVERY]).ok, false);
  const pinned = verify(signedPath, ['--enabled-key-data', 'key-name', '--pubkey-cert-pem', trusted, '--id-attr:Id', SIGNED_DELIVERY]);
  assert.ok(pinned.ok, pinned.output);
});
