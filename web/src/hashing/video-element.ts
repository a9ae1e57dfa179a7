import { createVpdqHasher, formatVpdq } from '../../../src/core/vpdq/index.ts';
import type { VideoElementPlan } from './types.ts';

/**
 * vPDQ of a video through a `<video>` element, for browsers that can read the file's packets (the
 * hashing worker did, and sent `plan`) but cannot decode them with WebCodecs. It runs in the page,
 * since a worker cannot hold a `<video>`: the element is moved to the middle of each frame the
 * reference hashes (every `step`-th frame, by the packets' own times, so the frame numbers and
 * timestamps are the reference's), and that frame is drawn onto a canvas and hashed. The browser
 * converts the frame to RGB its own way (its colour matrix, its scaling of the colour planes), so
 * the hashes are close to the reference's, not exact (docs/video.md gives the measured difference).
 * The video is only read from the picked file (a `blob:` address of this page): nothing is sent.
 */
export class VideoElementStopped extends Error {}

const SEEK_TIMEOUT_MS = 30_000;
const FRAME_CHECK_MS = 1000;

function until(video: HTMLVideoElement, event: 'loadeddata' | 'seeked', signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (then: () => void) => () => {
      clearTimeout(timer);
      video.removeEventListener(event, onEvent);
      video.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      then();
    };
    const onEvent = done(resolve);
    const onError = done(() => reject(new Error('the browser could not play this video')));
    const onAbort = done(() => reject(new VideoElementStopped()));
    const timer = setTimeout(
      done(() => reject(new Error(`no ${event} in time`))),
      SEEK_TIMEOUT_MS,
    );
    video.addEventListener(event, onEvent);
    video.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
  });
}

/**
 * Waits until the sought frame can be drawn: after `seeked` the element may still have no frame
 * (HAVE_METADATA) or, under load, still show the one before. With requestVideoFrameCallback the
 * frame's own time is checked (up to FRAME_CHECK_MS; the very first frame may never be announced);
 * without it, a frame being there is all that can be known.
 */
async function frameShown(
  video: HTMLVideoElement,
  shown: { mediaTime: number },
  time: number,
  tolerance: number,
  signal?: AbortSignal,
): Promise<void> {
  const checked = 'requestVideoFrameCallback' in video;
  const started = performance.now();
  for (;;) {
    if (signal?.aborted) throw new VideoElementStopped();
    // Real time, not a count of waits: a page in the background gets its timers slowed.
    const waited = performance.now() - started;
    if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA) {
      if (!checked || Math.abs(shown.mediaTime - time) < tolerance || waited > FRAME_CHECK_MS) return;
    } else if (waited > SEEK_TIMEOUT_MS) throw new Error('the frame never came');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export async function vpdqWithVideoElement(
  file: Blob,
  plan: VideoElementPlan,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<string> {
  if (signal?.aborted) throw new VideoElementStopped();
  const url = URL.createObjectURL(file);
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  try {
    const loaded = until(video, 'loadeddata', signal);
    video.src = url;
    await loaded;
    // The element shows the frame turned by the file's rotation; the reference hashes it as stored.
    const turned = plan.rotation % 180 !== 0;
    const width = turned ? video.videoHeight : video.videoWidth;
    const height = turned ? video.videoWidth : video.videoHeight;
    if (!width || !height) throw new Error('no picture');
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
    if (!context) throw new Error('no canvas');
    // Turn the shown frame back by the rotation (counter-clockwise), keeping it on the canvas.
    const back: Record<number, [number, number]> = { 90: [0, height], 180: [width, height], 270: [width, 0] };
    const [dx, dy] = back[plan.rotation] ?? [0, 0];
    context.translate(dx, dy);
    context.rotate((-plan.rotation * Math.PI) / 180);

    // The presentation time of the frame on show (requestVideoFrameCallback, where the browser has it).
    const shown = { mediaTime: -1 };
    if ('requestVideoFrameCallback' in video) {
      const watch = () =>
        video.requestVideoFrameCallback((_now, metadata) => {
          shown.mediaTime = metadata.mediaTime;
          watch();
        });
      watch();
    }

    const hasher = createVpdqHasher({ width, height, frameRate: plan.frameRate });
    const { times } = plan;
    // The element's timeline starts at the first frame, or, for an MP4/MOV edit list, as the
    // plan says (an empty edit is a pause the element plays too).
    const start = plan.origin ?? times[0];
    const wanted = Math.ceil(times.length / hasher.step);
    let done = 0;
    for (let n = 0; n < times.length; n += hasher.step) {
      const next = n + 1 < times.length ? times[n + 1] : times[n] + 1 / plan.frameRate;
      const middle = (times[n] + next) / 2 - start;
      const seeked = until(video, 'seeked', signal);
      video.currentTime = Number.isFinite(video.duration) ? Math.min(middle, video.duration) : middle;
      await seeked;
      await frameShown(video, shown, times[n] - start, (next - times[n]) / 2, signal);
      context.drawImage(video, 0, 0, video.videoWidth, video.videoHeight);
      hasher.push(context.getImageData(0, 0, width, height).data, n, 4);
      done += 1;
      onProgress(done / wanted);
    }
    const features = hasher.finish();
    if (features.length === 0) throw new Error('no frames');
    return formatVpdq(features);
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}
