import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { reasonOf } from '../../core/errors.ts';
import { PDQ_QUALITY_THRESHOLD } from '../../core/pdq/index.ts';
import { IMAGE_EXTENSIONS, walkFiles } from '../../node/files/index.ts';
// Images need sharp (about 0.2 s of CPU to load): loaded only when there are images to hash.
import { defaultHashConcurrency } from '../../node/image/concurrency.ts';
import type { ImageHashes } from '../../node/image/index.ts';
import { formatVpdq, formatVpdqTimestamp } from '../../core/vpdq/index.ts';
import {
  hashVideo,
  hashVideoFrames,
  isVideoFile,
  VIDEO_EXTENSIONS,
  type VideoHashes,
} from '../../node/video/index.ts';

const IMAGE_AND_VIDEO_EXTENSIONS: ReadonlySet<string> = new Set([...IMAGE_EXTENSIONS, ...VIDEO_EXTENSIONS]);

// sharp decodes on libuv's thread pool (4 threads unless set); give it one thread per core. This
// only takes effect if nothing has used the pool yet, which is the case when the CLI starts.
process.env.UV_THREADPOOL_SIZE ??= String(Math.max(4, availableParallelism()));

interface HashCommandOptions {
  json?: boolean;
  dihedral?: boolean;
  exifOrientation?: boolean;
  exact?: boolean;
  fast?: boolean;
  concurrency: number;
  allFiles?: boolean;
  progress: boolean;
  secondsPerHash: number;
  everyFrame?: boolean;
}

function secondsPerHash(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 3600)
    throw new InvalidArgumentError('must be a number of seconds above 0');
  return n;
}

function videoJsonLine(file: string, hashes: VideoHashes): string {
  return JSON.stringify({
    file,
    content_type: 'video',
    vpdq: hashes.vpdq.map((f) => ({
      frame: f.frameNumber,
      quality: f.quality,
      pdq: f.pdq,
      timestamp: Number(formatVpdqTimestamp(f.timestamp)),
    })),
    md5: hashes.md5,
    sha256: hashes.sha256,
    width: hashes.width,
    height: hashes.height,
    frame_rate: hashes.frameRate,
  });
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1024)
    throw new InvalidArgumentError('must be a whole number from 1 to 1024');
  return n;
}

function jsonLine(file: string, hashes: ImageHashes): string {
  const record: Record<string, unknown> = {
    file,
    pdq: hashes.pdq,
    quality: hashes.quality,
    md5: hashes.md5,
    sha256: hashes.sha256,
  };
  if (hashes.dihedral) record.dihedral = hashes.dihedral;
  return JSON.stringify(record);
}

const TABLE_HEADER = `${'pdq'.padEnd(64)}  quality  ${'md5'.padEnd(32)}  ${'sha256'.padEnd(64)}  file`;

function tableLines(file: string, hashes: ImageHashes): string {
  const quality = `${hashes.quality}${hashes.quality < PDQ_QUALITY_THRESHOLD ? ' low' : ''}`.padEnd(7);
  const lines = [`${hashes.pdq}  ${quality}  ${hashes.md5}  ${hashes.sha256}  ${file}`];
  const names = ['rot90', 'rot180', 'rot270', 'flipx', 'flipy', 'flipplus1', 'flipminus1'];
  hashes.dihedral?.slice(1).forEach((hash, i) => lines.push(`${hash}  ${names[i].padEnd(7)}`));
  return lines.join('\n');
}

async function runHash(paths: string[], options: HashCommandOptions): Promise<void> {
  // `backstop hash --json DIR | head` closes our stdout early: stop quietly, not with a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const files: string[] = [];
  let failures = 0;
  const writeError = (file: string, reason: string) => {
    failures++;
    process.stderr.write(`${bar ? '\r\x1b[2K' : ''}backstop hash: ${file}: ${reason}\n`);
  };
  let bar: cliProgress.SingleBar | null = null;

  const videos: string[] = [];
  for await (const entry of walkFiles(paths, {
    extensions: options.allFiles ? null : IMAGE_AND_VIDEO_EXTENSIONS,
  })) {
    if (entry.error) writeError(entry.path, entry.error.message);
    else if (VIDEO_EXTENSIONS.has(extname(entry.path).toLowerCase()) || (await isVideoFile(entry.path)))
      videos.push(entry.path);
    else files.push(entry.path);
  }
  const walkFailures = failures;
  if (files.length === 0 && videos.length === 0) {
    if (failures === 0) process.stderr.write('backstop hash: no image or video files found\n');
    process.exitCode = 1;
    return;
  }

  // Videos one after another (ffmpeg decodes on several threads already); the reference's text
  // format, preceded by "# FILE" when more than one file is hashed.
  for (const file of videos) {
    try {
      const videoOptions = { secondsPerHash: options.everyFrame ? 0 : options.secondsPerHash };
      // MD5 and SHA-256 only with --json: the table prints the vPDQ alone (reading a large file
      // for its digests would be wasted).
      if (options.json) {
        process.stdout.write(`${videoJsonLine(file, await hashVideo(file, videoOptions))}\n`);
      } else {
        const { vpdq } = await hashVideoFrames(file, videoOptions);
        if (videos.length + files.length > 1) process.stdout.write(`# ${file}\n`);
        process.stdout.write(formatVpdq(vpdq));
      }
    } catch (error) {
      writeError(file, reasonOf(error));
    }
  }
  if (files.length === 0) {
    if (failures > 0) {
      process.stderr.write(`backstop hash: ${failures} of ${videos.length + walkFailures} failed\n`);
      process.exitCode = 1;
    }
    return;
  }

  if (options.progress && process.stderr.isTTY && files.length > 1) {
    bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: 'hashing [{bar}] {value}/{total} files  {eta_formatted} left',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(files.length, 0);
  }
  if (!options.json) process.stdout.write(`${TABLE_HEADER}\n`);

  let done = 0;
  const { hashFiles } = await import('../../node/image/hash-many.ts');
  try {
    for await (const outcome of hashFiles(files, {
      concurrency: options.concurrency,
      dihedral: options.dihedral,
      applyExifOrientation: options.exifOrientation,
      fast: options.fast,
    })) {
      if (!outcome.hashes) writeError(outcome.file, reasonOf(outcome.error));
      else {
        const text = options.json
          ? jsonLine(outcome.file, outcome.hashes)
          : tableLines(outcome.file, outcome.hashes);
        if (bar) process.stderr.write('\r\x1b[2K');
        process.stdout.write(`${text}\n`);
      }
      bar?.update(++done);
    }
  } finally {
    bar?.stop();
  }
  if (failures > 0) {
    process.stderr.write(
      `backstop hash: ${failures} of ${files.length + videos.length + walkFailures} failed\n`,
    );
    process.exitCode = 1;
  }
}

