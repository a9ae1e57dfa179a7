import { z } from 'zod';
import type { Bank, BankContent } from '../store/index.ts';

export const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

export const BankSchema = z.object({
  name: z.string(),
  enabled: z.boolean(),
  description: z.string().nullable(),
  contentCount: z.number().int().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export function bankView(bank: Bank, contentCount?: number) {
  return {
    name: bank.name,
    enabled: bank.enabled,
    description: bank.description,
    ...(contentCount === undefined ? {} : { contentCount }),
    createdAt: bank.createdAt.toISOString(),
    updatedAt: bank.updatedAt.toISOString(),
  };
}

export const ContentSchema = z.object({
  id: z.number().int(),
  bank: z.string(),
  enabled: z.boolean(),
  signals: z.record(z.string(), z.string()),
  metadata: z.object({
    contentType: z.string().nullable(),
    source: z.string().nullable(),
    caseRef: z.string().nullable(),
    note: z.string().nullable(),
    externalId: z.string().nullable(),
    contentUri: z.string().nullable(),
    extra: z.record(z.string(), z.unknown()).nullable(),
  }),
  fromCase: z.boolean(),
  addedAt: z.string(),
  updatedAt: z.string(),
});

export function contentView(content: BankContent) {
  return {
    id: content.id,
    bank: content.bankName,
    enabled: content.enabled,
    signals: Object.fromEntries(content.signals.map((s) => [s.type, s.value])),
    metadata: {
      contentType: content.contentType ?? null,
      source: content.source ?? null,
      caseRef: content.caseRef ?? null,
      note: content.note ?? null,
      externalId: content.externalId ?? null,
      contentUri: content.contentUri ?? null,
      extra: content.extra ?? null,
    },
    fromCase: content.caseId !== null,
    addedAt: content.addedAt.toISOString(),
    updatedAt: content.updatedAt.toISOString(),
  };
}

export const MatchSchema = z.object({
  contentId: z.number().int(),
  bank: z.string(),
  signalType: z.enum(['pdq', 'md5', 'sha256']),
  distance: z.number().int(),
});
