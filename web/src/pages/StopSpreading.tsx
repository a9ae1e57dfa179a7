import { useEffect, useId, useRef, useState } from 'react';
import { ServiceList } from '../components/ServiceList.tsx';
import { useRescueFocus } from '../components/useRescueFocus.ts';
import { messageOf, Status } from '../components/Status.tsx';
import { createCase, newIdempotencyKey, type Fingerprint, type OperatorInfo } from '../api.ts';
import { CopyButton } from '../components/CopyButton.tsx';
import { useOperator } from '../operator.tsx';
import { imageRemovalFor } from '../directory.ts';
import { fingerprintFile, HashError } from '../hashing/client.ts';
import { classify, fileProblem } from '../hashing/limits.ts';
import type { HashResult } from '../hashing/types.ts';
import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';

interface Picked {
  key: string;
  name: string;
  size: number;
  previewUrl: string | null;
  kind: 'photo' | 'video' | null;
  progress: number;
  result?: HashResult;
  error?: string;
  /** Stopped by the person (Stop button): not an error. */
  stopped?: string;
}

/** The case route's body limit (1 MiB); a few long videos' fingerprints can pass it. */
const MAX_SEND_BYTES = 1024 * 1024;

const MAX_FILES = 100;
/** Below this PDQ quality a picture's fingerprint is not used to match (the server's default, and Meta's). */
const PLAIN_BELOW = 50;

function frameCodes(vpdq: string): string {
  const n = vpdq.trimEnd().split('\n').length;
  return `${n} frame code${n === 1 ? '' : 's'}`;
}

