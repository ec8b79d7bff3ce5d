// The two RSA keys of digital-mailbox delivery: the sender's (the organisation certificate's key,
// which signs each delivery) and the seal's (the mediator's signature over the signed delivery and
// the time it was received). Production takes both from configuration; elsewhere each is generated
// once into INSYN_DATA_DIR/keys, and the development mailbox operator trusts their public halves.
import { createPublicKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { readOrCreate, required } from '../../audit/signing-keys.ts';
import type { Config } from '../../config/config.ts';
import { InsynError } from '../../domain/error-catalogue.ts';

export const MAILBOX_SIGNING_KEY_FILE = 'mailbox-signing-rsa.pem';
export const MAILBOX_SEAL_KEY_FILE = 'mailbox-seal-rsa.pem';

export interface MailboxKey {
  readonly privateKeyPem: string;
  readonly certificatePem?: string;
  readonly publicKeyPem: string;
}

export interface MailboxKeys {
  readonly sender: MailboxKey;
  readonly seal: MailboxKey;
}

function generateRsaPem(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

function key(name: string, privateKeyPem: string, certificatePem?: string): MailboxKey {
  let publicKey;
  try {
    publicKey = createPublicKey(privateKeyPem);
  } catch {
    throw new InsynError('CONFIG_INVALID', `${name}: is not a readable, unencrypted PEM private key`);
  }
  if (publicKey.asymmetricKeyType !== 'rsa') throw new InsynError('CONFIG_INVALID', `${name}: must be an RSA key (XML signatures use RSA-SHA256)`);
  if (certificatePem !== undefined) {
    let certificate;
    try {
      certificate = new X509Certificate(certificatePem);
    } catch {
      throw new InsynError('CONFIG_INVALID', 'INSYN_MAILBOX_CERTIFICATE: is not a readable PEM certificate');
    }
    if (!certificate.publicKey.equals(publicKey)) throw new InsynError('CONFIG_INVALID', 'INSYN_MAILBOX_CERTIFICATE: does not belong to INSYN_MAILBOX_SIGNING_KEY');
  }
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return certificatePem ? { privateKeyPem, certificatePem, publicKeyPem } : { privateKeyPem, publicKeyPem };
}

export function loadMailboxKeys(config: Pick<Config, 'mode' | 'dataDir' | 'delivery'>): MailboxKeys {
  const { mailboxSigningKey, mailboxSealKey, mailboxCertificate } = config.delivery;
  if (config.mode === 'production' && !mailboxSigningKey) required(config, 'INSYN_MAILBOX_SIGNING_KEY');
  if (config.mode === 'production' && !mailboxSealKey) required(config, 'INSYN_MAILBOX_SEAL_KEY');
  const sender = mailboxSigningKey ?? readOrCreate(config.dataDir, MAILBOX_SIGNING_KEY_FILE, generateRsaPem);
  const seal = mailboxSealKey ?? readOrCreate(config.dataDir, MAILBOX_SEAL_KEY_FILE, generateRsaPem);
  return { sender: key('INSYN_MAILBOX_SIGNING_KEY', sender, mailboxCertificate), seal: key('INSYN_MAILBOX_SEAL_KEY', seal) };
}
