import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import { useHmaErrors } from './common.ts';

const ExchangeParams = z.object({ exchange_name: z.string().min(1).max(100) });
const ApiParams = z.object({ api_name: z.string().min(1).max(100) });

const HOW_TO_FOLLOW =
  'To copy another Backstop\u2019s bank use `backstop bank follow`; to let others follow a bank here, ' +
  'give them GET /v1/banks/<name>/changes.';

/**
 * HMA `/c/exchanges...`. Backstop ships no exchange types (ThreatExchange, NCMEC, StopNCII need
 * accounts and the network), so the lists are empty and creating one says what to use instead.
 * Answering, rather than 404 on the whole path, keeps HMA clients that list exchanges working.
 */
export const hmaExchangeRoutes: FastifyPluginAsync = async (app) => {
  useHmaErrors(app);
  const tags = ['HMA: curation'];
  const curate = app.requireScope('curate');
  const noSuchExchange = (name: string) =>
    new BackstopError('not_found', `Exchange '${name}' not found`, { status: 404 });

  app.get(
    '/c/exchanges/apis',
    {
      onRequest: curate,
      schema: { tags, summary: 'Exchange types installed (none)', response: { 200: z.array(z.string()) } },
    },
    async () => [],
  );

  app.route({
    method: ['GET', 'POST'],
    url: '/c/exchanges/api/:api_name',
    onRequest: curate,
    schema: { tags, summary: 'One exchange type (there are none)', params: ApiParams },
    handler: async (request) => {
      const { api_name } = request.params as { api_name: string };
      throw new BackstopError('no_such_exchange_api', `no such Exchange API '${api_name.slice(0, 100)}'`);
    },
  });

  app.get(
    '/c/exchanges',
    {
      onRequest: curate,
      schema: { tags, summary: 'Exchanges configured (none)', response: { 200: z.array(z.string()) } },
    },
    async () => [],
  );

  app.post(
    '/c/exchanges',
    { onRequest: curate, schema: { tags, summary: 'Create an exchange (not supported)' } },
    async () => {
      throw new BackstopError(
        'exchanges_not_supported',
        `Backstop has no HMA exchange types. ${HOW_TO_FOLLOW}`,
        {
          status: 501,
        },
      );
    },
  );

  for (const url of ['/c/exchange/:exchange_name', '/c/exchange/:exchange_name/status']) {
    app.route({
      method: url.endsWith('/status') ? ['GET'] : ['GET', 'PUT', 'DELETE'],
      url,
      onRequest: curate,
      schema: { tags, summary: 'One exchange (there are none)', params: ExchangeParams },
      handler: async (request) => {
        throw noSuchExchange((request.params as { exchange_name: string }).exchange_name.slice(0, 100));
      },
    });
  }
};
