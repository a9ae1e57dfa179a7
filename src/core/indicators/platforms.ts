import type { Indicator } from './types.ts';

/** What a profile or payment link points at: a handle on a platform, or a phone number. */
export interface LinkTarget {
  type: 'social_handle' | 'payment_handle' | 'phone';
  platform: string;
  handle: string;
  details?: Record<string, string | number | boolean>;
}

const HANDLE = /^@?([A-Za-z0-9._-]{1,40})$/;

const RESERVED: Record<string, Set<string>> = {
  instagram: new Set([
    'p',
    'reel',
    'reels',
    'explore',
    'accounts',
    'direct',
    'tv',
    'about',
    'legal',
    'developer',
  ]),
  x: new Set([
    'home',
    'i',
    'intent',
    'search',
    'hashtag',
    'share',
    'settings',
    'explore',
    'messages',
    'notifications',
    'login',
    'signup',
    'tos',
    'privacy',
  ]),
  facebook: new Set([
    'groups',
    'pages',
    'events',
    'watch',
    'marketplace',
    'share',
    'sharer',
    'sharer.php',
    'photo',
    'photo.php',
    'story.php',
    'permalink.php',
    'login',
    'login.php',
    'help',
    'policies',
    'gaming',
    'reel',
    'stories',
  ]),
  telegram: new Set(['joinchat', 'share', 's', 'addstickers', 'proxy', 'socks']),
};

const HOSTS: Record<string, { type: LinkTarget['type']; platform: string }> = {
  'instagram.com': { type: 'social_handle', platform: 'instagram' },
  'instagr.am': { type: 'social_handle', platform: 'instagram' },
  'snapchat.com': { type: 'social_handle', platform: 'snapchat' },
  'tiktok.com': { type: 'social_handle', platform: 'tiktok' },
  'twitter.com': { type: 'social_handle', platform: 'x' },
  'x.com': { type: 'social_handle', platform: 'x' },
  'facebook.com': { type: 'social_handle', platform: 'facebook' },
  'fb.com': { type: 'social_handle', platform: 'facebook' },
  'discord.gg': { type: 'social_handle', platform: 'discord' },
  'discord.com': { type: 'social_handle', platform: 'discord' },
  'discordapp.com': { type: 'social_handle', platform: 'discord' },
  't.me': { type: 'social_handle', platform: 'telegram' },
  'telegram.me': { type: 'social_handle', platform: 'telegram' },
  'kik.me': { type: 'social_handle', platform: 'kik' },
  'wa.me': { type: 'phone', platform: 'whatsapp' },
  'api.whatsapp.com': { type: 'phone', platform: 'whatsapp' },
  'paypal.me': { type: 'payment_handle', platform: 'paypal' },
  'paypal.com': { type: 'payment_handle', platform: 'paypal' },
  'cash.app': { type: 'payment_handle', platform: 'cashapp' },
  'venmo.com': { type: 'payment_handle', platform: 'venmo' },
  'account.venmo.com': { type: 'payment_handle', platform: 'venmo' },
  'revolut.me': { type: 'payment_handle', platform: 'revolut' },
};

/** Lower-cases a host and drops www., m. and mobile. */
export function canonicalHost(host: string): string {
  return host.toLowerCase().replace(/^(?:www\d?|m|mobile|web)\./, '');
}

/** Reads the handle a profile, payment or chat link points at; undefined for other links. */
export function linkTarget(host: string, pathname: string, search: URLSearchParams): LinkTarget | undefined {
  const site = HOSTS[canonicalHost(host)];
  if (!site) return undefined;
  const parts = pathname.split('/').filter(Boolean);
  let handle: string | undefined;
  const details: Record<string, string | number | boolean> = {};
  switch (site.platform) {
    case 'snapchat':
      handle = parts[0] === 'add' ? parts[1] : parts[0]?.startsWith('@') ? parts[0] : undefined;
      break;
    case 'tiktok':
      handle = parts[0]?.startsWith('@') ? parts[0] : undefined;
      break;
    case 'instagram':
      handle = parts[0] === 'stories' ? parts[1] : parts[0];
      break;
    case 'facebook':
      if (parts[0] === 'profile.php' && /^\d{1,20}$/.test(search.get('id') ?? ''))
        handle = `id:${search.get('id')}`;
      else if (parts[0] === 'people' && parts[2]) handle = `id:${parts[2]}`;
      else handle = parts[0];
      break;
    case 'discord':
      if (canonicalHost(host) === 'discord.gg') [handle, details.kind] = [parts[0], 'invite'];
      else if (parts[0] === 'invite') [handle, details.kind] = [parts[1], 'invite'];
      else if (parts[0] === 'users' && /^\d{5,20}$/.test(parts[1] ?? ''))
        [handle, details.kind] = [`id:${parts[1]}`, 'user'];
      break;
    case 'whatsapp':
      handle = canonicalHost(host) === 'wa.me' ? parts[0] : (search.get('phone') ?? undefined);
      break;
    case 'paypal':
      handle =
        canonicalHost(host) === 'paypal.me' ? parts[0] : parts[0] === 'paypalme' ? parts[1] : undefined;
      break;
    case 'cashapp':
      handle = parts[0]?.startsWith('$') ? parts[0].slice(1) : undefined;
      break;
    case 'venmo':
      handle = parts[0] === 'u' ? parts[1] : parts[0] === 'code' ? undefined : parts[0];
      break;
    default:
      handle = parts[0];
  }
  if (handle === undefined) return undefined;
  try {
    handle = decodeURIComponent(handle);
  } catch {
    return undefined;
  }
  if (site.type === 'phone') {
    const digits = handle.replace(/[^\d]/g, '');
    return digits.length >= 7 && digits.length <= 15
      ? { type: 'phone', platform: site.platform, handle: `+${digits}` }
      : undefined;
  }
  if (!handle.startsWith('id:')) {
    const m = HANDLE.exec(handle);
    if (!m) return undefined;
    handle = m[1];
    if (RESERVED[site.platform]?.has(handle.toLowerCase())) return undefined;
  }
  const target: LinkTarget = { type: site.type, platform: site.platform, handle };
  if (Object.keys(details).length) target.details = details;
  return target;
}

/** The indicator for a link's target, with its span inside the link (or the link's span). */
export function targetIndicator(
  target: LinkTarget,
  raw: string,
  start: number,
  confidence: number,
): Indicator {
  const at = raw.lastIndexOf(target.handle.replace(/^id:/, ''));
  const [s, e] =
    at >= 0
      ? [start + at, start + at + target.handle.replace(/^id:/, '').length]
      : [start, start + raw.length];
  const value = at >= 0 ? raw.slice(at, at + target.handle.replace(/^id:/, '').length) : raw;
  const normalized =
    target.type === 'phone' ? target.handle : `${target.platform}:${target.handle.toLowerCase()}`;
  const out: Indicator = {
    type: target.type,
    value,
    normalized,
    start: s,
    end: e,
    confidence,
    platform: target.platform,
  };
  if (target.details) out.details = { ...target.details };
  return out;
}
