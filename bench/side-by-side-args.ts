// The command line of a side-by-side benchmark (`detect-ab.ts`, `detect-phrases-ab.ts`): two
// checkouts, options followed by a number, and flags; and the B / A speed summary both print.

export interface SideBySideArgs {
  /** the two checkouts, A then B */
  roots: [string, string];
  /** the number after `--name`, or `fallback` */
  option(name: string, fallback: number): number;
  /** whether `--name` was given */
  flag(name: string): boolean;
}

/**
 * Reads the command line; prints `usage` and exits with status 2 unless it names two checkouts.
 * `valued`: the options followed by a number (a flag takes none, so the word after it is a checkout).
 */
export function sideBySideArgs(usage: string, valued: readonly string[]): SideBySideArgs {
  const args = process.argv.slice(2);
  const roots = args.filter(
    (a, i) => !a.startsWith('--') && !valued.some((name) => args[i - 1] === `--${name}`),
  );
  if (roots.length !== 2) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  return {
    roots: [roots[0], roots[1]],
    option: (name, fallback) => {
      const i = args.indexOf(`--${name}`);
      return i >= 0 ? Number(args[i + 1]) : fallback;
    },
    flag: (name) => args.includes(`--${name}`),
  };
}

/** Sum of CPU seconds (or any numbers). */
export const total = (xs: readonly number[]): number => xs.reduce((s, x) => s + x, 0);

/**
 * B / A speed from the CPU seconds of each round (`a[i]` and `b[i]` ran in round i): "1.044 overall; per round
 * median 1.040, range 0.71-1.30".
 */
export function speedRatio(a: readonly number[], b: readonly number[]): string {
  const ratios = a.map((s, i) => s / b[i]).sort((x, y) => x - y);
  return (
    `${(total(a) / total(b)).toFixed(3)} overall; per round median ${ratios[ratios.length >> 1].toFixed(3)}, ` +
    `range ${ratios[0].toFixed(2)}-${ratios[ratios.length - 1].toFixed(2)}`
  );
}
