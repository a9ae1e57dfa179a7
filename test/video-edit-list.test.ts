// MP4/MOV edit lists in the Help app (web/src/hashing/edit-list.ts): which frames libavformat shows,
// in mediabunny's timestamps, and FFmpeg's avg_frame_rate from `stts`. The browser end to end (its
// vPDQ of edited files against `backstop hash`) is test/e2e/browser-vpdq-editlist.test.ts.
import { test } from 'node:test';
import assert from './assert.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  editListsOfMoov,
  isShown,
  readEditLists,
  shownWindows,
  sttsFrameRate,
  type TrackEdits,
} from '../web/src/hashing/edit-list.ts';
import { vpdqConformanceSets } from './fixtures/vpdq/conformance.ts';

function box(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}
const u32 = (...values: number[]) => {
  const b = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => b.writeUInt32BE(v >>> 0, 4 * i));
  return b;
};
/** A moov with one track: version-0 mvhd/tkhd/mdhd, an elst and an stts. */
function moov(
  movieScale: number,
  trackScale: number,
  edits: [number, number, number][],
  stts: [number, number][],
) {
  const elst = box(
    'elst',
    u32(0, edits.length),
    ...edits.map(([d, m, r]) => u32(d, m, Math.round(r * 65536))),
  );
  return box(
    'moov',
    box('mvhd', u32(0, 0, 0, movieScale, 0)),
    box(
      'trak',
      box('tkhd', u32(0, 0, 0, 7, 0)),
      box('edts', elst),
      box(
        'mdia',
        box('mdhd', u32(0, 0, 0, trackScale, 0)),
        box('minf', box('stbl', box('stts', u32(0, stts.length), ...stts.map(([n, d]) => u32(n, d))))),
      ),
    ),
  );
}
const parse = (m: Buffer): TrackEdits => {
  const [track] = editListsOfMoov(new DataView(m.buffer, m.byteOffset + 8, m.length - 8));
  return track;
};

test('reads the edits, timescales and stts of a moov, at the start or the end of a file', async () => {
  const m = moov(
    1000,
    12800,
    [
      [500, -1, 1],
      [3700, 17664, 1],
    ],
    [
      [124, 512],
      [1, 1024],
    ],
  );
  const track = parse(m);
  assert.deepEqual(track, {
    trackId: 7,
    movieTimescale: 1000,
    trackTimescale: 12800,
    edits: [
      { duration: 500, mediaTime: -1, rate: 1 },
      { duration: 3700, mediaTime: 17664, rate: 1 },
    ],
    sttsSamples: 125,
    sttsDuration: 124 * 512 + 1024,
  });
  const ftyp = box('ftyp', Buffer.from('isom\0\0\0\0', 'latin1'));
  const mdat = box('mdat', Buffer.alloc(3000));
  for (const file of [Buffer.concat([ftyp, m, mdat]), Buffer.concat([ftyp, mdat, m])]) {
    assert.deepEqual(await readEditLists(new Blob([file])), [track]);
  }
  assert.deepEqual(await readEditLists(new Blob([Buffer.concat([ftyp, mdat])])), []);
  assert.deepEqual(await readEditLists(new Blob([Buffer.from('not a video at all')])), []);
});

test('a trim (positive media_time): frames before the edit start and after its end are hidden', () => {
  // 25 fps at 12800: frames 512 apart. The edit starts at 17664 (frame 34.5) and lasts 2 s.
  const shown = shownWindows(parse(moov(1000, 12800, [[2000, 17664, 1]], [[100, 512]])))!;
  // mediabunny's timestamps: (pts - 17664) / 12800.
  const at = (pts: number) => (pts - 17664) / 12800;
  assert.equal(isShown(shown, at(17408)), false, 'frame 34 starts before the edit');
  assert.equal(isShown(shown, at(17920)), true, 'frame 35');
  assert.equal(isShown(shown, at(17664)), true, 'a frame exactly at the edit start');
  assert.equal(isShown(shown, at(17664 + 25600 - 256)), true, 'the last frame inside');
  assert.equal(isShown(shown, at(17664 + 25600)), false, 'at the edit end');
});

test('an empty edit shifts the timeline but hides nothing; mediabunny counts from the movie start', () => {
  const shown = shownWindows(
    parse(
      moov(
        1000,
        12800,
        [
          [500, -1, 1],
          [5000, 1024, 1],
        ],
        [[125, 512]],
      ),
    ),
  )!;
  assert.deepEqual(shown.windows, [{ start: 0.5, end: 5.5 }]);
  // mediabunny: (pts - (1024 - 6400)) / 12800; the first frame (pts 1024) is at 0.5 s.
  assert.equal(isShown(shown, (1024 + 5376) / 12800), true);
  assert.equal(isShown(shown, (512 + 5376) / 12800), false);
});

test('no edit list, or edits at another rate: every frame is kept', () => {
  assert.equal(shownWindows(parse(moov(1000, 12800, [], [[10, 512]]))), null);
  assert.equal(shownWindows(parse(moov(1000, 12800, [[2000, 0, 2]], [[10, 512]]))), null);
  assert.equal(isShown(null, -5), true);
});

test("stts gives FFmpeg's avg_frame_rate for every conformance MP4/MOV (the README's avg_frame_rate)", async (t) => {
  for (const set of vpdqConformanceSets()) {
    await t.test(set.name, { skip: set.skip }, async () => {
      const mp4s = set.videos.filter((v) => /\.(mp4|mov)$/.test(v.file));
      assert.ok(mp4s.length >= 5);
      for (const video of mp4s) {
        const tracks = await readEditLists(new Blob([readFileSync(join(set.root, 'videos', video.file))]));
        const [num, den = '1'] = video.avgFrameRate.split('/');
        const rate = sttsFrameRate(tracks[video.videoStreamIndex]);
        assert.equal(Math.fround(rate ?? NaN), Math.fround(Number(num) / Number(den)), video.file);
      }
    });
  }
});
