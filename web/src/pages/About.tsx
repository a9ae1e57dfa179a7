import { useId } from 'react';
import { Link } from '../router.tsx';
import { NO_OPERATOR_DETAILS, OperatorText, useOperator } from '../operator.tsx';

/** Who runs this copy (the operator's setting, `GET /v1/operator`), and what the app keeps and sends. */
export function AboutPage() {
  const id = useId();
  const operator = useOperator();
  return (
    <>
      <h1 tabIndex={-1}>About this site</h1>
      <p className="lead">
        Backstop Help gives you step-by-step help if someone is threatening to share your pictures. It is free
        and open source, so anyone can run a copy of it.
      </p>

      <section aria-labelledby={`${id}-who`} className="card" data-testid="operator">
        <h2 id={`${id}-who`}>Who runs this copy</h2>
        {operator === undefined && <p>Finding out who runs this copy…</p>}
        {operator === null && (
          <p>We could not reach the server to find out who runs this copy. Try again when you are online.</p>
        )}
        {operator && (
          <dl className="stacked-details">
            <dt>Run by</dt>
            <dd>{operator.name ?? NO_OPERATOR_DETAILS}</dd>
            <dt>Contact</dt>
            <dd>{operator.contact ? <OperatorText value={operator.contact} /> : 'Not given.'}</dd>
            <dt>Privacy notice</dt>
            <dd>
              {operator.privacyNotice ? (
                <OperatorText value={operator.privacyNotice} />
              ) : (
                'Not given. What this site keeps and sends is below.'
              )}
            </dd>
            <dt>Apps that check this site&rsquo;s list</dt>
            <dd>
              {operator.listCheckedBy.length
                ? operator.listCheckedBy.join(', ')
                : 'None have been set up. Adding fingerprints here does not block pictures anywhere yet.'}
            </dd>
          </dl>
        )}
      </section>

      <section aria-labelledby={`${id}-kept`}>
        <h2 id={`${id}-kept`}>What stays on your device</h2>
        <ul>
          <li>Your age group, your country and your ticks on the Right now list.</li>
          <li>Your evidence locker. It is locked with your passphrase, and only you can open it.</li>
          <li>Your pictures. Fingerprints are made on your device, and the pictures never leave it.</li>
        </ul>
        <p>
          You can clear all of this at any time: see <Link to="/cover-your-tracks">Cover your tracks</Link>.
        </p>
      </section>

      <section aria-labelledby={`${id}-sent`}>
        <h2 id={`${id}-sent`}>What is sent, and only when you choose</h2>
        <ul>
          <li>
            When you press Send on <Link to="/stop-spreading">Stop the images spreading</Link>: the
            fingerprints of your pictures. You get a case number and PIN, and you can take them back out at
            any time.
          </li>
          <li>When you check a profile photo: its fingerprint, never the photo.</li>
          <li>Nothing about who you are. We never ask for your name, e-mail or phone number.</li>
        </ul>
      </section>

      <section aria-labelledby={`${id}-others`}>
        <h2 id={`${id}-others`}>The services we point you to</h2>
        <p>
          Take It Down, Report Remove, StopNCII, the police and the helplines are run by other groups. Each
          one is listed with who runs it. Their own websites are the best place to check how they work.
        </p>
      </section>
    </>
  );
}
