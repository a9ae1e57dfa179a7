// The 64x64 -> 16x16 part of the 2D DCT-II (coefficients 1..16 in each direction), in float32 in
// the reference's order of operations, and the sign/transpose tricks that give the DCT of the
// seven other dihedral transforms of the image without recomputing it.

/** Row i (0..15), column j (0..63): float32(sqrt(2/64)) * cos(pi/128 * (i+1) * (2j+1)), as float32. */
const DCT_MATRIX = (() => {
  const matrix = new Float32Array(16 * 64);
  const scale = Math.fround(Math.sqrt(2 / 64));
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 64; j++) {
      matrix[i * 64 + j] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * j + 1));
    }
  }
  return matrix;
})();

const T = new Float32Array(16 * 64);

/** out (16x16, row-major) = D * A * D^T for A 64x64 row-major, accumulating in float32. */
export function dct64To16(a: Float32Array, out: Float32Array): void {
  const d = DCT_MATRIX;
  const fround = Math.fround;
  for (let i = 0; i < 16; i++) {
    const di = i * 64;
    for (let j = 0; j < 64; j++) {
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = fround(sum + fround(d[di + k] * a[k * 64 + j]));
      T[di + j] = sum;
    }
  }
  for (let i = 0; i < 16; i++) {
    const ti = i * 64;
    for (let j = 0; j < 16; j++) {
      const dj = j * 64;
      let sum = 0;
      for (let k = 0; k < 64; k++) sum = fround(sum + fround(T[ti + k] * d[dj + k]));
      out[i * 16 + j] = sum;
    }
  }
}

export type DihedralName = 'rot90' | 'rot180' | 'rot270' | 'flipx' | 'flipy' | 'flipplus1' | 'flipminus1';

export const DIHEDRAL_NAMES: readonly DihedralName[] = [
  'rot90',
  'rot180',
  'rot270',
  'flipx',
  'flipy',
  'flipplus1',
  'flipminus1',
];

/**
 * For each transform: whether it transposes, and the sign of coefficient (i, j) of the original as
 * a function of i and j. A transform of the image flips the sign of odd-index coefficients along
 * the mirrored axis; a rotation by 90 degrees also transposes.
 */
const DIHEDRAL_RULES: Record<
  DihedralName,
  { transpose: boolean; negate: (i: number, j: number) => boolean }
> = {
  rot90: { transpose: true, negate: (_i, j) => (j & 1) === 0 },
  rot180: { transpose: false, negate: (i, j) => ((i + j) & 1) === 1 },
  rot270: { transpose: true, negate: (i) => (i & 1) === 0 },
  flipx: { transpose: false, negate: (i) => (i & 1) === 0 },
  flipy: { transpose: false, negate: (_i, j) => (j & 1) === 0 },
  flipplus1: { transpose: true, negate: () => false },
  flipminus1: { transpose: true, negate: (i, j) => ((i + j) & 1) === 1 },
};

/** The 16x16 DCT of a dihedral transform of the image, from the original's 16x16 DCT. */
export function dihedralDct(name: DihedralName, a: Float32Array, out: Float32Array): void {
  const { transpose, negate } = DIHEDRAL_RULES[name];
  for (let i = 0; i < 16; i++) {
    for (let j = 0; j < 16; j++) {
      const value = negate(i, j) ? -a[i * 16 + j] : a[i * 16 + j];
      out[transpose ? j * 16 + i : i * 16 + j] = value;
    }
  }
}
