/** Messages between the page and the hashing worker. */
export interface HashRequest {
  id: string;
  file: File;
  /** Also make the PDQ hashes of the picture rotated and mirrored (`variants`). */
  dihedral?: boolean;
}

export type FileKind = 'photo' | 'video';

export interface HashResult {
  id: string;
  kind: FileKind;
  md5: string;
  /** PDQ for pictures the browser can decode. */
  pdq?: string;
  quality?: number;
  /** With `dihedral`: the PDQ hashes of the picture rotated and mirrored (7, no photo data). */
  variants?: string[];
  /** vPDQ for videos the browser can decode: the reference's text (one line per sampled frame). */
  vpdq?: string;
  /** Videos: frames decoded and seconds of video. */
  frames?: number;
  seconds?: number;
  /** Videos: frames left out undecoded (never hashed, and no other frame needs them: h264.ts). */
  undecoded?: number;
  /** Why there is no PDQ for a picture (or vPDQ for a video), in words for people. */
  note?: string;
  /**
   * A video whose packets this browser can read but not decode (no WebCodecs, or not this codec):
   * what the page needs to try a `<video>` element instead (`video-element.ts`).
   */
  videoElement?: VideoElementPlan;
  /** The vPDQ was made with a `<video>` element: close to the reference's, not exact. */
  approximate?: boolean;
}

/**
 * What the page needs to step a `<video>` element through the reference's frames when this browser
 * can read a video's packets but not decode them.
 */
export interface VideoElementPlan {
  /** Presentation time (seconds) of every frame, in order: the reference's frame n is `times[n]`. */
  times: number[];
  /** The time in `times` that is the element's time 0; `times[0]` when not set. */
  origin?: number;
  frameRate: number;
  /** The stored frame size, and the file's rotation (clockwise degrees), which `<video>` applies. */
  width: number;
  height: number;
  rotation: number;
}

export type HashReply =
  | { type: 'progress'; id: string; fraction: number }
  | { type: 'done'; result: HashResult }
  | { type: 'error'; id: string; message: string };
