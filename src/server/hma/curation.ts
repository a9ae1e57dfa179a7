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
  type NewContent,
} from '../../store/index.ts';
import { parseSignalMap } from '../lookup.ts';
import { acceptUploads } from '../upload.ts';
import { enabledFrom, hashRequest, hmaBank, useHmaErrors } from './common.ts';
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

/** Far in the future: HMA's "disabled" marker for disable_until_ts. */
const DISABLED_TS = 2 ** 31 - 1;

/** 0 while enabled; the time it is disabled until (unix seconds); DISABLED_TS when disabled for good. */
function disableUntilTs(content: BankContent): number {
  if (content.enabled) return 0;
  return content.disabledUntil ? Math.ceil(content.disabledUntil.getTime() / 1000) : DISABLED_TS;
}

function hmaContent(content: BankContent, bank: Bank, includeSignals: boolean) {
  return {
    id: content.id,
    disable_until_ts: disableUntilTs(content),
    collab_metadata: {},
    original_media_uri: content.contentUri ?? null,
    bank: hmaBank(bank),
    ...(includeSignals ? { signals: Object.fromEntries(content.signals.map((s) => [s.type, s.value])) } : {}),
  };
}

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
      const bank = await createBank(app.store, { name: body.name, enabled: enabledFrom(body) ?? true });
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
      const bank = await updateBank(app.store, bank_name, { name: body.name, enabled: enabledFrom(body) });
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

  const addSignals = async (bank: Bank, signals: Record<string, unknown>, metadata?: NewContent) => {
    const parsed = parseSignalMap(signals);
    const [id] = await app.store.transaction((tx) =>
      addContents(tx, bank.id, [{ ...metadata, signals: parsed }]),
    );
    await app.matcher.syncNow();
    return { id, signals: Object.fromEntries(parsed.map((s) => [s.type, s.value])) };
  };

  app.post(
    '/c/bank/:bank_name/content',
    {
      onRequest: curate,
      schema: {
        tags,
        summary:
          'Add content by uploading a file (multipart) or an allow-listed `url`; only the hashes are kept',
        params: BankParams,
        querystring: HashQuery,
        response: { 200: Added },
      },
    },
    async (request) => {
      const { bank_name } = request.params as { bank_name: string };
      const query = request.query as z.infer<typeof HashQuery>;
      const bank = await bankOr404(bank_name);
      if (!query.url && !request.isMultipart()) {
        throw new BackstopError('invalid_request', 'Neither `url` nor multipart file upload was received');
      }
      const { signals, contentType } = await hashRequest(app, request, query);
      return addSignals(bank, signals, { signals: [], source: 'hma', contentType });
    },
  );

  app.get(
    '/c/bank/:bank_name/content/:content_id',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'One content item (include_signals=true to add its hashes)',
        params: ContentParams,
        querystring: z.object({ include_signals: z.string().max(10).optional() }),
      },
    },
    async (request) => {
      const { bank_name, content_id } = request.params as { bank_name: string; content_id: number };
      const { include_signals } = request.query as { include_signals?: string };
      const bank = await bankOr404(bank_name);
      const content = await findContent(app.store, bank.id, content_id);
      if (!content) throw notFound(`content '${content_id}' not found`);
      return hmaContent(content, bank, include_signals?.toLowerCase() === 'true');
    },
  );

  app.put(
    '/c/bank/:bank_name/content/:content_id',
    {
      onRequest: curate,
      schema: {
        tags,
        summary:
          'Disable a content item until disable_until_ts (unix seconds; 2147483647: for good), or enable it (0 or past)',
        params: ContentParams,
        body: z.object({
          disable_until_ts: z.union([z.number().int(), z.string().regex(/^\d+$/)]).optional(),
        }),
      },
    },
    async (request) => {
      const { bank_name, content_id } = request.params as { bank_name: string; content_id: number };
      const body = request.body as { disable_until_ts?: number | string };
      const bank = await bankOr404(bank_name);
      if (!(await findContent(app.store, bank.id, content_id)))
        throw notFound(`content '${content_id}' not found`);
      if (body.disable_until_ts !== undefined) {
        const ts = Number(body.disable_until_ts);
        const fiveYears = Date.now() / 1000 + 5 * 365 * 86400;
        if (ts < 0)
          throw new BackstopError('invalid_request', 'disable_until_ts must be a non-negative integer');
        if (ts > fiveYears && ts !== DISABLED_TS) {
          throw new BackstopError(
            'invalid_request',
            'disable_until_ts must be less than 5 years in the future',
          );
        }
        const changes =
          ts <= Date.now() / 1000
            ? { enabled: true }
            : ts === DISABLED_TS
              ? { enabled: false }
              : { disabledUntil: new Date(ts * 1000) };
        await app.store.transaction((tx) => updateContent(tx, content_id, changes));
        await app.matcher.syncNow();
      }
      return hmaContent((await findContent(app.store, bank.id, content_id))!, bank, false);
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
        summary: 'Add content by its hashes: {"pdq": "...", "md5": "..."}',
        params: BankParams,
        body: z.record(z.string(), z.string().max(1_000_000)),
        response: { 200: Added },
      },
    },
    async (request) => {
      const { bank_name } = request.params as { bank_name: string };
      const bank = await bankOr404(bank_name);
      const body = request.body as Record<string, string>;
      const contentType = 'vpdq' in body ? 'video' : undefined;
      return addSignals(bank, body, { signals: [], source: 'hma', contentType });
    },
  );
};
