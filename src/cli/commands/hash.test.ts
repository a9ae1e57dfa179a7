import { after, before, describe, it } from 'node:test';
import assert from '../../../test/assert.ts';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pngBomb, sampleJpeg } from '../../../test/fixtures/bad-images.ts';
import { fixturePath, loadCases, PDQ_FIXTURES } from '../../../test/fixtures/pdq/conformance.ts';
import { hammingDistance } from '../../core/pdq/index.ts';
import { hashImage } from '../../node/image/index.ts';
import { ffmpegMissingReason } from '../../node/video/index.ts';
import { parseVpdq } from '../../core/vpdq/index.ts';
import { fixtureVideo, VPDQ_FIXTURES } from '../../../test/fixtures/vpdq/conformance.ts';
import { readFileSync } from 'node:fs';

const ROOT = resolve(import.meta.dirname, '../../..');
const BIN = join(ROOT, 'bin/backstop.js');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('backstop hash', () => {
  let dir = '';
  const good: string[] = [];
  const bad: Record<string, string> = {};
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'backstop-hash-'));
    await mkdir(join(dir, 'album/sub'), { recursive: true });
    good.push(join(dir, 'album/a.jpg'), join(dir, 'album/sub/b.jpg'), join(dir, 'album/sub/c.JPEG'));
    await writeFile(good[0], await sampleJpeg(320, 240, 0));
    await writeFile(good[1], await sampleJpeg(200, 300, 90));
    await writeFile(good[2], await sampleJpeg(640, 480, 180));
    const jpeg = await sampleJpeg();
    bad.truncated = join(dir, 'album/truncated.jpg');
    bad.empty = join(dir, 'album/empty.png');
    bad.notImage = join(dir, 'album/notes.jpg');
    bad.bomb = join(dir, 'album/bomb.png');
    await writeFile(bad.truncated, jpeg.subarray(0, jpeg.length >> 1));
    await writeFile(bad.empty, '');
    await writeFile(bad.notImage, 'Dear diary, this is text and not a photo.');
    await writeFile(bad.bomb, pngBomb(50000, 50000));
    await writeFile(join(dir, 'album/readme.txt'), 'not an image extension: skipped in folders');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  it('--json: one object per good file, in order; one stderr line per bad file; exit 1', async () => {
    const { code, stdout, stderr } = await run(['hash', '--json', join(dir, 'album'), join(dir, 'nope.jpg')]);
    assert.equal(code, 1);
    const records = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      records.map((r) => r.file),
      [good[0], good[1], good[2]].sort(),
    );
    for (const record of records) {
      assert.deepEqual(Object.keys(record), ['file', 'pdq', 'quality', 'md5', 'sha256']);
      const expected = await hashImage(record.file);
      assert.equal(record.pdq, expected.pdq);
      assert.equal(record.quality, expected.quality);
      assert.equal(record.md5, expected.md5);
      assert.equal(record.sha256, expected.sha256);
    }
    const errors = stderr.trim().split('\n');
    for (const [kind, file] of Object.entries(bad)) {
      const line = errors.find((l) => l.includes(file));
      assert.ok(line, `${kind} reported`);
      assert.doesNotMatch(line, /\bat .*\(|Error:/, 'no stack trace');
    }
    assert.match(
      errors.find((l) => l.includes(bad.bomb))!,
      /too large/,
    );
    assert.match(
      errors.find((l) => l.includes(bad.empty))!,
      /empty/,
    );
    assert.match(
      errors.find((l) => l.includes(bad.truncated))!,
      /truncated/,
    );
    assert.match(
      errors.find((l) => l.includes('nope.jpg'))!,
      /nope\.jpg: No such file/,
    );
    assert.match(errors.at(-1)!, /5 of 8 failed/);
    assert.doesNotMatch(stderr, /hashing \[/, 'no progress bar when stderr is not a terminal');
    assert.ok(!stderr.includes('readme.txt'), 'non-image extensions are skipped inside folders');
  });

  it('--dihedral adds the 8 hashes; the table is readable; all good files exit 0', async () => {
    const json = await run(['hash', '--json', '--dihedral', good[0]]);
    assert.equal(json.code, 0, json.stderr);
    const record = JSON.parse(json.stdout);
    assert.equal(record.dihedral.length, 8);
    assert.equal(record.dihedral[0], record.pdq);
    assert.equal(new Set(record.dihedral).size, 8);

    const table = await run(['hash', '-j', '1', good[0], good[1]]);
    assert.equal(table.code, 0, table.stderr);
    const lines = table.stdout.trim().split('\n');
    assert.match(lines[0], /^pdq\s+quality\s+md5\s+sha256\s+file$/);
    assert.equal(lines.length, 3);
    const md5 = createHash('md5')
      .update(await import('node:fs').then((fs) => fs.readFileSync(good[1])))
      .digest('hex');
    assert.ok(lines[2].includes(md5) && lines[2].endsWith(good[1]));
  });

  it('hashes like the C++ reference by default; --fast is opt-in and not exact; --exact is accepted', async () => {
    // A 4032x3024 phone photo: large enough for the JPEG decoder's reduced-size decode to change bits.
    const reference = loadCases(PDQ_FIXTURES).find((c) => c.image.endsWith('exif-rotn-8.jpg'))!;
    const photo = fixturePath(reference.image);
    const hashWith = async (...flags: string[]) => {
      const { code, stdout, stderr } = await run(['hash', '--json', '--dihedral', ...flags, photo]);
      assert.equal(code, 0, stderr);
      return JSON.parse(stdout) as { pdq: string; quality: number; dihedral: string[] };
    };
    const byDefault = await hashWith();
    assert.equal(byDefault.pdq, reference.hashes[0]);
    assert.equal(byDefault.quality, reference.quality);
    assert.deepEqual(byDefault.dihedral, reference.hashes);
    assert.deepEqual(await hashWith('--exact'), byDefault);
    const fast = await hashWith('--fast');
    const distance = hammingDistance(fast.pdq, reference.hashes[0]);
    assert.ok(distance > 0 && distance <= 10, `--fast: ${distance} bits from the reference`);
    const both = await run(['hash', '--fast', '--exact', photo]);
    assert.notEqual(both.code, 0);
    assert.match(both.stderr, /cannot be used with/);
  });

  it('empty folders fail clearly; --help documents every option', async () => {
    await mkdir(join(dir, 'empty'));
    const empty = await run(['hash', join(dir, 'empty')]);
    assert.equal(empty.code, 1);
    assert.match(empty.stderr, /no image or video files found/);
    const help = await run(['hash', '--help']);
    assert.equal(help.code, 0);
    for (const option of [
      '--json',
      '--dihedral',
      '--exif-orientation',
      '--exact',
      '--fast',
      '--concurrency',
      '--all-files',
      '--no-progress',
      '--every-frame',
      '--seconds-per-hash',
    ]) {
      assert.ok(help.stdout.includes(option), option);
    }
  });
});

