// A Backstop server in its own process for tests that time it from outside (a test running the
// server in its own process would be blocked along with it). Prints {"port", "key"} on stdout.
import { createApiKey, openStore } from '../../store/index.ts';
import { buildApp } from '../app.ts';

const store = await openStore({ dataDir: 'memory://' });
const app = await buildApp({
  store,
  logger: false,
  startSync: false,
  config: JSON.parse(process.env.BACKSTOP_TEST_CONFIG ?? '{}'),
});
const { key } = await createApiKey(store, ['match']);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address() as { port: number };
process.stdout.write(`${JSON.stringify({ port: address.port, key })}\n`);
process.once('SIGTERM', () => {
  void app
    .close()
    .then(() => store.close())
    .then(() => process.exit(0));
});
