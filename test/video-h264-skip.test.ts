// The Help app leaves out, undecoded, the H.264 samples no other frame refers to when it does not
// hash their frame (web/src/hashing/h264.ts). Checked here against FFmpeg, on x264 streams with
// B-frames and on the shipped H.264 fixtures: every sample's NAL units as FFmpeg's trace_headers
// reads them, the hashed frames never left out, and FFmpeg's decoder (the reference's, and
// Chromium's) giving the frames that are kept the same pixels, in the same order, with the others
// left out of the stream. The browser end to end (byte-identical vPDQ, frames left out) is
// test/e2e/browser-vpdq.test.ts.
import { test } from 'node:test';
import assert from './assert.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_FORMATS, BufferSource, EncodedPacketSink, Input, IsobmffInputFormat } from 'mediabunny';
import { ffmpegMissingReason } from '../src/node/video/index.ts';
import { readEditLists, shownWindows, sttsFrameRate, isShown } from '../web/src/hashing/edit-list.ts';
import {
  H264Skipper,
  nalUnits,
  parseAvcC,
  parseSps,
  sampleNals,
  SkipMismatch,
  SkipPlan,
} from '../web/src/hashing/h264.ts';
import { countFrames, skipPlan } from '../web/src/hashing/video.ts';
import { vpdqConformanceSets } from './fixtures/vpdq/conformance.ts';

const noFfmpeg = ffmpegMissingReason() ?? undefined;

/** Writes bits MSB first, with exp-Golomb codes, and adds emulation prevention. */
class BitWriter {
  private bits: number[] = [];
  u(n: number, value: number): this {
    for (let i = n - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2);
    return this;
  }
  ue(value: number): this {
    const code = value + 1;
    const length = Math.floor(Math.log2(code));
    return this.u(length, 0).u(length + 1, code);
  }
  nal(header: number): Uint8Array {
    this.u(1, 1);
    while (this.bits.length % 8) this.bits.push(0);
    const raw: number[] = [];
    for (let i = 0; i < this.bits.length; i += 8) raw.push(parseInt(this.bits.slice(i, i + 8).join(''), 2));
    const out = [header];
    let zeros = 0;
    for (const b of raw) {
      if (zeros >= 2 && b <= 3) {
        out.push(3);
        zeros = 0;
      }
      out.push(b);
      zeros = b === 0 ? zeros + 1 : 0;
    }
    return Uint8Array.from(out);
  }
}

/** A Main-profile SPS (id 0, 1280x720, POC type 0), with or without VUI and bitstream restriction. */
function sps(vui: 'none' | 'restricted' | 'unrestricted', reorder = 2): Uint8Array {
  const w = new BitWriter().u(8, 77).u(8, 0).u(8, 31).ue(0); // profile, constraints, level, id
  w.ue(0).ue(0).ue(0); // log2_max_frame_num_minus4, pic_order_cnt_type, log2_max_poc_lsb_minus4
  w.ue(4).u(1, 0).ue(79).ue(44).u(1, 1).u(1, 1).u(1, 0); // refs, gaps, 80x45 MBs, frame_mbs_only, 8x8, no crop
  if (vui === 'none') return w.u(1, 0).nal(0x67);
  w.u(1, 1).u(1, 0).u(1, 0).u(1, 0).u(1, 0); // vui: no aspect, overscan, signal type, chroma loc
  w.u(1, 1).u(32, 1).u(32, 60).u(1, 1); // timing: 1/60, fixed (zero bytes: emulation prevention)
  w.u(1, 0).u(1, 0).u(1, 0); // no NAL / VCL HRD, pic_struct_present_flag
  if (vui === 'unrestricted') return w.u(1, 0).nal(0x67);
  w.u(1, 1).u(1, 1).ue(2).ue(1).ue(16).ue(16).ue(reorder).ue(4);
  return w.nal(0x67);
}

function avcC(
  lengthSize: number,
  spss: Uint8Array[],
  ppss: Uint8Array[] = [Uint8Array.of(0x68, 0xee, 0x3c, 0x80)],
) {
  const out = [1, 77, 0, 31, 0xfc | (lengthSize - 1), 0xe0 | spss.length];
  for (const s of spss) out.push(s.length >> 8, s.length & 255, ...s);
  out.push(ppss.length);
  for (const p of ppss) out.push(p.length >> 8, p.length & 255, ...p);
  return Uint8Array.from(out);
}

