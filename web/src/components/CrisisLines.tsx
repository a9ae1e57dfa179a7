import { useId, type ReactNode } from 'react';
import { servicesFor, telHref } from '../directory.ts';
import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';
import { ServiceList } from './ServiceList.tsx';

/** How many crisis lines a checked chat's result names before "More people to talk to". */
const COMPACT_LINES = 2;

/**
 * Emergency and crisis lines for the reader's country and age, under "If you are thinking about
 * hurting yourself": in full on the support page; `compact` (first in a checked chat that talks about
 * suicide) names the first lines in one short list and links to the rest.
 */
export function CrisisLines({
  headingLevel = 2,
  lead,
  compact = false,
}: {
  headingLevel?: 2 | 3;
  lead?: ReactNode;
  compact?: boolean;
}) {
  const id = useId();
  const { age, country } = useSettings();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const crisis = servicesFor(country, age, 'crisis');
  const emergency = servicesFor(country, age, 'emergency');
  return (
    <section aria-labelledby={id} className="crisis" data-testid="crisis-lines">
      <Heading id={id}>If you are thinking about hurting yourself</Heading>
      {lead}
      <p>
        Please talk to someone right now. These lines are free and private, and the people there want to help.
        If you are in danger, call <a href={telHref(country.emergencyNumber)}>{country.emergencyNumber}</a>.
      </p>
      {compact ? (
        <>
          <ul>
            {crisis.slice(0, COMPACT_LINES).map((s) => (
              <li key={s.id}>
                <strong>{s.name}</strong>
                {s.phone && (
                  <>
                    : call <a href={telHref(s.phone)}>{s.phone}</a>
                  </>
                )}
                {s.text && (
                  <>
                    {s.phone ? '. ' : ': '}
                    {s.text}
                  </>
                )}
              </li>
            ))}
          </ul>
          <p>
            <Link to="/support">More people to talk to</Link>
          </p>
        </>
      ) : (
        <ServiceList services={[...emergency, ...crisis]} />
      )}
    </section>
  );
}
