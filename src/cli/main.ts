import { Command, CommanderError } from 'commander';
import { commandsFor } from './commands/index.ts';
import { reasonOf } from '../core/errors.ts';

// A reader that closed the pipe (`backstop hash DIR | head -1`) has taken all it wanted: stop
// quietly with status 0 instead of crashing on the unhandled EPIPE of the next write.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(stream === process.stdout ? 0 : (process.exitCode ?? 0));
  });
}

const program = new Command();
program
  .name('backstop')
  .description(
    'Backstop: fingerprint images, match them against hash banks, spot sextortion in conversations, ' +
      'extract indicators, and run the Help web app and the matching service.',
  )
  .version('0.1.0', '-V, --version', 'print the version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

for (const register of await commandsFor(process.argv.slice(2))) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    process.stderr.write(`backstop: ${reasonOf(error)}\n`);
    if (process.env.BACKSTOP_DEBUG) console.error(error);
    process.exitCode = 1;
  }
}
