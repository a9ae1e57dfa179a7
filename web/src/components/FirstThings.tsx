import { useId } from 'react';

/**
 * The four things the NCA, CEOP and the FBI put first, kept short so that they fit on the first
 * screen of a phone on every crisis page.
 */
export function FirstThings({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const id = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section className="first-things" aria-labelledby={id} data-testid="first-things">
      <Heading id={id}>Do these first</Heading>
      <ul>
        <li>
          <strong>You are not in trouble.</strong> This is not your fault.
        </li>
        <li>
          <strong>Do not pay</strong>, and do not send more pictures.
        </li>
        <li>
          <strong>Stop replying</strong> to them.
        </li>
        <li>
          <strong>Do not delete anything.</strong> The chat is evidence.
        </li>
      </ul>
    </section>
  );
}
