// `stop_ncii`: hashes people submitted to StopNCII.org, read through its FetchHashes API as
// python-threatexchange's StopNCII client describes it (written from that description and checked
// only against a test server speaking the same format: see docs/exchanges.md).
import { z } from 'zod';
import { BackstopError, reasonOf } from '../../core/errors.ts';
import { parseSignal, type ItemChange, type SignalTypeName } from '../../store/index.ts';
import { StopNciiCredentialsFile } from './credentials.ts';
import { getWithRetry } from './http.ts';
import type { ExchangeEnvironment, ExchangeType } from './types.ts';

export const STOPNCII_BASE_URL = 'https://api.stopncii.org/v1';
/** The start time python-threatexchange uses for a first fetch (everything). */
const FIRST_START = 10;

const Config = z
  .object({
    page_size: z.number().int().min(1).max(10_000).default(800).describe('Hash records read per request'),
  })
  .strict();
type Config = z.infer<typeof Config>;

const HashRecord = z.looseObject({
  lastModtimestamp: z.number().optional(),
  signalType: z.string(),
  hashValue: z.string(),
  hashStatus: z.string(),
});

const FetchHashesResponse = z.looseObject({
  count: z.number().optional(),
  nextPageToken: z.string().nullable().optional(),
  nextSetTimestamp: z.number().int(),
  hasMoreRecords: z.boolean(),
  hashRecords: z.array(HashRecord),
});

/** `update_time`: the startTimestamp to ask from; `next_page_token`: a cursor within that set. */
const Checkpoint = z.object({ update_time: z.number().int(), next_page_token: z.string().optional() });
type Checkpoint = z.infer<typeof Checkpoint>;

/** StopNCII's signal types that Backstop matches; URL and Text records are skipped. */
const SIGNAL_TYPES: Record<string, SignalTypeName> = { ImagePDQ: 'pdq', VideoMD5: 'md5' };
/** Case statuses that mean the hash must go (python-threatexchange: "should be deleted by client"). */
const GONE = new Set(['Withdrawn', 'Deleted']);

const bad = (message: string) => new BackstopError('exchange_bad_answer', message, { status: 502 });

function credentials(env: ExchangeEnvironment) {
  const c = env.credentials.stop_ncii;
  if (!c) {
    throw new BackstopError(
      'exchange_not_configured',
      'This server has no StopNCII keys: the operator sets TX_STOPNCII_KEYS or "stop_ncii" in the exchange credentials file (docs/exchanges.md).',
    );
  }
  return c;
}

export function stopNciiChange(record: z.infer<typeof HashRecord>): ItemChange | undefined {
  const type = SIGNAL_TYPES[record.signalType];
  if (!type) return undefined;
  let signal;
  try {
    signal = parseSignal(type, record.hashValue);
  } catch (error) {
    throw bad(
      `StopNCII sent an invalid ${record.signalType} hash: ${reasonOf(error)} Nothing from this page was applied.`,
    );
  }
  const id = `${record.signalType}:${signal.value}`;
  if (GONE.has(record.hashStatus)) {
    return { id, status: 'removed', contentType: null, disabledUntil: null, signals: [] };
  }
  return {
    id,
    status: 'active',
    contentType: type === 'pdq' ? 'photo' : 'video',
    disabledUntil: null,
    signals: [signal],
  };
}

export const stopNciiExchange: ExchangeType<Config> = {
  name: 'stop_ncii',
  summary: 'Hashes submitted to StopNCII.org (FetchHashes API; keys from the server configuration).',
  configSchema: Config,
  credentialsFrom: (c) => c.stop_ncii,
  credentialsSchema: StopNciiCredentialsFile,
  check(_config, env) {
    credentials(env);
  },
  async *fetch({ config, checkpoint, env }) {
    const keys = credentials(env);
    const base = (keys.baseUrl ?? STOPNCII_BASE_URL).replace(/\/+$/, '');
    const saved: Checkpoint | undefined = Checkpoint.safeParse(checkpoint).data;
    const start = saved?.update_time ?? FIRST_START;
    let token = saved?.next_page_token ?? '';
    let resumed = token !== '';
    for (;;) {
      const params = new URLSearchParams({
        startTimestamp: String(start),
        pageSize: String(config.page_size),
      });
      if (token) params.set('nextPageToken', token);
      let response: Response;
      try {
        response = await getWithRetry(`${base}/FetchHashes?${params}`, {
          service: 'StopNCII',
          headers: {
            'x-functions-key': keys.functionKey,
            'Ocp-Apim-Subscription-Key': keys.subscriptionKey,
            accept: 'application/json',
          },
          retryDelayMs: env.retryDelayMs,
        });
      } catch (error) {
        // A page token is only good for a while: after a long stop, read the set again from its start.
        if (resumed && error instanceof BackstopError && error.code === 'exchange_http_error') {
          resumed = false;
          token = '';
          continue;
        }
        throw error;
      }
      resumed = false;
      const body = FetchHashesResponse.safeParse(await response.json().catch(() => undefined));
      if (!body.success) throw bad('StopNCII did not answer with a page of hash records.');
      const changes = body.data.hashRecords.flatMap((r) => stopNciiChange(r) ?? []);
      const more = body.data.hasMoreRecords && !!body.data.nextPageToken;
      const next: Checkpoint = more
        ? { update_time: start, next_page_token: body.data.nextPageToken! }
        : { update_time: body.data.nextSetTimestamp };
      yield { changes, checkpoint: next, checkpointTs: more ? null : body.data.nextSetTimestamp };
      if (!more) return;
      token = body.data.nextPageToken!;
    }
  },
};
