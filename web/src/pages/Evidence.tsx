import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { IndicatorList } from '../components/IndicatorList.tsx';
import { messageOf, Status } from '../components/Status.tsx';
import { StatusBar } from '../components/StatusBar.tsx';
import { useRescueFocus } from '../components/useRescueFocus.ts';
import { LockerError } from '../locker/store.ts';
import { useLocker } from '../locker/useLocker.tsx';
import type { EvidenceItem, IdentifierType, OcrOutcome } from '../locker/types.ts';
import { IDENTIFIER_LABELS } from '../labels.ts';
import { ocrScreenshot, type OcrProgress } from '../ocr.ts';
import { Link } from '../router.tsx';
import { useSettings } from '../settings.tsx';

type Message = { kind: 'info' | 'success' | 'error'; text: string } | null;

const MIN_PASSPHRASE = 8;

function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function CreateLocker({ onMessage }: { onMessage: (m: Message) => void }) {
  const locker = useLocker();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (passphrase.length < MIN_PASSPHRASE) {
      onMessage({
        kind: 'error',
        text: `Please use at least ${MIN_PASSPHRASE} characters. A few words work well.`,
      });
      return;
    }
    if (passphrase !== again) {
      onMessage({ kind: 'error', text: 'The two passphrases are different. Please type them again.' });
      return;
    }
    setBusy(true);
    onMessage({ kind: 'info', text: 'Making your locker. This takes a second or two…' });
    try {
      await locker.create(passphrase);
      onMessage({ kind: 'success', text: 'Your locker is ready and unlocked.' });
    } catch (error) {
      onMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Make a locker</h2>
      <p>
        Choose a passphrase: a few words only you know, like <em>purple bus sandwich rain</em>. Everything in
        the locker is scrambled with it. <strong>If you forget it, nobody can open the locker</strong>, not
        even us.
      </p>
      <label htmlFor={`${id}-p1`}>Passphrase</label>
      <input
        id={`${id}-p1`}
        type="password"
        autoComplete="new-password"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        At least {MIN_PASSPHRASE} characters.
      </p>
      <label htmlFor={`${id}-p2`}>Type it again</label>
      <input
        id={`${id}-p2`}
        type="password"
        autoComplete="new-password"
        value={again}
        onChange={(e) => setAgain(e.target.value)}
      />
      <button type="submit" className="button primary" disabled={busy}>
        Make my locker
      </button>
    </form>
  );
}

function UnlockLocker({ onMessage }: { onMessage: (m: Message) => void }) {
  const locker = useLocker();
  const id = useId();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    onMessage({ kind: 'info', text: 'Unlocking…' });
    try {
      await locker.unlock(passphrase);
      setPassphrase('');
      onMessage({ kind: 'success', text: 'Unlocked.' });
    } catch (error) {
      onMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Your locker is locked</h2>
      <label htmlFor={`${id}-p`}>Passphrase</label>
      <input
        id={`${id}-p`}
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
      />
      <button type="submit" className="button primary" disabled={busy || !passphrase}>
        Unlock
      </button>
    </form>
  );
}

function WipeLocker({ onMessage }: { onMessage: (m: Message) => void }) {
  const locker = useLocker();
  const id = useId();
  const [sure, setSure] = useState(false);
  return (
    <details className="card wipe">
      <summary>Wipe the locker</summary>
      <p>
        This deletes everything in the locker from this device, for good. Do it only if you have a copy
        somewhere else (for example a <Link to="/report">report pack</Link>), or you have forgotten the
        passphrase.
      </p>
      <label>
        <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} /> Yes, delete
        everything in the locker
      </label>
      <button
        type="button"
        className="button danger"
        id={`${id}-wipe`}
        disabled={!sure}
        onClick={async () => {
          try {
            await locker.wipe();
            setSure(false);
            onMessage({ kind: 'success', text: 'The locker has been wiped from this device.' });
          } catch (error) {
            onMessage({ kind: 'error', text: messageOf(error) });
          }
        }}
      >
        Wipe the locker
      </button>
    </details>
  );
}

const IDENTIFIER_TYPES: { value: IdentifierType; label: string }[] = [
  { value: 'username', label: 'Their username' },
  { value: 'profile_link', label: 'A link to their profile' },
  { value: 'email', label: 'Their e-mail address' },
  { value: 'phone', label: 'Their phone number' },
  { value: 'payment', label: 'Payment details they sent (for example a $cashtag, PayPal, bank or crypto)' },
  { value: 'other', label: 'Something else' },
];

