import { PRIORITY, type Candidate } from './types.ts';

/** Brands of gift card that scammers ask for; keys are lower case with single spaces. */
const BRANDS: Record<string, string> = {
  steam: 'steam',
  apple: 'apple',
  itunes: 'apple',
  'app store': 'apple',
  'google play': 'google_play',
  'play store': 'google_play',
  amazon: 'amazon',
  'razer gold': 'razer_gold',
  razer: 'razer_gold',
  vanilla: 'vanilla',
  'vanilla visa': 'vanilla',
  visa: 'visa',
  ebay: 'ebay',
  walmart: 'walmart',
  target: 'target',
  'best buy': 'best_buy',
  sephora: 'sephora',
  xbox: 'xbox',
  playstation: 'playstation',
  psn: 'playstation',
  nintendo: 'nintendo',
  'nintendo eshop': 'nintendo',
  eshop: 'nintendo',
  roblox: 'roblox',
  netflix: 'netflix',
  spotify: 'spotify',
  paysafecard: 'paysafecard',
  paysafe: 'paysafecard',
  neosurf: 'neosurf',
  moneypak: 'moneypak',
  'green dot': 'moneypak',
  love2shop: 'love2shop',
  one4all: 'one4all',
  'one for all': 'one4all',
};
/** Brands that are gift cards or vouchers by themselves ("send a paysafecard"). */
const ALWAYS_VOUCHER = new Set(['paysafecard', 'neosurf', 'moneypak', 'razer_gold', 'love2shop', 'one4all']);

const MENTION =
  /(?<![\w])(?:(steam|apple|itunes|app store|google play|play store|amazon|razer gold|razer|vanilla visa|vanilla|visa|ebay|walmart|target|best buy|sephora|xbox|playstation|psn|nintendo eshop|nintendo|eshop|roblox|netflix|spotify|paysafecard|paysafe|neosurf|moneypak|green dot|love2shop|one4all|one for all)(?:\s{1,3}(?:gift|wallet|prepaid|e-?gift))?(?:\s{0,3}(cards?|vouchers?|codes?|gcs?|pins?))?|(gift\s{0,3}cards?|e-?gift\s{0,3}cards?|gift\s{0,3}vouchers?))(?!\w)/gi;
/** A code: grouped ("XXXXX-XXXXX-XXXXX") or a run of 10-25 letters/digits. */
const CODE = /(?<![\w-])(?:[A-Z0-9]{3,6}(?:[- ][A-Z0-9]{3,6}){2,5}|[A-Z0-9]{10,25})(?![\w-])/g;
/** How far after a mention a code may appear. */
const CODE_WINDOW = 300;

export function scanGiftCards(text: string): Candidate[] {
  const out: Candidate[] = [];
  let windowEnd = 0;
  const windows: [number, number, string | undefined][] = [];
  for (const m of text.matchAll(MENTION)) {
    const [whole, brandWord, cardWord] = m;
    const brand = brandWord ? BRANDS[brandWord.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    if (brand && !cardWord && !/gift|prepaid|wallet/i.test(whole) && !ALWAYS_VOUCHER.has(brand)) continue;
    // "gift cards" alone names no card anyone could trace: it only opens the window for a code.
    if (brand) {
      out.push({
        type: 'gift_card',
        value: whole,
        normalized: brand,
        start: m.index,
        end: m.index + whole.length,
        confidence: 0.8,
        priority: PRIORITY.giftMention,
        platform: brand,
        details: { kind: 'brand' },
      });
    }
    const end = m.index + whole.length;
    const from = Math.max(end, windowEnd);
    windowEnd = Math.max(windowEnd, end + CODE_WINDOW);
    if (from < windowEnd) windows.push([from, windowEnd, brand]);
  }
  for (const [from, to, brand] of windows) {
    for (const m of text.slice(from, to).matchAll(CODE)) {
      const code = m[0].replace(/[- ]/g, '');
      if (code.length < 10 || code.length > 25 || !/\d/.test(code)) continue;
      if (!/[A-Z]/.test(code) && code.length !== 16 && code.length !== 19) continue;
      const start = from + m.index;
      out.push({
        type: 'gift_card',
        value: m[0],
        normalized: `${brand ?? 'gift_card'}:${code}`,
        start,
        end: start + m[0].length,
        confidence: 0.7,
        priority: PRIORITY.giftCode,
        ...(brand ? { platform: brand } : {}),
        details: { kind: 'code' },
      });
    }
  }
  return out;
}
