import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { test } from 'node:test';
import { SignedXml } from 'xml-crypto';
import { selfSignedCertificatePem } from '../../test/support/self-signed-certificate.ts';
import { signElement, verifyElement } from './xml-signature.ts';
import { rsaKey } from '../../test/support/rsa-key.ts';

const signer = rsaKey();
const stranger = rsaKey();
const DOC = '<?xml version="1.0" encoding="UTF-8"?>\n<Envelope xmlns="urn:example:envelope">'
  + '<Order Id="order-1"><Item>Kaffe &amp; bullar</Item><Amount>12</Amount></Order><Note>unsigned</Note></Envelope>';
const trusted = { id: 'order-1', trustedPublicKeysPem: [signer.publicKeyPem] };

function signed(): string {
  return signElement(DOC, { id: 'order-1', privateKeyPem: signer.privateKeyPem });
}

function signatureOf(xml: string): string {
  const match = /<ds:Signature [\s\S]*?<\/ds:Signature>/.exec(xml);
  assert.ok(match, 'the document holds a ds:Signature');
  return match[0];
}

test('a signed element verifies against the trusted key, with the signature as its last child and a Reference to its Id', () => {
  const xml = signed();
  assert.equal(verifyElement(xml, trusted), true);
  assert.match(xml, /<Amount>12<\/Amount><ds:Signature xmlns:ds="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#">[\s\S]*<\/ds:Signature><\/Order><Note>/);
  const signature = signatureOf(xml);
  assert.match(signature, /<ds:Reference URI="#order-1">/);
  assert.match(signature, /Algorithm="http:\/\/www\.w3\.org\/2001\/04\/xmldsig-more#rsa-sha256"/);
  assert.match(signature, /<ds:Transform Algorithm="http:\/\/www\.w3\.org\/2000\/09\/xmldsig#enveloped-signature"\/>/);
  assert.match(signature, /<ds:DigestMethod Algorithm="http:\/\/www\.w3\.org\/2001\/04\/xmlenc#sha256"\/>/);
  assert.match(signature, /<ds:KeyInfo><ds:KeyValue><ds:RSAKeyValue><ds:Modulus>[A-Za-z0-9+/=]+<\/ds:Modulus><ds:Exponent>AQAB<\/ds:Exponent>/);
});

test('signing is deterministic: the same document and key give the same bytes', () => {
  assert.equal(signed(), signed());
});

test('with a certificate the KeyInfo carries it as X509Data, and the certificate itself may be the trusted key', () => {
  const certificatePem = selfSignedCertificatePem(signer.privateKey, 'Demo sender');
  const xml = signElement(DOC, { id: 'order-1', privateKeyPem: signer.privateKeyPem, certificatePem });
  const der = new X509Certificate(certificatePem).raw.toString('base64');
  assert.ok(signatureOf(xml).includes(`<ds:KeyInfo><ds:X509Data><ds:X509Certificate>${der}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>`));
  assert.equal(verifyElement(xml, trusted), true);
  assert.equal(verifyElement(xml, { id: 'order-1', trustedPublicKeysPem: [certificatePem] }), true);
  const strangerCertificate = selfSignedCertificatePem(stranger.privateKey, 'Someone else');
  assert.equal(verifyElement(xml, { id: 'order-1', trustedPublicKeysPem: [strangerCertificate] }), false);
});

test('a certificate for another key is refused when signing', () => {
  const certificatePem = selfSignedCertificatePem(stranger.privateKey, 'Someone else');
  assert.throws(() => signElement(DOC, { id: 'order-1', privateKeyPem: signer.privateKeyPem, certificatePem }), /does not belong/);
});

test('only the trusted keys count: a signature by another key fails even though its KeyInfo names that key', () => {
  const xml = signElement(DOC, { id: 'order-1', privateKeyPem: stranger.privateKeyPem });
  assert.equal(verifyElement(xml, trusted), false);
  assert.equal(verifyElement(xml, { id: 'order-1', trustedPublicKeysPem: [signer.publicKeyPem, stranger.publicKeyPem] }), true);
  assert.equal(verifyElement(xml, { id: 'order-1', trustedPublicKeysPem: [] }), false);
});

test('a change to the signed content or to the signature fails; a change outside the element does not matter', () => {
  const xml = signed();
  assert.equal(verifyElement(xml.replace('<Amount>12</Amount>', '<Amount>13</Amount>'), trusted), false);
  assert.equal(verifyElement(xml.replace('<Item>', '<Item class="x">'), trusted), false);
  assert.equal(verifyElement(xml.replace(/<ds:SignatureValue>(.)/, (_all, first: string) => `<ds:SignatureValue>${first === 'A' ? 'B' : 'A'}`), trusted), false);
  assert.equal(verifyElement(xml.replace('<Note>unsigned</Note>', '<Note>changed</Note>'), trusted), true);
});

test('a removed or duplicated signature fails', () => {
  const xml = signed();
  const signature = signatureOf(xml);
  assert.equal(verifyElement(xml.replace(signature, ''), trusted), false);
  assert.equal(verifyElement(xml.replace(signature, signature + signature), trusted), false);
});

