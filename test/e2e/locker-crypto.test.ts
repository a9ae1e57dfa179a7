// The evidence locker's cryptography (web/src/locker/crypto.ts) under Node's WebCrypto.
import { test } from 'node:test';
import assert from '../assert.ts';
import { createHash } from 'node:crypto';
import {
  checkVerifier,
  deriveKey,
  makeVerifier,
  open,
  openJson,
  PBKDF2_ITERATIONS,
  randomBytes,
  sealJson,
  sha256Hex,
} from '../../web/src/locker/crypto.ts';

const FAST = 1000; // iterations for tests only; the app uses PBKDF2_ITERATIONS

test('the app uses a slow key derivation', () => {
  assert.ok(PBKDF2_ITERATIONS >= 600_000);
});

test('sealed records open with the right passphrase only', async () => {
  const salt = randomBytes(16);
  const key = await deriveKey('purple bus sandwich rain', salt, FAST);
  const sealed = await sealJson(key, { text: 'I have your pics', n: 1 });
  assert.deepEqual(await openJson(key, sealed), { text: 'I have your pics', n: 1 });
  assert.ok(!Buffer.from(sealed.data).toString('latin1').includes('pics'), 'ciphertext hides the text');

  const wrong = await deriveKey('purple bus sandwich rain!', salt, FAST);
  await assert.rejects(open(wrong, sealed));
  const verifier = await makeVerifier(key);
  assert.equal(await checkVerifier(key, verifier), true);
  assert.equal(await checkVerifier(wrong, verifier), false);
});

test('a changed byte is detected (AES-GCM), and every record has its own IV', async () => {
  const key = await deriveKey('correct horse', randomBytes(16), FAST);
  const a = await sealJson(key, 'same');
  const b = await sealJson(key, 'same');
  assert.notDeepEqual(Array.from(a.iv), Array.from(b.iv));
  const tampered = new Uint8Array(a.data.slice(0));
  tampered[0] ^= 1;
  await assert.rejects(open(key, { iv: a.iv, data: tampered.buffer }));
});

test('the same passphrase and salt give the same key; another salt does not', async () => {
  const salt = randomBytes(16);
  const sealed = await sealJson(await deriveKey('pass phrase', salt, FAST), 42);
  assert.equal(await openJson(await deriveKey('pass phrase', salt, FAST), sealed), 42);
  await assert.rejects(open(await deriveKey('pass phrase', randomBytes(16), FAST), sealed));
});

test('sha256Hex matches Node', async () => {
  const bytes = new TextEncoder().encode('evidence');
  assert.equal(await sha256Hex(bytes), createHash('sha256').update(bytes).digest('hex'));
});
