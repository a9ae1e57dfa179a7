import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import {
  addContents,
  deleteContents,
  findContent,
  getBank,
  listContent,
  updateContent,
  type ContentMetadata,
  type NewContent,
} from '../../store/index.ts';
import { parseSignalMap } from '../lookup.ts';
import { boundedInt, idCursor, rowId, storedJson, storedText } from '../input.ts';
import { contentView, ContentSchema, ErrorSchema } from '../views.ts';
import { BankNameParams } from './banks.ts';

const short = storedText(1000).nullable().optional();

export const MetadataSchema = z
  .object({
    contentType: z.enum(['photo', 'video', 'text']).nullable().optional(),
    source: short,
    caseRef: short,
    note: storedText(4000).nullable().optional(),
    externalId: short,
    contentUri: short,
    extra: storedJson.nullable().optional(),
  })
  .strict();

export const SignalMapSchema = z
  .record(z.string(), z.string())
  .describe('signal type → hash, e.g. {"pdq": "<64 hex>", "md5": "<32 hex>"}');

const NewContentSchema = z.object({ signals: SignalMapSchema, metadata: MetadataSchema.optional() }).strict();

type NewContentBody = z.infer<typeof NewContentSchema>;

function toNewContent(body: NewContentBody): NewContent {
  return { signals: parseSignalMap(body.signals), ...(body.metadata ?? {}) };
}

const ContentParams = BankNameParams.extend({ id: rowId });

export const contentRoutes: FastifyPluginAsync = async (app) => {
  const tags = ['bank content'];

  app.post(
    '/v1/banks/:name/content',
    {
      onRequest: app.requireScope('curate'),
      schema: {
        tags,
        summary: 'Add one item (one or more signals + metadata)',
        params: BankNameParams,
        body: NewContentSchema,
        response: { 201: ContentSchema, 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { name } = request.params as { name: string };
      const item = toNewContent(request.body as NewContentBody);
      const bank = await getBank(app.store, name);
      const [id] = await app.store.transaction((tx) => addContents(tx, bank.id, [item]));
      await app.matcher.syncNow();
      return reply.status(201).send(contentView((await findContent(app.store, bank.id, id))!));
    },
  );

  app.post(
    '/v1/banks/:name/content/batch',
    {
      onRequest: app.requireScope('curate'),
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Add up to 10,000 items in one transaction (all or nothing)',
        params: BankNameParams,
        body: z.object({ items: z.array(NewContentSchema).min(1).max(10_000) }).strict(),
        response: { 201: z.object({ ids: z.array(z.number().int()) }), 400: ErrorSchema, 404: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { name } = request.params as { name: string };
      const { items } = request.body as { items: NewContentBody[] };
      const parsed = items.map((item, n) => {
        try {
          return toNewContent(item);
        } catch (error) {
          if (error instanceof BackstopError) {
            throw new BackstopError(error.code, `Item ${n}: ${error.message}`, { status: error.status });
          }
          throw error;
        }
      });
      const bank = await getBank(app.store, name);
      const ids = await app.store.transaction((tx) => addContents(tx, bank.id, parsed));
      await app.matcher.syncNow();
      return reply.status(201).send({ ids });
    },
  );

  app.get(
    '/v1/banks/:name/content',
    {
      onRequest: app.requireScope('curate'),
      schema: {
        tags,
        summary: 'List a bank\u2019s content in id order (pass `after` = last id for the next page)',
        params: BankNameParams,
        querystring: z.object({
          after: idCursor.optional(),
          limit: boundedInt(1, 1000).optional(),
        }),
        response: { 200: z.object({ items: z.array(ContentSchema), next: z.number().int().nullable() }) },
      },
    },
    async (request) => {
      const { name } = request.params as { name: string };
      const { after, limit = 100 } = request.query as { after?: number; limit?: number };
      const bank = await getBank(app.store, name);
      const items = await listContent(app.store, bank.id, { afterId: after, limit });
      return {
        items: items.map(contentView),
        next: items.length === limit ? items[items.length - 1].id : null,
      };
    },
  );

  const notFound = (id: number, bank: string) =>
    new BackstopError('content_not_found', `Bank ${bank} has no content with id ${id}.`, { status: 404 });

  app.get(
    '/v1/banks/:name/content/:id',
    {
      onRequest: app.requireScope('curate'),
      schema: {
        tags,
        summary: 'One item',
        params: ContentParams,
        response: { 200: ContentSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const { name, id } = request.params as { name: string; id: number };
      const bank = await getBank(app.store, name);
      const content = await findContent(app.store, bank.id, id);
      if (!content) throw notFound(id, name);
      return contentView(content);
    },
  );

  app.patch(
    '/v1/banks/:name/content/:id',
    {
      onRequest: app.requireScope('curate'),
      schema: {
        tags,
        summary: 'Enable/disable an item or change its metadata',
        params: ContentParams,
        body: z.object({ enabled: z.boolean().optional(), metadata: MetadataSchema.optional() }).strict(),
        response: { 200: ContentSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const { name, id } = request.params as { name: string; id: number };
      const body = request.body as { enabled?: boolean; metadata?: ContentMetadata };
      const bank = await getBank(app.store, name);
      if (!(await findContent(app.store, bank.id, id))) throw notFound(id, name);
      await app.store.transaction((tx) => updateContent(tx, id, { ...body.metadata, enabled: body.enabled }));
      await app.matcher.syncNow();
      return contentView((await findContent(app.store, bank.id, id))!);
    },
  );

  app.delete(
    '/v1/banks/:name/content/:id',
    {
      onRequest: app.requireScope('curate'),
      schema: {
        tags,
        summary: 'Remove an item',
        params: ContentParams,
        response: { 200: z.object({ deleted: z.number().int() }), 404: ErrorSchema },
      },
    },
    async (request) => {
      const { name, id } = request.params as { name: string; id: number };
      const bank = await getBank(app.store, name);
      if (!(await findContent(app.store, bank.id, id))) throw notFound(id, name);
      const deleted = await app.store.transaction((tx) => deleteContents(tx, [id]));
      await app.matcher.syncNow();
      return { deleted };
    },
  );
};
