import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BackstopError } from '../../core/errors.ts';
import { createVpdqHasher, type VpdqFeature } from '../../core/vpdq/index.ts';
import { findFfmpeg } from './ffmpeg-path.ts';
import { probeVideo, type VideoStreamInfo } from './probe.ts';
import { runLimited } from './run-limited.ts';
import { sniffVideo, type VideoContainer } from './sniff.ts';

const DECODER_THREADS = Math.max(1, Math.min(4, availableParallelism()));

/** Largest video file accepted (bytes). */
export const MAX_VIDEO_FILE_BYTES = 4 * 1024 * 1024 * 1024;
/** Largest frame accepted (pixels): 8K UHD. */
export const DEFAULT_MAX_VIDEO_PIXELS = 7680 * 4320;
/** Longest video accepted (seconds). */
export const DEFAULT_MAX_VIDEO_SECONDS = 4 * 60 * 60;

export interface HashVideoOptions {
  /** 1 (default, as the reference library, its Python binding and python-threatexchange): one hash per second; 0: every frame (the reference CLI's default). */
  secondsPerHash?: number;
  maxPixels?: number;
  maxSeconds?: number;
  /** The decoder is killed after this long: by default 60 s plus 2 s per second of video. */
  timeoutMs?: number;
  /** Address-space limit of the decoder process: 3 GiB by default. */
  maxMemoryBytes?: number;
  /** Called after each hashed frame with the frames decoded so far and the expected total. */
  onProgress?: (decodedFrames: number, expectedFrames: number | undefined) => void;
}

/** A video's vPDQ and stream facts (hashVideoFrames); VideoHashes adds the file's digests. */
export interface VideoFrameHashes {
  vpdq: VpdqFeature[];
  width: number;
  height: number;
  /** As the stream says it ("30000/1001"). */
  frameRate: string;
  codec: string;
  /** Decoded frames (approximate from the last hashed frame when sampling). */
  durationSeconds?: number;
}

export interface VideoHashes extends VideoFrameHashes {
  md5: string;
  sha256: string;
}

async function fileDigests(path: string): Promise<{ md5: string; sha256: string }> {
  const md5 = createHash('md5');
  const sha256 = createHash('sha256');
  for await (const chunk of createReadStream(path)) {
    md5.update(chunk as Buffer);
    sha256.update(chunk as Buffer);
  }
  return { md5: md5.digest('hex'), sha256: sha256.digest('hex') };
}

async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const head = new Uint8Array(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function checkFile(path: string): Promise<number> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new BackstopError('file_not_found', `No such file: ${path}`, { status: 404 });
  }
  if (!info.isFile()) throw new BackstopError('not_a_file', `Not a file: ${path}`);
  if (info.size === 0) throw new BackstopError('empty_file', 'The video file is empty.');
  if (info.size > MAX_VIDEO_FILE_BYTES) {
    throw new BackstopError('file_too_large', 'The video file is larger than 4 GB.', { status: 413 });
  }
  return info.size;
}

function decodeError(stderr: string, stream: VideoStreamInfo): BackstopError {
  if (/decoder .*not found|unsupported codec|no decoder|could not find codec/i.test(stderr)) {
    return new BackstopError(
      'unsupported_format',
      `This video uses a codec (${stream.codec}) that cannot be decoded here.`,
      { status: 415 },
    );
  }
  if (
    /cannot allocate memory|out of memory|failed to map segment|resource temporarily unavailable|error while loading shared libraries/i.test(
      stderr,
    )
  ) {
    return new BackstopError('video_too_large', 'The video needs more memory to decode than is allowed.', {
      status: 413,
    });
  }
  if (/partial file|truncat|end of file/i.test(stderr)) {
    return new BackstopError('corrupt_video', 'The video file is cut off (truncated) and cannot be read.', {
      status: 422,
    });
  }
  return new BackstopError('corrupt_video', 'The video file is damaged and cannot be decoded.', {
    status: 422,
  });
}

/**
 * Decodes the first video stream with the ffmpeg program and hashes the frames the reference hashes.
 * The frames come as the reference's pixels: packed RGB24 at the stored size, swscale's `area`
 * flags, rotation metadata ignored, no frames duplicated or dropped (`-fps_mode passthrough`); only
 * every step-th frame is converted and sent (`select`).
 */
