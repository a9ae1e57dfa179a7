import { z } from 'zod';
import type { Bank, BankChangePage, BankContent } from '../store/index.ts';
import { SIGNAL_TYPE_NAMES } from '../store/signals.ts';
import type { SignalTypeName } from '../store/index.ts';

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
  signalType: z.enum(SIGNAL_TYPE_NAMES as [SignalTypeName, ...SignalTypeName[]]),
  distance: z.number().int(),
  queryMatchPercent: z.number().optional().describe("vpdq: percent of the query video's frames found"),
  comparedMatchPercent: z.number().optional().describe("vpdq: percent of the banked video's frames found"),
});

/** One page of a bank's change feed as sent (GET /v1/banks/:name/changes) and read (bank follow). */
export const ChangePageSchema = z.object({
  changes: z.array(
    z.object({
      seq: z.number().int(),
      id: z.number().int(),
      status: z.enum(['active', 'disabled', 'removed']),
      contentType: z.string().nullable(),
      disabledUntil: z.string().nullable().describe('while disabled for a time: when it matches again'),
      signals: z.record(z.string(), z.string()),
    }),
  ),
  next: z.number().int().min(0),
  more: z.boolean(),
});

export function changePageView(page: BankChangePage): z.infer<typeof ChangePageSchema> {
  return {
    changes: page.changes.map((c) => ({
      seq: c.seq,
      id: c.id,
      status: c.status,
      contentType: c.contentType,
      disabledUntil: c.disabledUntil?.toISOString() ?? null,
      signals: Object.fromEntries(c.signals.map((s) => [s.type, s.value])),
    })),
    next: page.next,
    more: page.more,
  };
}
