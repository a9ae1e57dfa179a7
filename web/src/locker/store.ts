import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  checkVerifier,
  deriveKey,
  makeVerifier,
  openJson,
  open as openSealed,
  PBKDF2_ITERATIONS,
  randomBytes,
  seal,
  sealJson,
  type Sealed,
} from './crypto.ts';
import type { EvidenceItem } from './types.ts';

/**
 * The evidence locker on disk: IndexedDB, where every record is AES-GCM ciphertext. Only the salt,
 * the iteration count and a verifier are stored in the clear.
 */
interface LockerMeta {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  verifier: Sealed;
  createdAt: string;
}

interface LockerDB extends DBSchema {
  meta: { key: string; value: LockerMeta };
  items: { key: string; value: { id: string } & Sealed };
  files: { key: string; value: { id: string } & Sealed };
}

export const DB_NAME = 'backstop-locker';

/** A message for the person, safe to show as it is. */
export class LockerError extends Error {
  constructor(
    readonly code:
      'wrong_passphrase' | 'quota' | 'unavailable' | 'too_large' | 'unreadable' | 'exists' | 'missing',
    message: string,
  ) {
    super(message);
    this.name = 'LockerError';
  }
}

let dbPromise: Promise<IDBPDatabase<LockerDB>> | null = null;

function db(): Promise<IDBPDatabase<LockerDB>> {
  dbPromise ??= openDB<LockerDB>(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore('meta');
      database.createObjectStore('items', { keyPath: 'id' });
      database.createObjectStore('files', { keyPath: 'id' });
    },
  }).catch(() => {
    dbPromise = null;
    throw new LockerError(
      'unavailable',
      'This browser is not letting us save anything (this happens in some private windows). Try a normal window.',
    );
  });
  return dbPromise;
}

/** True for the ways browsers say "out of storage space" (they name it differently). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException) && !(error instanceof Error)) return false;
  if (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (error instanceof DOMException && error.code === 22) return true;
  return /quota|disk is full|no space/i.test(error.message);
}

/** What the person reads when the device is full: `what` names the thing that was not saved. */
export function outOfSpaceMessage(what = 'this'): string {
  return (
    `This device is out of space, so ${what} was not saved. Everything you saved before is still here. ` +
    'To make room, delete some old videos, photos or apps you do not need, then try again.'
  );
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof LockerError) throw error;
    if (isQuotaError(error)) throw new LockerError('quota', outOfSpaceMessage());
    throw error;
  }
}

/**
 * Refuses early, before a big file is read and encrypted, when the browser says there is not room
 * for it. The estimate is only a hint: when it is missing or fails, the write itself decides.
 */
export async function checkRoom(bytes: number, what?: string): Promise<void> {
  let free: number | null = null;
  try {
    const estimate = await navigator.storage?.estimate?.();
    if (estimate && typeof estimate.quota === 'number' && typeof estimate.usage === 'number') {
      free = estimate.quota - estimate.usage;
    }
  } catch {
    free = null;
  }
  if (free !== null && bytes > free) throw new LockerError('quota', outOfSpaceMessage(what));
}

export async function lockerExists(): Promise<boolean> {
  return Boolean(await (await db()).get('meta', 'locker'));
}

export async function createLocker(passphrase: string): Promise<CryptoKey> {
  const database = await db();
  if (await database.get('meta', 'locker')) {
    throw new LockerError('exists', 'There is already a locker on this device. Unlock it, or wipe it first.');
  }
  const salt = randomBytes(16);
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const verifier = await makeVerifier(key);
  await guard(() =>
    database.put(
      'meta',
      { salt, iterations: PBKDF2_ITERATIONS, verifier, createdAt: new Date().toISOString() },
      'locker',
    ),
  );
  return key;
}

export async function unlockLocker(passphrase: string): Promise<CryptoKey> {
  const meta = await (await db()).get('meta', 'locker');
  if (!meta) throw new LockerError('missing', 'There is no locker on this device yet.');
  const key = await deriveKey(passphrase, meta.salt, meta.iterations);
  if (!(await checkVerifier(key, meta.verifier))) {
    throw new LockerError(
      'wrong_passphrase',
      'That passphrase did not open the locker. Check for capital letters and spaces, and try again. Your evidence is still safe.',
    );
  }
  return key;
}

export async function listItems(key: CryptoKey): Promise<EvidenceItem[]> {
  const rows = await (await db()).getAll('items');
  const items = await Promise.all(rows.map((row) => openJson<EvidenceItem>(key, row)));
  return items.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

/** Saves the item and its file (if any) in one transaction: both are stored, or neither. */
export async function putItem(key: CryptoKey, item: EvidenceItem, file?: ArrayBuffer): Promise<void> {
  const sealedItem = await sealJson(key, item);
  const sealedFile = file ? await seal(key, file) : null;
  const database = await db();
  await guard(async () => {
    const tx = database.transaction(['items', 'files'], 'readwrite');
    try {
      await Promise.all([
        tx.objectStore('items').put({ id: item.id, ...sealedItem }),
        sealedFile ? tx.objectStore('files').put({ id: item.id, ...sealedFile }) : Promise.resolve(),
        tx.done,
      ]);
    } catch (error) {
      // Make sure nothing half-written is kept, then ask the transaction why it failed: on a full
      // disk a request may report the abort (AbortError) before the transaction says why
      // (QuotaExceededError).
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      await tx.done.catch(() => undefined);
      throw tx.error ?? error;
    }
  });
}

export async function readFile(key: CryptoKey, id: string): Promise<Uint8Array> {
  const row = await (await db()).get('files', id);
  if (!row) throw new LockerError('missing', 'That file is not in the locker any more.');
  return new Uint8Array(await openSealed(key, row));
}

export async function deleteItem(id: string): Promise<void> {
  const database = await db();
  const tx = database.transaction(['items', 'files'], 'readwrite');
  await Promise.all([tx.objectStore('items').delete(id), tx.objectStore('files').delete(id), tx.done]);
}

/** Deletes the whole locker database from this device. */
export async function wipeLocker(): Promise<void> {
  const database = await db();
  const tx = database.transaction(['meta', 'items', 'files'], 'readwrite');
  await Promise.all([
    tx.objectStore('meta').clear(),
    tx.objectStore('items').clear(),
    tx.objectStore('files').clear(),
    tx.done,
  ]);
}
