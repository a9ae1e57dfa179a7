import { resolve } from 'node:path';
import type { ExchangeCredentials } from './exchanges/credentials.ts';
import type { PinGuardOptions } from './pin-guard.ts';
import type { WalkGuardOptions } from './walk-guard.ts';

export interface ServerConfig {
  port: number;
  host: string;
  /** Default PDQ match threshold (Hamming distance, inclusive); requests may ask for less or more up to 64. */
  pdqThreshold: number;
  /** PDQ hashes with quality below this are reported and not matched unless a request opts in. */
  pdqQualityThreshold: number;
  /** Largest image upload accepted for hashing, in bytes. */
  maxUploadBytes: number;
  /** Hosts HMA's `url` parameter may fetch from; empty = the parameter is refused. */
  fetchAllowHosts: string[];
  /** How often each process polls the change log to keep its index in sync (ms). */
  syncIntervalMs: number;
  /** The built Help web app served at `/`. */
  webDir: string;
  /** Per-IP limit for the public case routes (requests per minute). */
  caseRateLimitPerMinute: number;
  /**
   * Case creations worked on at once (each spends ~50 ms of one core in scrypt on libuv's pool; 2
   * leaves pool threads for the rest of the server); more wait in a queue of `caseCreateMaxQueue`.
   */
  caseCreateMaxInFlight: number;
  caseCreateMaxQueue: number;
  /** A case creation not committed this long after it arrived is refused (503), never committed late. */
  caseCreateDeadlineMs: number;
  /** Limits on wrong PINs (per client and number, then pacing per number): see pin-guard.ts. */
  casePinGuard: Partial<PinGuardOptions>;
  /** Serve the public profile-photo check `POST /v1/profile-check` (false: the route does not exist). */
  publicProfileCheck: boolean;
  /** Per-IP limit for the public profile-photo check (requests per minute). */
  profileCheckRateLimitPerMinute: number;
  /**
   * Which peers may set `X-Forwarded-For`: a number of proxy hops in front of the server, or a list
   * of proxy addresses/CIDRs (and proxy-addr's names `loopback`, `linklocal`, `uniquelocal`).
   * The client is the address the last trusted proxy saw. 0 / empty: trust no header.
   */
  trustProxy: TrustProxy;
  /** Requests with an invalid API key allowed per client address per minute (then 429). */
  failedAuthPerMinute: number;
  /** Worker threads for image hashing and text extraction (0: about the number of cores, at most 4). */
  workerThreads: number;
  /** Heavy jobs (hashing, extraction, OCR) that may wait for a worker; beyond it, 503 at once. */
  workerQueue: number;
  /** Pixels (width x height) of images decoded at once; more waits in the queue. */
  decodePixelBudget: number;
  /** Detection of walks towards a banked hash through the profile check: see walk-guard.ts. */
  profileCheckWalkGuard: Partial<WalkGuardOptions>;
  /**
   * The apps or services that check this copy's fingerprint list, as the operator names them (shown
   * by the Help app through `GET /v1/operator`). Empty = none set up, and the app says so.
   */
  listCheckedBy: string[];
  /** How often each enabled exchange is fetched (ms); 0: only when asked (POST /c/exchange/<name>/fetch). */
  exchangeIntervalMs: number;
  /** Credentials for exchanges (StopNCII, NCMEC, other Backstops): from configuration only, see docs/exchanges.md. */
  exchangeCredentials: ExchangeCredentials;
  /** Directories a `file` exchange may read hash lists from; empty: no local files. */
  exchangeFileDirs: string[];
  /** Hosts a `file` exchange may download hash lists from (https only); empty: no downloads. */
  exchangeFileAllowHosts: string[];
  /** Largest hash list a `file` exchange reads, in bytes. */
  exchangeFileMaxBytes: number;
  /** Who runs this copy, shown on the Help app's About page and footer (`GET /v1/operator`). */
  operator: OperatorDetails;
  /**
   * `neutral` (default): every page of the Help app has the same plain title, so the browser's
   * history does not say what was read; `descriptive`: each page's own name.
   */
  pageTitles: PageTitles;
}

