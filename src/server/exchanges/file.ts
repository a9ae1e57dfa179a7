// `file`: a list of hashes in a local file or at an allow-listed https address, read whole at each
// fetch and applied as a snapshot: what is new is added, what is gone is removed, the rest left as is.
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import { BackstopError, reasonOf } from '../../core/errors.ts';
import { isSignalTypeName } from '../../core/signal/index.ts';
import { parseSignal, parseSignalTypeName, type ItemChange, type Signal } from '../../store/index.ts';
import { fetchAllowedUrl } from '../fetch-url.ts';
import { parseHashList, type HashListFormat } from './hash-list.ts';
import type { ExchangeEnvironment, ExchangePage, ExchangeType } from './types.ts';

const Config = z
  .object({
    path: z
      .string()
      .min(1)
      .max(4000)
      .optional()
      .describe('Absolute path of a local hash list, in a directory the operator allows (give path or url)'),
    url: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .describe('https address of a hash list, on a host the operator allows (give path or url)'),
    signal_type: z
      .string()
      .min(1)
      .max(40)
      .optional()
      .describe('Signal type of lines that hold only a hash (pdq, video_md5, sha256)'),
    format: z
      .enum(['auto', 'lines', 'csv', 'tsv'])
      .default('auto')
      .describe(
        'lines: "<signal_type> <hash>" per line; csv/tsv: a header naming pdq, md5, video_md5, sha256 columns; auto: from the first line',
      ),
  })
  .strict()
  .refine((c) => (c.path === undefined) !== (c.url === undefined), 'give exactly one of path and url');
type Config = z.infer<typeof Config>;

const Checkpoint = z.object({ sha256: z.string() });

/** Items are applied this many at a time, one transaction each. */
const PAGE = 5_000;

const notAllowed = (message: string) => new BackstopError('exchange_not_allowed', message, { status: 400 });

function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

async function allowedPath(path: string, env: ExchangeEnvironment): Promise<string> {
  if (!env.fileDirs.length) {
    throw notAllowed(
      'This server reads no local hash lists (the operator allows directories with --exchange-file-dirs).',
    );
  }
  if (!isAbsolute(path)) throw notAllowed('path must be an absolute path.');
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackstopError(
      'exchange_file_missing',
      code === 'ENOENT' ? `There is no file at ${path}.` : `The file ${path} cannot be read (${code}).`,
      { status: 502 },
    );
  }
  for (const dir of env.fileDirs) {
    const realDir = await realpath(dir).catch(() => undefined);
    if (realDir && inside(realDir, real)) return real;
  }
  throw notAllowed(`${path} is not in a directory this server reads hash lists from.`);
}

function checkUrl(url: string, env: ExchangeEnvironment): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw notAllowed('url is not a valid absolute address.');
  }
  if (parsed.protocol !== 'https:') throw notAllowed('Hash lists are downloaded over https only.');
  if (parsed.username || parsed.password) throw notAllowed('url must not carry a user name or password.');
  if (!env.fileAllowHosts.includes(parsed.hostname.toLowerCase())) {
    throw notAllowed(
      `The host ${parsed.hostname} is not on this server's allow-list for hash lists (--exchange-file-hosts).`,
    );
  }
  return parsed;
}

async function readList(config: Config, env: ExchangeEnvironment): Promise<Buffer> {
  if (config.url !== undefined) {
    checkUrl(config.url, env);
    const { bytes } = await fetchAllowedUrl(config.url, {
      allowHosts: env.fileAllowHosts,
      maxBytes: env.fileMaxBytes,
      timeoutMs: 60_000,
    });
    return bytes;
  }
  const path = await allowedPath(config.path!, env);
  const info = await stat(path);
  if (!info.isFile())
    throw new BackstopError('exchange_file_missing', `${config.path} is not a file.`, { status: 502 });
  if (info.size > env.fileMaxBytes) {
    throw new BackstopError('payload_too_large', `${config.path} is larger than the limit for hash lists.`, {
      status: 502,
    });
  }
  return readFile(path);
}

/** The id an item of a list is kept under: its signals, so an unchanged line is an unchanged item. */
export function listItemId(signals: Signal[]): string {
  return signals
    .map((s) => `${s.type}:${s.value}`)
    .sort()
    .join('+');
}

export const fileExchange: ExchangeType<Config> = {
  name: 'file',
  summary:
    'A hash list in a local file or at an allow-listed https address (python-threatexchange lines, CSV or TSV), applied as a snapshot.',
  configSchema: Config,
  check(config, env) {
    if (config.signal_type !== undefined) parseSignalTypeName(config.signal_type);
    if (config.url !== undefined) checkUrl(config.url, env);
    if (config.path !== undefined) {
      if (!env.fileDirs.length) {
        throw notAllowed(
          'This server reads no local hash lists (the operator allows directories with --exchange-file-dirs).',
        );
      }
      if (!isAbsolute(config.path)) throw notAllowed('path must be an absolute path.');
      const path = resolve(config.path);
      if (!env.fileDirs.some((dir) => inside(resolve(dir), path))) {
        throw notAllowed(`${config.path} is not in a directory this server reads hash lists from.`);
      }
    }
  },
  async *fetch({ config, checkpoint, env, existingIds }) {
    if (config.url !== undefined) checkUrl(config.url, env);
    else if (config.path !== undefined) await allowedPath(config.path, env);
    const bytes = await readList(config, env);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const now = Math.floor(Date.now() / 1000);
    const previous = Checkpoint.safeParse(checkpoint).data;
    if (previous?.sha256 === sha256) {
      yield { changes: [], checkpoint: previous, checkpointTs: now };
      return;
    }
    const rows = parseHashList(bytes.toString('utf8'), config.format as HashListFormat, config.signal_type);
    const items = new Map<string, ItemChange>();
    for (const row of rows) {
      const signals: Signal[] = [];
      for (const [type, value] of row.values) {
        const name = type.trim().toLowerCase();
        if (!isSignalTypeName(name) && name !== 'video_md5') continue; // a type Backstop does not match
        try {
          signals.push(parseSignal(name, value));
        } catch (error) {
          throw new BackstopError(
            'exchange_bad_list',
            `Line ${row.line} of the hash list: ${reasonOf(error)} Nothing from this list was applied.`,
            { status: 502 },
          );
        }
      }
      if (!signals.length) continue;
      const id = listItemId(signals);
      const contentType = signals.some((s) => s.type === 'pdq') ? 'photo' : null;
      items.set(id, { id, status: 'active', contentType, disabledUntil: null, signals });
    }
    const existing = await existingIds();
    const changes: ItemChange[] = [...items.values()].filter((item) => !existing.has(String(item.id)));
    for (const id of existing) {
      if (!items.has(id))
        changes.push({ id, status: 'removed', contentType: null, disabledUntil: null, signals: [] });
    }
    // Until the last page is applied the old checkpoint stays, so a fetch stopped half way is redone.
    for (let start = 0; start < changes.length || start === 0; start += PAGE) {
      const last = start + PAGE >= changes.length;
      const page: ExchangePage = {
        changes: changes.slice(start, start + PAGE),
        checkpoint: last ? { sha256 } : (previous ?? null),
        checkpointTs: last ? now : null,
      };
      yield page;
    }
  },
};
