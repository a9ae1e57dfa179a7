// `backstop`: follows a bank of another Backstop through its change feed (GET /v1/banks/:name/changes),
// as `backstop bank follow` does, with the key for that Backstop from the server's configuration.
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import { followSource, readFollowedPage } from '../../node/follow/follow-bank.ts';
import { BANK_NAME_PATTERN } from '../../store/index.ts';
import { BackstopCredentialEntry, originOf } from './credentials.ts';
import type { ExchangeEnvironment, ExchangeType } from './types.ts';

const Config = z
  .object({
    url: z.string().min(1).max(2000).describe('Address of the other Backstop (https://...)'),
    remote_bank: z
      .string()
      .regex(BANK_NAME_PATTERN, 'remote_bank is a bank name (UPPER_SNAKE_CASE)')
      .describe('The bank to follow there'),
    page_size: z.number().int().min(1).max(10_000).default(1000).describe('Changes read per request'),
  })
  .strict();
type Config = z.infer<typeof Config>;

const Checkpoint = z.object({ after: z.number().int().min(0) });

function keyFor(config: Config, env: ExchangeEnvironment): string {
  const source = followSource(config.url, config.remote_bank);
  const key = env.credentials.backstop?.[originOf(source)];
  if (!key) {
    throw new BackstopError(
      'exchange_not_configured',
      `This server has no key for ${originOf(source)}: the operator adds one under "backstop" in the exchange credentials file (docs/exchanges.md).`,
    );
  }
  return key;
}

export const backstopExchange: ExchangeType<Config> = {
  name: 'backstop',
  summary: 'A bank of another Backstop, followed through its change feed.',
  configSchema: Config,
  credentialsFrom: (c) => c.backstop,
  credentialsSchema: BackstopCredentialEntry,
  check(config, env) {
    keyFor(config, env);
  },
  async *fetch({ config, checkpoint, env }) {
    const key = keyFor(config, env);
    const source = followSource(config.url, config.remote_bank);
    const reader = {
      remoteBank: config.remote_bank,
      key,
      pageSize: config.page_size,
    };
    let after = Checkpoint.safeParse(checkpoint).data?.after ?? 0;
    for (;;) {
      const page = await readFollowedPage(reader, source, after);
      after = page.next;
      yield { changes: page.changes, checkpoint: { after }, checkpointTs: Math.floor(Date.now() / 1000) };
      if (!page.more) return;
    }
  },
};
