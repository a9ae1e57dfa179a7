import { useId } from 'react';
import { Link } from '../router.tsx';

/** The signs of the script before it turns, and what to do at each one (issue 14). */
const SIGNS = [
  {
    id: 'stranger',
    sign: 'A stranger who seems your age likes you straight away.',
    why: 'They add you out of nowhere, say you are cute or fit, and act like you are close after a few messages. Real people take time to get to know you.',
    todo: 'You do not have to reply. If you want to, check who they are first: look at their profile and search for their photo.',
  },
  {
    id: 'move-app',
    sign: 'They want to move to another app.',
    why: 'They ask you to add them on Snapchat, WhatsApp, Telegram or another app. Often they say they “barely use” this one. Other apps can make chats harder to report, or make them vanish.',
    todo: 'Stay where you met them, or stop. A real friend will not mind.',
  },
  {
    id: 'secret',
    sign: 'They ask you to keep it secret.',
    why: 'They ask if you are home alone, or say “do not tell your parents about us”. Secrets keep you away from the people who can help.',
    todo: 'Tell someone you trust about them. You are not breaking a promise: they had no right to ask.',
  },
  {
    id: 'picture-first',
    sign: 'They send a picture first.',
    why: 'They send a photo, often a sexy one, so you feel you owe them one back. It is almost always someone else’s photo.',
    todo: 'You owe them nothing. Do not send anything back. Save the chat, then block and report them.',
  },
  {
    id: 'asks-back',
    sign: 'They ask for a picture back, or push when you say no.',
    why: 'They say “just one”, “I sent you one”, or get upset when you say no. This is the point where the trick turns.',
    todo: 'Say no, or just stop replying. Save the chat and their username, then block and report them. Tell an adult you trust.',
  },
  {
    id: 'video',
    sign: 'They will not video call, or want a video call that you cannot see them on.',
    why: 'Their camera is always “broken”. Or they ask for a video chat where only you are on camera: video can be recorded.',
    todo: 'Do not do anything on camera you would not want saved. End the call if you feel pushed.',
  },
];

export function StaySafePage() {
  const id = useId();
  return (
    <>
      <h1 tabIndex={-1}>Stay safe before anything happens</h1>
      <p className="lead">
        People who blackmail others online follow the same steps again and again. If you know the steps, you
        can spot them early and get out.
      </p>

      <section aria-labelledby={`${id}-signs`}>
        <h2 id={`${id}-signs`}>The signs, and what to do</h2>
        <ol className="signs-list">
          {SIGNS.map((s) => (
            <li key={s.id} id={`sign-${s.id}`}>
              <h3>{s.sign}</h3>
              <p>{s.why}</p>
              <p>
                <strong>What to do:</strong> {s.todo}
              </p>
            </li>
          ))}
        </ol>
        <p>
          If a chat shows some of these signs, you can <Link to="/check-conversation">check the chat</Link>{' '}
          here. It stays on this device.
        </p>
      </section>

      <section aria-labelledby={`${id}-who`}>
        <h2 id={`${id}-who`}>Is this person who they say?</h2>
        <p>
          Before you reply to someone new, take a minute to check them. Look for the signs of a fake profile,
          and search for their profile photo. If the same face turns up with other names, it is fake.
        </p>
        <p>
          <Link to="/check-profile" className="button">
            Check a profile: the signs and a photo search
          </Link>
        </p>
      </section>

      <section aria-labelledby={`${id}-lock`}>
        <h2 id={`${id}-lock`}>Lock down your apps</h2>
        <p>
          A few settings make you much harder to target. Make your account private, and hide your follower and
          friends list: blackmailers screenshot it to threaten you. Choose who can message you. Turn off your
          location. Use a strong password and two-step login, and keep your apps up to date.
        </p>
        <p>
          <Link to="/privacy-checkup" className="button primary">
            Do the privacy check-up, app by app
          </Link>
        </p>
      </section>

      <section aria-labelledby={`${id}-think`}>
        <h2 id={`${id}-think`}>Before you share</h2>
        <ul>
          <li>
            Anything on a video call can be recorded. Any picture can be screenshotted, even on Snapchat.
          </li>
          <li>
            Once a picture is sent, you cannot control where it goes. This is true even with people you know.
          </li>
          <li>Be careful with messages that ask for your details, or send you links.</li>
          <li>If someone makes you feel rushed, that is a reason to stop.</li>
        </ul>
      </section>

      <section aria-labelledby={`${id}-fault`}>
        <h2 id={`${id}-fault`}>If it happens, it is not your fault</h2>
        <p>
          This is true even if you sent a picture. The people who do this are criminals. They trick people for
          a living, often many at once, and they plan every step. Being tricked does not make you stupid or
          bad. The blame is all theirs.
        </p>
        <p>
          You are not in trouble. The police see you as the victim. They want to stop the person doing it, and
          to help you.
        </p>
        <p>
          If it has already started, <Link to="/right-now">see what to do right now</Link>, or{' '}
          <Link to="/support">talk to someone</Link>.
        </p>
      </section>
    </>
  );
}
