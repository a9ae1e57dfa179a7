/**
 * Which H.264 samples need not be decoded at all. With one hash per second most decoded frames are
 * never hashed, and in H.264 a picture whose VCL NAL units all have nal_ref_idc 0 is never used to
 * predict any other picture (7.4.1: "nal_ref_idc equal to 0 ... not used for inter prediction"), so
 * leaving such a sample out changes no other picture's pixels. It changes nothing else either:
 *
 * - frame_num: a non-reference picture carries PrevRefFrameNum + 1, the same as the next reference
 *   picture (7.4.3), so leaving it out makes no gap in frame_num;
 * - picture order counts: type 0 counts from the previous *reference* picture (8.2.1.1); types 1
 *   and 2 add MaxFrameNum once at the frame_num wrap, whichever picture sees it first (8.2.1.2-3);
 * - reference marking: a non-reference picture has no dec_ref_pic_marking (no MMCO, no sliding window);
 * - output order: with the SPS's bitstream restriction, FFmpeg (the reference's decoder and
 *   Chromium's) holds max_num_reorder_frames pictures and outputs the one with the lowest picture
 *   order count; a conforming stream (no picture preceded in decoding order and followed in output
 *   order by more than that many) stays conforming with pictures taken out, so the pictures left
 *   come out in the same order as before. Without the restriction FFmpeg guesses the reorder depth
 *   from what it sees (h264_select_output_frame), which pictures taken out could change: no skipping.
 *
 * A sample is only left out when every NAL unit in it is a non-reference coded slice (type 1 with
 * nal_ref_idc 0), an access unit delimiter, filler, or SEI whose messages only describe timing or
 * user data that FFmpeg keeps as side data (payload types 0, 1, 3, 4). Anything else (parameter
 * sets, end of sequence, data partitions, SVC/MVC, recovery points, film grain, x264's version SEI,
 * which FFmpeg uses for its bug workarounds) keeps the sample. The caller still checks, frame by
 * frame, that the decoder's output is the one expected (video.ts), and decodes everything if not.
 */

/** The parts of an `avcC` box (AVCDecoderConfigurationRecord) needed here. */
export interface AvcConfig {
  /** Bytes in each NAL unit's length prefix (lengthSizeMinusOne + 1): 1, 2 or 4. */
  lengthSize: number;
  sps: Uint8Array[];
  pps: Uint8Array[];
}

export function parseAvcC(record: Uint8Array): AvcConfig | null {
  if (record.length < 7 || record[0] !== 1) return null;
  const lengthSize = (record[4] & 3) + 1;
  if (lengthSize === 3) return null;
  let at = 5;
  const read = (count: number): Uint8Array[] | null => {
    const out: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 2 > record.length) return null;
      const size = (record[at] << 8) | record[at + 1];
      at += 2;
      if (at + size > record.length) return null;
      out.push(record.subarray(at, at + size));
      at += size;
    }
    return out;
  };
  const sps = read(record[at++] & 0x1f);
  if (!sps || at >= record.length) return null;
  const pps = read(record[at++]);
  if (!pps) return null;
  return { lengthSize, sps, pps };
}

/** NAL units of a length-prefixed (AVCC) sample; null if the lengths do not tile the sample. */
export function nalUnits(sample: Uint8Array, lengthSize: number): Uint8Array[] | null {
  const out: Uint8Array[] = [];
  let at = 0;
  while (at < sample.length) {
    if (at + lengthSize > sample.length) return null;
    let size = 0;
    for (let i = 0; i < lengthSize; i++) size = size * 256 + sample[at + i];
    at += lengthSize;
    if (size === 0 || at + size > sample.length) return null;
    out.push(sample.subarray(at, at + size));
    at += size;
  }
  return out;
}

