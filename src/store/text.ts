// What PostgreSQL can store as text and jsonb, checked before a write so bad input is a clear
// 400 instead of a database error (a 500): `text` and `jsonb` refuse the NUL character, and a lone
// UTF-16 surrogate (valid in JSON, not in UTF-8) would be stored silently as U+FFFD.
import { BackstopError } from '../core/errors.ts';

/** Deepest nesting accepted in a stored JSON value (metadata `extra`). */
export const MAX_JSON_DEPTH = 16;

const UNSTORABLE = /\u0000|\p{Cs}/u;

/** Why `value` cannot be stored as PostgreSQL text, or undefined when it can. */
export function textProblem(value: string): string | undefined {
  const found = UNSTORABLE.exec(value);
  if (!found) return undefined;
  return found[0] === '\u0000'
    ? 'must not contain the NUL character (\\u0000)'
    : 'must be valid Unicode (it contains a lone surrogate, \\ud800-\\udfff)';
}

/**
 * Why a JSON value cannot be stored as jsonb (a bad string or key anywhere in it, or nesting deeper
 * than MAX_JSON_DEPTH), or undefined. Iterative, so a hostile depth cannot overflow the stack.
 */
export function jsonProblem(value: unknown): string | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length) {
    const { value: v, depth } = stack.pop()!;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) return problem;
    } else if (v !== null && typeof v === 'object') {
      if (depth >= MAX_JSON_DEPTH) return `must not be nested more than ${MAX_JSON_DEPTH} levels deep`;
      if (!Array.isArray(v)) {
        for (const key of Object.keys(v)) {
          const problem = textProblem(key);
          if (problem) return `keys ${problem}`;
        }
      }
      for (const item of Object.values(v)) stack.push({ value: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Throws a 400 `invalid_text` naming the first field that PostgreSQL could not store. Strings are
 * checked as text, objects as jsonb; other values are left to the column types.
 */
export function assertStorable(fields: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(fields)) {
    const problem =
      typeof value === 'string'
        ? textProblem(value)
        : value !== null && typeof value === 'object'
          ? jsonProblem(value)
          : undefined;
    if (problem) throw new BackstopError('invalid_text', `The ${field} ${problem}.`);
  }
}
