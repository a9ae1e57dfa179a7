import { PRIORITY, type Candidate } from './types.ts';

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  us$: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₦': 'NGN',
  '₱': 'PHP',
  c$: 'CAD',
  ca$: 'CAD',
  a$: 'AUD',
  au$: 'AUD',
  '₿': 'BTC',
};
const WORDS: Record<string, string> = {
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  bucks: 'USD',
  buck: 'USD',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
  quid: 'GBP',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  cad: 'CAD',
  aud: 'AUD',
  inr: 'INR',
  rupees: 'INR',
  ngn: 'NGN',
  naira: 'NGN',
  php: 'PHP',
  pesos: 'PHP',
  jpy: 'JPY',
  yen: 'JPY',
  btc: 'BTC',
  bitcoin: 'BTC',
  bitcoins: 'BTC',
  eth: 'ETH',
  ether: 'ETH',
  ethereum: 'ETH',
  usdt: 'USDT',
  tether: 'USDT',
  usdc: 'USDC',
  ltc: 'LTC',
  xmr: 'XMR',
  sol: 'SOL',
  'v-bucks': 'VBUCKS',
  vbucks: 'VBUCKS',
  robux: 'ROBUX',
};
const CRYPTO = new Set(['BTC', 'ETH', 'USDT', 'USDC', 'LTC', 'XMR', 'SOL']);

const NUMBER = String.raw`\d{1,12}(?:[.,]\d{3}){0,4}(?:[.,]\d{1,8})?`;
const SYMBOL = String.raw`(?:us\$|ca?\$|au?\$|[$£€¥₹₦₱₿])`;
const WORD = String.raw`(?:usd|dollars?|bucks?|gbp|pounds?|quid|eur|euros?|cad|aud|inr|rupees|ngn|naira|php|pesos|jpy|yen|btc|bitcoins?|eth|ether|ethereum|usdt|tether|usdc|ltc|xmr|sol|v-?bucks|robux)`;
const SYMBOL_FIRST = new RegExp(
  String.raw`(?<![\w$£€])(${SYMBOL})\s?(${NUMBER})(\s?[kK](?![\w]))?(?![\d\w])`,
  'gi',
);
const NUMBER_FIRST = new RegExp(
  String.raw`(?<![\w.,$£€])(${NUMBER})(\s?[kK])?(?:\s{0,2}(${SYMBOL})(?![\w$])|\s{0,2}(${WORD})(?![\w-]))`,
  'gi',
);

/** Reads "1,000", "1.000,50", "0.001", "2.5": a group of exactly three digits is thousands, unless crypto. */
function parseAmount(raw: string, currency: string): number | undefined {
  const parts = raw.split(/[.,]/);
  let value: number;
  if (parts.length === 1) value = Number(raw);
  else {
    const last = parts.at(-1) ?? '';
    const decimalLast = last.length !== 3 || CRYPTO.has(currency) || (parts.length === 2 && parts[0] === '0');
    const intPart = decimalLast ? parts.slice(0, -1).join('') : parts.join('');
    value = Number(decimalLast ? `${intPart}.${last}` : intPart);
  }
  return Number.isFinite(value) ? value : undefined;
}

function amount(
  raw: string,
  start: number,
  num: string,
  thousands: boolean,
  currency: string,
): Candidate | undefined {
  let value = parseAmount(num, currency);
  if (value === undefined) return undefined;
  if (thousands) value *= 1000;
  const rounded = Math.round(value * 1e8) / 1e8;
  return {
    type: 'amount',
    value: raw,
    normalized: `${rounded} ${currency}`,
    start,
    end: start + raw.length,
    confidence: 0.9,
    priority: PRIORITY.amount,
    details: { amount: rounded, currency },
  };
}

export function scanAmounts(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SYMBOL_FIRST)) {
    const c = amount(m[0], m.index, m[2], !!m[3], SYMBOLS[m[1].toLowerCase()] ?? 'USD');
    if (c) out.push(c);
  }
  for (const m of text.matchAll(NUMBER_FIRST)) {
    const unit = m[3] ? SYMBOLS[m[3].toLowerCase()] : WORDS[(m[4] ?? '').toLowerCase().replace('-', '')];
    const c = amount(m[0], m.index, m[1], !!m[2], unit ?? 'USD');
    if (c) out.push(c);
  }
  return out;
}
