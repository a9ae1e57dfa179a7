import { RetryLaterError } from '../errors.ts';

/** Seconds a client is told to wait when the heavy-work queue is full. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

interface Waiter {
  lane: string;
  pixels: number;
  start: () => void;
}

/**
 * Admission for heavy jobs: each lane has a number of slots (jobs running at once), all lanes
 * share a budget of decoded pixels (a job over the whole budget runs only alone), and at most
 * `maxWaiting` jobs wait. A job that would wait beyond that is refused at once with 503 +
 * Retry-After, so a burst costs a quick refusal instead of memory and minutes of queueing.
 */
export class Admission {
  private readonly running = new Map<string, number>();
  private pixelsInUse = 0;
  private readonly waiting: Waiter[] = [];

  constructor(
    private readonly slots: Record<string, number>,
    readonly pixelBudget: number,
    readonly maxWaiting: number,
  ) {}

  async run<T>(lane: string, pixels: number, job: () => Promise<T>): Promise<T> {
    if (this.waiting.some((w) => w.lane === lane) || !this.canStart(lane, pixels)) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new RetryLaterError(
          'server_busy',
          'The server is busy with other images and texts. Please try again in a few seconds.',
          503,
          BUSY_RETRY_AFTER_SECONDS,
        );
      }
      await new Promise<void>((start) => this.waiting.push({ lane, pixels, start }));
    } else {
      this.take(lane, pixels);
    }
    try {
      return await job();
    } finally {
      this.release(lane, pixels);
    }
  }

  stats() {
    return {
      running: Object.fromEntries(this.running),
      waiting: this.waiting.length,
      pixelsInUse: this.pixelsInUse,
    };
  }

  private canStart(lane: string, pixels: number): boolean {
    if ((this.running.get(lane) ?? 0) >= (this.slots[lane] ?? 1)) return false;
    return this.pixelsInUse === 0 || this.pixelsInUse + pixels <= this.pixelBudget;
  }

  private take(lane: string, pixels: number): void {
    this.running.set(lane, (this.running.get(lane) ?? 0) + 1);
    this.pixelsInUse += pixels;
  }

  private release(lane: string, pixels: number): void {
    this.running.set(lane, (this.running.get(lane) ?? 1) - 1);
    this.pixelsInUse -= pixels;
    // Start waiters in order; a lane whose first waiter cannot start keeps the rest of that lane waiting.
    const blocked = new Set<string>();
    for (let i = 0; i < this.waiting.length;) {
      const waiter = this.waiting[i];
      if (!blocked.has(waiter.lane) && this.canStart(waiter.lane, waiter.pixels)) {
        this.waiting.splice(i, 1);
        this.take(waiter.lane, waiter.pixels);
        waiter.start();
      } else {
        blocked.add(waiter.lane);
        i++;
      }
    }
  }
}
