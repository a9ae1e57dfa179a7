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
