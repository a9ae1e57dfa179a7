import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import {
  addContents,
  createBank,
  deleteBank,
  deleteContents,
  DEFAULT_BANKS,
  findBank,
  findContent,
  listBanks,
  updateBank,
  updateContent,
  type Bank,
  type BankContent,
  type ContentMetadata,
  type Signal,
} from '../../store/index.ts';
import { parseSignal } from '../../store/signals.ts';
import { acceptUploads } from '../upload.ts';
import { hashRequest, hmaBank, hmaSignals, lowQuality, ratioFrom, useHmaErrors } from './common.ts';
import { HashQuery } from './hashing.ts';
import { rowId, storedText } from '../input.ts';

const BankConfig = z.object({ name: z.string(), matching_enabled_ratio: z.number() });
const BankParams = z.object({ bank_name: storedText(100).min(1) });
const ContentParams = BankParams.extend({ content_id: rowId });
const BankBody = z.object({
  name: storedText(100).min(1).optional(),
  enabled: z.union([z.boolean(), z.string(), z.number()]).optional(),
  enabled_ratio: z.union([z.number(), z.string()]).optional(),
});
const Added = z.object({ id: z.number().int(), signals: z.record(z.string(), z.string()) });

/** HMA's disable_until_ts magic values. */
const DISABLED = 0;
const ENABLED = 1;
const FIVE_YEARS_S = 5 * 365 * 86400;

/** 1 while enabled, 0 while disabled, else the time (unix seconds) it is disabled until. */
function disableUntilTs(content: BankContent): number {
  if (content.enabled) return ENABLED;
  return content.disabledUntil ? Math.ceil(content.disabledUntil.getTime() / 1000) : DISABLED;
}

/** The store's change for an HMA disable_until_ts (checked as HMA does: 0 .. five years ahead). */
function disableChange(value: unknown): { enabled?: boolean; disabledUntil?: Date } {
  const ts = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof ts !== 'number' || !Number.isSafeInteger(ts)) {
    throw new BackstopError('invalid_request', 'disable_until_ts must be an integer');
  }
  if (ts < 0) throw new BackstopError('invalid_request', 'disable_until_ts must be a non-negative integer');
  const now = Date.now() / 1000;
  if (ts > now + FIVE_YEARS_S) {
    throw new BackstopError('invalid_request', 'disable_until_ts must be less than 5 years in the future');
  }
  if (ts === DISABLED) return { enabled: false };
  if (ts === ENABLED || ts <= now) return { enabled: true };
  return { disabledUntil: new Date(ts * 1000) };
}

/** HMA's note: any falsy value is no note; else a string of at most 255 characters. */
function hmaNote(value: unknown): string | null {
  if (!value) return null;
  if (typeof value !== 'string') throw new BackstopError('invalid_request', 'note should be a string');
  if ([...value].length > 255)
    throw new BackstopError('invalid_request', 'note must be at most 255 characters');
  return value;
}

const METADATA_KEYS = ['content_id', 'content_uri', 'json'];

/**
 * HMA's BankedContentMetadata: `content_id` and `content_uri` strings and a `json` object, nothing
 * else (`collab` is dropped: it is the exchanges' to set). Stored as our externalId, contentUri
 * and extra.
 */
function hmaMetadata(raw: unknown): Pick<ContentMetadata, 'externalId' | 'contentUri' | 'extra'> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new BackstopError('invalid_request', 'metadata should be a json object');
  }
  const { collab: _collab, ...fields } = raw as Record<string, unknown>;
  const invalid = (why: string) => new BackstopError('invalid_request', `Invalid metadata: ${why}`);
  const extra = Object.keys(fields).find((k) => !METADATA_KEYS.includes(k));
  if (extra !== undefined)
    throw invalid(`unknown field '${extra.slice(0, 40)}' (use content_id, content_uri, json)`);
  for (const key of ['content_id', 'content_uri']) {
    const v = fields[key];
    if (v !== undefined && v !== null && typeof v !== 'string') throw invalid(`${key} should be a string`);
  }
  const json = fields.json;
  if (json !== undefined && json !== null && (typeof json !== 'object' || Array.isArray(json))) {
    throw invalid('json should be an object');
  }
  return {
    externalId: (fields.content_id as string | null | undefined) ?? null,
    contentUri: (fields.content_uri as string | null | undefined) ?? null,
    extra: (json as Record<string, unknown> | null | undefined) ?? null,
  };
}

/** The metadata HMA returns: present when any user metadata is set, every field listed. */
function hmaMetadataView(content: BankContent) {
  if (content.externalId == null && content.contentUri == null && content.extra == null) return undefined;
  return {
    content_id: content.externalId ?? null,
    content_uri: content.contentUri ?? null,
    json: content.extra ?? null,
    collab: null,
  };
}

