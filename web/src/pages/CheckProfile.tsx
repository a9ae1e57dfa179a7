import { useEffect, useId, useState } from 'react';
import { messageOf, Status } from '../components/Status.tsx';
import { fingerprintFile } from '../hashing/client.ts';
import type { HashResult } from '../hashing/types.ts';

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

export function CheckProfilePage() {
  const id = useId();
  const [preview, setPreview] = useState<string | null>(null);
  const [result, setResult] = useState<HashResult | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'success' | 'error'; text: string } | null>(null);
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
        <h2 id={`${id}-bank`}>Fingerprint the photo on this device</h2>
        <p>
          Backstop keeps a bank of fingerprints of profile photos used by accounts that blackmail people.
          Choose their profile photo to make its fingerprint here; the photo does not leave this page.
        </p>
        <label htmlFor={`${id}-file`}>Choose their profile photo</label>
        <input
          id={`${id}-file`}
          type="file"
          accept="image/*"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (!file) return;
            setResult(null);
            setPreview(URL.createObjectURL(file));
            setMessage({ kind: 'info', text: 'Making the fingerprint on this device…' });
            try {
              const r = await fingerprintFile(file);
              setResult(r);
              setMessage({
                kind: r.pdq ? 'success' : 'error',
                text: r.pdq ? 'Fingerprint ready.' : (r.note ?? 'This picture could not be read.'),
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
          <p className="note">
            Checking this fingerprint against the scam-photo bank is open only to platforms and moderators
            with a key, so this app cannot look it up for you yet. You can put the fingerprint in your report:
            the police and the app&rsquo;s safety team can check it. The photo searches above work right now.
          </p>
        )}
      </section>
    </>
  );
}
