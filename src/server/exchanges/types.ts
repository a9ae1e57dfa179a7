// What an exchange type is: python-threatexchange's SignalExchangeAPI, reduced to what a bank needs.
import type { z } from 'zod';
import type { ItemChange } from '../../store/index.ts';
import type { ExchangeCredentials } from './credentials.ts';

/** Where and how an exchange may read: all of it from the server's configuration, none from a request. */
export interface ExchangeEnvironment {
  credentials: ExchangeCredentials;
  /** Directories the `file` exchange may read local lists from (empty: no local files). */
  fileDirs: string[];
  /** Hosts the `file` exchange may download lists from over https (empty: no downloads). */
  fileAllowHosts: string[];
  /** Largest list a `file` exchange downloads or reads, in bytes. */
  fileMaxBytes: number;
  /** Waits before a retry: milliseconds for attempt n (1-based); tests pass () => 0. */
  retryDelayMs?: (attempt: number) => number;
  /** For tests: the clock NCMEC's time ranges end at (ms since 1970; default Date.now). */
  now?: () => number;
}

/** One page of what a fetch read, applied with its checkpoint in one transaction. */
export interface ExchangePage {
  changes: ItemChange[];
  /** Where the next fetch (or a restart) continues from: JSON, in the type's own form. */
  checkpoint: unknown;
  /** Unix seconds the source has been read up to (HMA's checkpoint_ts), or null if unchanged. */
  checkpointTs: number | null;
}

export interface FetchInput<Config> {
  name: string;
  config: Config;
  /** The checkpoint the last page saved (null on the first fetch). */
  checkpoint: unknown;
  env: ExchangeEnvironment;
  /** The external ids this exchange's items have in its bank (for types that read whole lists). */
  existingIds(): Promise<Set<string>>;
}

/**
 * An exchange type (HMA's "exchange API"): its name, the `api_json` it takes when an exchange is
 * created, and how to read the outside list from a checkpoint. Register it in ./index.ts.
 */
export interface ExchangeType<Config = unknown> {
  name: string;
  summary: string;
  /** Validates `api_json`; what it returns is stored as the exchange's config and shown by GET. */
  configSchema: z.ZodType<Config>;
  /** Credentials this type reads from configuration, if any (HMA's supports_authentification). */
  credentialsFrom?: (credentials: ExchangeCredentials) => unknown;
  /** What the operator sets for it in the credentials file (HMA's credentials_schema); with credentialsFrom. */
  credentialsSchema?: z.ZodObject;
  /** Checks, when the exchange is created, that the server's configuration allows it (throws). */
  check?(config: Config, env: ExchangeEnvironment): void;
  /** Reads what changed since the checkpoint, page by page; the last page leaves it up to date. */
  fetch(input: FetchInput<Config>): AsyncIterable<ExchangePage>;
}
