// vPDQ against the C++ reference's own outputs: PDQ on the frame pixels it hashed (bit-exact), its
// sampling and timestamps, its text format, and its matcher's percentages and decisions on every
// listed pair. Fixtures in test/fixtures/vpdq; the full set in ../shared/vpdq-conformance when present.
import { describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { VPDQ_SET_SIZES, vpdqConformanceSets } from '../../../test/fixtures/vpdq/conformance.ts';
import {
  formatFixed,
  formatVpdq,
  formatVpdqTimestamp,
  isVpdqMatch,
  matchVpdq,
  parseVpdq,
  pdqFromVideoFrame,
  vpdqFrameRate,
  vpdqFrameStep,
  vpdqTimestamp,
  type VpdqHash,
} from './index.ts';

for (const set of vpdqConformanceSets()) {
  describe(`vPDQ conformance: ${set.name}`, { skip: set.skip }, () => {
    it('has the whole set', () => {
      assert.equal(set.videos.length, VPDQ_SET_SIZES[set.kind].videos);
      assert.equal(set.frames.length, VPDQ_SET_SIZES[set.kind].frames);
      assert.equal(set.matches.length, VPDQ_SET_SIZES[set.kind].matches);
      assert.equal(set.allVideos.length, 28);
    });

    it('PDQ of the frame pixels the reference hashed is bit-exact (no 512x512 pre-resize)', async () => {
      for (const frame of set.frames) {
        const { data, info } = await sharp(resolve(set.root, 'frames', frame.png))
          .raw()
          .toBuffer({ resolveWithObject: true });
        assert.equal(info.channels, 3, frame.png);
        assert.deepEqual([info.width, info.height], [frame.width, frame.height], frame.png);
        const result = pdqFromVideoFrame(new Uint8Array(data), info.width, info.height, 3);
        assert.equal(result.hash, frame.pdq, frame.png);
        assert.equal(result.quality, frame.quality, frame.png);
      }
    });

    it('samples the frames the reference samples, with its timestamps (both settings)', () => {
      let checked = 0;
      for (const video of set.allVideos) {
        const rate = vpdqFrameRate(video.avgFrameRate);
        for (const [setting, secondsPerHash, count] of [
          ['every-frame', 0, video.hashesEveryFrame],
          ['1s', 1, video.hashes1s],
        ] as const) {
          if (!set.hasExpected(video.name, setting)) continue;
          const features = parseVpdq(set.expected(video.name, setting));
          assert.equal(features.length, count, `${video.name} ${setting}`);
          const step = vpdqFrameStep(secondsPerHash, rate);
          // Every step-th decoded frame; the audio-first file loses its last frames (the reference's quirk).
          const expectedNumbers = [];
          for (let n = 0; n < video.decodedFrames; n += step) expectedNumbers.push(n);
          const got = features.map((f) => f.frameNumber);
          assert.deepEqual(got, expectedNumbers.slice(0, got.length), `${video.name} ${setting}`);
          if (video.videoStreamIndex === 0) assert.equal(got.length, expectedNumbers.length, video.name);
          for (const f of features) {
            assert.equal(
              formatVpdqTimestamp(vpdqTimestamp(f.frameNumber, rate)),
              formatVpdqTimestamp(f.timestamp),
            );
          }
          checked++;
        }
      }
      assert.ok(checked >= (set.kind === 'fixtures' ? 35 : 56), `checked ${checked} hash files`);
    });

    it('the 29.97 fps video is sampled every 29 frames at one hash per second', () => {
      const cellauto = set.allVideos.find((v) => v.name.startsWith('cellauto'));
      assert.ok(cellauto);
      assert.equal(vpdqFrameStep(1, vpdqFrameRate(cellauto.avgFrameRate)), 29);
      const numbers = parseVpdq(set.expected(cellauto.name, '1s')).map((f) => f.frameNumber);
      assert.deepEqual(numbers.slice(0, 3), [0, 29, 58]);
    });

    it('prints the reference text format byte for byte', () => {
      for (const video of set.allVideos) {
        for (const setting of ['every-frame', '1s'] as const) {
          if (!set.hasExpected(video.name, setting)) continue;
          const text = set.expected(video.name, setting);
          assert.equal(formatVpdq(parseVpdq(text)), text, `${video.name} ${setting}`);
        }
      }
    });

    it("gives the reference matcher's percentages and every decision column on every pair", () => {
      const cache = new Map<string, VpdqHash>();
      const hashes = (name: string, setting: 'every-frame' | '1s') => {
        const key = `${setting}/${name}`;
        if (!cache.has(key)) cache.set(key, parseVpdq(set.expected(name, setting)));
        return cache.get(key)!;
      };
      for (const row of set.matches) {
        const q = hashes(row.query, row.hashes);
        const t = hashes(row.target, row.hashes);
        const label = `${row.hashes} ${row.query} vs ${row.target}`;
        const ref = matchVpdq(q, t);
        assert.equal(formatFixed(ref.queryMatchPercent, 2), row.queryMatchPercent, label);
        assert.equal(formatFixed(ref.comparedMatchPercent, 2), row.comparedMatchPercent, label);
        assert.equal(isVpdqMatch(ref, { queryPercent: 0, comparedPercent: 80 }), row.matchReadme, label);
        assert.equal(isVpdqMatch(ref), row.matchQuery80, label);
        const pytx = matchVpdq(q, t, { rule: 'pytx' });
        if (row.pytxQueryMatchPercent !== '') {
          assert.equal(formatFixed(pytx.queryMatchPercent, 2), row.pytxQueryMatchPercent, label);
          assert.equal(formatFixed(pytx.comparedMatchPercent, 2), row.pytxComparedMatchPercent, label);
        }
        assert.equal(isVpdqMatch(pytx), row.pytxMatch, label);
      }
    });
  });
}
