import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';

/** The "in danger right now" line, with this country's emergency number. */
export function Danger() {
  const { country } = useSettings();
  const number = /^\d+$/.test(country.emergencyNumber) ? country.emergencyNumber : null;
  return (
    <aside className="danger" aria-label="If you are in danger">
      <p>
        <strong>In danger right now, or thinking about hurting yourself?</strong>{' '}
        {number ? (
          <>
            Call <a href={`tel:${number}`}>{number}</a> now.
          </>
        ) : (
          <>Call {country.emergencyNumber} now.</>
        )}{' '}
        Then look at <Link to="/support">who you can talk to</Link>.
      </p>
    </aside>
  );
}