export function register(program: Command): void {
  program
    .command('hash')
    .summary('fingerprint images (PDQ) and videos (vPDQ), with MD5 and SHA-256')
    .description(
      'Fingerprint image files with PDQ, the perceptual hash used by StopNCII, Take It Down and HMA, ' +
        'plus MD5 and SHA-256 of the file bytes. Folders are searched recursively for image files ' +
        '(JPEG, PNG, WebP, GIF, AVIF, TIFF, and HEIC where this installation can decode it; hidden files ' +
        'are skipped). Files are hashed on all cores at once. Nothing is uploaded: the images never ' +
        "leave this computer. The PDQ hashes are those of Meta's C++ reference, bit for bit (images are decoded " +
        'at full resolution; --fast trades that for speed).\n\n' +
        'Output is a table, or with --json one JSON object per line: ' +
        '{"file","pdq","quality","md5","sha256"}, plus "dihedral": [8 hashes] with --dihedral. ' +
        `PDQ hashes are 64 hex digits; quality is 0-100, and hashes with quality under ${PDQ_QUALITY_THRESHOLD} ` +
        'are too featureless to match reliably ("low" in the table).\n\n' +
        'Videos (MP4, MOV, WebM, MKV, AVI, ...; needs the ffmpeg program) get vPDQ: the PDQ of one frame ' +
        "per second (--every-frame: every frame), exactly as Meta's vpdq-hash-video writes it, one line per " +
        'frame: frameNumber,quality,pdqHex,timestampSeconds. With --json a video is one object: ' +
        '{"file","content_type":"video","vpdq":[{"frame","quality","pdq","timestamp"}],"md5","sha256",' +
        '"width","height","frame_rate"}.\n\n' +
        'A file that cannot be hashed gets a one-line reason on stderr, the others are still printed, ' +
        'and the exit code is 1.',
    )
    .argument('<paths...>', 'image and video files and/or folders')
    .option('--json', 'print one JSON object per line (NDJSON) instead of a table')
    .option(
      '--dihedral',
      'also print the 8 dihedral hashes: original, rot90, rot180, rot270, flipx, flipy, flipplus1, flipminus1',
    )
    .option(
      '--exif-orientation',
      'rotate/mirror each image as its EXIF orientation tag says before hashing (off by default, as the PDQ reference)',
    )
    .option(
      '--fast',
      'decode large JPEGs at reduced size in the JPEG decoder: faster, but PDQ hashes are then usually ' +
        '2-6 bits from the C++ reference (34 of 40 test 12 MP photos; docs/pdq.md); do not use it ' +
        'for hashes you bank or share',
    )
    .addOption(
      new Option(
        '--exact',
        'full-resolution decoding, the reference hashes; the default now, accepted so old scripts keep working',
      ).conflicts('fast'),
    )
    .addOption(
      new Option('-j, --concurrency <n>', 'files hashed at the same time')
        .argParser(positiveInt)
        .default(defaultHashConcurrency(), '2 x CPU cores'),
    )
    .addOption(
      new Option('--seconds-per-hash <s>', 'videos: hash one frame every this many seconds')
        .argParser(secondsPerHash)
        .default(1),
    )
    .addOption(
      new Option('--every-frame', "videos: hash every frame (the reference CLI's -r 0)").conflicts(
        'secondsPerHash',
      ),
    )
    .option('--all-files', 'in folders, try every file, not only names ending in an image extension')
    .option('--no-progress', 'never show the progress bar (it is shown only when stderr is a terminal)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  backstop hash photo.jpg\n' +
        '  backstop hash --json ~/Pictures > hashes.ndjson\n' +
        '  backstop hash clip.mp4 > clip.vpdq.txt\n' +
        '  backstop hash --json --dihedral --exif-orientation IMG_0001.HEIC scans/',
    )
    .action(async (paths: string[], options: HashCommandOptions) => {
      await runHash(paths, options);
    });
}