/** Length-prefixed sample of these NAL units. */
function sample(lengthSize: number, ...nals: number[][]): Uint8Array {
  const out: number[] = [];
  for (const nal of nals) {
    for (let i = lengthSize - 1; i >= 0; i--) out.push(Math.floor(nal.length / 256 ** i) % 256);
    out.push(...nal);
  }
  return Uint8Array.from(out);
}

test('SPS: the bitstream restriction and max_num_reorder_frames are read, through emulation prevention', () => {
  const restricted = sps('restricted', 3);
  assert.ok(restricted.some((b, i) => b === 3 && restricted[i - 1] === 0 && restricted[i - 2] === 0));
  assert.deepEqual(parseSps(restricted), { id: 0, bitstreamRestriction: true, maxNumReorderFrames: 3 });
  assert.deepEqual(parseSps(sps('unrestricted')), {
    id: 0,
    bitstreamRestriction: false,
    maxNumReorderFrames: null,
  });
  assert.deepEqual(parseSps(sps('none')), { id: 0, bitstreamRestriction: false, maxNumReorderFrames: null });
  assert.equal(parseSps(Uint8Array.of(0x68, 1, 2, 3)), null, 'not an SPS');
  assert.equal(parseSps(restricted.subarray(0, 12)), null, 'cut off');
});

test('avcC and length-prefixed samples: lengths of 1, 2 and 4 bytes; malformed ones refused', () => {
  for (const size of [1, 2, 4]) {
    const config = parseAvcC(avcC(size, [sps('restricted')]));
    assert.equal(config?.lengthSize, size);
    assert.equal(config?.sps.length, 1);
    const s = sample(size, [0x09, 0xf0], [0x01, 0x9a, 0x00], [0x01, 0x9e, 0x11]);
    assert.deepEqual(
      nalUnits(s, size)?.map((n) => n[0]),
      [0x09, 0x01, 0x01],
    );
    assert.equal(nalUnits(s.subarray(0, s.length - 1), size), null, 'last NAL cut off');
  }
  assert.equal(parseAvcC(Uint8Array.of(0, 77, 0, 31, 0xff, 0xe0, 0)), null, 'version 0');
  assert.equal(nalUnits(Uint8Array.of(0, 0, 0, 0), 4), null, 'empty NAL unit');
});

test('droppable samples: only non-reference slices, with AUDs, filler and timing or user-data SEI', () => {
  const L = 4;
  const drop = (...nals: number[][]) => sampleNals(sample(L, ...nals), L).droppable;
  const b = [0x01, 0x9e, 0x11]; // type 1, nal_ref_idc 0
  const p = [0x21, 0x9a, 0x00]; // type 1, nal_ref_idc 1
  assert.equal(drop(b), true);
  assert.equal(drop(b, b), true, 'several slices');
  assert.equal(drop([0x09, 0xf0], b, [0x0c, 0xff, 0x80]), true, 'AUD, filler');
  assert.equal(drop(p), false, 'a reference slice');
  assert.equal(drop(b, p), false, 'one reference slice among others');
  assert.equal(drop([0x65, 0x88]), false, 'IDR');
  assert.equal(drop([0x09, 0xf0]), false, 'no slice');
  assert.equal(drop([0x07, ...sps('restricted').subarray(1)], b), false, 'an SPS');
  assert.equal(drop([0x08, 0xee], b), false, 'a PPS');
  assert.equal(drop([0x0a], b), false, 'end of sequence');
  assert.equal(drop([0x02, 0x80], [0x03, 0x80]), false, 'data partitions');
  assert.equal(drop([0x14, 0x80], b), false, 'MVC/SVC slice');
  // SEI: pic_timing (1) and buffering_period (0) are harmless; a 300-byte payload needs 0xff in its size.
  assert.equal(
    drop([0x06, 0x01, 0x02, 0xaa, 0xbb, 0x00, 0x01, 0xcc, 0x80], b),
    true,
    'pic timing, buffering period',
  );
  assert.equal(
    drop([0x06, 0x04, 0xff, 45, ...new Array(300).fill(0x11), 0x80], b),
    true,
    'registered user data',
  );
  assert.equal(drop([0x06, 0x05, 0x01, 0x11, 0x80], b), false, 'unregistered user data (x264 version)');
  assert.equal(drop([0x06, 0x06, 0x01, 0x84, 0x80], b), false, 'recovery point');
  assert.equal(drop([0x06, 0x13, 0x01, 0x00, 0x80], b), false, 'film grain');
  assert.equal(drop([0x06, 0x01, 0x09, 0xaa, 0x80], b), false, 'payload longer than the NAL');
});

