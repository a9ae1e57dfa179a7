/**
 * MP4/MOV edit lists (`elst`), applied as libavformat applies them, so the browser numbers the same
 * frames as the reference and `backstop hash`. Phones, trimming without re-encoding
 * (`ffmpeg -ss 1.3 -c copy`) and encoders with B-frames store frames that are decoded but not
 * shown: libavformat marks the samples whose presentation time falls outside every edit as
 * "discard", the decoder drops those frames, and the reference never counts them. mediabunny only
 * shifts the timestamps by the first edit, so the frames to drop are found here, from the box.
 */

/** One edit: media times in the track's timescale; `duration` in the movie's (mvhd) timescale. */
export interface Edit {
  duration: number;
  /** -1: an empty edit (a pause before the media starts). */
  mediaTime: number;
  rate: number;
}

export interface TrackEdits {
  trackId: number;
  movieTimescale: number;
  trackTimescale: number;
  edits: Edit[];
  /** Samples and their summed durations (track units) in the `stts` box: FFmpeg's avg_frame_rate. */
  sttsSamples: number;
  sttsDuration: number;
}

/** The window (in mediabunny's packet seconds) whose frames are shown; frames outside are dropped. */
export interface ShownWindows {
  windows: { start: number; end: number }[];
}

const MAX_MOOV_BYTES = 64 * 1024 * 1024;

interface Box {
  type: string;
  /** Offset of the content and of the next box, in the buffer or file. */
  start: number;
  end: number;
}

function boxesIn(view: DataView, from: number, to: number): Box[] {
  const boxes: Box[] = [];
  let at = from;
  while (at + 8 <= to) {
    let size = view.getUint32(at);
    const type = String.fromCharCode(
      view.getUint8(at + 4),
      view.getUint8(at + 5),
      view.getUint8(at + 6),
      view.getUint8(at + 7),
    );
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) break;
      size = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (size === 0) size = to - at;
    if (size < header || at + size > to) break;
    boxes.push({ type, start: at + header, end: at + size });
    at += size;
  }
  return boxes;
}

const child = (view: DataView, box: Box, type: string) =>
  boxesIn(view, box.start, box.end).find((b) => b.type === type);

/** Timescale of an mvhd or mdhd box (same layout up to it). */
function timescaleOf(view: DataView, box: Box): number {
  const version = view.getUint8(box.start);
  return view.getUint32(box.start + (version === 1 ? 20 : 12));
}

function trackIdOf(view: DataView, tkhd: Box): number {
  const version = view.getUint8(tkhd.start);
  return view.getUint32(tkhd.start + (version === 1 ? 20 : 12));
}

function editsOf(view: DataView, elst: Box): Edit[] {
  const version = view.getUint8(elst.start);
  const count = view.getUint32(elst.start + 4);
  const entry = version === 1 ? 20 : 12;
  const edits: Edit[] = [];
  for (let i = 0, at = elst.start + 8; i < count && at + entry <= elst.end; i++, at += entry) {
    const duration = version === 1 ? Number(view.getBigUint64(at)) : view.getUint32(at);
    const mediaTime = version === 1 ? Number(view.getBigInt64(at + 8)) : view.getInt32(at + 4);
    const rate = view.getInt32(at + (version === 1 ? 16 : 8)) / 65536;
    edits.push({ duration, mediaTime, rate });
  }
  return edits;
}

function sttsTotals(view: DataView, stts: Box): { sttsSamples: number; sttsDuration: number } {
  const count = view.getUint32(stts.start + 4);
  let sttsSamples = 0;
  let sttsDuration = 0;
  for (let i = 0, at = stts.start + 8; i < count && at + 8 <= stts.end; i++, at += 8) {
    const samples = view.getUint32(at);
    sttsSamples += samples;
    sttsDuration += samples * view.getUint32(at + 4);
  }
  return { sttsSamples, sttsDuration };
}

/**
 * FFmpeg's avg_frame_rate of an MP4/MOV track: samples / summed sample durations in `stts`, which
 * counts the samples an edit list hides (mediabunny's packet durations follow presentation order,
 * so a trimmed file with a B-frame cut off at its end gives a different sum). Null without `stts`
 * samples (fragmented files).
 */
export function sttsFrameRate(track: TrackEdits): number | null {
  if (track.sttsSamples <= 0 || track.sttsDuration <= 0 || track.trackTimescale <= 0) return null;
  return (track.sttsSamples * track.trackTimescale) / track.sttsDuration;
}

