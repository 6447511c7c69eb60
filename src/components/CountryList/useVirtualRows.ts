import { useCallback, useRef, useState, type CSSProperties, type RefCallback } from 'react';

/** Row height until the first option is measured: the default theme's `--esim-option-height` (3.5rem at 16 px). */
export const DEFAULT_ROW_HEIGHT = 56;
// jsdom and a hidden list report no size; render about a list's worth of rows anyway.
const FALLBACK_VIEWPORT_ROWS = 8;

export interface VirtualRows {
  /** First rendered row (inclusive). */
  start: number;
  /** Last rendered row (exclusive). */
  end: number;
  rowHeight: number;
  /** Rows per screenful, for PageUp/PageDown. */
  pageSize: number;
  /** Attach to the scroll container. */
  ref: RefCallback<HTMLElement>;
  onScroll: () => void;
  /** Styles the single child of the scroll container so its height is the whole list's. */
  sizerStyle: CSSProperties;
  /** Scrolls the least needed so that rows `from`…`to` (inclusive) are in view. */
  reveal: (from: number, to: number) => void;
}

/**
 * Fixed-height windowing in ~60 lines. Rows sit in normal flow after a padding that stands in for
 * the rows above, inside a box as tall as the whole list: no absolute positioning, so an unstyled
 * list whose rows are not exactly `rowHeight` tall still never overlaps, it only scrolls slightly off.
 */
export function useVirtualRows(rowCount: number, overscan: number, fixedRowHeight?: number): VirtualRows {
  const [first, setFirst] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [measured, setMeasured] = useState(0);
  const rowHeight = fixedRowHeight ?? (measured || DEFAULT_ROW_HEIGHT);
  const visible = viewport > 0 ? Math.ceil(viewport / rowHeight) : FALLBACK_VIEWPORT_ROWS;
  const element = useRef<HTMLElement | null>(null);
  const observer = useRef<ResizeObserver | undefined>(undefined);
  const scrollTop = useRef(0);
  const metrics = useRef({ rowHeight, height: viewport });
  metrics.current = { rowHeight, height: viewport };

  const ref = useCallback((node: HTMLElement | null) => {
    observer.current?.disconnect();
    element.current = node;
    if (!node || typeof ResizeObserver === 'undefined') return;
    // Resize callbacks run after layout, so these reads force nothing. The sizer is observed too: its
    // height changes when the rows first appear, which is when the first option can be measured.
    observer.current = new ResizeObserver(() => {
      setViewport(node.clientHeight);
      const option = node.querySelector<HTMLElement>('[role="option"]');
      if (option && option.offsetHeight > 0) setMeasured(option.offsetHeight);
    });
    observer.current.observe(node);
    if (node.firstElementChild) observer.current.observe(node.firstElementChild);
  }, []);

  const scrollTo = useCallback((top: number) => {
    if (element.current) element.current.scrollTop = top;
    scrollTop.current = top;
    // Set together with scrollTop so the target row is rendered in the same commit, not a frame later.
    setFirst(Math.floor(top / metrics.current.rowHeight));
  }, []);

  // Browsers dispatch scroll events at most once per frame, in the rendering steps just before
  // requestAnimationFrame callbacks, so a rAF throttle would only add a frame of blank rows. One read
  // per event, and React skips the render unless the first visible row changed.
  const onScroll = useCallback(() => {
    const node = element.current;
    if (!node) return;
    scrollTop.current = node.scrollTop;
    setFirst(Math.floor(scrollTop.current / metrics.current.rowHeight));
  }, []);

  const reveal = useCallback(
    (from: number, to: number) => {
      const { rowHeight: height } = metrics.current;
      // Until the first resize callback, ask the element (once, e.g. to show a preselected option on mount).
      const view = metrics.current.height || element.current?.clientHeight || FALLBACK_VIEWPORT_ROWS * height;
      const top = from * height;
      const bottom = (to + 1) * height;
      if (top < scrollTop.current) scrollTo(top);
      else if (bottom > scrollTop.current + view) scrollTo(bottom - view);
    },
    [scrollTo],
  );

  const start = Math.max(0, Math.min(first, rowCount - visible) - overscan);
  const end = Math.min(rowCount, Math.max(first, 0) + visible + overscan);
  return {
    start,
    end,
    rowHeight,
    pageSize: Math.max(1, visible - 1),
    ref,
    onScroll,
    sizerStyle: { boxSizing: 'border-box', height: rowCount * rowHeight, paddingTop: start * rowHeight },
    reveal,
  };
}