/** A NAL unit's payload with emulation prevention bytes (00 00 03) removed, header byte dropped. */
function rbsp(nal: Uint8Array, headerBytes = 1): Uint8Array {
  const out = new Uint8Array(nal.length);
  let n = 0;
  let zeros = 0;
  for (let i = headerBytes; i < nal.length; i++) {
    const b = nal[i];
    if (zeros >= 2 && b === 3) {
      zeros = 0;
      continue;
    }
    zeros = b === 0 ? zeros + 1 : 0;
    out[n++] = b;
  }
  return out.subarray(0, n);
}

class Bits {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  bit(): number {
    if (this.at >= this.bytes.length * 8) throw new RangeError('past the end');
    const b = (this.bytes[this.at >> 3] >> (7 - (this.at & 7))) & 1;
    this.at += 1;
    return b;
  }
  bits(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) v = v * 2 + this.bit();
    return v;
  }
  ue(): number {
    let zeros = 0;
    while (this.bit() === 0) if (++zeros > 31) throw new RangeError('bad exp-Golomb code');
    return 2 ** zeros - 1 + this.bits(zeros);
  }
  se(): number {
    const k = this.ue();
    return k % 2 ? (k + 1) / 2 : -k / 2;
  }
}

export interface SpsInfo {
  id: number;
  /** vui_parameters: bitstream_restriction_flag, and max_num_reorder_frames when it is set. */
  bitstreamRestriction: boolean;
  maxNumReorderFrames: number | null;
}

function skipScalingList(bits: Bits, size: number): void {
  let last = 8;
  let next = 8;
  for (let j = 0; j < size; j++) {
    if (next !== 0) next = (last + bits.se() + 256) % 256;
    last = next === 0 ? last : next;
  }
}

function skipHrd(bits: Bits): void {
  const count = bits.ue() + 1;
  bits.bits(8); // bit_rate_scale, cpb_size_scale
  for (let i = 0; i < count; i++) {
    bits.ue();
    bits.ue();
    bits.bit();
  }
  bits.bits(20); // four 5-bit lengths
}

/** Reads a sequence parameter set NAL unit (header byte included) up to its bitstream restriction. */
export function parseSps(nal: Uint8Array): SpsInfo | null {
  if (nal.length < 4 || (nal[0] & 0x1f) !== 7) return null;
  try {
    const bits = new Bits(rbsp(nal));
    const profile = bits.bits(8);
    bits.bits(16); // constraint flags, level_idc
    const id = bits.ue();
    if ([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135].includes(profile)) {
      const chroma = bits.ue();
      if (chroma === 3) bits.bit(); // separate_colour_plane_flag
      bits.ue(); // bit_depth_luma_minus8
      bits.ue(); // bit_depth_chroma_minus8
      bits.bit(); // qpprime_y_zero_transform_bypass_flag
      if (bits.bit()) {
        for (let i = 0; i < (chroma !== 3 ? 8 : 12); i++)
          if (bits.bit()) skipScalingList(bits, i < 6 ? 16 : 64);
      }
    }
    bits.ue(); // log2_max_frame_num_minus4
    const pocType = bits.ue();
    if (pocType === 0) bits.ue();
    else if (pocType === 1) {
      bits.bit();
      bits.se();
      bits.se();
      const cycle = bits.ue();
      for (let i = 0; i < cycle; i++) bits.se();
    }
    bits.ue(); // max_num_ref_frames
    bits.bit(); // gaps_in_frame_num_value_allowed_flag
    bits.ue(); // pic_width_in_mbs_minus1
    bits.ue(); // pic_height_in_map_units_minus1
    if (!bits.bit()) bits.bit(); // frame_mbs_only_flag, mb_adaptive_frame_field_flag
    bits.bit(); // direct_8x8_inference_flag
    if (bits.bit()) for (let i = 0; i < 4; i++) bits.ue(); // frame cropping
    let bitstreamRestriction = false;
    let maxNumReorderFrames: number | null = null;
    if (bits.bit()) {
      if (bits.bit() && bits.bits(8) === 255) bits.bits(32); // aspect_ratio_idc, Extended_SAR
      if (bits.bit()) bits.bit(); // overscan
      if (bits.bit()) {
        bits.bits(4); // video_format, video_full_range_flag
        if (bits.bit()) bits.bits(24); // colour description
      }
      if (bits.bit()) {
        bits.ue();
        bits.ue();
      }
      if (bits.bit()) bits.bits(65); // timing info
      const nalHrd = bits.bit();
      if (nalHrd) skipHrd(bits);
      const vclHrd = bits.bit();
      if (vclHrd) skipHrd(bits);
      if (nalHrd || vclHrd) bits.bit(); // low_delay_hrd_flag
      bits.bit(); // pic_struct_present_flag
      if (bits.bit()) {
        bitstreamRestriction = true;
        bits.bit();
        for (let i = 0; i < 4; i++) bits.ue();
        maxNumReorderFrames = bits.ue();
        bits.ue(); // max_dec_frame_buffering
      }
    }
    return { id, bitstreamRestriction, maxNumReorderFrames };
  } catch {
    return null;
  }
}

