import { PRIORITY, type Candidate } from './types.ts';
import { TLDS, isBareTld } from './tlds.ts';
import { canonicalHost, linkTarget, targetIndicator } from './platforms.ts';

const URL_WITH_SCHEME = /(?<![\w@./-])(?:(?:https?|hxxps?):\/\/|www\.)[^\s<>"'`{}|\\^]{1,1024}/gi;
const BARE_DOMAIN =
  /(?<![\w@./$#:-])(?:[a-z0-9-]{1,63}\.){1,6}([a-z]{2,24})(?![\w@-])(\/[^\s<>"'`{}|\\^]{0,1024})?/gi;
/** "paypal dot me slash name", "insta [.] com / name": at least one separator spelled out or spaced. */
const OBFUSCATED_LINK =
  /(?<![\w.-])([a-z0-9-]{1,63})(\s{1,3}dot\s{1,3}|\s{0,3}[[({]\s{0,2}(?:dot|\.)\s{0,2}[\])}]\s{0,3}|\s{1,3}\.\s{0,3}|\s{0,3}\.\s{1,3}|\.)([a-z]{2,24})(?![\w-])(?:(\s{1,3}slash\s{1,3}|\s{0,3}\/\s{0,3})(@?\$?[\w.-]{1,64}))?/gi;

const EMAIL = /(?<![\w.%+-])([\w.%+-]{1,64})@([a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,6})(?![\w-])/gi;
const AT_SPELLED = String.raw`\s{0,3}[[({]\s{0,2}at\s{0,2}[\])}]\s{0,3}|\s{1,3}at\s{1,3}|\s{1,3}@\s{0,3}|@\s{1,3}`;
const DOT_SPELLED = String.raw`\s{0,3}[[({]\s{0,2}dot\s{0,2}[\])}]\s{0,3}|\s{1,3}dot\s{1,3}|\.`;
const OBFUSCATED_EMAIL = new RegExp(
  String.raw`(?<![\w.%+-])([\w.%+-]{1,64})(${AT_SPELLED})([a-z0-9-]{1,63})((?:(?:${DOT_SPELLED})[a-z0-9-]{1,63}){1,4})(?![\w-])`,
  'gi',
);
const DOT_SPLIT = new RegExp(DOT_SPELLED, 'i');
const MAIL_PROVIDERS = new Set([
  'gmail',
  'googlemail',
  'yahoo',
  'ymail',
  'hotmail',
  'outlook',
  'live',
  'msn',
  'icloud',
  'me',
  'mac',
  'aol',
  'proton',
  'protonmail',
  'pm',
  'gmx',
  'mail',
  'yandex',
  'zoho',
  'tutanota',
  'tuta',
  'btinternet',
  'sky',
  'virginmedia',
]);
/** Words before an e-mail address or phone number that make it a payment handle on that service. */
const PAYMENT_CONTEXT =
  /\b(paypal|pay pal|zelle|venmo|cash ?app|revolut|apple ?pay)\b[\s:=>–-]{0,4}(?:(?:is|me|my|to|at|on|via|with|account|acc|email|e-mail|number|phone|id|send|it|pay)\b[\s:=>–-]{0,4}){0,4}$/i;
const PAYMENT_PLATFORM: Record<string, string> = {
  paypal: 'paypal',
  'pay pal': 'paypal',
  zelle: 'zelle',
  venmo: 'venmo',
  cashapp: 'cashapp',
  'cash app': 'cashapp',
  revolut: 'revolut',
  applepay: 'applepay',
  'apple pay': 'applepay',
};

/** The payment service named just before `start` in `text`, if any. */
export function paymentContext(text: string, start: number): string | undefined {
  const m = PAYMENT_CONTEXT.exec(text.slice(Math.max(0, start - 50), start));
  return m ? PAYMENT_PLATFORM[m[1].toLowerCase()] : undefined;
}

const TRAILING = /[.,;:!?'"*_~]+$/;

/** Drops trailing punctuation, and a closing bracket that has no opening partner in the URL. */
function trimUrl(raw: string): string {
  let s = raw;
  for (;;) {
    const before = s;
    s = s.replace(TRAILING, '');
    const last = s.at(-1);
    const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    if (last && pairs[last] && s.split(pairs[last]).length <= s.split(last).length - 1) s = s.slice(0, -1);
    if (s === before) return s;
  }
}

function normalizeUrl(url: URL, platformLink: boolean): string {
  const host = canonicalHost(url.hostname);
  const path = url.pathname.replace(/\/+$/, '');
  const query = platformLink ? '' : url.search;
  const keepQuery =
    platformLink && /^(profile\.php|\/send)$/.test(path.replace(/^\//, '')) ? url.search : query;
  return `${url.protocol === 'http:' ? 'http' : 'https'}://${host}${path}${keepQuery}`;
}

function linkCandidate(
  raw: string,
  start: number,
  href: string,
  confidence: number,
  bare: boolean,
): Candidate | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  const labels = url.hostname.split('.');
  const tld = labels.at(-1) ?? '';
  if (labels.length < 2 || !/^[a-z]{2,24}$|^xn--/.test(tld)) {
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(url.hostname)) return undefined;
  } else if (!TLDS.has(tld) && bare) return undefined;
  if (labels.some((l) => l.startsWith('-') || l.endsWith('-') || l === '')) return undefined;
  const target = linkTarget(url.hostname, url.pathname, url.searchParams);
  const hasPath = url.pathname.length > 1 || url.search !== '';
  if (bare && !hasPath) {
    if (!isBareTld(tld) && !target) return undefined;
    const normalized = canonicalHost(url.hostname);
    return {
      type: 'domain',
      value: raw,
      normalized,
      start,
      end: start + raw.length,
      confidence: confidence - 0.2,
      priority: PRIORITY.domain,
    };
  }
  const c: Candidate = {
    type: 'url',
    value: raw,
    normalized: normalizeUrl(url, target !== undefined),
    start,
    end: start + raw.length,
    confidence,
    priority: PRIORITY.url,
    details: { host: canonicalHost(url.hostname) },
  };
  if (target) {
    c.platform = target.platform;
    c.children = [targetIndicator(target, raw, start, confidence)];
  }
  return c;
}

export function scanUrls(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(URL_WITH_SCHEME)) {
    const raw = trimUrl(m[0]);
    const href = raw.replace(/^hxxp/i, 'http');
    const c = linkCandidate(raw, m.index, /^www\./i.test(href) ? `https://${href}` : href, 0.95, false);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(BARE_DOMAIN)) {
    const raw = trimUrl(m[0]);
    const c = linkCandidate(raw, m.index, `https://${raw}`, 0.85, true);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(OBFUSCATED_LINK)) {
    const [whole, label, dot, tld, slash] = m;
    const path = m[5]?.replace(/[._-]+$/, '');
    const plainDot = dot === '.';
    if (plainDot && (slash === undefined || slash === '/')) continue; // an ordinary link, found above
    // "my life. Money" is two sentences: a spaced full stop counts only with a path after it.
    if (/^\s*\.\s*$/.test(dot) && !path) continue;
    if (!TLDS.has(tld.toLowerCase())) continue;
    const raw = path
      ? whole.slice(0, whole.length - m[5].length + path.length)
      : whole.slice(0, label.length + dot.length + tld.length);
    const href = `https://${label}.${tld}${path ? `/${path}` : ''}`;
    const c = linkCandidate(raw, m.index, href, 0.75, true);
    if (!c) continue;
    c.details = { ...c.details, obfuscated: true };
    if (c.type === 'url') c.normalized = c.normalized.replace(/^http:/, 'https:');
    for (const child of c.children ?? []) child.details = { ...child.details, obfuscated: true };
    out.push(c);
  }
  return out;
}

function emailCandidate(
  text: string,
  raw: string,
  start: number,
  local: string,
  domain: string,
  confidence: number,
  obfuscated: boolean,
): Candidate | undefined {
  const cleanLocal = local.replace(/^[.]+/, '');
  if (!cleanLocal || cleanLocal.endsWith('.') || cleanLocal.includes('..')) return undefined;
  const labels = domain.toLowerCase().split('.');
  const tld = labels.at(-1) ?? '';
  if (!/^[a-z]{2,24}$/.test(tld) || (obfuscated && !TLDS.has(tld))) return undefined;
  if (labels.some((l) => !l || l.startsWith('-') || l.endsWith('-'))) return undefined;
  const offset = local.length - cleanLocal.length;
  const address = `${cleanLocal}@${labels.join('.')}`.toLowerCase();
  const c: Candidate = {
    type: 'email',
    value: raw.slice(offset),
    normalized: address,
    start: start + offset,
    end: start + raw.length,
    confidence,
    priority: PRIORITY.email,
  };
  if (obfuscated) c.details = { obfuscated: true };
  const service = paymentContext(text, c.start);
  if (service) {
    c.children = [
      {
        type: 'payment_handle',
        value: c.value,
        normalized: `${service}:${address}`,
        start: c.start,
        end: c.end,
        confidence: confidence - 0.05,
        platform: service,
      },
    ];
  }
  return c;
}

export function scanEmails(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(EMAIL)) {
    let raw = m[0];
    let domain = m[2];
    while (domain.endsWith('.') || domain.endsWith('-'))
      [raw, domain] = [raw.slice(0, -1), domain.slice(0, -1)];
    const c = emailCandidate(text, raw, m.index, m[1], domain, 0.95, false);
    if (c) out.push(c);
  }
  for (const m of text.matchAll(OBFUSCATED_EMAIL)) {
    const [raw, local, at, first, rest] = m;
    const labels = [first, ...rest.split(DOT_SPLIT).filter(Boolean)];
    const spelledAt = /^\s+at\s+$/i.test(at);
    // "see you at home dot com" is chat, "jo at gmail dot com" an address: plain "at" needs a mail provider.
    if (spelledAt && !MAIL_PROVIDERS.has(first.toLowerCase())) continue;
    const c = emailCandidate(text, raw, m.index, local, labels.join('.'), spelledAt ? 0.7 : 0.8, true);
    if (c) out.push(c);
  }
  return out;
}
