import { useEffect, useId, useState } from 'react';
import { ApiError, checkProfilePhoto } from '../api.ts';
import { messageOf, Status } from '../components/Status.tsx';
import { fingerprintFile } from '../hashing/client.ts';
import type { HashResult } from '../hashing/types.ts';
import { Link } from '../router.tsx';

const SEARCHES = [
  {
    name: 'Google Lens',
    url: 'https://lens.google.com/',
    how: 'On a phone, open the Google app and tap the camera icon. On a computer, go to Google Images and click the camera icon, then upload the photo.',
  },
  {
    name: 'Bing Visual Search',
    url: 'https://www.bing.com/visualsearch',
    how: 'Click the camera icon and upload the photo, or drag it onto the page.',
  },
  { name: 'TinEye', url: 'https://tineye.com/', how: 'Click the upload arrow and choose the photo.' },
  {
    name: 'Yandex Images',
    url: 'https://yandex.com/images/',
    how: 'Click the camera icon and upload the photo. It is often good at finding faces used on other accounts.',
  },
];

type Check =
  | { kind: 'checking' }
  | { kind: 'match' }
  | { kind: 'no-match' }
  | { kind: 'too-plain' }
  | { kind: 'error'; text: string };

/** The answer when their photo is in the scam-profile-photo list: calm, clear next steps. */
function MatchFound({ headingId }: { headingId: string }) {
  return (
    <section className="card result level-urgent" aria-labelledby={headingId} role="status">
      <h3 id={headingId}>This photo has been used by accounts that blackmail people</h3>
      <p>
        The person using it is probably not who they say they are. You have done nothing wrong, and you can
        stop this now.
      </p>
      <ol>
        <li>
          <strong>Do not send them anything</strong>: no pictures, no videos, no personal details.
        </li>
        <li>
          <strong>Do not pay</strong>, even if they threaten you. Paying almost never makes them stop.
        </li>
        <li>
          <strong>Save evidence first</strong>: screenshots of their profile and your chat, and their
          username. <Link to="/evidence">Save evidence</Link>.
        </li>
        <li>
          <strong>Then block and report</strong> the account. <Link to="/report">How to report it</Link>.
        </li>
        <li>
          Tell an adult you trust, or talk to <Link to="/support">a helpline</Link>.
        </li>
      </ol>
      <p>
        If they already have pictures of you, you can <Link to="/stop-spreading">stop them spreading</Link>.{' '}
        <Link to="/right-now">See what to do right now</Link>.
      </p>
    </section>
  );
}

