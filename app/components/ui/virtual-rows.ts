// Long tables drawn a window at a time (TanStack Virtual): only the rows near
// the viewport are in the DOM, with one spacer row above and one below that
// keep the table its full height, so the page scrolls as if every row were
// there.  Short tables, and every table while the page is printed, are drawn
// whole.  Rows keep their place for assistive technology: the table says how
// many rows it has (aria-rowcount) and each row which one it is
// (aria-rowindex), see rowAria / tableAria.
import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

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

export interface VirtualRow<T> {
  row: T;
  index: number;
}

export interface VirtualRows<T> {
  /** Put on the table's <tbody>: where the rows start on the page. */
  bodyRef: React.RefObject<HTMLTableSectionElement | null>;
  /** The rows to draw now (all of them when not windowed). */
  rows: VirtualRow<T>[];
  windowed: boolean;
  /** Heights of the spacer rows above and below the drawn rows, in px. */
  before: number;
  after: number;
  /** Put on each drawn <tr> (with data-index), so its real height is used. */
  measure: ((el: HTMLTableRowElement | null) => void) | undefined;
}

export function useVirtualRows<T>(all: T[], { estimate = 57, overscan = 8 } = {}): VirtualRows<T> {
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const print = usePrinting();
  const windowed = all.length >= VIRTUAL_FROM && !print;
  const [margin, setMargin] = useState(0);
  // Where the table body starts in the document: measured once drawn, and
  // again whenever the page's height changes (content above it can move it).
  useLayoutEffect(() => {
    const update = () => {
      const el = bodyRef.current;
      if (el) setMargin(Math.round(el.getBoundingClientRect().top + window.scrollY));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [windowed]);
  const virtualizer = useWindowVirtualizer({
    count: windowed ? all.length : 0,
    estimateSize: () => estimate,
    overscan,
    scrollMargin: margin,
  });
  if (!windowed) return { bodyRef, rows: all.map((row, index) => ({ row, index })), windowed, before: 0, after: 0, measure: undefined };
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    bodyRef,
    rows: items.map((item) => ({ row: all[item.index]!, index: item.index })),
    windowed,
    before: first ? first.start - margin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - margin) : 0,
    measure: virtualizer.measureElement,
  };
}
