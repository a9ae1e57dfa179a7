import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/backstop.js');
const tmp = mkdtempSync(join(tmpdir(), 'backstop-main-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Runs the CLI with stdout piped and closes the reading end as `head -1` does: at once (before
 * the first write) or after the first chunk. Resolves with the exit status and stderr.
 */
function runClosingStdout(
  args: string[],
  closeAfterFirstChunk: boolean,
): Promise<{ code: number | null; signal: string | null; stderr: string; read: number }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let read = 0;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    if (closeAfterFirstChunk) {
      child.stdout.once('data', (chunk: Buffer) => {
        read = chunk.length;
        child.stdout.destroy();
      });
    } else {
      child.stdout.destroy();
    }
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stderr, read }));
  });
}

describe('backstop writing into a closed pipe', () => {
  it('--help and --version exit 0 quietly when the reader has gone', async () => {
    for (const args of [['--help'], ['--version'], ['hash', '--help']]) {
      const res = await runClosingStdout(args, false);
      assert.equal(res.code, 0, `${args.join(' ')}: ${res.stderr}`);
      assert.equal(res.stderr, '', args.join(' '));
    }
  });

  it('a command that keeps writing stops quietly after the reader took the first chunk', async () => {
    // 4,000 conversations in, one JSON line out each: far more than a pipe buffer holds.
    const file = join(tmp, 'many.jsonl');
    const line = JSON.stringify({ text: 'x: I have ur pics\nx: pay 100 or ur followers see them' });
    writeFileSync(file, `${line}\n`.repeat(4000));
    const res = await runClosingStdout(['scan', '--jsonl', file], true);
    assert.ok(res.read > 0, 'read the first chunk');
    assert.equal(res.code, 0, res.stderr);
    assert.doesNotMatch(res.stderr, /EPIPE|\n\s+at /);
  });
});
