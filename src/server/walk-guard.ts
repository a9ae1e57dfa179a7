import { RetryLaterError } from './errors.ts';
import { popcount32, writePdqWords } from '../core/pdq/hash-format.ts';

export interface WalkGuardOptions {
  /** Two checks are neighbours when some hash of one is within this many bits of some hash of the other. */
  radius: number;
  /** Earlier neighbouring checks from one client after which its next one is refused. */
  perClient: number;
  /** Earlier neighbouring checks from everyone after which the neighbourhood is slowed. */
  global: number;
  /** While slowed: one new check in the neighbourhood per this many ms, from everyone together. */
  slowIntervalMs: number;
  /** How long a check is remembered. */
  windowMs: number;
  /** Hashes remembered (a ring: the oldest are forgotten first). */
  capacity: number;
  now?: () => number;
}

export const DEFAULT_WALK_GUARD: WalkGuardOptions = {
  radius: 40,
  perClient: 8,
  global: 48,
  slowIntervalMs: 5 * 60_000,
  windowMs: 24 * 3_600_000,
  capacity: 32_768,
};

const WORDS = 8;

export class SimilarChecksRefused extends RetryLaterError {
  constructor(retryAfterSeconds: number) {
    super(
      'too_many_similar_checks',
      'Too many checks of nearly the same photo. Please try again later.',
      429,
      retryAfterSeconds,
    );
  }
}

/**
 * Spots walks through the yes/no profile check. Recovering a banked hash needs hundreds of checks
 * of hashes close to each other (issue 15: 271, each one bit from the last), while ordinary use
 * checks a few unrelated photos (~128 bits apart) and sometimes the same photo again. This keeps a
 * bounded ring of recent checked hashes (in memory only; client and time, never the answer) and
 * counts, for a new check, the earlier checks within `radius` bits of it that are not exact
 * repeats (a repeat teaches nothing new):
 *
 * - from the same client (address or IPv6 /64): at `perClient`, refused (429) until they age out;
 * - from everyone (a walk spread over many addresses): at `global`, the neighbourhood is slowed to
 *   one new check per `slowIntervalMs` (429 with Retry-After for the others).
 */
export class WalkGuard {
  private readonly options: WalkGuardOptions;
  private readonly words: Uint32Array;
  private readonly request: Int32Array;
  private readonly time: Float64Array;
  private readonly client: string[];
  private next = 0;
  private size = 0;
  private requests = 0;
  private readonly now: () => number;
  private readonly probe = new Uint32Array(WORDS * 8);

  constructor(options: Partial<WalkGuardOptions> = {}) {
    this.options = { ...DEFAULT_WALK_GUARD, ...options };
    const { capacity } = this.options;
    this.words = new Uint32Array(capacity * WORDS);
    this.request = new Int32Array(capacity);
    this.time = new Float64Array(capacity);
    this.client = new Array<string>(capacity);
    this.now = this.options.now ?? Date.now;
  }

  /** Throws SimilarChecksRefused when this check continues a walk; else remembers it. */
  admit(client: string, hashes: string[]): void {
    const now = this.now();
    const { radius, perClient, global, slowIntervalMs, windowMs, capacity } = this.options;
    const n = Math.min(hashes.length, 8);
    for (let h = 0; h < n; h++) writePdqWords(hashes[h].toLowerCase(), this.probe, h * WORDS);
    const mine = new Map<number, number>();
    const everyone = new Set<number>();
    let newest = 0;
    for (let i = 0; i < this.size; i++) {
      const at = (this.next - 1 - i + capacity) % capacity;
      const when = this.time[at];
      if (now - when >= windowMs) break; // older ones are older still
      const base = at * WORDS;
      for (let h = 0; h < n; h++) {
        let d = 0;
        for (let w = 0; w < WORDS && d <= radius; w++) {
          d += popcount32((this.words[base + w] ^ this.probe[h * WORDS + w]) >>> 0);
        }
        if (d === 0 || d > radius) continue;
        const id = this.request[at];
        everyone.add(id);
        if (this.client[at] === client && !mine.has(id)) mine.set(id, when);
        if (when > newest) newest = when;
        break;
      }
    }
    if (mine.size >= perClient) {
      const oldest = Math.min(...mine.values());
      throw new SimilarChecksRefused(Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)));
    }
    if (everyone.size >= global && now - newest < slowIntervalMs) {
      throw new SimilarChecksRefused(Math.max(1, Math.ceil((newest + slowIntervalMs - now) / 1000)));
    }
    const id = ++this.requests;
    for (let h = 0; h < n; h++) {
      this.words.set(this.probe.subarray(h * WORDS, h * WORDS + WORDS), this.next * WORDS);
      this.request[this.next] = id;
      this.time[this.next] = now;
      this.client[this.next] = client;
      this.next = (this.next + 1) % capacity;
      this.size = Math.min(this.size + 1, capacity);
    }
  }
}
