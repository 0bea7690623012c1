// Whether the page is being printed, and from how many rows a long table is
// drawn a window at a time (./virtual-rows.ts).  Apart from the windowing
// code, so a table can decide whether it needs that code before loading it.
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** From how many rows a table is drawn a window at a time. */
export const VIRTUAL_FROM = 150;

// Printing: true from `beforeprint` to `afterprint` (the rows are drawn before
// the browser lays out the printed page) and while print media applies.
let printing = false;
const listeners = new Set<() => void>();
const setPrinting = (value: boolean) => {
  if (printing === value) return;
  printing = value;
  flushSync(() => listeners.forEach((l) => l()));
};
function subscribe(listener: () => void) {
  if (listeners.size === 0 && typeof window !== 'undefined') {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    printQuery()?.addEventListener('change', onMedia);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && typeof window !== 'undefined') {
      window.removeEventListener('beforeprint', onBefore);
      window.removeEventListener('afterprint', onAfter);
      printQuery()?.removeEventListener('change', onMedia);
    }
  };
}
const printQuery = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('print') : null);
const onBefore = () => setPrinting(true);
const onAfter = () => setPrinting(Boolean(printQuery()?.matches));
const onMedia = () => setPrinting(Boolean(printQuery()?.matches));

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, () => printing || Boolean(printQuery()?.matches), () => false);
}

