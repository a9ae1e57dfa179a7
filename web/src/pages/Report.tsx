import { useId, useState } from 'react';
import { AboutYou } from '../components/AboutYou.tsx';
import { ServiceList } from '../components/ServiceList.tsx';
import { messageOf } from '../components/Status.tsx';
import { StatusBar, type BarMessage } from '../components/StatusBar.tsx';
import { LinkedText } from '../components/LinkedText.tsx';
import type { ReportDetails } from '../report/pack.ts';
import { PLATFORMS, policeStepsFor, servicesFor } from '../directory.ts';
import { useLocker } from '../locker/useLocker.tsx';
import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';

/** A picture the PDF cannot hold as it is, redrawn as a PNG on this device. */
async function toPng(bytes: Uint8Array, mimeType: string): Promise<Uint8Array | null> {
  let bitmap: ImageBitmap | null = null;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ? new Uint8Array(await blob.arrayBuffer()) : null;
  } catch {
    return null;
  } finally {
    bitmap?.close();
  }
}

function DetailsForm() {
  const id = useId();
  const locker = useLocker();
  const details = locker.reportDetails;
  const set = (key: keyof ReportDetails) => (event: { target: { value: string } }) =>
    locker.setReportDetails({ ...details, [key]: event.target.value });
  const field = (key: Exclude<keyof ReportDetails, 'paid'>, label: string, type = 'text') => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={type}
        value={details[key] ?? ''}
        onChange={set(key)}
        maxLength={2000}
        list={key === 'platform' ? `${id}-apps` : undefined}
      />
    </>
  );
  return (
    <details className="report-details card">
      <summary>Add details for the police (optional)</summary>
      <p>
        Police forms ask for these. Fill in what you know and leave the rest. They go only into the pack, made
        on this device, and are forgotten when the locker locks.
      </p>
      <fieldset>
        <legend>Who this happened to</legend>
        {field('victimName', 'Name (optional)')}
        {field('victimDateOfBirth', 'Date of birth or age (optional)')}
        {field('victimContact', 'Phone or e-mail to reach you, or a parent or carer (optional)')}
      </fieldset>
      <fieldset>
        <legend>Where it happened</legend>
        {field('platform', 'App or website')}
        <datalist id={`${id}-apps`}>
          {PLATFORMS.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
        {field('victimAccount', 'Your account name on it')}
        {field('theirAccount', 'Their account name on it')}
        {field('contactStarted', 'When did they first contact you?', 'date')}
      </fieldset>
      <fieldset>
        <legend>Did you pay them anything?</legend>
        {(
          [
            ['no', 'No'],
            ['yes', 'Yes'],
            ['unsure', 'Not sure'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="inline">
            <input
              type="radio"
              name={`${id}-paid`}
              value={value}
              checked={details.paid === value}
              onChange={set('paid')}
            />{' '}
            {label}
          </label>
        ))}
        {field('paidHow', 'If you did: how, how much and when (for example £50 in gift cards, 3 May)')}
      </fieldset>
    </details>
  );
}

function ReportPack() {
  const id = useId();
  const locker = useLocker();
  const { country, age } = useSettings();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<BarMessage>(null);

  const make = async (what: 'zip' | 'pdf') => {
    setBusy(true);
    setMessage({ kind: 'info', text: 'Making your report pack on this device…' });
    try {
      const { buildReportPack, downloadBytes } = await import('../report/pack.ts');
      const pack = await buildReportPack({
        items: locker.items,
        readFile: locker.readFile,
        countryName: country.name,
        ageGroup: age,
        details: locker.reportDetails,
        toPng,
      });
      const date = new Date().toISOString().slice(0, 10);
      if (what === 'zip') downloadBytes(pack.zip, `backstop-report-pack-${date}.zip`, 'application/zip');
      else downloadBytes(pack.pdf, `backstop-evidence-summary-${date}.pdf`, 'application/pdf');
      setMessage({
        kind: 'success',
        text: `Your ${what === 'zip' ? 'report pack' : 'summary'} is downloading. It was made on this device and not sent anywhere.`,
      });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Your report pack</h2>
      <p>
        Make one file with everything in your evidence locker to give to the police or a trusted adult: a PDF
        summary (a timeline, the usernames, links and payment details found, and a list of the evidence with
        fingerprints that show nothing was changed, your screenshots and saved chats), and a ZIP of all the
        files with a <code>manifest.json</code>. It is made on this device.
      </p>
      {locker.state !== 'unlocked' ? (
        <p>
          <Link to="/evidence" className="button">
            {locker.state === 'none' ? 'Start saving evidence first' : 'Unlock your locker first'}
          </Link>
        </p>
      ) : (
        <>
          <p>
            Your locker has {locker.items.length} item{locker.items.length === 1 ? '' : 's'}.
          </p>
          <DetailsForm />
          <div className="toolbar">
            <button type="button" className="button primary" disabled={busy} onClick={() => void make('zip')}>
              Download report pack (ZIP)
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={busy}
              onClick={() => void make('pdf')}
            >
              Download summary only (PDF)
            </button>
          </div>
        </>
      )}
      <StatusBar message={message} onClose={() => setMessage(null)} />
    </section>
  );
}

export function ReportPage() {
  const id = useId();
  const { age, country } = useSettings();
  const police = servicesFor(country, age, 'police');
  const childProtection = servicesFor(country, age, 'child-protection').filter((s) => !police.includes(s));
  return (
    <>
      <h1 tabIndex={-1}>Report it</h1>
      <p className="lead">
        Reporting helps stop this person doing it to you and to others. You are not in trouble for reporting,
        even if you sent pictures.
      </p>
      <AboutYou compact />

      <section aria-labelledby={`${id}-police`}>
        <h2 id={`${id}-police`}>Tell the police</h2>
        <p>
          <LinkedText text={policeStepsFor(country, age)} />
        </p>
        <ServiceList services={police} />
        {childProtection.length > 0 && (
          <>
            <h3>{age === 'under18' ? 'Help for under-18s' : 'Also'}</h3>
            <ServiceList services={childProtection} />
          </>
        )}
      </section>

      <section aria-labelledby={`${id}-apps`}>
        <h2 id={`${id}-apps`}>Report the account on the app</h2>
        <p>
          <strong>Save the evidence first</strong> (screenshots of the chat and their profile), then report
          and block. The app will not tell them you reported them.
        </p>
        <div className="platforms">
          {PLATFORMS.map((p) => (
            <details key={p.id} className="card platform">
              <summary>{p.name}</summary>
              <ol>
                {p.steps.map((step, n) => (
                  <li key={n}>{step}</li>
                ))}
              </ol>
              <p>
                <a href={p.url} target="_blank" rel="noopener noreferrer">
                  {p.name} help and reporting
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </p>
            </details>
          ))}
        </div>
      </section>

      <ReportPack />

      <p>
        Want the pictures blocked too? <Link to="/stop-spreading">Stop the images spreading</Link>.
      </p>
    </>
  );
}
