/** Where quick exit goes: an ordinary, neutral page. */
export const NEUTRAL_SITE = 'https://www.bbc.co.uk/weather';

/**
 * Leaves at once for a neutral site. location.replace swaps out the app's history entry (and the
 * router only ever replaces entries), so Back does not return to the app.
 */
export function quickExit(): void {
  try {
    document.body.style.visibility = 'hidden';
    document.title = 'Weather';
  } finally {
    window.location.replace(NEUTRAL_SITE);
  }
}

/** Escape pressed twice within a second and a half triggers quick exit. */
export function installEscapeTwice(): () => void {
  let last = 0;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    if (now - last < 1500) quickExit();
    last = now;
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
