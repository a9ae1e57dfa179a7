/**
 * Deletion from a linear-probing table of `entry + 1` values (0 = empty) without tombstones: empties
 * slot `i` and moves later entries of its probe run back into the hole when their home slot
 * (`homeOf(entry) & mask`) allows it, so every remaining entry stays reachable from its home.
 */
export function deleteWithBackwardShift(
  table: Int32Array,
  mask: number,
  i: number,
  homeOf: (entry: number) => number,
): void {
  let j = i;
  for (;;) {
    j = (j + 1) & mask;
    const entry = table[j];
    if (entry === 0) break;
    const home = homeOf(entry) & mask;
    const between = i <= j ? home > i && home <= j : home > i || home <= j;
    if (!between) {
      table[i] = entry;
      i = j;
    }
  }
  table[i] = 0;
}
