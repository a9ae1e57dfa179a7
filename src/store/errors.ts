import { BackstopError } from '../core/errors.ts';

/** PostgreSQL's SQLSTATE for a unique violation, the same from PGlite and pg. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

export function bankNotFound(name: string): BackstopError {
  return new BackstopError('bank_not_found', `There is no bank named ${JSON.stringify(name)}.`, {
    status: 404,
  });
}

/** Socket errors and SQLSTATEs that mean "the database cannot be reached now", not "the query is wrong". */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01', // admin_shutdown (backend terminated)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
]);
const UNREACHABLE_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|connection error|server closed the connection|cannot use a pool after calling end/i;

/**
 * Whether a store error means the database is unreachable (PostgreSQL down, restarting, out of
 * connections, network cut): the request may succeed later, so it is a 503, not a 500.
 */
export function isStoreUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, message, errors, cause } = error as {
    code?: unknown;
    message?: unknown;
    errors?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
  if (Array.isArray(errors) && errors.some((e) => isStoreUnavailable(e, depth + 1))) return true;
  return cause !== undefined && isStoreUnavailable(cause, depth + 1);
}
