import { BackstopError } from '../core/errors.ts';
import type { Signal } from '../store/index.ts';
import { bankNotFound } from '../store/errors.ts';
import type { FastifyInstance } from 'fastify';
import type { Match } from './matcher.ts';
import { parseSignal } from '../store/signals.ts';

export interface LookupRequest {
  signals: Signal[];
  /** PDQ quality when known (uploads, or sent by the client). */
  quality?: number;
  threshold?: number;
  banks?: string[];
  includeLowQuality?: boolean;
  /** HMA routes: a bank name nobody has simply matches nothing (else 404 bank_not_found). */
  unknownBanksMatchNothing?: boolean;
  /** HMA's coin flip: only banks whose matching ratio is at least this. */
  minRatio?: number;
  /** HMA's raw_lookup: disabled content and banks match too. */
  includeDisabled?: boolean;
}

export interface LookupResult {
  matches: Match[];
  /** Present when a PDQ hash was not matched because its quality is below the threshold. */
  skipped?: { signalType: 'pdq'; reason: 'low_quality'; quality: number; qualityThreshold: number }[];
}

export function parseSignalMap(input: Record<string, unknown>): Signal[] {
  const signals = Object.entries(input).map(([type, value]) => parseSignal(type, value));
  if (!signals.length)
    throw new BackstopError('no_signals', 'Send at least one signal (pdq, md5 or sha256).');
  return signals;
}

export function checkThreshold(threshold: number | undefined, fallback: number): number {
  if (threshold === undefined) return fallback;
  if (!Number.isInteger(threshold) || threshold < 0 || threshold > 128) {
    throw new BackstopError('invalid_threshold', 'threshold is a whole number of bits from 0 to 128.');
  }
  return threshold;
}

/** Runs one lookup with the server's rules: threshold, quality gate, enabled banks only. */
export function runLookup(app: FastifyInstance, request: LookupRequest): LookupResult {
  const config = app.backstopConfig;
  if (!app.matcher.ready) {
    throw new BackstopError('not_ready', 'The index is still loading; try again in a few seconds.', {
      status: 503,
    });
  }
  const maxDistance = checkThreshold(request.threshold, config.pdqThreshold);
  if (request.banks && !request.unknownBanksMatchNothing) {
    const known = app.matcher.bankNames();
    const unknown = request.banks.find((b) => !known.has(b));
    if (unknown !== undefined) throw bankNotFound(unknown);
  }
  const matches: Match[] = [];
  const skipped: NonNullable<LookupResult['skipped']> = [];
  for (const signal of request.signals) {
    if (
      signal.type === 'pdq' &&
      request.quality !== undefined &&
      request.quality < config.pdqQualityThreshold &&
      !request.includeLowQuality
    ) {
      skipped.push({
        signalType: 'pdq',
        reason: 'low_quality',
        quality: request.quality,
        qualityThreshold: config.pdqQualityThreshold,
      });
      continue;
    }
    matches.push(
      ...app.matcher.lookup(signal.type, signal.value, {
        maxDistance,
        banks: request.banks,
        minRatio: request.minRatio,
        includeDisabled: request.includeDisabled,
      }),
    );
  }
  const best = new Map<number, Match>();
  for (const m of matches) {
    const prev = best.get(m.contentId);
    if (!prev || prev.distance > m.distance) best.set(m.contentId, m);
  }
  const merged = [...best.values()].sort((a, b) => a.distance - b.distance || a.contentId - b.contentId);
  return skipped.length ? { matches: merged, skipped } : { matches: merged };
}
