import { md5 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** MD5 of the bytes as 32 lower-case hex digits (the exact-copy fingerprint StopNCII uses for videos). */
export function md5Hex(bytes: Uint8Array): string {
  return bytesToHex(md5(bytes));
}

/** SHA-256 of the bytes as 64 lower-case hex digits. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
