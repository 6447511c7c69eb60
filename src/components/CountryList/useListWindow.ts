'use client';

import { useCallback, useLayoutEffect, useRef, useState, type SyntheticEvent } from 'react';

// Row height until the first option is measured: the default theme's `--esim-option-height` (3.5rem at 16 px).
const DEFAULT_ROW_HEIGHT = 56;
// Rows rendered beyond each edge of the visible area, so a fast wheel scroll rarely shows a gap.
const OVERSCAN = 3;
// jsdom and a hidden list report no size; render about a list's worth of rows anyway.
const FALLBACK_VIEWPORT_ROWS = 8;
// Windowing needs a scroll box even without the stylesheet; its height stays themeable by variable.
const LISTBOX_STYLE = { overflowY: 'auto', maxHeight: 'var(--esim-list-height, 22rem)' } as const;

/**
 * Fixed-height windowing over `rowCount` rows, hand-rolled: rows sit in normal flow after a padding that
 * stands in for the rows above, inside a box as tall as the whole list (no absolute positioning, so an
 * unstyled list whose rows are not all as tall as the first never overlaps, it only scrolls slightly off).
 * Rows `start`…`end - 1` are the ones to render.
 */
export function useListWindow(rowCount: number) {
  const [first, setFirst] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [measured, setMeasured] = useState(0);
  // The list, its scroll position and its height as last seen: reading them back after every commit would force
  // a synchronous layout on every keystroke.
  const box = useRef<{ node?: HTMLElement | null; top: number; view: number }>({ top: 0, view: 0 });
  const rowHeight = measured || DEFAULT_ROW_HEIGHT;
  const visible = viewport ? Math.ceil(viewport / rowHeight) : FALLBACK_VIEWPORT_ROWS;
  const start = Math.max(0, Math.min(first, rowCount - visible) - OVERSCAN);
  const scrollTo = (top: number) => {
    box.current.top = top;
    setFirst(Math.floor(top / rowHeight));
  };

  // Measured when rows first appear (and after an empty result), not per commit. The window keeps the largest
  // height seen: a list cut short by few results shows them all anyway, so its full height is the one to window by.
  useLayoutEffect(() => {
    const now = box.current;
    const node = now.node;
    if (node) {
      setViewport((now.view = Math.max(now.view, node.clientHeight)));
      setMeasured(node.querySelector<HTMLElement>('[role="option"]')?.offsetHeight || measured);
    }
  }, [!rowCount]);

  return {
    start,
    end: Math.min(rowCount, first + visible + OVERSCAN),
    /** Rows in view, at least one: how far PageUp/PageDown move. */
    visible,
    /** Scrolls the least needed so that rows `from`…`to` are in view; the target rows render in the same commit. */
    reveal(from: number, to: number) {
      const { node, top: now, view } = box.current;
      // Until the stylesheet or layout gives the list a size (jsdom, hidden), assume a list's worth of rows.
      const top = Math.max(Math.min(from * rowHeight, now), (to + 1) * rowHeight - (view || visible * rowHeight));
      // Already there (a new result list starting at its top): no DOM write, no second render.
      if (top !== now && node) node.scrollTop = top;
      scrollTo(top);
    },
    listboxProps: {
      ref: useCallback((node: HTMLElement | null) => void (box.current.node = node), []),
      style: LISTBOX_STYLE,
      // Browsers dispatch scroll events at most once per frame, just before requestAnimationFrame callbacks,
      // so a rAF throttle would only add a frame of blank rows. React skips the render unless the first row changed.
      onScroll: (event: SyntheticEvent<HTMLElement>) => scrollTo(event.currentTarget.scrollTop),
    },
    /** The single child of the listbox: as tall as the whole list, rows in view after a padding. */
    sizerProps: { style: { height: (rowCount - start) * rowHeight, paddingTop: start * rowHeight } },
  };
}
