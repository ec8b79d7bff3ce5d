// Enveloped XML signatures (XMLDSig) over one element named by its Id attribute, as the digital
// mailbox (Mina meddelanden) expects of a SignedDelivery and of a mediator's seal: RSA-SHA256,
// exclusive C14N, SHA-256 digests, one Reference URI="#<id>" with the enveloped-signature
// transform, and the ds:Signature appended as the element's last child.
//
// Verification trusts only the public keys it is given, never the KeyInfo in the document, and
// guards against signature wrapping: exactly one element carries the Id, the signature is its
// direct child with exactly the algorithms above and one Reference to that Id. Anything malformed
// answers false; it never throws.
import { createPrivateKey, createPublicKey, X509Certificate, type KeyObject } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import { allElements, childElements, elementText, parseStrictXml } from './strict-xml.ts';

export const DSIG_NAMESPACE = 'http://www.w3.org/2000/09/xmldsig#';
const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const EXCLUSIVE_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const ID_PATTERN = /^[A-Za-z_][A-Za-z0-9_.-]{0,127}$/;

/** An RSA signing key; with a certificate the signature's KeyInfo carries X509Data, else the bare RSAKeyValue. */
export interface XmlSigningKey {
  readonly privateKeyPem: string;
  readonly certificatePem?: string;
}

export interface SignElementOptions extends XmlSigningKey {
  /** The value of the `Id` attribute of the element to sign. */
  readonly id: string;
}

export interface VerifyElementOptions {
  readonly id: string;
  /** Public keys (SPKI PEM) or certificates (PEM) to accept; the document's KeyInfo is ignored. */
  readonly trustedPublicKeysPem: readonly string[];
}

function isDsig(element: Element, localName: string): boolean {
  return element.namespaceURI === DSIG_NAMESPACE && element.localName === localName;
}

/** Elements carrying the value in any attribute a verifier might take for an Id (Id, ID, id; any namespace). */
function elementsWithId(doc: Document, id: string): Element[] {
  return allElements(doc).filter((element) => {
    for (let index = 0; index < element.attributes.length; index += 1) {
      const attribute = element.attributes.item(index);
      if (attribute !== null && (attribute.localName ?? attribute.name).toLowerCase() === 'id' && attribute.value === id) return true;
    }
    return false;
  });
}

function hasPlainIdAttribute(element: Element, id: string): boolean {
  for (let index = 0; index < element.attributes.length; index += 1) {
    const attribute = element.attributes.item(index);
    if (attribute !== null && !attribute.namespaceURI && attribute.name === 'Id' && attribute.value === id) return true;
  }
  return false;
}

function directSignatures(element: Element): Element[] {
  return childElements(element).filter((child) => isDsig(child, 'Signature'));
}

function base64FromBase64Url(value: string | undefined): string {
  if (value === undefined) throw new Error('The RSA key has no modulus or exponent');
  return Buffer.from(value, 'base64url').toString('base64');
}

function keyInfoContent(privateKey: KeyObject, certificatePem: string | undefined): string {
  const publicKey = createPublicKey(privateKey);
  if (certificatePem !== undefined) {
    const certificate = new X509Certificate(certificatePem);
    const certified = certificate.publicKey.export({ type: 'spki', format: 'der' });
    if (!certified.equals(publicKey.export({ type: 'spki', format: 'der' }))) {
      throw new Error('signElement: the certificate does not belong to the private key');
    }
    return `<ds:X509Data><ds:X509Certificate>${certificate.raw.toString('base64')}</ds:X509Certificate></ds:X509Data>`;
  }
  const jwk = publicKey.export({ format: 'jwk' });
  return '<ds:KeyValue><ds:RSAKeyValue>'
    + `<ds:Modulus>${base64FromBase64Url(jwk.n)}</ds:Modulus><ds:Exponent>${base64FromBase64Url(jwk.e)}</ds:Exponent>`
    + '</ds:RSAKeyValue></ds:KeyValue>';
}

/**
 * Signs the one element whose `Id` attribute is `options.id`, appending the ds:Signature as its
 * last child, and returns the whole document. Throws a plain Error on a bad Id, a document that is
 * not strictly well-formed, an Id that is missing or not unique, an element that already carries a
 * signature, a key that is not RSA, or a certificate for another key.
 */
export function signElement(xml: string, options: SignElementOptions): string {
  const { id } = options;
  if (!ID_PATTERN.test(id)) throw new Error('signElement: the Id must be a plain NCName of at most 128 characters');
  const doc = parseStrictXml(xml);
  if (doc === undefined) throw new Error('signElement: the document is not well-formed XML, is too large or declares a DOCTYPE');
  const targets = elementsWithId(doc, id);
  const target = targets[0];
  if (targets.length !== 1 || target === undefined || !hasPlainIdAttribute(target, id)) {
    throw new Error('signElement: exactly one element must carry the Id, as an unprefixed Id attribute');
  }
  if (directSignatures(target).length > 0) throw new Error('signElement: the element is already signed');
  const privateKey = createPrivateKey(options.privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'rsa') throw new Error('signElement: the signing key must be an RSA key');
  const keyInfo = keyInfoContent(privateKey, options.certificatePem);

  const signer = new SignedXml({
    privateKey: options.privateKeyPem,
    signatureAlgorithm: RSA_SHA256,
    canonicalizationAlgorithm: EXCLUSIVE_C14N,
    getKeyInfoContent: () => keyInfo,
  });
  const xpath = `//*[@Id='${id}']`;
  signer.addReference({ xpath, transforms: [ENVELOPED_SIGNATURE, EXCLUSIVE_C14N], digestAlgorithm: SHA256 });
  signer.computeSignature(xml, { prefix: 'ds', location: { reference: xpath, action: 'append' } });
  return signer.getSignedXml();
}

