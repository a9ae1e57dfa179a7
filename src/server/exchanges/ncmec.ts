// `ncmec`: NCMEC's hash sharing API (v2, XML), as python-threatexchange's NCMEC client describes it
// (written from that description and checked only against a test server speaking the same format:
// see docs/exchanges.md). Entries come by time range, not in time order, so the checkpoint moves to
// the end of a range only once all its pages are read; in between it keeps the range and its cursor.
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import { BackstopError, reasonOf } from '../../core/errors.ts';
import { parseSignal, type ItemChange, type Signal } from '../../store/index.ts';
import { NcmecCredentialsFile } from './credentials.ts';
import { getWithRetry } from './http.ts';
import type { ExchangeEnvironment, ExchangeType } from './types.ts';

/** NCMEC's environments (python-threatexchange's NCMECEnvironment): name → base address. */
export const NCMEC_ENVIRONMENTS: Record<string, string> = {
  Industry: 'https://report.cybertip.org/hashsharing',
  NGO: 'https://hashsharing.ncmec.org/npo',
  Exploitative: 'https://hashsharing.ncmec.org/exploitative',
  test_Industry: 'https://exttest.cybertip.org/hashsharing',
  test_NGO: 'https://hashsharing-test.ncmec.org/npo',
  test_Exploitative: 'https://hashsharing-test.ncmec.org/exploitative',
};
const ENVIRONMENT_NAMES = Object.keys(NCMEC_ENVIRONMENTS);
const ENVIRONMENT_URLS = Object.values(NCMEC_ENVIRONMENTS);

const Config = z
  .object({
    // HMA stores the environment's value (its address); its name is accepted too.
    environment: z
      .enum([...ENVIRONMENT_NAMES, ...ENVIRONMENT_URLS] as [string, ...string[]], {
        error: `environment is one of ${ENVIRONMENT_NAMES.join(', ')} (or its address)`,
      })
      .transform((e) => (Object.hasOwn(NCMEC_ENVIRONMENTS, e) ? NCMEC_ENVIRONMENTS[e] : e))
      .describe('NCMEC environment: its name or its address (the address is stored)'),
    only_esp_ids: z
      .array(z.number().int())
      .max(1000)
      .default([])
      .meta({ uniqueItems: true }) // a set, as in python-threatexchange (HMA's UI sends set_of_number as numbers)
      .describe('Only take entries from these electronic service provider (ESP) ids'),
  })
  .strict();
type Config = z.infer<typeof Config>;

/** `max_timestamp`: read up to (unix seconds); while a range is being read, its end and cursor. */
const Checkpoint = z.object({
  max_timestamp: z.number().int(),
  range_end: z.number().int().optional(),
  next: z.string().optional(),
});
type Checkpoint = z.infer<typeof Checkpoint>;

const ENTRY_TAGS = ['image', 'video', 'deletedImage', 'deletedVideo'];
const parser = new XMLParser({
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  isArray: (name) => ENTRY_TAGS.includes(name),
});

const bad = (message: string) => new BackstopError('exchange_bad_answer', message, { status: 502 });

