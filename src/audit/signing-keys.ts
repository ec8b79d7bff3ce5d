// The processing log's two secrets: the Ed25519 key that signs checkpoints and the secret of
// the subject keyer (from which the chain-hash key is derived too). Production takes both from
// configuration; elsewhere, when unset, each is generated once into INSYN_DATA_DIR/keys (mode
// 0600) and read back on every start.
import { randomBytes, generateKeyPairSync } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/config.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import { createCheckpointSigner, type CheckpointSigner } from './checkpoint-signer.ts';

type KeyConfig = Pick<Config, 'mode' | 'dataDir'>;

export const CHECKPOINT_KEY_FILE = 'checkpoint-ed25519.pem';
export const SUBJECT_SECRET_FILE = 'subject-key.secret';

function isCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException)?.code === code;
}

/** Reads `keys/<name>`, creating it first with `generate()` if missing. Safe against a concurrent creator. */
export function readOrCreate(dataDir: string, name: string, generate: () => string): string {
  const directory = join(dataDir, 'keys');
  const path = join(directory, name);
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, generate(), { mode: 0o600, flag: 'wx' });
    linkSync(temporary, path);
  } catch (error) {
    if (!isCode(error, 'EEXIST')) throw error;
  } finally {
    try { unlinkSync(temporary); } catch { /* already gone */ }
  }
  return readFileSync(path, 'utf8');
}

/** Reads `keys/<name>` if it is there, never creating anything. */
export function readKeyFile(dataDir: string, name: string): string | undefined {
  const path = join(dataDir, 'keys', name);
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export function required(config: KeyConfig, name: string): never {
  throw new InsynError('CONFIG_INVALID', `${name}: is required in ${config.mode} mode`);
}

/** The checkpoint signer from INSYN_CHECKPOINT_SIGNING_KEY, or (outside production) the generated key. */
export function loadCheckpointSigner(config: KeyConfig & Pick<Config, 'checkpointSigningKey'>): CheckpointSigner {
  if (config.checkpointSigningKey !== undefined) return createCheckpointSigner(config.checkpointSigningKey);
  if (config.mode === 'production') required(config, 'INSYN_CHECKPOINT_SIGNING_KEY');
  const pem = readOrCreate(config.dataDir, CHECKPOINT_KEY_FILE, () =>
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  return createCheckpointSigner(pem);
}

/** The subject-key secret from INSYN_SUBJECT_KEY_SECRET, or (outside production) the generated one. */
export function loadSubjectKeySecret(config: KeyConfig & Pick<Config, 'subjectKeySecret'>): string {
  if (config.subjectKeySecret !== undefined) return config.subjectKeySecret;
  if (config.mode === 'production') required(config, 'INSYN_SUBJECT_KEY_SECRET');
  return readOrCreate(config.dataDir, SUBJECT_SECRET_FILE, () => `${randomBytes(32).toString('hex')}\n`).trim();
}
