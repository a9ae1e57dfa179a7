import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { sha256Hex } from './crypto.ts';
import * as store from './store.ts';
import { indicatorsOf } from '../indicators.ts';
import type { EvidenceItem, IdentifierType } from './types.ts';

/** Largest single file the locker takes (it is read and encrypted in memory). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** The locker locks itself after this long without use. */
const AUTO_LOCK_MS = 15 * 60 * 1000;

export type LockerState = 'loading' | 'none' | 'locked' | 'unlocked' | 'unavailable';

interface LockerValue {
  state: LockerState;
  items: EvidenceItem[];
  create: (passphrase: string) => Promise<void>;
  unlock: (passphrase: string) => Promise<void>;
  lock: () => void;
  wipe: () => Promise<void>;
  addFile: (file: File, extractText?: (file: File) => Promise<string | null>) => Promise<EvidenceItem>;
  addText: (title: string, text: string) => Promise<EvidenceItem>;
  addIdentifier: (type: IdentifierType, value: string) => Promise<EvidenceItem>;
  remove: (id: string) => Promise<void>;
  readFile: (id: string) => Promise<Uint8Array>;
  defaultRegion?: string;
  setDefaultRegion: (region: string) => void;
}

const LockerContext = createContext<LockerValue | null>(null);

function newId(): string {
  return crypto.randomUUID();
}

export function LockerProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<LockerState>('loading');
  const [items, setItems] = useState<EvidenceItem[]>([]);
  const keyRef = useRef<CryptoKey | null>(null);
  const regionRef = useRef<string | undefined>(undefined);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    store
      .lockerExists()
      .then((exists) => setState(exists ? 'locked' : 'none'))
      .catch(() => setState('unavailable'));
  }, []);

  const lock = useCallback(() => {
    keyRef.current = null;
    setItems([]);
    window.clearTimeout(timer.current);
    setState((s) => (s === 'unlocked' ? 'locked' : s));
  }, []);

  const touch = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(lock, AUTO_LOCK_MS);
  }, [lock]);

  const requireKey = (): CryptoKey => {
    if (!keyRef.current) throw new store.LockerError('missing', 'The locker is locked. Unlock it first.');
    touch();
    return keyRef.current;
  };

  const save = async (item: EvidenceItem, file?: ArrayBuffer) => {
    await store.putItem(requireKey(), item, file);
    setItems((old) => [...old, item]);
    return item;
  };

  const value: LockerValue = {
    state,
    items,
    defaultRegion: regionRef.current,
    setDefaultRegion: (region) => {
      regionRef.current = region || undefined;
    },
    async create(passphrase) {
      keyRef.current = await store.createLocker(passphrase);
      // Ask the browser not to clear the locker when the device runs low on space.
      void navigator.storage?.persist?.().catch(() => false);
      setItems([]);
      setState('unlocked');
      touch();
    },
    async unlock(passphrase) {
      const key = await store.unlockLocker(passphrase);
      const list = await store.listItems(key);
      keyRef.current = key;
      setItems(list);
      setState('unlocked');
      touch();
    },
    lock,
    async wipe() {
      await store.wipeLocker();
      keyRef.current = null;
      setItems([]);
      setState('none');
    },
    async addFile(file, extractText) {
      requireKey();
      if (file.size > MAX_FILE_BYTES) {
        throw new store.LockerError(
          'too_large',
          `“${file.name}” is too big for the locker (the limit is 100 MB). Keep it safe on your device, and note where it is.`,
        );
      }
      const what = file.name ? `“${file.name}”` : 'this file';
      // AES-GCM adds 16 bytes; the record around it a little more.
      await store.checkRoom(file.size + 1024, what);
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        throw new store.LockerError(
          'unreadable',
          `We could not read ${what}. It may have been moved or deleted. Please choose it again.`,
        );
      }
      const text = extractText ? await extractText(file).catch(() => null) : null;
      const item: EvidenceItem = {
        id: newId(),
        kind: 'file',
        title: file.name || 'file',
        addedAt: new Date().toISOString(),
        sha256: await sha256Hex(bytes),
        size: file.size,
        fileName: file.name,
        mimeType: file.type || 'application/octet-stream',
        text: text ?? undefined,
        indicators: text ? await indicatorsOf(text, regionRef.current) : [],
        indicatorSource: text ? 'ocr' : undefined,
      };
      try {
        return await save(item, bytes);
      } catch (error) {
        if (error instanceof store.LockerError && error.code === 'quota') {
          throw new store.LockerError('quota', store.outOfSpaceMessage(what));
        }
        throw error;
      }
    },
    async addText(title, text) {
      const bytes = new TextEncoder().encode(text);
      return save({
        id: newId(),
        kind: 'text',
        title: title.trim() || 'Pasted messages',
        addedAt: new Date().toISOString(),
        sha256: await sha256Hex(bytes),
        size: bytes.byteLength,
        text,
        indicators: await indicatorsOf(text, regionRef.current),
        indicatorSource: 'text',
      });
    },
    async addIdentifier(type, raw) {
      const text = raw.trim();
      const bytes = new TextEncoder().encode(text);
      return save({
        id: newId(),
        kind: 'identifier',
        title: text,
        addedAt: new Date().toISOString(),
        sha256: await sha256Hex(bytes),
        size: bytes.byteLength,
        text,
        identifierType: type,
        indicators: await indicatorsOf(text, regionRef.current),
        indicatorSource: 'text',
      });
    },
    async remove(id) {
      requireKey();
      await store.deleteItem(id);
      setItems((old) => old.filter((i) => i.id !== id));
    },
    async readFile(id) {
      return store.readFile(requireKey(), id);
    },
  };

  return <LockerContext.Provider value={value}>{children}</LockerContext.Provider>;
}

export function useLocker(): LockerValue {
  const value = useContext(LockerContext);
  if (!value) throw new Error('useLocker outside LockerProvider');
  return value;
}
