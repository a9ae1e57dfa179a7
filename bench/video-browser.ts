// The headless Chromium leg of `npm run bench:video`: the Help app itself (the built web app, served
// by the real server on loopback) fingerprints each video the way a victim's browser does (the
// "Stop the images spreading" page: MD5, then WebCodecs + the mediabunny demuxer in its hashing
// worker, one hash a second). The file is handed to the page's file input by path (no bytes through
// the test protocol, nothing from the network: any request off the server is refused and fails the
// bench). Timed from picking the file to the fingerprint shown: wall time, and CPU (user + system) of
// the whole chromium process tree from /proc. Every answer is checked: the page's vPDQ must equal,
// byte for byte, Backstop's Node output (ffmpeg) and, when given, the C++ reference's, for these
// even-sized H.264 videos (the app converts YUV as swscale does; docs/video.md).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { formatVpdq } from '../src/core/vpdq/index.ts';
import { hashVideo } from '../src/node/video/index.ts';
import { buildWebApp, CHROMIUM, launchBrowser, startServer, watchRequests } from '../test/e2e/harness.ts';

export interface BrowserBenchVideo {
  label: string;
  file: string;
  seconds: number;
}

const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** CPU seconds (user + system, reaped children included) of every process below `root`, from /proc. */
function treeCpuSeconds(root: number): number {
  const parent = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    parent.set(Number(name), Number(fields[1]));
    // utime, stime, cutime, cstime: fields 14-17 of stat, 12-15 after the name.
    cpu.set(
      Number(name),
      fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0),
    );
  }
  const below = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  let ticks = 0;
  for (const [pid, t] of cpu) if (below(pid)) ticks += t;
  return ticks / TICKS;
}

export function chromiumMissingReason(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `no chromium at ${CHROMIUM}: install Debian's chromium, set CHROMIUM_PATH, or run with --skip-browser`;
}

/**
 * Hashes each video `rounds` times in the Help app in headless Chromium, alternating with the C++
 * reference when `referenceBin` is given (timed by `timed`, as the Node leg is). Prints one line per
 * video: seconds per minute of video, Chromium CPU / wall, reference CPU / wall.
 */
export async function browserHashing(options: {
  videos: BrowserBenchVideo[];
  rounds: number;
  referenceBin?: string;
  timed: (command: string[]) => { cpu: number; wall: number };
  work: string;
}): Promise<void> {
  const missing = chromiumMissingReason();
  if (missing) {
    console.error(`(c) Chromium: ${missing}`);
    process.exitCode = 1;
    return;
  }
  buildWebApp();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    console.log(
      `(c) Help app in headless ${browser.version()} (--disable-gpu), one hash per second, ${options.rounds} rounds; ` +
        'seconds per minute of video (CPU of the chromium processes / wall), MD5 included',
    );
    for (const video of options.videos) {
      const expected = formatVpdq((await hashVideo(video.file, { secondsPerHash: 1 })).vpdq);
      const chromium = { cpu: 0, wall: 0 };
      let undecoded: string | null = null;
      const ref = { cpu: 0, wall: 0 };
      for (let round = 0; round < options.rounds; round++) {
        if (options.referenceBin) {
          const out = join(options.work, `ref-browser-${video.label}.txt`);
          const t = options.timed([options.referenceBin, '-i', video.file, '-o', out, '-r', '1']);
          ref.cpu += t.cpu;
          ref.wall += t.wall;
          if (readFileSync(out, 'utf8') !== expected)
            throw new Error(`WRONG HASHES: Node's vPDQ of ${video.file} differs from the reference's ${out}`);
        }
        // A fresh context per round: a new page and hashing worker, as a visitor would have.
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        try {
          const watched = await watchRequests(context, server.origin);
          const page = await context.newPage();
          await page.goto(`${server.origin}/stop-spreading`);
          await page.locator('h1').first().waitFor();
          const input = page.getByLabel('Choose pictures or videos from this device');
          const cpuBefore = treeCpuSeconds(process.pid);
          const started = performance.now();
          await input.setInputFiles(video.file);
          await page
            .getByRole('status')
            .or(page.getByRole('alert'))
            .getByText(/^(Fingerprints ready for|No fingerprints could be made)/)
            .waitFor({ timeout: 3_600_000 });
          chromium.wall += (performance.now() - started) / 1000;
          chromium.cpu += treeCpuSeconds(process.pid) - cpuBefore;
          const pre = page.locator('li.picked dl.fingerprints dd pre').first();
          const got = await pre.textContent({ timeout: 1000 }).catch(() => null);
          undecoded = await pre.getAttribute('data-undecoded', { timeout: 1000 }).catch(() => null);
          if (got !== expected) {
            const note = await page.locator('li.picked .hint').allTextContents();
            throw new Error(
              `WRONG HASHES: Chromium's vPDQ of ${video.file} is not Node's (${got ? `${got.split('\n').length - 1} lines` : `none: ${note.join(' ')}`})`,
            );
          }
          if (watched.blocked.length)
            throw new Error(`requests left the server: ${watched.blocked.join(', ')}`);
        } finally {
          await context.close();
        }
      }
      const perMinute = (s: number) => (s / options.rounds / video.seconds) * 60;
      const line =
        `    ${video.label} one hash/s  Chromium ${perMinute(chromium.cpu).toFixed(2)} / ${perMinute(chromium.wall).toFixed(2)}` +
        ` (${undecoded ?? 0} frames not decoded)`;
      console.log(
        options.referenceBin
          ? `${line}   reference ${perMinute(ref.cpu).toFixed(2)} / ${perMinute(ref.wall).toFixed(2)}   CPU ratio ${(ref.cpu / chromium.cpu).toFixed(2)}x   wall ratio ${(ref.wall / chromium.wall).toFixed(2)}x   (outputs identical)`
          : `${line}   (output identical to Node's)`,
      );
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}
