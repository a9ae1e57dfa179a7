import { AboutYou } from '../components/AboutYou.tsx';
import { Danger } from '../components/Danger.tsx';
import { FirstThings } from '../components/FirstThings.tsx';
import { Link } from '../router.tsx';

export function StartPage() {
  return (
    <>
      <h1 tabIndex={-1}>Is someone threatening to share your pictures?</h1>
      <p className="lead">
        It happens to lots of people, and there is a way through it. We will go one step at a time.
      </p>
      <FirstThings />
      <AboutYou />
      <p>
        <Link to="/right-now" className="button primary big">
          Show me what to do right now
        </Link>
      </p>
      <Danger />
      <h2>Other things you can do here</h2>
      <ul className="card-grid">
        <li className="card">
          <h3>
            <Link to="/evidence">Save evidence</Link>
          </h3>
          <p>Keep screenshots, messages and their usernames in a locked space on this device.</p>
        </li>
        <li className="card">
          <h3>
            <Link to="/check-conversation">Check a conversation</Link>
          </h3>
          <p>Not sure about someone? Paste the chat and see the warning signs.</p>
        </li>
        <li className="card">
          <h3>
            <Link to="/check-profile">Check a profile</Link>
          </h3>
          <p>Find out if a profile photo is stolen, and the signs of a fake account.</p>
        </li>
        <li className="card">
          <h3>
            <Link to="/stop-spreading">Stop the images spreading</Link>
          </h3>
          <p>The services the big apps use to block or remove your pictures, and how each one works.</p>
        </li>
        <li className="card">
          <h3>
            <Link to="/report">Report it</Link>
          </h3>
          <p>Where to report, how to report the account on each app, and a report pack for the police.</p>
        </li>
        <li className="card">
          <h3>
            <Link to="/support">Talk to someone</Link>
          </h3>
          <p>Free, private helplines. You do not have to deal with this alone.</p>
        </li>
      </ul>
      <h2>Nothing has happened, but you want to be ready?</h2>
      <ul className="card-grid two">
        <li className="card">
          <h3>
            <Link to="/stay-safe">Stay safe</Link>
          </h3>
          <p>The signs to spot before it turns bad, and what to do at each one.</p>
        </li>
        <li className="card">
          <h3>
            <Link to="/privacy-checkup">Privacy check-up</Link>
          </h3>
          <p>Lock down Instagram, Snapchat, TikTok and more, one app at a time.</p>
        </li>
      </ul>
      <h2>Helping someone else?</h2>
      <ul className="card-grid two">
        <li className="card">
          <h3>
            <Link to="/adults#parents">I am a parent or carer</Link>
          </h3>
          <p>How to talk about it, what to do in the first hour, and the signs to look out for.</p>
        </li>
        <li className="card">
          <h3>
            <Link to="/adults#teachers">I am a teacher</Link>
          </h3>
          <p>What to do when a pupil tells you, and a one-page briefing for your school.</p>
        </li>
      </ul>
    </>
  );
}
