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

/**
 * Back (or any other way of leaving) must not leave the app open behind the user: the browser may
 * keep the page whole in its back/forward cache, so Forward, or Back from the next site, would show
 * it again as it was, locker unlocked and pasted chat on screen. As the page is hidden it is locked
 * and blanked, and a page brought back from that cache is loaded afresh (locked, nothing typed).
 */
export function installLeaveGuard(lock: () => void): () => void {
  const onHide = () => {
    lock();
    document.body.style.visibility = 'hidden';
  };
  const onShow = (event: PageTransitionEvent) => {
    if (event.persisted) window.location.reload();
    else document.body.style.visibility = '';
  };
  window.addEventListener('pagehide', onHide);
  window.addEventListener('pageshow', onShow);
  return () => {
    window.removeEventListener('pagehide', onHide);
    window.removeEventListener('pageshow', onShow);
  };
}
