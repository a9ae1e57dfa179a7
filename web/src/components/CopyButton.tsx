import { useState } from 'react';

/** Copies a code (a case number, a PIN) so it can be pasted into a note; says whether it worked. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <>
      <button
        type="button"
        className="button secondary small copy-button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState('copied');
          } catch {
            setState('failed');
          }
        }}
      >
        Copy the {what}
      </button>
      <span role="status" className="copy-state">
        {state === 'copied'
          ? `Copied. Paste the ${what} into a note now.`
          : state === 'failed'
            ? `This browser would not copy it. Please write the ${what} down.`
            : ''}
      </span>
    </>
  );
}
