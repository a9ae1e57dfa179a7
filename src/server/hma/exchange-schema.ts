// HMA's exchange schema (GET /c/exchanges/api/<type>/schema): field descriptors for a form that
// creates an exchange of a type (its api_json) and for the type's credentials, made from the
// type's zod schemas through their JSON Schema.
import { z } from 'zod';
import type { ExchangeType } from '../exchanges/types.ts';

/** One field as HMA describes it: `type` is string, number, boolean, enum, set_of_<type> or list_of_<type>. */
export interface FieldDescriptor {
  name: string;
  type: string;
  required: boolean;
  default: unknown;
  help: string;
  choices: unknown[] | null;
}

export interface ExchangeApiSchema {
  config_schema: { fields: FieldDescriptor[] };
  credentials_schema: { fields: FieldDescriptor[] } | null;
}

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  uniqueItems?: boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  default?: unknown;
  description?: string;
}

/** A property's kind and choices, in HMA's words (unknown shapes are "string", as HMA falls back). */
function kindOf(schema: JsonSchema): { type: string; choices: unknown[] | null } {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const present = options.filter((o) => o.type !== 'null');
    if (present.every((o) => o.enum || o.const !== undefined)) {
      return { type: 'enum', choices: present.flatMap((o) => o.enum ?? [o.const]) };
    }
    if (present.length === 1) return kindOf(present[0]);
    return { type: 'string', choices: null };
  }
  if (schema.enum) return { type: 'enum', choices: [...schema.enum] };
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return { type: 'number', choices: null };
    case 'boolean':
      return { type: 'boolean', choices: null };
    case 'array': {
      const of = schema.items ? kindOf(schema.items).type : 'string';
      return { type: `${schema.uniqueItems ? 'set' : 'list'}_of_${of}`, choices: null };
    }
    default:
      return { type: 'string', choices: null };
  }
}

/** The fields of an object schema, in declaration order; a field with a default is not required. */
export function fieldDescriptors(schema: z.ZodType): FieldDescriptor[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { type, choices } = kindOf(property);
    return {
      name,
      type,
      required: required.has(name) && property.default === undefined,
      default: property.default ?? null,
      help: property.description ?? '',
      choices,
    };
  });
}

/** HMA's shape: credentials_schema is null for a type that takes no credentials. */
export function exchangeApiSchema(type: ExchangeType<unknown>): ExchangeApiSchema {
  return {
    config_schema: { fields: fieldDescriptors(type.configSchema) },
    credentials_schema: type.credentialsSchema ? { fields: fieldDescriptors(type.credentialsSchema) } : null,
  };
}
