/** The kinds of identifier Backstop finds in messages and screenshots. */
export type IndicatorType =
  | 'url'
  | 'domain'
  | 'email'
  | 'phone'
  | 'social_handle'
  | 'payment_handle'
  | 'crypto_address'
  | 'bank_account'
  | 'gift_card'
  | 'amount';

/**
 * One identifier found in a text. `start`/`end` are UTF-16 offsets into the text (end exclusive);
 * `normalized` is the form used for matching and de-duplication.
 */
export interface Indicator {
  type: IndicatorType;
  value: string;
  normalized: string;
  start: number;
  end: number;
  confidence: number;
  /** e.g. instagram, snapchat, cashapp, paypal, btc, eth, iban, uk_bank */
  platform?: string;
  details?: Record<string, string | number | boolean>;
}

export interface ExtractOptions {
  /** ISO 3166 region for phone numbers written without a country code, e.g. 'GB', 'US'. */
  defaultRegion?: string;
  /** Longest text accepted, in UTF-16 code units (default 20,000,000). Longer text is an error. */
  maxLength?: number;
}

/**
 * An indicator while extraction runs. `priority` decides which of two overlapping candidates is
 * kept; `children` are indicators read out of this one (the handle in a profile URL) and are kept
 * exactly when their parent is.
 */
export interface Candidate extends Indicator {
  priority: number;
  children?: Indicator[];
}

export interface ScanContext {
  defaultRegion?: string;
}

/** Finds candidates in one chunk of text; offsets are relative to that chunk. */
export type Scanner = (text: string, context: ScanContext) => Candidate[];

/** Priorities: when two candidates overlap, the higher one wins. */
export const PRIORITY = {
  crypto: 100,
  iban: 95,
  url: 90,
  email: 85,
  payment: 80,
  socialContext: 75,
  giftCode: 70,
  ukBank: 65,
  amount: 62,
  phone: 60,
  socialBare: 55,
  domain: 50,
  giftMention: 30,
} as const;