const KEPT_TYPING = 'What you typed is still in the box.';

function isOutOfSpace(error: unknown): boolean {
  return error instanceof LockerError && error.code === 'quota';
}

/** One of the "add" forms: a card with a heading, its fields and a save button. */
function SaveForm({
  heading,
  button,
  busy,
  onSave,
  children,
}: {
  heading: string;
  button: string;
  busy: boolean;
  onSave: () => void;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <form
      className="card"
      aria-labelledby={id}
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <h3 id={id}>{heading}</h3>
      {children}
      <button type="submit" className="button" disabled={busy}>
        {button}
      </button>
    </form>
  );
}

function AddEvidence({ onMessage }: { onMessage: (m: Message) => void }) {
  const locker = useLocker();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [idType, setIdType] = useState<IdentifierType>('username');
  const [idValue, setIdValue] = useState('');
  const [readScreenshots, setReadScreenshots] = useState(true);
  const [progress, setProgress] = useState<{ name: string; progress: OcrProgress } | null>(null);
  const waiting = locker.waitingChat;

  /** Runs one save; on a problem, `kept` tells the person what is still there. */
  const run = async (work: () => Promise<NonNullable<Message>>, kept?: string) => {
    setBusy(true);
    try {
      onMessage(await work());
    } catch (error) {
      onMessage({ kind: 'error', text: kept ? `${messageOf(error)} ${kept}` : messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const saveFiles = async (files: File[]): Promise<NonNullable<Message>> => {
    let added = 0;
    const problems: string[] = [];
    const unread: string[] = [];
    for (const [n, file] of files.entries()) {
      onMessage({ kind: 'info', text: `Saving ${file.name}…` });
      try {
        const useOcr = readScreenshots && /^image\//.test(file.type);
        const readWords = (f: File) =>
          ocrScreenshot(f, (p) => setProgress({ name: f.name, progress: p })).finally(() =>
            setProgress(null),
          );
        const item = await locker.addFile(file, useOcr ? readWords : undefined);
        added += 1;
        if (item.ocr === 'could_not_run') unread.push(file.name);
      } catch (error) {
        problems.push(messageOf(error));
        if (isOutOfSpace(error)) {
          // The next files would not fit either.
          const left = files.length - n - 1;
          if (left === 1) problems.push('The other file you chose was not saved either.');
          if (left > 1) problems.push(`The other ${left} files you chose were not saved either.`);
          break;
        }
      }
    }
    const saved = `Saved ${added} file${added === 1 ? '' : 's'} in the locker.`;
    if (unread.length) {
      problems.push(
        `We could not read the words in ${unread.join(', ')}: the reading tool could not start on this device. ` +
          'It needs the internet the first time it is used. Your picture is saved. ' +
          'You can type their usernames and payment details in the box below instead.',
      );
    }
    if (!problems.length) return { kind: 'success', text: saved };
    return { kind: 'error', text: [...(added ? [saved] : []), ...problems].join(' ') };
  };

  const saveWaitingChat = () => {
    if (!waiting) return;
    void run(async () => {
      const item = await locker.addText(waiting.title, waiting.text);
      locker.setWaitingChat(null);
      const n = item.indicators.length;
      return {
        kind: 'success',
        text: `Saved the chat you checked${n ? ` and ${n} detail${n === 1 ? '' : 's'} found in it` : ''}.`,
      };
    }, 'The chat is still waiting here, so you can try again.');
  };

  const saveText = () => {
    if (!text.trim()) return onMessage({ kind: 'error', text: 'Paste or type the messages first.' });
    void run(async () => {
      const item = await locker.addText(title, text);
      setText('');
      setTitle('');
      const n = item.indicators.length;
      return {
        kind: 'success',
        text: `Saved the messages${n ? ` and found ${n} detail${n === 1 ? '' : 's'} like usernames or links` : ''}.`,
      };
    }, KEPT_TYPING);
  };

  const saveDetail = () => {
    if (!idValue.trim()) {
      return onMessage({ kind: 'error', text: 'Type the username, link, number or details first.' });
    }
    void run(async () => {
      await locker.addIdentifier(idType, idValue);
      setIdValue('');
      return { kind: 'success', text: 'Saved.' };
    }, KEPT_TYPING);
  };

  return (
    <div className="add-evidence">
      {waiting && (
        <section className="card waiting-chat" aria-labelledby={`${id}-waiting`}>
          <h3 id={`${id}-waiting`}>The chat you checked is not saved yet</h3>
          <p>Save it in your locker now, so you keep it even if they delete it.</p>
          <pre className="evidence-text">
            {waiting.text.length > 600 ? `${waiting.text.slice(0, 600)}…` : waiting.text}
          </pre>
          <div className="toolbar">
            <button type="button" className="button primary" disabled={busy} onClick={saveWaitingChat}>
              Save the chat
            </button>
            <button type="button" className="button secondary" onClick={() => locker.setWaitingChat(null)}>
              Do not save it
            </button>
          </div>
        </section>
      )}
      <section className="card" aria-labelledby={`${id}-files`}>
        <h3 id={`${id}-files`}>Add screenshots and files</h3>
        <label htmlFor={`${id}-file`}>Choose screenshots, pictures, videos or other files</label>
        <input
          id={`${id}-file`}
          type="file"
          multiple
          disabled={busy}
          onChange={(event) => {
            const input = event.currentTarget;
            const files = Array.from(input.files ?? []);
            if (!files.length) return;
            void run(async () => {
              try {
                return await saveFiles(files);
              } finally {
                input.value = '';
              }
            });
          }}
        />
        <label className="inline">
          <input
            type="checkbox"
            checked={readScreenshots}
            onChange={(e) => setReadScreenshots(e.target.checked)}
          />{' '}
          Read the words in screenshots to find usernames, links and payment details (done on this device)
        </label>
        <p className="hint">
          The first time, this needs the internet to get the reading tool. After that it should work offline
          too.
        </p>
        {progress && <OcrProgressBar name={progress.name} progress={progress.progress} />}
      </section>

      <SaveForm heading="Paste messages" button="Save messages" busy={busy} onSave={saveText}>
        <label htmlFor={`${id}-title`}>A short name (optional)</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={120} />
        <label htmlFor={`${id}-text`}>The messages</label>
        <textarea id={`${id}-text`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </SaveForm>

      <SaveForm
        heading="Add their usernames, links, numbers and payment details"
        button="Save detail"
        busy={busy}
        onSave={saveDetail}
      >
        <label htmlFor={`${id}-idtype`}>What is it?</label>
        <select
          id={`${id}-idtype`}
          value={idType}
          onChange={(e) => setIdType(e.target.value as IdentifierType)}
        >
          {IDENTIFIER_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-idvalue`}>Type or paste it exactly</label>
        <input
          id={`${id}-idvalue`}
          value={idValue}
          onChange={(e) => setIdValue(e.target.value)}
          maxLength={2000}
        />
      </SaveForm>
    </div>
  );
}

function OcrProgressBar({ name, progress }: { name: string; progress: OcrProgress }) {
  const percent = Math.round(progress.fraction * 100);
  const label =
    progress.stage === 'loading'
      ? `Getting ready to read the words in ${name}…`
      : `Reading the words in ${name}: ${percent}%`;
  return (
    <div className="ocr-status">
      <p className="hint" data-testid="ocr-progress-text">
        {label}
      </p>
      <progress
        className="ocr-progress"
        aria-label={label}
        max={100}
        value={progress.stage === 'reading' ? percent : undefined}
      />
    </div>
  );
}

const OCR_NOTE: Partial<Record<OcrOutcome, string>> = {
  no_words: 'No words could be read in this picture.',
  could_not_run:
    'The words in this picture could not be read on this device (the reading tool did not start).',
};

function itemType(item: EvidenceItem): string {
  if (item.kind === 'file') return `${item.mimeType}, ${formatSize(item.size)}`;
  if (item.kind === 'text') return 'Messages';
  return item.identifierType ? `Detail: ${IDENTIFIER_LABELS[item.identifierType].toLowerCase()}` : 'Detail';
}

function EvidenceEntry({ item }: { item: EvidenceItem }) {
  const locker = useLocker();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  return (
    <li className="card evidence-item" id={`item-${item.id}`}>
      <h3 className="evidence-title">{item.title}</h3>
      {item.thumbnail && (
        <img className="evidence-thumb" src={item.thumbnail} alt={`Small preview of ${item.title}`} />
      )}
      <dl>
        <dt>Added</dt>
        <dd>
          <time dateTime={item.addedAt}>{formatTime(item.addedAt)}</time>
        </dd>
        <dt>Type</dt>
        <dd>{itemType(item)}</dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="hash">{item.sha256}</code>
        </dd>
      </dl>
      {item.kind === 'text' && item.text && <pre className="evidence-text">{item.text}</pre>}
      {item.ocr && OCR_NOTE[item.ocr] && <p className="hint">{OCR_NOTE[item.ocr]}</p>}
      <IndicatorList indicators={item.indicators} />
      {confirming ? (
        <div className="confirm-remove" role="group" aria-labelledby={`${id}-q`}>
          <p id={`${id}-q`}>
            <strong>Remove “{item.title}” from the locker?</strong> Keep it unless you have a copy somewhere
            else: it may be needed as proof.
          </p>
          <div className="toolbar">
            <button
              type="button"
              className="button secondary"
              ref={keep}
              onClick={() => setConfirming(false)}
            >
              Keep it
            </button>
            <button type="button" className="button danger" onClick={() => locker.remove(item.id)}>
              Yes, remove it
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          className="button small secondary"
          onClick={() => setConfirming(true)}
          aria-label={`Remove ${item.title}`}
        >
          Remove
        </button>
      )}
    </li>
  );
}

function ItemList() {
  const locker = useLocker();
  if (!locker.items.length) return <p>Nothing saved yet.</p>;
  return (
    <ol className="evidence-list">
      {locker.items.map((item) => (
        <EvidenceEntry key={item.id} item={item} />
      ))}
    </ol>
  );
}

export function EvidencePage() {
  const locker = useLocker();
  const { country } = useSettings();
  const [message, setMessage] = useState<Message>(null);
  const panel = useRef<HTMLDivElement>(null);
  useRescueFocus(panel, locker.state);
  // The item's own buttons are gone once it is removed: Undo takes the focus, and gives it back.
  const undoButton = useRef<HTMLButtonElement>(null);
  const removingId = locker.removing?.id;
  useEffect(() => {
    if (removingId) undoButton.current?.focus();
  }, [removingId]);
  const undo = () => {
    if (!removingId) return;
    locker.undoRemove();
    window.requestAnimationFrame(() =>
      document.getElementById(`item-${removingId}`)?.querySelector<HTMLElement>('button')?.focus(),
    );
  };
  useEffect(() => locker.setDefaultRegion(country.phoneRegion), [country.phoneRegion, locker]);

  return (
    <>
      <h1 tabIndex={-1}>Save evidence</h1>
      <p className="lead">
        Before you block or report anyone, save the proof: the chat, their username and profile, and any links
        or payment details they sent. It helps the police and the apps stop them.
      </p>
      <p>
        Your locker stays on <strong>this device only</strong>. It is locked with a passphrase you choose, and
        nothing in it is sent anywhere. Each item gets a fingerprint (SHA-256) and the time you added it, so
        you can show it has not been changed.
      </p>
      {locker.waitingChat && (locker.state === 'none' || locker.state === 'locked') && (
        <p className="status status-info">
          The chat you checked is waiting. {locker.state === 'none' ? 'Make' : 'Open'} your locker below to
          save it.
        </p>
      )}
      <div ref={panel}>
        {locker.state === 'loading' && <p>Opening the locker…</p>}
        {locker.state === 'unavailable' && (
          <Status kind="error">
            This browser is not letting us save anything here (this can happen in a private window). You can
            still take screenshots and keep them in your phone's photos.
          </Status>
        )}
        {locker.state === 'none' && <CreateLocker onMessage={setMessage} />}
        {locker.state === 'locked' && (
          <>
            <UnlockLocker onMessage={setMessage} />
            <WipeLocker onMessage={setMessage} />
          </>
        )}
        {locker.state === 'unlocked' && (
          <>
            <div className="toolbar">
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  locker.lock();
                  setMessage({ kind: 'success', text: 'Locked.' });
                }}
              >
                Lock the locker
              </button>
              <Link to="/report" className="button secondary">
                Make a report pack
              </Link>
            </div>
            <h2>Add evidence</h2>
            <AddEvidence onMessage={setMessage} />
            <h2>In your locker ({locker.items.length})</h2>
            <ItemList />
            <WipeLocker onMessage={setMessage} />
          </>
        )}
      </div>
      {locker.removing ? (
        <StatusBar
          message={{ kind: 'info', text: `Removed “${locker.removing.title}”.` }}
          onClose={() => locker.removeNow()}
          action={
            <button type="button" className="button small" ref={undoButton} onClick={undo}>
              Undo
            </button>
          }
        />
      ) : (
        <StatusBar message={message} onClose={() => setMessage(null)} />
      )}
    </>
  );
}
