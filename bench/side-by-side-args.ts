// The command line of a side-by-side benchmark (`detect-ab.ts`, `detect-phrases-ab.ts`): two
// checkouts, options followed by a number, and flags.

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