/** NCMEC's time format, yyyy-MM-ddTHH:mm:ssZ, in UTC. */
export function ncmecTime(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function credentials(env: ExchangeEnvironment) {
  const c = env.credentials.ncmec;
  if (!c) {
    throw new BackstopError(
      'exchange_not_configured',
      'This server has no NCMEC account: the operator sets TX_NCMEC_CREDENTIALS or "ncmec" in the exchange credentials file (docs/exchanges.md).',
    );
  }
  return c;
}

type XmlNode = Record<string, unknown>;
const text = (v: unknown): string | undefined =>
  typeof v === 'string'
    ? v.trim()
    : v && typeof v === 'object' && '#text' in v
      ? String((v as XmlNode)['#text']).trim()
      : undefined;

/** Which fingerprints of an entry Backstop keeps: PDQ and MD5 of images, MD5 of videos. */
const KEPT: Record<'image' | 'video', Record<string, 'pdq' | 'md5'>> = {
  image: { pdq: 'pdq', md5: 'md5' },
  video: { md5: 'md5' },
};

export interface NcmecPage {
  changes: ItemChange[];
  next: string;
}

/** One page of `GET /v2/entries`, as changes keyed `<member id>-<entry id>` (python-threatexchange's key). */
export function parseNcmecEntries(xml: string, onlyEspIds: number[] = []): NcmecPage {
  let doc: XmlNode;
  try {
    doc = parser.parse(xml) as XmlNode;
  } catch {
    throw bad('NCMEC did not answer with XML.');
  }
  const root = doc.queryResult as XmlNode | undefined;
  if (!root || typeof root !== 'object') throw bad('NCMEC did not answer with a queryResult.');
  const entries: { at: string; change: ItemChange }[] = [];
  for (const [groupTag, kind] of [
    ['images', 'image'],
    ['videos', 'video'],
  ] as const) {
    const group = root[groupTag] as XmlNode | undefined;
    if (!group || typeof group !== 'object') continue;
    for (const deleted of [false, true]) {
      const tag = deleted ? `deleted${kind[0].toUpperCase()}${kind.slice(1)}` : kind;
      for (const entry of (group[tag] as XmlNode[] | undefined) ?? []) {
        const entryId = text(entry.id);
        const member = entry.member as XmlNode | undefined;
        const memberId = Number(member?.['@_id']);
        if (!entryId || !Number.isInteger(memberId))
          throw bad(`NCMEC sent an ${tag} without an id or member id.`);
        if (onlyEspIds.length && !onlyEspIds.includes(memberId)) continue;
        const id = `${memberId}-${entryId}`;
        const at = text(entry.timestamp) ?? '';
        if (deleted) {
          entries.push({
            at,
            change: { id, status: 'removed', contentType: null, disabledUntil: null, signals: [] },
          });
          continue;
        }
        const signals: Signal[] = [];
        const fingerprints = (entry.fingerprints ?? {}) as XmlNode;
        for (const [name, type] of Object.entries(KEPT[kind])) {
          const value = text(fingerprints[name]);
          if (!value) continue;
          try {
            signals.push(parseSignal(type, value));
          } catch (error) {
            throw bad(
              `NCMEC sent an invalid ${name} for entry ${id}: ${reasonOf(error)} Nothing from this page was applied.`,
            );
          }
        }
        // An entry with no fingerprint Backstop matches (PhotoDNA only, say) is removed if it was kept.
        const change: ItemChange = signals.length
          ? {
              id,
              status: 'active',
              contentType: kind === 'image' ? 'photo' : 'video',
              disabledUntil: null,
              signals,
            }
          : { id, status: 'removed', contentType: null, disabledUntil: null, signals: [] };
        entries.push({ at, change });
      }
    }
  }
  // Within a page the latest record of an entry wins (records are not in time order).
  entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const paging = root.paging as XmlNode | undefined;
  return { changes: entries.map((e) => e.change), next: text(paging?.next) ?? '' };
}

/** The address of a `next` link: a path on the same host, never anywhere else (credentials go with it). */
function nextUrl(base: string, next: string): string {
  const url = new URL(base + next);
  if (!next.startsWith('/') || next.startsWith('//') || url.origin !== new URL(base).origin) {
    throw bad('NCMEC sent a next page on another host; not followed.');
  }
  return url.toString();
}

export const ncmecExchange: ExchangeType<Config> = {
  name: 'ncmec',
  summary: 'NCMEC hash sharing (v2 entries API; account from the server configuration).',
  configSchema: Config,
  credentialsFrom: (c) => c.ncmec,
  credentialsSchema: NcmecCredentialsFile,
  check(_config, env) {
    credentials(env);
  },
  async *fetch({ config, checkpoint, env }) {
    const account = credentials(env);
    const base = (account.baseUrl ?? config.environment).replace(/\/+$/, '');
    const saved: Checkpoint | undefined = Checkpoint.safeParse(checkpoint).data;
    const from = saved?.max_timestamp ?? 0;
    // Not quite now: an entry written this second could still be missing from the range.
    const to = saved?.range_end ?? Math.floor((env.now ?? Date.now)() / 1000) - 5;
    if (to <= from) {
      yield { changes: [], checkpoint: saved ?? { max_timestamp: from }, checkpointTs: from };
      return;
    }
    let next = saved?.next ?? '';
    let resumed = next !== '';
    const headers = {
      authorization: `Basic ${Buffer.from(`${account.username}:${account.password}`).toString('base64')}`,
      accept: 'application/xml',
    };
    for (;;) {
      const url = next
        ? nextUrl(base, next)
        : `${base}/v2/entries?${new URLSearchParams({ from: ncmecTime(from), to: ncmecTime(to) })}`;
      let response: Response;
      try {
        response = await getWithRetry(url, {
          service: 'NCMEC',
          headers,
          retryDelayMs: env.retryDelayMs,
        });
      } catch (error) {
        // A cursor from an earlier run may have expired: read the range again from its start.
        if (resumed && error instanceof BackstopError && error.code === 'exchange_http_error') {
          resumed = false;
          next = '';
          continue;
        }
        throw error;
      }
      resumed = false;
      const page = parseNcmecEntries(await response.text(), config.only_esp_ids);
      const done = !page.next;
      yield {
        changes: page.changes,
        checkpoint: done ? { max_timestamp: to } : { max_timestamp: from, range_end: to, next: page.next },
        checkpointTs: done ? to : null,
      };
      if (done) return;
      next = page.next;
    }
  },
};
