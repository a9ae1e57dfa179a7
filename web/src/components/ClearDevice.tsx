import { useId, useState } from 'react';
import { messageOf, Status } from './Status.tsx';
import { useLocker } from '../locker/useLocker.tsx';
import { unlockLocker } from '../locker/store.ts';
import { STORAGE_PREFIX, useSettings } from '../settings.tsx';

type Thing = 'ticks' | 'settings' | 'offline';

const LABELS: Record<Thing, string> = {
  ticks: 'Your ticks on the Right now list',
  settings: 'Your age group and country',
  offline: 'The copy of this site kept so it works offline',
};

function removeStored(keys: (key: string) => boolean): void {
  try {
    const all = Array.from({ length: localStorage.length }, (_, n) => localStorage.key(n) ?? '');
    for (const key of all) if (key.startsWith(STORAGE_PREFIX) && keys(key)) localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was stored.
  }
}

async function removeOfflineCopy(): Promise<void> {
  const registrations = (await navigator.serviceWorker?.getRegistrations?.()) ?? [];
  await Promise.all(registrations.map((r) => r.unregister()));
  if ('caches' in window) {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith('backstop-')).map((n) => caches.delete(n)));
  }
}

/**
 * "Clear what this app stored on this device": the ticks, the settings and the offline copy at a
 * tick; the evidence locker only with its passphrase and an explicit confirmation.
 */
export function ClearDevice() {
  const id = useId();
  const settings = useSettings();
  const locker = useLocker();
  const [chosen, setChosen] = useState<Record<Thing, boolean>>({
    ticks: true,
    settings: true,
    offline: true,
  });
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [sure, setSure] = useState(false);
  const [lockerMessage, setLockerMessage] = useState<{
    kind: 'info' | 'success' | 'error';
    text: string;
  } | null>(null);
  const [busy, setBusy] = useState(false);

  const clear = async () => {
    const done: string[] = [];
    if (chosen.ticks) {
      removeStored((key) => key === `${STORAGE_PREFIX}checklist`);
      done.push('your ticks');
    }
    if (chosen.settings) {
      settings.forget();
      removeStored((key) => key !== `${STORAGE_PREFIX}checklist`);
      done.push('your age group and country');
    }
    if (chosen.offline) {
      try {
        await removeOfflineCopy();
        done.push('the offline copy');
      } catch {
        setMessage({
          kind: 'error',
          text: 'This browser would not let us remove the offline copy. The rest is cleared.',
        });
        return;
      }
    }
    setMessage(
      done.length
        ? { kind: 'success', text: `Cleared from this device: ${done.join(', ')}.` }
        : { kind: 'error', text: 'Tick what you want to clear first.' },
    );
  };

  const deleteLocker = async () => {
    setBusy(true);
    setLockerMessage({ kind: 'info', text: 'Checking your passphrase…' });
    try {
      await unlockLocker(passphrase);
      await locker.wipe();
      setPassphrase('');
      setSure(false);
      setLockerMessage({
        kind: 'success',
        text: 'Your evidence locker and everything in it are deleted from this device.',
      });
    } catch (error) {
      setLockerMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-clear`} className="card" data-testid="clear-device">
      <h2 id={`${id}-clear`}>Clear what this site stored on this device</h2>
      <p>This site keeps a few things on this device so it can remember them. Choose what to clear.</p>
      <fieldset>
        <legend>Clear these</legend>
        {(Object.keys(LABELS) as Thing[]).map((thing) => (
          <label key={thing} className="inline">
            <input
              type="checkbox"
              checked={chosen[thing]}
              onChange={(e) => setChosen((old) => ({ ...old, [thing]: e.target.checked }))}
            />{' '}
            {LABELS[thing]}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button primary" onClick={() => void clear()}>
        Clear the ticked things
      </button>
      {message && <Status kind={message.kind}>{message.text}</Status>}

      <h3>Your evidence locker</h3>
      {locker.state === 'none' && <p>There is no evidence locker on this device.</p>}
      {locker.state === 'unavailable' && <p>This browser does not let this site keep a locker.</p>}
      {(locker.state === 'locked' || locker.state === 'unlocked') && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void deleteLocker();
          }}
        >
          <p>
            Deleting the locker deletes all the evidence in it, for good. If you might need it, first make the
            report pack on Save evidence and keep it somewhere safe.
          </p>
          <label htmlFor={`${id}-passphrase`}>The locker&rsquo;s passphrase</label>
          <input
            id={`${id}-passphrase`}
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
          />
          <label className="inline">
            <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} /> I understand
            that this deletes everything in my locker, and it cannot be undone.
          </label>
          <button type="submit" className="button danger" disabled={!sure || !passphrase || busy}>
            Delete the locker
          </button>
          <p className="hint">
            Forgot the passphrase? Nobody can open the locker without it. Your browser&rsquo;s settings can
            still delete this site&rsquo;s data, and the locker with it.
          </p>
        </form>
      )}
      {lockerMessage && <Status kind={lockerMessage.kind}>{lockerMessage.text}</Status>}
    </section>
  );
}
