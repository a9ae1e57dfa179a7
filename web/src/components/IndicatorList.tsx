import type { Indicator } from '../../../src/core/indicators/index.ts';

const LABELS: Record<string, string> = {
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

export function indicatorLabel(indicator: Indicator): string {
  const label = LABELS[indicator.type] ?? indicator.type;
  return indicator.platform ? `${label} (${indicator.platform})` : label;
}

/** The identifiers found in an item, e.g. "Username (snapchat): jay_22". */
export function IndicatorList({ indicators }: { indicators: Indicator[] }) {
  if (!indicators.length) return null;
  return (
    <ul className="indicators" aria-label="Details found">
      {indicators.map((i, n) => (
        <li key={`${i.type}-${i.normalized}-${n}`}>
          <span className="indicator-type">{indicatorLabel(i)}:</span> <code>{i.value}</code>
        </li>
      ))}
    </ul>
  );
}
