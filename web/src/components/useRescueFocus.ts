import { useEffect, useRef, type RefObject } from 'react';

/**
 * When an action replaces the control that had focus (a form swapped for its result), the browser
 * drops focus to the page and keyboard and screen-reader users lose their place. After `key`
 * changes, and only if focus was lost, this moves it to the first heading inside `area` (or to
 * `area` itself), which is then read out.
 */
export function useRescueFocus(area: RefObject<HTMLElement | null>, key: unknown): void {
  const firstRun = useRef(true);
  useEffect(() => {
    if (firstRun.current) {
      firstRun.current = false;
      return;
    }
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const target = area.current?.querySelector<HTMLElement>('h2, h3') ?? area.current;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  }, [key, area]);
}