async function hashFrames(
  ffmpeg: string,
  path: string,
  container: VideoContainer,
  stream: VideoStreamInfo,
  options: HashVideoOptions,
): Promise<VpdqFeature[]> {
  const hasher = createVpdqHasher({
    width: stream.width,
    height: stream.height,
    frameRate: stream.frameRate,
    secondsPerHash: options.secondsPerHash ?? 1,
  });
  const step = hasher.step;
  const maxSeconds = options.maxSeconds ?? DEFAULT_MAX_VIDEO_SECONDS;
  const maxFrames = Math.ceil(maxSeconds * hasher.frameRate) + 1;
  const expectedFrames = stream.duration ? Math.round(stream.duration * hasher.frameRate) : undefined;
  const filters = step > 1 ? ['-vf', `select=not(mod(n\\,${step}))`] : [];
  const args = [
    '-nostdin',
    '-v',
    'error',
    '-noautorotate',
    // Decoding threads bounded, so the memory limit holds on many-core machines (decoders give
    // the same frames whatever the thread count).
    '-threads',
    String(DECODER_THREADS),
    '-f',
    container,
    '-i',
    `file:${path}`,
    '-map',
    `0:${stream.index}`,
    '-an',
    '-sn',
    '-dn',
    ...filters,
    '-fps_mode',
    'passthrough',
    '-sws_flags',
    'area',
    '-pix_fmt',
    'rgb24',
    '-f',
    'rawvideo',
    'pipe:1',
  ];
  const timeoutMs = options.timeoutMs ?? 60_000 + 2_000 * (stream.duration ?? maxSeconds);
  const run = runLimited(ffmpeg, args, {
    timeoutMs,
    maxMemoryBytes: options.maxMemoryBytes ?? 3 * 1024 * 1024 * 1024,
  });
  const frameBytes = stream.width * stream.height * 3;
  // Frames are assembled where the hasher reads them (its WebAssembly memory), saving a copy.
  let frame = hasher.frameBuffer(3) ?? new Uint8Array(frameBytes);
  let filled = 0;
  let sent = 0;
  let failure: unknown;
  run.child.stdout.on('data', (chunk: Buffer) => {
    if (failure) return;
    try {
      let offset = 0;
      while (offset < chunk.length) {
        const take = Math.min(frameBytes - filled, chunk.length - offset);
        frame.set(chunk.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === frameBytes) {
          const frameNumber = sent * step;
          if (frameNumber > maxFrames) {
            throw new BackstopError(
              'video_too_long',
              `The video is longer than ${Math.round(maxSeconds / 60)} minutes.`,
              {
                status: 413,
              },
            );
          }
          hasher.push(frame, frameNumber);
          frame = hasher.frameBuffer(3) ?? frame;
          sent++;
          filled = 0;
          options.onProgress?.(frameNumber + 1, expectedFrames);
        }
      }
    } catch (error) {
      failure = error;
      run.kill();
    }
  });
  const { code, timedOut, stderr } = await run.done;
  if (failure) throw failure;
  if (timedOut) {
    throw new BackstopError(
      'video_timeout',
      `Decoding the video took longer than ${Math.round(timeoutMs / 1000)} s.`,
      {
        status: 422,
      },
    );
  }
  if (code !== 0) throw decodeError(stderr, stream);
  if (filled !== 0 || sent === 0) throw decodeError(stderr || 'end of file', stream);
  return hasher.finish();
}

/**
 * vPDQ (the reference's sampled frames), MD5 and SHA-256 of a video file's path or bytes. Needs the
 * ffmpeg program (see findFfmpeg). Bytes are written to a private temporary file, removed after.
 * The file is read for its digests while it decodes.
 */
export async function hashVideo(
  input: string | Uint8Array,
  options: HashVideoOptions = {},
): Promise<VideoHashes> {
  return (await hashVideoWith(input, options, true)) as VideoHashes;
}

/** hashVideo without MD5 and SHA-256 (for `backstop hash VIDEO`, which prints only the vPDQ). */
export function hashVideoFrames(
  input: string | Uint8Array,
  options: HashVideoOptions = {},
): Promise<VideoFrameHashes> {
  return hashVideoWith(input, options, false);
}

async function hashVideoWith(
  input: string | Uint8Array,
  options: HashVideoOptions,
  digests: boolean,
): Promise<VideoFrameHashes | VideoHashes> {
  const tools = findFfmpeg();
  if (!tools) {
    throw new BackstopError(
      'video_decoder_missing',
      'Videos cannot be fingerprinted here: the ffmpeg program is not installed.',
      { status: 501 },
    );
  }
  let path: string;
  let tempDir: string | undefined;
  if (typeof input === 'string') {
    path = input;
  } else {
    if (input.length === 0) throw new BackstopError('empty_file', 'The video file is empty.');
    tempDir = await mkdtemp(join(tmpdir(), 'backstop-video-'));
    path = join(tempDir, 'video');
    await writeFile(path, input, { mode: 0o600 });
  }
  try {
    await checkFile(path);
    const container = sniffVideo(await readHead(path));
    if (!container) {
      throw new BackstopError(
        'unsupported_format',
        'This is not a video format Backstop reads (MP4, MOV, WebM, MKV, AVI, FLV, MPEG-TS, Ogg, WMV, GIF).',
        { status: 415 },
      );
    }
    const stream = await probeVideo(tools.ffprobe, path, container);
    const maxPixels = options.maxPixels ?? DEFAULT_MAX_VIDEO_PIXELS;
    if (stream.width * stream.height > maxPixels) {
      throw new BackstopError(
        'video_too_large',
        `The video's frames are ${stream.width}x${stream.height}; at most ${maxPixels} pixels are allowed.`,
        { status: 413 },
      );
    }
    const maxSeconds = options.maxSeconds ?? DEFAULT_MAX_VIDEO_SECONDS;
    if (stream.duration !== undefined && stream.duration > maxSeconds) {
      throw new BackstopError(
        'video_too_long',
        `The video is longer than ${Math.round(maxSeconds / 60)} minutes.`,
        {
          status: 413,
        },
      );
    }
    const [vpdq, sums] = await Promise.all([
      hashFrames(tools.ffmpeg, path, container, stream, options),
      digests ? fileDigests(path) : undefined,
    ]);
    return {
      vpdq,
      ...sums,
      width: stream.width,
      height: stream.height,
      frameRate: stream.frameRate,
      codec: stream.codec,
      durationSeconds: stream.duration,
    };
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

/** Whether `path` is a video file Backstop reads (by its first bytes; GIFs count as images). */
export async function isVideoFile(path: string): Promise<boolean> {
  try {
    const container = sniffVideo(await readHead(path));
    return container !== undefined && container !== 'gif';
  } catch {
    return false;
  }
}
