import { PRIORITY, type Candidate } from './types.ts';

interface Service {
  type: 'social_handle' | 'payment_handle';
  platform: string;
  /** Short or everyday words ("sc", "tt", "gram") count only with a ":" "-" "=" or "is" after them. */
  needsSeparator?: boolean;
}

const SERVICES: Record<string, Service> = {
  snap: { type: 'social_handle', platform: 'snapchat' },
  snapchat: { type: 'social_handle', platform: 'snapchat' },
  'snap chat': { type: 'social_handle', platform: 'snapchat' },
  sc: { type: 'social_handle', platform: 'snapchat', needsSeparator: true },
  insta: { type: 'social_handle', platform: 'instagram' },
  instagram: { type: 'social_handle', platform: 'instagram' },
  ig: { type: 'social_handle', platform: 'instagram' },
  gram: { type: 'social_handle', platform: 'instagram', needsSeparator: true },
  tiktok: { type: 'social_handle', platform: 'tiktok' },
  'tik tok': { type: 'social_handle', platform: 'tiktok' },
  tt: { type: 'social_handle', platform: 'tiktok', needsSeparator: true },
  twitter: { type: 'social_handle', platform: 'x' },
  twt: { type: 'social_handle', platform: 'x', needsSeparator: true },
  discord: { type: 'social_handle', platform: 'discord' },
  telegram: { type: 'social_handle', platform: 'telegram' },
  tg: { type: 'social_handle', platform: 'telegram', needsSeparator: true },
  tele: { type: 'social_handle', platform: 'telegram', needsSeparator: true },
  kik: { type: 'social_handle', platform: 'kik' },
  facebook: { type: 'social_handle', platform: 'facebook' },
  fb: { type: 'social_handle', platform: 'facebook' },
  messenger: { type: 'social_handle', platform: 'facebook', needsSeparator: true },
  skype: { type: 'social_handle', platform: 'skype' },
  wickr: { type: 'social_handle', platform: 'wickr' },
  cashapp: { type: 'payment_handle', platform: 'cashapp' },
  'cash app': { type: 'payment_handle', platform: 'cashapp' },
  venmo: { type: 'payment_handle', platform: 'venmo' },
  zelle: { type: 'payment_handle', platform: 'zelle' },
  revolut: { type: 'payment_handle', platform: 'revolut' },
  paypal: { type: 'payment_handle', platform: 'paypal' },
  'pay pal': { type: 'payment_handle', platform: 'paypal' },
};

const KEYWORD =
  /(?<![\w@$.])(snap ?chat|snap|sc|insta(?:gram)?|ig|gram|tik ?tok|tt|twitter|twt|discord|telegram|tg|tele|kik|facebook|fb|messenger|skype|wickr|cash ?app|venmo|zelle|revolut|pay ?pal)(?![\w@.])/gi;
/**
 * What may sit between the service's name and the handle: "add me on snap: x", "my ig is @x". Never a line
 * break: in a pasted chat the next line is the next message ("on insta" / "Me: who?" names nobody).
 */
