import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

export interface LimitedProcessOptions {
  /** Address-space limit of the child in bytes (`ulimit -v`; POSIX only). */
  maxMemoryBytes: number;
  /** The child is killed after this long. */
  timeoutMs: number;
  /** Most stderr bytes kept (the rest is dropped). */
  maxStderrBytes?: number;
}

export interface LimitedProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  /** Resolves when the child has exited, with its code, whether it was killed for time, and stderr. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; timedOut: boolean; stderr: string }>;
  kill(): void;
}

/**
 * Runs `program args` with no stdin, a memory limit (through `/bin/sh -c 'ulimit -v'`, where there is
 * one) and a time limit. stdout is the caller's to read; stderr is collected (bounded).
 */
export function runLimited(program: string, args: string[], options: LimitedProcessOptions): LimitedProcess {
  const posix = process.platform !== 'win32';
  const kib = Math.max(1, Math.floor(options.maxMemoryBytes / 1024));
  // glibc reserves 64 MiB of address space per thread arena; two arenas keep ulimit -v meaningful.
  const env = { ...process.env, MALLOC_ARENA_MAX: '2' };
  const child = posix
    ? spawn('/bin/sh', ['-c', `ulimit -v ${kib} 2>/dev/null; exec "$0" "$@"`, program, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env,
      })
    : spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  const maxStderr = options.maxStderrBytes ?? 16 * 1024;
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < maxStderr) stderr += chunk.slice(0, maxStderr - stderr.length);
  });
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    timedOut: boolean;
    stderr: string;
  }>((resolvePromise) => {
    let spawnError = '';
    child.on('error', (error) => {
      spawnError = error.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code, signal, timedOut, stderr: stderr || spawnError });
    });
  });
  return {
    child,
    done,
    kill: () => {
      child.kill('SIGKILL');
    },
  };
}
