// A self-signed X.509 v3 certificate for an RSA key, made with node:crypto and a few lines of DER,
// so that tests can sign with a certificate (KeyInfo/X509Data) without an openssl binary. The
// certificate is checked by Node's own X509Certificate parser before it is returned.
import { createPublicKey, sign, X509Certificate, type KeyObject } from 'node:crypto';

function der(tag: number, content: Buffer): Buffer {
  const length = content.length;
  if (length < 0x80) return Buffer.concat([Buffer.from([tag, length]), content]);
  const hex = length.toString(16);
  const lengthBytes = Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
  return Buffer.concat([Buffer.from([tag, 0x80 | lengthBytes.length]), lengthBytes, content]);
}

const sequence = (...parts: Buffer[]): Buffer => der(0x30, Buffer.concat(parts));
const set = (...parts: Buffer[]): Buffer => der(0x31, Buffer.concat(parts));
const utf8 = (text: string): Buffer => der(0x0c, Buffer.from(text, 'utf8'));
const utcTime = (text: string): Buffer => der(0x17, Buffer.from(text, 'ascii'));
const bitString = (bytes: Buffer): Buffer => der(0x03, Buffer.concat([Buffer.from([0]), bytes]));

function integer(value: number): Buffer {
  const hex = value.toString(16);
  const bytes = Buffer.from(hex.length % 2 === 0 ? hex : `0${hex}`, 'hex');
  return der(0x02, (bytes[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

function oid(dotted: string): Buffer {
  const [first = 0, second = 0, ...rest] = dotted.split('.').map(Number);
  const bytes = [40 * first + second];
  for (const arc of rest) {
    const groups = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) groups.unshift((value & 0x7f) | 0x80);
    bytes.push(...groups);
  }
  return der(0x06, Buffer.from(bytes));
}

const SHA256_WITH_RSA = sequence(oid('1.2.840.113549.1.1.11'), der(0x05, Buffer.alloc(0)));

/** A PEM certificate for the key pair, issued by itself to `commonName`, valid 2020–2049. */
export function selfSignedCertificatePem(privateKey: KeyObject, commonName: string, serial = 1): string {
  const name = sequence(set(sequence(oid('2.5.4.3'), utf8(commonName))));
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const tbs = sequence(
    der(0xa0, integer(2)),
    integer(serial),
    SHA256_WITH_RSA,
    name,
    sequence(utcTime('200101000000Z'), utcTime('491231235959Z')),
    name,
    spki,
  );
  const certificate = sequence(tbs, SHA256_WITH_RSA, bitString(sign('sha256', tbs, privateKey)));
  const pem = `-----BEGIN CERTIFICATE-----\n${certificate.toString('base64').match(/.{1,64}/g)?.join('\n')}\n-----END CERTIFICATE-----\n`;
  const parsed = new X509Certificate(pem);
  if (!parsed.verify(parsed.publicKey)) throw new Error('the self-signed certificate does not verify');
  return pem;
}
