import { RetryLaterError } from './errors.ts';

export interface PinGuardOptions {
  /** Wrong PINs one client may try on one case number per window before it must wait. */
  perClientFailures: number;
  /** Wrong PINs on one case number, from everyone, after which checks of it are paced. */
  perNumberFailures: number;
  windowMs: number;
  /** While paced: one check of that number per this many ms, from everyone together. */
  paceMs: number;
  /** A paced check waits at most this long for its turn; beyond, it is refused (429). */
  maxWaitMs: number;
  /** Numbers and (number, client) pairs remembered; the oldest are forgotten beyond this. */
  maxEntries: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_PIN_GUARD: PinGuardOptions = {
  perClientFailures: 5,
  perNumberFailures: 20,
  windowMs: 15 * 60_000,
  paceMs: 3_000,
  maxWaitMs: 10_000,
  maxEntries: 100_000,
};

interface Count {
  failures: number;
  since: number;
}

/** A refusal that says when to come back (`Retry-After`). */
export class TooManyAttempts extends RetryLaterError {
  constructor(retryAfterSeconds: number) {
    super(
      'too_many_attempts',
      'Too many wrong case numbers or PINs were tried. Please wait a few minutes and try again.',
      429,
      retryAfterSeconds,
    );
  }
}

/**
 * Limits PIN guessing on the public case routes, keyed by the case number as typed (normalised)
 * whether or not such a case exists, so the limits themselves say nothing about existence:
 *
 * - one client (address or IPv6 /64) gets `perClientFailures` wrong PINs per number per window, then
 *   `429 too_many_attempts` for that number only: a stranger can spend their own tries, not the
 *   owner's;
 * - when a number collects `perNumberFailures` wrong PINs from everyone in a window (a guess spread
 *   over many addresses), its checks are paced to one per `paceMs`: guessing slows to a crawl
 *   (10^8 PINs) while the owner still gets in, at worst after a wait or a retry. Nothing is ever
 *   locked.
 *
 * Kept in this process's memory, bounded by `maxEntries`.
 */
export class PinGuard {
  private readonly options: PinGuardOptions;
  private readonly pairs = new Map<string, Count>();
  private readonly numbers = new Map<string, Count>();
  private readonly nextTurn = new Map<string, number>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: Partial<PinGuardOptions> = {}) {
    this.options = { ...DEFAULT_PIN_GUARD, ...options };
    this.now = this.options.now ?? Date.now;
    this.sleep = this.options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /** Waits for this check's turn, or throws TooManyAttempts. */
  async admit(number: string, client: string): Promise<void> {
    const now = this.now();
    const pair = this.current(this.pairs, `${number} ${client}`, now);
    if (pair && pair.failures >= this.options.perClientFailures) {
      throw new TooManyAttempts(Math.ceil((pair.since + this.options.windowMs - now) / 1000));
    }
    const all = this.current(this.numbers, number, now);
    if (!all || all.failures < this.options.perNumberFailures) return;
    const turn = Math.max(now, this.nextTurn.get(number) ?? 0);
    if (turn - now > this.options.maxWaitMs) {
      throw new TooManyAttempts(Math.ceil((turn - now) / 1000));
    }
    this.remember(this.nextTurn, number, turn + this.options.paceMs);
    if (turn > now) await this.sleep(turn - now);
  }

  failed(number: string, client: string): void {
    const now = this.now();
    for (const [map, key] of [
      [this.pairs, `${number} ${client}`],
      [this.numbers, number],
    ] as const) {
      const count = this.current(map, key, now) ?? { failures: 0, since: now };
      count.failures += 1;
      this.remember(map, key, count);
    }
  }

  /** The right PIN clears this client's count for the number (not everyone's). */
  succeeded(number: string, client: string): void {
    this.pairs.delete(`${number} ${client}`);
  }

  private current(map: Map<string, Count>, key: string, now: number): Count | undefined {
    const count = map.get(key);
    if (count && now - count.since >= this.options.windowMs) {
      map.delete(key);
      if (map === this.numbers) this.nextTurn.delete(key);
      return undefined;
    }
    return count;
  }

  private remember<T>(map: Map<string, T>, key: string, value: T): void {
    map.delete(key);
    map.set(key, value);
    if (map.size > this.options.maxEntries) map.delete(map.keys().next().value!);
  }
}
