/**
 * The locker's cryptography, all WebCrypto: a key from the passphrase with PBKDF2-SHA-256 (slow on
 * purpose), and AES-256-GCM for every record, each with its own random 12-byte IV.
 */
export const PBKDF2_ITERATIONS = 600_000;
const VERIFIER_TEXT = 'backstop-locker-v1';

export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations = PBKDF2_ITERATIONS,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', salt, iterations, hash: 'SHA-256' },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function seal(key: CryptoKey, plain: BufferSource): Promise<Sealed> {
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain);
  return { iv, data };
}

/** Throws (OperationError) when the key is wrong or the data was changed. */
export async function open(key: CryptoKey, sealed: Sealed): Promise<ArrayBuffer> {
  return crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv }, key, sealed.data);
}

export async function sealJson(key: CryptoKey, value: unknown): Promise<Sealed> {
  return seal(key, new TextEncoder().encode(JSON.stringify(value)));
}

export async function openJson<T>(key: CryptoKey, sealed: Sealed): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await open(key, sealed))) as T;
}

/** A small sealed record that proves a passphrase is right before anything else is decrypted. */
export async function makeVerifier(key: CryptoKey): Promise<Sealed> {
  return seal(key, new TextEncoder().encode(VERIFIER_TEXT));
}

export async function checkVerifier(key: CryptoKey, verifier: Sealed): Promise<boolean> {
  try {
    return new TextDecoder().decode(await open(key, verifier)) === VERIFIER_TEXT;
  } catch {
    return false;
  }
}

export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
