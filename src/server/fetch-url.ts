import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { BackstopError } from '../core/errors.ts';

/** IPv6 global unicast (2000::/3): the only IPv6 space IANA hands out for the public internet. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR('2000::/3');

/**
 * True for addresses a server must never fetch on a caller's behalf (SSRF). Only what ipaddr.js
 * classifies as plain `unicast` is public: loopback, private, link-local, carrier-grade NAT,
 * multicast, broadcast, reserved and documentation ranges are not. For IPv6 the address must also
 * lie in 2000::/3, and every form that carries an IPv4 address (IPv4-mapped ::ffff:0:0/96,
 * IPv4-compatible ::/96, IPv4-translated, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16,
 * Teredo 2001::/32) is refused whatever IPv4 address it carries, as are site-local fec0::/10 and
 * unique-local fc00::/7. Anything that does not parse is private.
 */
export function isPrivateAddress(address: string): boolean {
  if (!isIP(address)) return true;
  let parsed: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    parsed = ipaddr.parse(address);
  } catch {
    return true;
  }
  if (parsed.range() !== 'unicast') return true;
  return parsed.kind() === 'ipv6' && !(parsed as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
}

/** A DNS lookup that refuses private answers, so the address checked is the address connected to. */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '', 4);
    const list = addresses as { address: string; family: number }[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (!list.length || bad) {
      return callback(Object.assign(new Error('private address'), { code: 'EPRIVATE' }), '', 4);
    }
    if ((options as { all?: boolean }).all)
      return (callback as (e: null, a: typeof list) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

export interface FetchOptions {
  allowHosts: readonly string[];
  maxBytes: number;
  timeoutMs?: number;
}

const refused = (message: string, status = 400) => new BackstopError('url_not_allowed', message, { status });

/**
 * Fetches a URL for HMA's `url` parameter: only http(s), only allow-listed hosts, never private
 * addresses (checked on the resolved address actually used), no redirects, size-capped.
 */
export async function fetchAllowedUrl(
  raw: string,
  options: FetchOptions,
): Promise<{ bytes: Buffer; contentType: string }> {
  if (!options.allowHosts.length) {
    throw refused(
      'Fetching URLs is turned off on this server (the operator can allow hosts with --fetch-allow-hosts). Upload the file instead.',
      403,
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused('The url is not a valid absolute URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw refused('Only http and https URLs can be fetched.');
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (!options.allowHosts.includes(host))
    throw refused(`The host ${host} is not on this server's allow-list.`, 403);
  if (isIP(host) && isPrivateAddress(host))
    throw refused('Private and internal addresses are never fetched.', 403);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(url, { lookup: publicOnlyLookup, timeout: options.timeoutMs ?? 10_000 }, (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        res.resume();
        return reject(
          new BackstopError(
            'url_fetch_failed',
            `Fetching the url answered HTTP ${status} (redirects are not followed).`,
            { status: 502 },
          ),
        );
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          req.destroy();
          reject(
            new BackstopError('payload_too_large', 'The file at that url is larger than the upload limit.', {
              status: 413,
            }),
          );
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () =>
        resolve({ bytes: Buffer.concat(chunks), contentType: String(res.headers['content-type'] ?? '') }),
      );
      res.on('error', () =>
        reject(new BackstopError('url_fetch_failed', 'The download was interrupted.', { status: 502 })),
      );
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPRIVATE')
        reject(refused('That host resolves to a private or internal address: not fetched.', 403));
      else reject(new BackstopError('url_fetch_failed', 'The url could not be fetched.', { status: 502 }));
    });
  });
}
