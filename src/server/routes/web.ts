import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';
import { errorBody } from '../errors.ts';

/** Paths that belong to the API: never answered with the web app. */
const API_PREFIXES = ['/v1/', '/h/', '/m/', '/c/', '/docs', '/healthz', '/readyz'];

const PLACEHOLDER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Backstop</title></head>
<body><h1>Backstop is running</h1>
<p>The Help web app has not been built yet. Run <code>npm run build:web</code> (or <code>npm start</code>),
then reload this page.</p>
<p>The matching service API is documented at <a href="/docs">/docs</a>.</p></body></html>`;

/**
 * Serves the Help app (dist/web) at `/`, with unknown non-API GET paths answered by index.html so
 * the app's own routes work on reload, each file compressed as the build wrote it when the browser accepts that. Without a
 * build, `/` explains how to make one.
 */
export const webRoutes: FastifyPluginAsync = async (app) => {
  const root = app.backstopConfig.webDir;
  const built = existsSync(join(root, 'index.html'));
  if (!built) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.type('text/html').send(PLACEHOLDER),
    );
    return;
  }
  // the build's .br and .gz copies (scripts/compress-web.mjs) to browsers that accept them; the file itself otherwise
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
  });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0];
    if (API_PREFIXES.some((p) => path.startsWith(p))) {
      return reply.status(404).send(errorBody('not_found', `There is no GET ${path} route.`));
    }
    const file = path.slice(1);
    if (file && !file.includes('..') && existsSync(join(root, file))) return reply.sendFile(file);
    return reply.sendFile('index.html');
  });
};
