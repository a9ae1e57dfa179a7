import type { Command } from 'commander';

/** Each CLI command lives in its own file and adds itself to the program here. */
export type RegisterCommand = (program: Command) => void;

/**
 * The commands by name, each loaded only when needed: `backstop hash clip.mp4` then loads neither
 * the server nor the database (about 1.5 s of CPU at every start otherwise).
 */
export const commandLoaders: Record<string, () => Promise<RegisterCommand>> = {
  serve: async () => (await import('./serve.ts')).register,
  hash: async () => (await import('./hash.ts')).register,
  keys: async () => (await import('./keys.ts')).register,
  bank: async () => (await import('./bank.ts')).register,
  scan: async () => (await import('./scan.ts')).register,
  extract: async () => (await import('./extract.ts')).register,
};

/** The commands to register for these arguments: the one named first, or all (help, unknown, none). */
export async function commandsFor(args: readonly string[]): Promise<RegisterCommand[]> {
  const name = args.find((a) => !a.startsWith('-'));
  const names =
    name !== undefined && Object.hasOwn(commandLoaders, name) ? [name] : Object.keys(commandLoaders);
  return Promise.all(names.map((n) => commandLoaders[n]()));
}
