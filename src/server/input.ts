// Shared zod schemas for request input that reaches the database: text PostgreSQL can store,
// JSON it can store as jsonb, and integers that fit the `integer` columns they are compared with.
import { z } from 'zod';
import { jsonProblem, textProblem } from '../store/index.ts';

/** PostgreSQL `integer`: ids of banks, content and cases. */
export const INT4_MAX = 2 ** 31 - 1;

/** A string of at most `max` characters with no NUL and no lone surrogate. */
export const storedText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      const problem = textProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** A JSON object stored as jsonb: no NUL or lone surrogate in any key or string, bounded nesting. */
export const storedJson = z.record(z.string(), z.unknown()).superRefine((value, ctx) => {
  const problem = jsonProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * A non-negative integer from a query string or path segment, at most `max`: digits only (no
 * `1e3`, `0x10`, blanks or signs), so what the client meant is what is compared.
 */
export const boundedInt = (min: number, max: number) =>
  z
    .union([z.number(), z.string().regex(/^\d{1,16}$/, 'a whole number (digits only)')])
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** A row id in a path (`/content/:id`): 1 .. 2^31-1. */
export const rowId = boundedInt(1, INT4_MAX);

/** A keyset cursor into an integer id column (`?after=`): 0 .. 2^31-1. */
export const idCursor = boundedInt(0, INT4_MAX);