/** SEI payload types that change no picture: buffering period, picture timing, filler, registered user data. */
const HARMLESS_SEI = new Set([0, 1, 3, 4]);

function seiIsHarmless(nal: Uint8Array): boolean {
  const data = rbsp(nal);
  let at = 0;
  // Messages until the rbsp trailing bits (a lone 0x80).
  while (at < data.length && !(data[at] === 0x80 && at === data.length - 1)) {
    let type = 0;
    while (data[at] === 0xff) {
      type += 255;
      at += 1;
    }
    if (at >= data.length) return false;
    type += data[at++];
    let size = 0;
    while (data[at] === 0xff) {
      size += 255;
      at += 1;
    }
    if (at >= data.length) return false;
    size += data[at++];
    if (!HARMLESS_SEI.has(type)) return false;
    at += size;
    if (at > data.length) return false;
  }
  return true;
}

/** What one sample holds, for the skip decision. */
export interface SampleNals {
  /** Every VCL NAL unit is a non-reference slice (type 1, nal_ref_idc 0), and nothing else matters. */
  droppable: boolean;
  /**
   * Every VCL NAL unit is a non-IDR slice (type 1, reference or not), and nothing else matters: the
   * sample may be left out when nothing decoded after it refers to it (the tail of a GOP, SkipPlan).
   */
  slicesOnly: boolean;
  /** At least one VCL NAL unit, all of them IDR slices (type 5): no later picture refers to an earlier one. */
  idr: boolean;
  /** Sequence parameter sets carried in the sample (avc3, or repeated ones). */
  sps: Uint8Array[];
}

export function sampleNals(sample: Uint8Array, lengthSize: number): SampleNals {
  const nals = nalUnits(sample, lengthSize);
  if (!nals) return { droppable: false, slicesOnly: false, idr: false, sps: [] };
  let slices = 0;
  let idrSlices = 0;
  let otherVcl = 0;
  let droppable = true;
  let slicesOnly = true;
  const sps: Uint8Array[] = [];
  for (const nal of nals) {
    if (nal[0] & 0x80) slicesOnly = droppable = false; // forbidden_zero_bit
    const type = nal[0] & 0x1f;
    const refIdc = (nal[0] >> 5) & 3;
    if (type === 1) {
      slices += 1;
      if (refIdc !== 0) droppable = false;
    } else if (type === 9 || type === 12) {
      // access unit delimiter, filler data
    } else if (type === 6) {
      if (slicesOnly && !seiIsHarmless(nal)) slicesOnly = droppable = false;
    } else {
      if (type === 5) idrSlices += 1;
      else if (type >= 2 && type <= 4) otherVcl += 1;
      if (type === 7) sps.push(nal);
      slicesOnly = droppable = false;
    }
  }
  return {
    droppable: droppable && slices > 0,
    slicesOnly: slicesOnly && slices > 0,
    idr: idrSlices > 0 && slices === 0 && otherVcl === 0,
    sps,
  };
}

