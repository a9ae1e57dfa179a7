import type { Indicator } from '../../../src/core/indicators/index.ts';
import { indicatorLabel } from '../labels.ts';

export { indicatorLabel };

/** The identifiers found in an item, e.g. "Username (Snapchat): jay_22". */
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