test('signature wrapping fails: a second element with the same Id, the signature moved out, a namespaced Id twin', () => {
  const xml = signed();
  const signature = signatureOf(xml);
  const order = /<Order Id="order-1">[\s\S]*<\/Order>/.exec(xml)?.[0] ?? '';
  // The attacker's element first, the genuine signed element wrapped away below it.
  const evil = xml.replace(order, `<Order Id="order-1"><Item>Guld</Item><Amount>1</Amount></Order><Wrapper>${order}</Wrapper>`);
  assert.equal(verifyElement(evil, trusted), false);
  // The signature moved to be a sibling of the element instead of its child.
  assert.equal(verifyElement(xml.replace(signature, '').replace('</Envelope>', `${signature}</Envelope>`), trusted), false);
  // The same value in another kind of Id attribute elsewhere.
  assert.equal(verifyElement(xml.replace('<Note>', '<Note xmlns:w="urn:w" w:Id="order-1">'), trusted), false);
  assert.equal(verifyElement(xml.replace('<Note>', '<Note ID="order-1">'), trusted), false);
  // The signature placed under an element that is not the one it references.
  const renamed = xml.replace('<Order Id="order-1">', '<Order Id="order-2">');
  assert.equal(verifyElement(renamed, { id: 'order-2', trustedPublicKeysPem: [signer.publicKeyPem] }), false);
  assert.equal(verifyElement(renamed, trusted), false);
});

function signedBy(options: { signatureAlgorithm: string; transforms: string[]; extraReference?: boolean }): string {
  const crafted = new SignedXml({
    privateKey: signer.privateKeyPem,
    signatureAlgorithm: options.signatureAlgorithm,
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  crafted.addReference({ xpath: "//*[@Id='order-1']", transforms: options.transforms, digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256' });
  if (options.extraReference === true) {
    crafted.addReference({ xpath: "//*[local-name(.)='Note']", transforms: ['http://www.w3.org/2001/10/xml-exc-c14n#'],
      digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256' });
  }
  crafted.computeSignature(DOC, { prefix: 'ds', location: { reference: "//*[@Id='order-1']", action: 'append' } });
  return crafted.getSignedXml();
}

test('a signature of another shape is refused even when it is cryptographically sound', () => {
  const enveloped = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
  const exclusive = 'http://www.w3.org/2001/10/xml-exc-c14n#';
  const sha256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
  // The control: the same construction with our algorithms passes, so the refusals below are about shape.
  assert.equal(verifyElement(signedBy({ signatureAlgorithm: sha256, transforms: [enveloped, exclusive] }), trusted), true);
  const sha1 = signedBy({ signatureAlgorithm: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1', transforms: [enveloped, exclusive] });
  assert.equal(verifyElement(sha1, trusted), false);
  const inclusive = signedBy({ signatureAlgorithm: sha256, transforms: [enveloped, 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315'] });
  assert.equal(verifyElement(inclusive, trusted), false);
  assert.equal(verifyElement(signedBy({ signatureAlgorithm: sha256, transforms: [enveloped, exclusive], extraReference: true }), trusted), false);
});

test('malformed input answers false and never throws', () => {
  const xml = signed();
  const xxe = xml.replace('<?xml version="1.0" encoding="UTF-8"?>\n',
    '<?xml version="1.0"?>\n<!DOCTYPE Envelope [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n');
  const cases: unknown[] = ['', 'not xml', '<a><b></a>', xxe, xml.slice(0, -20), xml.replace('<Note>', '<Note>\u0001'), 42, null];
  for (const input of cases) assert.equal(verifyElement(input as string, trusted), false);
  assert.equal(verifyElement(xml, { id: "order-1']|//*['", trustedPublicKeysPem: [signer.publicKeyPem] }), false);
  assert.equal(verifyElement(xml, { id: 'order-1', trustedPublicKeysPem: ['not a key', signer.privateKeyPem.slice(0, 40)] }), false);
  assert.equal(verifyElement(xml, { id: 'missing', trustedPublicKeysPem: [signer.publicKeyPem] }), false);
});

test('signElement refuses a missing or repeated Id, an element already signed, an unsafe Id and a DOCTYPE', () => {
  const key = { privateKeyPem: signer.privateKeyPem };
  assert.throws(() => signElement(DOC, { ...key, id: 'missing' }), /exactly one element/);
  assert.throws(() => signElement(DOC.replace('<Note>', '<Note Id="order-1">'), { ...key, id: 'order-1' }), /exactly one element/);
  assert.throws(() => signElement(signed(), { ...key, id: 'order-1' }), /already signed/);
  assert.throws(() => signElement(DOC, { ...key, id: "x' or '1'='1" }), /NCName/);
  assert.throws(() => signElement(`<!DOCTYPE Envelope>${DOC.slice(DOC.indexOf('\n') + 1)}`, { ...key, id: 'order-1' }), /DOCTYPE/);
});

test('nested signatures: an outer enveloped signature leaves the inner one verifiable', () => {
  const inner = signed();
  const withOuterId = inner.replace('<Envelope xmlns="urn:example:envelope">', '<Envelope xmlns="urn:example:envelope" Id="envelope">');
  const outer = signElement(withOuterId, { id: 'envelope', privateKeyPem: stranger.privateKeyPem });
  assert.equal(verifyElement(outer, trusted), true);
  assert.equal(verifyElement(outer, { id: 'envelope', trustedPublicKeysPem: [stranger.publicKeyPem] }), true);
  assert.equal(verifyElement(outer, { id: 'envelope', trustedPublicKeysPem: [signer.publicKeyPem] }), false);
  assert.equal(verifyElement(outer.replace('<Amount>12</Amount>', '<Amount>13</Amount>'), { id: 'envelope', trustedPublicKeysPem: [stranger.publicKeyPem] }), false);
});