/** GET /c/bank/<name>/content/<id>: HMA's BankContentResponse (optional keys left out when empty). */
function hmaContent(content: BankContent, bank: Bank, include: { signals: boolean; metadata: boolean }) {
  const metadata = include.metadata ? hmaMetadataView(content) : undefined;
  return {
    id: content.id,
    disable_until_ts: disableUntilTs(content),
    original_media_uri: null,
    bank: hmaBank(bank),
    ...(include.signals && content.signals.length ? { signals: hmaSignals(content.signals) } : {}),
    ...(metadata ? { metadata } : {}),
    ...(content.note ? { note: content.note } : {}),
  };
}

/** PUT /c/bank/<name>/content/<id>: HMA answers with its whole BankContentConfig. */
function hmaContentConfig(content: BankContent, bank: Bank) {
  const metadata = hmaMetadataView(content);
  return {
    id: content.id,
    disable_until_ts: disableUntilTs(content),
    collab_metadata: {},
    original_media_uri: null,
    bank: hmaBank(bank),
    user_metadata: metadata
      ? { content_id: metadata.content_id, content_uri: metadata.content_uri, json: metadata.json }
      : null,
    note: content.note ?? null,
  };
}

const isTrue = (value: string | undefined, fallback: boolean) =>
  value === undefined ? fallback : value.toLowerCase() === 'true';

const notFound = (what: string) => new BackstopError('not_found', what, { status: 404 });

