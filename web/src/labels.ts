import type { Indicator } from '../../src/core/indicators/index.ts';
import type { IdentifierType } from './locker/types.ts';

/** What each kind of detail is called on the page and in the report pack: words, never code names. */
export const INDICATOR_LABELS: Record<Indicator['type'], string> = {
  url: 'Link',
  domain: 'Website',
  email: 'E-mail',
  phone: 'Phone number',
  social_handle: 'Username',
  payment_handle: 'Payment account',
  crypto_address: 'Crypto wallet',
  bank_account: 'Bank details',
  gift_card: 'Gift card',
  amount: 'Amount of money',
};

/** The kinds of detail a person types in by hand (Save evidence). */
export const IDENTIFIER_LABELS: Record<IdentifierType, string> = {
  username: 'Username',
  profile_link: 'Link to their profile',
  email: 'E-mail',
  phone: 'Phone number',
  payment: 'Payment details',
  other: 'Other detail',
};

const PLATFORM_NAMES: Record<string, string> = {
  snapchat: 'Snapchat',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  x: 'X (Twitter)',
  discord: 'Discord',
  telegram: 'Telegram',
  kik: 'Kik',
  facebook: 'Facebook',
  skype: 'Skype',
  wickr: 'Wickr',
  whatsapp: 'WhatsApp',
  cashapp: 'Cash App',
  venmo: 'Venmo',
  zelle: 'Zelle',
  revolut: 'Revolut',
  paypal: 'PayPal',
  btc: 'Bitcoin',
  eth: 'Ethereum',
  ltc: 'Litecoin',
  doge: 'Dogecoin',
  trx: 'Tron',
  xmr: 'Monero',
  sol: 'Solana',
  iban: 'IBAN',
  uk_bank: 'UK sort code and account',
  steam: 'Steam',
  apple: 'Apple',
  google_play: 'Google Play',
  amazon: 'Amazon',
  razer_gold: 'Razer Gold',
  vanilla: 'Vanilla',
  visa: 'Visa',
  ebay: 'eBay',
  walmart: 'Walmart',
  target: 'Target',
  best_buy: 'Best Buy',
  sephora: 'Sephora',
  xbox: 'Xbox',
  playstation: 'PlayStation',
  nintendo: 'Nintendo',
  roblox: 'Roblox',
  netflix: 'Netflix',
  spotify: 'Spotify',
  paysafecard: 'paysafecard',
  neosurf: 'Neosurf',
  moneypak: 'MoneyPak',
  love2shop: 'Love2shop',
  one4all: 'One4all',
};

/** "snapchat" → "Snapchat"; an unknown id is shown with its underscores as spaces. */
export function platformName(id: string): string {
  return PLATFORM_NAMES[id] ?? id.replace(/_/g, ' ');
}

/** e.g. "Username (Snapchat)". */
export function indicatorLabel(indicator: Pick<Indicator, 'type' | 'platform'>): string {
  const label = INDICATOR_LABELS[indicator.type] ?? indicator.type.replace(/_/g, ' ');
  return indicator.platform ? `${label} (${platformName(indicator.platform)})` : label;
}
