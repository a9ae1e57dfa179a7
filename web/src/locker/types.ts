import type { Indicator } from '../../../src/core/indicators/index.ts';

export type EvidenceKind = 'file' | 'text' | 'identifier';

export type IdentifierType = 'username' | 'profile_link' | 'email' | 'phone' | 'payment' | 'other';

/** One item in the locker, as it is after decryption. */
export interface EvidenceItem {
  id: string;
  kind: EvidenceKind;
  title: string;
  /** ISO time the item was added to the locker. */
  addedAt: string;
  /** SHA-256 of the file bytes, or of the UTF-8 text. */
  sha256: string;
  size: number;
  fileName?: string;
  mimeType?: string;
  text?: string;
  identifierType?: IdentifierType;
  indicators: Indicator[];
  /** Where the indicators came from: the text itself, or OCR of a screenshot. */
  indicatorSource?: 'text' | 'ocr';
  /** A small JPEG preview of a picture (a data: URL), made on the device; sealed with the item. */
  thumbnail?: string;
  /** For a picture whose words were to be read: what OCR managed. */
  ocr?: OcrOutcome;
}

/** What reading the words in a screenshot came to. */
export type OcrOutcome = 'read' | 'no_words' | 'could_not_run' | 'not_a_screenshot';

export interface OcrResult {
  outcome: OcrOutcome;
  text: string | null;
}
