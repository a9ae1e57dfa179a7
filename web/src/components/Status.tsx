import type { ReactNode } from 'react';

/** A message announced to screen readers: polite for progress and success, assertive for problems. */
export function Status({ kind, children }: { kind: 'info' | 'success' | 'error'; children: ReactNode }) {
  if (!children) return null;
  return (
    <div className={`status status-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

const KIND_ERRORS = new Set(['LockerError', 'ApiError', 'HashError', 'PackError']);

/** The message to show for an error: our own errors are written for people; anything else is not. */
export function messageOf(error: unknown): string {
  if (error instanceof Error && KIND_ERRORS.has(error.name)) return error.message;
  return 'Something went wrong on this device. Nothing you saved before has been lost. Please try again.';
}
