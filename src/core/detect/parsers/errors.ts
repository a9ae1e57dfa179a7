import { BackstopError } from '../../errors.ts';

/** A clear error for a malformed export, naming the line when there is one. */
export function malformed(format: string, message: string, line?: number): BackstopError {
  const where = line === undefined ? '' : ` line ${line}`;
  return new BackstopError('malformed_export', `${format} export${where}: ${message}`);
}

/** Parses JSON, turning a syntax error into one that names the line. */
export function parseJson(format: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const lineMatch = /line (\d+)/.exec(detail);
    const positionMatch = /position (\d+)/.exec(detail);
    let line: number | undefined;
    if (lineMatch) line = Number(lineMatch[1]);
    else if (positionMatch) line = lineOfOffset(text, Number(positionMatch[1]));
    else line = lineOfOffset(text, text.length);
    throw malformed(format, 'this is not valid JSON (the file may be cut short or edited).', line);
  }
}

export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
