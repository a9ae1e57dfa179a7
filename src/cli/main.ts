import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.ts';
import { reasonOf } from '../core/errors.ts';

const program = new Command();
program
  .name('backstop')
  .description(
    'Backstop: fingerprint images, match them against hash banks, spot sextortion in conversations,\n' +
      'extract indicators, and run the Help web app and the matching service.',
  )
  .version('0.1.0', '-V, --version', 'print the version')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

for (const register of commands) register(program);

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
