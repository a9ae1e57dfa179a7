import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { InvalidArgumentError, type Command } from 'commander';
import cliProgress from 'cli-progress';
import { BackstopError } from '../../core/errors.ts';
import {
  exportBank,
  importBank,
  ImportError,
  openStore,
  storeConfigFrom,
  type BankFileFormat,
  type ImportProgress,
} from '../../store/index.ts';
import { followBank } from '../../node/follow/follow-bank.ts';
import { storeOptions, withStore } from '../store-options.ts';

function formatOf(file: string, given?: string): BankFileFormat {
  const format = (
    given ?? (/\.(nd)?jsonl?$/i.test(file) ? 'ndjson' : /\.csv$/i.test(file) ? 'csv' : '')
  ).toLowerCase();
  if (format === 'csv' || format === 'ndjson') return format;
  throw new BackstopError(
    'unknown_format',
    'Say --format csv or --format ndjson (it cannot be guessed from the file name).',
  );
}

/** A commander option parser for a whole number within [min, max], with a plain error. */
function wholeNumber(flag: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`${flag} must be a whole number from ${min} to ${max}.`);
    return n;
  };
}

export function register(program: Command): void {
  const bank = program
    .command('bank')
    .summary("import and export a bank's hashes, or follow another Backstop's bank")
    .description(
      'Bulk import and export of a bank (CSV or NDJSON, streamed), and following a bank of another Backstop.',
    );

  storeOptions(
    bank
      .command('import')
      .summary('add the rows of a CSV or NDJSON file to a bank')
      .description(
        'Add the rows of FILE (or - for stdin) to BANK. Columns / keys: pdq, md5, sha256 (at least one), ' +
          'content_type, source, case_ref, note, external_id, content_uri, enabled. Rows are committed in ' +
          'batches, one transaction each: stopping midway keeps every committed batch and nothing else.',
      )
      .argument('<bank>', 'bank name, e.g. SCAM_PROFILE_PHOTOS')
      .argument('<file>', 'a .csv or .ndjson file, or - to read stdin')
      .option('-f, --format <format>', 'csv or ndjson (default: from the file extension)')
      .option(
        '--batch-size <n>',
        'rows per transaction (default 5000)',
        wholeNumber('--batch-size', 1, 100_000),
      )
      .option(
        '--skip-invalid',
        'skip invalid rows (each reported on stderr) instead of stopping at the first',
      )
      .option(
        '--json',
        'print one JSON line per committed batch ({"event":"batch","committed"}) and a summary line',
      ),
  ).action(async (bankName: string, file: string, opts) => {
    const format = formatOf(file, opts.format);
    const input = file === '-' ? process.stdin : createReadStream(file);
    const total = file === '-' ? 0 : statSync(file).size;
    const bar =
      process.stderr.isTTY && total
        ? new cliProgress.SingleBar(
            { format: 'importing [{bar}] {percentage}% | {rows} rows committed', stream: process.stderr },
            cliProgress.Presets.shades_classic,
          )
        : undefined;
    bar?.start(total, 0, { rows: 0 });
    let stop = false;
    const onSignal = () => {
      stop = true;
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    const store = await openStore(storeConfigFrom(opts));
    const lines = createInterface({ input, crlfDelay: Infinity });
    let progress: ImportProgress | undefined;
    let failure: unknown;
    try {
      progress = await importBank(store, bankName, lines, {
        format,
        batchSize: opts.batchSize,
        skipInvalid: opts.skipInvalid,
        shouldStop: () => stop,
        onBatch: (p) => {
          bar?.update((input as { bytesRead?: number }).bytesRead ?? 0, { rows: p.committed });
          if (opts.json)
            process.stdout.write(JSON.stringify({ event: 'batch', committed: p.committed }) + '\n');
        },
        onSkip: (line, reason) => process.stderr.write(`line ${line} skipped: ${reason}\n`),
      });
    } catch (error) {
      failure = error;
      if (error instanceof ImportError) progress = error.progress;
    } finally {
      bar?.stop();
      lines.close();
      await store.close();
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    const summary = {
      bank: bankName,
      committed: progress?.committed ?? 0,
      batches: progress?.batches ?? 0,
      skipped: progress?.skipped ?? 0,
      stopped: stop,
    };
    if (opts.json) process.stdout.write(JSON.stringify({ event: 'done', ...summary }) + '\n');
    else
      process.stderr.write(
        `${summary.committed} rows committed to ${bankName} in ${summary.batches} batches` +
          (summary.skipped ? `, ${summary.skipped} skipped` : '') +
          (stop ? ' (stopped early)' : '') +
          '.\n',
      );
    if (failure) throw failure;
    if (stop) process.exitCode = 130;
  });

  storeOptions(
    bank
      .command('export')
      .summary('write every item of a bank as CSV or NDJSON')
      .description(
        'Write every item of BANK to FILE (or - for stdout) as CSV or NDJSON, streamed page by page.',
      )
      .argument('<bank>', 'bank name')
      .argument('<file>', 'a .csv or .ndjson file, or - for stdout')
      .option('-f, --format <format>', 'csv or ndjson (default: from the file extension; required for -)'),
  ).action(async (bankName: string, file: string, opts) => {
    const format = formatOf(file, opts.format);
    const out: Writable = file === '-' ? process.stdout : createWriteStream(file);
    let rows = 0;
    try {
      await withStore(opts, async (store) => {
        for await (const line of exportBank(store, bankName, format)) {
          if (!out.write(line + '\n')) await once(out, 'drain');
          rows++;
        }
      });
    } finally {
      if (out !== process.stdout) {
        out.end();
        await once(out, 'finish');
      }
    }
    process.stderr.write(`${format === 'csv' ? rows - 1 : rows} rows exported from ${bankName}.\n`);
  });

  storeOptions(
    bank
      .command('follow')
      .summary("keep a local copy of another Backstop's bank up to date")
      .description(
        'Copy BANK of another Backstop at URL into a local bank and keep it up to date through its ' +
          'change feed: additions, disabling, and removals (victims withdrawing their cases). Reads from ' +
          'where the last run stopped; each page is applied in one transaction.',
      )
      .argument('<url>', 'the other Backstop, e.g. https://backstop.example.org')
      .argument('<bank>', 'the bank there, e.g. VICTIM_CASES')
      .option('--into <name>', 'the local bank to fill (made if missing; default: the same name)')
      .option('--key <key>', 'a curate key for the other Backstop (better: env BACKSTOP_FOLLOW_KEY)')
      .option(
        '--every <seconds>',
        'keep following, checking every N seconds (default: once)',
        wholeNumber('--every', 5, 86_400),
      )
      .option('--json', 'print one JSON line per run'),
  ).action(async (url: string, remoteBank: string, opts) => {
    const key: string | undefined = opts.key ?? process.env.BACKSTOP_FOLLOW_KEY;
    if (!key) {
      throw new BackstopError(
        'key_required',
        'Give a curate key for the other Backstop: --key or BACKSTOP_FOLLOW_KEY.',
      );
    }
    const localBank: string = opts.into ?? remoteBank;
    let stop = false;
    let wake = () => {};
    const onSignal = () => {
      stop = true;
      wake();
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await withStore(opts, async (store) => {
        do {
          const run = await followBank(store, { url, remoteBank, key, localBank });
          const summary = { bank: localBank, ...run, at: new Date().toISOString() };
          if (opts.json) process.stdout.write(JSON.stringify(summary) + '\n');
          else
            process.stderr.write(
              `${summary.bank}: ${run.added} added, ${run.updated} updated, ${run.removed} removed ` +
                `(checkpoint ${run.checkpoint}).\n`,
            );
          if (!opts.every || stop) break;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, opts.every * 1000);
            wake = () => {
              clearTimeout(timer);
              resolve();
            };
          });
        } while (!stop);
      });
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  });
}
