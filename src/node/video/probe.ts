import { BackstopError } from '../../core/errors.ts';
import { runLimited } from './run-limited.ts';
import type { VideoContainer } from './sniff.ts';

export interface VideoStreamInfo {
  /** Index of the stream in the file (the one `-map 0:INDEX` picks). */
  index: number;
  codec: string;
  width: number;
  height: number;
  /** `avg_frame_rate`, or `r_frame_rate` when that is 0/0, as ffprobe prints it ("30000/1001"). */
  frameRate: string;
  /** Seconds, when the container says. */
  duration?: number;
}

interface ProbeJson {
  streams?: {
    index?: number;
    codec_type?: string;
    codec_name?: string;
    width?: number;
    height?: number;
    avg_frame_rate?: string;
    r_frame_rate?: string;
    duration?: string;
    disposition?: { attached_pic?: number };
  }[];
  format?: { duration?: string };
}

const PROBE_TIMEOUT_MS = 30_000;
const PROBE_MEMORY_BYTES = 1024 * 1024 * 1024;

function truncatedOrCorrupt(stderr: string): BackstopError {
  if (/moov atom not found|end of file|truncat|partial file/i.test(stderr)) {
    return new BackstopError('corrupt_video', 'The video file is cut off (truncated) and cannot be read.', {
      status: 422,
    });
  }
  return new BackstopError('corrupt_video', 'The video file is damaged or not a video it claims to be.', {
    status: 422,
  });
}

/** The first video stream (cover pictures of audio files are not video), as the reference picks it. */
export async function probeVideo(
  ffprobe: string,
  path: string,
  container: VideoContainer,
): Promise<VideoStreamInfo> {
  const run = runLimited(
    ffprobe,
    [
      '-v',
      'error',
      '-f',
      container,
      '-print_format',
      'json',
      '-show_streams',
      '-show_format',
      '-i',
      `file:${path}`,
    ],
    { timeoutMs: PROBE_TIMEOUT_MS, maxMemoryBytes: PROBE_MEMORY_BYTES },
  );
  let stdout = '';
  run.child.stdout.setEncoding('utf8');
  run.child.stdout.on('data', (chunk: string) => {
    if (stdout.length < 4 * 1024 * 1024) stdout += chunk;
  });
  const { code, timedOut, stderr } = await run.done;
  if (timedOut) {
    throw new BackstopError('video_timeout', 'Reading the video took too long.', { status: 422 });
  }
  if (code !== 0) throw truncatedOrCorrupt(stderr);
  let json: ProbeJson;
  try {
    json = JSON.parse(stdout) as ProbeJson;
  } catch {
    throw truncatedOrCorrupt(stderr);
  }
  const streams = json.streams ?? [];
  const video = streams.find((s) => s.codec_type === 'video' && s.disposition?.attached_pic !== 1);
  if (!video) {
    const audio = streams.some((s) => s.codec_type === 'audio');
    throw new BackstopError(
      'no_video_stream',
      audio ? 'This file has sound but no video to fingerprint.' : 'This file has no video stream.',
      { status: 422 },
    );
  }
  const rate =
    video.avg_frame_rate && video.avg_frame_rate !== '0/0' ? video.avg_frame_rate : video.r_frame_rate;
  if (!video.width || !video.height || typeof video.index !== 'number') {
    throw truncatedOrCorrupt(stderr);
  }
  if (!rate || /^0\/|\/0$/.test(rate)) {
    throw new BackstopError(
      'corrupt_video',
      'The video does not say its frame rate, so it cannot be sampled.',
      {
        status: 422,
      },
    );
  }
  const duration = Number(video.duration ?? json.format?.duration);
  return {
    index: video.index,
    codec: video.codec_name ?? 'unknown',
    width: video.width,
    height: video.height,
    frameRate: rate,
    duration: Number.isFinite(duration) && duration > 0 ? duration : undefined,
  };
}