test('skipping needs an SPS with the bitstream restriction, in the avcC or in band', () => {
  const L = 4;
  const b = sample(L, [0x01, 0x9e, 0x11]);
  const withSps = (s: Uint8Array) => sample(L, [...s], [0x68, 0xee, 0x3c, 0x80], [0x65, 0x88, 0x84]);
  assert.equal(H264Skipper.forTrack('avc1.4d001f', avcC(L, [sps('restricted')]))?.droppable(b), true);
  assert.equal(H264Skipper.forTrack('avc1.4d001f', avcC(L, [sps('unrestricted')]))?.droppable(b), false);
  assert.equal(H264Skipper.forTrack('avc1.4d001f', avcC(L, [sps('none')]))?.droppable(b), false);
  assert.equal(H264Skipper.forTrack('avc1.4d001f', undefined), null, 'Annex B: no avcC');
  assert.equal(H264Skipper.forTrack('hvc1.1.6.L93.B0', avcC(L, [sps('restricted')])), null, 'HEVC');
  assert.equal(H264Skipper.forTrack('vp09.00.10.08', avcC(L, [sps('restricted')])), null, 'VP9');
  // avc3: parameter sets in the samples.
  const avc3 = H264Skipper.forTrack('avc3.4d001f', avcC(L, []))!;
  assert.equal(avc3.droppable(b), false, 'no SPS seen yet');
  assert.equal(avc3.droppable(withSps(sps('restricted'))), false, 'a key frame');
  assert.equal(avc3.droppable(b), true);
  assert.equal(avc3.droppable(withSps(sps('unrestricted'))), false);
  assert.equal(avc3.droppable(b), false, 'an SPS without the restriction turns skipping off');
  assert.equal(avc3.droppable(withSps(sps('restricted'))), false);
  assert.equal(avc3.droppable(b), false, 'for the rest of the track');
});

test('the skip plan: hashed and other kept frames must come out in order, every one of them', () => {
  const L = 4;
  const config = { codec: 'avc1.4d001f', description: avcC(L, [sps('restricted')]) };
  const ref = sample(L, [0x21, 0x9a, 0x00]);
  const nonRef = sample(L, [0x01, 0x9e, 0x11]);
  // Decoding order I P b b P b b ..., presentation I b b P b b P: timestamps in ms as microseconds.
  const decodeOrder = [0, 3, 1, 2, 6, 4, 5, 9, 7, 8];
  const micros = decodeOrder.map((t) => t * 1000);
  const plan = () => SkipPlan.create(config, micros, [], 3)!;
  const p = plan();
  const left = decodeOrder.map((t, i) => p.leaveOut(t * 1000, false, i === 0 || t % 3 === 0 ? ref : nonRef));
  // Frames 0, 3, 6, 9 are hashed (and here references); 1, 2, 4, 5, 7, 8 are left out.
  assert.deepEqual(left, [false, false, true, true, false, true, true, false, true, true]);
  assert.deepEqual([...p.skipped].sort(), [1, 2, 4, 5, 7, 8]);
  assert.deepEqual(
    [0, 3, 6, 9].map((n) => p.frameOut(n * 1000)),
    [0, 3, 6, 9],
  );
  p.finish();
  // A non-reference frame that is hashed is decoded.
  const q = plan();
  assert.equal(q.leaveOut(0, false, ref), false);
  assert.equal(q.leaveOut(3000, false, nonRef), false, 'frame 3 is hashed');
  // Wrong order, a frame missing, an unknown frame, a packet not counted: SkipMismatch.
  const out = (order: number[], finish = true) => {
    const r = plan();
    decodeOrder.forEach((t, i) => r.leaveOut(t * 1000, false, i === 0 || t % 3 === 0 ? ref : nonRef));
    for (const n of order) r.frameOut(n * 1000);
    if (finish) r.finish();
  };
  assert.throws(() => out([0, 6, 3, 9]), SkipMismatch);
  assert.throws(() => out([0, 3, 9]), SkipMismatch);
  assert.throws(() => out([0, 3, 6]), SkipMismatch);
  assert.throws(() => out([0, 1]), SkipMismatch, 'a frame left out came out');
  assert.throws(() => out([0, 3, 6, 9, 10], false), SkipMismatch);
  assert.throws(() => plan().leaveOut(123, false, ref), SkipMismatch);
  // Hidden (edit list) frames are left out when droppable, and not counted.
  const h = SkipPlan.create(config, [0, 1000, 2000], [5000], 3)!;
  assert.equal(h.leaveOut(5000, true, nonRef), true);
  assert.equal(h.skipped.size, 0);
  // No plan: every frame hashed, two frames at one time, a hidden frame at a shown one's time.
  assert.equal(SkipPlan.create(config, micros, [], 1), null);
  assert.equal(SkipPlan.create(config, [0, 1000, 1000], [], 3), null);
  assert.equal(SkipPlan.create(config, [0, 1000], [1000], 3), null);
});

