/** Messages between the page and the hashing worker. */
export interface HashRequest {
  id: string;
  file: File;
}

export type FileKind = 'photo' | 'video';

export interface HashResult {
  id: string;
  kind: FileKind;
  md5: string;
  /** PDQ for pictures the browser can decode. */
  pdq?: string;
  quality?: number;
  /** Why there is no PDQ for a picture, in words for people. */
  note?: string;
}

export type HashReply =
  | { type: 'progress'; id: string; fraction: number }
  | { type: 'done'; result: HashResult }
  | { type: 'error'; id: string; message: string };
