import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import {
  createExchange,
  deleteExchange,
  exchangeNotFound,
  findExchange,
  getExchange,
  listExchanges,
  setExchangeEnabled,
  type Exchange,
} from '../../store/index.ts';
import { EXCHANGE_TYPES, findExchangeType, getExchangeType } from '../exchanges/index.ts';
import { enabledFrom, useHmaErrors } from './common.ts';
import { exchangeApiSchema } from './exchange-schema.ts';

const ExchangeParams = z.object({ exchange_name: z.string().min(1).max(100) });
const ApiParams = z.object({ api_name: z.string().min(1).max(100) });

const unixSeconds = (d: Date | null) => (d ? Math.floor(d.getTime() / 1000) : null);

/** HMA's exchange config as GET shows it: name, api, enabled and the type's own fields (no credentials). */
function hmaExchange(exchange: Exchange) {
  return { ...exchange.config, name: exchange.name, api: exchange.api, enabled: exchange.enabled };
}

/**
 * HMA's FetchStatus, plus what Backstop adds: the checkpoint itself, the last error, when the last
 * fetch started, and whether the exchange is enabled.
 */
function fetchStatus(exchange: Exchange) {
  const running = exchange.leaseUntil !== null && exchange.leaseUntil.getTime() > Date.now();
  return {
    checkpoint_ts: exchange.checkpointTs,
    running_fetch_start_ts: running ? unixSeconds(exchange.lastFetchStart) : null,
    last_fetch_complete_ts: unixSeconds(exchange.lastFetchComplete),
    last_fetch_succeeded: exchange.lastFetchSucceeded,
    up_to_date: exchange.upToDate,
    fetched_items: exchange.fetchedItems,
    last_fetch_start_ts: unixSeconds(exchange.lastFetchStart),
    last_error: exchange.lastError,
    checkpoint: exchange.checkpoint ?? null,
    enabled: exchange.enabled,
  };
}

const CreateBody = z.looseObject({ bank: z.unknown(), api: z.unknown(), api_json: z.unknown() });

/**
 * HMA `/c/exchanges...`: exchanges that fill a bank of their name from an outside list, fetched on
 * the server's schedule (see src/server/exchanges). Credentials come from the server's
 * configuration, never from these routes, and no route returns them.
 */
