import { after, before, describe, it } from 'node:test';
import assert from '../../test/assert.ts';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isBackstopError } from '../core/errors.ts';
import { fetchAllowedUrl, isPrivateAddress } from './fetch-url.ts';

/** Addresses that reach this machine, its network or reserved space, in every spelling we know. */
const PRIVATE = [
  '127.0.0.1',
  '10.1.2.3',
  '172.16.0.1',
  '192.168.1.1',
  '169.254.169.254',
  '0.0.0.0',
  '100.64.0.1',
  '224.0.0.1',
  '255.255.255.255',
  '240.0.0.1',
  '192.0.2.1',
  '198.18.0.1',
  '::',
  '::1',
  'fd00::1',
  'fc00::1',
  'fe80::1',
  'fe80::1%eth0',
  'ff02::1',
  '2001:db8::1',
  '100::1',
  '::ffff:127.0.0.1',
  // IPv4-mapped, written in hex (how the WHATWG URL parser prints [::ffff:127.0.0.1])
  '::ffff:7f00:1',
  '::ffff:a9fe:a9fe', // 169.254.169.254, cloud metadata
  '::ffff:0:7f00:1', // IPv4-translated
  '::7f00:1', // IPv4-compatible (deprecated)
  '::a00:1',
  'fec0::1', // site-local (deprecated)
  '2002:7f00:1::1', // 6to4 of 127.0.0.1
  '2002:a9fe:a9fe::1',
  '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
  '64:ff9b::7f00:1', // NAT64 of 127.0.0.1
  '64:ff9b:1::a00:1', // local-use NAT64
  'not an address',
  '',
];

const PUBLIC = [
  '8.8.8.8',
  '1.1.1.1',
  '172.32.0.1',
  '2606:4700::1111',
  '2001:4860:4860::8888',
  '2a00:1450::1',
];

describe('isPrivateAddress', () => {
  it('refuses loopback, private, link-local, reserved and every IPv6 form that carries an IPv4 address', () => {
    for (const a of PRIVATE) assert.equal(isPrivateAddress(a), true, a);
  });

  it('lets public unicast addresses through', () => {
    for (const a of PUBLIC) assert.equal(isPrivateAddress(a), false, a);
  });
});

describe('fetchAllowedUrl', () => {
  let server: http.Server;
  let port = 0;
  let hits = 0;
  before(async () => {
    server = http.createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'image/png' }).end('secret');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const refusedCode = async (url: string, allowHosts: string[]) => {
    try {
      await fetchAllowedUrl(url, { allowHosts, maxBytes: 1024, timeoutMs: 2000 });
      return 'fetched';
    } catch (error) {
      return isBackstopError(error) ? `${error.status} ${error.code}` : String(error);
    }
  };

  it('never fetches this machine through an IPv4-mapped IPv6 literal, even when it is allow-listed', async () => {
    // new URL() prints [::ffff:127.0.0.1] as [::ffff:7f00:1]; both spellings reach 127.0.0.1.
    for (const url of [`http://[::ffff:127.0.0.1]:${port}/x.png`, `http://[::ffff:7f00:1]:${port}/x.png`]) {
      assert.equal(await refusedCode(url, ['::ffff:7f00:1']), '403 url_not_allowed', url);
    }
    assert.equal(await refusedCode(`http://127.0.0.1:${port}/x.png`, ['127.0.0.1']), '403 url_not_allowed');
    assert.equal(hits, 0, 'the local server was never reached');
  });

  it('refuses a host name that resolves to a private address', async () => {
    const seen = hits;
    assert.equal(await refusedCode(`http://localhost:${port}/x.png`, ['localhost']), '403 url_not_allowed');
    assert.equal(hits, seen);
  });
});
