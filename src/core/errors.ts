/**
 * An error whose message is written for the person using Backstop: it is shown as it is,
 * without a stack trace. `code` is a stable machine-readable name (e.g. "image_too_large").
 */
export class BackstopError extends Error {
  readonly code: string;
  readonly status: number;

  constructor(code: string, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BackstopError';
    this.code = code;
    this.status = options.status ?? 400;
  }
}

export function isBackstopError(value: unknown): value is BackstopError {
  return value instanceof BackstopError;
}

/** A one-line reason for any thrown value, safe to show to a user. */
export function reasonOf(error: unknown): string {
  if (error instanceof BackstopError) return error.message;
  if (error instanceof Error) return error.message.split('\n')[0] ?? 'unknown error';
  return String(error);
}
