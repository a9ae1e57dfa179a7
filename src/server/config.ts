import { resolve } from 'node:path';
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
  /** Detection of walks towards a banked hash through the profile check: see walk-guard.ts. */
  profileCheckWalkGuard: Partial<WalkGuardOptions>;
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
  caseCreateMaxInFlight: 2,
  caseCreateMaxQueue: 32,
  caseCreateDeadlineMs: 10_000,
  casePinGuard: {},
  publicProfileCheck: true,
  profileCheckRateLimitPerMinute: 20,
  profileCheckWalkGuard: {},
};

export function resolveConfig(partial: Partial<ServerConfig> = {}): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    ...Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)),
  };
}
