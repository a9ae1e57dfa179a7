import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { sha256Hex } from './crypto.ts';
import * as store from './store.ts';
import { indicatorsOf } from '../indicators.ts';
import { makeThumbnail } from './thumbnail.ts';
import type { EvidenceItem, IdentifierType, OcrResult } from './types.ts';
import type { ReportDetails } from '../report/pack.ts';

/** Largest single file the locker takes (it is read and encrypted in memory). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** The locker locks itself after this long without use. */
const AUTO_LOCK_MS = 15 * 60 * 1000;
/** How long "Removed. Undo" stays; the item is deleted from the device only after it. */
export const UNDO_MS = 10_000;

/** A chat checked on "Check a conversation", waiting (in memory only) to be saved in the locker. */
export interface WaitingChat {
  title: string;
  text: string;
}

export type LockerState = 'loading' | 'none' | 'locked' | 'unlocked' | 'unavailable';

interface LockerValue {
  state: LockerState;
  items: EvidenceItem[];
  create: (passphrase: string) => Promise<void>;
  unlock: (passphrase: string) => Promise<void>;
  lock: () => void;
  wipe: () => Promise<void>;
  addFile: (file: File, readWords?: (file: File) => Promise<OcrResult>) => Promise<EvidenceItem>;
  addText: (title: string, text: string) => Promise<EvidenceItem>;
  addIdentifier: (type: IdentifierType, value: string) => Promise<EvidenceItem>;
  /** Hides the item at once and deletes it after UNDO_MS unless `undoRemove` is called. */
  remove: (id: string) => void;
  undoRemove: () => void;
  /** Deletes the item being removed now, without waiting for the undo time to run out. */
  removeNow: () => void;
  /** The item being removed, while "Undo" is still possible. */
  removing: EvidenceItem | null;
  waitingChat: WaitingChat | null;
  /** The report pack's answers for the police: kept in memory only, forgotten on lock. */
  reportDetails: ReportDetails;
  setReportDetails: (details: ReportDetails) => void;
  setWaitingChat: (chat: WaitingChat | null) => void;
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
  const [removing, setRemoving] = useState<EvidenceItem | null>(null);
  const removal = useRef<{ id: string; timer: number } | null>(null);
  const [waitingChat, setWaitingChat] = useState<WaitingChat | null>(null);
  const [reportDetails, setReportDetails] = useState<ReportDetails>({});

  /** Deletes the item waiting for its undo time now (another removal, or the locker locking). */
  const finishRemoval = useCallback(() => {
    const pending = removal.current;
    if (!pending) return;
    removal.current = null;
    window.clearTimeout(pending.timer);
    setRemoving(null);
    setItems((old) => old.filter((i) => i.id !== pending.id));
    // If this fails the item is still in the locker and comes back on the next unlock.
    void store.deleteItem(pending.id).catch(() => undefined);
  }, []);

  useEffect(() => {
    store
      .lockerExists()
      .then((exists) => setState(exists ? 'locked' : 'none'))
      .catch(() => setState('unavailable'));
  }, []);

  const lock = useCallback(() => {
    finishRemoval();
    keyRef.current = null;
    setItems([]);
    setReportDetails({});
    window.clearTimeout(timer.current);
    setState((s) => (s === 'unlocked' ? 'locked' : s));
  }, [finishRemoval]);

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
    items: removing ? items.filter((i) => i.id !== removing.id) : items,
    removing,
    waitingChat,
    setWaitingChat,
    reportDetails,
    setReportDetails,
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
      if (removal.current) window.clearTimeout(removal.current.timer);
      removal.current = null;
      setRemoving(null);
      await store.wipeLocker();
      keyRef.current = null;
      setItems([]);
      setState('none');
    },
    async addFile(file, readWords) {
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
      const ocr: OcrResult | null = readWords
        ? await readWords(file).catch(() => ({ outcome: 'could_not_run' as const, text: null }))
        : null;
      const text = ocr?.text ?? null;
      const thumbnail = await makeThumbnail(file);
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
        ...(thumbnail ? { thumbnail } : {}),
        ...(ocr ? { ocr: ocr.outcome } : {}),
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
    remove(id) {
      requireKey();
      const item = items.find((i) => i.id === id);
      if (!item) return;
      finishRemoval();
      removal.current = { id, timer: window.setTimeout(finishRemoval, UNDO_MS) };
      setRemoving(item);
    },
    removeNow: finishRemoval,
    undoRemove() {
      const pending = removal.current;
      if (!pending) return;
      window.clearTimeout(pending.timer);
      removal.current = null;
      setRemoving(null);
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
