import { after, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
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

/** Runs the CLI to completion with stdout piped (so help is laid out for 80 columns). */
function run(args: string[]): Promise<{ code: number | null; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout }));
  });
}

/**
 * Lines of help text that end early although the next line's first word would have fitted: a hard
 * line break inside a description, which the 80-column wrapping then breaks a second time. Reads the
 * description paragraphs and the entries of the Arguments, Options and Commands sections.
 */
function brokenLines(help: string, width = 80): string[] {
  const broken: string[] = [];
  const check = (block: string[]) => {
    for (let i = 0; i + 1 < block.length; i++) {
      const firstWord = block[i + 1].trim().split(' ')[0];
      if (block[i].length + 1 + firstWord.length <= width)
        broken.push(`${block[i]} ⏎ ${block[i + 1].trim()}`);
    }
  };
  const checked = new Set(['description', 'Arguments', 'Options', 'Commands']);
  let section = 'description';
  let block: string[] = [];
  for (const line of [...help.split('\n').slice(1), '']) {
    const heading = /^(\w+):$/.exec(line);
    const entryStart = section !== 'description' && /^ {2}\S/.test(line);
    if (!line.trim() || heading || entryStart) {
      if (checked.has(section)) check(block);
      block = [];
      if (heading) section = heading[1];
    }
    if (line.trim() && !heading) block.push(line);
  }
  return broken;
}

describe('backstop --help', () => {
  it('every command has a one-line summary and descriptions wrap only where the width ends', async () => {
    const top = await run(['--help']);
    assert.equal(top.code, 0);
    const commands = [...top.stdout.matchAll(/^ {2}([a-z]+) /gm)]
      .map((m) => m[1])
      .filter((c) => c !== 'help');
    assert.ok(commands.length >= 6, top.stdout);
    for (const c of ['serve', 'hash', 'keys', 'bank', 'scan', 'extract']) assert.ok(commands.includes(c), c);
    const listing = top.stdout.slice(top.stdout.indexOf('Commands:'));
    for (const command of commands) {
      const entry = listing.slice(listing.indexOf(`  ${command} `)).split(/\n {2}\S/)[0];
      assert.ok(entry.split('\n').length <= 2, `the summary of ${command} takes one or two lines:\n${entry}`);
    }
    for (const command of [[], ...commands.map((c) => [c]), ['bank', 'import'], ['keys', 'create']]) {
      const help = await run([...command, '--help']);
      assert.equal(help.code, 0, command.join(' '));
      assert.deepEqual(brokenLines(help.stdout), [], `backstop ${command.join(' ')} --help`);
    }
  });
});
