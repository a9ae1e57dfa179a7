/// <reference lib="webworker" />
import {
  BlobSource,
  EncodedPacketSink,
  Input,
  IsobmffInputFormat,
  MATROSKA,
  MP4,
  MPEG_TS,
  OGG,
  QTFF,
  WEBM,
  type InputVideoTrack,
} from 'mediabunny';
import {
  createVpdqHasher,
  formatVpdq,
  vpdqFrameRate,
  vpdqFrameStep,
  type VpdqHasher,
} from '../../../src/core/vpdq/index.ts';
import { MAX_VIDEO_PIXELS, MAX_VIDEO_SECONDS } from './limits.ts';
import { standardFrameRate } from './frame-rate.ts';
import { isShown, readEditLists, shownWindows, sttsFrameRate, type ShownWindows } from './edit-list.ts';
import { SkipMismatch, SkipPlan, type DecodeOrderSample } from './h264.ts';
import { createFrameReader } from './yuv.ts';
import type { VideoElementPlan } from './types.ts';

/**
 * vPDQ of a video file, decoded on this device with WebCodecs (VideoDecoder) and the mediabunny
 * demuxer: frames are numbered in decoder output order (presentation order) and every `step`-th one
 * is hashed, as the reference does. H.264 samples whose frame is not hashed are not decoded at all
 * when no other frame refers to them, or when only frames after the last hashed one of their GOP
 * could (h264.ts); every other packet is. Only the fingerprint text comes out.
 */
export interface VideoFingerprint {
  vpdq: string;
  frames: number;
  /** Frames not decoded at all: H.264 frames not hashed that no decoded frame refers to (h264.ts). */
  undecoded: number;
  seconds: number;
  width: number;
  height: number;
  codec: string;
}

/** Why no vPDQ could be made, in words for people (the file's MD5 is still made). */
export class VideoProblem extends Error {
  constructor(
    message: string,
    /** Set when the page may still try a `<video>` element. */
    readonly plan?: VideoElementPlan,
  ) {
    super(message);
  }
}

/**
 * Containers read here. Playlist formats (HLS) are left out on purpose: they would fetch other
 * files. No URL source is ever used: only the picked file is read.
 */
const FORMATS = [MP4, QTFF, WEBM, MATROSKA, MPEG_TS, OGG];

const UNREADABLE =
  'This browser could not read this video. It may be damaged, cut off, or saved in a way this browser cannot open.';
const NO_WEBCODECS =
  'This browser cannot take videos apart (it has no WebCodecs). A recent Chrome, Edge, Firefox or Safari can.';
const DECODE_QUEUE = 8;

async function videoTrack(input: Input): Promise<InputVideoTrack> {
  let track: InputVideoTrack | null;
  try {
    track = await input.getPrimaryVideoTrack();
  } catch {
    throw new VideoProblem(UNREADABLE);
  }
  if (!track)
    throw new VideoProblem(
      'This browser could not find any pictures in this video. It may be damaged, cut off, or sound only.',
    );
  return track;
}

/**
 * Frames, total duration and frame rate, from the packets' timing (no decoding). `times` holds only
 * the frames the edit list shows (the ones libavformat does not discard); the frame rate counts
 * every sample, as FFmpeg's avg_frame_rate does.
 */
export async function countFrames(
  track: InputVideoTrack,
  isobmff: boolean,
  shown: ShownWindows | null,
  sttsRate: number | null,
) {
  const sink = new EncodedPacketSink(track);
  let frames = 0;
  let seconds = 0;
  const times: number[] = [];
  /** Microsecond timestamps (the decoder's) of the frames shown, and of the ones the edit list hides. */
  const shownMicros: number[] = [];
  const hiddenMicros: number[] = [];
  /** Every sample in decoding order: its timestamp and whether the container marks it a key frame. */
  const decodeOrder: DecodeOrderSample[] = [];
  for await (const packet of sink.packets(undefined, undefined, { metadataOnly: true })) {
    frames += 1;
    decodeOrder.push({ micros: packet.microsecondTimestamp, key: packet.type === 'key' });
    seconds += packet.duration;
    if (isShown(shown, packet.timestamp)) {
      times.push(packet.timestamp);
      shownMicros.push(packet.microsecondTimestamp);
    } else hiddenMicros.push(packet.microsecondTimestamp);
    if (seconds > MAX_VIDEO_SECONDS) break;
  }
  if (frames === 0 || !(seconds > 0)) throw new VideoProblem(UNREADABLE);
  // MP4/MOV: frames / summed sample durations, as FFmpeg's avg_frame_rate; other containers keep
  // millisecond times, so FFmpeg rounds its estimate to a standard rate within 1 %.
  const rate = sttsRate ?? (isobmff ? frames / seconds : standardFrameRate(frames / seconds));
  // Decoders output frames in presentation order: frame n is the n-th smallest timestamp.
  times.sort((a, b) => a - b);
  return { frames, seconds, rate, times, shownMicros, hiddenMicros, decodeOrder };
}

