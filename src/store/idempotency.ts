import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { BackstopError } from '../core/errors.ts';

/**
 * An `Idempotency-Key` for POST /v1/cases: chosen by the client at random (the Help app sends 32
 * base64url characters, 192 bits), at least 22 characters so that it cannot be guessed.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

export function checkIdempotencyKey(key: string): string {
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw new BackstopError(
      'invalid_idempotency_key',
      'The Idempotency-Key header must be 22 to 128 random letters, digits, "-" or "_".',
    );
  }
  return key;
}

const derive = (key: string, info: string) =>
  Buffer.from(hkdfSync('sha256', Buffer.from(key, 'utf8'), Buffer.alloc(0), info, 32));

/** The stored lookup id of a key: an HKDF output, so the table never holds the key itself. */
export function idempotencyKeyId(key: string): string {
  return derive(key, 'backstop case request id v1').toString('base64url');
}

/** A digest of what was asked for, so that one key cannot be replayed for different fingerprints. */
export function requestDigest(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url');
}

/** AES-256-GCM under a second HKDF output of the key: only a holder of the key can open it. */
export function sealWithKey(key: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', derive(key, 'backstop case pin seal v1'), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

export function openWithKey(key: string, sealed: string): string {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    derive(key, 'backstop case pin seal v1'),
    bytes.subarray(0, 12),
  );
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
}