function algorithmOf(element: Element | undefined): string | undefined {
  return element?.getAttribute('Algorithm') ?? undefined;
}

function isEmptyElement(element: Element | undefined): boolean {
  return element !== undefined && element.firstChild === null;
}

/** The signature must have exactly the shape signElement writes; nothing else is looked at. */
function hasExpectedShape(signature: Element, id: string): boolean {
  const parts = childElements(signature);
  const [signedInfo, signatureValue, keyInfo, ...extra] = parts;
  if (extra.length > 0 || signedInfo === undefined || !isDsig(signedInfo, 'SignedInfo')) return false;
  if (signatureValue === undefined || !isDsig(signatureValue, 'SignatureValue')) return false;
  if (keyInfo !== undefined && !isDsig(keyInfo, 'KeyInfo')) return false;
  const value = elementText(signatureValue);
  if (value === undefined || !/^[A-Za-z0-9+/=\s]+$/.test(value)) return false;

  const [c14nMethod, signatureMethod, reference, ...moreReferences] = childElements(signedInfo);
  if (moreReferences.length > 0 || c14nMethod === undefined || signatureMethod === undefined || reference === undefined) return false;
  if (!isDsig(c14nMethod, 'CanonicalizationMethod') || algorithmOf(c14nMethod) !== EXCLUSIVE_C14N || !isEmptyElement(c14nMethod)) return false;
  if (!isDsig(signatureMethod, 'SignatureMethod') || algorithmOf(signatureMethod) !== RSA_SHA256) return false;
  if (childElements(signatureMethod).length > 0) return false;
  if (!isDsig(reference, 'Reference') || reference.getAttribute('URI') !== `#${id}`) return false;

  const [transforms, digestMethod, digestValue, ...rest] = childElements(reference);
  if (rest.length > 0 || transforms === undefined || digestMethod === undefined || digestValue === undefined) return false;
  if (!isDsig(transforms, 'Transforms') || !isDsig(digestMethod, 'DigestMethod') || !isDsig(digestValue, 'DigestValue')) return false;
  if (algorithmOf(digestMethod) !== SHA256 || childElements(digestMethod).length > 0 || elementText(digestValue) === undefined) return false;
  const transformList = childElements(transforms);
  return transformList.length === 2
    && transformList.every((transform) => isDsig(transform, 'Transform') && childElements(transform).length === 0)
    && algorithmOf(transformList[0]) === ENVELOPED_SIGNATURE
    && algorithmOf(transformList[1]) === EXCLUSIVE_C14N;
}

/** Trusted RSA public keys as SPKI PEM; keys that do not parse or are not RSA are left out. */
function trustedRsaKeys(pems: readonly string[]): string[] {
  const keys: string[] = [];
  for (const pem of pems) {
    try {
      const key = typeof pem === 'string' && pem.includes('CERTIFICATE') ? new X509Certificate(pem).publicKey : createPublicKey(pem);
      if (key.type === 'public' && key.asymmetricKeyType === 'rsa') keys.push(key.export({ type: 'spki', format: 'pem' }).toString());
    } catch {
      // Not a usable public key: trust nothing from it.
    }
  }
  return keys;
}

function verifiesWith(xml: string, signature: Element, publicKeyPem: string): boolean {
  try {
    const verifier = new SignedXml({ publicCert: publicKeyPem, getCertFromKeyInfo: () => null });
    verifier.loadSignature(signature);
    return verifier.checkSignature(xml) && verifier.getSignedReferences().length === 1;
  } catch {
    return false;
  }
}

/**
 * True when the element whose Id is `options.id` carries, as a direct child, a signature of the
 * expected shape that one of the trusted keys made over it. False for anything else, never throws.
 */
export function verifyElement(xml: string, options: VerifyElementOptions): boolean {
  try {
    const { id } = options;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) return false;
    const keys = trustedRsaKeys(options.trustedPublicKeysPem);
    if (keys.length === 0) return false;
    const doc = parseStrictXml(xml);
    if (doc === undefined) return false;
    const targets = elementsWithId(doc, id);
    const target = targets[0];
    if (targets.length !== 1 || target === undefined || !hasPlainIdAttribute(target, id)) return false;
    const signatures = directSignatures(target);
    const signature = signatures[0];
    if (signatures.length !== 1 || signature === undefined || !hasExpectedShape(signature, id)) return false;
    return keys.some((key) => verifiesWith(xml, signature, key));
  } catch {
    return false;
  }
}