type Timing = Awaited<ReturnType<typeof countFrames>>;

/**
 * Which packets may be left out undecoded (H.264 only, h264.ts), for one hash a second, as the app
 * hashes. Null: decode everything.
 */
export function skipPlan(config: VideoDecoderConfig, timing: Timing): SkipPlan | null {
  const step = vpdqFrameStep(1, vpdqFrameRate(timing.rate));
  return SkipPlan.create(config, timing.shownMicros, timing.hiddenMicros, step, timing.decodeOrder);
}

export async function vpdqOfVideo(
  file: File,
  onProgress: (fraction: number) => void,
): Promise<VideoFingerprint> {
  const input = new Input({ source: new BlobSource(file), formats: FORMATS });
  try {
    const format = await input.getFormat().catch(() => {
      throw new VideoProblem(UNREADABLE);
    });
    const track = await videoTrack(input);
    const width = track.codedWidth;
    const height = track.codedHeight;
    if (width * height > MAX_VIDEO_PIXELS) {
      throw new VideoProblem(
        `This video's pictures are too large to read on this device (${width}x${height}; the limit is 4K).`,
      );
    }
    const config = await track.getDecoderConfig().catch(() => null);
    if (!config) throw new VideoProblem(UNREADABLE);
    // The reference hashes the stored pixels: no rotation or flip from the file's metadata.
    const {
      rotation: _rotation,
      flip: _flip,
      ...stored
    } = config as VideoDecoderConfig & {
      rotation?: number;
      flip?: boolean;
    };
    const isobmff = format instanceof IsobmffInputFormat;
    // MP4/MOV edit lists: the frames libavformat discards are decoded but not counted here either.
    const edits = isobmff ? await readEditLists(file).catch(() => []) : [];
    const trackEdits = edits.find((e) => e.trackId === track.id);
    const shown = trackEdits ? shownWindows(trackEdits) : null;
    const sttsRate = trackEdits ? sttsFrameRate(trackEdits) : null;
    const timing = await countFrames(track, isobmff, shown, sttsRate).catch((error) => {
      throw error instanceof VideoProblem ? error : new VideoProblem(UNREADABLE);
    });
    if (timing.seconds > MAX_VIDEO_SECONDS) {
      throw new VideoProblem(
        `This video is longer than ${MAX_VIDEO_SECONDS / 60} minutes, which is too long to fingerprint here. A shorter clip of it works.`,
      );
    }
    const plan: VideoElementPlan = {
      times: timing.times,
      // With an edit list, Chromium's element shows the first frame kept at the edit's start
      // (after any empty edit), even when the edit starts part-way through an earlier frame.
      ...(shown && timing.times.length > 0
        ? { origin: timing.times[0] - (shown.windows[0]?.start ?? 0) }
        : {}),
      frameRate: timing.rate,
      width,
      height,
      rotation: track.rotation,
    };
    if (typeof VideoDecoder === 'undefined') throw new VideoProblem(NO_WEBCODECS, plan);
    const supported = await VideoDecoder.isConfigSupported(stored).catch(() => ({ supported: false }));
    if (!supported.supported) {
      throw new VideoProblem(
        `This browser cannot read videos saved as ${codecName(stored.codec)}. The same video saved as MP4 (H.264) or WebM usually works.`,
        plan,
      );
    }
    const skips = skipPlan(stored, timing);
    let features: Decoded | null = null;
    if (skips) {
      try {
        features = await decodeAndHash(track, stored, timing, shown, onProgress, skips);
      } catch {
        // Whatever went wrong, decoding every packet (as below) decides: it is the reference's way.
        features = null;
      }
    }
    features ??= await decodeAndHash(track, stored, timing, shown, onProgress, null);
    return {
      vpdq: formatVpdq(features.finish()),
      frames: features.decoded,
      undecoded: features.undecoded,
      seconds: timing.seconds,
      width,
      height,
      codec: stored.codec,
    };
  } finally {
    input.dispose();
  }
}

function codecName(codec: string): string {
  if (/^(hev1|hvc1)/.test(codec)) return 'HEVC (H.265, as many iPhones record)';
  if (/^avc/.test(codec)) return 'H.264';
  if (/^vp09/.test(codec)) return 'VP9';
  if (/^av01/.test(codec)) return 'AV1';
  return codec;
}

