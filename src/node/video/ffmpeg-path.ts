import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export interface FfmpegTools {
  ffmpeg: string;
  ffprobe: string;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string): string | undefined {
  const exe = process.platform === 'win32' ? `${name}.exe` : name;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, exe))) return join(dir, exe);
  }
  return undefined;
}

/**
 * The ffmpeg and ffprobe programs videos are decoded with: `BACKSTOP_FFMPEG` / `BACKSTOP_FFPROBE`
 * when set, else the ones on PATH (Debian's `ffmpeg` package installs both). Undefined when absent.
 */
export function findFfmpeg(): FfmpegTools | undefined {
  const ffmpeg = process.env.BACKSTOP_FFMPEG || onPath('ffmpeg');
  const ffprobe = process.env.BACKSTOP_FFPROBE || onPath('ffprobe');
  if (!ffmpeg || !ffprobe || !executable(ffmpeg) || !executable(ffprobe)) return undefined;
  return { ffmpeg, ffprobe };
}

/** Why video tests and commands cannot run here, or undefined when ffmpeg is available. */
export function ffmpegMissingReason(): string | undefined {
  return findFfmpeg()
    ? undefined
    : 'ffmpeg/ffprobe not found (install Debian\'s "ffmpeg" package, or set BACKSTOP_FFMPEG and BACKSTOP_FFPROBE)';
}