/**
 * Decides, sample by sample in decoding order, which samples of one H.264 track may be left out.
 * Null when this is not an H.264 track in length-prefixed samples with an avcC record. Nothing is
 * left out until an SPS has been seen (in the avcC or in a sample), nor after any SPS without the
 * bitstream restriction.
 */
export class H264Skipper {
  /** Null: no SPS seen yet. */
  private spsAllow: boolean | null = null;
  private constructor(private readonly lengthSize: number) {}

  static forTrack(codec: string, description: AllowSharedBufferSource | undefined): H264Skipper | null {
    if (!/^avc[13]\./.test(codec) || !description) return null;
    const bytes = ArrayBuffer.isView(description)
      ? new Uint8Array(description.buffer, description.byteOffset, description.byteLength)
      : new Uint8Array(description);
    const config = parseAvcC(bytes);
    if (!config) return null;
    const skipper = new H264Skipper(config.lengthSize);
    for (const sps of config.sps) skipper.see(sps);
    return skipper;
  }

  private see(sps: Uint8Array): void {
    const allows = parseSps(sps)?.bitstreamRestriction === true;
    this.spsAllow = (this.spsAllow ?? true) && allows;
  }

  /**
   * For this sample (the next in decoding order): whether it may be left out if its frame is not
   * wanted (`droppable`), and if nothing decoded after it refers to it (`slicesOnly`).
   */
  next(sample: Uint8Array): { droppable: boolean; slicesOnly: boolean } {
    const nals = sampleNals(sample, this.lengthSize);
    for (const sps of nals.sps) this.see(sps);
    const allow = this.spsAllow === true;
    return { droppable: allow && nals.droppable, slicesOnly: allow && nals.slicesOnly };
  }

  /** Whether this sample (the next in decoding order) may be left out if its frame is not wanted. */
  droppable(sample: Uint8Array): boolean {
    return this.next(sample).droppable;
  }

  /** Whether a sample is an IDR picture. */
  isIdr(sample: Uint8Array): boolean {
    return sampleNals(sample, this.lengthSize).idr;
  }
}

/** The decoder's output was not the frames expected with packets left out: decode them all. */
export class SkipMismatch extends Error {}

/** A sample in decoding order, from the container's tables (no data read). */
export interface DecodeOrderSample {
  micros: number;
  /** A sync sample (the container's key frame flag). */
  key: boolean;
}

/**
 * Which packets of one track to leave out, and the check of what the decoder gives back. Frames are
 * numbered as the reference numbers them: in the decoder's output order, which is presentation order,
 * so frame n is the shown frame with the n-th smallest timestamp (`frameOf`, by the microsecond
 * timestamp the decoder gives back on the frame). A packet is left out when its frame is not one the
 * hasher wants (a multiple of `step`) or is one the edit list hides, and either
 *
 * - its sample is droppable (no other picture refers to it), or
 * - it is in the tail of its GOP: no wanted frame comes after it in decoding order before the next
 *   sync sample, and that sync sample is an IDR picture (checked on its data, `confirmKey`), after
 *   which no picture refers to any before it (8.2.5.1: an IDR marks every reference picture unused);
 *   or no sync sample follows at all (the end of the track). Only the pictures of the tail could
 *   refer to it, and they are all left out too. Its sample must hold only non-IDR slices (no
 *   parameter sets), as a droppable one.
 */
export class SkipPlan {
  /** Numbers of the shown frames left out so far. */
  readonly skipped = new Set<number>();
  private last = -1;
  /** Samples of a GOP's tail: the microsecond timestamp of the sync sample after it, -1 for none. */
  private readonly tailEnd = new Map<number, number>();
  /** Sync samples checked: whether each is an IDR picture. */
  private readonly idr = new Map<number, boolean>();

