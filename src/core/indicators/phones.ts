import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { PRIORITY, type Candidate, type ScanContext } from './types.ts';
import { paymentContext } from './urls.ts';

/** A run of digits with the separators people type: "+44 7911 123456", "(202) 555-0173", "0 7 9 1 1...". */
const CANDIDATE = /(?<![\w+.,/$£€-])(?:\+|00)?\(?\d[\d \t().-]{5,24}\d(?![\w%$£€]|[.,]\d)/g;
const MESSAGING = /\b(whats ?app|wa|signal|telegram|viber|imessage|facetime)\b[^\n]{0,30}$/i;
const PHONE_WORDS =
  /\b(call|text|txt|phone|number|num|mobile|mob|cell|tel|ring|sms|contact|whats ?app|wa|signal|telegram|viber)\b[^\n]{0,30}$/i;
const FALLBACK_REGIONS: CountryCode[] = ['US', 'GB'];

function parse(raw: string, region: string | undefined) {
  const international = raw.startsWith('+') || raw.startsWith('00');
  const text = raw.startsWith('00') ? `+${raw.slice(2)}` : raw;
  if (international) {
    const p = parsePhoneNumberFromString(text);
    return p?.isValid() ? { phone: p, guessed: false } : undefined;
  }
  if (region) {
    const p = parsePhoneNumberFromString(text, region as CountryCode);
    return p?.isValid() ? { phone: p, guessed: false } : undefined;
  }
  for (const r of FALLBACK_REGIONS) {
    const p = parsePhoneNumberFromString(text, r);
    if (p?.isValid()) return { phone: p, guessed: true };
  }
  return undefined;
}

const PLATFORM: Record<string, string> = { whatsapp: 'whatsapp', 'whats app': 'whatsapp', wa: 'whatsapp' };

/**
 * At most this many libphonenumber parses per chunk (each up to three regions) (256 K characters): a chat has a handful, while
 * "1 1 1 1 ..." would have tens of thousands. Beyond it, the rest of the chunk is not searched for phones.
 */
const PARSE_BUDGET = 2000;

export function scanPhones(text: string, context: ScanContext): Candidate[] {
  const out: Candidate[] = [];
  let budget = PARSE_BUDGET;
  // Parses depend only on the digits and a leading + or 00: repeated numbers are parsed once.
  const memo = new Map<string, ReturnType<typeof parse>>();
  const region = context.defaultRegion?.length === 2 ? context.defaultRegion : undefined;
  const lookup = (raw: string) => {
    const key = `${/^(\+|00)/.test(raw) ? '+' : ''}${raw.replace(/\D/g, '')}`;
    if (memo.has(key)) return memo.get(key);
    budget--;
    const result = parse(raw, region);
    memo.set(key, result);
    return result;
  };
  for (const m of text.matchAll(CANDIDATE)) {
    if (budget <= 0) break;
    let raw = m[0];
    const digits = raw.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    // Dates and times ("12.05.2024", "10:30"), version numbers and decimals are not phone numbers.
    if (/^\d{1,4}[.-]\d{1,2}[.-]\d{2,4}$/.test(raw) || (/\d\.\d{1,2}$/.test(raw) && !/[ ()-]/.test(raw)))
      continue;
    let found = lookup(raw);
    // "07911 123456 5 times": drop trailing groups that made the number too long.
    for (let cut = raw, tries = 0; !found && tries < 3 && /\s\d{1,4}$/.test(cut); tries++) {
      cut = cut.replace(/[\s().-]*\d{1,4}$/, '');
      if (cut.replace(/\D/g, '').length < 7) break;
      found = lookup(cut);
      if (found) raw = cut;
    }
    if (!found) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const messaging = MESSAGING.exec(before);
    const named = PHONE_WORDS.test(before);
    const c: Candidate = {
      type: 'phone',
      value: raw,
      normalized: found.phone.number,
      start: m.index,
      end: m.index + raw.length,
      confidence: Math.min(0.95, (found.guessed ? 0.6 : 0.75) + (named ? 0.15 : 0)),
      priority: PRIORITY.phone,
      details: { country: found.phone.country ?? '', regionGuessed: found.guessed },
    };
    if (messaging) {
      const name = messaging[1].toLowerCase();
      c.platform = PLATFORM[name] ?? name.replace(/ /g, '');
    }
    const service = paymentContext(text, m.index);
    if (service === 'zelle' || service === 'venmo' || service === 'cashapp' || service === 'paypal') {
      c.children = [
        {
          type: 'payment_handle',
          value: raw,
          normalized: `${service}:${found.phone.number}`,
          start: c.start,
          end: c.end,
          confidence: c.confidence - 0.05,
          platform: service,
        },
      ];
    }
    out.push(c);
  }
  return out;
}