export type PageTitles = 'neutral' | 'descriptive';

/** Who runs this copy of Backstop; empty fields are shown as not given. */
export interface OperatorDetails {
  /** The organisation or person running it. */
  name?: string;
  /** How to reach them: an e-mail address, a web address or a phone number. */
  contact?: string;
  /** Their privacy notice: a web address (linked) or a short text. */
  privacyNotice?: string;
}

/** Proxy hops in front of the server, or the addresses/CIDRs of the trusted proxies. */
export type TrustProxy = number | string[];

export const DEFAULT_CONFIG: ServerConfig = {
  port: 8080,
  host: '0.0.0.0',
  pdqThreshold: 31,
  pdqQualityThreshold: 50,
  maxUploadBytes: 20 * 1024 * 1024,
  fetchAllowHosts: [],
  syncIntervalMs: 250,
  webDir: resolve('dist/web'),
  caseRateLimitPerMinute: 30,
  caseCreateMaxInFlight: 2,
  caseCreateMaxQueue: 32,
  caseCreateDeadlineMs: 10_000,
  casePinGuard: {},
  publicProfileCheck: true,
  profileCheckRateLimitPerMinute: 20,
  trustProxy: 0,
  failedAuthPerMinute: 30,
  workerThreads: 0,
  workerQueue: 32,
  decodePixelBudget: 150_000_000,
  profileCheckWalkGuard: {},
  listCheckedBy: [],
  exchangeIntervalMs: 15 * 60_000,
  exchangeCredentials: {},
  exchangeFileDirs: [],
  exchangeFileAllowHosts: [],
  exchangeFileMaxBytes: 256 * 1024 * 1024,
  operator: {},
  pageTitles: 'neutral',
};

/** The operator's details with blank fields left out (each trimmed, at most 500 characters). */
export function operatorDetails(fields: Record<keyof OperatorDetails, string | undefined>): OperatorDetails {
  const details: OperatorDetails = {};
  for (const [key, value] of Object.entries(fields) as [keyof OperatorDetails, string | undefined][]) {
    const text = value?.trim();
    if (!text) continue;
    if (text.length > 500) throw new RangeError(`operator ${key}: keep it under 500 characters.`);
    details[key] = text;
  }
  return details;
}

/** Reads `--page-titles` / `BACKSTOP_PAGE_TITLES`: `neutral` or `descriptive` (undefined: the default). */
export function parsePageTitles(value: string | undefined): PageTitles | undefined {
  const text = (value ?? '').trim().toLowerCase();
  if (!text) return undefined;
  if (text === 'neutral' || text === 'descriptive') return text;
  throw new RangeError(`page titles: "${value}" is not "neutral" or "descriptive".`);
}

/**
 * Reads `--trust-proxy` / `TRUST_PROXY`: a whole number is that many proxy hops (`1`: one reverse
 * proxy; the client is the address it saw), anything else a comma-separated list of proxy
 * addresses or CIDRs. Empty, `0`, `false` or `off`: no proxy is trusted.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? '').trim();
  if (!text || /^(0|false|off|no)$/i.test(text)) return 0;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new RangeError(`TRUST_PROXY: ${hops} hops is not a plausible proxy chain.`);
    return hops;
  }
  if (/^(true|all|\*)$/i.test(text)) {
    throw new RangeError(
      'TRUST_PROXY: trusting every peer lets any client choose its address; give a number of hops or the proxies\u2019 addresses.',
    );
  }
  return parseNameList(text) ?? [];
}

/** `"App One, App Two"` → `["App One", "App Two"]` (the form of --list-checked-by and its env). */
export function parseNameList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

export function resolveConfig(partial: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
  };
}
