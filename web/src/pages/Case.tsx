import { useId, useRef, useState, type FormEvent } from 'react';
import { messageOf, Status } from '../components/Status.tsx';
import { useRescueFocus } from '../components/useRescueFocus.ts';
import { caseStatus, withdrawCase, type CaseView } from '../api.ts';

function when(iso: string) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function CasePage() {
  const id = useId();
  const [caseNumber, setCaseNumber] = useState('');
  const [pin, setPin] = useState('');
  const [view, setView] = useState<CaseView | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'success' | 'error'; text: string } | null>(null);
  const result = useRef<HTMLDivElement>(null);
  useRescueFocus(result, view && `${view.caseNumber} ${view.status}`);

  const run = async (work: () => Promise<CaseView>, done: (v: CaseView) => string) => {
    if (!caseNumber.trim() || !pin.trim()) {
      setMessage({ kind: 'error', text: 'Please type both the case number and the PIN.' });
      return;
    }
    setBusy(true);
    setMessage({ kind: 'info', text: 'Checking…' });
    try {
      const result = await work();
      setView(result);
      setMessage({ kind: 'success', text: done(result) });
    } catch (error) {
      setMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setBusy(false);
    }
  };

  const check = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () => caseStatus(caseNumber, pin),
      (v) => (v.status === 'active' ? 'Your case is active.' : 'This case has been withdrawn.'),
    );
  };

  return (
    <>
      <h1 tabIndex={-1}>Your case</h1>
      <p className="lead">
        Type the case number and PIN you were given when you sent your fingerprints. You can see if the case
        is active, or take the fingerprints back out of the bank.
      </p>
      <form className="card" onSubmit={check} aria-labelledby={`${id}-h`}>
        <h2 id={`${id}-h`}>Check a case</h2>
        <label htmlFor={`${id}-number`}>Case number</label>
        <input
          id={`${id}-number`}
          value={caseNumber}
          onChange={(e) => setCaseNumber(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          placeholder="BK-XXXX-XXXX-XXXX"
          maxLength={40}
        />
        <label htmlFor={`${id}-pin`}>PIN</label>
        <input
          id={`${id}-pin`}
          value={pin}
          onChange={(e) => setPin(e.target.value)}
          inputMode="numeric"
          autoComplete="off"
          maxLength={40}
        />
        <button type="submit" className="button primary" disabled={busy}>
          Check my case
        </button>
      </form>
      {message && <Status kind={message.kind}>{message.text}</Status>}
      <div ref={result}>
        {view && (
          <section className="card" aria-labelledby={`${id}-status`}>
            <h2 id={`${id}-status`}>Case {view.caseNumber}</h2>
            <dl>
              <dt>Status</dt>
              <dd data-testid="case-status">{view.status === 'active' ? 'Active' : 'Withdrawn'}</dd>
              <dt>Fingerprints</dt>
              <dd>{view.fingerprints}</dd>
              <dt>Sent</dt>
              <dd>{when(view.createdAt)}</dd>
              {view.withdrawnAt && (
                <>
                  <dt>Withdrawn</dt>
                  <dd>{when(view.withdrawnAt)}</dd>
                </>
              )}
            </dl>
            {view.status === 'active' && (
              <>
                <h3>Withdraw the case</h3>
                <p>
                  This removes your fingerprints from the bank, so apps stop blocking those pictures through
                  Backstop. You can send them again later if you change your mind.
                </p>
                <label className="inline">
                  <input type="checkbox" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} />{' '}
                  Yes, take my fingerprints out
                </label>
                <button
                  type="button"
                  className="button danger"
                  disabled={!confirm || busy}
                  onClick={() =>
                    void run(
                      () => withdrawCase(caseNumber, pin),
                      () => 'Your case has been withdrawn and its fingerprints removed.',
                    )
                  }
                >
                  Withdraw my case
                </button>
              </>
            )}
          </section>
        )}
      </div>
    </>
  );
}