export const hmaExchangeRoutes: FastifyPluginAsync = async (app) => {
  useHmaErrors(app);
  const tags = ['HMA: curation'];
  const curate = app.requireScope('curate');
  const env = () => app.exchanges.env;
  const nameOf = (params: unknown) => (params as { exchange_name: string }).exchange_name;

  app.get(
    '/c/exchanges/apis',
    {
      onRequest: curate,
      schema: { tags, summary: 'Exchange types installed', response: { 200: z.array(z.string()) } },
    },
    async () => Object.keys(EXCHANGE_TYPES),
  );

  app.route({
    method: ['GET', 'POST'],
    url: '/c/exchanges/api/:api_name',
    onRequest: curate,
    schema: {
      tags,
      summary: 'One exchange type: whether it takes credentials and whether the server has them',
      params: ApiParams,
    },
    handler: async (request) => {
      const type = getExchangeType((request.params as { api_name: string }).api_name);
      if (request.method === 'POST') {
        const body = request.body as { credential_json?: unknown } | undefined;
        if (!body || typeof body !== 'object' || Array.isArray(body)) {
          throw new BackstopError('invalid_request', 'this endpoint expects a json object payload');
        }
        if (body.credential_json != null) {
          throw new BackstopError(
            'credentials_in_configuration',
            'Backstop takes exchange credentials from its configuration only (docs/exchanges.md), never through the API.',
          );
        }
      }
      return {
        supports_authentification: type.credentialsFrom !== undefined,
        has_set_authentification: type.credentialsFrom
          ? type.credentialsFrom(env().credentials) !== undefined
          : false,
      };
    },
  });

  app.get(
    '/c/exchanges/api/:api_name/schema',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Fields of one exchange type: its api_json and the credentials the operator configures',
        description:
          'HMA\u2019s field descriptors (`name`, `type`, `required`, `default`, `help`, `choices`); `credentials_schema` is null for a type without credentials. Credentials are set in the server\u2019s configuration, not through the API.',
        params: ApiParams,
      },
    },
    async (request) => {
      const name = (request.params as { api_name: string }).api_name;
      const type = findExchangeType(name);
      if (!type) {
        throw new BackstopError('not_found', `Exchange API '${name.slice(0, 100)}' not found`, {
          status: 404,
        });
      }
      return exchangeApiSchema(type);
    },
  );

  app.get(
    '/c/exchanges',
    {
      onRequest: curate,
      schema: { tags, summary: 'Exchanges configured', response: { 200: z.array(z.string()) } },
    },
    async () => (await listExchanges(app.store)).map((e) => e.name),
  );

  app.post(
    '/c/exchanges',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Create an exchange and the bank it fills (same name)',
        description:
          'Body: `{"bank": "NAME", "api": "backstop|file|stop_ncii|ncmec", "api_json": {...}}`; api_json fields per type in docs/exchanges.md.',
        body: CreateBody,
      },
    },
    async (request, reply) => {
      const body = request.body as z.infer<typeof CreateBody>;
      if (typeof body.bank !== 'string' || !body.bank) {
        throw new BackstopError('invalid_request', 'Field `bank` is required');
      }
      if (!/^[A-Z0-9_]+$/.test(body.bank)) {
        throw new BackstopError('invalid_request', 'Field `bank` must match /^[A-Z0-9_]$/');
      }
      const apiJson = body.api_json ?? {};
      if (!apiJson || typeof apiJson !== 'object' || Array.isArray(apiJson)) {
        throw new BackstopError('invalid_request', 'Field `api_json` must be object');
      }
      if (body.api === undefined || body.api === null) {
        throw new BackstopError('invalid_request', 'Field `api_type` is required');
      }
      const type = findExchangeType(String(body.api));
      if (!type) {
        throw new BackstopError(
          'invalid_request',
          `No such exchange type '${String(body.api).slice(0, 100)}'`,
        );
      }
      // HMA folds name, api and enabled into api_json; they are the exchange's, not the type's.
      const { name: _name, api: _api, enabled, ...fields } = apiJson as Record<string, unknown>;
      const parsed = type.configSchema.safeParse(fields);
      if (!parsed.success) {
        const detail = parsed.error.issues
          .map((i) => `${i.path.join('.') || 'api_json'}: ${i.message}`)
          .join('; ')
          .slice(0, 500);
        throw new BackstopError(
          'invalid_request',
          `Failed to parse \`api_json\` - did you provide all the fields needed for your api cls? (${detail})`,
        );
      }
      type.check?.(parsed.data, env());
      await createExchange(app.store, {
        name: body.bank,
        api: type.name,
        config: parsed.data as Record<string, unknown>,
        enabled: enabledFrom({ enabled }) ?? true,
        description: `Filled by the ${type.name} exchange ${body.bank}.`,
      });
      return reply.status(201).send({ message: 'Created successfully' });
    },
  );

  app.get(
    '/c/exchange/:exchange_name',
    { onRequest: curate, schema: { tags, summary: 'One exchange’s configuration', params: ExchangeParams } },
    async (request) => hmaExchange(await getExchange(app.store, nameOf(request.params))),
  );

  app.get(
    '/c/exchange/:exchange_name/status',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Fetch status: checkpoint, last fetch, last error',
        params: ExchangeParams,
      },
    },
    async (request) => fetchStatus(await getExchange(app.store, nameOf(request.params))),
  );

  app.put(
    '/c/exchange/:exchange_name',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Enable or disable an exchange',
        params: ExchangeParams,
        body: z.looseObject({ enabled: z.unknown().optional() }),
      },
    },
    async (request) => {
      const name = nameOf(request.params);
      const exchange = await getExchange(app.store, name);
      const enabled = enabledFrom(request.body as { enabled?: unknown }) ?? exchange.enabled;
      return hmaExchange(await setExchangeEnabled(app.store, name, enabled));
    },
  );

  app.delete(
    '/c/exchange/:exchange_name',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Delete an exchange and (unless delete_bank=false) its bank',
        params: ExchangeParams,
        querystring: z.object({ delete_bank: z.enum(['true', 'false', '1', '0']).optional() }),
      },
    },
    async (request) => {
      const { delete_bank } = request.query as { delete_bank?: string };
      const keepBank = delete_bank === 'false' || delete_bank === '0';
      // As HMA: deleting an exchange that does not exist succeeds.
      await deleteExchange(app.store, nameOf(request.params), keepBank);
      return { message: 'Exchange deleted' };
    },
  );

  app.post(
    '/c/exchange/:exchange_name/fetch',
    {
      onRequest: curate,
      schema: {
        tags,
        summary: 'Fetch now (Backstop): runs one fetch and answers with the fetch status',
        params: ExchangeParams,
      },
    },
    async (request) => {
      const name = nameOf(request.params);
      const exchange = await findExchange(app.store, name);
      if (!exchange) throw exchangeNotFound(name);
      if (!exchange.enabled) {
        throw new BackstopError('exchange_disabled', `Exchange '${name}' is disabled; enable it first.`, {
          status: 409,
        });
      }
      const outcome = await app.exchanges.fetchNow(name);
      if (!outcome.ran) {
        throw new BackstopError('fetch_in_progress', `A fetch of '${name}' is already running.`, {
          status: 409,
        });
      }
      return {
        ...fetchStatus(await getExchange(app.store, name)),
        pages: outcome.pages,
        items: outcome.items,
      };
    },
  );
};
