/**
 * `x` with `digits` decimals as C's printf("%.Nf") writes it: the exact binary value rounded to
 * nearest, ties to even. (Number.prototype.toFixed rounds exact ties up: 3.125 → "3.13", C "3.12".)
 */
export function formatFixed(x: number, digits: number): string {
  const rounded = x.toFixed(digits);
  if (!Number.isFinite(x)) return rounded;
  const exact = Math.abs(x).toFixed(100);
  const point = exact.indexOf('.');
  const rest = exact.slice(point + 1 + digits);
  if (rest[0] !== '5' || !/^50*$/.test(rest)) return rounded;
  // An exact tie: keep the truncated value when its last digit is even.
  const truncated = exact.slice(0, point + 1 + digits).replace(/\.$/, '');
  const lastDigit = Number(truncated[truncated.length - 1]);
  const down = (x < 0 ? '-' : '') + truncated;
  return lastDigit % 2 === 0 ? down : rounded;
}
