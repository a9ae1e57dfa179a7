import { resolve } from 'node:path';

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
  /** Serve the public profile-photo check `POST /v1/profile-check` (false: the route does not exist). */
  publicProfileCheck: boolean;
  /** Per-IP limit for the public profile-photo check (requests per minute). */
  profileCheckRateLimitPerMinute: number;
  /**
   * The apps or services that check this copy's fingerprint list, as the operator names them (shown
   * by the Help app through `GET /v1/operator`). Empty = none set up, and the app says so.
   */
  listCheckedBy: string[];
}

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
  publicProfileCheck: true,
  profileCheckRateLimitPerMinute: 20,
  listCheckedBy: [],
};

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
