// Long tables drawn a window at a time (TanStack Virtual): only the rows near
// the viewport are in the DOM, with one spacer row above and one below that
// keep the table its full height, so the page scrolls as if every row were
// there.  Short tables, and every table while the page is printed, are drawn
// whole.  Rows keep their place for assistive technology: the table says how
// many rows it has (aria-rowcount) and each row which one it is
// (aria-rowindex), see rowAria / tableAria.
import { useLayoutEffect, useRef, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { usePrinting, VIRTUAL_FROM } from './printing';

export { usePrinting, VIRTUAL_FROM } from './printing';

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
