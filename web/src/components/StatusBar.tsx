import { useEffect, type ReactNode } from 'react';
import { Status } from './Status.tsx';

export type BarMessage = { kind: 'info' | 'success' | 'error'; text: string } | null;

/** How long a success message stays; progress and problems stay until replaced or closed. */
const SUCCESS_MS = 8000;

/**
 * A message pinned to the bottom of the screen, so "Saved" or a problem is seen on a phone even
 * when the button pressed is far down the page. `action` adds a button such as "Undo".
 */
export function StatusBar({
  message,
  onClose,
  action,
}: {
  message: BarMessage;
  onClose: () => void;
  action?: ReactNode;
}) {
  useEffect(() => {
    if (message?.kind !== 'success' || action) return;
    const timer = window.setTimeout(onClose, SUCCESS_MS);
    return () => window.clearTimeout(timer);
    // Only a new message restarts the time (onClose is a new function on every render).
  }, [message]);
  if (!message) return null;
  return (
    <>
      <div className="status-bar-space" aria-hidden="true" />
      <div className="status-bar" data-testid="status-bar">
        <Status kind={message.kind}>
          <span className="status-bar-text">{message.text}</span>
          {action}
        </Status>
        <button type="button" className="status-bar-close" onClick={onClose} aria-label="Close this message">
          ×
        </button>
      </div>
    </>
  );
}
