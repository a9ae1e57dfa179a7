import { useEffect, useId } from 'react';
import { AboutYou } from '../components/AboutYou.tsx';
import { ServiceList } from '../components/ServiceList.tsx';
import { LinkedText } from '../components/LinkedText.tsx';
import { policeStepsFor, servicesFor } from '../directory.ts';
import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';

export function AdultsPage() {
  const id = useId();
  const { country } = useSettings();
  const forAdults = servicesFor(country, 'under18', 'adults-helping');
  const police = servicesFor(country, 'under18', 'police');
  const removal = servicesFor(country, 'under18', 'image-removal');

  useEffect(() => {
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView();
  }, []);

  return (
    <>
      <h1 tabIndex={-1}>Parents, carers and teachers</h1>
      <p className="lead">
        If a young person tells you someone is threatening to share their pictures, how you react in the first
        few minutes matters most. Stay calm, and let them know they are not in trouble.
      </p>
      <AboutYou compact />

      <section id="parents" aria-labelledby={`${id}-parents`}>
        <h2 id={`${id}-parents`} tabIndex={-1}>
          For parents and carers
        </h2>
        <p className="before-it-happens">
          Nothing has happened yet? <Link to="/talk-first">How to talk about it first</Link>, and the{' '}
          <Link to="/privacy-checkup">privacy check-up</Link> to do together.
        </p>
        <h3>How to talk about it</h3>
        <ul>
          <li>Thank them for telling you. It took courage. Tell them you are on their side.</li>
          <li>
            Do not blame them or ask &ldquo;why did you send it?&rdquo;. They were tricked by a criminal who
            does this on purpose, often to many young people at once.
          </li>
          <li>Tell them they are not in trouble, and that you will sort it out together.</li>
          <li>
            Do not take their phone away as a punishment. It makes young people less likely to tell next time.
          </li>
          <li>
            Before anything happens: talk about it in a relaxed way. Tell them this scam exists, that it is
            never their fault, and that they can always come to you.
          </li>
        </ul>
        <h3>Signs to watch for</h3>
        <ul>
          <li>Suddenly upset, scared, angry or withdrawn, especially after being online.</li>
          <li>Being very secretive about their phone, or jumpy when messages arrive.</li>
          <li>Asking for money or gift cards, or selling things, without a clear reason.</li>
          <li>A new online friend they will not talk about.</li>
          <li>Changes in sleep, eating or schoolwork.</li>
          <li>
            Talking about feeling hopeless, trapped or wanting to hurt themselves:{' '}
            <Link to="/support">get help now</Link>.
          </li>
        </ul>
        <h3>What to do in the first hour</h3>
        <ol>
          <li>Stay calm, listen, and reassure them. Make sure they are safe right now.</li>
          <li>Do not pay, and do not reply to the person. Paying almost never makes it stop.</li>
          <li>Do not delete the chat or the account. Do not confront the person.</li>
          <li>
            Save the evidence: screenshots of the messages, the account&rsquo;s username and profile, and any
            payment details.{' '}
            <strong>Do not copy, screenshot, save or forward any nude picture of a child</strong>, even to the
            police: that is against the law. Describe it instead.
          </li>
          <li>
            Report it to the police. <LinkedText text={policeStepsFor(country, 'under18', 'adult-helping')} />
          </li>
          <li>Report and block the account on the app (after saving the evidence).</li>
          <li>
            Help them get the pictures blocked: <Link to="/stop-spreading">Stop the images spreading</Link>.
          </li>
          <li>Keep checking in over the next days. Let them know it will pass.</li>
        </ol>
        <ServiceList services={police} />
      </section>

      <section id="teachers" aria-labelledby={`${id}-teachers`}>
        <h2 id={`${id}-teachers`} tabIndex={-1}>
          For teachers and school staff
        </h2>
        <ul>
          <li>
            Listen, stay calm, and tell the pupil they are not in trouble and have done the right thing.
          </li>
          <li>
            <strong>Do not view, copy, print, share, store or save the images</strong>, and do not ask the
            pupil to show or send them to you. Do not ask them to delete anything either.
          </li>
          <li>
            Tell your Designated Safeguarding Lead (or the person responsible for child protection) straight
            away, and follow your school&rsquo;s safeguarding policy.
          </li>
          <li>
            The safeguarding lead reports it to the police and involves parents or carers unless that would
            put the pupil at risk.
          </li>
          <li>Help the pupil get support and use a service that blocks the images.</li>
        </ul>
        <p>
          <Link to="/school-briefing" className="button">
            Printable one-page briefing for schools
          </Link>{' '}
          <Link to="/lesson-pack" className="button">
            A lesson pack to teach it
          </Link>
        </p>
      </section>

      <section aria-labelledby={`${id}-help`}>
        <h2 id={`${id}-help`}>Help for adults</h2>
        <ServiceList services={[...forAdults, ...removal]} />
      </section>
    </>
  );
}
