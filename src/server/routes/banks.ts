import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import {
  countBankContent,
  createBank,
  deleteBank,
  DEFAULT_BANKS,
  getBank,
  listBanks,
  updateBank,
} from '../../store/index.ts';
import { storedText } from '../input.ts';
import { bankView, BankSchema, ErrorSchema } from '../views.ts';

export const BankNameParams = z.object({ name: storedText(100).min(1) });

/** Banks the service relies on (cases, the Help app): they can be disabled but not renamed or deleted. */
function refuseIfProtected(name: string, action: string): void {
  if ((DEFAULT_BANKS as readonly string[]).includes(name)) {
    throw new BackstopError('protected_bank', `The ${name} bank is built in and cannot be ${action}.`, {
      status: 409,
    });
  }
}

export const bankRoutes: FastifyPluginAsync = async (app) => {
  const tags = ['banks'];

  app.get(
    '/v1/banks',
    {
      onRequest: app.requireScope('match'),
      schema: { tags, summary: 'List banks', response: { 200: z.object({ banks: z.array(BankSchema) }) } },
    },
    async () => {
      const banks = await listBanks(app.store);
      const counts = await app.store.query<{ bank_id: number; n: number }>(
        'select bank_id, count(*)::int as n from bank_content group by bank_id',
      );
      const byBank = new Map(counts.map((c) => [c.bank_id, c.n]));
      return { banks: banks.map((b) => bankView(b, byBank.get(b.id) ?? 0)) };
    },
  );

  app.post(
    '/v1/banks',
    {
      onRequest: app.requireScope('curate'),
      schema: {
        tags,
        summary: 'Create a bank (name in UPPER_SNAKE_CASE)',
        body: z
          .object({
            name: storedText(100).min(1),
            enabled: z.boolean().optional(),
            description: storedText(1000).nullable().optional(),
          })
          .strict(),
        response: { 201: BankSchema, 409: ErrorSchema },
      },
    },
    async (request, reply) => {
      const body = request.body as { name: string; enabled?: boolean; description?: string | null };
      const bank = await createBank(app.store, body);
      await app.matcher.syncNow();
      return reply.status(201).send(bankView(bank, 0));
    },
  );

  app.get(
    '/v1/banks/:name',
    {
      onRequest: app.requireScope('match'),
      schema: {
        tags,
        summary: 'One bank',
        params: BankNameParams,
        response: { 200: BankSchema, 404: ErrorSchema },
      },
    },
    async (request) => {
      const { name } = request.params as { name: string };
      const bank = await getBank(app.store, name);
      return bankView(bank, await countBankContent(app.store, bank.id));
    },
  );

  app.patch(
    '/v1/banks/:name',
    {
      onRequest: app.requireScope('curate'),
      schema: {
        tags,
        summary: 'Rename, enable/disable or describe a bank',
        params: BankNameParams,
        body: z
          .object({
            name: storedText(100).min(1).optional(),
            enabled: z.boolean().optional(),
            description: storedText(1000).nullable().optional(),
          })
          .strict(),
        response: { 200: BankSchema, 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { name } = request.params as { name: string };
      const body = request.body as { name?: string; enabled?: boolean; description?: string | null };
      if (body.name !== undefined && body.name !== name) refuseIfProtected(name, 'renamed');
      const bank = await updateBank(app.store, name, body);
      await app.matcher.syncNow();
      return bankView(bank, await countBankContent(app.store, bank.id));
    },
  );

  app.delete(
    '/v1/banks/:name',
    {
      onRequest: app.requireScope('admin'),
      schema: {
        tags,
        summary: 'Delete a bank and all its content (admin)',
        params: BankNameParams,
        response: { 200: z.object({ deleted: z.literal(true) }), 404: ErrorSchema, 409: ErrorSchema },
      },
    },
    async (request) => {
      const { name } = request.params as { name: string };
      refuseIfProtected(name, 'deleted');
      if (!(await deleteBank(app.store, name))) await getBank(app.store, name);
      await app.matcher.syncNow();
      return { deleted: true as const };
    },
  );
};
