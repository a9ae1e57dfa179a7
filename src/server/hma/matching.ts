import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { BackstopError } from '../../core/errors.ts';
import { hammingDistance } from '../../core/pdq/index.ts';
import { isVpdqMatch, matchVpdq, parseVpdq } from '../../core/vpdq/index.ts';
import type { SignalTypeName } from '../../store/index.ts';
import { runLookup } from '../lookup.ts';
import type { Match } from '../matcher.ts';
import { parseSignal, parseSignalTypeName, SIGNAL_TYPE_NAMES } from '../../store/signals.ts';
import { acceptUploads } from '../upload.ts';
import { coinflip } from './coinflip.ts';
import { hashRequest, hmaSignalName, useHmaErrors, type HashedRequest } from './common.ts';

type MatchesByBank = Record<
  string,
  {
    bank_content_id: number;
    distance: string;
    query_match_percent?: number;
    compared_match_percent?: number;
  }[]
>;

/** A vPDQ value (one line per frame) is far longer than a PDQ hash. */
const MAX_SIGNAL_CHARS = 1_000_000;

/** HMA's `banks=A,B`: a filter only; a name no bank has matches nothing (HMA answers 200). */
function banksParam(banks: string | undefined): string[] | undefined {
  if (!banks) return undefined;
  return banks
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

/** HMA's distance text: the Hamming distance for PDQ, "-" for exact types (python-threatexchange). */
const distanceText = (m: Match) => (m.signalType === 'pdq' ? String(m.distance) : '-');

interface HmaLookupOptions {
  banks?: string[];
  quality?: number;
  /** HMA's coin flip: banks whose ratio is below it do not match. */
  minRatio: number;
}

/** HMA's lookup shape: bank name → [{bank_content_id, distance}], distance as a string. */
function lookupByBank(
  app: FastifyInstance,
  signal: { type: string; value: string },
  options: HmaLookupOptions,
): MatchesByBank {
  const parsed = parseSignal(signal.type, signal.value);
  const { matches } = runLookup(app, {
    signals: [parsed],
    banks: options.banks,
    quality: options.quality,
    minRatio: options.minRatio,
    unknownBanksMatchNothing: true,
  });
  const out: MatchesByBank = {};
  for (const m of matches) {
    const percents =
      m.queryMatchPercent === undefined
        ? {}
        : { query_match_percent: m.queryMatchPercent, compared_match_percent: m.comparedMatchPercent };
    (out[m.bank] ??= []).push({ bank_content_id: m.contentId, distance: distanceText(m), ...percents });
  }
  return out;
}

/** HMA's `seed` / `bypass_coinflip`: one flip per request, compared with each bank's ratio. */
function flipFor(q: { seed?: string; bypass_coinflip?: string }): number {
  return q.bypass_coinflip === 'true' ? 0 : coinflip(q.seed);
}

const LookupQuery = z.object({
  signal: z.string().max(MAX_SIGNAL_CHARS).optional(),
  signal_type: z.string().max(40).optional(),
  url: z.string().max(4000).optional(),
  content_type: z.string().max(40).optional(),
  types: z.string().max(200).optional(),
  banks: z.string().max(4000).optional(),
  seed: z.string().max(200).optional(),
  bypass_coinflip: z.string().max(10).optional(),
});

const ByBank = z.record(
  z.string(),
  z.array(
    z.object({
      bank_content_id: z.number().int(),
      distance: z.string(),
      query_match_percent: z.number().optional(),
      compared_match_percent: z.number().optional(),
    }),
  ),
);

/** HMA's name for a signal type the client named (md5 → video_md5); unknown names as given. */
function hmaNameOf(name: string): string {
  try {
    return hmaSignalName(parseSignalTypeName(name));
  } catch {
    return name;
  }
}

const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];

/** Lookups of every hash made from an upload or url, keyed by HMA's signal type names. */
function lookupHashed(
  app: FastifyInstance,
  hashed: HashedRequest,
  options: HmaLookupOptions,
): Record<string, MatchesByBank> {
  return Object.fromEntries(
    hashed.signals.map((s) => [
      hmaSignalName(s.type),
      lookupByBank(app, s, { ...options, quality: hashed.quality }),
    ]),
  );
}

