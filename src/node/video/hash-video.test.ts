// vPDQ of real videos through ffmpeg against the C++ reference's output, and clear errors for bad
// files. Skipped, saying why, when ffmpeg is not installed.
import { describe, it, before, after } from 'node:test';
import assert from '../../../test/assert.ts';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BackstopError } from '../../core/errors.ts';
import { formatVpdq, parseVpdq } from '../../core/vpdq/index.ts';
import { fixtureVideo, vpdqConformanceSets } from '../../../test/fixtures/vpdq/conformance.ts';
import { ffmpegMissingReason, findFfmpeg, hashVideo, hashVideoFrames } from './index.ts';

const noFfmpeg = ffmpegMissingReason();
const skip = noFfmpeg ? `skipped: ${noFfmpeg}` : undefined;

for (const set of vpdqConformanceSets()) {
  // Every frame on the fixtures; one per second (the default) on the full set, to keep the suite quick.
  const settings = set.kind === 'fixtures' ? ([0, 1] as const) : ([1] as const);
  describe(`vPDQ of videos decoded with ffmpeg: ${set.name}`, { skip: set.skip ?? skip }, () => {
    for (const video of set.videos) {
      for (const secondsPerHash of settings) {
        const setting = secondsPerHash === 0 ? 'every-frame' : '1s';
        it(`${video.file} (${setting}): the reference's frames, hashes and qualities`, async () => {
          const result = await hashVideo(resolve(set.root, 'videos', video.file), { secondsPerHash });
          const expected = set.expected(video.name, setting);
          if (video.videoStreamIndex === 0) {
            assert.equal(formatVpdq(result.vpdq), expected);
            return;
          }
          // Known deviation: the reference never drains the decoder when the video is not stream 0,
          // so it loses the last frames (2 of 125 here); we output every decoded frame.
          const reference = parseVpdq(expected);
          assert.deepEqual(result.vpdq.slice(0, reference.length), reference);
          const all = Math.ceil(
            video.decodedFrames / (result.vpdq[1].frameNumber - result.vpdq[0].frameNumber),
          );
          assert.equal(result.vpdq.length, all);
        });
      }
    }
  });
}

describe('hashVideo: digests, bytes input, progress', { skip }, () => {
  it('gives MD5 and SHA-256 of the file and the same result from bytes as from a path', async () => {
    const path = fixtureVideo('short_0.6s_320x240_30fps.mp4');
    const bytes = readFileSync(path);
    let progressCalls = 0;
    const fromPath = await hashVideo(path, { onProgress: () => progressCalls++ });
    const fromBytes = await hashVideo(new Uint8Array(bytes));
    assert.equal(fromPath.md5, createHash('md5').update(bytes).digest('hex'));
    assert.equal(fromPath.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.deepEqual(fromBytes, fromPath);
    assert.deepEqual(
      [fromPath.width, fromPath.height, fromPath.frameRate, fromPath.codec],
      [320, 240, '30/1', 'h264'],
    );
    assert.equal(progressCalls, 1);
  });

  it('hashVideoFrames: the same without the digests (the file is not read for them)', async () => {
    const path = fixtureVideo('short_0.6s_320x240_30fps.mp4');
    const { md5: _md5, sha256: _sha256, ...frames } = await hashVideo(path);
    const withoutDigests = await hashVideoFrames(path);
    assert.deepEqual(withoutDigests, frames);
    assert.ok(!('md5' in withoutDigests) && !('sha256' in withoutDigests));
  });
});

describe('hashVideo: bad input gets a clear error', { skip }, () => {
  let dir = '';
  const source = fixtureVideo('testsrc2_320x240_25fps.mp4');
  const write = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const fails = async (input: string | Uint8Array, code: string, options = {}, message?: RegExp) => {
    await assert.rejects(hashVideo(input, options), (error: unknown) => {
      assert.ok(error instanceof BackstopError, String(error));
      assert.equal(error.code, code, error.message);
      if (message) assert.match(error.message, message);
      assert.doesNotMatch(error.message, /\n|at .*\.ts/);
      return true;
    });
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'backstop-video-test-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('missing, empty and non-video files', async () => {
    await fails(join(dir, 'nope.mp4'), 'file_not_found');
    await fails(write('empty.mp4', ''), 'empty_file');
    await fails(new Uint8Array(0), 'empty_file');
    await fails(write('text.mp4', 'just some text, not a video at all\n'), 'unsupported_format');
    await fails(
      readFileSync(
        resolve(import.meta.dirname, '../../../test/fixtures/pdq/images/bridge-mods/aaa-orig.jpg'),
      ),
      'unsupported_format',
    );
  });

  it('a truncated file says it is truncated', async () => {
    const bytes = readFileSync(source);
    await fails(
      write('cut.mp4', bytes.subarray(0, Math.floor(bytes.length * 0.6))),
      'corrupt_video',
      {},
      /truncated/,
    );
  });

  it('a file with a video header and garbage after it is corrupt', async () => {
    const bytes = new Uint8Array(readFileSync(source));
    const garbage = new Uint8Array(bytes.length);
    garbage.set(bytes.subarray(0, 32));
    for (let i = 32; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
    await fails(write('garbage.mp4', garbage), 'corrupt_video');
  });

  it('audio only', async () => {
    const { ffmpeg } = findFfmpeg()!;
    const audio = join(dir, 'tone.m4a');
    execFileSync(ffmpeg, [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:duration=1',
      '-c:a',
      'aac',
      audio,
    ]);
    await fails(audio, 'no_video_stream', {}, /sound but no video/);
  });

  it('frames too large, too long, too slow, too much memory', async () => {
    await fails(source, 'video_too_large', { maxPixels: 320 * 239 });
    await fails(source, 'video_too_long', { maxSeconds: 5 });
    await fails(source, 'video_timeout', { timeoutMs: 1 });
    await fails(source, 'video_too_large', { maxMemoryBytes: 64 * 1024 * 1024 });
  });
});

describe('hashVideo without ffmpeg', () => {
  it('answers video_decoder_missing, and ffmpegMissingReason says how to install it', async () => {
    const saved = process.env.BACKSTOP_FFMPEG;
    process.env.BACKSTOP_FFMPEG = '/nonexistent/ffmpeg';
    try {
      assert.match(ffmpegMissingReason() ?? '', /install Debian's "ffmpeg" package/);
      await assert.rejects(
        hashVideo(fixtureVideo('short_0.6s_320x240_30fps.mp4')),
        (e: unknown) => e instanceof BackstopError && e.code === 'video_decoder_missing' && e.status === 501,
      );
    } finally {
      if (saved === undefined) delete process.env.BACKSTOP_FFMPEG;
      else process.env.BACKSTOP_FFMPEG = saved;
    }
  });
});
