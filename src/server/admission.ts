import { RetryLaterError } from './errors.ts';

export interface AdmissionOptions {
  /** Requests worked on at once (case creation: the scrypt pool's 4 threads). */
  maxInFlight: number;
  /** Requests waiting for a slot; one more is refused at once. */
  maxQueue: number;
  /** A request must be done this long after it arrived, or it is refused without being done. */
  deadlineMs: number;
  now?: () => number;
}

/** 503 with `Retry-After`: refused before any work was done, so a retry is always safe. */
export class Overloaded extends RetryLaterError {
  constructor(retryAfterSeconds: number) {
    super(
      'busy',
      'The server is busy. Nothing was saved. Please try again in a few seconds.',
      503,
      retryAfterSeconds,
    );
  }
}

interface Waiting {
  arrived: number;
  start: () => void;
  refuse: () => void;
}

/**
 * A bounded queue in front of expensive work: at most `maxInFlight` run, at most `maxQueue` wait,
 * and a request is refused at once (503 + Retry-After) when the queue is full or when the expected
 * wait (queue length x recent service time) would pass its deadline, instead of being done late
 * for a client that has given up. `run` also refuses a request whose `signal` aborted while it
 * waited (the client went away).
 */
export class Admission {
  private inFlight = 0;
  private readonly waiting: Waiting[] = [];
  /** Recent service time (ms), an exponentially weighted average. */
  private serviceMs = 250;
  private readonly now: () => number;

  constructor(private readonly options: AdmissionOptions) {
    this.now = options.now ?? Date.now;
  }

  get load(): { inFlight: number; waiting: number } {
    return { inFlight: this.inFlight, waiting: this.waiting.length };
  }

  private retryAfter(): number {
    const backlog = this.inFlight + this.waiting.length + 1;
    return Math.max(1, Math.ceil((backlog * this.serviceMs) / this.options.maxInFlight / 1000));
  }

  async run<T>(arrived: number, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const { maxInFlight, maxQueue, deadlineMs } = this.options;
    if (this.inFlight >= maxInFlight) {
      const expectedWait = ((this.waiting.length + 1) * this.serviceMs) / maxInFlight;
      const left = arrived + deadlineMs - this.now();
      if (this.waiting.length >= maxQueue || expectedWait + this.serviceMs > left) {
        throw new Overloaded(this.retryAfter());
      }
      await new Promise<void>((resolve, reject) => {
        const refuse = () => {
          clearTimeout(timer);
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          reject(new Overloaded(this.retryAfter()));
        };
        const entry: Waiting = {
          arrived,
          start: () => {
            clearTimeout(timer);
            resolve();
          },
          refuse,
        };
        const timer = setTimeout(refuse, left);
        timer.unref?.();
        this.waiting.push(entry);
      });
    } else {
      this.inFlight += 1;
    }
    // inFlight was handed over by release() (or taken above): give it back whatever happens.
    try {
      if (signal?.aborted) throw new Overloaded(this.retryAfter());
      const started = this.now();
      const result = await work();
      this.serviceMs = 0.8 * this.serviceMs + 0.2 * (this.now() - started);
      return result;
    } finally {
      this.release();
    }
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.inFlight -= 1;
    // With what is now known of the service time, refuse at once those that cannot make it.
    const now = this.now();
    const perSlot = this.serviceMs / this.options.maxInFlight;
    const late = this.waiting.filter(
      (entry, at) => now + (at + 1) * perSlot + this.serviceMs > entry.arrived + this.options.deadlineMs,
    );
    for (const entry of late) entry.refuse();
  }
}