/** HMA `/m/...`: raw_lookup, lookup (GET by hash or url, POST by upload), index/status, compare. */
export const hmaMatchingRoutes: FastifyPluginAsync = async (app) => {
  useHmaErrors(app);
  await acceptUploads(app);
  const tags = ['HMA: matching'];
  const onRequest = app.requireScope('match');

  const RawQuery = z.object({
    signal: z.string().max(MAX_SIGNAL_CHARS),
    signal_type: z.string().max(40),
    include_distance: z
      .string()
      .max(5)
      .refine((v) => [...TRUE_WORDS, ...FALSE_WORDS].includes(v.toLowerCase()), 'a boolean: true or false')
      .optional(),
    banks: z.string().max(4000).optional(),
  });
  app.get(
    '/m/raw_lookup',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Content ids matching a hash, as HMA: disabled content and banks included (use /m/lookup to respect them)',
        querystring: RawQuery,
        response: {
          200: z.object({
            matches: z.array(
              z.union([
                z.number().int(),
                z.object({ bank_content_id: z.number().int(), distance: z.string() }),
              ]),
            ),
          }),
        },
      },
    },
    async (request) => {
      const q = request.query as z.infer<typeof RawQuery>;
      const signal = parseSignal(q.signal_type, q.signal);
      const { matches } = runLookup(app, {
        signals: [signal],
        banks: banksParam(q.banks),
        includeDisabled: true,
        unknownBanksMatchNothing: true,
      });
      const withDistance = TRUE_WORDS.includes((q.include_distance ?? 'false').toLowerCase());
      return {
        matches: withDistance
          ? matches.map((m) => ({ bank_content_id: m.contentId, distance: distanceText(m) }))
          : matches.map((m) => m.contentId),
      };
    },
  );

  app.get(
    '/m/lookup',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Banks matching a hash (signal_type + signal), or an allow-listed url keyed by signal type',
        querystring: LookupQuery,
        response: { 200: z.union([ByBank, z.record(z.string(), ByBank)]) },
      },
    },
    async (request) => {
      const q = request.query as z.infer<typeof LookupQuery>;
      const options = { banks: banksParam(q.banks), minRatio: flipFor(q) };
      if (q.url) {
        const byType = lookupHashed(app, await hashRequest(app, request, q), options);
        return q.signal_type ? (byType[hmaNameOf(q.signal_type)] ?? {}) : byType;
      }
      if (!q.signal || !q.signal_type) {
        throw new BackstopError('invalid_request', 'Either url or both signal and signal_type are required');
      }
      return lookupByBank(app, { type: q.signal_type, value: q.signal }, options);
    },
  );

  app.post(
    '/m/lookup',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Hash one uploaded file and return matches keyed by signal type, then bank',
        querystring: LookupQuery,
        response: { 200: z.record(z.string(), ByBank) },
      },
    },
    async (request) => {
      const q = request.query as z.infer<typeof LookupQuery>;
      const hashed = await hashRequest(app, request, { ...q, url: undefined });
      return lookupHashed(app, hashed, { banks: banksParam(q.banks), minRatio: flipFor(q) });
    },
  );

  const StatusQuery = z.object({ signal_type: z.string().max(40).optional() });
  app.get(
    '/m/index/status',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Index status per signal type',
        querystring: StatusQuery,
        response: {
          200: z.record(
            z.string(),
            z.object({ built_to: z.number(), present: z.boolean(), size: z.number() }),
          ),
        },
      },
    },
    async (request) => {
      const { signal_type } = request.query as z.infer<typeof StatusQuery>;
      const status = app.matcher.status();
      let types: readonly SignalTypeName[] = SIGNAL_TYPE_NAMES;
      if (signal_type !== undefined) {
        try {
          types = [parseSignalTypeName(signal_type)];
        } catch {
          throw new BackstopError('unknown_signal_type', `No such signal type '${signal_type.slice(0, 40)}'`);
        }
      }
      return Object.fromEntries(
        types.map((t) => [
          hmaSignalName(t),
          {
            built_to: status.ready ? Math.floor(status.syncedAt / 1000) : -1,
            present: status.ready,
            size: status.size[t],
          },
        ]),
      );
    },
  );

  app.post(
    '/m/compare',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Compare pairs of hashes: {"pdq": [a, b]} → {"pdq": [match, {"distance": d}]}',
        body: z.record(z.string(), z.array(z.string().max(MAX_SIGNAL_CHARS))),
        response: { 200: z.record(z.string(), z.tuple([z.boolean(), z.object({ distance: z.number() })])) },
      },
    },
    async (request) => {
      const body = request.body as Record<string, string[]>;
      const out: Record<string, [boolean, { distance: number }]> = {};
      for (const [type, pair] of Object.entries(body)) {
        if (pair.length !== 2)
          throw new BackstopError('invalid_request', 'Comparison hash list length must be exactly 2');
        const a = parseSignal(type, pair[0]);
        const b = parseSignal(type, pair[1]);
        if (a.type === 'vpdq') {
          const r = matchVpdq(parseVpdq(a.value), parseVpdq(b.value));
          out[type] = [isVpdqMatch(r), { distance: 100 - Math.round(r.queryMatchPercent) }];
        } else if (a.type === 'pdq') {
          const d = hammingDistance(a.value, b.value);
          out[type] = [d <= app.backstopConfig.pdqThreshold, { distance: d }];
        } else {
          const same = a.value === b.value;
          out[type] = [same, { distance: same ? 0 : 1 }];
        }
      }
      return out;
    },
  );
};
