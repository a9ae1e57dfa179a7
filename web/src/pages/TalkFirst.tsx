import { useId } from 'react';
import { Link } from '../router.tsx';

/** For parents and carers: talking about sextortion before anything happens (issue 14). */
export function TalkFirstPage() {
  const id = useId();
  return (
    <>
      <h1 tabIndex={-1}>Talk about it before anything happens</h1>
      <p className="lead">
        Young people who know about this scam, and know you will not be angry, tell someone sooner. Telling
        early is what keeps them safe. A calm chat now makes that much more likely.
      </p>

      <section aria-labelledby={`${id}-start`}>
        <h2 id={`${id}-start`}>How to start</h2>
        <p>
          Pick a relaxed moment: in the car, cooking, or when a news story comes up. Keep it short. You do not
          need to know about every app. Here are some ways to begin:
        </p>
        <ul className="opening-lines">
          <li>
            &ldquo;I read about a scam where people fake being a teenager to get pictures, then ask for money.
            Have you heard of it?&rdquo;
          </li>
          <li>
            &ldquo;If anyone online ever threatened you, I would want to know. I would not be angry. We would
            sort it out together.&rdquo;
          </li>
          <li>
            &ldquo;Even if you had sent a picture, it would not be your fault. The person doing it is the one
            breaking the law.&rdquo;
          </li>
          <li>
            &ldquo;Would you show me how you set up your apps? I am not checking up on you. I want to
            learn.&rdquo;
          </li>
        </ul>
        <p>
          Then listen more than you talk. Ask what they already know, and what they have seen happen to
          friends.
        </p>
      </section>

      <section aria-labelledby={`${id}-dont`}>
        <h2 id={`${id}-dont`}>What not to say</h2>
        <ul>
          <li>
            Threats, like &ldquo;if you ever send a nude, you are on your own&rdquo; or &ldquo;I will take
            your phone&rdquo;. They teach a young person to hide it, and hiding is what the criminals want.
          </li>
          <li>
            Blame, like &ldquo;how could you be so stupid?&rdquo;. These criminals are skilled, and they trick
            adults too.
          </li>
          <li>
            Only &ldquo;never talk to strangers online&rdquo;. Most young people do talk to people they have
            not met. Teach the warning signs instead.
          </li>
          <li>
            Promises you cannot keep, like &ldquo;I will never tell anyone&rdquo;. You may need to tell the
            police.
          </li>
        </ul>
      </section>

      <section aria-labelledby={`${id}-signs`}>
        <h2 id={`${id}-signs`}>The warning signs to share</h2>
        <p>
          These are the steps the criminals use, in order. Go through them together. Our{' '}
          <Link to="/stay-safe">Stay safe</Link> page explains each one in words for young people.
        </p>
        <ol>
          <li>A stranger who seems their age adds them and likes them straight away.</li>
          <li>They ask to move to another app, and to keep it secret.</li>
          <li>They send a picture first, then ask for one back.</li>
          <li>Then come threats to share it unless they pay or send more.</li>
        </ol>
      </section>

      <section aria-labelledby={`${id}-together`}>
        <h2 id={`${id}-together`}>Do the check-up together</h2>
        <p>
          Sit down with their phone, and let them do the tapping. Go through the{' '}
          <Link to="/privacy-checkup">privacy check-up</Link> for the apps they use: a private account, a
          hidden friends list, who can message them, location off, and two-step login. Agree together on what
          stays open. It works better as a team job than as a rule.
        </p>
        <p>
          Show them how to <Link to="/check-profile">check a profile</Link> before replying to someone new.
        </p>
      </section>

      <section aria-labelledby={`${id}-if`}>
        <h2 id={`${id}-if`}>If they come to you</h2>
        <ol>
          <li>Stay calm. Thank them for telling you, and tell them they are not in trouble.</li>
          <li>Do not pay, and do not reply to the person. Do not delete the chat or the account.</li>
          <li>
            Save the evidence: screenshots of the chat, the username and any payment details.{' '}
            <strong>Do not copy, save or forward any nude picture of a child</strong>, not even to the police.
          </li>
          <li>Report it to the police, then report and block the account on the app.</li>
          <li>Help them get the pictures blocked, and keep checking in over the next few days.</li>
        </ol>
        <p>
          <Link to="/adults#parents" className="button">
            What to do in the first hour
          </Link>{' '}
          <Link to="/right-now" className="button">
            The young person&rsquo;s checklist
          </Link>
        </p>
      </section>
    </>
  );
}