export function StopSpreadingPage() {
  const { age, country } = useSettings();
  const id = useId();
  const [picked, setPicked] = useState<Picked[]>([]);
  const [consent, setConsent] = useState(false);
  const [sending, setSending] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'success' | 'error'; text: string } | null>(null);
  const [created, setCreated] = useState<{
    caseNumber: string;
    pin: string;
    fingerprints: number;
    files: number;
  } | null>(null);
  const sendSection = useRef<HTMLElement>(null);
  useRescueFocus(sendSection, created);
  const urls = useRef<string[]>([]);
  const stops = useRef(new Map<string, AbortController>());
  const submission = useRef<{ what: string; key: string } | null>(null);
  const removal = imageRemovalFor(country, age);
  const operator = useOperator();

  useEffect(
    () => () => {
      for (const url of urls.current) URL.revokeObjectURL(url);
    },
    [],
  );

  const update = (key: string, patch: Partial<Picked>) =>
    setPicked((old) => old.map((p) => (p.key === key ? { ...p, ...patch } : p)));

  const onFiles = async (files: File[]) => {
    setCreated(null);
    const room = MAX_FILES - picked.length;
    if (files.length > room) {
      setMessage({
        kind: 'error',
        text: `You can add up to ${MAX_FILES} files at a time. Only the first ${room} were added.`,
      });
      files = files.slice(0, Math.max(0, room));
    } else setMessage({ kind: 'info', text: 'Making fingerprints on this device…' });
    const entries: Picked[] = files.map((file) => {
      const kind = classify(file);
      // A file that cannot be fingerprinted is explained at once, and gets no preview (a huge one
      // would only make the browser read it all).
      const error = fileProblem(file) ?? undefined;
      const previewUrl = kind && !error ? URL.createObjectURL(file) : null;
      if (previewUrl) urls.current.push(previewUrl);
      const progress = error ? 1 : 0;
      return {
        key: crypto.randomUUID(),
        name: file.name,
        size: file.size,
        previewUrl,
        kind,
        progress,
        error,
      };
    });
    for (const entry of entries) if (!entry.error) stops.current.set(entry.key, new AbortController());
    setPicked((old) => [...old, ...entries]);
    let ok = 0;
    let stopped = 0;
    for (const [n, file] of files.entries()) {
      const entry = entries[n];
      if (entry.error) continue;
      try {
        const result = await fingerprintFile(file, (fraction) => update(entry.key, { progress: fraction }), {
          signal: stops.current.get(entry.key)?.signal,
        });
        update(entry.key, { result, progress: 1 });
        ok += 1;
      } catch (error) {
        if (error instanceof HashError && error.cancelled) {
          stopped += 1;
          update(entry.key, { stopped: error.message, progress: 1 });
        } else update(entry.key, { error: messageOf(error), progress: 1 });
      } finally {
        stops.current.delete(entry.key);
      }
    }
    const tried = files.length - stopped;
    if (stopped && ok === tried) {
      setMessage({
        kind: 'info',
        text: ok
          ? `Fingerprints ready for ${ok} file${ok === 1 ? '' : 's'}. ${stopped} stopped. Nothing has been sent yet.`
          : 'Stopped. Nothing was made or sent.',
      });
      return;
    }
    setMessage(
      ok === files.length
        ? {
            kind: 'success',
            text: `Fingerprints ready for ${ok} file${ok === 1 ? '' : 's'}. Nothing has been sent yet.`,
          }
        : {
            kind: 'error',
            text:
              ok > 0
                ? `Fingerprints ready for ${ok} of ${files.length} files. The others are explained below. Nothing has been sent.`
                : `No fingerprints could be made from ${files.length === 1 ? 'this file. The reason is' : 'these files. The reasons are'} below. Nothing has been sent.`,
          },
    );
  };

  const ready = picked.filter((p) => p.result);
  const fingerprints: Fingerprint[] = ready.map((p) => ({
    md5: p.result!.md5,
    ...(p.result!.pdq ? { pdq: p.result!.pdq, quality: p.result!.quality } : {}),
    ...(p.result!.vpdq ? { vpdq: p.result!.vpdq } : {}),
  }));
  const kinds = new Set(ready.map((p) => p.result!.kind));

  const send = async () => {
    if (JSON.stringify(fingerprints).length > MAX_SEND_BYTES) {
      setMessage({
        kind: 'error',
        text: 'These fingerprints are too many to send at once (long videos make long fingerprints). Please send fewer videos at a time: clear the list, then add some of them again. Nothing was sent.',
      });
      return;
    }
    setSending(true);
    setMessage({ kind: 'info', text: 'Sending the fingerprints…' });
    const contentType = kinds.size === 1 ? [...kinds][0] : undefined;
    // One key per submission: pressing Send again for the same fingerprints reuses it, so a case
    // whose answer was lost on the way comes back instead of a second case being made.
    const what = JSON.stringify([fingerprints, contentType ?? null]);
    if (submission.current?.what !== what) submission.current = { what, key: newIdempotencyKey() };
    try {
      const answer = await createCase(fingerprints, contentType, submission.current.key);
      setCreated({
        caseNumber: answer.caseNumber,
        pin: answer.pin,
        fingerprints: answer.fingerprints,
        files: fingerprints.length,
      });
      setMessage({
        kind: 'success',
        text: 'Done. Your case number and PIN are below. Please write them down now.',
      });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>Stop the images spreading</h1>
      <p className="lead">
        The big apps work with the services below. They can help find copies of your pictures and block or
        remove them. Start with these.
      </p>

      <section aria-labelledby={`${id}-services`}>
        <h2 id={`${id}-services`}>Services the big apps use</h2>
        <ServiceList services={removal} />
      </section>

      <section aria-labelledby={`${id}-own-list`}>
        <h2 id={`${id}-own-list`}>Backstop&rsquo;s own list</h2>
        <p>
          You can also make a <strong>fingerprint</strong> of each picture or video here. A fingerprint is a
          short code worked out from the picture. Nobody can turn it back into your picture. The fingerprints
          go into this copy of Backstop&rsquo;s own list.
        </p>
        <p>Which apps check this list is up to whoever runs this copy of Backstop.</p>
        <ListCheckedBy operator={operator} />
      </section>

      <section className="card what-is-sent" aria-labelledby={`${id}-sent`}>
        <h2 id={`${id}-sent`}>Exactly what is sent, and what is not</h2>
        <div className="two-col">
          <div>
            <h3>Stays on this device</h3>
            <ul>
              <li>Your pictures and videos. They never leave this page.</li>
              <li>The previews you see below.</li>
              <li>File names, dates and where the picture was taken.</li>
            </ul>
          </div>
          <div>
            <h3>Sent, only when you press Send</h3>
            <ul>
              <li>
                For each file: its fingerprints (a PDQ code for pictures, a vPDQ code for videos, and an MD5
                code), and for pictures a quality score.
              </li>
              <li>Whether they are pictures or videos.</li>
              <li>Nothing about who you are. No name, e-mail or phone number is asked for.</li>
            </ul>
          </div>
        </div>
        <p>
          You get a case number and PIN, so you can check your case or take the fingerprints back out at any
          time.
        </p>
      </section>

      <section aria-labelledby={`${id}-pick`}>
        <h2 id={`${id}-pick`}>1. Choose the pictures or videos</h2>
        <label htmlFor={`${id}-files`} className="file-label">
          Choose pictures or videos from this device
        </label>
        <input
          id={`${id}-files`}
          type="file"
          accept="image/*,video/*"
          multiple
          // Cleared as the chooser opens (so the same file can be chosen again), not after: the name
          // of the chosen file stays beside the button instead of "No file chosen".
          onClick={(event) => {
            event.currentTarget.value = '';
          }}
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            if (files.length) void onFiles(files);
          }}
        />
        {message && <Status kind={message.kind}>{message.text}</Status>}
        {picked.length > 0 && (
          <ul className="picked-list">
            {picked.map((p) => (
              <li key={p.key} className="card picked">
                <div className="preview" aria-hidden="true">
                  {p.previewUrl && p.kind === 'photo' && (
                    <img src={p.previewUrl} alt="" className="blurred" />
                  )}
                  {p.previewUrl && p.kind === 'video' && (
                    <video src={p.previewUrl} muted className="blurred" />
                  )}
                </div>
                <div className="picked-info">
                  <p className="picked-name">{p.name}</p>
                  {!p.result && !p.error && !p.stopped && (
                    <div className="picked-progress">
                      <progress max={1} value={p.progress} aria-label={`Fingerprinting ${p.name}`} />
                      <span className="progress-figure">{Math.floor(p.progress * 100)}%</span>
                      <button
                        type="button"
                        className="button secondary small"
                        aria-label={`Stop fingerprinting ${p.name}`}
                        onClick={() => stops.current.get(p.key)?.abort()}
                      >
                        Stop
                      </button>
                    </div>
                  )}
                  {p.error && <p className="status-error-text">{p.error}</p>}
                  {p.stopped && <p className="hint picked-stopped">{p.stopped}</p>}
                  {p.result && (
                    <dl className="fingerprints">
                      {p.result.pdq && (
                        <>
                          <dt>PDQ</dt>
                          <dd>
                            <code className="hash">{p.result.pdq}</code>
                          </dd>
                        </>
                      )}
                      {p.result.vpdq && (
                        <>
                          <dt>vPDQ</dt>
                          <dd>
                            <details>
                              <summary>Video fingerprint: {frameCodes(p.result.vpdq)}</summary>
                              <pre className="hash vpdq" data-undecoded={p.result.undecoded}>
                                {p.result.vpdq}
                              </pre>
                            </details>
                          </dd>
                        </>
                      )}
                      <dt>MD5</dt>
                      <dd>
                        <code className="hash">{p.result.md5}</code>
                      </dd>
                    </dl>
                  )}
                  {p.result?.note && <p className="hint">{p.result.note}</p>}
                  {p.result?.pdq && (p.result.quality ?? 100) < PLAIN_BELOW && (
                    <p className="status status-warning" data-testid="plain-picture">
                      This picture is very plain (it has little detail, like a picture of one colour). So its
                      picture fingerprint cannot be used to find copies. That is OK: the exact-copy
                      fingerprint still finds copies of this very file.
                    </p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
        {picked.length > 0 && (
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              for (const stop of stops.current.values()) stop.abort();
              setPicked([]);
              setCreated(null);
              const input = document.getElementById(`${id}-files`);
              if (input instanceof HTMLInputElement) input.value = '';
              setMessage(null);
            }}
          >
            Clear the list
          </button>
        )}
      </section>

      <section aria-labelledby={`${id}-send`} ref={sendSection}>
        <h2 id={`${id}-send`}>2. Send the fingerprints</h2>
        {created ? (
          <div className="card case-created">
            <p>
              Your case is open, with {created.fingerprints} fingerprint
              {created.fingerprints === 1 ? '' : 's'} for {created.files} file{created.files === 1 ? '' : 's'}
              .{' '}
              {created.fingerprints > created.files && (
                <span data-testid="fingerprints-explained">
                  Each picture gets two fingerprints: one finds exact copies of the file, and one finds copies
                  that look the same but were made smaller or changed a little.{' '}
                </span>
              )}
              Keep these two codes safe, for example in a note:
            </p>
            <dl className="case-details">
              <dt>Case number</dt>
              <dd>
                <code data-testid="case-number">{created.caseNumber}</code>{' '}
                <CopyButton text={created.caseNumber} what="case number" />
              </dd>
              <dt>PIN</dt>
              <dd>
                <code data-testid="case-pin">{created.pin}</code> <CopyButton text={created.pin} what="PIN" />
              </dd>
            </dl>
            <p>
              This is the only time the PIN is shown. With the number and PIN you can{' '}
              <Link to="/case">check your case or take the fingerprints back out</Link>.
            </p>
          </div>
        ) : (
          <>
            <label className="inline">
              <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} /> I
              understand that only the fingerprints listed above will be sent, not my pictures or videos.
            </label>
            <button
              type="button"
              className="button primary"
              disabled={!consent || !fingerprints.length || sending}
              onClick={() => void send()}
            >
              Send the fingerprints of {fingerprints.length} file{fingerprints.length === 1 ? '' : 's'}
            </button>
          </>
        )}
        <p>
          Already have a case? <Link to="/case">Check it or withdraw it</Link>.
        </p>
      </section>
    </>
  );
}

/** Says honestly which apps check this copy's list: the operator's setting, or that there are none. */
function ListCheckedBy({ operator }: { operator: OperatorInfo | null | undefined }) {
  if (operator === undefined)
    return <p data-testid="list-checked-by">Finding out which apps check this list…</p>;
  if (operator === null) {
    return (
      <p data-testid="list-checked-by">
        We could not find out which apps check this list, because the server could not be reached. The
        services above work without it.
      </p>
    );
  }
  if (!operator.listCheckedBy.length) {
    return (
      <p data-testid="list-checked-by" className="status">
        No app has been set up to check this list by whoever runs this copy of Backstop. So adding
        fingerprints here does not block your pictures anywhere yet. Please use the services above first.
      </p>
    );
  }
  return (
    <p data-testid="list-checked-by">
      Whoever runs this copy of Backstop says these check this list: {operator.listCheckedBy.join(', ')}.
    </p>
  );
}