interface Decoded {
  finish: VpdqHasher['finish'];
  /** Frames counted (the reference's number of decoded frames), and how many were left out. */
  decoded: number;
  undecoded: number;
}

/**
 * Decodes the track and hashes the wanted frames. With a `plan`, packets it may leave out are not
 * decoded, frames are numbered from their timestamps, and every frame that comes out must be the
 * next one expected (the frames between it and the previous one all left out): otherwise this
 * throws SkipMismatch and the caller decodes everything.
 */
async function decodeAndHash(
  track: InputVideoTrack,
  config: VideoDecoderConfig,
  timing: Timing,
  shown: ShownWindows | null,
  onProgress: (fraction: number) => void,
  plan: SkipPlan | null,
): Promise<Decoded> {
  // Chunks (by microsecond timestamp, which the decoder gives back on the frame) whose frames the
  // edit list hides: decoded, since later frames may need them, but neither counted nor hashed.
  const hidden = new Set<number>();
  let hasher: VpdqHasher | null = null;
  let decoded = 0;
  let failure: unknown = null;
  // Wanted frames are read one at a time (copyTo is asynchronous), in output order.
  let reading: Promise<void> = Promise.resolve();
  let held = 0;
  let size: { width: number; height: number } | null = null;
  const readFrame = createFrameReader();
  const decoder = new VideoDecoder({
    output(frame) {
      if (hidden.size > 0 && hidden.has(frame.timestamp)) {
        frame.close();
        return;
      }
      let n = decoded++;
      if (plan) {
        try {
          n = plan.frameOut(frame.timestamp);
        } catch (error) {
          failure ??= error;
        }
      }
      const width = frame.visibleRect?.width ?? frame.codedWidth;
      const height = frame.visibleRect?.height ?? frame.codedHeight;
      try {
        hasher ??= createVpdqHasher({ width, height, frameRate: timing.rate });
        if (plan && hasher.step !== plan.step) throw new SkipMismatch();
        size ??= { width, height };
        if (width !== size.width || height !== size.height) {
          throw new VideoProblem('This video changes its picture size part-way, which cannot be read here.');
        }
      } catch (error) {
        failure ??= error;
      }
      if (failure || !hasher?.wants(n)) {
        frame.close();
        return;
      }
      held += 1;
      const into = hasher;
      reading = reading.then(async () => {
        try {
          if (failure) return;
          const read = await readFrame(frame, width, height);
          if (read.rows) into.pushRows(read.rows, n);
          else into.push(read.pixels, n, read.channels);
        } catch (error) {
          failure ??= error;
        } finally {
          frame.close();
          held -= 1;
        }
      });
    },
    error(error) {
      failure ??= error;
    },
  });
  try {
    decoder.configure(config);
    const sink = new EncodedPacketSink(track);
    const keys = new EncodedPacketSink(track);
    let sent = 0;
    let reported = 0;
    for await (const packet of sink.packets()) {
      if (failure) break;
      sent += 1;
      if (sent - reported >= 10) {
        reported = sent;
        onProgress(Math.min(1, sent / timing.frames));
      }
      const isHidden = !isShown(shown, packet.timestamp);
      const key = plan?.keyToCheck(packet.microsecondTimestamp);
      if (plan && key !== undefined) {
        // This packet ends a GOP (SkipPlan): is the next key frame an IDR picture? One read a GOP.
        const next = await keys.getNextKeyPacket(packet).catch(() => null);
        plan.confirmKey(key, next?.microsecondTimestamp === key ? next.data : null);
      }
      if (plan?.leaveOut(packet.microsecondTimestamp, isHidden, packet.data)) continue;
      if (isHidden) hidden.add(packet.microsecondTimestamp);
      decoder.decode(packet.toEncodedVideoChunk());
      while ((decoder.decodeQueueSize > DECODE_QUEUE || held > 2) && !failure) {
        // A decoder that fails stops sending 'dequeue': look again at least every 20 ms.
        await new Promise((resolve) => {
          decoder.addEventListener('dequeue', resolve, { once: true });
          setTimeout(resolve, 20);
        });
      }
    }
    if (!failure) await decoder.flush();
    await reading;
    if (plan && !failure) {
      plan.finish();
      decoded = plan.frameOf.size;
    }
  } catch (error) {
    failure ??= error;
  } finally {
    if (decoder.state !== 'closed') decoder.close();
  }
  if (failure || !hasher) {
    if (failure instanceof VideoProblem || failure instanceof SkipMismatch) throw failure;
    throw new VideoProblem(UNREADABLE);
  }
  const done: VpdqHasher = hasher;
  return { finish: () => done.finish(), decoded, undecoded: plan?.skipped.size ?? 0 };
}
