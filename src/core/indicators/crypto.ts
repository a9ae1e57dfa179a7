import { base58, base58xmr, bech32, bech32m } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { PRIORITY, type Candidate } from './types.ts';

const BASE58_TOKEN = /(?<![A-Za-z0-9])[1-9A-HJ-NP-Za-km-z]{25,35}(?![A-Za-z0-9])/g;
const BECH32_TOKEN = /(?<![A-Za-z0-9])(?:bc1|ltc1|BC1|LTC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}(?![A-Za-z0-9])/g;
const ETH_TOKEN = /(?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![A-Za-z0-9])/g;
const XMR_TOKEN = /(?<![A-Za-z0-9])[48][1-9A-HJ-NP-Za-km-z]{94}(?:[1-9A-HJ-NP-Za-km-z]{11})?(?![A-Za-z0-9])/g;

/** Base58Check version bytes of 21-byte payloads (version + 20-byte hash). */
const BASE58_VERSIONS: Record<number, { platform: string; kind: string }> = {
  0x00: { platform: 'btc', kind: 'p2pkh' },
  0x05: { platform: 'btc', kind: 'p2sh' },
  0x30: { platform: 'ltc', kind: 'p2pkh' },
  0x32: { platform: 'ltc', kind: 'p2sh' },
  0x1e: { platform: 'doge', kind: 'p2pkh' },
  0x16: { platform: 'doge', kind: 'p2sh' },
  0x41: { platform: 'trx', kind: 'account' },
};

const equalBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

export function base58Address(token: string): { platform: string; kind: string } | undefined {
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(token);
  } catch {
    return undefined;
  }
  if (bytes.length !== 25) return undefined;
  const payload = bytes.subarray(0, 21);
  const check = sha256(sha256(payload)).subarray(0, 4);
  if (!equalBytes(check, bytes.subarray(21))) return undefined;
  return BASE58_VERSIONS[payload[0]];
}

function segwitAddress(token: string): { platform: string; kind: string } | undefined {
  if (token !== token.toLowerCase() && token !== token.toUpperCase()) return undefined;
  const lower = token.toLowerCase() as `${string}1${string}`;
  for (const [coder, isM] of [
    [bech32, false],
    [bech32m, true],
  ] as const) {
    let decoded: { prefix: string; words: number[] };
    try {
      decoded = coder.decode(lower, 90);
    } catch {
      continue;
    }
    const [version, ...rest] = decoded.words;
    if (version === undefined || version > 16 || (version === 0) === isM) continue;
    let program: Uint8Array;
    try {
      program = coder.fromWords(rest);
    } catch {
      continue;
    }
    if (program.length < 2 || program.length > 40) continue;
    if (version === 0 && program.length !== 20 && program.length !== 32) continue;
    const platform = decoded.prefix === 'bc' ? 'btc' : decoded.prefix === 'ltc' ? 'ltc' : undefined;
    if (!platform) continue;
    const kind =
      version === 0
        ? program.length === 20
          ? 'p2wpkh'
          : 'p2wsh'
        : version === 1
          ? 'p2tr'
          : `witness_v${version}`;
    return { platform, kind };
  }
  return undefined;
}

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** EIP-55: a mixed-case address must carry the checksum in its capitals; all one case has none. */
function ethChecksum(address: string): 'valid' | 'none' | 'invalid' {
  const body = address.slice(2);
  if (body === body.toLowerCase() || body === body.toUpperCase()) return 'none';
  const hash = hex(keccak_256(new TextEncoder().encode(body.toLowerCase())));
  for (let i = 0; i < 40; i++) {
    const c = body[i];
    if (!/[a-f]/i.test(c)) continue;
    const upper = parseInt(hash[i], 16) >= 8;
    if (upper !== (c === c.toUpperCase())) return 'invalid';
  }
  return 'valid';
}

/** Monero: network byte, spend key, view key (and payment id) then 4 bytes of keccak-256. */
function moneroAddress(token: string): string | undefined {
  let bytes: Uint8Array;
  try {
    bytes = base58xmr.decode(token);
  } catch {
    return undefined;
  }
  if (bytes.length !== 69 && bytes.length !== 77) return undefined;
  const body = bytes.subarray(0, bytes.length - 4);
  if (!equalBytes(keccak_256(body).subarray(0, 4), bytes.subarray(bytes.length - 4))) return undefined;
  const net = body[0];
  return net === 18 ? 'standard' : net === 19 ? 'integrated' : net === 42 ? 'subaddress' : undefined;
}

function candidate(
  value: string,
  start: number,
  normalized: string,
  platform: string,
  kind: string,
  confidence: number,
): Candidate {
  return {
    type: 'crypto_address',
    value,
    normalized,
    start,
    end: start + value.length,
    confidence,
    platform,
    priority: PRIORITY.crypto,
    details: { kind, checksum: confidence >= 0.95 },
  };
}

export function scanCrypto(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(BASE58_TOKEN)) {
    const found = base58Address(m[0]);
    if (found) out.push(candidate(m[0], m.index, m[0], found.platform, found.kind, 0.99));
  }
  for (const m of text.matchAll(BECH32_TOKEN)) {
    const found = segwitAddress(m[0]);
    if (found) out.push(candidate(m[0], m.index, m[0].toLowerCase(), found.platform, found.kind, 0.99));
  }
  for (const m of text.matchAll(ETH_TOKEN)) {
    const check = ethChecksum(m[0]);
    if (check === 'invalid') continue;
    out.push(candidate(m[0], m.index, m[0].toLowerCase(), 'eth', 'account', check === 'valid' ? 0.99 : 0.85));
  }
  for (const m of text.matchAll(XMR_TOKEN)) {
    const kind = moneroAddress(m[0]);
    if (kind) out.push(candidate(m[0], m.index, m[0], 'xmr', kind, 0.99));
  }
  return out;
}
