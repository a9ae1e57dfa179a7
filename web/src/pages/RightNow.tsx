import { useState, type ReactNode } from 'react';
import { AboutYou } from '../components/AboutYou.tsx';
import { FirstThings } from '../components/FirstThings.tsx';
import { LinkedText } from '../components/LinkedText.tsx';
import { imageRemovalFor, isUsedByPlatforms, policeStepsFor, servicesFor, telHref } from '../directory.ts';
import { Link } from '../router.tsx';
import { save, useSettings } from '../settings.tsx';

const KEY = 'backstop.checklist';

function loadTicks(): Record<string, boolean> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

interface Step {
  id: string;
  title: string;
  body: ReactNode;
}

export function RightNowPage() {
  const { age, country } = useSettings();
  const [ticks, setTicks] = useState(loadTicks);
  const [saved, setSaved] = useState(true);
  const young = age === 'under18';
  const crisis = servicesFor(country, age, 'crisis')[0];
  // Only the services the big apps themselves use, each described as it works (on the device, or
  // an upload that people review): never a helpline, and never Backstop's own list.
  const removal = imageRemovalFor(country, age).filter(isUsedByPlatforms);

  const steps: Step[] = [
    {
      id: 'calm',
      title: 'Take a breath. You are not to blame, and you are not in trouble.',
      body: (
        <>
          The person doing this is committing a crime, not you. The police deal with this every day and want
          to help you. It can feel like the end of the world right now, but it will pass, and help is there.
        </>
      ),
    },
    {
      id: 'dont-pay',
      title: 'Do not pay, and do not send any more pictures.',
      body: (
        <>
          Paying almost never makes it stop: people who pay usually get asked for more. Sending more pictures
          does not make it stop either.
        </>
      ),
    },
    {
      id: 'stop-replying',
      title: 'Stop replying to them.',
      body: (
        <>
          You do not have to answer, argue or explain. Just stop talking to them. Do not delete anything yet.
        </>
      ),
    },
    {
      id: 'keep',
      title: 'Keep everything. Do not delete the chat or your account.',
      body: (
        <>
          The messages, their username and profile, and any payment details they asked for are evidence. They
          help the police and the app stop this person.
        </>
      ),
    },
    {
      id: 'evidence',
      title: 'Save the evidence.',
      body: (
        <>
          Take screenshots of the chat, their profile and username, and any links or payment details. You can
          keep them in the <Link to="/evidence">locked evidence locker</Link> on this device.
        </>
      ),
    },
    {
      id: 'block-report',
      title: 'Then block and report their account.',
      body: (
        <>
          After you have saved the evidence, report the account to the app and block it. We show you{' '}
          <Link to="/report">how to report on each app</Link>.
        </>
      ),
    },
    {
      id: 'trusted-adult',
      title: young ? 'Tell an adult you trust.' : 'Tell someone you trust.',
      body: young ? (
        <>
          A parent or carer, a teacher, or another adult you trust. They will want to help, and you do not
          have to deal with this alone. If that feels too hard, talk to <Link to="/support">a helpline</Link>{' '}
          first.
        </>
      ) : (
        <>
          A friend, partner or family member. You do not have to deal with this alone. Free,{' '}
          <Link to="/support">private helplines</Link> can help too.
        </>
      ),
    },
    {
      id: 'police',
      title: 'Report it to the police.',
      body: (
        <>
          <LinkedText text={policeStepsFor(country, age)} /> <Link to="/report">Where and how to report</Link>
          .
        </>
      ),
    },
    {
      id: 'block-images',
      title: 'Get the pictures blocked.',
      body: (
        <>
          The big apps work with these services to find copies of your pictures and block or remove them.{' '}
          {removal.map((s) => s.summary ?? s.name).join(' ')}{' '}
          <Link to="/stop-spreading">Stop the images spreading</Link> shows you each one.
        </>
      ),
    },
    {
      id: 'look-after',
      title: 'Look after yourself.',
      body: (
        <>
          If you feel like hurting yourself, please talk to someone now
          {crisis ? (
            <>
              : <strong>{crisis.name}</strong>
              {crisis.phone ? (
                <>
                  , <a href={telHref(crisis.phone)}>{crisis.phone}</a>
                </>
              ) : crisis.text ? (
                `, ${crisis.text}`
              ) : (
                ''
              )}
            </>
          ) : null}
          . <Link to="/support">More people who can help</Link>.
        </>
      ),
    },
  ];

  const toggle = (id: string) => {
    setTicks((old) => {
      const next = { ...old, [id]: !old[id] };
      setSaved(save(KEY, next));
      return next;
    });
  };
  const done = steps.filter((s) => ticks[s.id]).length;

  return (
    <>
      <h1 tabIndex={-1}>Right now</h1>
      <FirstThings />
      <p className="lead">Go through these one at a time. Tick each one when you have done it.</p>
      <p role="status" className="progress">
        {done} of {steps.length} done{saved ? '. Your ticks are saved on this device.' : '.'}
      </p>
      {!saved && (
        <p className="status status-error" role="alert">
          This browser is not letting us remember your ticks, so they will be gone if you close the page. That
          is OK: the steps are still right.
        </p>
      )}
      <ol className="checklist">
        {steps.map((step) => (
          <li key={step.id} className={ticks[step.id] ? 'done' : undefined}>
            <label className="check-title">
              <input type="checkbox" checked={Boolean(ticks[step.id])} onChange={() => toggle(step.id)} />{' '}
              <span>{step.title}</span>
            </label>
            <p>{step.body}</p>
          </li>
        ))}
      </ol>
      <AboutYou compact />
    </>
  );
}
