import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isInsynError } from '../domain/error-catalogue.ts';
import { createCheckpointSigner, verifyCheckpointSignature } from './checkpoint-signer.ts';
import { CHECKPOINT_KEY_FILE, SUBJECT_SECRET_FILE, loadCheckpointSigner, loadSubjectKeySecret } from './signing-keys.ts';

function tempDir(t: { after(fn: () => void): void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-keys-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const embedded = (dataDir: string) => ({
  mode: 'embedded' as const, dataDir, checkpointSigningKey: undefined, subjectKeySecret: undefined,
});

test('outside production the keys are generated once into the data directory, readable by the owner only', (t) => {
  const dataDir = tempDir(t);
  const signer = loadCheckpointSigner(embedded(dataDir));
  const secret = loadSubjectKeySecret(embedded(dataDir));
  assert.match(signer.keyId, /^[0-9a-f]{16}$/);
  assert.match(secret, /^[0-9a-f]{64}$/);
  assert.equal(loadCheckpointSigner(embedded(dataDir)).keyId, signer.keyId);
  assert.equal(loadSubjectKeySecret(embedded(dataDir)), secret);
  for (const file of [CHECKPOINT_KEY_FILE, SUBJECT_SECRET_FILE]) {
    assert.equal(statSync(join(dataDir, 'keys', file)).mode & 0o777, 0o600, file);
  }
});

test('configured keys are used as given; production refuses to run without them', (t) => {
  const dataDir = tempDir(t);
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const configured = { ...embedded(dataDir), mode: 'production' as const, checkpointSigningKey: pem, subjectKeySecret: 's'.repeat(40) };
  assert.equal(loadCheckpointSigner(configured).keyId, createCheckpointSigner(pem).keyId);
  assert.equal(loadSubjectKeySecret(configured), 's'.repeat(40));
  const bare = { ...embedded(dataDir), mode: 'production' as const };
  assert.throws(() => loadCheckpointSigner(bare), (error) => isInsynError(error, 'CONFIG_INVALID'));
  assert.throws(() => loadSubjectKeySecret(bare), (error) => isInsynError(error, 'CONFIG_INVALID'));
});

test('a signing key that is not Ed25519 PKCS#8 is a configuration error', () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  for (const pem of [rsa, 'not a key']) assert.throws(() => createCheckpointSigner(pem), (error) => isInsynError(error, 'CONFIG_INVALID'));
});

test('a checkpoint signature verifies with the public key and fails for any other claim', () => {
  const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const signer = createCheckpointSigner(pem);
  const claim = { chain: '2025-03:a', seq: 5, hash: 'ab'.repeat(32), signedAt: new Date('2025-03-01T00:00:00.000Z'), keyId: signer.keyId };
  const signature = signer.sign(claim);
  const key = createPublicKey(signer.publicKeyPem);
  assert.equal(verifyCheckpointSignature(key, claim, signature), true);
  for (const change of [{ seq: 6 }, { hash: 'cd'.repeat(32) }, { chain: '2025-03:b' }, { signedAt: new Date(1) }]) {
    assert.equal(verifyCheckpointSignature(key, { ...claim, ...change }, signature), false, JSON.stringify(change));
  }
  assert.equal(verifyCheckpointSignature(key, claim, 'garbage'), false);
});