describe(
  'backstop hash on videos',
  { skip: ffmpegMissingReason() && `skipped: ${ffmpegMissingReason()}` },
  () => {
    const video = fixtureVideo('short_0.6s_320x240_30fps.mp4');
    it("prints the reference's vPDQ text (one hash per second, or every frame)", async () => {
      const everyFrame = await run(['hash', '--every-frame', video]);
      assert.equal(everyFrame.code, 0, everyFrame.stderr);
      assert.equal(
        everyFrame.stdout,
        readFileSync(resolve(VPDQ_FIXTURES, 'expected/short_0.6s_320x240_30fps.txt'), 'utf8'),
      );
      const perSecond = await run(['hash', video]);
      assert.equal(
        perSecond.stdout,
        readFileSync(resolve(VPDQ_FIXTURES, 'expected-1s/short_0.6s_320x240_30fps.txt'), 'utf8'),
      );
    });
    it('--json: frames plus MD5 and SHA-256 of the file', async () => {
      const { code, stdout } = await run(['hash', '--json', '--every-frame', video]);
      assert.equal(code, 0);
      const record = JSON.parse(stdout);
      const bytes = readFileSync(video);
      assert.equal(record.content_type, 'video');
      assert.equal(record.md5, createHash('md5').update(bytes).digest('hex'));
      assert.equal(record.sha256, createHash('sha256').update(bytes).digest('hex'));
      assert.equal(record.vpdq.length, 18);
      assert.deepEqual(record.vpdq[1], {
        frame: 1,
        quality: 100,
        pdq: parseVpdq(
          readFileSync(resolve(VPDQ_FIXTURES, 'expected/short_0.6s_320x240_30fps.txt'), 'utf8'),
        )[1].pdq,
        timestamp: 0.033,
      });
    });
    it('a file named like a video that is not one: a one-line reason, exit 1', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'backstop-hash-video-'));
      try {
        await writeFile(join(dir, 'clip.mp4'), 'not a video');
        const { code, stdout, stderr } = await run(['hash', join(dir, 'clip.mp4')]);
        assert.equal(code, 1);
        assert.equal(stdout, '');
        assert.match(stderr, /clip\.mp4: This is not a video format/);
        assert.doesNotMatch(stderr, /at .*\.ts/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  },
);