interface TracedPacket {
  bytes: number;
  nals: { type: number; refIdc: number }[];
  seiTypes: number[];
}

/** Every packet's NAL units (and SEI payload types) as FFmpeg's trace_headers bitstream filter reads them. */
function traceHeaders(file: string): { packets: TracedPacket[]; restriction: number[] } {
  const run = spawnSync(
    'ffmpeg',
    [
      '-nostats',
      '-v',
      'trace',
      '-i',
      file,
      '-map',
      '0:v:0',
      '-c',
      'copy',
      '-bsf:v',
      'trace_headers',
      '-f',
      'null',
      '-',
    ],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  assert.equal(run.status, 0, run.stderr.slice(-2000));
  const packets: TracedPacket[] = [];
  const restriction: number[] = [];
  for (const line of run.stderr.split('\n')) {
    // The progress line may share a line with a log line: `-nostats` and a search, not a prefix.
    if (!line.includes('[trace_headers')) continue;
    const packet = /Packet: (\d+) bytes/.exec(line);
    if (packet) packets.push({ bytes: Number(packet[1]), nals: [], seiTypes: [] });
    const nal = /nal_unit_type: (\d+)\(.*\), nal_ref_idc: (\d)/.exec(line);
    if (nal && packets.length)
      packets[packets.length - 1].nals.push({ type: Number(nal[1]), refIdc: Number(nal[2]) });
    const sei = /last_payload_type_byte\s+[01]+ = (\d+)/.exec(line);
    if (sei && packets.length) packets[packets.length - 1].seiTypes.push(Number(sei[1]));
    const flag = /\bbitstream_restriction_flag\s+[01]+ = (\d)/.exec(line);
    if (flag) restriction.push(Number(flag[1]));
  }
  return { packets, restriction };
}

interface Demuxed {
  plan: SkipPlan | null;
  config: VideoDecoderConfig;
  packets: { data: Uint8Array; micros: number; hidden: boolean }[];
}

/** The track as the app reads it (video.ts: edit lists, countFrames, skipPlan) and its packets. */
async function demux(file: string): Promise<Demuxed> {
  const bytes = readFileSync(file);
  const input = new Input({ source: new BufferSource(bytes), formats: ALL_FORMATS });
  try {
    const track = (await input.getPrimaryVideoTrack())!;
    const config = (await track.getDecoderConfig())!;
    const isobmff = (await input.getFormat()) instanceof IsobmffInputFormat;
    const edits = isobmff ? await readEditLists(new Blob([bytes])) : [];
    const trackEdits = edits.find((e) => e.trackId === track.id);
    const shown = trackEdits ? shownWindows(trackEdits) : null;
    const timing = await countFrames(track, isobmff, shown, trackEdits ? sttsFrameRate(trackEdits) : null);
    const packets: Demuxed['packets'] = [];
    for await (const p of new EncodedPacketSink(track).packets())
      packets.push({ data: p.data, micros: p.microsecondTimestamp, hidden: !isShown(shown, p.timestamp) });
    return { plan: skipPlan(config, timing), config, packets };
  } finally {
    input.dispose();
  }
}

/** MD5 of each frame FFmpeg decodes from these packets (Annex B, the avcC's SPS/PPS first), in output order. */
function decodedMd5s(config: VideoDecoderConfig, samples: Uint8Array[], dir: string): string[] {
  const avc = parseAvcC(new Uint8Array(config.description as ArrayBuffer))!;
  const start = Uint8Array.of(0, 0, 0, 1);
  const parts: Uint8Array[] = [];
  for (const nal of [...avc.sps, ...avc.pps]) parts.push(start, nal);
  for (const s of samples) for (const nal of nalUnits(s, avc.lengthSize)!) parts.push(start, nal);
  const path = join(dir, `stream-${samples.length}.h264`);
  const run = spawnSync(
    'ffmpeg',
    ['-v', 'error', '-f', 'h264', '-i', '-', '-fps_mode', 'passthrough', '-f', 'framemd5', '-'],
    { input: Buffer.concat(parts), encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  assert.equal(run.status, 0, `${path}: ${run.stderr}`);
  return run.stdout
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').pop()!.trim());
}

/**
 * Checks one H.264 file: the app's NAL reading against FFmpeg's, the hashed frames kept, and FFmpeg
 * decoding the kept packets alone to the same pixels as those frames in the whole stream. Returns
 * how many packets the plan leaves out.
 */
async function checkFile(
  file: string,
  dir: string,
): Promise<{ packets: number; left: number; plan: boolean; referenceLeft?: number }> {
  const { plan, config, packets } = await demux(file);
  const trace = traceHeaders(file);
  assert.equal(trace.packets.length, packets.length, `${file}: packets`);
  const lengthSize = parseAvcC(new Uint8Array(config.description as ArrayBuffer))!.lengthSize;
  packets.forEach((p, i) => {
    const t = trace.packets[i];
    assert.equal(p.data.length, t.bytes, `${file}: packet ${i} size`);
    const vcl = t.nals.filter((n) => n.type >= 1 && n.type <= 5);
    const ffmpegDroppable =
      vcl.length > 0 &&
      t.nals.every((n) => (n.type === 1 && n.refIdc === 0) || [6, 9, 12].includes(n.type)) &&
      t.seiTypes.every((s) => [0, 1, 3, 4].includes(s));
    assert.equal(sampleNals(p.data, lengthSize).droppable, ffmpegDroppable, `${file}: packet ${i} droppable`);
  });
  if (!plan) {
    assert.ok(
      trace.restriction.includes(0) || trace.restriction.length === 0,
      `${file}: no plan needs an unrestricted SPS`,
    );
    console.log(`# ${file.split('/').pop()}: no plan (SPS without the bitstream restriction)`);
    return { packets: packets.length, left: 0, plan: false };
  }
  const left = packets.map((p) => {
    // As video.ts: the sync sample after a GOP's tail is read (and checked for IDR) first.
    const key = plan.keyToCheck(p.micros);
    if (key !== undefined) plan.confirmKey(key, packets.find((q) => q.micros === key)?.data ?? null);
    return plan.leaveOut(p.micros, p.hidden, p.data);
  });
  // Reference pictures left out: only in GOP tails (sync samples never, nor parameter sets).
  const referenceLeft = packets.filter((p, i) => left[i] && !sampleNals(p.data, lengthSize).droppable);
  for (const p of referenceLeft)
    assert.equal(sampleNals(p.data, lengthSize).slicesOnly, true, `${file}: only slices left out`);
  // The hashed frames (every step-th shown frame in presentation order) are all kept.
  packets.forEach((p, i) => {
    const n = plan.frameOf.get(p.micros);
    if (n !== undefined && n % plan.step === 0)
      assert.equal(left[i], false, `${file}: hashed frame ${n} kept`);
  });
  // FFmpeg outputs in presentation order: whole stream frame k is the k-th packet by timestamp.
  const byTime = packets.map((p, i) => ({ micros: p.micros, i })).sort((a, b) => a.micros - b.micros);
  const whole = decodedMd5s(
    config,
    packets.map((p) => p.data),
    dir,
  );
  assert.equal(whole.length, packets.length, `${file}: FFmpeg decodes every packet`);
  const kept = decodedMd5s(
    config,
    packets.filter((_, i) => !left[i]).map((p) => p.data),
    dir,
  );
  const expected = byTime
    .filter(({ i }) => !left[i])
    .map(({ i }) => whole[byTime.findIndex((b) => b.i === i)]);
  assert.deepEqual(kept, expected, `${file}: the kept frames, decoded without the others`);
  const count = left.filter(Boolean).length;
  console.log(
    `# ${file.split('/').pop()}: ${count} of ${packets.length} packets left out (${referenceLeft.length} reference pictures in GOP tails), ${kept.length} decoded the same`,
  );
  return { packets: packets.length, left: count, plan: true, referenceLeft: referenceLeft.length };
}

const X264 = [
  { name: 'x264 veryfast, 3 B-frames, B-pyramid', args: ['-preset', 'veryfast', '-bf', '3'], minLeft: 0.3 },
  {
    name: 'x264, 2 B-frames, no pyramid',
    args: ['-bf', '2', '-x264-params', 'b-pyramid=none'],
    minLeft: 0.4,
  },
  {
    name: 'x264 with HRD SEI in every sample',
    args: ['-bf', '3', '-x264-params', 'nal-hrd=vbr:vbv-maxrate=800:vbv-bufsize=1600'],
    minLeft: 0.3,
  },
  { name: 'x264, 4 slices a frame', args: ['-bf', '3', '-slices', '4'], minLeft: 0.3 },
  { name: 'x264 baseline (no B-frames)', args: ['-profile:v', 'baseline'], minLeft: 0, maxTail: 24 },
  {
    name: 'x264, an IDR every 40 frames (GOP tails left out)',
    args: ['-preset', 'veryfast', '-bf', '3', '-g', '40', '-keyint_min', '40', '-sc_threshold', '0'],
    minLeft: 0.5,
    minTail: 25,
  },
  {
    name: 'x264 open GOP, an I frame every 40 (no tails but the last)',
    args: ['-bf', '3', '-g', '40', '-keyint_min', '40', '-sc_threshold', '0', '-x264-params', 'open-gop=1'],
    minLeft: 0.3,
    maxTail: 24,
  },
];

for (const { name, args, minLeft, minTail, maxTail } of X264 as ((typeof X264)[number] & {
  minTail?: number;
  maxTail?: number;
})[]) {
  test(
    `${name}: NAL units as FFmpeg reads them, hashed frames kept, the rest decodes the same without the others`,
    { skip: noFfmpeg },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'backstop-h264-skip-'));
      try {
        const file = join(dir, 'x264.mp4');
        const made = spawnSync(
          'ffmpeg',
          [
            '-v',
            'error',
            '-f',
            'lavfi',
            '-i',
            'testsrc2=s=320x240:r=25:d=6',
            '-c:v',
            'libx264',
            ...args,
            '-pix_fmt',
            'yuv420p',
            '-y',
            file,
          ],
          { encoding: 'utf8' },
        );
        assert.equal(made.status, 0, made.stderr);
        const got = await checkFile(file, dir);
        assert.equal(got.plan, true, 'x264 writes the bitstream restriction');
        assert.equal(got.packets, 150);
        assert.ok(got.left >= minLeft * got.packets, `${got.left} of ${got.packets} left out`);
        // Reference pictures are left out only in GOP tails: after the last hashed frame (frame
        // 125 at 25 fps: at most the 24 frames 126-149), and before an IDR, not an open GOP's I.
        // More than 24 shows tails before IDRs part-way.
        if (minTail !== undefined) assert.ok(got.referenceLeft! >= minTail, `${got.referenceLeft} in tails`);
        if (maxTail !== undefined) assert.ok(got.referenceLeft! <= maxTail, `${got.referenceLeft} in tails`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}

for (const set of vpdqConformanceSets()) {
  test(
    `the H.264 conformance videos (edit lists, odd rates, audio first), the same checks: ${set.name}`,
    { skip: noFfmpeg ?? set.skip, timeout: 900_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'backstop-h264-skip-'));
      try {
        let left = 0;
        let planned = 0;
        for (const video of set.videos.filter((v) => /\.(mp4|mov)$/.test(v.file))) {
          const got = await checkFile(join(set.root, 'videos', video.file), dir);
          left += got.left;
          if (got.plan) planned += 1;
        }
        assert.ok(planned >= 3 && left > 0, `${planned} videos with a plan, ${left} packets left out`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
}
