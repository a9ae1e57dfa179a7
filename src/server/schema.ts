// Routes declare zod schemas; this validates requests with them and turns them into JSON Schema
// for the OpenAPI document.
import type { FastifyInstance, FastifySchema } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../core/errors.ts';

function isZod(value: unknown): value is z.ZodType {
  return typeof value === 'object' && value !== null && typeof (value as z.ZodType).safeParse === 'function';
}

function describeIssues(error: z.ZodError, part: string): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${part} field "${issue.path.join('.')}"` : `the ${part}`;
  return `Invalid ${where}: ${issue?.message ?? 'not valid'}.`;
}

export function installZod(app: FastifyInstance): void {
  app.setValidatorCompiler(({ schema, httpPart }) => {
    if (!isZod(schema)) return () => true;
    const part = httpPart === 'querystring' ? 'query' : (httpPart ?? 'request');
    return (data: unknown) => {
      const result = schema.safeParse(data);
      if (result.success) return { value: result.data };
      return { error: new BackstopError('invalid_request', describeIssues(result.error, part)) };
    };
  });
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
}

const PARTS = ['body', 'querystring', 'params', 'headers'] as const;

function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  try {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    delete json.$schema;
    return json;
  } catch {
    return {};
  }
}

/** @fastify/swagger transform: zod schemas → JSON Schema. */
export function swaggerTransform({ schema, url }: { schema: FastifySchema; url: string }) {
  if (!schema) return { schema, url };
  const out: Record<string, unknown> = { ...schema };
  for (const part of PARTS) {
    const value = (schema as Record<string, unknown>)[part];
    if (isZod(value)) out[part] = toJsonSchema(value);
  }
  const response = (schema as { response?: Record<string, unknown> }).response;
  if (response) {
    out.response = Object.fromEntries(
      Object.entries(response).map(([code, value]) => [code, isZod(value) ? toJsonSchema(value) : value]),
    );
  }
  return { schema: out as FastifySchema, url };
}