export function CheckProfilePage() {
  const id = useId();
  const [preview, setPreview] = useState<string | null>(null);
  const [result, setResult] = useState<HashResult | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'success' | 'error'; text: string } | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  return (
    <>
      <h1 tabIndex={-1}>Check a profile</h1>
      <p className="lead">
        People who do this often use photos stolen from someone else, to look like a young person your age.
        Here is how to check.
      </p>

      <section aria-labelledby={`${id}-signs`}>
        <h2 id={`${id}-signs`}>Signs of a fake profile</h2>
        <ul className="signs">
          <li>A new account, or very few posts, followers or tagged photos.</li>
          <li>
            Photos that look like a model or are too perfect, or show the same person in only a few poses.
          </li>
          <li>
            They follow lots of people your age from your school or area, but nobody you know has met them.
          </li>
          <li>They flatter you a lot, very quickly, and want to talk in private.</li>
          <li>They ask to move to another app (like Snapchat, WhatsApp or Telegram).</li>
          <li>They cannot or will not video call, or their camera is always &ldquo;broken&rdquo;.</li>
          <li>They send a picture first and push you to send one back.</li>
          <li>Their story changes, or their writing does not match the age they say they are.</li>
          <li>
            A friend&rsquo;s account suddenly writes in a way that does not sound like them: it may be hacked.
          </li>
        </ul>
      </section>

      <section aria-labelledby={`${id}-search`}>
        <h2 id={`${id}-search`}>Search for the profile photo</h2>
        <p>
          Save or screenshot <strong>their</strong> profile photo (crop it so only their photo shows). Then
          search for it. If the same face turns up with other names, the profile is fake.
        </p>
        <p className="note">
          These search sites are run by other companies. When you use them, the photo you choose is uploaded
          to them. Only ever search with the other person&rsquo;s profile photo,{' '}
          <strong>never a private picture of you</strong>.
        </p>
        <ul className="service-list">
          {SEARCHES.map((s) => (
            <li key={s.name} className="card">
              <h3 className="service-name">{s.name}</h3>
              <p>{s.how}</p>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                Open {s.name}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby={`${id}-bank`}>
        <h2 id={`${id}-bank`}>Check the photo against our list</h2>
        <p>
          Backstop keeps a list of profile photos used by accounts that blackmail people. You can check their
          photo against it.
        </p>
        <p className="note">
          <strong>What is sent:</strong> only the photo&rsquo;s fingerprint, a code of 64 letters and numbers
          made here on this device. The photo itself never leaves this page. We also check the photo flipped
          and turned, so we send the fingerprints of those too. We do not keep them.
        </p>
        <label htmlFor={`${id}-file`}>Choose their profile photo</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/*"
          // Cleared as the chooser opens (so the same file can be chosen again), not after: the name
          // of the chosen file stays beside the button instead of "No file chosen".
          onClick={(event) => {
            event.currentTarget.value = '';
          }}
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            setResult(null);
            setCheck(null);
            setPreview(URL.createObjectURL(file));
            setMessage({ kind: 'info', text: 'Making the fingerprint on this device…' });
            try {
              const r = await fingerprintFile(file, undefined, { dihedral: true });
              setResult(r);
              setMessage({
                kind: r.pdq ? 'success' : 'error',
                text: r.pdq
                  ? 'Fingerprint ready. Nothing has been sent yet.'
                  : (r.note ?? 'This picture could not be read.'),
              });
            } catch (error) {
              setMessage({ kind: 'error', text: messageOf(error) });
            }
          }}
        />
        {message && <Status kind={message.kind}>{message.text}</Status>}
        {preview && (
          <div className="profile-preview">
            <img src={preview} alt="The profile photo you chose" />
            {result?.pdq && (
              <dl className="fingerprints">
                <dt>PDQ fingerprint</dt>
                <dd>
                  <code className="hash">{result.pdq}</code>
                </dd>
              </dl>
            )}
          </div>
        )}
        {result?.pdq && (
          <p>
            <button
              type="button"
              className="button primary"
              disabled={check?.kind === 'checking'}
              onClick={async () => {
                const pdq = result.pdq;
                if (!pdq) return;
                setMessage(null);
                setCheck({ kind: 'checking' });
                try {
                  const answer = await checkProfilePhoto({
                    pdq,
                    variants: result.variants,
                    quality: result.quality,
                  });
                  setCheck({ kind: !answer.checked ? 'too-plain' : answer.match ? 'match' : 'no-match' });
                } catch (error) {
                  setCheck({
                    kind: 'error',
                    text:
                      error instanceof ApiError && error.code === 'not_found'
                        ? 'This Backstop server does not check profile photos. The photo searches above still work.'
                        : messageOf(error),
                  });
                }
              }}
            >
              Check the photo against our list
            </button>
          </p>
        )}
        {check?.kind === 'checking' && <Status kind="info">Checking the fingerprint…</Status>}
        {check?.kind === 'error' && <Status kind="error">{check.text}</Status>}
        {check?.kind === 'too-plain' && (
          <Status kind="info">
            This photo is too plain to check. It has too little detail (for example, it is mostly one colour),
            so its fingerprint could match lots of other photos. Try a clearer copy of their photo, or use the
            photo searches above.
          </Status>
        )}
        {check?.kind === 'match' && <MatchFound headingId={`${id}-match`} />}
        {check?.kind === 'no-match' && (
          <section className="card result level-watch" aria-labelledby={`${id}-no-match`} role="status">
            <h3 id={`${id}-no-match`}>This photo is not in our list</h3>
            <p>
              That does <strong>not</strong> prove the profile is real. Our list only has photos we already
              know about, and new fake accounts are made all the time.
            </p>
            <ul>
              <li>Search for the photo with the sites above.</li>
              <li>Look again at the signs of a fake profile at the top of this page.</li>
              <li>If something feels wrong, trust that feeling. Do not send them pictures.</li>
            </ul>
          </section>
        )}
        {result?.pdq && (
          <p className="note">
            You can also put the fingerprint in your report: the police and the app&rsquo;s safety team can
            check it.
          </p>
        )}
      </section>
    </>
  );
}
