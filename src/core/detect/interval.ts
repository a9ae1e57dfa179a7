/**
 * The Wilson score interval of a proportion: where the true rate of `successes` in `trials` lies, at
 * the confidence `z` stands for (1.96: 95%). Unlike the normal approximation it stays inside [0, 1]
 * and gives 0 of 20 a width, which is what small evaluation splits need (Newcombe 1998, method 3).
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959964): [number, number] {
  if (!Number.isInteger(trials) || trials < 1)
    throw new RangeError(`trials must be a positive whole number, got ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials)
    throw new RangeError(`successes must be a whole number from 0 to ${trials}, got ${successes}`);
  const p = successes / trials;
  const z2 = z * z;
  const scale = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / scale;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / scale;
  // the bounds are exact at 0 and n; rounding must not put them a hair outside [0, 1]
  return [successes === 0 ? 0 : centre - half, successes === trials ? 1 : centre + half];
}