  private constructor(
    private readonly skipper: H264Skipper,
    readonly frameOf: Map<number, number>,
    readonly step: number,
    decodeOrder: readonly DecodeOrderSample[],
  ) {
    let end = -1;
    let wanted = false;
    for (let i = decodeOrder.length - 1; i >= 0; i--) {
      const { micros, key } = decodeOrder[i];
      const n = frameOf.get(micros);
      if (n !== undefined && n % step === 0) wanted = true;
      if (key) {
        end = micros;
        wanted = false;
      } else if (!wanted) this.tailEnd.set(micros, end);
    }
  }

  /**
   * Null (decode everything) for tracks other than H.264 with an avcC, one hash per frame, and
   * timestamps that do not tell frames apart (two frames, shown or hidden, at one microsecond).
   * `decodeOrder`: every sample, in decoding order (without it, no GOP tails are left out).
   */
  static create(
    config: { codec: string; description?: AllowSharedBufferSource },
    shownMicros: readonly number[],
    hiddenMicros: readonly number[],
    step: number,
    decodeOrder: readonly DecodeOrderSample[] = [],
  ): SkipPlan | null {
    if (step < 2) return null;
    const skipper = H264Skipper.forTrack(config.codec, config.description);
    if (!skipper) return null;
    const frameOf = new Map<number, number>();
    [...shownMicros].sort((a, b) => a - b).forEach((t, n) => frameOf.set(t, n));
    if (frameOf.size !== shownMicros.length) return null;
    if (new Set(hiddenMicros).size !== hiddenMicros.length || hiddenMicros.some((t) => frameOf.has(t)))
      return null;
    if (decodeOrder.length !== shownMicros.length + hiddenMicros.length) decodeOrder = [];
    return new SkipPlan(skipper, frameOf, step, decodeOrder);
  }

  /**
   * Before `leaveOut` of this packet: the microsecond timestamp of the sync sample whose data
   * `confirmKey` must be given first (the one after this packet's GOP tail), or undefined.
   */
  keyToCheck(micros: number): number | undefined {
    const end = this.tailEnd.get(micros);
    return end !== undefined && end >= 0 && !this.idr.has(end) ? end : undefined;
  }

  /** The data of sync sample `micros` (null if it could not be read): is it an IDR picture? */
  confirmKey(micros: number, sample: Uint8Array | null): void {
    this.idr.set(micros, sample !== null && this.skipper.isIdr(sample));
  }

  /**
   * For every packet, in decoding order: whether to leave it out. Throws SkipMismatch for a shown
   * packet whose timestamp was not counted.
   */
  leaveOut(micros: number, hidden: boolean, sample: Uint8Array): boolean {
    const n = hidden ? undefined : this.frameOf.get(micros);
    if (!hidden && n === undefined) throw new SkipMismatch('a packet that was not counted');
    // Every packet goes through the skipper, in order: it follows in-band SPSs.
    const { droppable, slicesOnly } = this.skipper.next(sample);
    if (n !== undefined && n % this.step === 0) return false;
    if (!droppable) {
      const end = this.tailEnd.get(micros);
      if (!slicesOnly || end === undefined || (end >= 0 && this.idr.get(end) !== true)) return false;
    }
    if (n !== undefined) this.skipped.add(n);
    return true;
  }

  private nextExpected(): number {
    let n = this.last + 1;
    while (this.skipped.has(n)) n += 1;
    return n;
  }

  /**
   * For every shown frame the decoder outputs, in order: its number. Throws SkipMismatch unless it
   * is the next frame not left out (so the decoder's order and count are the ones planned).
   */
  frameOut(micros: number): number {
    const n = this.frameOf.get(micros);
    if (n === undefined || n !== this.nextExpected()) throw new SkipMismatch('not the frame expected');
    this.last = n;
    return n;
  }

  /** After the decoder is flushed: throws SkipMismatch if any frame not left out never came out. */
  finish(): void {
    if (this.nextExpected() !== this.frameOf.size) throw new SkipMismatch('frames missing');
  }
}