/** The edit list of every track of a parsed `moov` box's content. */
export function editListsOfMoov(moov: DataView): TrackEdits[] {
  const top = { type: 'moov', start: 0, end: moov.byteLength };
  const mvhd = child(moov, top, 'mvhd');
  if (!mvhd) return [];
  const movieTimescale = timescaleOf(moov, mvhd);
  const tracks: TrackEdits[] = [];
  for (const trak of boxesIn(moov, 0, moov.byteLength).filter((b) => b.type === 'trak')) {
    const tkhd = child(moov, trak, 'tkhd');
    const mdia = child(moov, trak, 'mdia');
    const mdhd = mdia && child(moov, mdia, 'mdhd');
    if (!tkhd || !mdia || !mdhd) continue;
    const edts = child(moov, trak, 'edts');
    const elst = edts && child(moov, edts, 'elst');
    const minf = child(moov, mdia, 'minf');
    const stbl = minf && child(moov, minf, 'stbl');
    const stts = stbl && child(moov, stbl, 'stts');
    tracks.push({
      trackId: trackIdOf(moov, tkhd),
      movieTimescale,
      trackTimescale: timescaleOf(moov, mdhd),
      edits: elst ? editsOf(moov, elst) : [],
      ...(stts ? sttsTotals(moov, stts) : { sttsSamples: 0, sttsDuration: 0 }),
    });
  }
  return tracks;
}

async function bytes(file: Blob, from: number, to: number): Promise<DataView> {
  return new DataView(await file.slice(from, to).arrayBuffer());
}

/** Reads the `moov` box of an MP4/MOV file (at its start or its end) and returns its tracks' edits. */
export async function readEditLists(file: Blob): Promise<TrackEdits[]> {
  let at = 0;
  while (at + 8 <= file.size) {
    const head = await bytes(file, at, Math.min(file.size, at + 16));
    const [box] = boxesIn(head, 0, head.byteLength);
    let size: number;
    let header: number;
    if (box) {
      header = box.start;
      size = box.end - box.start + header;
    } else {
      // A box larger than the 16 bytes read: take its size from the header.
      size = head.getUint32(0);
      header = 8;
      if (size === 1 && head.byteLength >= 16) {
        size = Number(head.getBigUint64(8));
        header = 16;
      } else if (size === 0) size = file.size - at;
    }
    if (size < header) return [];
    const type = String.fromCharCode(head.getUint8(4), head.getUint8(5), head.getUint8(6), head.getUint8(7));
    if (type === 'moov') {
      if (size > MAX_MOOV_BYTES || at + size > file.size) return [];
      return editListsOfMoov(await bytes(file, at + header, at + size));
    }
    at += size;
  }
  return [];
}

/**
 * The stretches of the track that are shown, in mediabunny's packet timestamps (seconds). mediabunny
 * reports `(pts - offset) / timescale`, where `offset` is the first non-empty edit's media time less
 * the empty edits before it (rounded into the track's timescale, as mediabunny does). Null: no edit
 * list, or one this does not handle (a rate other than 1), so every frame is kept.
 */
export function shownWindows(track: TrackEdits): ShownWindows | null {
  const { edits, movieTimescale, trackTimescale } = track;
  if (edits.length === 0 || movieTimescale <= 0 || trackTimescale <= 0) return null;
  let emptyBefore = 0;
  let firstMediaTime: number | null = null;
  const raw: { start: number; end: number }[] = [];
  for (const edit of edits) {
    if (edit.mediaTime === -1) {
      if (firstMediaTime === null) emptyBefore += edit.duration;
      continue;
    }
    if (edit.rate !== 1) return null;
    firstMediaTime ??= edit.mediaTime;
    const length = (edit.duration * trackTimescale) / movieTimescale;
    // A duration of 0 in the last edit means "to the end" in files written by some tools.
    raw.push({ start: edit.mediaTime, end: length > 0 ? edit.mediaTime + length : Infinity });
  }
  if (firstMediaTime === null) return null;
  const offset = firstMediaTime - Math.round((emptyBefore / movieTimescale) * trackTimescale);
  return {
    windows: raw.map((w) => ({
      start: (w.start - offset) / trackTimescale,
      end: (w.end - offset) / trackTimescale,
    })),
  };
}

/** Whether a packet at `timestamp` (mediabunny seconds) is shown: libavformat discards the others. */
export function isShown(shown: ShownWindows | null, timestamp: number): boolean {
  if (!shown) return true;
  // Timestamps are integers over the timescale divided out: allow for the float rounding.
  const slack = 1e-9;
  return shown.windows.some((w) => timestamp >= w.start - slack && timestamp < w.end - slack);
}
