// Copies a bank of another Backstop into a local bank through its change feed
// (GET /v1/banks/:name/changes), page by page, each page applied in one transaction.
import { BackstopError, reasonOf } from '../../core/errors.ts';
import {
  applyFollowedChanges,
  createBank,
  findBank,
  followCheckpoint,
  parseSignal,
  type FollowTally,
  type FollowedChange,
  type Store,
} from '../../store/index.ts';
import { ChangePageSchema } from '../../server/views.ts';

export interface FollowOptions {
  /** Base URL of the other Backstop, e.g. https://backstop.example.org */
  url: string;
  /** The bank there, e.g. VICTIM_CASES */
  remoteBank: string;
  /** A curate key for the other Backstop */
  key: string;
  /** The local bank to fill (made if missing) */
  localBank: string;
  /** Change records per request (default 1000) */
  pageSize?: number;
  /** For tests: a fetch to use instead of the global one */
  fetch?: typeof fetch;
  /** Milliseconds before a request is given up (default 30 s) */
  timeoutMs?: number;
}

export interface FollowResult extends FollowTally {
  source: string;
  checkpoint: number;
  pages: number;
}

/** The source as stored with each copied item: the bank's feed URL without any secret. */
export function followSource(url: string, remoteBank: string): string {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    throw new BackstopError(
      'invalid_url',
      `"${url}" is not a web address (for example https://backstop.example.org).`,
    );
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new BackstopError('invalid_url', 'The address must start with http:// or https://.');
  }
  if (base.username || base.password) {
    throw new BackstopError(
      'invalid_url',
      'Put the key in --key (or BACKSTOP_FOLLOW_KEY), not in the address.',
    );
  }
  const path = base.pathname.replace(/\/+$/, '');
  return `${base.origin}${path}/v1/banks/${encodeURIComponent(remoteBank)}/changes`;
}

/** What reading a feed needs: the feed's URL (see followSource), the key, the page size. */
export type FeedReader = Pick<FollowOptions, 'remoteBank' | 'key' | 'pageSize' | 'fetch' | 'timeoutMs'>;

/**
 * One page of a followed bank's feed after checkpoint `after`, validated: every fingerprint is
 * parsed, and any invalid one fails the whole page (502 errors saying what went wrong, never the key).
 */
export async function readFollowedPage(
  options: FeedReader,
  source: string,
  after: number,
): Promise<{ changes: FollowedChange[]; next: number; more: boolean }> {
  const origin = new URL(source).origin;
  const fail = (code: string, message: string) => new BackstopError(code, message, { status: 502 });
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(`${source}?after=${after}&limit=${options.pageSize ?? 1000}`, {
      headers: { authorization: `Bearer ${options.key}`, accept: 'application/json' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      redirect: 'error',
    });
  } catch (error) {
    throw fail('source_unreachable', `Could not reach ${origin}: ${networkReason(error)}.`);
  }
  if (response.status === 401 || response.status === 403) {
    throw fail(
      'source_refused_key',
      `${origin} refused the key (HTTP ${response.status}): following a bank needs a curate key there.`,
    );
  }
  if (response.status === 404) {
    throw fail(
      'source_bank_not_found',
      `${origin} has no bank ${options.remoteBank} (or is not a Backstop with a change feed).`,
    );
  }
  if (!response.ok) throw fail('source_failed', `${origin} answered HTTP ${response.status}.`);
  const page = ChangePageSchema.safeParse(await response.json().catch(() => undefined));
  if (!page.success) throw fail('source_bad_answer', `${origin} did not answer with a page of changes.`);
  const changes = page.data.changes.map((c) => ({
    id: c.id,
    status: c.status,
    contentType: c.contentType,
    disabledUntil: c.disabledUntil ? new Date(c.disabledUntil) : null,
    signals: Object.entries(c.signals).map(([type, value]) => {
      try {
        return parseSignal(type, value);
      } catch (error) {
        throw fail(
          'source_bad_answer',
          `${origin} sent an invalid fingerprint for its item ${c.id}: ${reasonOf(error)} Nothing from this page was applied.`,
        );
      }
    }),
  }));
  return { changes, next: page.data.next, more: page.data.more };
}

function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return 'no answer in time';
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Reads the source's changes from the local checkpoint until it is up to date. Each page is applied
 * together with its checkpoint in one transaction, so stopping at any moment loses nothing and
 * repeats nothing; running it again continues where it stopped.
 */
export async function followBank(store: Store, options: FollowOptions): Promise<FollowResult> {
  const source = followSource(options.url, options.remoteBank);
  const origin = new URL(source).origin;
  const bank =
    (await findBank(store, options.localBank)) ??
    (await createBank(store, {
      name: options.localBank,
      description: `Copied from ${options.remoteBank} at ${origin} (backstop bank follow).`,
    }));
  const result: FollowResult = { source, checkpoint: 0, pages: 0, added: 0, updated: 0, removed: 0 };
  let after = await followCheckpoint(store, bank.id, source);
  for (;;) {
    const page = await readFollowedPage(options, source, after);
    const tally = await store.transaction((tx) =>
      applyFollowedChanges(tx, bank.id, source, page.changes, page.next),
    );
    result.added += tally.added;
    result.updated += tally.updated;
    result.removed += tally.removed;
    result.pages++;
    after = page.next;
    if (!page.more) break;
  }
  result.checkpoint = after;
  return result;
}
