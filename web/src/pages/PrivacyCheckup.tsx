import { useId, useState } from 'react';
import { CHECKUP_APPS, CHECKUP_REVIEWED, longDate } from '../checkup.ts';
import { Link } from '../router.tsx';
import { save } from '../settings.tsx';

const KEY = 'backstop.checkup';

function loadTicks(): Record<string, boolean> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

/** Per-app privacy settings as a tick list, remembered on this device (data/help/checkup.json). */
export function PrivacyCheckupPage() {
  const id = useId();
  const [ticks, setTicks] = useState(loadTicks);
  const [saved, setSaved] = useState(true);
  const toggle = (key: string) => {
    setTicks((old) => {
      const next = { ...old, [key]: !old[key] };
      setSaved(save(KEY, next));
      return next;
    });
  };

  return (
    <>
      <h1 tabIndex={-1}>Privacy check-up</h1>
      <p className="lead">
        Open one of your apps, then go through its list here. Tick each step when you have done it. It takes
        about five minutes an app.
      </p>
      <p>
        These settings make it harder for strangers to find you, message you, or see who your friends are.
        Blackmailers often screenshot follower lists to threaten people, so hiding yours matters.
      </p>
      {!saved && (
        <p className="status status-error" role="alert">
          This browser is not letting us remember your ticks, so they will be gone if you close the page. The
          steps are still right.
        </p>
      )}
      <ul className="checkup-apps">
        {CHECKUP_APPS.map((app) => {
          const done = app.steps.filter((s) => ticks[`${app.id}.${s.id}`]).length;
          return (
            <li key={app.id} id={`app-${app.id}`}>
              <details className="card">
                <summary>
                  {app.name}{' '}
                  <span className="checkup-count">
                    ({done} of {app.steps.length} done)
                  </span>
                </summary>
                <ol className="checklist">
                  {app.steps.map((step) => {
                    const key = `${app.id}.${step.id}`;
                    return (
                      <li key={key} className={ticks[key] ? 'done' : undefined}>
                        <label className="check-title">
                          <input type="checkbox" checked={Boolean(ticks[key])} onChange={() => toggle(key)} />{' '}
                          <span>{step.text}</span>
                        </label>
                        {!step.confirmed && (
                          <p className="step-note">
                            We could not check this step on {app.name}&rsquo;s own help pages. If your app
                            looks different, use its help link below.
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ol>
                <p>
                  <a href={app.helpUrl} target="_blank" rel="noopener noreferrer">
                    {app.name} help
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                </p>
              </details>
            </li>
          );
        })}
      </ul>
      <p role="status" className="progress">
        {saved ? 'Your ticks are saved on this device only.' : 'Your ticks are not saved.'}
      </p>
      <section aria-labelledby={`${id}-more`}>
        <h2 id={`${id}-more`}>Also</h2>
        <ul>
          <li>Use a different, strong password for each app. Never share it, even with a friend.</li>
          <li>Keep your apps and your phone up to date.</li>
          <li>
            Not sure about someone who added you? <Link to="/check-profile">Check their profile</Link>.
          </li>
          <li>
            Know the signs of a scam before it turns: <Link to="/stay-safe">Stay safe</Link>.
          </li>
        </ul>
        <p className="step-note">
          Apps change their menus often. We checked these steps on {longDate(CHECKUP_REVIEWED)}. If a setting
          has moved, the app&rsquo;s help link will show where it is now.
        </p>
      </section>
    </>
  );
}