/** HMA `/c/...`: banks and bank content. */
export const hmaCurationRoutes: FastifyPluginAsync = async (app) => {
  useHmaErrors(app);
  await acceptUploads(app);
  const tags = ['HMA: curation'];
  const curate = app.requireScope('curate');

  const bankOr404 = async (name: string) => {
    const bank = await findBank(app.store, name);
    if (!bank) throw notFound(`bank '${name}' not found`);
    return bank;
  };

  app.get(
    '/c/banks',
    { onRequest: curate, schema: { tags, summary: 'List banks', response: { 200: z.array(BankConfig) } } },
    async () => (await listBanks(app.store)).map(hmaBank),
  );

  app.post(
    '/c/banks',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Create a bank',
        body: BankBody.extend({ name: storedText(100).min(1) }),
        response: { 201: BankConfig },
      },
    },
    async (request, reply) => {
      const body = request.body as z.infer<typeof BankBody> & { name: string };
      if ((await findBank(app.store, body.name)) !== undefined) {
        throw new BackstopError('bank_exists', 'Bank already exists', { status: 403 });
      }
      const bank = await createBank(app.store, { name: body.name, enabled: true, ...ratioFrom(body) });
      await app.matcher.syncNow();
      return reply.status(201).send(hmaBank(bank));
    },
  );

  app.get(
    '/c/bank/:bank_name',
    {
      onRequest: curate,
      schema: { tags, summary: 'One bank', params: BankParams, response: { 200: BankConfig } },
    },
    async (request) => hmaBank(await bankOr404((request.params as { bank_name: string }).bank_name)),
  );

  app.put(
    '/c/bank/:bank_name',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Rename / enable / disable a bank',
        params: BankParams,
        body: BankBody,
        response: { 200: BankConfig },
      },
    },
    async (request) => {
      const { bank_name } = request.params as { bank_name: string };
      const body = request.body as z.infer<typeof BankBody>;
      await bankOr404(bank_name);
      if (
        body.name !== undefined &&
        body.name !== bank_name &&
        (DEFAULT_BANKS as readonly string[]).includes(bank_name)
      ) {
        throw new BackstopError(
          'protected_bank',
          `The ${bank_name} bank is built in and cannot be renamed.`,
          { status: 409 },
        );
      }
      if (body.name !== undefined && body.name !== bank_name && (await findBank(app.store, body.name))) {
        throw new BackstopError('bank_exists', 'Bank name already exists', { status: 403 });
      }
      const bank = await updateBank(app.store, bank_name, { name: body.name, ...ratioFrom(body) });
      await app.matcher.syncNow();
      return hmaBank(bank);
    },
  );

  app.delete(
    '/c/bank/:bank_name',
    {
      onRequest: app.requireScope('admin'),
      schema: {
        tags,
        summary: 'Delete a bank and its content (admin)',
        params: BankParams,
        response: { 200: z.object({ message: z.string() }) },
      },
    },
    async (request) => {
      const { bank_name } = request.params as { bank_name: string };
      if ((DEFAULT_BANKS as readonly string[]).includes(bank_name)) {
        throw new BackstopError(
          'protected_bank',
          `The ${bank_name} bank is built in and cannot be deleted.`,
          { status: 409 },
        );
      }
      await deleteBank(app.store, bank_name);
      await app.matcher.syncNow();
      return { message: 'Done' };
    },
  );

  const addSignals = async (bank: Bank, signals: Signal[], metadata: ContentMetadata) => {
    if (!signals.length) throw new BackstopError('no_signals', 'No signals given');
    const [id] = await app.store.transaction((tx) =>
      addContents(tx, bank.id, [{ ...metadata, source: 'hma', signals }]),
    );
    await app.matcher.syncNow();
    return { id, signals: hmaSignals(signals) };
  };

  app.post(
    '/c/bank/:bank_name/content',
    {
      onRequest: curate,
      schema: {
        tags,
        summary:
          'Add content by uploading a file (multipart; optional `metadata` (JSON) and `note` fields) or an ' +
          'allow-listed `url` (JSON body `{metadata, note}`); only the hashes are kept',
        params: BankParams,
        querystring: HashQuery,
        response: { 200: Added },
      },
    },
    async (request) => {
      const { bank_name } = request.params as { bank_name: string };
      const query = request.query as z.infer<typeof HashQuery>;
      const bank = await bankOr404(bank_name);
      const json = (request.body ?? {}) as Record<string, unknown>;
      const fromJson = typeof json === 'object' && !Buffer.isBuffer(json) ? json : {};
      let metadata = hmaMetadata(fromJson.metadata);
      let note = hmaNote(fromJson.note);
      if (!query.url && !request.isMultipart()) {
        throw new BackstopError('invalid_request', 'Neither `url` nor multipart file upload was received');
      }
      const hashed = await hashRequest(app, request, query);
      if (hashed.fields.metadata !== undefined) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(hashed.fields.metadata);
        } catch {
          throw new BackstopError('invalid_request', 'metadata form field must be valid JSON');
        }
        metadata = hmaMetadata(parsed);
      }
      if (hashed.fields.note !== undefined) note = hmaNote(hashed.fields.note);
      if (lowQuality(app, hashed)) {
        throw new BackstopError(
          'low_quality',
          `Invalid pdq signal: the image's PDQ quality is ${hashed.quality}, below ` +
            `${app.backstopConfig.pdqQualityThreshold}: too plain for its hash to mean anything, so it is not banked.`,
        );
      }
      return addSignals(bank, hashed.signals, { ...metadata, note, contentType: hashed.contentType });
    },
  );

  app.get(
    '/c/bank/:bank_name/content/:content_id',
    {
      onRequest: curate,
      schema: {
        tags,
        summary:
          'One content item (include_signals=true adds its hashes; include_metadata=false leaves out metadata)',
        params: ContentParams,
        querystring: z.object({
          include_signals: z.string().max(10).optional(),
          include_metadata: z.string().max(10).optional(),
        }),
      },
    },
    async (request) => {
      const { bank_name, content_id } = request.params as { bank_name: string; content_id: number };
      const query = request.query as { include_signals?: string; include_metadata?: string };
      const bank = await bankOr404(bank_name);
      const content = await findContent(app.store, bank.id, content_id);
      if (!content) throw notFound(`content '${content_id}' not found`);
      return hmaContent(content, bank, {
        signals: isTrue(query.include_signals, false),
        metadata: isTrue(query.include_metadata, true),
      });
    },
  );

  app.put(
    '/c/bank/:bank_name/content/:content_id',
    {
      onRequest: curate,
      schema: {
        tags,
        summary:
          'Change a content item: disable_until_ts (0 disabled, 1 enabled, or the unix time it is disabled ' +
          'until, at most 5 years ahead) and note (at most 255 characters; "" removes it)',
        params: ContentParams,
        body: z.object({ disable_until_ts: z.unknown().optional(), note: z.unknown().optional() }),
      },
    },
    async (request) => {
      const { bank_name, content_id } = request.params as { bank_name: string; content_id: number };
      const body = request.body as { disable_until_ts?: unknown; note?: unknown };
      const bank = await bankOr404(bank_name);
      if (!(await findContent(app.store, bank.id, content_id))) {
        throw notFound(`content '${content_id}' not found`);
      }
      const changes = {
        ...('disable_until_ts' in body ? disableChange(body.disable_until_ts) : {}),
        ...('note' in body ? { note: hmaNote(body.note) } : {}),
      };
      await app.store.transaction((tx) => updateContent(tx, content_id, changes));
      await app.matcher.syncNow();
      return hmaContentConfig((await findContent(app.store, bank.id, content_id))!, bank);
    },
  );

  app.delete(
    '/c/bank/:bank_name/content/:content_id',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Remove a content item',
        params: ContentParams,
        response: { 200: z.object({ deleted: z.number().int() }) },
      },
    },
    async (request) => {
      const { bank_name, content_id } = request.params as { bank_name: string; content_id: number };
      const bank = await bankOr404(bank_name);
      const content = await findContent(app.store, bank.id, content_id);
      const deleted = content ? await app.store.transaction((tx) => deleteContents(tx, [content_id])) : 0;
      await app.matcher.syncNow();
      return { deleted };
    },
  );

  app.post(
    '/c/bank/:bank_name/signal',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Add content by its hashes: {"pdq": "...", "video_md5": "...", "note": "..."}',
        params: BankParams,
        body: z.record(z.string(), z.unknown()),
        response: { 200: Added },
      },
    },
    async (request) => {
      const { bank_name } = request.params as { bank_name: string };
      const bank = await bankOr404(bank_name);
      const { note, ...signals } = request.body as Record<string, unknown>;
      const checkedNote = hmaNote(note);
      const parsed = Object.entries(signals).map(([type, value]) => parseSignal(type, value));
      const contentType = parsed.some((s) => s.type === 'vpdq') ? 'video' : undefined;
      return addSignals(bank, parsed, { note: checkedNote, contentType });
    },
  );
};
