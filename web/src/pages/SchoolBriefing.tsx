import { servicesFor } from '../directory.ts';
import { AboutYou } from '../components/AboutYou.tsx';
import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';

/** This copy of the app's web address as people would type it. */
function appAddress(): string {
  return window.location.origin.replace(/^https?:\/\//, '');
}

/** One printable page for school staff (print styles hide everything else). */
export function SchoolBriefingPage() {
  const { country } = useSettings();
  const contacts = [
    ...servicesFor(country, 'under18', 'emergency'),
    ...servicesFor(country, 'under18', 'police'),
    ...servicesFor(country, 'under18', 'image-removal'),
    ...servicesFor(country, 'under18', 'adults-helping'),
    ...servicesFor(country, 'under18', 'support').slice(0, 1),
  ].filter((s, n, all) => all.findIndex((o) => o.id === s.id) === n);

  return (
    <div className="briefing">
      <div className="no-print">
        <AboutYou compact />
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print this briefing
        </button>{' '}
        <Link to="/lesson-pack" className="button">
          Lesson pack to teach pupils about it
        </Link>
      </div>
      <h1 tabIndex={-1}>Sextortion: a one-page briefing for school staff</h1>
      <p>
        <strong>What it is.</strong> Someone online, often pretending to be a young person, gets a pupil to
        send a nude or sexual picture or video, then threatens to share it with their friends, family or
        school unless they pay or send more. Boys aged 14 to 18 are targeted most for money. It is organised
        crime, it moves fast (often within an hour), and victims feel ashamed and frightened. Some have taken
        their own lives.
      </p>
      <div className="briefing-cols">
        <section>
          <h2>Signs</h2>
          <ul>
            <li>Sudden distress, panic or withdrawal, often after being on their phone</li>
            <li>Asking friends for money or gift cards; selling belongings</li>
            <li>Fear of their phone; talking about a new online &ldquo;friend&rdquo;</li>
            <li>Talk of hopelessness or self-harm: act at once</li>
          </ul>
          <h2>Do</h2>
          <ul>
            <li>Listen calmly. Say: you are not in trouble, you did the right thing telling me</li>
            <li>Tell the Designated Safeguarding Lead at once and follow your safeguarding policy</li>
            <li>Advise: do not pay, stop replying, do not delete, block and report after saving evidence</li>
            <li>Note what the pupil said, in their words, with the time</li>
            <li>Help them get the images blocked and get support</li>
          </ul>
          <h2>Do not</h2>
          <ul>
            <li>View, copy, print, share, save or forward the images, or ask to see them</li>
            <li>Ask the pupil to delete anything, or contact the offender</li>
            <li>Blame the pupil, or promise to keep it secret</li>
          </ul>
        </section>
        <section>
          <h2>Who to contact ({country.name})</h2>
          <ul className="briefing-contacts">
            {contacts.map((s) => (
              <li key={s.id}>
                <strong>{s.name}</strong>
                {/* "Police emergency: 999" already says its number. */}
                {s.phone && !s.name.includes(s.phone) ? `: ${s.phone}` : ''}
                {s.url ? ` · ${s.url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}` : ''}
              </li>
            ))}
          </ul>
          {country.schoolGuidance && (
            <>
              <h2>Guidance for schools</h2>
              <p data-testid="school-guidance">
                &ldquo;{country.schoolGuidance.title}&rdquo;, from {country.schoolGuidance.by}:{' '}
                {country.schoolGuidance.url.replace(/^https:\/\/(www\.)?/, '')}. {country.schoolGuidance.note}
              </p>
            </>
          )}
        </section>
      </div>
      <p className="small-print">
        Based on advice from the police, the NCA/CEOP, NCMEC and the FBI. Pupils can use Backstop Help at{' '}
        <strong data-testid="app-address">{appAddress()}</strong> for step-by-step advice, an evidence locker
        on their own device, and help getting images blocked.
      </p>
    </div>
  );
}
