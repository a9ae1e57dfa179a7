// One fetch of one exchange: take its lease, read from its checkpoint page by page, apply each page
// with its new checkpoint in one transaction, and record how it went (HMA's fetch status).
import { BackstopError } from '../../core/errors.ts';
import {
  applyItemChanges,
  claimExchange,
  finishExchangeFetch,
  saveExchangeProgress,
  sourceExternalIds,
  type Exchange,
  type ItemChange,
  type Store,
} from '../../store/index.ts';
import { findExchangeType } from './index.ts';
import type { ExchangeEnvironment } from './types.ts';

/** How long a fetch holds an exchange without finishing a page before another process may take it. */
export const DEFAULT_LEASE_MS = 10 * 60_000;

export interface FetchOutcome {
  /** False when the exchange was not taken: disabled, not due, or another fetch holds it. */
  ran: boolean;
  pages: number;
  items: number;
  error: { code: string; message: string } | null;
}

export interface RunOptions {
  leaseMs?: number;
  /** Only fetch if the last fetch started at least this long ago (the scheduler's interval). */
  dueAfterMs?: number;
  /** Told about failures (error messages never carry credentials); `cause` is the error thrown. */
  onError?: (exchange: string, error: { code: string; message: string }, cause: unknown) => void;
  /** Checked between pages: when true the fetch stops there (it goes on from its checkpoint next time). */
  shouldStop?: () => boolean;
}

/** Items a source names twice in one page: the last one is what the source says now. */
function lastOfEach(changes: ItemChange[]): ItemChange[] {
  const byId = new Map<string, ItemChange>();
  for (const change of changes) {
    byId.delete(String(change.id));
    byId.set(String(change.id), change);
  }
  return [...byId.values()];
}

/** What a failed fetch shows in its status: a BackstopError's code and message, or a plain word. */
function describe(error: unknown): { code: string; message: string } {
  if (error instanceof BackstopError) return { code: error.code, message: error.message };
  return { code: 'exchange_failed', message: 'The fetch failed unexpectedly (see the server log).' };
}

export function exchangeSource(name: string): string {
  return `exchange:${name}`;
}

export async function runExchangeFetch(
  store: Store,
  name: string,
  env: ExchangeEnvironment,
  options: RunOptions = {},
): Promise<FetchOutcome> {
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const exchange: Exchange | undefined = await claimExchange(store, name, leaseMs, options.dueAfterMs);
  const outcome: FetchOutcome = { ran: false, pages: 0, items: 0, error: null };
  if (!exchange) return outcome;
  outcome.ran = true;
  const source = exchangeSource(name);
  try {
    const type = findExchangeType(exchange.api);
    if (!type)
      throw new BackstopError('no_such_exchange_api', `This server has no exchange type '${exchange.api}'.`);
    const parsed = type.configSchema.safeParse(exchange.config);
    if (!parsed.success)
      throw new BackstopError('exchange_bad_config', 'The stored configuration is no longer valid.');
    const pages = type.fetch({
      name,
      config: parsed.data,
      checkpoint: exchange.checkpoint,
      env,
      existingIds: () => sourceExternalIds(store, exchange.bankId, source),
    });
    for await (const page of pages) {
      if (options.shouldStop?.()) {
        throw new BackstopError(
          'fetch_interrupted',
          'The server stopped during this fetch; the next fetch goes on from the checkpoint.',
        );
      }
      const changes = lastOfEach(page.changes);
      await store.transaction(async (tx) => {
        await applyItemChanges(tx, exchange.bankId, source, changes);
        await saveExchangeProgress(tx, name, {
          checkpoint: page.checkpoint,
          checkpointTs: page.checkpointTs,
          items: changes.length,
          leaseMs,
        });
      });
      outcome.pages++;
      outcome.items += changes.length;
    }
    await finishExchangeFetch(store, name, { upToDate: true, error: null });
  } catch (error) {
    outcome.error = describe(error);
    options.onError?.(name, outcome.error, error);
    await finishExchangeFetch(store, name, { upToDate: false, error: outcome.error }).catch(() => undefined);
  }
  return outcome;
}