const GLUE =
  /^(?:[^\S\r\n]{1,3}|[:=\-–—>]{1,3}|\p{Extended_Pictographic}\uFE0F?|(?:is|its|it's|it’s|me|on|at|name|username|user|handle|id|tag|acc|account|here)(?![\w]))/iu;
const EXPLICIT = /^(?:[:=\-–—>]|is|its|it's|it’s|name|username|user|handle|id|tag)/i;
const TOKEN = /^([@$]?)([A-Za-z0-9][A-Za-z0-9._-]{0,31})(#\d{4})?(?![\w@$])/;

export const STOPWORDS = new Set(
  (
    'me my is it its on at the a an and or to you u ur your yours i im if so now pls please plz add here there ' +
    'this that then too also with for of in we us our dm chat app account acc user name what whats why how no ' +
    'yes ok okay lol hey hi back later rn instead only just be can will not dont do send sent got get message ' +
    'msg text call number link story stories pic pics photo photos video videos streak streaks more as am was ' +
    'are have has had him her his she he they them their story first again babe baby dear bro sis friend ' +
    'friends private public profile page free new real same different other another one two sure right wait ' +
    'better instead anymore either though because cause cuz bc yeah yh ya yep nah nope down up out off over'
  ).split(' '),
);

const CURRENCY_TAGS = new Set(
  'usd gbp eur cad aud nzd jpy inr ngn php btc eth usdt usdc ltc xmr trx sol doge bnb xrp ada'.split(' '),
);

/** A name no one writes as an ordinary word: letters with a digit and a "." or "_" ("jess_h.2009"). */
function looksLikeHandle(name: string): boolean {
  return /[A-Za-z]/.test(name) && /\d/.test(name) && /[._]/.test(name);
}

/**
 * A handle written before the service's name: "add me jess_h.2009 on snap", "jess_h.2009 is my
 * sc", "jess_h.2009 (snapchat)". Only names that look like handles count here.
 */
const SERVICE_AFTER =
  /(?:\s{1,3}(?:on|is\s{1,3}my|=|-|–)\s{1,3}|\s{0,3}\(\s{0,3})(snap ?chat|snap|sc|insta(?:gram)?|ig|tik ?tok|tt|twitter|discord|telegram|tg|kik|facebook|fb|skype|wickr)(?![\w@.])/gi;
/** The handle just before a SERVICE_AFTER match (searched only there, so the scan stays linear). */
const HANDLE_BEFORE = /([A-Za-z0-9][A-Za-z0-9._-]{0,31})$/;

function handleBeforeService(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SERVICE_AFTER)) {
    const word = m[1];
    const service =
      SERVICES[word.toLowerCase().replace(/ +/g, ' ')] ?? SERVICES[word.toLowerCase().replace(/ /g, '')];
    if (!service || service.type !== 'social_handle') continue;
    const before = HANDLE_BEFORE.exec(text.slice(Math.max(0, m.index - 32), m.index));
    if (!before) continue;
    const start = m.index - before[1].length;
    // The name must start there: not in the middle of a longer word, address or link.
    if (start > 0 && /[\w$./-]/.test(text[start - 1])) continue;
    const handle = before[1].replace(/[._-]+$/, '');
    if (!looksLikeHandle(handle)) continue;
    out.push({
      type: 'social_handle',
      value: handle,
      normalized: `${service.platform}:${handle.toLowerCase()}`,
      start,
      end: start + handle.length,
      confidence: 0.75,
      platform: service.platform,
      priority: PRIORITY.socialContext,
    });
  }
  return out;
}

function contextual(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(KEYWORD)) {
    const service =
      SERVICES[m[1].toLowerCase().replace(/ +/g, ' ')] ?? SERVICES[m[1].toLowerCase().replace(/ /g, '')];
    if (!service) continue;
    let pos = m.index + m[0].length;
    let explicit = false;
    for (let steps = 0; steps < 6; steps++) {
      const g = GLUE.exec(text.slice(pos, pos + 24));
      if (!g) break;
      if (EXPLICIT.test(g[0])) explicit = true;
      pos += g[0].length;
    }
    const t = TOKEN.exec(text.slice(pos, pos + 48));
    if (!t) continue;
    const [whole, sigil, name, tag] = t;
    const handle = name.replace(/[._-]+$/, '');
    if (!handle) continue;
    const lower = handle.toLowerCase();
    if (sigil === '' && (STOPWORDS.has(lower) || SERVICES[lower])) continue;
    if (service.needsSeparator && !explicit && sigil === '' && !looksLikeHandle(handle)) continue;
    // Without "is", ":" or "@", only a name that is not an ordinary word counts ("snap john_doe").
    if (!explicit && sigil === '' && !/[\d_.]/.test(handle)) continue;
    if (sigil === '$' && service.platform !== 'cashapp') continue;
    // A handle holds a letter (Cash App's and Venmo's rule too): "cashapp me $200" and "venmo 200 by
    // tonight" name an amount, not an account (phone numbers are phones.ts's).
    if (!/[A-Za-z]/.test(handle)) continue;
    const full = tag && service.platform === 'discord' ? `${handle}${tag}` : handle;
    const value = whole.slice(0, sigil.length + full.length);
    out.push({
      type: service.type,
      value,
      normalized: `${service.platform}:${full.toLowerCase()}`,
      start: pos,
      end: pos + value.length,
      confidence: explicit || sigil ? 0.85 : 0.7,
      platform: service.platform,
      priority: service.type === 'payment_handle' ? PRIORITY.payment : PRIORITY.socialContext,
    });
  }
  return out;
}

const CASHTAG = /(?<![\w$])\$([A-Za-z][A-Za-z0-9_]{0,19})(?![\w$])/g;
const AT_HANDLE = /(?<![\w@.$/+-])@([A-Za-z0-9_][A-Za-z0-9_.]{0,29})(?![\w@])/g;

export function scanHandles(text: string): Candidate[] {
  const out = [...contextual(text), ...handleBeforeService(text)];
  for (const m of text.matchAll(CASHTAG)) {
    if (CURRENCY_TAGS.has(m[1].toLowerCase())) continue;
    out.push({
      type: 'payment_handle',
      value: m[0],
      normalized: `cashapp:${m[1].toLowerCase()}`,
      start: m.index,
      end: m.index + m[0].length,
      confidence: 0.8,
      platform: 'cashapp',
      priority: PRIORITY.payment,
    });
  }
  for (const m of text.matchAll(AT_HANDLE)) {
    const name = m[1].replace(/\.+$/, '');
    if (!/[A-Za-z]/.test(name)) continue;
    out.push({
      type: 'social_handle',
      value: `@${name}`,
      normalized: name.toLowerCase(),
      start: m.index,
      end: m.index + 1 + name.length,
      confidence: 0.5,
      priority: PRIORITY.socialBare,
    });
  }
  return out;
}
