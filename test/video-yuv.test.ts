// The Help app converts decoded video frames to RGB itself (web/src/hashing/yuv.ts) so that its vPDQ
// sees the reference's pixels: on FFmpeg's own decoded YUV, the conversion must give FFmpeg's RGB
// (the conformance README's recipe, swscale with SWS_AREA) byte for byte, frame by frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ffmpegMissingReason } from '../src/node/video/index.ts';
import { LAYOUTS, rgbFromPlanes } from '../web/src/hashing/yuv.ts';
import { vpdqConformanceSets } from './fixtures/vpdq/conformance.ts';

function decode(path: string, pixFmt: string, frames: number[]): Buffer {
  const select = frames.map((n) => `eq(n\\,${n})`).join('+');
  const result = spawnSync(
    'ffmpeg',
    [
      '-v',
      'error',
      '-noautorotate',
      '-i',
      path,
      '-map',
      '0:v:0',
      '-vf',
      `select=${select}`,
      '-fps_mode',
      'passthrough',
      '-sws_flags',
      'area',
      '-pix_fmt',
      pixFmt,
      '-f',
      'rawvideo',
      'pipe:1',
    ],
    { maxBuffer: 1 << 30 },
  );
  assert.equal(result.status, 0, result.stderr?.toString());
  return result.stdout;
}

for (const set of vpdqConformanceSets()) {
  test(
    `YUV 4:2:0 to RGB as the reference's swscale, byte for byte (even heights): ${set.name}`,
    { skip: ffmpegMissingReason() ?? set.skip },
    () => {
      const checked: string[] = [];
      const notExact: string[] = [];
      for (const video of set.videos) {
        const { width: w, height: h } = video;
        const frames = set.kind === 'fixtures' ? [0, Math.floor(video.decodedFrames / 2)] : [0];
        const path = join(set.root, 'videos', video.file);
        const yuv = decode(path, 'yuv420p', frames);
        const rgb = decode(path, 'rgb24', frames);
        const cw = Math.ceil(w / 2);
        const ch = Math.ceil(h / 2);
        const frameBytes = w * h + 2 * cw * ch;
        let differ = 0;
        for (let f = 0; f < frames.length; f++) {
          const base = f * frameBytes;
          const planes = [
            { offset: base, stride: w },
            { offset: base + w * h, stride: cw },
            { offset: base + w * h + cw * ch, stride: cw },
          ];
          const mine = rgbFromPlanes(yuv, planes, LAYOUTS.I420, w, h);
          const want = rgb.subarray(f * w * h * 3, (f + 1) * w * h * 3);
          for (let i = 0; i < mine.length; i++) if (mine[i] !== want[i]) differ += 1;
        }
        const line = `${video.file} (${w}x${h}): ${differ} of ${frames.length * w * h * 3} bytes differ`;
        console.log(`# ${line}`);
        // An odd height takes swscale's general scaler (SWS_AREA), not reproduced: reported, not gated.
        if (h % 2 === 0) {
          checked.push(video.file);
          if (differ) notExact.push(line);
        }
      }
      assert.ok(checked.length >= 5, `sizes checked: ${checked.join(', ')}`);
      assert.deepEqual(notExact, []);
    },
  );
}
