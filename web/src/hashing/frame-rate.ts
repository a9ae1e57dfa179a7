/**
 * FFmpeg's rounding of an estimated frame rate (avformat_find_stream_info): the nearest "standard"
 * rate within 1 % — multiples of 1/12 up to 30 fps, whole rates 31-60, 80, 120, 240, and the NTSC
 * rates 24000/1001, 30000/1001, 60000/1001, 12000/1001, 15000/1001, 48000/1001. Used for
 * containers that keep times in milliseconds (WebM), where frames / duration is only close.
 */
const STANDARD_RATES: number[] = [
  ...Array.from({ length: 30 * 12 }, (_, i) => (i + 1) / 12),
  ...Array.from({ length: 30 }, (_, i) => i + 31),
  80,
  120,
  240,
  ...[24, 30, 60, 12, 15, 48].map((r) => (r * 1000) / 1001),
];

export function standardFrameRate(estimate: number): number {
  let best = estimate;
  let bestError = 0.01;
  for (const rate of STANDARD_RATES) {
    const error = Math.abs(estimate / rate - 1);
    if (error < bestError) {
      bestError = error;
      best = rate;
    }
  }
  return best;
}
