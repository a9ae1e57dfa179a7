// Test servers speaking the StopNCII FetchHashes and NCMEC v2 entries formats (as
// python-threatexchange's clients and their tests describe them), on 127.0.0.1, with scripted pages
// and failures. For tests only: nothing here has been compared with the real services.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

/** Answers one request: status, body, content type. */
export type Reply = { status: number; body: string; type?: string };
export type Responder = (request: SeenRequest) => Reply | Promise<Reply>;

/**
 * A local HTTP server: every request is recorded, then answered by the first queued responder for
 * its path (failures first, say), or the path's standing responder.
 */
export class FakeService {
  readonly requests: SeenRequest[] = [];
  private readonly queued = new Map<string, Responder[]>();
  private readonly standing = new Map<string, Responder>();
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const seen = { path: url.pathname, query: url.searchParams, headers: req.headers };
      this.requests.push(seen);
      const responder = this.queued.get(url.pathname)?.shift() ?? this.standing.get(url.pathname);
      void Promise.resolve(responder?.(seen) ?? { status: 404, body: 'not found' }).then((reply) => {
        res.writeHead(reply.status, { 'content-type': reply.type ?? 'application/json' });
        res.end(reply.body);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Answers every request to `path` with `responder` (unless one is queued). */
  on(path: string, responder: Responder): this {
    this.standing.set(path, responder);
    return this;
  }

  /** Answers the next request to `path` with `responder`, once. */
  once(path: string, responder: Responder): this {
    this.queued.set(path, [...(this.queued.get(path) ?? []), responder]);
    return this;
  }

  requestsTo(path: string): SeenRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** A promise and the function that resolves it: a response held until the test lets it go. */
export function gate(): { opened: Promise<void>; open: () => void } {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

export const json = (value: unknown, status = 200): Reply => ({ status, body: JSON.stringify(value) });
export const xml = (body: string, status = 200): Reply => ({ status, body, type: 'application/xml' });

/** A StopNCII hash record (FetchHashes' hashRecords item). */
export function stopNciiRecord(signalType: string, hashValue: string, hashStatus = 'Active') {
  return {
    lastModtimestamp: 1_700_000_000,
    signalType,
    hashValue,
    hashStatus,
    caseNumbers: { 'case-1': hashStatus },
    CSPFeedbacks: [],
  };
}

/** A FetchHashes answer. */
export function stopNciiPage(
  records: unknown[],
  page: { more: boolean; token?: string; nextSetTimestamp: number },
): Reply {
  return json({
    count: records.length,
    nextPageToken: page.token ?? '',
    nextSetTimestamp: page.nextSetTimestamp,
    hasMoreRecords: page.more,
    hashRecords: records,
  });
}

export interface NcmecEntry {
  kind: 'image' | 'video';
  id: string;
  member: number;
  deleted?: boolean;
  timestamp?: string;
  fingerprints?: Record<string, string>;
}

function entryXml(e: NcmecEntry): string {
  const tag = e.deleted ? `deleted${e.kind === 'image' ? 'Image' : 'Video'}` : e.kind;
  const prints = e.fingerprints
    ? `<fingerprints>${Object.entries(e.fingerprints)
        .map(([k, v]) => `<${k}>${v}</${k}>`)
        .join('')}</fingerprints>`
    : '';
  return (
    `<${tag}><member id="${e.member}">Member ${e.member}</member>` +
    `<timestamp>${e.timestamp ?? '2017-10-24T15:00:00Z'}</timestamp><id>${e.id}</id>` +
    `${e.deleted ? '' : '<classification>A1</classification>'}${prints}</${tag}>`
  );
}

/** An NCMEC `GET /v2/entries` answer (queryResult with images, videos and paging). */
export function ncmecPage(entries: NcmecEntry[], next?: string): Reply {
  const group = (kind: 'image' | 'video') => {
    const items = entries.filter((e) => e.kind === kind);
    if (!items.length) return '';
    const tag = `${kind}s`;
    return `<${tag} count="${items.length}" maxTimestamp="2017-10-24T15:10:00Z">${items.map(entryXml).join('')}</${tag}>`;
  };
  const paging = next ? `<paging><next>${next.replace(/&/g, '&amp;')}</next></paging>` : '';
  return xml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<queryResult xmlns="https://hashsharing.ncmec.org/hashsharing/v2">${group('image')}${group('video')}${paging}</queryResult>`,
  );
}
