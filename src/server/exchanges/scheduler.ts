// Runs every enabled exchange's fetch on a schedule: each is fetched when its last fetch started at
// least `intervalMs` ago, one at a time in this process, and (through its lease in the database)
// by one process at a time.
import type { FastifyBaseLogger } from 'fastify';
import { listExchanges, type Store } from '../../store/index.ts';
import { runExchangeFetch, type FetchOutcome } from './runner.ts';
import type { ExchangeEnvironment } from './types.ts';

export interface SchedulerOptions {
  /** How often each exchange is fetched (ms); 0: never on a schedule (manual fetches still run). */
  intervalMs: number;
  leaseMs?: number;
  log?: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
}

export class ExchangeScheduler {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private running: Promise<void> | undefined;
  /** Exchanges this process is fetching now, and those fetches. */
  private readonly busy = new Set<string>();
  private readonly inFlight = new Set<Promise<FetchOutcome>>();

  constructor(
    private readonly store: Store,
    readonly env: ExchangeEnvironment,
    private readonly options: SchedulerOptions,
  ) {}

  start(): void {
    if (this.options.intervalMs <= 0 || this.timer) return;
    this.stopped = false;
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.fetchDue()
        .catch((error: unknown) => this.options.log?.error({ err: error }, 'exchange scheduler failed'))
        .finally(() => {
          this.running = undefined;
          // Look for due exchanges often enough that none waits much longer than its interval.
          this.schedule(Math.min(this.options.intervalMs, 60_000));
        });
    }, delayMs);
    this.timer.unref();
  }

  /** Fetches every enabled exchange that is due (its last fetch started `intervalMs` ago or never). */
  async fetchDue(): Promise<void> {
    for (const exchange of await listExchanges(this.store)) {
      if (this.stopped) return;
      if (!exchange.enabled || this.busy.has(exchange.name)) continue;
      await this.run(exchange.name, this.options.intervalMs);
    }
  }

  /**
   * Fetches one exchange now, whatever its schedule. `ran: false` when it is disabled or a fetch of
   * it is already running (here or in another process).
   */
  async fetchNow(name: string): Promise<FetchOutcome> {
    if (this.busy.has(name)) return { ran: false, pages: 0, items: 0, error: null };
    return this.run(name, undefined);
  }

  private run(name: string, dueAfterMs: number | undefined): Promise<FetchOutcome> {
    const fetch = this.fetchOne(name, dueAfterMs);
    this.inFlight.add(fetch);
    void fetch.finally(() => this.inFlight.delete(fetch)).catch(() => undefined);
    return fetch;
  }

  private async fetchOne(name: string, dueAfterMs: number | undefined): Promise<FetchOutcome> {
    this.busy.add(name);
    try {
      const outcome = await runExchangeFetch(this.store, name, this.env, {
        leaseMs: this.options.leaseMs,
        dueAfterMs,
        shouldStop: () => this.stopped,
        onError: (exchange, error, cause) =>
          this.options.log?.warn(
            { exchange, code: error.code, ...(error.code === 'exchange_failed' ? { err: cause } : {}) },
            `exchange fetch failed: ${error.message}`,
          ),
      });
      if (outcome.ran && !outcome.error) {
        this.options.log?.info(
          { exchange: name, pages: outcome.pages, items: outcome.items },
          'exchange fetched',
        );
      }
      return outcome;
    } finally {
      this.busy.delete(name);
    }
  }

  /** Stops the schedule; a fetch in progress stops after its current page. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
    await Promise.allSettled([...this.inFlight]);
  }
}
